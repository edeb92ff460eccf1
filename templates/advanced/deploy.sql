-- deploy.sql: the one script pgmi runs (README.md is the guided tour). pgmi has loaded every
-- project file into session views and every parameter into current_setting('pgmi.<key>'); this
-- script decides the rest, in six steps:
--
--   1. parameters  declared in parameters.json: checked, defaults filled in, secrets never shown
--   2. bootstrap   sort-key band 000 (roles, schemas), run as the deploying user on every deploy
--   3. plan        every other SQL file in pgmi_plan_view order, as the owner role, through the
--                  ledger: run-once scripts run once, idempotent ones every time, drift is caught
--   4. tests       every __test__/ directory, gating the commit
--   5. rehearsal   `pgmi deploy --rehearse` rolls back here (pgmi.rehearse = 'true'); the older
--                  dry_run=true still stops here too, as a failure (exit 13)
--   6. COMMIT, then the psql-mode tail: CREATE INDEX CONCURRENTLY
--
-- Steps 1 to 5 are one transaction (the atomic head): any failure leaves the database, its
-- roles included, exactly as it was.

BEGIN;

-- Wait at most 5 s for a lock, then fail (SQLSTATE 55P03) rather than queue: DDL waiting behind a
-- long query holds up every query behind it. --lock-timeout (10 s by default in a rehearsal)
-- wins; this applies only when pgmi set none, and ends with the transaction.
SELECT set_config('lock_timeout', '5s', true) WHERE current_setting('lock_timeout') = '0';

-- A parameter's value after step 1 (NULL when unset).
CREATE OR REPLACE FUNCTION pg_temp.param(p_name text) RETURNS text
LANGUAGE sql STABLE AS $param$
    SELECT nullif(current_setting('pgmi.' || p_name, true), '')
$param$;

-- Runs one project file. A failure is re-raised as "Failed in <path>: <message>" keeping the
-- original SQLSTATE, DETAIL and HINT, so the error names the file. Syntax and name errors
-- (SQLSTATE class 42) are re-raised untouched: their position lets pgmi show the line.
CREATE OR REPLACE FUNCTION pg_temp.run_script(p_path text) RETURNS void
LANGUAGE plpgsql AS $run_script$
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
$run_script$;

-- The plan: SQL files outside the bootstrap band, in execution order. A run-once script
-- (idempotent="false") that the ledger already holds with the same checksum is skipped; with a
-- different checksum it has drifted: the deploy fails, or with drift_policy=warn it is skipped
-- with a warning. Everything else runs, and the ledger records it.
CREATE OR REPLACE FUNCTION pg_temp.run_plan() RETURNS void
LANGUAGE plpgsql AS $run_plan$
DECLARE
    v_script   record;
    v_found    boolean;
    v_checksum text;
    v_once     boolean;
    v_policy   text := pg_temp.param('drift_policy');
    v_first    integer := 0;
    v_again    integer := 0;
    v_skipped  integer := 0;
    v_drifted  integer := 0;
BEGIN
    FOR v_script IN
        SELECT p.path, p.content, p.checksum, coalesce(p.id, p.generic_id) AS script_id,
               p.idempotent, p.sort_key
          FROM pg_temp.pgmi_plan_view p
          JOIN pg_temp.pgmi_source_view s ON s.path = p.path
         WHERE s.is_sql_file AND p.sort_key NOT LIKE '000/%'
           -- Recipes (recipes/) are opt-in: semantic_curation=true loads them.
           AND (p.path NOT LIKE './recipes/%' OR pg_temp.param('semantic_curation') = 'true')
         ORDER BY p.execution_order
    LOOP
        -- The ledger is itself created by the first script of the plan.
        v_found := false;
        IF to_regclass('ledger.script') IS NOT NULL THEN
            SELECT checksum, NOT idempotent INTO v_checksum, v_once
              FROM ledger.script WHERE script_id = v_script.script_id;
            v_found := FOUND;
        END IF;

        -- Skipped only when it was also run-once when it ran: a script switched from idempotent
        -- to run-once runs one more time, under its new contract.
        IF NOT v_script.idempotent AND v_found AND v_once THEN
            IF v_checksum = v_script.checksum THEN
                v_skipped := v_skipped + 1;
                CONTINUE;
            END IF;
            IF v_policy = 'warn' THEN
                RAISE WARNING '% changed after it was applied; not run again (drift_policy=warn)', v_script.path
                    USING DETAIL = format('script id %s, applied checksum %s, file checksum %s',
                                          v_script.script_id, v_checksum, v_script.checksum);
                v_drifted := v_drifted + 1;
                CONTINUE;
            END IF;
            RAISE EXCEPTION 'Failed in %: changed after it was applied (drift)', v_script.path
                USING DETAIL = format('script id %s, applied checksum %s, file checksum %s',
                                      v_script.script_id, v_checksum, v_script.checksum),
                      HINT = 'A run-once script runs once: restore it and put the change in a new script with a new id, or deploy with --param drift_policy=warn to skip it.';
        END IF;

        RAISE NOTICE 'Executing % (%)', v_script.path,
            CASE WHEN v_script.idempotent THEN 'idempotent' ELSE 'run once' END;
        PERFORM pg_temp.run_script(v_script.path);

        IF NOT v_found THEN
            v_first := v_first + 1;
        ELSE
            v_again := v_again + 1;
        END IF;
        INSERT INTO ledger.script AS l (script_id, path, checksum, idempotent)
        VALUES (v_script.script_id, v_script.path, v_script.checksum, v_script.idempotent)
        ON CONFLICT (script_id) DO UPDATE
            SET path = EXCLUDED.path, checksum = EXCLUDED.checksum, idempotent = EXCLUDED.idempotent,
                run_count = l.run_count + 1, last_applied_at = now(),
                last_xact_id = pg_current_xact_id();
        INSERT INTO ledger.execution (script_id, path, checksum, idempotent, sort_key)
        VALUES (v_script.script_id, v_script.path, v_script.checksum, v_script.idempotent,
                v_script.sort_key);
    END LOOP;
    RAISE NOTICE 'Plan: % new, % re-run (idempotent), % already applied, % drifted',
        v_first, v_again, v_skipped, v_drifted;
