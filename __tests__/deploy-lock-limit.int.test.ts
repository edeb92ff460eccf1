/**
 * A one-transaction deploy of many files can exhaust PostgreSQL's shared lock table
 * ("out of shared memory", SQLSTATE 53200). The error must say which setting to raise or how to
 * split the deploy. A server of our own with a small lock table reaches the limit quickly.
 */
import { runPgmi } from './helpers/cli';
import { startEmbeddedServer, type EmbeddedServer } from './helpers/embedded';
import { makeProject, removeProjects, MIGRATE_ONLY } from './helpers/project';

let server: EmbeddedServer;

beforeAll(async () => {
  // The shared lock table holds about max_locks_per_transaction × (all backend slots) locks:
  // here 16 × ~25 = 400, far below what 2000 CREATE TABLEs in one transaction take.
  server = await startEmbeddedServer({
    config: [
      'max_connections = 20',
      'max_locks_per_transaction = 16',
      'max_worker_processes = 2',
      'autovacuum_max_workers = 1',
      'max_wal_senders = 0',
    ],
  });
});

afterAll(async () => {
  await server?.stop();
  removeProjects();
});

it('53200 names max_locks_per_transaction and how to split the deploy (text and --json)', async () => {
  const files: Record<string, string> = { 'deploy.sql': MIGRATE_ONLY };
  for (let i = 0; i < 2000; i++) {
    files[`migrations/${String(i).padStart(4, '0')}.sql`] =
      `CREATE TABLE t${i} (id int PRIMARY KEY);\n`;
  }
  const project = makeProject(files);
  const r = await runPgmi(
    ['deploy', project, '--connection', server.url, '-d', 'locks', '--json'],
    {
      timeoutMs: 120000,
    },
  );
  expect(r.code).toBe(13);
  const doc = JSON.parse(r.stdout);
  expect(doc.sqlstate).toBe('53200');
  expect(r.stderr).toContain('out of shared memory');
  expect(r.stderr).toMatch(/raise max_locks_per_transaction/);
  expect(r.stderr).toMatch(/split deploy\.sql into several transactions/);
  expect(r.stderr).not.toContain(server.password);
});
