-- Step 1 of deploy.sql filled in defaults: every parameter that is required or has a default
-- has a value now.
DO $$
DECLARE
    v_decl  jsonb;
    v_name  text;
BEGIN
    FOR v_decl IN
        SELECT jsonb_array_elements(content::jsonb -> 'parameters')
          FROM pg_temp.pgmi_source_view WHERE path = './parameters.json'
    LOOP
        v_name := v_decl ->> 'name';
        -- Optional parameters without a default (customer_password) may stay unset.
        IF pg_temp.param(v_name) IS NULL
           AND (v_decl ? 'default' OR coalesce((v_decl ->> 'required')::boolean, false)) THEN
            RAISE EXCEPTION 'parameter % has no value after validation', v_name;
        END IF;
    END LOOP;

    IF pg_temp.param('dry_run') NOT IN ('true', 'false') THEN
        RAISE EXCEPTION 'dry_run was not normalised: %', pg_temp.param('dry_run');
    END IF;
    IF pg_temp.param('drift_policy') NOT IN ('fail', 'warn') THEN
        RAISE EXCEPTION 'drift_policy out of range: %', pg_temp.param('drift_policy');
    END IF;
END
$$;
