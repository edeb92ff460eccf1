-- The api as the application uses it: as the application role, with a tenant chosen.
DO $$
DECLARE
    v_id    bigint;
    v_first record;
BEGIN
    PERFORM set_config('role', pg_temp.param('app_role'), true);
    PERFORM set_config('app.tenant_id', '00000000-0000-4000-8000-00000000a001', true);

    -- acme: 2 tasks from the root fixture and 2 from this directory's fixture.
    IF (SELECT count(*) FROM api.open_tasks()) IS DISTINCT FROM 4::bigint THEN
        RAISE EXCEPTION 'expected 4 open acme tasks, got %', (SELECT count(*) FROM api.open_tasks());
    END IF;
    SELECT * INTO v_first FROM api.open_tasks() LIMIT 1;
    IF v_first.title IS DISTINCT FROM 'Fix the printer' THEN
        RAISE EXCEPTION 'open_tasks must list priority 1 first, got %', v_first.title;
    END IF;

    v_id := api.create_task('Write the report', 1::smallint);
    IF api.complete_task(v_id) IS DISTINCT FROM true THEN
        RAISE EXCEPTION 'complete_task did not complete task %', v_id;
    END IF;
    IF api.complete_task(v_id) IS DISTINCT FROM false THEN
        RAISE EXCEPTION 'complete_task completed task % twice', v_id;
    END IF;

    BEGIN
        PERFORM api.create_task('', 3::smallint);
        RAISE EXCEPTION 'a task without a title was accepted';
    EXCEPTION WHEN check_violation THEN
        NULL; -- expected
    END;

    PERFORM set_config('app.tenant_id', '', true);
    BEGIN
        PERFORM api.create_task('Orphan', 3::smallint);
        RAISE EXCEPTION 'a task was created without a tenant';
    EXCEPTION WHEN insufficient_privilege THEN
        NULL; -- expected
    END;
END
$$;
