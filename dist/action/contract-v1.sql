-- pgmi session API v1: the public views and pgmi_test_generate. Runs as one simple-query message
-- after the session schema and the file tables are loaded. A deploy.sql written against v1 reads
-- these names, columns and the generated test SQL; all of it is kept exactly.

CREATE TEMP VIEW pg_temp.pgmi_source_view AS
  SELECT * FROM pg_temp._pgmi_source;
COMMENT ON VIEW pg_temp.pgmi_source_view IS
  'pgmi v1: project files outside __test__/__tests__ directories, every extension (filter with is_sql_file).';

CREATE TEMP VIEW pg_temp.pgmi_parameter_view AS
  SELECT * FROM pg_temp._pgmi_parameter;
COMMENT ON VIEW pg_temp.pgmi_parameter_view IS
  'pgmi v1: deployment parameters; keys are lower-cased. Also readable as current_setting(''pgmi.<key>'', true).';

CREATE TEMP VIEW pg_temp.pgmi_test_source_view AS
  SELECT * FROM pg_temp._pgmi_test_source;
COMMENT ON VIEW pg_temp.pgmi_test_source_view IS
  'pgmi v1: SQL files under __test__/__tests__ directories; is_fixture marks _setup.sql / _setup.psql.';

CREATE TEMP VIEW pg_temp.pgmi_test_directory_view AS
  SELECT * FROM pg_temp._pgmi_test_directory;
COMMENT ON VIEW pg_temp.pgmi_test_directory_view IS
  'pgmi v1: test directories with their nearest test-directory ancestor and depth below the first __test__/__tests__ segment.';

CREATE TEMP VIEW pg_temp.pgmi_source_metadata_view AS
  SELECT * FROM pg_temp._pgmi_source_metadata;
COMMENT ON VIEW pg_temp.pgmi_source_metadata_view IS
  'pgmi v1: <pgmi-meta> blocks of SQL files: id, idempotent, sort_keys, description.';

-- One row per file and sort key. Files without sort keys are placed by their path. Ordering is
-- byte order (COLLATE "C") so every database orders the plan alike.
CREATE TEMP VIEW pg_temp.pgmi_plan_view AS
  SELECT s.path,
         s.content,
         s.pgmi_checksum AS checksum,
         md5(s.path)::uuid AS generic_id,
         m.id,
         CASE WHEN m.path IS NULL THEN true ELSE m.idempotent END AS idempotent,
         CASE WHEN m.path IS NULL THEN '' ELSE m.description END AS description,
         k.sort_key,
         row_number() OVER (ORDER BY k.sort_key COLLATE "C", s.path COLLATE "C") AS execution_order
    FROM pg_temp._pgmi_source s
    LEFT JOIN pg_temp._pgmi_source_metadata m ON m.path = s.path
   CROSS JOIN LATERAL unnest(
           CASE WHEN cardinality(m.sort_keys) > 0 THEN m.sort_keys ELSE ARRAY[s.path] END
         ) AS k (sort_key);
COMMENT ON VIEW pg_temp.pgmi_plan_view IS
  'pgmi v1: execution plan, one row per file and sort key, numbered by (sort_key, path) in byte order. checksum is the normalised pgmi_checksum; generic_id is md5(path) as a UUID; every loaded file appears, join pgmi_source_view on path to keep only SQL files.';

GRANT SELECT ON pg_temp.pgmi_source_view, pg_temp.pgmi_parameter_view, pg_temp.pgmi_test_source_view,
  pg_temp.pgmi_test_directory_view, pg_temp.pgmi_source_metadata_view, pg_temp.pgmi_plan_view TO PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- The expansion of CALL pgmi_test(pattern, callback): one statement per line, joined by newlines,
-- no trailing newline. Savepoint names share one counter: a directory gets __pgmi_d<k>__ at its
-- fixture (or lazily at its first test), its tests share __pgmi_t<k>__; the teardown rolls back
-- and releases the directory savepoint.
CREATE FUNCTION pg_temp.pgmi_test_generate(p_pattern text DEFAULT NULL, p_callback text DEFAULT 'pg_temp.pgmi_test_callback')
RETURNS text
LANGUAGE plpgsql AS $fn$
DECLARE
  v_callback text := coalesce(p_callback, 'pg_temp.pgmi_test_callback');
  v_lines text[] := '{}';
  v_counter int := 0;
  v_last_ordinal int := 0;
  v_has_test boolean := false;
  v_dir_savepoint jsonb := '{}';
  v_test_savepoint jsonb := '{}';
  v_name text;
  v_event text := 'SELECT %s(ROW(%L, %L, %L, %s, %s, NULL)::pg_temp.pgmi_test_event);';
  r record;
