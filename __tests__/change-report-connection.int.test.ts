/**
 * The change report's snapshot on a connection of its own (src/engine/session/report-connection.ts):
 * taken while the deploy session loads the project, compared there at the end, and the same
 * report as on the deploy session. By default only for a large catalog
 * (PGMI_CHANGE_REPORT_CONNECTION=auto); `always` and `never` force either way. When that
 * connection cannot be had (a role's connection limit) the snapshot is taken on the deploy
 * session; when it is lost before the comparison, the deploy still succeeds, without a report,
 * and says why.
 */
import pg from 'pg';
import { connFlags, runPgmi } from './helpers/cli';
import {
  connectionParts,
  createTestDatabase,
  databaseExists,
  dropTestDatabase,
  query,
  uniqueDbName,
  withClient,
} from './helpers/db';
import { makeProject, removeProjects } from './helpers/project';

const conn = connFlags();
const ident = (s: string) => pg.escapeIdentifier(s);
const dbs: string[] = [];
const roles: string[] = [];

afterAll(async () => {
  removeProjects();
  for (const db of dbs) await dropTestDatabase(db);
  for (const r of roles) await withClient((c) => c.query(`DROP ROLE IF EXISTS ${ident(r)}`));
});

interface Deployed {
  code: number;
  stderr: string;
  changes?: Array<{ action: string; kind: string; name: string }>;
}

async function deploy(
  db: string,
  sql: string,
  opts: { as?: { user: string; password: string }; mode?: string } = {},
) {
  const { as, mode = 'always' } = opts;
  const c = connectionParts();
  const r = await runPgmi(
    [
      'deploy',
      makeProject({ 'deploy.sql': sql }),
      '-d',
      db,
      '--json',
      '--verbose',
      '-h',
      c.host,
      '-p',
      String(c.port),
      '-U',
      as?.user ?? c.user,
    ],
    {
      env: {
        PGPASSWORD: as?.password ?? conn.env.PGPASSWORD,
        ...(mode === 'unset' ? {} : { PGMI_CHANGE_REPORT_CONNECTION: mode }),
      },
    },
  );
  const out = (r.stdout ? JSON.parse(r.stdout) : {}) as { changes?: Deployed['changes'] };
  return { code: r.code, stderr: r.stderr, changes: out.changes } as Deployed;
}

// Roles are cluster-wide: other test files create theirs while these deploys run, and the
// reports here never concern roles.
const brief = (d: Deployed) =>
  (d.changes ?? []).filter((c) => c.kind !== 'role').map((c) => `${c.action} ${c.kind} ${c.name}`);

// What deploy.sql saw of the report's connection while it ran, kept in a table it creates.
const seenAs = (table: string) => `CREATE TABLE ${table} AS
  SELECT count(*)::int AS n FROM pg_stat_activity
   WHERE application_name = 'pgmi change report' AND datname = current_database();`;
const SEEN = seenAs('seen');

it('the snapshot is taken on a second connection, open while deploy.sql runs, and the report is the same', async () => {
  const db = await createTestDatabase('cr_side');
  dbs.push(db);
  await query(db, 'CREATE TABLE old_t (id int); CREATE TABLE gone (id int)');
  const r = await deploy(
    db,
    `${SEEN}
     ALTER TABLE old_t ADD COLUMN name text;
     DROP TABLE gone;
     CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;`,
  );
  expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
  expect(r.stderr).toContain('Catalog snapshot under way on a second connection');
  // deploy.sql changed the catalog: its commit waited for the snapshot.
  expect(r.stderr).toMatch(/Waited \d+ ms for the catalog snapshot before a commit/);
  expect((await query<{ n: number }>(db, 'SELECT n FROM seen'))[0].n).toBe(1);
  expect(brief(r).sort()).toEqual(
    [
      'created table public.seen',
      'created column public.old_t.name',
      'created function public.f()',
      'dropped table public.gone',
    ].sort(),
  );
  // Nothing left behind: the second connection is closed with the deploy.
  const left = await query<{ n: number }>(
    db,
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'pgmi change report'",
  );
  expect(left[0].n).toBe(0);
});

