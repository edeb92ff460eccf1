-- Runs after ./__test__/app/ (byte order of directory names), so its teardown has rolled the
-- app fixture back: the report sees only the root fixture's tasks.
DO $$
DECLARE
    v_acme   bigint;
    v_globex bigint;
BEGIN
    PERFORM set_config('role', pg_temp.param('readonly_role'), true);
    SELECT open_tasks INTO v_acme FROM report.task_summary WHERE tenant = 'fixture-acme';
    SELECT open_tasks INTO v_globex FROM report.task_summary WHERE tenant = 'fixture-globex';
    IF v_acme IS DISTINCT FROM 2::bigint THEN
        RAISE EXCEPTION 'acme: expected 2 open tasks (the app fixture is rolled back), got %', v_acme;
    END IF;
    IF v_globex IS DISTINCT FROM 1::bigint THEN
        RAISE EXCEPTION 'globex: expected 1 open task, got %', v_globex;
    END IF;
END
$$;
