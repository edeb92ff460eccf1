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
  expect(r.stderr).toContain('Catalog snapshot taken on a second connection');
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
    expect.stringContaining('Catalog snapshot taken on a second connection'),
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
