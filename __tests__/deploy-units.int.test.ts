/** conformance-core.md sections G (execution units) and H (error reporting and output). */
import { connFlags, runPgmi } from './helpers/cli';
import { createTestDatabase, dropTestDatabase, query } from './helpers/db';
import { makeProject, removeProjects } from './helpers/project';

const conn = connFlags();
let db: string;
const deploy = (
  files: Record<string, string>,
  extra: string[] = [],
  env: Record<string, string | undefined> = {},
) =>
  runPgmi(['deploy', makeProject(files), ...conn.args, '-d', db, ...extra], {
    env: { ...conn.env, ...env },
  });
const deploySql = (
  sql: string,
  extra: string[] = [],
  env: Record<string, string | undefined> = {},
) => deploy({ 'deploy.sql': sql }, extra, env);

beforeEach(async () => {
  db = await createTestDatabase('units');
});
afterEach(async () => {
  await dropTestDatabase(db);
});
afterAll(() => removeProjects());

async function exists(table: string): Promise<boolean> {
  return (
    (await query<{ t: string | null }>(db, 'SELECT to_regclass($1)::text AS t', [table]))[0].t !==
    null
  );
}

describe('G. execution units', () => {
  it('core#83: CREATE INDEX CONCURRENTLY in the tail, interleaved with transactions', async () => {
    const r = await deploySql(`BEGIN;
CREATE TABLE p (id int PRIMARY KEY, v int);
INSERT INTO p SELECT g, 0 FROM generate_series(1, 100) g;
COMMIT;
CREATE INDEX CONCURRENTLY i1 ON p (v);
BEGIN;
UPDATE p SET v = 1;
COMMIT;
CREATE INDEX CONCURRENTLY i2 ON p (id, v);
`);
    expect(r.code).toBe(0);
    const idx = await query(
      db,
      "SELECT indexrelid::regclass::text AS i, indisvalid FROM pg_index WHERE indrelid = 'p'::regclass AND indexrelid::regclass::text IN ('i1','i2') ORDER BY 1",
    );
    expect(idx).toEqual([
      { i: 'i1', indisvalid: true },
      { i: 'i2', indisvalid: true },
    ]);
    expect(await query(db, 'SELECT count(*)::int n FROM p WHERE v = 1')).toEqual([{ n: 100 }]);
  });

  it('core#84 (decisions.md 6): a failed tail transaction; unitsCommitted counts only what committed', async () => {
    const sql = `BEGIN; CREATE TABLE head_t (id int); COMMIT;
CREATE TABLE tail_before (id int);
BEGIN;
INSERT INTO tail_before VALUES (1);
SELECT 1/0;
COMMIT;
`;
    const r = await deploySql(sql);
    expect(r.code).toBe(13);
    expect(await exists('head_t')).toBe(true);
    expect(await exists('tail_before')).toBe(true);
    expect(await query(db, 'SELECT * FROM tail_before')).toEqual([]);
    expect(r.stderr).toContain('(unit 5 of 6 failed; 2 earlier unit(s) already committed)');
    const j = await deploySql(sql.replace(/head_t/g, 'head_u').replace(/tail_before/g, 'tail_b2'), [
      '--json',
    ]);
    expect(JSON.parse(j.stdout)).toMatchObject({
      executionMode: 'psql',
      executionUnits: 6,
      unitsCommitted: 2,
    });
  });

  it('core#85: an atomic failure rolls back the head and never mentions units', async () => {
    const r = await deploySql('BEGIN; CREATE TABLE a (); SELECT 1/0; COMMIT; CREATE TABLE b ();', [
      '--json',
    ]);
    expect(r.code).toBe(13);
    expect(JSON.parse(r.stdout)).toMatchObject({ executionMode: 'atomic', unitsCommitted: 0 });
    expect(await exists('a')).toBe(false);
    expect(await exists('b')).toBe(false);
    const t = await deploySql('BEGIN; CREATE TABLE a (); SELECT 1/0; COMMIT;');
    expect(t.stderr).toMatch(/✗ .*: failed after \d+\.\d\ds\n/);
    expect(t.stderr).not.toMatch(/unit \d+ of/);
  });

  it('core#86: a bare COMMIT; the tail reads the session views; the server warning is forwarded', async () => {
    const r = await deploy({
      'deploy.sql':
        'SELECT 1; COMMIT; CREATE TABLE tail_probe AS SELECT count(*)::int n FROM pg_temp.pgmi_source_view;',
      'one.sql': 'SELECT 1;',
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('there is no transaction in progress');
    expect(await query(db, 'SELECT n FROM tail_probe')).toEqual([{ n: 1 }]);
  });

  it('core#87: CREATE INDEX CONCURRENTLY inside the head, or through EXECUTE, is 25001', async () => {
    const head = await deploySql(
      'CREATE TABLE t (id int); CREATE INDEX CONCURRENTLY ti ON t (id);',
      ['--json'],
    );
    expect(head.code).toBe(13);
    expect(JSON.parse(head.stdout).sqlstate).toBe('25001');
    const exec = await deploySql(
      "CREATE TABLE t2 (id int); COMMIT; DO $$ BEGIN EXECUTE 'CREATE INDEX CONCURRENTLY t2i ON t2 (id)'; END $$;",
      ['--json'],
    );
    expect(exec.code).toBe(13);
    expect(JSON.parse(exec.stdout).sqlstate).toBe('25001');
    const alone = await deploySql(
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS lone ON pg_temp.nonexistent (id);',
      ['--json'],
    );
    expect(JSON.parse(alone.stdout).sqlstate).not.toBe('25001');
  });

  it('core#88: no terminator: one implicit transaction, nothing persists on failure', async () => {
    const r = await deploySql(
      'CREATE TABLE implicit_t (id int);\nINSERT INTO implicit_t VALUES (1);\nSELECT 1/0;\n',
      ['--json'],
    );
    expect(r.code).toBe(13);
    expect(JSON.parse(r.stdout).executionUnits).toBe(1);
    expect(await exists('implicit_t')).toBe(false);
  });

  it('core#90 (decisions.md 1): a transaction left open is an error and nothing from it commits', async () => {
    const r = await deploySql('BEGIN; CREATE TABLE t_open (); ');
    expect(r.code).toBe(13);
    expect(r.stderr).toContain('open transaction');
    expect(r.stderr).toContain('nothing from that transaction was committed');
    expect(await exists('t_open')).toBe(false);
    const chain = await deploySql(
      'BEGIN; CREATE TABLE t_chain1 (); COMMIT AND CHAIN; CREATE TABLE t_chain2 ();',
    );
    expect(chain.code).toBe(13);
    expect(await exists('t_chain1')).toBe(true);
    expect(await exists('t_chain2')).toBe(false);
  });

  it('core#91: an empty deploy.sql (comments only) on an empty project', async () => {
    const r = await deploySql('-- nothing to do\n/* really */\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/: 0 files loaded in /);
  });
});

describe('H. error reporting and output', () => {
  it('core#92: a location after a macro is in the expanded script, said so, with the source line and caret', async () => {
    const r = await deploy(
      {
        'deploy.sql': 'BEGIN;\nCALL pgmi_test();\nCOMMIT;\nSELEC 1;\n',
        '__test__/test_ok.sql': 'SELECT 1;',
      },
      ['--json'],
    );
    expect(r.code).toBe(13);
    const doc = JSON.parse(r.stdout);
    expect(doc.line).toBeGreaterThan(4);
    expect(doc.sourceLine).toBe('SELEC 1;');
    expect(doc.scriptExpanded).toBe(true);
    const t = await deploy({
      'deploy.sql': 'BEGIN;\nCALL pgmi_test();\nCOMMIT;\nSELEC 1;\n',
      '__test__/test_ok.sql': 'SELECT 1;',
    });
    expect(t.stderr).toContain('LOCATION: deploy.sql line');
    expect(t.stderr).toContain('(of the expanded script');
    expect(t.stderr).toMatch(/LINE \d+: SELEC 1;\n {4,}\^/);
  });

  it('core#93: a tail error keeps the line and column of the file', async () => {
    const r = await deploySql("SELECT 1;\nCOMMIT;\nSELECT 'a';\nSELEC 2;", ['--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({
      line: 4,
      column: 1,
      sourceLine: 'SELEC 2;',
      scriptExpanded: false,
    });
  });

  it('core#94: positions count characters, not bytes', async () => {
    const r = await deploySql("SELECT 'héllo wörld — ünicode';\nSELEC 2;", ['--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ line: 2, column: 1 });
    const e = await deploySql("SELECT '😀😀', 1 +;", ['--json']);
    // `;` is the 17th character (UTF-16 would say 19, bytes 23).
    expect(JSON.parse(e.stdout)).toMatchObject({ line: 1, column: 17 });
  });

  it('core#95: a runtime error without a position has no location', async () => {
    const r = await deploySql('SELECT 1/0;', ['--json']);
    const doc = JSON.parse(r.stdout);
    for (const k of ['script', 'line', 'column', 'sourceLine', 'scriptExpanded'])
      expect(doc).not.toHaveProperty(k);
    const t = await deploySql('SELECT 1/0;');
    expect(t.stderr).not.toContain('LOCATION:');
  });

  it('core#96: DETAIL, HINT and WHERE lines; empty ones omitted', async () => {
    const r = await deploySql(
      "DO $$ BEGIN RAISE EXCEPTION 'boom' USING DETAIL = 'the detail', HINT = 'the hint'; END $$;",
    );
    expect(r.stderr).toContain('DETAIL: the detail');
    expect(r.stderr).toContain('HINT: the hint');
    expect(r.stderr).toContain('WHERE: PL/pgSQL function inline_code_block line 1 at RAISE');
    const plain = await deploySql("DO $$ BEGIN RAISE EXCEPTION 'no extras'; END $$;");
    expect(plain.stderr).not.toContain('DETAIL:');
    expect(plain.stderr).not.toContain('HINT:');
  });

  it('core#100: passwords in error text are redacted, context kept', async () => {
    const r = await deploySql(
      "DO $$ BEGIN RAISE EXCEPTION 'cannot reach postgresql://admin:p@ssw0rd@db.example.com:5432/prod: connection refused (password=hunter2)'; END $$;",
      ['--json'],
    );
    const all = r.stdout + r.stderr;
    expect(all).not.toContain('p@ssw0rd');
    expect(all).not.toContain('hunter2');
    expect(JSON.parse(r.stdout).error).toContain(
      'postgresql://admin:[redacted]@db.example.com:5432/prod: connection refused',
    );
  });

  it('core#101: summary lines, with NO_COLOR words', async () => {
    const ok = await deploySql('SELECT 1;');
    expect(ok.stderr).toMatch(new RegExp(`✓ ${db}: 0 files loaded in \\d+\\.\\d\\ds`));
    const plain = await deploySql('SELECT 1;', [], { NO_COLOR: '1' });
    expect(plain.stderr).toMatch(new RegExp(`ok ${db}: 0 files loaded in \\d+\\.\\d\\ds`));
    const fail = await deploySql('SELECT 1/0;', [], { NO_COLOR: '1' });
    expect(fail.stderr).toMatch(new RegExp(`FAILED ${db}: failed after \\d+\\.\\d\\ds`));
  });

  it('core#102: on failure the summary comes first, then the error block last', async () => {
    const r = await deploySql('SELECT 1/0;');
    const lines = r.stderr.trimEnd().split('\n');
    const summary = lines.findIndex((l) => l.startsWith('✗ '));
    const error = lines.findIndex((l) => l.startsWith('pgmi: error: '));
    expect(summary).toBeGreaterThanOrEqual(0);
    expect(error).toBe(summary + 1);
  });

  it('core#103: notices are bare with DETAIL/HINT; DEBUG only with --verbose, time-stamped', async () => {
    const sql =
      "DO $$ BEGIN RAISE NOTICE 'visible' USING DETAIL = 'd1', HINT = 'h1'; RAISE DEBUG 'only verbose'; END $$;";
    const quiet = await deploySql(sql);
    expect(quiet.stderr).toMatch(/^visible$/m);
    expect(quiet.stderr).toMatch(/^DETAIL: d1$/m);
    expect(quiet.stderr).toMatch(/^HINT: h1$/m);
    expect(quiet.stderr).not.toContain('NOTICE:');
    expect(quiet.stderr).not.toContain('only verbose');
    const loud = await deploySql(sql, ['--verbose']);
    expect(loud.stderr).toMatch(/^\[\d+\.\d\ds\] only verbose$/m);
    expect(loud.stderr).toMatch(/^\[\d+\.\d\ds\] visible$/m);
  });

  it('core#104 / decisions.md 16: --verbose shows no secret, no parameter value, no DEBUG from pgmi itself', async () => {
    const r = await deploySql('SELECT 1;', [
      '--verbose',
      '--param',
      'db_password=Sup3r-Secret-Value',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('Sup3r-Secret-Value');
    expect(r.stderr).not.toContain(conn.env.PGPASSWORD);
    expect(r.stderr).toContain('[VERBOSE] Connection resolved:');
    expect(r.stderr).not.toMatch(/\] (CREATE TABLE|building index|drop auto-cascades)/);
  });
});
