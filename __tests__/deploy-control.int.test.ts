/** conformance-core.md section I: the deploy lock, --timeout, signals, session identity, .env. */
import pg from 'pg';
import { connFlags, runPgmi } from './helpers/cli';
import { createTestDatabase, dropTestDatabase, query, urlFor } from './helpers/db';
import { recordingListener } from './helpers/listener';
import { makeProject, removeProjects } from './helpers/project';

const conn = connFlags();
const deploy = (
  project: string,
  db: string,
  extra: string[] = [],
  opts: Parameters<typeof runPgmi>[1] = {},
) =>
  runPgmi(['deploy', project, ...conn.args, '-d', db, ...extra], {
    ...opts,
    env: { ...conn.env, ...opts.env },
  });

afterAll(() => removeProjects());

async function tableExists(db: string, table: string): Promise<boolean> {
  return (
    (await query<{ t: string | null }>(db, 'SELECT to_regclass($1)::text AS t', [table]))[0].t !==
    null
  );
}

/** Waits until `pred` holds (polling), or fails after `ms`. */
async function until(pred: () => Promise<boolean>, ms = 20000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await pred()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not reached');
}

const backendsRunning = (db: string, text: string) => async () =>
  (
    await query<{ n: number }>(
      'postgres',
      "SELECT count(*)::int n FROM pg_stat_activity WHERE datname = $1 AND query LIKE $2 AND state = 'active'",
      [db, `%${text}%`],
    )
  )[0].n > 0;

it('core#105: the advisory lock held elsewhere → 15; after release a rerun succeeds (same key as upstream)', async () => {
  const db = await createTestDatabase('lock');
  const holder = new pg.Client({ connectionString: urlFor(db) });
  await holder.connect();
  await holder.query(
    "SELECT pg_advisory_lock(hashtextextended('pgmi.deploy.' || current_database(), 0))",
  );
  const project = makeProject({ 'deploy.sql': 'SELECT 1;' });
  const r = await deploy(project, db);
  expect(r.code).toBe(15);
  expect(r.stderr).toContain(`another pgmi deployment is already running against "${db}"`);
  await holder.end();
  expect((await deploy(project, db)).code).toBe(0);
  await dropTestDatabase(db);
});

it('core#106: deploys to two different databases at the same time both succeed', async () => {
  const [a, b] = await Promise.all([createTestDatabase('par'), createTestDatabase('par')]);
  const project = makeProject({ 'deploy.sql': 'SELECT pg_sleep(0.5);' });
  const [ra, rb] = await Promise.all([deploy(project, a), deploy(project, b)]);
  expect([ra.code, rb.code]).toEqual([0, 0]);
  await dropTestDatabase(a);
  await dropTestDatabase(b);
});

it('core#107 / decisions.md 8: a failed deploy releases its lock; locks deploy.sql took stay its own business', async () => {
  const db = await createTestDatabase('relock');
  const fail = await deploy(makeProject({ 'deploy.sql': 'SELECT 1/0;' }), db);
  expect(fail.code).toBe(13);
  const again = await deploy(makeProject({ 'deploy.sql': 'SELECT pg_advisory_lock(4242);' }), db);
  expect(again.code).toBe(0);
  await dropTestDatabase(db);
});

it('core#108: --timeout cancels the running statement → 16, and the lock is free at once', async () => {
  const db = await createTestDatabase('timeout');
  const t0 = Date.now();
  const r = await deploy(
    makeProject({ 'deploy.sql': 'BEGIN; CREATE TABLE slow_t (); SELECT pg_sleep(30); COMMIT;' }),
    db,
    ['--timeout', '2s', '--json'],
  );
  expect(r.code).toBe(16);
  expect(Date.now() - t0).toBeLessThan(10000);
  expect(JSON.parse(r.stdout).exitCode).toBe(16);
  expect(r.stderr).toContain('--timeout');
  expect(await tableExists(db, 'slow_t')).toBe(false);
  expect(await backendsRunning(db, 'pg_sleep')()).toBe(false);
  expect((await deploy(makeProject({ 'deploy.sql': 'SELECT 1;' }), db)).code).toBe(0);
  await dropTestDatabase(db);
});

it("core#109: PostgreSQL's own statement_timeout stays exit 13 (57014)", async () => {
  const db = await createTestDatabase('stmt');
  const r = await deploy(
    makeProject({ 'deploy.sql': "SET statement_timeout = '100ms'; SELECT pg_sleep(1);" }),
    db,
    ['--json'],
  );
  expect(r.code).toBe(13);
  expect(JSON.parse(r.stdout).sqlstate).toBe('57014');
  await dropTestDatabase(db);
});

