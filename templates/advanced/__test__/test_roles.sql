-- The role set: the owner cannot log in, the others can; the owner owns every schema; the
-- read-only role can read reports but not the tables behind them.
DO $$
DECLARE
    v_owner    text := pg_temp.param('owner_role');
    v_readonly text := pg_temp.param('readonly_role');
    v_role     text;
    v_rows     bigint;
BEGIN
    IF (SELECT rolcanlogin FROM pg_roles WHERE rolname = v_owner) IS DISTINCT FROM false THEN
        RAISE EXCEPTION 'owner role % must exist and must not log in', v_owner;
    END IF;
    FOREACH v_role IN ARRAY ARRAY[pg_temp.param('admin_role'), pg_temp.param('app_role'), v_readonly] LOOP
        IF (SELECT rolcanlogin FROM pg_roles WHERE rolname = v_role) IS DISTINCT FROM true THEN
            RAISE EXCEPTION 'role % must exist and log in', v_role;
        END IF;
    END LOOP;
    IF NOT pg_has_role(pg_temp.param('admin_role'), v_owner, 'USAGE') THEN
        RAISE EXCEPTION 'the admin role does not act as the owner';
    END IF;
    IF pg_has_role(pg_temp.param('app_role'), v_owner, 'MEMBER') THEN
        RAISE EXCEPTION 'the application role must not be a member of the owner role';
    END IF;

    IF EXISTS (SELECT FROM pg_namespace
                WHERE nspname IN ('app', 'api', 'report', 'ledger')
                  AND nspowner <> (SELECT oid FROM pg_roles WHERE rolname = v_owner)) THEN
        RAISE EXCEPTION 'a schema is not owned by %', v_owner;
    END IF;

    PERFORM set_config('role', v_readonly, true);
    SELECT count(*) INTO v_rows FROM report.task_summary WHERE tenant LIKE 'fixture-%';
    IF v_rows IS DISTINCT FROM 2::bigint THEN
        RAISE EXCEPTION 'read-only role: expected the 2 fixture tenants in the report, got %', v_rows;
    END IF;
    BEGIN
        PERFORM count(*) FROM app.task;
        RAISE EXCEPTION 'the read-only role could read app.task';
    EXCEPTION WHEN insufficient_privilege THEN
        NULL; -- expected
    END;
    BEGIN
        DELETE FROM ledger.script;
        RAISE EXCEPTION 'the read-only role could write the ledger';
    EXCEPTION WHEN insufficient_privilege THEN
        NULL; -- expected
    END;
END
$$;
