-- pgmi session schema (session API v1): internal tables, the test event type and the helper
-- functions. Runs as one simple-query message on the connection that later executes deploy.sql;
-- everything lives in that connection's temporary schema and disappears with it.
--
-- Written for PostgreSQL 11 and newer. No backslashes in literals, so the script reads the same
-- whatever standard_conforming_strings says.

-- Preparation says nothing, whatever message level the session runs at: with --verbose the user
-- asked for DEBUG output of deploy.sql, not PostgreSQL's chatter about our tables and indexes.
-- The setting is local to the transaction (the loader runs the whole preparation in one); a
-- quieter level is left alone.
SELECT set_config('client_min_messages', 'warning', true)
 WHERE current_setting('client_min_messages') NOT IN ('warning', 'error');

-- Re-preparing a connection replaces the previous objects. A fresh connection has no temporary
-- schema yet, and then nothing is dropped: DROP ... IF EXISTS pg_temp.x would print "schema
-- pg_temp does not exist, skipping", and preparation must be silent.
DO $pgmi_cleanup$
DECLARE
  r record;
BEGIN
  IF pg_my_temp_schema() = 0 THEN
    RETURN;
  END IF;
  -- Only objects that exist are dropped (no IF EXISTS "skipping" notices); what CASCADE reports
  -- about dependent objects is below the level set above.
  FOR r IN
    SELECT c.oid::regclass AS obj, c.relkind
      FROM pg_class c
     WHERE c.relnamespace = pg_my_temp_schema()
       AND c.relkind IN ('v', 'r')
       AND c.relname IN ('pgmi_source_view', 'pgmi_parameter_view', 'pgmi_plan_view',
                         'pgmi_source_metadata_view', 'pgmi_test_source_view',
                         'pgmi_test_directory_view', '_pgmi_parameter', '_pgmi_source',
                         '_pgmi_source_statement',
                         '_pgmi_source_metadata', '_pgmi_test_directory', '_pgmi_test_source')
     ORDER BY c.relkind DESC
  LOOP
    EXECUTE format(CASE r.relkind WHEN 'v' THEN 'DROP VIEW %s CASCADE' ELSE 'DROP TABLE %s CASCADE' END, r.obj);
  END LOOP;
  FOR r IN
    SELECT p.oid::regprocedure AS obj
      FROM pg_proc p
     WHERE p.pronamespace = pg_my_temp_schema()
       AND p.proname IN ('pgmi_register_file', 'pgmi_is_sql_file', 'pgmi_validate_pattern',
                         'pgmi_has_tests', 'pgmi_test_plan', 'pgmi_test_callback',
                         'pgmi_run_test_source', 'pgmi_persist_test_plan', 'pgmi_test_generate',
                         'pgmi_execute_file')
  LOOP
    EXECUTE format('DROP FUNCTION %s CASCADE', r.obj);
  END LOOP;
  FOR r IN
    SELECT t.oid::regtype AS obj
      FROM pg_type t
     WHERE t.typnamespace = pg_my_temp_schema() AND t.typname = 'pgmi_test_event'
  LOOP
    EXECUTE format('DROP TYPE %s CASCADE', r.obj);
  END LOOP;
END
$pgmi_cleanup$;

-- ---------------------------------------------------------------------------------------------
-- Parameters (--param, --params-file, pgmi.yaml). pgmi writes key (lower-cased) and value; the
-- other columns exist for templates that declare parameters.
CREATE TABLE pg_temp._pgmi_parameter (
  key text PRIMARY KEY,
  value text,
  type text NOT NULL DEFAULT 'text',
  required boolean NOT NULL DEFAULT false,
  default_value text,
  description text,
  -- Same class as the regex ^\w+$.
  CONSTRAINT chk_key_format CHECK (key ~ '^[[:alnum:]_]+$'),
  CONSTRAINT chk_type_valid CHECK (type IN ('text', 'int', 'integer', 'bigint', 'numeric', 'boolean',
                                            'bool', 'uuid', 'timestamp', 'timestamptz', 'name'))
);
COMMENT ON TABLE pg_temp._pgmi_parameter IS
  'pgmi session parameters (session-scoped): one row per --param / params-file / pgmi.yaml key, lower-cased; each is also readable as current_setting(''pgmi.<key>'', true).';