it('a role allowed one connection: the snapshot is taken on the deploy session, the report is complete', async () => {
  const role = uniqueDbName('cr_one');
  const password = `pw-${role}`;
  roles.push(role);
  await withClient((c) =>
    c.query(
      `CREATE ROLE ${ident(role)} LOGIN CONNECTION LIMIT 1 PASSWORD ${pg.escapeLiteral(password)}`,
    ),
  );
  const db = await createTestDatabase('cr_onecon');
  dbs.push(db);
  await withClient((c) => c.query(`ALTER DATABASE ${ident(db)} OWNER TO ${ident(role)}`));
  await query(db, `ALTER SCHEMA public OWNER TO ${ident(role)}`);
  const r = await deploy(db, `${SEEN} CREATE TABLE t (id int);`, {
    as: { user: role, password },
  });
  expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
  expect(r.stderr).toContain('Catalog snapshot taken on the deploy session:');
  expect(r.stderr).toContain(
    `deploy session: too many connections for role "${role}": its CONNECTION LIMIT is reached`,
  );
  expect((await query<{ n: number }>(db, 'SELECT n FROM seen'))[0].n).toBe(0);
  expect(brief(r).sort()).toEqual(['created table public.seen', 'created table public.t']);
});

it('the second connection lost during deploy.sql: the deploy succeeds, without a report, and says why', async () => {
  const db = await createTestDatabase('cr_lost');
  dbs.push(db);
  const r = await deploy(
    db,
    `CREATE TABLE t (id int);
     SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE application_name = 'pgmi change report' AND datname = current_database();`,
  );
  expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
  expect(r.stderr).toMatch(
    /warning: no change report: its connection was lost \(terminating connection due to administrator command\)/,
  );
  expect(r.changes).toBeUndefined();
  expect((await query(db, "SELECT to_regclass('public.t') AS t"))[0].t).toBe('t');
});

it('auto: a small catalog keeps the snapshot on the deploy session, a large one (1200 tables) takes a second connection; never: one connection', async () => {
  const db = await createTestDatabase('cr_auto');
  dbs.push(db);
  const small = await deploy(db, `${SEEN} CREATE TABLE t0 (id int);`, { mode: 'unset' });
  expect([small.code, small.stderr]).toEqual([
    0,
    expect.stringMatching(/Catalog snapshot taken in \d+ ms/),
  ]);
  expect(small.stderr).not.toContain('second connection');
  expect((await query<{ n: number }>(db, 'SELECT n FROM seen'))[0].n).toBe(0);
  await query(
    db,
    `DO $$ BEGIN FOR i IN 1..1200 LOOP
       EXECUTE format('CREATE TABLE big_%s (id int PRIMARY KEY, v text)', i);
     END LOOP; END $$`,
  );
  const large = await deploy(db, `${seenAs('seen1')} CREATE TABLE t1 (id int);`, {
    mode: 'auto',
  });
  expect([large.code, large.stderr]).toEqual([
    0,
    expect.stringContaining('Catalog snapshot under way on a second connection'),
  ]);
  expect((await query<{ n: number }>(db, 'SELECT n FROM seen1'))[0].n).toBe(1);
  expect(brief(large).sort()).toEqual(['created table public.seen1', 'created table public.t1']);
  const never = await deploy(db, `${seenAs('seen2')} CREATE TABLE t2 (id int);`, {
    mode: 'never',
  });
  expect([never.code, never.stderr]).toEqual([
    0,
    expect.stringMatching(/Catalog snapshot taken in \d+ ms/),
  ]);
  expect((await query<{ n: number }>(db, 'SELECT n FROM seen2'))[0].n).toBe(0);
  expect(brief(never).sort()).toEqual(['created table public.seen2', 'created table public.t2']);
});

/**
 * Holds pg_policy, which the snapshot reads and deploy.sql here does not, locked in `db`: the
 * snapshot on the second connection stays stuck until `release()`. Locks on a database's own
 * catalogs are that database's: nothing else the suite runs is held up.
 */
async function stallSnapshots(db: string) {
  const c = connectionParts();
  const holder = new pg.Client({ ...c, database: db });
  await holder.connect();
  await holder.query('BEGIN; LOCK TABLE pg_catalog.pg_policy IN ACCESS EXCLUSIVE MODE');
  let held = true;
  const release = async () => {
    if (!held) return;
    held = false;
    await holder.query('ROLLBACK');
    await holder.end();
  };
  // Never longer than this, whatever happens to the test.
  const bound = setTimeout(() => void release(), 20_000);
  return {
    get held() {
      return held;
    },
    release: async () => {
      clearTimeout(bound);
      await release();
    },
  };
}

const reportSessions = async (db: string) =>
  (
    await query<{ n: number }>(
      'postgres',
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'pgmi change report' AND datname = $1",
      [db],
    )
  )[0].n;