END
$run_plan$;

-- Test progress: pgmi's default lines (pgmi reads them for its reports), plus a line when a
-- directory's fixture data is rolled back.
CREATE OR REPLACE FUNCTION pg_temp.test_observer(e pg_temp.pgmi_test_event) RETURNS void
LANGUAGE plpgsql AS $test_observer$
BEGIN
    PERFORM pg_temp.pgmi_test_callback(e);
    IF e.event = 'teardown_end' THEN
        RAISE NOTICE '[tests] Teardown: % rolled back', e.directory;
    END IF;
END
$test_observer$;

-- 1. Parameters ------------------------------------------------------------------------------
DO $parameters$
DECLARE
    v_json     jsonb;
    v_decl     jsonb;
    v_name     text;
    v_value    text;
    v_type     text;
    v_known    text[] := '{}';
    v_problems text[] := '{}';
    v_unknown  text;
BEGIN
    SELECT content::jsonb INTO STRICT v_json
      FROM pg_temp.pgmi_source_view WHERE path = './parameters.json';
    FOR v_decl IN SELECT jsonb_array_elements(v_json -> 'parameters') LOOP
        v_name := v_decl ->> 'name';
        v_type := v_decl ->> 'type';
        v_known := v_known || v_name;
        v_value := coalesce(pg_temp.param(v_name),
                            replace(v_decl ->> 'default', '{database}', current_database()));

        IF v_value IS NULL THEN
            IF coalesce((v_decl ->> 'required')::boolean, false) THEN
                v_problems := v_problems || format('missing required parameter %s (%s)',
                                                   v_name, v_decl ->> 'description');
            END IF;
            CONTINUE;
        END IF;

        IF v_type = 'boolean' AND lower(v_value) IN ('true', 'false') THEN
            v_value := lower(v_value);
        ELSIF v_type = 'boolean' THEN
            v_problems := v_problems || format('%s must be true or false', v_name);
        ELSIF v_type = 'integer' AND v_value !~ '^-?[0-9]{1,9}$' THEN
            v_problems := v_problems || format('%s must be an integer', v_name);
        ELSIF v_type = 'enum' AND NOT (v_decl -> 'values') ? v_value THEN
            v_problems := v_problems || format('%s must be one of %s', v_name,
                (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(v_decl -> 'values') AS x));
        ELSIF v_type = 'identifier' AND v_value !~ '^[a-z_][a-z0-9_]{0,62}$' THEN
            v_problems := v_problems || format('%s must be a lower-case SQL identifier', v_name);
        ELSIF v_type NOT IN ('boolean', 'integer', 'enum', 'identifier', 'text') THEN
            v_problems := v_problems || format('parameters.json: %s has unknown type %s', v_name, v_type);
        END IF;

        PERFORM set_config('pgmi.' || v_name, v_value, false);
        -- Values of secret parameters are never printed, not even in part.
        RAISE NOTICE 'parameter %', rpad(v_name, 22) || CASE
            WHEN coalesce((v_decl ->> 'secret')::boolean, false) THEN '(secret)'
            ELSE v_value END;
    END LOOP;

    IF cardinality(v_known) = 0 THEN
        RAISE EXCEPTION 'parameters.json declares no parameters';
    END IF;
    SELECT string_agg(key, ', ' ORDER BY key) INTO v_unknown
      FROM pg_temp.pgmi_parameter_view WHERE key <> ALL (v_known);
    IF v_unknown IS NOT NULL THEN
        v_problems := v_problems || format('unknown parameter(s): %s (declare them in parameters.json)', v_unknown);
    END IF;

    IF cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION 'invalid parameters:%', E'\n  - ' || array_to_string(v_problems, E'\n  - ')
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Pass values with --param key=value; put secrets in a file passed with --params-file and never commit it.';
    END IF;
    RAISE NOTICE 'Deploying into % (env: %)', current_database(), pg_temp.param('env');