-- ---------------------------------------------------------------------------------------------
-- Non-test project files, every extension. Rows arrive only through pgmi_register_file.
CREATE TABLE pg_temp._pgmi_source (
  path text PRIMARY KEY,
  name text NOT NULL,
  directory text NOT NULL,
  extension text NOT NULL,
  depth integer NOT NULL,
  content text NOT NULL,
  size_bytes bigint NOT NULL,
  checksum text NOT NULL,
  pgmi_checksum text NOT NULL,
  path_parts text[] NOT NULL,
  is_sql_file boolean NOT NULL,
  is_test_file boolean NOT NULL,
  parent_folder_name text,
  CONSTRAINT chk_path_format CHECK (left(path, 2) = './'),
  CONSTRAINT chk_path_no_backslash CHECK (strpos(path, chr(92)) = 0),
  CONSTRAINT chk_path_no_double_slash CHECK (strpos(path, '//') = 0),
  CONSTRAINT chk_name_format CHECK (strpos(name, '/') = 0),
  CONSTRAINT chk_name_no_whitespace_only CHECK (name !~ '^[[:space:]]*$'),
  -- './' and zero or more 'segment/': '^[.]/([^/]+/)*$' without the regex engine, about 60 %
  -- cheaper per row (no empty segment: no '//').
  CONSTRAINT chk_directory_format CHECK (
    strpos(directory, '//') = 0 AND (directory = './' OR directory LIKE './%/')),
  CONSTRAINT chk_directory_no_backslash CHECK (strpos(directory, chr(92)) = 0),
  CONSTRAINT chk_extension_format CHECK (extension ~ '^([.][A-Za-z0-9]+)?$'),
  CONSTRAINT chk_depth CHECK (depth >= 0),
  CONSTRAINT chk_depth_reasonable CHECK (depth <= 100),
  CONSTRAINT chk_size_bytes CHECK (size_bytes >= 0),
  -- octet_length of a not-yet-toasted value reads the length word: no scan of the content.
  CONSTRAINT chk_content_size_match CHECK (octet_length(content) = size_bytes),
  -- 32 to 64 hex digits. Written without a bounded repeat: '^[0-9A-Fa-f]{32,64}$' costs the
  -- regex engine tens of microseconds per row, which adds up over thousands of files. Bytes,
  -- not characters, are counted: the same number once every character is a hex digit, and
  -- octet_length reads the length word where length decodes the UTF-8 (twice, for BETWEEN).
  CONSTRAINT chk_checksum_format CHECK (
    octet_length(checksum) BETWEEN 32 AND 64 AND checksum !~ '[^0-9A-Fa-f]'),
  CONSTRAINT chk_pgmi_checksum_format CHECK (
    octet_length(pgmi_checksum) BETWEEN 32 AND 64 AND pgmi_checksum !~ '[^0-9A-Fa-f]'),
  CONSTRAINT chk_path_parts_not_empty CHECK (cardinality(path_parts) > 0),
  CONSTRAINT chk_depth_path_parts CHECK (cardinality(path_parts) = depth + 2),
  CONSTRAINT chk_path_parts_no_empty_strings CHECK (array_position(path_parts, '') IS NULL),
  CONSTRAINT chk_path_parts_first_element CHECK (path_parts[1] = '.'),
  CONSTRAINT chk_path_parts_last_element CHECK (path_parts[cardinality(path_parts)] = name),
  CONSTRAINT chk_parent_folder_depth CHECK ((parent_folder_name IS NULL) = (depth = 0)),
  CONSTRAINT chk_parent_folder_no_slash CHECK (strpos(parent_folder_name, '/') = 0),
  CONSTRAINT chk_path_directory_match CHECK (path = directory || name),
  CONSTRAINT chk_path_is_not_test CHECK (strpos(path, '/__test__/') = 0 AND strpos(path, '/__tests__/') = 0)
);
COMMENT ON TABLE pg_temp._pgmi_source IS
  'pgmi project files outside __test__/__tests__ directories, every extension (session-scoped; gone when the connection closes). Filled by pg_temp.pgmi_register_file.';

