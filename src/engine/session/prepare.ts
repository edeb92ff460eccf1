/**
 * Session preparation (session-api.md §1): the session schema, every project file, the test
 * tree, metadata and parameters, then the v1 contract, all in the connection's temporary schema.
 *
 * Files travel in one binary COPY per table (see copy-in.ts): each file's bytes are sent once, as
 * read, and the round trips are the same for 1 file or 50 000. It all runs in one transaction:
 * committed together before deploy.sql starts, or rolled back together, and the quieter message
 * level the schema script sets for itself (`set_config(..., true)`) covers every statement up
 * to the COMMIT.
 */
import type pg from 'pg';
import { ConfigError } from '../errors';
import { isTestPath } from '../project/sql-files';
import type { ProjectFile } from '../project/types';
import { SQL } from '../sql/index';
import { copyIn, type CopyRowSource } from './copy-in';
import { completeStatementEnds } from '../preprocess/statements';
import {
  deriveTestDirectories,
  fileNameOf,
  isFixtureName,
  testDirectoryOf,
} from './test-directories';

export interface PrepareSessionInput {
  /** Every scanned file, test and non-test, SQL or not. */
  files: ProjectFile[];
  /** Merged parameters; keys already lower-cased and validated. */
  params: Record<string, string>;
  /** Session API version; only `1` exists. */
  compat?: '1';
  /** Settles once every file's checksums are in place (they may still be being computed). */
  checksumsReady?: Promise<unknown>;
}

export interface PrepareSessionResult {
  /** Scanned files, including non-SQL test files that land in no table. */
  filesLoaded: number;
  parameters: number;
  /** Milliseconds: session schema, loading the project, views and the COMMIT. */
  timings: { sessionSchemaMs: number; uploadMs: number; sessionViewsMs: number };
}

/** One row of `pg_temp.pgmi_test_plan()`. */
export interface PlanStep {
  ordinal: number;
  stepType: 'fixture' | 'test' | 'teardown';
  scriptPath: string | null;
  directory: string;
  depth: number;
}

const CONTRACTS: Record<'1', () => string> = { '1': () => SQL.contractV1 };

// Insertion follows the array order (parents first), so the rows are stored shallow-first.
const INSERT_TEST_DIRECTORIES = `INSERT INTO pg_temp._pgmi_test_directory (path, parent_path, depth)
  SELECT t.p, t.pp, t.d
    FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS t (p, pp, d, i)
   ORDER BY t.i`;

const COPY_TEST_SOURCES = `COPY pg_temp._pgmi_test_source (path, directory, filename, content, is_fixture)
  FROM STDIN (FORMAT binary)`;

// Every column of the table, derived here exactly as pgmi_register_file derives them (an
// integration test compares the two); the table's CHECK constraints hold the derivations to it.
const COPY_SOURCES = `COPY pg_temp._pgmi_source (path, name, directory, extension, depth, content,
  size_bytes, checksum, pgmi_checksum, path_parts, is_sql_file, is_test_file, parent_folder_name)
  FROM STDIN (FORMAT binary)`;

// Statement boundaries differ in number per file: each travels as an array literal.
const INSERT_STATEMENTS = `INSERT INTO pg_temp._pgmi_source_statement (path, ends)
  SELECT t.p, t.e::integer[] FROM unnest($1::text[], $2::text[]) AS t (p, e)`;

// Sort keys differ in length per file, which a rectangular SQL array cannot hold: they travel
// as JSON and keep their order.
const INSERT_METADATA = `INSERT INTO pg_temp._pgmi_source_metadata (path, id, idempotent, sort_keys, description)
  SELECT m.path, m.id, m.idempotent,
         ARRAY(SELECT k.key FROM jsonb_array_elements_text(m.sort_keys) WITH ORDINALITY AS k (key, i)
                ORDER BY k.i),
         m.description
    FROM jsonb_to_recordset($1::jsonb) AS m (path text, id uuid, idempotent boolean, sort_keys jsonb,
                                           description text)`;

// Autovacuum never sees temporary tables: without statistics the planner guesses row counts.
// Statistics on what deploy.sql filters, joins and sorts by; not on contents and checksums,
// which are only ever read (sampling every content for its statistics is most of the cost).
const ANALYZE_FILE_TABLES = `ANALYZE
  pg_temp._pgmi_source (path, name, directory, extension, depth, is_sql_file, is_test_file,
                        parent_folder_name),
  pg_temp._pgmi_source_metadata, pg_temp._pgmi_test_directory,
  pg_temp._pgmi_test_source (path, directory, filename, is_fixture)`;

// set_config(..., false) is session-level: it survives deploy.sql's own COMMIT and ROLLBACK.
const LOAD_PARAMETERS = `WITH p AS (
    INSERT INTO pg_temp._pgmi_parameter (key, value)
    SELECT lower(t.k), t.v FROM unnest($1::text[], $2::text[]) AS t (k, v)
    RETURNING key, value)
  SELECT count(set_config('pgmi.' || p.key, p.value, false))::int AS n FROM p`;

