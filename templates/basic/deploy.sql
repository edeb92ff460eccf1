-- deploy.sql: the one script pgmi runs. Before it starts, pgmi has loaded every file of this
-- project into session views (pg_temp.pgmi_source_view, pgmi_test_source_view, ...) and every
-- parameter into current_setting('pgmi.<key>'). This script decides what runs, in which order.
--
-- Everything from BEGIN to COMMIT is one transaction: if a migration, the seed or a test fails,
-- the database is left exactly as it was. Statements after COMMIT run one at a time, as psql
-- would run them.

BEGIN;

-- Wait at most 5 s for a lock, then fail (SQLSTATE 55P03) rather than queue behind a long query
-- (and hold up every query behind us). pgmi's --lock-timeout wins; this ends with the transaction.
SELECT set_config('lock_timeout', '5s', true) WHERE current_setting('lock_timeout') = '0';

-- Runs one project file. A failure is re-raised as "Failed in <path>: <message>" keeping the
-- original SQLSTATE, DETAIL and HINT, so the error names the file. Syntax and name errors
-- (SQLSTATE class 42) are re-raised untouched: they carry a position that pgmi maps to the line
-- of the file.
CREATE OR REPLACE FUNCTION pg_temp.run_file(p_path text) RETURNS void
LANGUAGE plpgsql AS $run_file$
DECLARE
    v_state  text;
    v_msg    text;
    v_detail text;
    v_hint   text;
BEGIN
    -- Statement by statement for large files: faster than one EXECUTE of the whole content.
    PERFORM pg_temp.pgmi_execute_file(p_path);
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_msg = MESSAGE_TEXT,
                            v_detail = PG_EXCEPTION_DETAIL, v_hint = PG_EXCEPTION_HINT;
    IF v_state LIKE '42%' THEN
        RAISE;
    END IF;
    RAISE EXCEPTION USING ERRCODE = v_state, MESSAGE = format('Failed in %s: %s', p_path, v_msg),
                          DETAIL = v_detail, HINT = v_hint;
END
$run_file$;

DO $deploy$
DECLARE
    -- Parameters: pgmi.yaml, --params-file and --param all end up here.
    v_env        text := coalesce(nullif(current_setting('pgmi.env', true), ''), 'development');
    v_apply_once text := lower(coalesce(nullif(current_setting('pgmi.apply_once', true), ''), 'false'));
    v_project    jsonb;
    v_file       record;
    v_applied    text;
    v_ran        integer := 0;
    v_skipped    integer := 0;
BEGIN
    IF v_apply_once NOT IN ('true', 'false') THEN
        RAISE EXCEPTION 'parameter apply_once must be true or false, not "%"', v_apply_once;
    END IF;

    -- Non-SQL files are loaded too: project.json is read straight from the session view.
    SELECT content::jsonb INTO STRICT v_project
      FROM pg_temp.pgmi_source_view WHERE path = './project.json';
    RAISE NOTICE 'Deploying % % into % (env: %)',
        v_project ->> 'app_name', v_project ->> 'version', current_database(), v_env;

    -- The apply-once ledger (opt in with apply_once=true): one row per migration that ran, with
    -- the checksum of what ran. pgmi_checksum ignores comments, case and white space, so
    -- reformatting an applied migration is not a change; editing its SQL is.
    IF v_apply_once = 'true' AND to_regclass('applied_migration') IS NULL THEN
        CREATE TABLE applied_migration (
            path       text PRIMARY KEY,
            checksum   text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        );
        COMMENT ON TABLE applied_migration IS 'Migrations deploy.sql has applied (apply_once=true)';
    END IF;

    -- Migrations: every SQL file directly in ./migrations/, in path order (byte order, whatever
    -- the database collation). Subdirectories are not included.
    FOR v_file IN
        SELECT path, pgmi_checksum
          FROM pg_temp.pgmi_source_view
         WHERE directory = './migrations/' AND is_sql_file
         ORDER BY path COLLATE "C"
    LOOP
        IF v_apply_once = 'true' THEN
            SELECT checksum INTO v_applied FROM applied_migration WHERE path = v_file.path;
            IF FOUND THEN
                IF v_applied IS DISTINCT FROM v_file.pgmi_checksum THEN
                    RAISE EXCEPTION 'Failed in %: the migration changed after it was applied', v_file.path
                        USING HINT = 'Applied migrations are immutable: restore the file and put the change in a new migration.';
                END IF;
                v_skipped := v_skipped + 1;
                CONTINUE;
            END IF;
        END IF;

        RAISE NOTICE 'Applying %', v_file.path;
        PERFORM pg_temp.run_file(v_file.path);
        v_ran := v_ran + 1;

        IF v_apply_once = 'true' THEN
            INSERT INTO applied_migration (path, checksum) VALUES (v_file.path, v_file.pgmi_checksum);
        END IF;
    END LOOP;
    RAISE NOTICE 'Migrations: % applied, % already applied', v_ran, v_skipped;

    -- Demo data for local development only.
    IF v_env = 'development' THEN
        FOR v_file IN
            SELECT path FROM pg_temp.pgmi_source_view
             WHERE directory = './seed/' AND is_sql_file
             ORDER BY path COLLATE "C"
        LOOP
            RAISE NOTICE 'Seeding %', v_file.path;
            PERFORM pg_temp.run_file(v_file.path);
        END LOOP;
    END IF;
END
$deploy$;

-- The tests under __test__/ run here, each in a savepoint that is rolled back afterwards. One
-- failing test fails the deploy, and then nothing above is committed.
CALL pgmi_test();

COMMIT;

-- From here on: psql mode, one statement at a time, each committed on its own. Work that cannot
-- run inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM) belongs here.
DO $done$
BEGIN
    RAISE NOTICE 'Done: % is up to date', current_database();
END
$done$;