-- ---------------------------------------------------------------------------------------------
-- Parsed <pgmi-meta> blocks of non-test SQL files.
CREATE TABLE pg_temp._pgmi_source_metadata (
  path text PRIMARY KEY REFERENCES pg_temp._pgmi_source (path),
  id uuid NOT NULL,
  idempotent boolean NOT NULL,
  sort_keys text[] NOT NULL DEFAULT '{}',
  description text
);
CREATE INDEX ix_pgmi_source_metadata_sort_keys ON pg_temp._pgmi_source_metadata USING gin (sort_keys);
COMMENT ON TABLE pg_temp._pgmi_source_metadata IS
  'pgmi script metadata parsed from <pgmi-meta> blocks (session-scoped): id, idempotent, sort_keys (empty array when absent), description.';

-- ---------------------------------------------------------------------------------------------
-- Directories that directly hold at least one file under __test__/__tests__.
CREATE TABLE pg_temp._pgmi_test_directory (
  path text PRIMARY KEY,
  parent_path text,
  depth int NOT NULL DEFAULT 0,
  CONSTRAINT chk_test_dir_path_format CHECK (
    left(path, 2) = './' AND (strpos(path, '/__test__/') > 0 OR strpos(path, '/__tests__/') > 0)),
  CONSTRAINT chk_test_dir_ends_slash CHECK (right(path, 1) = '/')
);
CREATE INDEX ix_pgmi_test_directory_parent ON pg_temp._pgmi_test_directory (parent_path);
COMMENT ON TABLE pg_temp._pgmi_test_directory IS
  'pgmi test directories (session-scoped): parent_path is the nearest ancestor that is itself a test directory; depth counts segments after the first __test__/__tests__ segment.';

-- ---------------------------------------------------------------------------------------------
-- SQL files under __test__/__tests__; _setup.sql / _setup.psql are fixtures.
CREATE TABLE pg_temp._pgmi_test_source (
  path text PRIMARY KEY,
  directory text NOT NULL,
  filename text NOT NULL,
  content text NOT NULL,
  is_fixture boolean NOT NULL DEFAULT false,
  CONSTRAINT fk_test_source_directory FOREIGN KEY (directory) REFERENCES pg_temp._pgmi_test_directory (path),
  CONSTRAINT chk_test_source_path_format CHECK (left(path, 2) = './')
);
CREATE INDEX ix_pgmi_test_source_directory ON pg_temp._pgmi_test_source (directory);
COMMENT ON TABLE pg_temp._pgmi_test_source IS
  'pgmi test and fixture scripts (session-scoped), run by the expansion of CALL pgmi_test().';

-- File contents are stored uncompressed: each is written once and read (EXECUTEd) once or twice,
-- so pglz compression of a large file costs more than it saves (about half the load time of a
-- 20 MB file). Storage is not part of the session API: columns and types are unchanged.
ALTER TABLE pg_temp._pgmi_source ALTER COLUMN content SET STORAGE EXTERNAL;
ALTER TABLE pg_temp._pgmi_test_source ALTER COLUMN content SET STORAGE EXTERNAL;

