-- The ledger holds every script of the plan, with the checksum of the file as loaded now; with
-- drift_policy=warn a changed run-once script keeps the checksum it was applied with.
DO $$
DECLARE
    v_missing text;
BEGIN
    SELECT string_agg(p.path, ', ') INTO v_missing
      FROM pg_temp.pgmi_plan_view p
      JOIN pg_temp.pgmi_source_view s ON s.path = p.path
      LEFT JOIN ledger.script l ON l.script_id = p.id
     WHERE s.is_sql_file AND p.sort_key NOT LIKE '000/%'
       AND (p.path NOT LIKE './recipes/%' OR pg_temp.param('semantic_curation') = 'true')
       AND (l.script_id IS NULL
            OR (l.checksum IS DISTINCT FROM p.checksum
                AND (p.idempotent OR pg_temp.param('drift_policy') = 'fail')));
    IF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'ledger out of step with the plan for: %', v_missing;
    END IF;

    -- Run-once scripts ran exactly once, however many deploys there were.
    IF EXISTS (SELECT FROM ledger.script WHERE NOT idempotent AND run_count <> 1) THEN
        RAISE EXCEPTION 'a run-once script ran more than once: %',
            (SELECT string_agg(path, ', ') FROM ledger.script WHERE NOT idempotent AND run_count <> 1);
    END IF;

    -- Bootstrap scripts are not in the ledger: they run on every deploy, before it exists.
    IF EXISTS (SELECT FROM ledger.script WHERE path LIKE './bootstrap/%') THEN
        RAISE EXCEPTION 'bootstrap scripts must not be recorded in the ledger';
    END IF;
END
$$;
