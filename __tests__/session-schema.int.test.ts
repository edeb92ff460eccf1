/**
 * The session objects as a deploy.sql sees them: names, columns, types, signatures, grants,
 * silence, and the machine-readable contract compared with the live session both ways.
 */
import type pg from 'pg';
import { SESSION_CONTRACT, renderArguments, renderResult } from '../src/engine/session/contract';
import { ConfigError } from '../src/engine/errors';
import { prepareSession } from '../src/engine/session/prepare';
import { createTestDatabase, dropTestDatabase } from './helpers/db';
import {
  CANONICAL_TREE_PATHS,
  meta,
  preparedSession,
  projectFile,
  sessionClient,
} from './helpers/session-fixtures';

let db: string;
let client: pg.Client;

const sampleFiles = () => [
  projectFile('./migrations/001.sql', 'CREATE TABLE t (id int);'),
  projectFile(
    './migrations/002.sql',
    'SELECT 1;',
    meta('0b9f0c5e-7d2a-4f4e-9c55-3d1f3f0e2a11', ['010/000']),
  ),
  projectFile('./README.md', '# hi'),
  ...CANONICAL_TREE_PATHS.map((p) => projectFile(p, 'SELECT 1;')),
  projectFile('./__test__/notes.md', 'notes'),
];

beforeAll(async () => {
  db = await createTestDatabase('session_schema');
  ({ client } = await preparedSession(db, sampleFiles(), { env: 'dev' }));
});

afterAll(async () => {
  await client.end();
  await dropTestDatabase(db);
});

async function rows<R extends pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<R[]> {
  return (await client.query<R>(sql, values)).rows;
}