-- Where the top-level statements of a large SQL file end (UTF-8 byte offsets just past each),
-- found by pgmi's splitter while scanning; files without a row run as one EXECUTE.
CREATE TABLE pg_temp._pgmi_source_statement (
  path text PRIMARY KEY,
  ends integer[] NOT NULL
);
COMMENT ON TABLE pg_temp._pgmi_source_statement IS
  'pgmi statement boundaries of large SQL files (session-scoped), read by pgmi_execute_file.';

-- A deploy.sql that switches to a less privileged role can still read the session tables.
GRANT SELECT ON pg_temp._pgmi_parameter, pg_temp._pgmi_source, pg_temp._pgmi_source_metadata,
  pg_temp._pgmi_test_directory, pg_temp._pgmi_test_source, pg_temp._pgmi_source_statement
  TO PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- Runs one project file as EXECUTE content would, one top-level statement at a time when pgmi
-- recorded the file's statements: PostgreSQL holds the parse and plan trees of every statement
-- of a multi-statement EXECUTE until the last one is done, which makes a large file about twice
-- as slow as its statements run one by one. Same transaction, same order, same effects; an
-- error names the statement that failed. Byte offsets keep each cut O(statement), whatever the
-- file's size (a character offset into UTF-8 text is a scan from the start).
CREATE FUNCTION pg_temp.pgmi_execute_file(p_path text) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
  v_content text;
  v_size bigint;
  v_bytes bytea;
  v_ends integer[];
  v_from integer := 1;
  v_end integer;
BEGIN
  SELECT s.content, s.size_bytes INTO v_content, v_size
    FROM pg_temp._pgmi_source s WHERE s.path = p_path;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'pgmi_execute_file: no project file %', p_path
      USING HINT = 'Pass a path as pgmi_source_view lists it, e.g. ./migrations/001.sql (test files run through CALL pgmi_test()).';
  END IF;
  -- Only large files are ever split (256 KiB, SPLIT_MIN_BYTES in statements.ts).
  IF v_size >= 262144 THEN
    SELECT x.ends INTO v_ends FROM pg_temp._pgmi_source_statement x WHERE x.path = p_path;
  END IF;
  IF v_ends IS NULL THEN
    EXECUTE v_content;
    RETURN;
  END IF;
  v_bytes := convert_to(v_content, 'UTF8');
  v_content := NULL;
  -- Each statement starts at its first non-blank character (as a tail unit does), so an error's
  -- context quotes it from the line it starts on.
  FOREACH v_end IN ARRAY v_ends LOOP
    EXECUTE ltrim(convert_from(substring(v_bytes FROM v_from FOR v_end + 1 - v_from), 'UTF8'),
                  ' ' || chr(9) || chr(10) || chr(13));
    v_from := v_end + 1;
  END LOOP;
END
$fn$;
COMMENT ON FUNCTION pg_temp.pgmi_execute_file(text) IS
  'Runs a project file (a path of pgmi_source_view) as EXECUTE content would, one top-level statement at a time for large files (faster, and errors name the statement).';

-- ---------------------------------------------------------------------------------------------
CREATE TYPE pg_temp.pgmi_test_event AS (
  event text,
  path text,
  directory text,
  depth integer,
  ordinal integer,
  context jsonb
);
COMMENT ON TYPE pg_temp.pgmi_test_event IS
  'pgmi test event passed to the pgmi_test() callback: event (suite_start, suite_end, fixture_start, fixture_end, test_start, test_end, rollback, teardown_start, teardown_end), path (NULL for suite and teardown events), directory, depth, ordinal (plan step; 0 for suite_start), context (reserved, NULL).';

