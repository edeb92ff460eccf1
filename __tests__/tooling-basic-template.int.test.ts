/**
 * The basic template, end to end through the built CLI: `pgmi init` into a temp directory, then
 * `pgmi deploy` into fresh databases on the oldest supported PostgreSQL (11) and on 17. Every
 * test of the template runs and passes; the opt-in ledger makes a second deploy apply nothing
 * new; a broken migration exits 13 naming the file and leaves nothing of the atomic head behind.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runPgmi } from './helpers/cli';
import { serverUrl, uniqueDbName } from './helpers/db';
import { startEmbeddedServer, type EmbeddedServer } from './helpers/embedded';

const work = mkdtempSync(path.join(tmpdir(), 'pgmi-basic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Target {
  url: string;
}

function connection(target: Target) {
  const u = new URL(target.url);
  return {
    args: ['-h', u.hostname, '-p', u.port, '-U', decodeURIComponent(u.username)],
    env: { PGPASSWORD: decodeURIComponent(u.password) },
  };
}

async function sql<R extends pg.QueryResultRow>(
  target: Target,
  db: string,
  text: string,
): Promise<R[]> {
  const u = new URL(target.url);
  u.pathname = `/${db}`;
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

async function dropDatabase(target: Target, db: string): Promise<void> {
  await sql(target, 'postgres', `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(db)}`);
}

let project = 0;
async function scaffold(): Promise<string> {
  const dir = path.join(work, `project-${++project}`);
  const r = await runPgmi(['init', dir, '-t', 'basic']);
  expect(r.code).toBe(0);
  return dir;
}

function deployer(target: Target) {
  const c = connection(target);
  return (dir: string, db: string, extra: string[] = []) =>
    runPgmi(['deploy', dir, ...c.args, '-d', db, ...extra], { env: c.env });
}

function junitTotals(file: string): { tests: number; failures: number; errors: number } {
  const head = /<testsuites [^>]*tests="(\d+)" failures="(\d+)" errors="(\d+)"/.exec(
    readFileSync(file, 'utf8'),
  );
  if (!head) throw new Error(`no <testsuites> totals in ${file}`);
  return { tests: Number(head[1]), failures: Number(head[2]), errors: Number(head[3]) };
}

const servers: Array<[string, () => Target, number]> = [];
let pg11: EmbeddedServer | undefined;
servers.push(['PostgreSQL 11', () => ({ url: pg11!.url }), 11]);
servers.push(['PostgreSQL 17', () => ({ url: serverUrl() }), 17]);

beforeAll(async () => {
  pg11 = await startEmbeddedServer({ major: 11 });
}, 120_000);
afterAll(async () => {
  await pg11?.stop();
});

describe.each(servers)('basic template on %s', (_name, target, major) => {
  const created: string[] = [];
  afterAll(async () => {
    for (const db of created) await dropDatabase(target(), db);
  });
  const fresh = (prefix: string) => {
    const db = uniqueDbName(prefix);
    created.push(db);
    return db;
  };

  it(`runs on PostgreSQL ${major}: every template test passes, twice over, and the ledger applies nothing new the second time`, async () => {
    const deploy = deployer(target());
    const dir = await scaffold();
    const db = fresh('basic');
    const version = await sql<{ v: number }>(
      target(),
      'postgres',
      `SELECT current_setting('server_version_num')::int / 10000 AS v`,
    );
    expect(version[0].v).toBe(major);

    const report = path.join(dir, '..', `${path.basename(dir)}-junit.xml`);
    const first = await deploy(dir, db, ['--param', 'apply_once=true', '--junit-report', report]);
    expect(first.stderr).toContain('Migrations: 3 applied, 0 already applied');
    expect(first.stderr).toContain('[pgmi] Test suite completed (5 steps)');
    expect(first.stderr).toContain('Seeding ./seed/demo_customers.sql');
    expect(first.code).toBe(0);
    expect(junitTotals(report)).toEqual({ tests: 3, failures: 0, errors: 0 });

    const applied = await sql<{ path: string; applied_at: Date }>(
      target(),
      db,
      'SELECT path, applied_at FROM applied_migration ORDER BY path',
    );
    expect(applied.map((r) => r.path)).toEqual([
      './migrations/001_customer.sql',
      './migrations/002_customer_functions.sql',
      './migrations/003_orders.sql',
    ]);

    const second = await deploy(dir, db, ['--param', 'apply_once=true', '--junit-report', report]);
    expect(second.stderr).toContain('Migrations: 0 applied, 3 already applied');
    expect(second.stderr).not.toContain('Applying ./migrations/');
    expect(second.code).toBe(0);
    expect(junitTotals(report)).toEqual({ tests: 3, failures: 0, errors: 0 });
    const again = await sql<{ path: string; applied_at: Date }>(
      target(),
      db,
      'SELECT path, applied_at FROM applied_migration ORDER BY path',
    );
    expect(again).toEqual(applied);

    // The seed ran twice without duplicating anything (it is idempotent).
    const customers = await sql<{ n: string }>(
      target(),
      db,
      "SELECT count(*) AS n FROM customer WHERE email LIKE '%@example.com'",
    );
    expect(customers[0].n).toBe('2');
  });

  it('without the ledger every migration runs on every deploy, and they are idempotent', async () => {
    const deploy = deployer(target());
    const dir = await scaffold();
    const db = fresh('basic');
    for (let i = 0; i < 2; i++) {
      const r = await deploy(dir, db);
      expect(r.stderr).toContain('Migrations: 3 applied, 0 already applied');
      expect(r.code).toBe(0);
    }
    expect(await sql(target(), db, "SELECT to_regclass('applied_migration') AS t")).toEqual([
      { t: null },
    ]);
  });

  it('env=production skips the seed', async () => {
    const deploy = deployer(target());
    const dir = await scaffold();
    const db = fresh('basic');
    const r = await deploy(dir, db, ['--param', 'env=production']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('(env: production)');
    expect(r.stderr).not.toContain('Seeding');
    expect(await sql(target(), db, 'SELECT count(*)::int AS n FROM customer')).toEqual([{ n: 0 }]);
  });

  it('a broken migration exits 13 naming the file; nothing from the atomic head remains', async () => {
    const deploy = deployer(target());
    const dir = await scaffold();
    writeFileSync(
      path.join(dir, 'migrations', '004_broken.sql'),
      'CREATE TABLE gadget (id int);\nINSERT INTO gadget VALUES (1 / 0);\n',
    );
    const db = fresh('basic');
    const r = await deploy(dir, db, ['--param', 'apply_once=true']);
    expect(r.code).toBe(13);
    expect(r.stderr).toContain('Failed in ./migrations/004_broken.sql: division by zero');
    const left = await sql<{ t: string | null }>(
      target(),
      db,
      "SELECT to_regclass('customer')::text AS t UNION ALL SELECT to_regclass('gadget')::text " +
        "UNION ALL SELECT to_regclass('applied_migration')::text",
    );
    expect(left).toEqual([{ t: null }, { t: null }, { t: null }]);
  });

  it('a syntax error in a migration is reported at its file and line', async () => {
    const deploy = deployer(target());
    const dir = await scaffold();
    writeFileSync(
      path.join(dir, 'migrations', '004_typo.sql'),
      'CREATE TABLE gadget (id int);\nINSERT INTO gadgett VALUES (1);\n',
    );
    const r = await deploy(dir, fresh('basic'));
    expect(r.code).toBe(13);
    expect(r.stderr).toContain('LOCATION: ./migrations/004_typo.sql line 2');
  });

  it('the ledger refuses an applied migration that was edited since', async () => {
    const deploy = deployer(target());
    const dir = await scaffold();
    const db = fresh('basic');
    expect((await deploy(dir, db, ['--param', 'apply_once=true'])).code).toBe(0);
    appendFileSync(
      path.join(dir, 'migrations', '001_customer.sql'),
      'ALTER TABLE customer ADD COLUMN IF NOT EXISTS phone text;\n',
    );
    const r = await deploy(dir, db, ['--param', 'apply_once=true']);
    expect(r.code).toBe(13);
    expect(r.stderr).toContain(
      'Failed in ./migrations/001_customer.sql: the migration changed after it was applied',
    );
    // A comment is not a change: pgmi_checksum ignores it.
    writeFileSync(
      path.join(dir, 'migrations', '001_customer.sql'),
      '-- reviewed\n' +
        readFileSync(path.join(dir, 'migrations', '001_customer.sql'), 'utf8').replace(
          'ALTER TABLE customer ADD COLUMN IF NOT EXISTS phone text;\n',
          '',
        ),
    );
    expect((await deploy(dir, db, ['--param', 'apply_once=true'])).code).toBe(0);
  });
});
