/*
<pgmi-meta
    id="10e6fdfc-17fd-48f1-a7c3-3a1269f25047"
    idempotent="true">
  <description>
    Privileges converge on every deploy, after every object exists: the application uses the
    api schema and its tenant's rows; the read-only role reads reports and the ledger.
  </description>
  <sortKeys>
    <key>900/010</key>
  </sortKeys>
</pgmi-meta>
*/
DO $privileges$
DECLARE
    v_app      text := pg_temp.param('app_role');
    v_readonly text := pg_temp.param('readonly_role');
BEGIN
    -- Application: call the api, read and write app tables (row-level security narrows them to
    -- its tenant).
    EXECUTE format('GRANT USAGE ON SCHEMA api, app TO %I', v_app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA app TO %I', v_app);
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA api TO %I', v_app);

    -- Read-only: the reports and the ledger, nothing in app.
    EXECUTE format('GRANT USAGE ON SCHEMA report, ledger TO %I', v_readonly);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA report, ledger TO %I', v_readonly);
END
$privileges$;
