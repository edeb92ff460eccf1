-- Row-level security, one directory deeper: no fixture of its own, so it sees the fixtures of
-- ./__test__/ and ./__test__/app/.
DO $$
DECLARE
    v_count bigint;
BEGIN
    PERFORM set_config('role', pg_temp.param('app_role'), true);

    PERFORM set_config('app.tenant_id', '00000000-0000-4000-8000-00000000a002', true);
    SELECT count(*) INTO v_count FROM app.task;
    IF v_count IS DISTINCT FROM 1::bigint THEN
        RAISE EXCEPTION 'globex must see exactly its 1 task, saw %', v_count;
    END IF;
    IF (SELECT count(*) FROM app.tenant) IS DISTINCT FROM 1::bigint THEN
        RAISE EXCEPTION 'a tenant must see only itself in app.tenant';
    END IF;

    -- Writing a row for another tenant is refused by the policy's WITH CHECK.
    BEGIN
        INSERT INTO app.task (tenant_id, title)
        VALUES ('00000000-0000-4000-8000-00000000a001', 'Sneaky');
        RAISE EXCEPTION 'globex wrote a task for acme';
    EXCEPTION WHEN insufficient_privilege THEN
        NULL; -- expected: new row violates row-level security policy
    END;

    -- Another tenant's rows cannot be changed either: the update matches nothing.
    UPDATE app.task SET title = 'Hijacked'
     WHERE tenant_id = '00000000-0000-4000-8000-00000000a001';
    PERFORM set_config('app.tenant_id', '00000000-0000-4000-8000-00000000a001', true);
    IF EXISTS (SELECT FROM app.task WHERE title = 'Hijacked') THEN
        RAISE EXCEPTION 'globex changed an acme task';
    END IF;
    SELECT count(*) INTO v_count FROM app.task;
    IF v_count IS DISTINCT FROM 4::bigint THEN
        RAISE EXCEPTION 'acme must see its 4 tasks here, saw %', v_count;
    END IF;

    -- Without a tenant, nothing is visible.
    PERFORM set_config('app.tenant_id', '', true);
    IF EXISTS (SELECT FROM app.task) THEN
        RAISE EXCEPTION 'rows are visible without a tenant';
    END IF;
END
$$;