it('core#110: SIGINT while the connect hangs → 130 with the interrupt message', async () => {
  const l = await recordingListener('silent');
  const r = await runPgmi(
    [
      'deploy',
      makeProject({ 'deploy.sql': 'SELECT 1;' }),
      '-h',
      '127.0.0.1',
      '-p',
      String(l.port),
      '-U',
      'u',
      '-d',
      'x',
    ],
    {
      onSpawn: (child) => {
        const wait = setInterval(() => {
          if (l.connections > 0) {
            clearInterval(wait);
            child.kill('SIGINT');
          }
        }, 20);
      },
    },
  );
  await l.close();
  expect(r.code).toBe(130);
  expect(r.stderr).toContain('pgmi: interrupted, cancelling deployment...');
});

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  it(`core#111 / decisions.md 9: ${signal} during the atomic head → ${code}, the head rolled back, JSON says so`, async () => {
    const db = await createTestDatabase('sig');
    const r = await deploy(
      makeProject({
        'deploy.sql': 'BEGIN; CREATE TABLE head_obj (); SELECT pg_sleep(30); COMMIT;',
      }),
      db,
      ['--json'],
      {
        onSpawn: (child) => {
          void until(backendsRunning(db, 'pg_sleep')).then(() => child.kill(signal));
        },
      },
    );
    expect(r.code).toBe(code);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ status: 'failed', exitCode: code });
    expect(await tableExists(db, 'head_obj')).toBe(false);
    await until(async () => !(await backendsRunning(db, 'pg_sleep')()), 5000);
    await dropTestDatabase(db);
  });
}

it('core#112: --timeout 0 means no limit', async () => {
  const db = await createTestDatabase('nolimit');
  const r = await deploy(makeProject({ 'deploy.sql': 'SELECT pg_sleep(1.2);' }), db, [
    '--timeout',
    '0',
  ]);
  expect(r.code).toBe(0);
  await dropTestDatabase(db);
});

it('core#113: application_name is pgmi, or PGAPPNAME', async () => {
  const db = await createTestDatabase('app');
  const sql = "CREATE TABLE seen AS SELECT current_setting('application_name') AS a;";
  expect((await deploy(makeProject({ 'deploy.sql': sql }), db)).code).toBe(0);
  expect(await query(db, 'SELECT a FROM seen')).toEqual([{ a: 'pgmi' }]);
  await query(db, 'DROP TABLE seen');
  expect(
    (await deploy(makeProject({ 'deploy.sql': sql }), db, [], { env: { PGAPPNAME: 'release-42' } }))
      .code,
  ).toBe(0);
  expect(await query(db, 'SELECT a FROM seen')).toEqual([{ a: 'release-42' }]);
  await dropTestDatabase(db);
});

it('core#114: the project .env supplies PGDATABASE, never overrides the environment, and a bad .env is skipped with a warning', async () => {
  const db = await createTestDatabase('dotenv');
  const other = await createTestDatabase('dotenv');
  const sql = 'CREATE TABLE here ();';
  const fromEnvFile = await runPgmi(
    ['deploy', makeProject({ 'deploy.sql': sql, '.env': `PGDATABASE=${db}\n` }), ...conn.args],
    { env: conn.env },
  );
  expect(fromEnvFile.code).toBe(0);
  expect(await tableExists(db, 'here')).toBe(true);
  const overridden = await runPgmi(
    ['deploy', makeProject({ 'deploy.sql': sql, '.env': `PGDATABASE=${db}\n` }), ...conn.args],
    {
      env: { ...conn.env, PGDATABASE: other },
    },
  );
  expect(overridden.code).toBe(0);
  expect(await tableExists(other, 'here')).toBe(true);
  const bad = await runPgmi(
    [
      'deploy',
      makeProject({
        'deploy.sql': 'SELECT 1;',
        '.env': 'this is not kv\nPGPASSWORD=SUPERSECRET123\n',
      }),
      ...conn.args,
      '-d',
      db,
    ],
    {
      env: conn.env,
    },
  );
  expect(bad.code).toBe(0);
  expect(bad.stderr).toContain(
    'could not be parsed (line 1: unexpected character in variable name), so none of its values were applied',
  );
  expect(bad.stderr).not.toContain('SUPERSECRET123');
  await dropTestDatabase(db);
  await dropTestDatabase(other);
});
