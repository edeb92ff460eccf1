/**
 * conformance-core.md sections C (loading, via the CLI), D (parameters) and E (test machinery),
 * end to end through the CLI bundle. The session objects themselves are covered in session-*.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { connFlags, runPgmi } from './helpers/cli';
import { createTestDatabase, dropTestDatabase, query } from './helpers/db';
import { makeProject, removeProjects } from './helpers/project';

const conn = connFlags();
let db: string;
const deploy = (files: Record<string, string>, extra: string[] = []) =>
  runPgmi(['deploy', makeProject(files), ...conn.args, '-d', db, ...extra], { env: conn.env });

beforeEach(async () => {
  db = await createTestDatabase('gate');
});
afterEach(async () => {
  await dropTestDatabase(db);
});
afterAll(() => removeProjects());

describe('C. what gets loaded', () => {
  it('core#40: skips hidden, node_modules, __pycache__ and the root deploy.sql; loads everything else', async () => {
    const r = await deploy({
      'deploy.sql':
        'CREATE TABLE loaded AS SELECT path, is_sql_file FROM pg_temp.pgmi_source_view; CREATE TABLE tests AS SELECT path FROM pg_temp.pgmi_test_source_view;',
      'migrations/001.sql': 'SELECT 1;',
      'migrations/001.sql~': 'backup',
      'README.md': '# readme',
      'sub/deploy.sql': 'SELECT 2;',
      '.env': 'X=1',
      '.git/x': 'git',
      'node_modules/a.js': 'js',
      '__pycache__/c.pyc': 'pyc',
      '__test__/test_a.sql': 'SELECT 1;',
      '__test__/notes.md': 'notes',
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('6 files loaded');
    expect(
      await query(db, 'SELECT path, is_sql_file FROM loaded ORDER BY path COLLATE "C"'),
    ).toEqual([
      { path: './README.md', is_sql_file: false },
      { path: './migrations/001.sql', is_sql_file: true },
      { path: './migrations/001.sql~', is_sql_file: false },
      { path: './sub/deploy.sql', is_sql_file: true },
    ]);
    expect(await query(db, 'SELECT path FROM tests')).toEqual([{ path: './__test__/test_a.sql' }]);
  });
});

describe('D. parameters', () => {
  it('core#48/49/53: --param values become pgmi.* settings and rows; keys are lower-cased', async () => {
    const r = await deploy(
      {
        'deploy.sql': `CREATE TABLE p AS SELECT current_setting('pgmi.env') env, current_setting('pgmi.apiVersion', true) api,
          current_setting('pgmi.nonexistent', true) missing, (SELECT array_agg(key ORDER BY key) FROM pg_temp.pgmi_parameter_view) keys,
          (SELECT count(*) FROM pg_temp.pgmi_parameter_view WHERE key = 'apiVersion')::int exact;`,
      },
      ['--param', 'env=production', '--param', 'apiVersion=2'],
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Loaded 2 parameters');
    expect(await query(db, 'SELECT * FROM p')).toEqual([
      { env: 'production', api: '2', missing: null, keys: ['apiversion', 'env'], exact: 0 },
    ]);
  });

  it('core#50: precedence pgmi.yaml < params files in order < --param', async () => {
    const project = makeProject({
      'deploy.sql': 'CREATE TABLE p AS SELECT key, value FROM pg_temp.pgmi_parameter_view;',
      'pgmi.yaml': 'params:\n    env: dev\n    region: yaml-region\n    only_yaml: y\n',
    });
    const f1 = path.join(project, 'base.params');
    const f2 = path.join(project, 'staging.params');
    writeFileSync(f1, 'env=staging\nregion=eu-west\napi_key="file_secret"\n');
    writeFileSync(f2, 'region=eu-central\n');
    const r = await runPgmi(
      [
        'deploy',
        project,
        ...conn.args,
        '-d',
        db,
        '--params-file',
        f1,
        '--params-file',
        f2,
        '--param',
        'env=production',
        '--param',
        'version=1.2.3',
      ],
      { env: conn.env },
    );
    expect(r.code).toBe(0);
    const rows = await query<{ key: string; value: string }>(
      db,
      'SELECT key, value FROM p ORDER BY key',
    );
    expect(Object.fromEntries(rows.map((x) => [x.key, x.value]))).toEqual({
      api_key: 'file_secret',
      env: 'production',
      only_yaml: 'y',
      region: 'eu-central',
      version: '1.2.3',
    });
  });

  it('core#51: invalid keys are exit 10 before connecting', async () => {
    for (const bad of ['1abc=v', 'bad-key=x', `${'a'.repeat(64)}=x`]) {
      const r = await deploy({ 'deploy.sql': 'SELECT 1;' }, ['--param', bad]);
      expect(r.code).toBe(10);
      expect(r.stderr).toContain('invalid parameter key');
    }
    expect(
      (
        await deploy({ 'deploy.sql': 'SELECT 1;' }, [
          '--param',
          `${'a'.repeat(63)}=x`,
          '--param',
          '_private=1',
        ])
      ).code,
    ).toBe(0);
  });

  it('core#52: special values round-trip exactly', async () => {
    const value = 'spaces  and "quotes" \'single\' = equals\nnew line';
    const r = await deploy(
      { 'deploy.sql': "CREATE TABLE v AS SELECT current_setting('pgmi.special') s;" },
      ['--param', `special=${value}`],
    );
    expect(r.code).toBe(0);
    expect(await query(db, 'SELECT s FROM v')).toEqual([{ s: value }]);
  });

  it('core#54: pgmi.* settings survive the head COMMIT and a ROLLBACK', async () => {
    const r = await deploy(
      {
        'deploy.sql':
          "BEGIN; SELECT 1; ROLLBACK; CREATE TABLE after_rb AS SELECT current_setting('pgmi.env') e; BEGIN; COMMIT; CREATE TABLE after_c AS SELECT current_setting('pgmi.env') e;",
      },
      ['--param', 'env=kept'],
    );
    expect(r.code).toBe(0);
    expect(await query(db, 'SELECT e FROM after_rb')).toEqual([{ e: 'kept' }]);
    expect(await query(db, 'SELECT e FROM after_c')).toEqual([{ e: 'kept' }]);
  });

  it('core#55: a failing statement built from a parameter never shows the value', async () => {
    const r = await deploy(
      {
        'deploy.sql':
          "DO $$ BEGIN EXECUTE 'SELECT ' || current_setting('pgmi.db_password') || ' FROM'; END $$;",
      },
      ['--param', 'db_password=Zz9-secret-Qq', '--json'],
    );
    expect(r.code).toBe(13);
    expect(JSON.parse(r.stdout).sqlstate).toBe('42601');
    // The server quotes the failing text itself (QUERY/WHERE); pgmi must not add the value anywhere else.
    expect(r.stderr.replace(/WHERE: [^\n]*/g, '')).not.toContain('Zz9-secret-Qq');
  });

  it('core#56 (decisions.md 3): keys differing by case merge across sources; within one source they are exit 10', async () => {
    const across = makeProject({
      'deploy.sql': "CREATE TABLE c AS SELECT current_setting('pgmi.env') e;",
      'pgmi.yaml': 'params:\n    Env: from-yaml\n',
    });
    const r = await runPgmi(['deploy', across, ...conn.args, '-d', db, '--param', 'ENV=from-cli'], {
      env: conn.env,
    });
    expect(r.code).toBe(0);
    expect(await query(db, 'SELECT e FROM c')).toEqual([{ e: 'from-cli' }]);
    const within = await deploy({ 'deploy.sql': 'SELECT 1;' }, [
      '--param',
      'Env=a',
      '--param',
      'env=b',
    ]);
    expect(within.code).toBe(10);
    expect(within.stderr).toContain('Env');
    expect(within.stderr).toContain('env');
  });
});