BEGIN
  IF v_callback !~ '^[A-Za-z_][A-Za-z0-9_]*([.][A-Za-z_][A-Za-z0-9_]*)?$' THEN
    RAISE EXCEPTION 'Invalid callback name: %. Expected [schema.]function identifier.', v_callback
      USING ERRCODE = 'invalid_parameter_value';
  END IF;

  v_lines := v_lines || format(v_event, v_callback, 'suite_start', NULL, '', 0, 0);
  FOR r IN SELECT * FROM pg_temp.pgmi_test_plan(p_pattern) p ORDER BY p.ordinal LOOP
    v_last_ordinal := r.ordinal;
    IF r.step_type = 'fixture' THEN
      IF NOT v_dir_savepoint ? r.directory THEN
        v_counter := v_counter + 1;
        v_name := format('__pgmi_d%s__', v_counter);
        v_dir_savepoint := v_dir_savepoint || jsonb_build_object(r.directory, v_name);
        v_lines := v_lines || format('SAVEPOINT %s;', v_name);
      END IF;
      v_lines := v_lines
        || format(v_event, v_callback, 'fixture_start', r.script_path, r.directory, r.depth, r.ordinal)
        || format('SELECT pg_temp.pgmi_run_test_source(%L);', r.script_path)
        || format(v_event, v_callback, 'fixture_end', r.script_path, r.directory, r.depth, r.ordinal);
    ELSIF r.step_type = 'test' THEN
      v_has_test := true;
      IF NOT v_dir_savepoint ? r.directory THEN
        v_counter := v_counter + 1;
        v_name := format('__pgmi_d%s__', v_counter);
        v_dir_savepoint := v_dir_savepoint || jsonb_build_object(r.directory, v_name);
        v_lines := v_lines || format('SAVEPOINT %s;', v_name);
      END IF;
      IF NOT v_test_savepoint ? r.directory THEN
        v_counter := v_counter + 1;
        v_name := format('__pgmi_t%s__', v_counter);
        v_test_savepoint := v_test_savepoint || jsonb_build_object(r.directory, v_name);
        v_lines := v_lines || format('SAVEPOINT %s;', v_name);
      END IF;
      v_lines := v_lines
        || format(v_event, v_callback, 'test_start', r.script_path, r.directory, r.depth, r.ordinal)
        || format('SELECT pg_temp.pgmi_run_test_source(%L);', r.script_path)
        || format(v_event, v_callback, 'test_end', r.script_path, r.directory, r.depth, r.ordinal)
        || format(v_event, v_callback, 'rollback', r.script_path, r.directory, r.depth, r.ordinal)
        || format('ROLLBACK TO SAVEPOINT %s;', v_test_savepoint ->> r.directory);
    ELSE
      v_lines := v_lines || format(v_event, v_callback, 'teardown_start', NULL, r.directory, r.depth, r.ordinal);
      IF v_dir_savepoint ? r.directory THEN
        v_lines := v_lines
          || format('ROLLBACK TO SAVEPOINT %s;', v_dir_savepoint ->> r.directory)
          || format('RELEASE SAVEPOINT %s;', v_dir_savepoint ->> r.directory);
      END IF;
      v_lines := v_lines || format(v_event, v_callback, 'teardown_end', NULL, r.directory, r.depth, r.ordinal);
    END IF;
  END LOOP;

  -- Running nothing is a failure: the gate would otherwise pass silently.
  IF NOT v_has_test THEN
    -- The macro passes '' for "no pattern".
    IF coalesce(p_pattern, '') = '' THEN
      RETURN 'DO $__pgmi_no_tests__$ BEGIN RAISE EXCEPTION ''pgmi: no tests were discovered'' USING ERRCODE = ''no_data_found'', HINT = ''pgmi_test() ran nothing. Tests are *.sql files under a __test__/ directory; remove the call if this project has none.''; END $__pgmi_no_tests__$;';
    END IF;
    RETURN 'DO $__pgmi_no_tests__$ BEGIN RAISE EXCEPTION ''pgmi: no tests matched the requested pattern'' USING ERRCODE = ''no_data_found'', HINT = ''pgmi_test(pattern) ran nothing. Check the pattern against pg_temp.pgmi_test_source_view.''; END $__pgmi_no_tests__$;';
  END IF;

  v_lines := v_lines || format(v_event, v_callback, 'suite_end', NULL, '', 0, v_last_ordinal);
  RETURN array_to_string(v_lines, chr(10));
END
$fn$;
COMMENT ON FUNCTION pg_temp.pgmi_test_generate(text, text) IS
  'Generates the SQL that CALL pgmi_test(pattern, callback) expands to: savepoint-isolated fixtures and tests, with callback events; raises at run time when no test is planned.';