const PARAMETER_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * Creates the session objects on `client` and loads the project into them. Throws the driver's
 * error unchanged when the server refuses something (the caller reports it as a preparation
 * failure); parameter values never reach an error message.
 */
export async function prepareSession(
  client: pg.Client,
  input: PrepareSessionInput,
): Promise<PrepareSessionResult> {
  const version = input.compat ?? '1';
  const contract = CONTRACTS[version] as (() => string) | undefined;
  if (!contract) {
    // Front doors check --compat before connecting; this guards callers that bypass them.
    throw new ConfigError(
      `invalid configuration: unsupported API version ${JSON.stringify(version)}; supported: [1]`,
    );
  }
  const params = Object.entries(input.params);
  for (const [key] of params) {
    // Checked again here because a bad key would fail the table's CHECK, whose DETAIL shows
    // the whole row, value included.
    if (!PARAMETER_KEY.test(key)) {
      throw new ConfigError(
        `invalid parameter key '${key}': must start with a letter or underscore and contain only letters, digits and underscores, 1-63 characters (PostgreSQL identifier limit)`,
      );
    }
  }

  const timings = { sessionSchemaMs: 0, uploadMs: 0, sessionViewsMs: 0 };
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - mark);
    mark = now;
    return ms;
  };
  await client.query('BEGIN');
  try {
    await client.query(SQL.schema);
    timings.sessionSchemaMs = lap();
    await loadProject(client, input.files, params, input.checksumsReady);
    timings.uploadMs = lap();
    await client.query(contract());
    await client.query('COMMIT');
    timings.sessionViewsMs = lap();
  } catch (e) {
    // The original failure is what matters; a failed ROLLBACK (connection gone) adds nothing.
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
  return { filesLoaded: input.files.length, parameters: params.length, timings };
}

/** The file's bytes: as the scanner read them, or encoded from `content`. */
const bytesOf = (f: ProjectFile): Buffer => f.bytes ?? Buffer.from(f.content, 'utf8');

/**
 * A path the session would store unchanged (pgmi_register_file's normalisation is then the
 * identity), which every scanned path is. Other callers' paths go through register-files.sql.
 */
const canonical = (path: string) =>
  path.startsWith('./') && !path.includes('//') && !path.includes('\\') && !path.endsWith(' ');

const SQL_FILE = /[.](sql|ddl|dml|dql|dcl|psql|pgsql|plpgsql)$/i;

/**
 * Stands in for a checksum still being computed when the file's row is written; replaced
 * in the same transaction, before anything can read it (`loadProject` checks every row).
 */
const LATE_CHECKSUM = '0'.repeat(64);

const UPDATE_CHECKSUMS = `UPDATE pg_temp._pgmi_source s SET checksum = u.r, pgmi_checksum = u.c
  FROM ROWS FROM (pg_catalog.unnest($1::text[]), pg_catalog.unnest($2::text[]),
                  pg_catalog.unnest($3::text[])) AS u (p, c, r)
 WHERE s.path = u.p`;

/**
 * The COPY rows of `files`, written straight into the stream (no value objects: 13 per file);
 * a file whose checksums are not known yet is added to `late`.
 */
function sourceRows(files: ProjectFile[], late: ProjectFile[]): CopyRowSource {
  return {
    count: files.length,
    write(w, i) {
      const f = files[i];
      const path = f.path;
      const parts = path.split('/');
      const name = parts[parts.length - 1];
      const bytes = bytesOf(f);
      if (f.pgmiChecksum === '' || f.checksum === '') late.push(f);
      w.row(13);
      w.text(path);
      w.text(name);
      w.text(path.slice(0, path.length - name.length));
      w.text(/[.][A-Za-z0-9]+$/.exec(name)?.[0] ?? '');
      w.int4(parts.length - 2);
      w.text(bytes);
      w.int8(bytes.length);
      w.text(f.checksum === '' ? LATE_CHECKSUM : f.checksum);
      w.text(f.pgmiChecksum === '' ? LATE_CHECKSUM : f.pgmiChecksum);
      w.textArray(parts);
      w.bool(SQL_FILE.test(path));
      w.bool(isTestPath(path));
      if (parts.length > 2) w.text(parts[parts.length - 2]);
      else w.nul();
    },
  };
}

/**
 * All contents as one UTF-8 buffer with 1-based byte offsets and byte lengths, for
 * register-files.sql (paths that need the session's normalisation).
 */
function packContents(files: ProjectFile[]): {
  bytes: Buffer;
  offsets: number[];
  lengths: number[];
} {
  const chunks = files.map(bytesOf);
  const offsets: number[] = [];
  let next = 1;
  for (const c of chunks) {
    offsets.push(next);
    next += c.length;
  }
  return { bytes: Buffer.concat(chunks), offsets, lengths: chunks.map((c) => c.length) };
}