describe('E. test machinery', () => {
  const fixtureTests = {
    'deploy.sql': 'BEGIN;\nCREATE TABLE person (name text);\nCALL pgmi_test();\nCOMMIT;\n',
    '__test__/_setup.sql': "INSERT INTO person VALUES ('Alice'), ('Bob');",
    '__test__/test_count.sql':
      "DO $$ BEGIN IF (SELECT count(*) FROM person) IS DISTINCT FROM 2 THEN RAISE EXCEPTION 'expected 2'; END IF; END $$;",
    '__test__/test_insert.sql': "INSERT INTO person VALUES ('Carol');",
  };

  it('core#57: fixture and tests run in order; nothing from them persists', async () => {
    const r = await deploy(fixtureTests);
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('[pgmi]'));
    expect(lines).toEqual([
      '[pgmi] Test suite started',
      '[pgmi] Fixture: ./__test__/_setup.sql',
      '[pgmi] Test: ./__test__/test_count.sql',
      '[pgmi] Test: ./__test__/test_insert.sql',
      '[pgmi] Test suite completed (4 steps)',
    ]);
    expect(await query(db, 'SELECT * FROM person')).toEqual([]);
  });

  it('core#58: a failing test → 13, failedFile, P0001, head rolled back', async () => {
    const r = await deploy(
      {
        ...fixtureTests,
        '__test__/test_fail.sql': "DO $$ BEGIN RAISE EXCEPTION 'Intentional failure'; END $$;",
      },
      ['--json'],
    );
    expect(r.code).toBe(13);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ failedFile: './__test__/test_fail.sql', sqlstate: 'P0001' });
    expect(doc.error).toContain('Failed in ./__test__/test_fail.sql: Intentional failure');
    expect(await query(db, "SELECT to_regclass('person')::text t")).toEqual([{ t: null }]);
  });

  it('core#59: a failing fixture stops its tests', async () => {
    const r = await deploy({
      ...fixtureTests,
      '__test__/_setup.sql': "DO $$ BEGIN RAISE EXCEPTION 'Fixture explosion'; END $$;",
    });
    expect(r.code).toBe(13);
    expect(r.stderr).toContain('Fixture explosion');
    expect(r.stderr).not.toContain('[pgmi] Test: ');
  });

  it('core#61: no tests, or a pattern matching nothing → 13 with P0002 and a hint', async () => {
    const none = await deploy({ 'deploy.sql': 'BEGIN; CALL pgmi_test(); COMMIT;' }, ['--json']);
    expect(none.code).toBe(13);
    expect(JSON.parse(none.stdout)).toMatchObject({ sqlstate: 'P0002', hint: expect.any(String) });
    expect(JSON.parse(none.stdout).error).toContain('pgmi: no tests were discovered');
    const nomatch = await deploy({
      ...fixtureTests,
      'deploy.sql': "BEGIN; CALL pgmi_test('nothing-matches'); COMMIT;",
    });
    expect(nomatch.code).toBe(13);
    expect(nomatch.stderr).toContain('no tests matched the requested pattern');
  });

  it('core#62: a pattern selects tests', async () => {
    const r = await deploy({
      'deploy.sql': "BEGIN; CALL pgmi_test('.*/passing/.*'); COMMIT;",
      '__test__/passing/test_ok.sql': 'SELECT 1;',
      '__test__/failing/test_bad.sql': 'SELECT 1/0;',
    });
    expect(r.code).toBe(0);
  });

  it('core#68/#69/#72 (decisions.md 2, 5): bad callback, bad pattern, macro in a DO block → exit 10 naming deploy.sql and the line', async () => {
    const cb = await deploy({
      'deploy.sql': "BEGIN;\nCALL pgmi_test(NULL, 'DROP TABLE users; --');\nCOMMIT;",
    });
    expect(cb.code).toBe(10);
    expect(cb.stderr).toContain('invalid callback');
    expect(cb.stderr).toMatch(/deploy\.sql line 2/);
    const re = await deploy({ 'deploy.sql': "BEGIN;\n\nCALL pgmi_test('./users/**');\nCOMMIT;" });
    expect(re.code).toBe(10);
    expect(re.stderr).toContain('Invalid regex pattern: ./users/**');
    const inDo = await deploy({ 'deploy.sql': 'DO $$ BEGIN\n  CALL pgmi_test();\nEND $$;' });
    expect(inDo.code).toBe(10);
    expect(inDo.stderr).toMatch(/deploy\.sql line 2/);
  });

  it('core#67: an unqualified callback fails at run time with 42883', async () => {
    const r = await deploy(
      { ...fixtureTests, 'deploy.sql': "BEGIN; CALL pgmi_test(NULL, 'my_callback'); COMMIT;" },
      ['--json'],
    );
    expect(r.code).toBe(13);
    expect(JSON.parse(r.stdout).sqlstate).toBe('42883');
  });

  it('core#70/core#71: a macro outside BEGIN fails with 25P01 and says what to do; wrapped in the tail it works', async () => {
    const bare = await deploy(
      { ...fixtureTests, 'deploy.sql': 'CREATE TABLE person (name text);\nCALL pgmi_test();' },
      ['--json'],
    );
    expect(bare.code).toBe(13);
    expect(JSON.parse(bare.stdout).sqlstate).toBe('25P01');
    const tail = await deploy({
      ...fixtureTests,
      'deploy.sql': 'BEGIN; CREATE TABLE person (name text); COMMIT;\nCALL pgmi_test();',
    });
    expect(tail.code).toBe(13);
    expect(tail.stderr).toMatch(/unit \d+ of \d+ failed/);
    expect(tail.stderr).toContain('BEGIN');
    const wrapped = await deploy({
      ...fixtureTests,
      'deploy.sql':
        'BEGIN; CREATE TABLE IF NOT EXISTS person (name text); COMMIT;\nBEGIN; CALL pgmi_test(); COMMIT;',
    });
    expect(wrapped.code).toBe(0);
  });

  it('core#73: two macros', async () => {
    const r = await deploy(
      {
        'deploy.sql': "BEGIN; CALL pgmi_test('a'); CALL pgmi_test('b'); COMMIT;",
        '__test__/test_a.sql': 'SELECT 1;',
        '__test__/test_b.sql': 'SELECT 1;',
      },
      ['--json'],
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).testMacros).toBe(2);
  });

  it('core#74: a TAP callback built on a temp sequence', async () => {
    const r = await deploy({
      'deploy.sql': `BEGIN;
CREATE TEMP SEQUENCE tap_n;
CREATE FUNCTION pg_temp.tap(e pg_temp.pgmi_test_event) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF e.event = 'suite_start' THEN RAISE NOTICE 'TAP version 14'; RAISE NOTICE '1..2';
  ELSIF e.event = 'test_end' THEN RAISE NOTICE 'ok % - %', nextval('tap_n'), e.path;
  END IF;
END $$;
CALL pgmi_test(NULL, 'pg_temp.tap');
COMMIT;`,
      '__test__/test_insert.sql': 'SELECT 1;',
      '__test__/test_update.sql': 'SELECT 1;',
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'TAP version 14\n1..2\nok 1 - ./__test__/test_insert.sql\nok 2 - ./__test__/test_update.sql',
    );
  });

  it('core#79: --verbose shows the rollback and teardown lines', async () => {
    const r = await deploy(fixtureTests, ['--verbose']);
    expect(r.stderr).toMatch(/\[\d+\.\d\ds\] \[pgmi\] Rollback: \.\/__test__\/test_count\.sql/);
    expect(r.stderr).toMatch(/\[\d+\.\d\ds\] \[pgmi\] Teardown: \.\/__test__\//);
    const quiet = await deploy(fixtureTests);
    expect(quiet.stderr).not.toContain('Rollback:');
  });

  it('JUnit and TAP reports from the CLI carry one case per test, the failure with file and SQLSTATE', async () => {
    const project = makeProject({
      ...fixtureTests,
      '__test__/test_zfail.sql':
        "DO $$ BEGIN RAISE EXCEPTION 'nope password=hunter2 here' USING DETAIL = 'dsn postgresql://u:hunter2@db/x'; END $$;",
    });
    const junit = path.join(project, 'out', 'junit.xml');
    const tap = path.join(project, 'out', 'results.tap');
    const r = await runPgmi(
      ['deploy', project, ...conn.args, '-d', db, '--junit-report', junit, '--tap', tap],
      { env: conn.env },
    );
    expect(r.code).toBe(13);
    const { readFileSync } = await import('node:fs');
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain(
      '<testcase name="test_count.sql" classname="./__test__/" file="./__test__/test_count.sql"',
    );
    expect(xml).toMatch(
      /<testcase name="test_zfail.sql"[^>]*>\s*<failure message="Failed in \.\/__test__\/test_zfail\.sql: nope password=\[redacted\] here" type="SQLSTATE P0001">/,
    );
    expect(xml).toContain('tests="3" failures="1"');
    expect(xml).not.toContain('hunter2');
    const t = readFileSync(tap, 'utf8');
    expect(t).not.toContain('hunter2');
    expect(t).toContain(
      'TAP version 14\n1..4\nok 1 - ./__test__/_setup.sql (fixture)\nok 2 - ./__test__/test_count.sql\nok 3 - ./__test__/test_insert.sql\nnot ok 4 - ./__test__/test_zfail.sql',
    );
  });
});
