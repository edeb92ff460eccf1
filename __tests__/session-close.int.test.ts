/**
 * The end of a deploy: pgmi releases its lock, sends Terminate and is done. It does not wait
 * for the server to close the connection, which the server does only after dropping the
 * session's temporary tables (10 ms and more for a large project, and as long as it likes on a
 * busy host): a proxy that keeps the client's socket open after the server has let go stands in
 * for a server slow to close.
 */
import { connectionParts, createTestDatabase, dropTestDatabase, query } from './helpers/db';
import { runPgmi } from './helpers/cli';
import { makeProject, MIGRATE_ONLY, removeProjects } from './helpers/project';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy';

const conn = connectionParts();
let proxy: TcpProxy;
let db: string;

beforeAll(async () => {
  proxy = await startTcpProxy({ host: conn.host, port: conn.port }, { holdClientOpenMs: 30_000 });
  db = await createTestDatabase('pgmi_close');
});
afterAll(async () => {
  await proxy.close();
  await dropTestDatabase(db);
  removeProjects();
});

const deploy = (project: string) =>
  runPgmi(
    [
      'deploy',
      project,
      '-h',
      '127.0.0.1',
      '-p',
      String(proxy.port),
      '-U',
      conn.user,
      '-d',
      db,
      '--no-change-report',
    ],
    { env: { PGPASSWORD: conn.password } },
  );

it('a deploy ends once its Terminate is sent, however long the server takes to close the socket', async () => {
  const project = makeProject({
    'deploy.sql': MIGRATE_ONLY,
    'migrations/001.sql': 'CREATE TABLE IF NOT EXISTS close_probe (id int);',
  });
  const started = Date.now();
  const first = await deploy(project);
  const wallMs = Date.now() - started;
  expect([first.code, first.stderr]).toEqual([0, expect.any(String)]);
  // Waiting for the socket to close would take the 30 s the proxy holds it (5 s, where pgmi
  // gives up on a close and destroys the socket).
  expect(wallMs).toBeLessThan(4000);

  // The server was told: the session ends (the proxy passed the client's end on), and the deploy
  // lock was released before it, so the next deploy takes it at once.
  let sessions = -1;
  for (let i = 0; i < 100 && sessions !== 0; i++) {
    const rows = await query<{ n: number }>(
      'postgres',
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`,
      [db],
    );
    sessions = rows[0].n;
    if (sessions !== 0) await new Promise((r) => setTimeout(r, 50));
  }
  expect(sessions).toBe(0);
  const second = await deploy(project);
  expect(second.code).toBe(0);
  const rows = await query<{ n: number }>(db, `SELECT count(*)::int AS n FROM close_probe`);
  expect(rows[0].n).toBe(0);
});
