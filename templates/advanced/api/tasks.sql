/*
<pgmi-meta
    id="955c3570-0cfe-43f1-af97-9a35b31f7754"
    idempotent="true">
  <description>
    The functions the application calls. Idempotent: CREATE OR REPLACE, run on every deploy.
  </description>
  <sortKeys>
    <key>200/010</key>
  </sortKeys>
</pgmi-meta>
*/
-- The tenant of the current transaction: chosen with SET LOCAL app.tenant_id = '<uuid>' by a
-- direct SQL client, or, through the HTTP gateway, the organisation named by x-tenant-id when
-- the caller is an active member of it. NULL when none was chosen.
CREATE OR REPLACE FUNCTION api.current_tenant_id() RETURNS uuid
LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        nullif(current_setting('app.tenant_id', true), '')::uuid,
        (SELECT t.id FROM (SELECT nullif(current_setting('auth.tenant_id', true), '') AS id) s,
                LATERAL (SELECT s.id::uuid AS id WHERE s.id ~* '^[0-9a-f-]{36}$') t
          WHERE t.id = ANY (api.current_member_org_ids())))
$$;
COMMENT ON FUNCTION api.current_tenant_id() IS 'Tenant chosen with SET LOCAL app.tenant_id or x-tenant-id, or NULL';

-- Adds a task for the current tenant; returns its id.
CREATE OR REPLACE FUNCTION api.create_task(p_title text, p_priority smallint DEFAULT 3)
RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v_id bigint;
BEGIN
    IF api.current_tenant_id() IS NULL THEN
        RAISE EXCEPTION 'no tenant chosen' USING ERRCODE = 'insufficient_privilege',
            HINT = 'SET LOCAL app.tenant_id = ''<tenant uuid>'' first.';
    END IF;
    INSERT INTO app.task (tenant_id, title, priority)
    VALUES (api.current_tenant_id(), p_title, p_priority)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION api.create_task(text, smallint) IS 'Add a task for the current tenant; returns its id';

-- Marks a task done; false when it does not exist for this tenant or is already done. The
-- tenant predicate is explicit: handlers run as the owner, whom row-level security does not
-- restrict here.
CREATE OR REPLACE FUNCTION api.complete_task(p_id bigint) RETURNS boolean
LANGUAGE sql AS $$
    WITH completed AS (
        UPDATE app.task SET done = true, completed_at = now()
         WHERE id = p_id AND NOT done AND tenant_id = api.current_tenant_id()
        RETURNING 1
    )
    SELECT count(*) > 0 FROM completed
$$;
COMMENT ON FUNCTION api.complete_task(bigint) IS 'Mark a task of the current tenant done';

-- Open tasks of the current tenant, most urgent first.
CREATE OR REPLACE FUNCTION api.open_tasks()
RETURNS TABLE (id bigint, title text, priority smallint, created_at timestamptz)
LANGUAGE sql STABLE AS $$
    SELECT t.id, t.title, t.priority, t.created_at
      FROM app.task t
     WHERE NOT t.done AND t.tenant_id = api.current_tenant_id()
     ORDER BY t.priority, t.created_at, t.id
$$;
COMMENT ON FUNCTION api.open_tasks() IS 'Open tasks of the current tenant, most urgent first';

-- The tenant row of an organisation, created on first use (tasks reference app.tenant).
CREATE OR REPLACE FUNCTION api.ensure_tenant() RETURNS uuid
LANGUAGE sql AS $$
    INSERT INTO app.tenant (id, slug, name)
    SELECT o.object_id, o.slug, o.name FROM membership.organization o
     WHERE o.object_id = api.current_tenant_id()
    ON CONFLICT (id) DO NOTHING;
    SELECT api.current_tenant_id();
$$;
