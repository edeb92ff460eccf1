-- Quickstart deploy.sql: pgmi has loaded every project file into session tables.
-- This script decides what runs: all migrations in path order, in one transaction,
-- gated by the SQL tests under __test__/. Nothing commits unless every test passes.
BEGIN;

DO $$
DECLARE
    f record;
BEGIN
    RAISE NOTICE 'Deploying % (environment: %)',
        current_database(), coalesce(current_setting('pgmi.env', true), 'development');
    FOR f IN
        SELECT path, content
          FROM pg_temp.pgmi_source_view
         WHERE directory = './migrations/' AND is_sql_file
         ORDER BY path
    LOOP
        RAISE NOTICE 'Applying %', f.path;
        EXECUTE f.content;
    END LOOP;
END
$$;

-- Runs every test in its own savepoint; each one's changes are rolled back.
CALL pgmi_test();

COMMIT;