-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION pg_temp.pgmi_is_sql_file(filename text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT filename ~* '[.](sql|ddl|dml|dql|dcl|psql|pgsql|plpgsql)$'
$fn$;
COMMENT ON FUNCTION pg_temp.pgmi_is_sql_file(text) IS
  'True when the name ends (case-insensitively) in .sql, .ddl, .dml, .dql, .dcl, .psql, .pgsql or .plpgsql.';

-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION pg_temp.pgmi_register_file(in_path text, in_content text, in_checksum text, in_pgmi_checksum text)
RETURNS pg_temp._pgmi_source
LANGUAGE plpgsql AS $fn$
DECLARE
  v_path text := replace(btrim(in_path, ' '), chr(92), '/');
  v_parts text[];
  v_depth integer;
  v_name text;
  v_row pg_temp._pgmi_source;
BEGIN
  IF left(v_path, 2) <> './' THEN
    v_path := './' || regexp_replace(v_path, '^([.]/|/)+', '');
  END IF;
  IF strpos(v_path, '//') > 0 THEN
    v_path := regexp_replace(v_path, '/{2,}', '/', 'g');
  END IF;
  v_parts := string_to_array(v_path, '/');
  v_depth := cardinality(v_parts) - 2;
  v_name := v_parts[cardinality(v_parts)];

  INSERT INTO pg_temp._pgmi_source (
    path, name, directory, extension, depth, content, size_bytes, checksum, pgmi_checksum,
    path_parts, is_sql_file, is_test_file, parent_folder_name)
  VALUES (
    v_path,
    v_name,
    left(v_path, length(v_path) - length(v_name)),
    coalesce(substring(v_name FROM '[.][A-Za-z0-9]+$'), ''),
    v_depth,
    in_content,
    octet_length(in_content),
    in_checksum,
    in_pgmi_checksum,
    v_parts,
    pg_temp.pgmi_is_sql_file(v_path),
    strpos(v_path, '/__test__/') > 0 OR strpos(v_path, '/__tests__/') > 0,
    CASE WHEN v_depth > 0 THEN v_parts[v_depth + 1] END)
  RETURNING * INTO v_row;
  RETURN v_row;
END
$fn$;
COMMENT ON FUNCTION pg_temp.pgmi_register_file(text, text, text, text) IS
  'Normalises a project path, derives every column of _pgmi_source and inserts the file; returns the inserted row.';

-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION pg_temp.pgmi_validate_pattern(p_pattern text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
  IF p_pattern IS NULL THEN
    RETURN NULL;
  END IF;
  BEGIN
    PERFORM '' ~ p_pattern;
  EXCEPTION WHEN invalid_regular_expression THEN
    RAISE EXCEPTION 'Invalid regex pattern: %', p_pattern
      USING HINT = 'Pattern must be a valid PostgreSQL POSIX regular expression';
  END;
  RETURN p_pattern;
END
$fn$;
COMMENT ON FUNCTION pg_temp.pgmi_validate_pattern(text) IS
  'Returns the pattern when it is a valid POSIX regular expression (NULL stays NULL); raises "Invalid regex pattern: ..." otherwise.';

-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION pg_temp.pgmi_has_tests(p_directory text, p_pattern text DEFAULT NULL) RETURNS boolean
LANGUAGE sql STABLE AS $fn$
  WITH RECURSIVE subtree(path) AS (
    SELECT p_directory
    UNION
    SELECT d.path
      FROM pg_temp._pgmi_test_directory d
      JOIN subtree s ON d.parent_path = s.path
  )
  SELECT EXISTS (
    SELECT 1
      FROM pg_temp._pgmi_test_source t
      JOIN subtree s ON t.directory = s.path
     WHERE NOT t.is_fixture
       AND (p_pattern IS NULL OR t.path ~ pg_temp.pgmi_validate_pattern(p_pattern)))
   -- Checked once up front too, so an invalid pattern fails even where no test row is read
   -- (see pgmi_test_plan).
   WHERE pg_temp.pgmi_validate_pattern(p_pattern) IS NOT DISTINCT FROM p_pattern
$fn$;
COMMENT ON FUNCTION pg_temp.pgmi_has_tests(text, text) IS
  'True when the directory or a descendant holds a non-fixture test whose path matches the pattern (NULL = any).';

-- ---------------------------------------------------------------------------------------------
-- Pre-order walk of the relevant directories. Each step gets a sort key: the directory's key
-- (root path, then '2' + child path per level) followed by '0' + name for fixtures, '1' + name for
-- tests, or '3' for the teardown, so a directory's own steps come before its children's and its
-- teardown after them. Keys compare in byte order whatever the database collation.
CREATE FUNCTION pg_temp.pgmi_test_plan(p_pattern text DEFAULT NULL)
RETURNS TABLE (ordinal int, step_type text, script_path text, directory text, depth int)
LANGUAGE sql STABLE AS $fn$
  WITH RECURSIVE relevant AS (
    SELECT d.path, d.parent_path, d.depth
      FROM pg_temp._pgmi_test_directory d
     WHERE pg_temp.pgmi_has_tests(d.path, p_pattern)
  ),
  tree (path, depth, tree_key) AS (
    SELECT r.path, r.depth, ARRAY[r.path]
      FROM relevant r
     WHERE r.parent_path IS NULL
        OR NOT EXISTS (SELECT 1 FROM relevant p WHERE p.path = r.parent_path)
    UNION ALL
    SELECT c.path, c.depth, t.tree_key || ARRAY['2', c.path]
      FROM relevant c
      JOIN tree t ON c.parent_path = t.path
  ),
  steps AS (
    SELECT t.tree_key || ARRAY[CASE WHEN s.is_fixture THEN '0' ELSE '1' END, s.filename] AS step_key,
           CASE WHEN s.is_fixture THEN 'fixture' ELSE 'test' END AS step_type,
           s.path AS script_path,
           t.path AS directory,
           t.depth
      FROM tree t
      JOIN pg_temp._pgmi_test_source s ON s.directory = t.path
     WHERE s.is_fixture OR p_pattern IS NULL OR s.path ~ pg_temp.pgmi_validate_pattern(p_pattern)
    UNION ALL
    SELECT t.tree_key || ARRAY['3'], 'teardown', NULL, t.path, t.depth
      FROM tree t
  )
  SELECT (row_number() OVER (ORDER BY s.step_key COLLATE "C", s.script_path COLLATE "C"))::int,
         s.step_type, s.script_path, s.directory, s.depth
    FROM steps s
   -- The pattern reaches every regex match through pgmi_validate_pattern: with a constant
   -- argument the planner folds that call, so an invalid pattern is reported as such before the
   -- planner itself compiles the regex (to estimate selectivity) and fails with a raw message.
   -- This condition on the argument alone is checked once, before any row is read, so the
   -- pattern is checked even when there are no tests and the call was not folded.
   WHERE pg_temp.pgmi_validate_pattern(p_pattern) IS NOT DISTINCT FROM p_pattern
   ORDER BY 1
$fn$;
COMMENT ON FUNCTION pg_temp.pgmi_test_plan(text) IS
  'The test execution plan: fixture, test and teardown steps in pre-order depth-first order; the optional POSIX regex filters tests by path.';

-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION pg_temp.pgmi_test_callback(e pg_temp.pgmi_test_event) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  IF e.event = 'suite_start' THEN
    RAISE NOTICE '[pgmi] Test suite started';
  ELSIF e.event = 'suite_end' THEN
    RAISE NOTICE '[pgmi] Test suite completed (% steps)', e.ordinal;
  ELSIF e.event = 'fixture_start' THEN
    RAISE NOTICE '[pgmi] Fixture: %', e.path;
  ELSIF e.event = 'test_start' THEN
    RAISE NOTICE '[pgmi] Test: %', e.path;
  ELSIF e.event = 'rollback' THEN
    RAISE DEBUG '[pgmi] Rollback: %', coalesce(e.path, e.directory);
  ELSIF e.event = 'teardown_start' THEN
    RAISE DEBUG '[pgmi] Teardown: %', e.directory;
  END IF;
END
$fn$;
COMMENT ON FUNCTION pg_temp.pgmi_test_callback(pg_temp.pgmi_test_event) IS
  'Default pgmi_test() callback: NOTICE for suite, fixture and test starts and the suite end; DEBUG for rollbacks and teardowns.';

-- ---------------------------------------------------------------------------------------------
-- Runs one test or fixture script. Errors are re-raised naming the file, keeping the SQLSTATE,
-- the DETAIL and the HINT (a field is passed on only when the original had one).
CREATE FUNCTION pg_temp.pgmi_run_test_source(p_path text) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
  v_content text;
  v_message text;
  v_state text;
  v_detail text;
  v_hint text;
  v_context text;
BEGIN
  SELECT s.content INTO v_content FROM pg_temp._pgmi_test_source s WHERE s.path = p_path;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Failed in %: no such test script in pg_temp._pgmi_test_source', p_path
      USING ERRCODE = 'no_data_found';
  END IF;
  EXECUTE v_content;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS
    v_message = MESSAGE_TEXT,
    v_state = RETURNED_SQLSTATE,
    v_detail = PG_EXCEPTION_DETAIL,
    v_hint = PG_EXCEPTION_HINT,
    v_context = PG_EXCEPTION_CONTEXT;
  IF v_content IS NULL THEN
    RAISE;
  END IF;
  -- The re-raise below loses the context (which line of the test raised). pgmi reads it from
  -- this notice, which it does not show, to point at that line in the test file.
  RAISE WARNING USING MESSAGE = '[pgmi] test failure context', DETAIL = coalesce(v_context, '');
  v_message := 'Failed in ' || p_path || ': ' || v_message;
  IF coalesce(v_detail, '') <> '' AND coalesce(v_hint, '') <> '' THEN
    RAISE EXCEPTION USING MESSAGE = v_message, ERRCODE = v_state, DETAIL = v_detail, HINT = v_hint;
  ELSIF coalesce(v_detail, '') <> '' THEN
    RAISE EXCEPTION USING MESSAGE = v_message, ERRCODE = v_state, DETAIL = v_detail;
  ELSIF coalesce(v_hint, '') <> '' THEN
    RAISE EXCEPTION USING MESSAGE = v_message, ERRCODE = v_state, HINT = v_hint;
  ELSE
    RAISE EXCEPTION USING MESSAGE = v_message, ERRCODE = v_state;
  END IF;
END
$fn$;
COMMENT ON FUNCTION pg_temp.pgmi_run_test_source(text) IS
  'Internal: executes one test or fixture script; errors become "Failed in <path>: <message>" with the original SQLSTATE, DETAIL and HINT.';

-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION pg_temp.pgmi_persist_test_plan(target_schema text, p_pattern text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
  v_table text := format('%I.pgmi_test_plan', target_schema);
BEGIN
  -- Checked first rather than CREATE TABLE IF NOT EXISTS, which would print a "skipping" notice.
  IF to_regclass(v_table) IS NULL THEN
    EXECUTE format(
      'CREATE TABLE %s (ordinal int PRIMARY KEY, step_type text NOT NULL, script_path text, directory text NOT NULL, depth int NOT NULL)',
      v_table);
  END IF;
  EXECUTE format('DELETE FROM %s', v_table);
  EXECUTE format(
    'INSERT INTO %s (ordinal, step_type, script_path, directory, depth) SELECT p.ordinal, p.step_type, p.script_path, p.directory, p.depth FROM pg_temp.pgmi_test_plan($1) p',
    v_table)
    USING p_pattern;
END
$fn$;
COMMENT ON FUNCTION pg_temp.pgmi_persist_test_plan(text, text) IS
  'Writes pgmi_test_plan(p_pattern) into the permanent table <target_schema>.pgmi_test_plan, creating it when missing and replacing its rows.';