async function loadProject(
  client: pg.Client,
  files: ProjectFile[],
  params: Array<[string, string]>,
  checksumsReady: Promise<unknown> | undefined,
): Promise<void> {
  const sources = files.filter((f) => !f.isTest);
  const tests = files.filter((f) => f.isTest);
  // The statements of large files are found while the server stores the files (the COPY is
  // written at once; the client then only waits): off the critical path when the upload takes
  // longer, as it does for the large files this is for.
  const splitting = completeStatementEnds(sources);
  if (sources.length > 0 && sources.every((f) => canonical(f.path))) {
    // The files go out without waiting for the normalised checksums still being computed (a large
    // project's): those are finished while the server stores the files, and set afterwards.
    const late: ProjectFile[] = [];
    await Promise.all([copyIn(client, COPY_SOURCES, sourceRows(sources, late)), splitting]);
    await checksumsReady;
    if (late.length > 0) {
      const missing = late.filter((f) => f.pgmiChecksum === '' || f.checksum === '').length;
      const r = missing
        ? undefined
        : await client.query(UPDATE_CHECKSUMS, [
            late.map((f) => f.path),
            late.map((f) => f.pgmiChecksum),
            late.map((f) => f.checksum),
          ]);
      if (r?.rowCount !== late.length) {
        throw new Error(
          `internal error: ${late.length} checksums to set after the upload, ${missing} never computed, ${r?.rowCount ?? 0} set`,
        );
      }
    }
  } else if (sources.length > 0) {
    await checksumsReady;
    const packed = packContents(sources);
    await client.query(SQL.registerFiles, [
      sources.map((f) => f.path),
      packed.bytes,
      sources.map((f) => f.checksum),
      sources.map((f) => f.pgmiChecksum),
      packed.offsets,
      packed.lengths,
    ]);
  }

  await splitting;
  const split = sources.filter((f) => f.statementEnds && canonical(f.path));
  if (split.length > 0) {
    await client.query(INSERT_STATEMENTS, [
      split.map((f) => f.path),
      split.map((f) => `{${(f.statementEnds as number[]).join(',')}}`),
    ]);
  }

  const directories = deriveTestDirectories(tests.map((f) => f.path));
  if (directories.length > 0) {
    await client.query(INSERT_TEST_DIRECTORIES, [
      directories.map((d) => d.path),
      directories.map((d) => d.parentPath),
      directories.map((d) => d.depth),
    ]);
  }

  const sqlTests = tests.filter((f) => f.isSql);
  if (sqlTests.length > 0) {
    await copyIn(
      client,
      COPY_TEST_SOURCES,
      sqlTests.map((f) => [
        { t: 'text', v: f.path },
        { t: 'text', v: testDirectoryOf(f.path) },
        { t: 'text', v: fileNameOf(f.path) },
        { t: 'text', v: bytesOf(f) },
        { t: 'bool', v: isFixtureName(fileNameOf(f.path)) },
      ]),
    );
  }

  const metadataRows = sources.flatMap((f) =>
    f.metadata
      ? [
          {
            path: f.path,
            id: f.metadata.id,
            idempotent: f.metadata.idempotent,
            sort_keys: f.metadata.sortKeys,
            description: f.metadata.description,
          },
        ]
      : [],
  );
  if (metadataRows.length > 0) {
    await client.query(INSERT_METADATA, [JSON.stringify(metadataRows)]);
  }

  if (files.length > 0) await client.query(ANALYZE_FILE_TABLES);

  if (params.length > 0) {
    await client.query(LOAD_PARAMETERS, [params.map(([k]) => k), params.map(([, v]) => v)]);
  }
}

/**
 * The SQL a `CALL pgmi_test(pattern, callback)` expands to (`pg_temp.pgmi_test_generate`);
 * `null` selects the defaults (all tests, `pg_temp.pgmi_test_callback`).
 */
export async function generateTestSql(
  client: pg.Client,
  pattern: string | null,
  callback: string | null,
): Promise<string> {
  const r = await client.query<{ sql: string }>(
    'SELECT pg_temp.pgmi_test_generate($1::text, $2::text) AS sql',
    [pattern, callback],
  );
  return r.rows[0].sql;
}

/** `pg_temp.pgmi_test_plan(pattern)` as typed rows, in ordinal order. */
export async function testPlan(client: pg.Client, pattern: string | null): Promise<PlanStep[]> {
  const r = await client.query<{
    ordinal: number;
    step_type: PlanStep['stepType'];
    script_path: string | null;
    directory: string;
    depth: number;
  }>(
    'SELECT ordinal, step_type, script_path, directory, depth FROM pg_temp.pgmi_test_plan($1::text) ORDER BY ordinal',
    [pattern],
  );
  return r.rows.map((row) => ({
    ordinal: row.ordinal,
    stepType: row.step_type,
    scriptPath: row.script_path,
    directory: row.directory,
    depth: row.depth,
  }));
}
