/**
 * The core deploy, end to end through the built CLI against the real test server:
 * test-gated commits, JSON on stdout only, failures located in project files.
 */
import { connFlags, runPgmi } from './helpers/cli';
import {
  createTestDatabase,
  dropTestDatabase,
  query,
  uniqueDbName,
  databaseExists,
} from './helpers/db';
import { MIGRATE_AND_TEST, MIGRATE_ONLY, makeProject, removeProjects } from './helpers/project';

const conn = connFlags();
const deploy = (project: string, db: string, extra: string[] = []) =>
  runPgmi(['deploy', project, ...conn.args, '-d', db, ...extra], { env: conn.env });

afterAll(() => removeProjects());

async function tableExists(db: string, table: string): Promise<boolean> {
  const rows = await query<{ t: string | null }>(db, 'SELECT to_regclass($1)::text AS t', [table]);
  return rows[0].t !== null;
}

describe('test-gated deploy', () => {
  const files = {
    'deploy.sql': MIGRATE_AND_TEST,
    'migrations/001_widgets.sql':
      'CREATE TABLE widgets (id int PRIMARY KEY, name text NOT NULL);\n',
    '__test__/test_widgets.sql': "INSERT INTO widgets VALUES (1, 'a');\n",
  };

  it('a failing __test__ file: exit 13, stderr names the test file, the migration is rolled back', async () => {
    const project = makeProject({
      ...files,
      '__test__/test_fails.sql': "DO $$ BEGIN RAISE EXCEPTION 'widgets are broken'; END $$;\n",
    });
    const db = uniqueDbName('gate');
    const r = await deploy(project, db);
    expect(r.code).toBe(13);
    expect(r.stderr).toContain('./__test__/test_fails.sql');
    expect(r.stderr).toContain('Failed in ./__test__/test_fails.sql: widgets are broken');
    expect(await databaseExists(db)).toBe(true);
    expect(await tableExists(db, 'widgets')).toBe(false);
    await dropTestDatabase(db);
  });

  it('the same project without the failing test: exit 0 and the table exists', async () => {
    const project = makeProject(files);
    const db = uniqueDbName('gate');
    const r = await deploy(project, db);
    expect(r.stderr).toMatch(/✓ .*: 2 files loaded, 1 test passed in \d+\.\d\ds/);
    expect(r.code).toBe(0);
    expect(await tableExists(db, 'widgets')).toBe(true);
    // The test's insert ran inside a savepoint that was rolled back.
    expect(await query(db, 'SELECT * FROM widgets')).toHaveLength(0);
    await dropTestDatabase(db);
  });
});