it('a deploy whose commits change nothing in the catalog does not wait for the snapshot: no changes, and the snapshot still running is cancelled', async () => {
  const db = await createTestDatabase('cr_nowait');
  dbs.push(db);
  const version = Number(
    (await query<{ v: string }>(db, "SELECT current_setting('server_version_num') AS v"))[0].v,
  );
  await query(db, 'CREATE TABLE ledger (path text PRIMARY KEY)');
  const stall = await stallSnapshots(db);
  try {
    // A ledger deploy with nothing to apply: reads and writes rows, creates nothing.
    const r = await deploy(
      db,
      `BEGIN;
       CREATE TABLE IF NOT EXISTS ledger (path text PRIMARY KEY);
       INSERT INTO ledger SELECT 'x' WHERE false;
       COMMIT;`,
    );
    const heldAtTheEnd = stall.held;
    if (version < 150000) {
      // Before PostgreSQL 15 the session's write counters cannot be reset before a transaction:
      // every commit waits for the snapshot, as it always did.
      await stall.release();
      expect([r.code, heldAtTheEnd]).toEqual([0, false]);
      return;
    }
    expect([r.code, heldAtTheEnd, r.changes]).toEqual([0, true, []]);
    expect(r.stderr).toContain('Catalog unchanged: nothing deploy.sql committed wrote to it');
    expect(r.stderr).not.toContain('for the catalog snapshot before a commit');
    // The snapshot, still stuck behind the lock, was cancelled: its session ends while the lock
    // is held (it would otherwise wait for the lock, then run to its end).
    let left = -1;
    for (let i = 0; i < 100 && left !== 0; i++) {
      left = await reportSessions(db);
      if (left !== 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect([left, stall.held]).toEqual([0, true]);
  } finally {
    await stall.release();
  }
});

it('a deploy that changes the catalog commits only once the snapshot is taken: its report lists the change', async () => {
  const db = await createTestDatabase('cr_wait');
  dbs.push(db);
  const stall = await stallSnapshots(db);
  let releasedAt = 0;
  const releasing = new Promise<void>((resolve) =>
    setTimeout(() => {
      releasedAt = Date.now();
      void stall.release().then(resolve);
    }, 1500),
  );
  try {
    const r = await deploy(db, 'BEGIN; CREATE TABLE made (id int); COMMIT;');
    const endedAt = Date.now();
    await releasing;
    expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
    // The commit waited for the snapshot, which waited for the lock.
    expect(releasedAt).toBeGreaterThan(0);
    expect(endedAt).toBeGreaterThanOrEqual(releasedAt);
    expect(r.stderr).toMatch(/Waited \d+ ms for the catalog snapshot before a commit/);
    // Had the table been committed before the snapshot was taken, the snapshot would hold it and
    // the report would list nothing.
    expect(brief(r)).toEqual(['created table public.made']);
  } finally {
    await stall.release();
  }
});

it("the question asked inside deploy.sql's transaction fails: the transaction is as it was, its commit waits for the snapshot, the report is complete", async () => {
  const role = uniqueDbName('cr_ask');
  const password = `pw-${role}`;
  roles.push(role);
  await withClient((c) =>
    c.query(`CREATE ROLE ${ident(role)} LOGIN PASSWORD ${pg.escapeLiteral(password)}`),
  );
  const db = await createTestDatabase('cr_ask');
  dbs.push(db);
  await withClient((c) => c.query(`ALTER DATABASE ${ident(db)} OWNER TO ${ident(role)}`));
  await query(db, `ALTER SCHEMA public OWNER TO ${ident(role)}`);
  // The counters' function, taken from everyone in this database: the question errors.
  await query(
    db,
    'REVOKE EXECUTE ON FUNCTION pg_catalog.pg_stat_get_xact_tuples_inserted(oid) FROM PUBLIC',
  );
  const r = await deploy(db, 'BEGIN; CREATE TABLE kept (id int); COMMIT;', {
    as: { user: role, password },
  });
  expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
  expect(r.stderr).toMatch(/Waited \d+ ms for the catalog snapshot before a commit/);
  // Without the savepoint the error would have aborted the transaction, and its COMMIT would
  // have rolled the table back.
  expect((await query(db, "SELECT to_regclass('public.kept')::text AS t"))[0].t).toBe('kept');
  expect(brief(r)).toEqual(['created table public.kept']);
});

it('PGMI_CHANGE_REPORT_CONNECTION with another value: exit 10 before connecting, one line naming it', async () => {
  const db = uniqueDbName('cr_badmode');
  const r = await deploy(db, 'SELECT 1;', { mode: 'sometimes' });
  expect(r.code).toBe(10);
  expect(r.stderr).toContain(
    'PGMI_CHANGE_REPORT_CONNECTION="sometimes"; expected auto, always or never',
  );
  // A deploy that had connected would have created the missing database.
  expect(await databaseExists(db)).toBe(false);
});