/** Columns of a relation or composite type in the temp schema, as `name type`. */
async function columnsOf(relname: string): Promise<Array<{ name: string; type: string }>> {
  return rows(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relnamespace = pg_my_temp_schema() AND c.relname = $1
        AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`,
    [relname],
  );
}

describe('session objects', () => {
  it('core#37: exactly the documented tables, views, type and functions exist in pg_temp', async () => {
    const rels = await rows<{ relname: string; relkind: string }>(
      `SELECT relname, relkind FROM pg_class
        WHERE relnamespace = pg_my_temp_schema() AND relkind IN ('r', 'v') ORDER BY relname`,
    );
    expect(rels.filter((r) => r.relkind === 'r').map((r) => r.relname)).toEqual([
      '_pgmi_parameter',
      '_pgmi_source',
      '_pgmi_source_metadata',
      '_pgmi_source_statement',
      '_pgmi_test_directory',
      '_pgmi_test_source',
    ]);
    expect(rels.filter((r) => r.relkind === 'v').map((r) => r.relname)).toEqual([
      'pgmi_parameter_view',
      'pgmi_plan_view',
      'pgmi_source_metadata_view',
      'pgmi_source_view',
      'pgmi_test_directory_view',
      'pgmi_test_source_view',
    ]);
    const types = await rows<{ typname: string }>(
      `SELECT typname FROM pg_type WHERE typnamespace = pg_my_temp_schema() AND typtype = 'c'
          AND typrelid IN (SELECT oid FROM pg_class WHERE relkind = 'c')`,
    );
    expect(types.map((t) => t.typname)).toEqual(['pgmi_test_event']);
    const procs = await rows<{ proname: string }>(
      'SELECT proname FROM pg_proc WHERE pronamespace = pg_my_temp_schema() ORDER BY proname',
    );
    expect(procs.map((p) => p.proname)).toEqual([
      'pgmi_execute_file',
      'pgmi_has_tests',
      'pgmi_is_sql_file',
      'pgmi_persist_test_plan',
      'pgmi_register_file',
      'pgmi_run_test_source',
      'pgmi_test_callback',
      'pgmi_test_generate',
      'pgmi_test_plan',
      'pgmi_validate_pattern',
    ]);
  });

  it('core#38: every view has the columns of the contract, in order, with their types — and no other view exists', async () => {
    const liveViews = await rows<{ relname: string }>(
      `SELECT relname FROM pg_class WHERE relnamespace = pg_my_temp_schema() AND relkind = 'v'`,
    );
    expect(liveViews.map((v) => v.relname).sort()).toEqual(
      SESSION_CONTRACT.views.map((v) => v.name).sort(),
    );
    for (const view of SESSION_CONTRACT.views) {
      expect({ view: view.name, columns: await columnsOf(view.name) }).toEqual({
        view: view.name,
        columns: view.columns,
      });
    }
  });

  it('core#38: pgmi_test_event has the contract fields in order, with their types', async () => {
    expect(await columnsOf('pgmi_test_event')).toEqual(SESSION_CONTRACT.testEventType.fields);
  });

  it('the internal tables have the contract columns, and each view is SELECT * of its table', async () => {
    for (const table of SESSION_CONTRACT.internalTables) {
      expect({ table: table.name, columns: await columnsOf(table.name) }).toEqual({
        table: table.name,
        columns: table.columns,
      });
    }
    const pairs: Array<[string, string]> = [
      ['pgmi_source_view', '_pgmi_source'],
      ['pgmi_parameter_view', '_pgmi_parameter'],
      ['pgmi_test_source_view', '_pgmi_test_source'],
      ['pgmi_test_directory_view', '_pgmi_test_directory'],
      ['pgmi_source_metadata_view', '_pgmi_source_metadata'],
    ];
    for (const [view, table] of pairs)
      expect(await columnsOf(view)).toEqual(await columnsOf(table));
  });

  it('functions: live signatures, results and volatility equal the contract, both ways', async () => {
    const live = await rows<{
      name: string;
      args: string;
      result: string;
      volatility: string;
      description: string | null;
    }>(
      `SELECT proname AS name, pg_get_function_arguments(oid) AS args,
              pg_get_function_result(oid) AS result,
              CASE provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' ELSE 'volatile' END
                AS volatility,
              obj_description(oid, 'pg_proc') AS description
         FROM pg_proc WHERE pronamespace = pg_my_temp_schema() ORDER BY proname`,
    );
    const published = live.filter(
      (f) => !(SESSION_CONTRACT.internalFunctions as readonly string[]).includes(f.name),
    );
    expect(live.length - published.length).toBe(SESSION_CONTRACT.internalFunctions.length);
    const expected = SESSION_CONTRACT.functions
      .map((f) => ({
        name: f.name,
        args: renderArguments(f.args),
        result: renderResult(f.returns),
        volatility: f.volatility,
        description: f.description,
      }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(published).toEqual(expected);
  });

  it('view, type and table comments: views and the type carry the contract descriptions', async () => {
    for (const view of SESSION_CONTRACT.views) {
      const [r] = await rows<{ d: string }>(
        `SELECT obj_description(c.oid, 'pg_class') AS d FROM pg_class c
          WHERE c.relnamespace = pg_my_temp_schema() AND c.relname = $1`,
        [view.name],
      );
      expect(r.d).toBe(view.description);
    }
    const [t] = await rows<{ d: string }>(
      `SELECT obj_description(t.oid, 'pg_type') AS d FROM pg_type t
        WHERE t.typnamespace = pg_my_temp_schema() AND t.typname = 'pgmi_test_event'`,
    );
    expect(t.d).toBe(SESSION_CONTRACT.testEventType.description);
    for (const table of SESSION_CONTRACT.internalTables) {
      const [r] = await rows<{ d: string | null }>(
        `SELECT obj_description(c.oid, 'pg_class') AS d FROM pg_class c
          WHERE c.relnamespace = pg_my_temp_schema() AND c.relname = $1`,
        [table.name],
      );
      expect(r.d).toMatch(/session-scoped/);
    }
  });

  it('the contract lists the event names the generator emits and the step types the plan returns', async () => {
    const [{ sql }] = await rows<{ sql: string }>('SELECT pg_temp.pgmi_test_generate() AS sql');
    const events = new Set([...sql.matchAll(/ROW\('([a-z_]+)'/g)].map((m) => m[1]));
    expect([...events].sort()).toEqual([...SESSION_CONTRACT.testEvents].sort());
    const steps = await rows<{ step_type: string }>(
      'SELECT DISTINCT step_type FROM pg_temp.pgmi_test_plan() ORDER BY 1',
    );
    expect(steps.map((s) => s.step_type)).toEqual([...SESSION_CONTRACT.stepTypes].sort());
  });

  it('every table and view is readable by PUBLIC; functions keep the default EXECUTE', async () => {
    const rels = await rows<{ relname: string; public_select: boolean }>(
      `SELECT c.relname,
              EXISTS (SELECT 1 FROM aclexplode(c.relacl) a
                       WHERE a.grantee = 0 AND a.privilege_type = 'SELECT') AS public_select
         FROM pg_class c
        WHERE c.relnamespace = pg_my_temp_schema() AND c.relkind IN ('r', 'v')`,
    );
    expect(rels).toHaveLength(12);
    for (const r of rels) expect(r).toEqual({ relname: r.relname, public_select: true });
    const procs = await rows<{ ok: boolean }>(
      `SELECT bool_and(proacl IS NULL) AS ok FROM pg_proc WHERE pronamespace = pg_my_temp_schema()`,
    );
    expect(procs[0].ok).toBe(true);
  });

  it('named CHECK constraints and indexes exist as documented', async () => {
    const cons = await rows<{ conname: string }>(
      `SELECT conname FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid
        WHERE r.relnamespace = pg_my_temp_schema() AND c.contype IN ('c', 'f') ORDER BY conname`,
    );
    const names = cons.map((c) => c.conname);
    for (const n of [
      'chk_key_format',
      'chk_type_valid',
      'chk_path_format',
      'chk_path_no_backslash',
      'chk_path_no_double_slash',
      'chk_name_format',
      'chk_name_no_whitespace_only',
      'chk_directory_format',
      'chk_directory_no_backslash',
      'chk_extension_format',
      'chk_depth',
      'chk_depth_reasonable',
      'chk_size_bytes',
      'chk_content_size_match',
      'chk_checksum_format',
      'chk_pgmi_checksum_format',
      'chk_path_parts_not_empty',
      'chk_depth_path_parts',
      'chk_path_parts_no_empty_strings',
      'chk_path_parts_first_element',
      'chk_path_parts_last_element',
      'chk_parent_folder_depth',
      'chk_parent_folder_no_slash',
      'chk_path_directory_match',
      'chk_path_is_not_test',
      'chk_test_dir_path_format',
      'chk_test_dir_ends_slash',
      'fk_test_source_directory',
      'chk_test_source_path_format',
    ])
      expect(names).toContain(n);
    const idx = await rows<{ relname: string }>(
      `SELECT relname FROM pg_class WHERE relnamespace = pg_my_temp_schema() AND relkind = 'i'
          AND relname LIKE 'ix_%' ORDER BY relname`,
    );
    expect(idx.map((i) => i.relname)).toEqual([
      'ix_pgmi_source_metadata_sort_keys',
      'ix_pgmi_test_directory_parent',
      'ix_pgmi_test_source_directory',
    ]);
  });

  it('the directory and checksum CHECKs accept exactly what their documented patterns do', async () => {
    // Each constraint's expression as stored, evaluated against the pattern the spec gives it
    // (they are written without those regexes, for speed).
    const exprOf = async (name: string) =>
      (
        await rows<{ expr: string }>(
          `SELECT pg_get_expr(c.conbin, c.conrelid) AS expr FROM pg_constraint c
             JOIN pg_class r ON r.oid = c.conrelid
            WHERE r.relnamespace = pg_my_temp_schema() AND c.conname = $1`,
          [name],
        )
      )[0].expr;
    const disagreements = async (column: string, name: string, pattern: string, values: string[]) =>
      rows<{ v: string; check: boolean; pattern: boolean }>(
        `SELECT v, coalesce(ok, false) AS check, v ~ $2 AS pattern
           FROM (SELECT ${column} AS v, (${await exprOf(name)}) AS ok
                   FROM unnest($1::text[]) AS u (${column})) t
          WHERE coalesce(ok, false) <> (v ~ $2)`,
        [values, pattern],
      );
    const dirs = [
      './',
      './a/',
      './a/b/',
      './.a/',
      './../',
      './././',
      './a b/c/',
      './é/ü/',
      './a\n/',
      '',
      '.',
      '/',
      './a',
      './/',
      './a//',
      './/a/',
      './/',
      'a/',
      '../',
      '.\\/',
      '../a/',
      './a/b',
      ' ./',
      './ ',
      './a/ ',
      '.%/',
      '._/',
      './%/',
      'x./a/',
    ];
    expect(
      await disagreements('directory', 'chk_directory_format', '^[.]/([^/]+/)*$', dirs),
    ).toEqual([]);
    const hex64 = 'a'.repeat(64);
    const sums = [
      'a'.repeat(31),
      'a'.repeat(32),
      hex64,
      'a'.repeat(65),
      'A0f9'.repeat(8),
      'g'.repeat(32),
      `${hex64.slice(1)}é`,
      'é'.repeat(32),
      `${'a'.repeat(31)}é`,
      ' '.repeat(32),
      '',
      `${'0'.repeat(40)}\n`,
      `${'b'.repeat(20)}-${'b'.repeat(20)}`,
    ];
    for (const name of ['chk_checksum_format', 'chk_pgmi_checksum_format']) {
      const column = name === 'chk_checksum_format' ? 'checksum' : 'pgmi_checksum';
      expect(await disagreements(column, name, '^[0-9A-Fa-f]{32,64}$', sums)).toEqual([]);
    }
  });
});

describe('preparation', () => {
  it('core#39: preparing a session prints no notice at the default level, also when repeated', async () => {
    const s = await sessionClient(db);
    try {
      await prepareSession(s.client, { files: sampleFiles(), params: { env: 'dev' } });
      await prepareSession(s.client, { files: sampleFiles(), params: { env: 'dev' } });
      await s.client.query('SELECT 1');
      expect(s.notices).toEqual([]);
      const [r] = (await s.client.query('SELECT count(*)::int AS n FROM pgmi_source_view')).rows;
      expect(r.n).toBe(3);
    } finally {
      await s.client.end();
    }
  });

  it('decisions#16: with client_min_messages = debug the preparation is still silent, and the level stays debug', async () => {
    const s = await sessionClient(db);
    try {
      await s.client.query('SET client_min_messages = debug');
      await prepareSession(s.client, { files: sampleFiles(), params: { env: 'dev' } });
      await prepareSession(s.client, { files: sampleFiles(), params: { env: 'dev' } });
      expect(s.notices).toEqual([]);
      const r = await s.client.query(`SELECT current_setting('client_min_messages') AS level`);
      expect(r.rows[0].level).toMatch(/^debug/);
      await s.client.query(`DO $$ BEGIN RAISE DEBUG 'from deploy.sql'; END $$`);
      expect(s.notices.map((n) => n.message)).toEqual(['from deploy.sql']);
    } finally {
      await s.client.end();
    }
  });

  it('a session at a quieter level than warning keeps it', async () => {
    const s = await sessionClient(db);
    try {
      await s.client.query('SET client_min_messages = error');
      await prepareSession(s.client, { files: sampleFiles(), params: {} });
      const r = await s.client.query(`SELECT current_setting('client_min_messages') AS level`);
      expect(r.rows[0].level).toBe('error');
    } finally {
      await s.client.end();
    }
  });

  it('leaves no transaction open and returns the scanned-file and parameter counts', async () => {
    const s = await sessionClient(db);
    try {
      const r = await prepareSession(s.client, {
        files: sampleFiles(),
        params: { a: '1', b: '2' },
        compat: '1',
      });
      expect(r).toMatchObject({ filesLoaded: sampleFiles().length, parameters: 2 });
      const [{ n }] = (
        await s.client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE pid = pg_backend_pid() AND backend_xid IS NOT NULL`,
        )
      ).rows;
      expect(n).toBe(0);
      // A ROLLBACK right away must not undo anything: it was all committed.
      await s.client.query('ROLLBACK');
      const [c] = (await s.client.query('SELECT count(*)::int AS n FROM pgmi_test_source_view'))
        .rows;
      expect(c.n).toBe(6);
    } finally {
      await s.client.end();
    }
  });

  it('an unknown API version is a config error before anything is created', async () => {
    const s = await sessionClient(db);
    try {
      const p = prepareSession(s.client, { files: [], params: {}, compat: '2' as '1' });
      await expect(p).rejects.toBeInstanceOf(ConfigError);
      await expect(p).rejects.toThrow(
        'invalid configuration: unsupported API version "2"; supported: [1]',
      );
      const r = await s.client.query(`SELECT to_regclass('pg_temp._pgmi_source') IS NULL AS none`);
      expect(r.rows[0].none).toBe(true);
    } finally {
      await s.client.end();
    }
  });

  it('a failure rolls the whole preparation back and leaves the connection usable', async () => {
    const s = await sessionClient(db);
    try {
      const files = [projectFile('./a.sql', 'SELECT 1;'), projectFile('a.sql', 'SELECT 2;')];
      await expect(prepareSession(s.client, { files, params: {} })).rejects.toMatchObject({
        code: '23505',
      });
      const r = await s.client.query(`SELECT to_regclass('pg_temp._pgmi_source') IS NULL AS none`);
      expect(r.rows[0].none).toBe(true);
    } finally {
      await s.client.end();
    }
  });

  it('uses the same number of round trips for 3 files as for 600', async () => {
    const countQueries = async (n: number): Promise<number> => {
      const s = await sessionClient(db);
      let calls = 0;
      const original = s.client.query.bind(s.client) as (...a: unknown[]) => unknown;
      (s.client as unknown as { query: (...a: unknown[]) => unknown }).query = (
        ...a: unknown[]
      ) => {
        calls++;
        return original(...a);
      };
      const files = [];
      for (let i = 0; i < n; i++) {
        files.push(projectFile(`./m/${i}.sql`, `SELECT ${i};`, meta(uuidFor(i), [`${i}`])));
        files.push(projectFile(`./__test__/d${i}/test_${i}.sql`, `SELECT ${i};`));
      }
      try {
        await prepareSession(s.client, { files, params: { p: 'v' } });
      } finally {
        await s.client.end();
      }
      return calls;
    };
    const small = await countQueries(3);
    expect(await countQueries(300)).toBe(small);
    // BEGIN, schema, files, test directories, test files, metadata, ANALYZE, parameters, contract, COMMIT.
    expect(small).toBe(10);
  });
});

function uuidFor(i: number): string {
  return `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}