describe('--json', () => {
  it('timings.startupMs: the process before the deploy, which durationMs does not count', async () => {
    const project = makeProject({ 'deploy.sql': 'SELECT 1;\n' });
    const db = await createTestDatabase('json_startup');
    const started = performance.now();
    const r = await deploy(project, db, ['--json']);
    const wallMs = performance.now() - started;
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { durationMs: number; timings: Record<string, number> };
    expect(Object.keys(doc.timings)[0]).toBe('startupMs');
    // Node alone takes tens of milliseconds to start; both parts fit in the process's lifetime.
    expect(doc.timings.startupMs).toBeGreaterThan(10);
    expect(doc.timings.startupMs + doc.durationMs).toBeLessThan(wallMs);
    await dropTestDatabase(db);
  });

  it('core#97: stdout is exactly one JSON document on success, human output on stderr', async () => {
    const project = makeProject({
      'deploy.sql': "DO $$ BEGIN RAISE NOTICE 'hello from deploy'; END $$;\n",
    });
    const db = await createTestDatabase('json');
    const r = await deploy(project, db, ['--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toEqual({
      database: db,
      durationMs: expect.any(Number),
      executionUnits: 1,
      exitCode: 0,
      filesLoaded: 0,
      status: 'success',
      testMacros: 0,
      unitsCommitted: 1,
      changes: expect.any(Array),
      changeCounts: expect.any(Object),
      timings: expect.objectContaining({
        scanMs: expect.any(Number),
        connectMs: expect.any(Number),
        executeMs: expect.any(Number),
      }),
    });
    // Nothing of this deploy's; roles are cluster-wide, and other test files create theirs.
    const changes = doc.changes as Array<{
      kind: string;
      action: 'created' | 'altered' | 'dropped';
    }>;
    expect(changes.filter((c) => c.kind !== 'role')).toEqual([]);
    expect(doc.changeCounts).toEqual({
      created: changes.filter((c) => c.action === 'created').length,
      altered: changes.filter((c) => c.action === 'altered').length,
      dropped: changes.filter((c) => c.action === 'dropped').length,
    });
    expect(r.stdout).not.toContain('hello from deploy');
    expect(r.stderr).toContain('hello from deploy');
    await dropTestDatabase(db);
  });

  it('core#98: stdout is exactly one JSON document on failure', async () => {
    const project = makeProject({ 'deploy.sql': 'SELECT this_function_does_not_exist();\n' });
    const db = await createTestDatabase('json');
    const r = await deploy(project, db, ['--json']);
    expect(r.code).toBe(13);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      status: 'failed',
      exitCode: 13,
      sqlstate: '42883',
      script: 'deploy.sql',
      sourceLine: 'SELECT this_function_does_not_exist();',
      line: 1,
      column: 8,
      scriptExpanded: false,
      executionMode: 'atomic',
      unitsCommitted: 0,
    });
    expect(doc.hint).toEqual(expect.any(String));
    expect(doc).not.toHaveProperty('detail');
    expect(doc).not.toHaveProperty('where');
    await dropTestDatabase(db);
  });

  it('a configuration error still prints an envelope, without run fields (core#99)', async () => {
    const project = makeProject({ 'deploy.sql': 'SELECT 1;\n' });
    const r = await runPgmi(
      ['deploy', project, ...conn.args, '-d', 'x', '--param', 'novalue', '--json'],
      { env: conn.env },
    );
    expect(r.code).toBe(10);
    const doc = JSON.parse(r.stdout);
    expect(doc.status).toBe('failed');
    expect(doc.exitCode).toBe(10);
    expect(doc.error).toContain('invalid parameter format');
    expect(doc).not.toHaveProperty('filesLoaded');
  });
});

describe('failures point at the project file and line', () => {
  const migrations = {
    'deploy.sql': MIGRATE_ONLY,
    'migrations/001_a.sql': 'CREATE TABLE a (id int);\n',
    'migrations/002_b.sql': 'CREATE TABLE b (id int);\n',
    // Line 7 holds the typo.
    'migrations/003_c.sql': [
      '-- third migration',
      'CREATE TABLE c (',
      '  id int PRIMARY KEY,',
      '  name text',
      ');',
      '',
      'INSRT INTO c VALUES (1, $$x$$);',
      '',
    ].join('\n'),
  };

  it('a syntax error on line 7 of the 3rd migration: human output names ./migrations/003_c.sql line 7', async () => {
    const project = makeProject(migrations);
    const db = await createTestDatabase('loc');
    const r = await deploy(project, db);
    expect(r.code).toBe(13);
    expect(r.stderr).toContain('LOCATION: ./migrations/003_c.sql line 7, column 1');
    expect(r.stderr).toContain('LINE 7: INSRT INTO c VALUES (1, $$x$$);');
    expect(r.stderr).toMatch(/\n {8}\^/);
    expect(await tableExists(db, 'a')).toBe(false);
    await dropTestDatabase(db);
  });

  it('… and in --json: failedFile, line 7, column 1, sourceLine', async () => {
    const project = makeProject(migrations);
    const db = await createTestDatabase('loc');
    const r = await deploy(project, db, ['--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      exitCode: 13,
      sqlstate: '42601',
      failedFile: './migrations/003_c.sql',
      script: './migrations/003_c.sql',
      line: 7,
      column: 1,
      sourceLine: 'INSRT INTO c VALUES (1, $$x$$);',
      scriptExpanded: false,
    });
    await dropTestDatabase(db);
  });
});