END
$parameters$;

-- 2. Bootstrap ---------------------------------------------------------------------------------
-- Every SQL file must carry <pgmi-meta>: without it a file would sort by its path, before every
-- numbered band. `pgmi metadata scaffold --write` adds a block.
DO $bootstrap$
DECLARE
    v_missing text;
    v_script  record;
BEGIN
    SELECT string_agg(p.path, ', ' ORDER BY p.path) INTO v_missing
      FROM pg_temp.pgmi_plan_view p JOIN pg_temp.pgmi_source_view s ON s.path = p.path
     WHERE s.is_sql_file AND p.id IS NULL;
    IF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'SQL files without a <pgmi-meta> block: %', v_missing
            USING HINT = 'Add one to each (pgmi metadata scaffold . --write) and give it a sort key.';
    END IF;

    FOR v_script IN
        SELECT p.path, p.content, p.idempotent
          FROM pg_temp.pgmi_plan_view p JOIN pg_temp.pgmi_source_view s ON s.path = p.path
         WHERE s.is_sql_file AND p.sort_key LIKE '000/%'
         ORDER BY p.execution_order
    LOOP
        IF NOT v_script.idempotent THEN
            RAISE EXCEPTION 'Failed in %: bootstrap scripts (sort key 000/...) must be idempotent', v_script.path;
        END IF;
        RAISE NOTICE 'Bootstrap %', v_script.path;
        PERFORM pg_temp.run_script(v_script.path);
    END LOOP;
END
$bootstrap$;

-- 3. Plan, as the owner role (SET LOCAL ROLE: it ends with the transaction) ----------------------
SELECT set_config('role', pg_temp.param('owner_role'), true);
SELECT pg_temp.run_plan();

-- 4. Tests: each directory's _setup.sql runs before its tests and is rolled back after them
-- (teardown); every test runs in a savepoint of its own. A failure fails the deploy.
CALL pgmi_test(NULL, 'pg_temp.test_observer');

-- 5. Rehearsal: everything has run and every test passed. Under `pgmi deploy --rehearse`
-- (pgmi.rehearse = 'true') pgmi itself rolls back instead of the COMMIT below, lists the tail
-- without running it, and reports the changes: exit 0, result "rehearsed". The older
-- dry_run=true stops here as a failure (exit 13, SQLSTATE PGDRY); prefer --rehearse.
DO $dry_run$
BEGIN
    IF current_setting('pgmi.rehearse', true) = 'true' THEN
        RAISE NOTICE 'rehearsal: every script and test ran; pgmi rolls back now, the tail is not run';
    ELSIF pg_temp.param('dry_run') = 'true' THEN
        RAISE EXCEPTION 'dry run complete: every script and test ran; rolled back, nothing was committed'
            USING ERRCODE = 'PGDRY';
    END IF;
END
$dry_run$;

COMMIT;

-- 6. The tail: from here on, psql mode. Each statement runs on its own, outside any transaction
-- block, which CREATE INDEX CONCURRENTLY requires.

-- A concurrent index build that failed or was cancelled leaves an INVALID index behind, which
-- IF NOT EXISTS would accept forever. Drop it so that the next statement builds it again (a plain
-- DROP INDEX: it needs a short exclusive lock, and only ever runs after a failed build).
DO $recover_index$
BEGIN
    IF EXISTS (SELECT FROM pg_index i
                 JOIN pg_class c ON c.oid = i.indexrelid
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'app' AND c.relname = 'task_open_by_tenant_idx'
                  AND NOT i.indisvalid) THEN
        RAISE WARNING 'dropping the INVALID index app.task_open_by_tenant_idx left by a failed build';
        DROP INDEX app.task_open_by_tenant_idx;
    END IF;
END
$recover_index$;

-- Builds without blocking writes to app.task.
CREATE INDEX CONCURRENTLY IF NOT EXISTS task_open_by_tenant_idx
    ON app.task (tenant_id, priority) WHERE NOT done;

DO $done$
BEGIN
    RAISE NOTICE 'Done: % is up to date', current_database();
END
$done$;
