/**
 * The advanced template, end to end through the built CLI: `pgmi init -t advanced`, then `pgmi
 * deploy` into fresh databases on PostgreSQL 15 (its floor) and 17, and a deploy plus a redeploy
 * that changes no schema on 16 and 18. Its nested tests pass; the ledger keyed by script id and checksum
 * runs run-once scripts once and catches drift; missing parameters and a dry run stop the head;
 * a broken script exits 13 naming the file and leaves nothing behind, roles included; the psql
 * tail rebuilds an INVALID index.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runPgmi } from './helpers/cli';
import { serverUrl, uniqueDbName } from './helpers/db';
import { startEmbeddedServer, type EmbeddedServer } from './helpers/embedded';

const work = mkdtempSync(path.join(tmpdir(), 'pgmi-advanced-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Role passwords: they must never appear in pgmi's output. */
const SECRETS = {
  admin_password: 'adm-Secret-7f3a',
  app_password: 'app-Secret-91c2',
  readonly_password: 'ro-Secret-4d0e',
};
const ROLES = ['owner', 'admin', 'app', 'readonly', 'api', 'customer'];

interface Target {
  url: string;
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

let project = 0;
async function scaffold(): Promise<string> {
  const dir = path.join(work, `project-${++project}`);
  const r = await runPgmi(['init', dir, '-t', 'advanced']);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('CREATEROLE');
  // A hidden file: pgmi does not load it, and the template's .gitignore keeps *.params out of git.
  writeFileSync(
    path.join(dir, '.secrets.params'),
    Object.entries(SECRETS)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
  return dir;
}

function deployer(target: Target) {
  const u = new URL(target.url);
  const args = ['-h', u.hostname, '-p', u.port, '-U', decodeURIComponent(u.username)];
  const env = { PGPASSWORD: decodeURIComponent(u.password) };
  return async (dir: string, db: string, extra: string[] = [], secrets = true) => {
    const params = secrets ? ['--params-file', path.join(dir, '.secrets.params')] : [];
    const r = await runPgmi(['deploy', dir, ...args, '-d', db, ...params, ...extra], { env });
    for (const secret of Object.values(SECRETS)) {
      expect(r.stdout).not.toContain(secret);
      expect(r.stderr).not.toContain(secret);
    }
    return r;
  };
}

function junitTotals(file: string): { tests: number; failures: number; errors: number } {
  const head = /<testsuites [^>]*tests="(\d+)" failures="(\d+)" errors="(\d+)"/.exec(
    readFileSync(file, 'utf8'),
  );
  if (!head) throw new Error(`no <testsuites> totals in ${file}`);
  return { tests: Number(head[1]), failures: Number(head[2]), errors: Number(head[3]) };
}

// 15 is the template's floor (security_invoker views, MERGE); 17 is current.
let pg15: EmbeddedServer | undefined;
const servers: Array<[string, () => Target, number]> = [
  ['PostgreSQL 15', () => ({ url: pg15!.url }), 15],
  ['PostgreSQL 17', () => ({ url: serverUrl() }), 17],
];
beforeAll(async () => {
  pg15 = await startEmbeddedServer({ major: 15 });
}, 120_000);
afterAll(async () => {
  await pg15?.stop();
});

describe.each(servers)('advanced template on %s', (_name, target, major) => {
  const created: string[] = [];
  afterAll(async () => {
    for (const db of created) {
      await sql(target(), 'postgres', `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(db)}`);
      for (const role of ROLES.map((r) => `${db}_${r}`).reverse())
        await sql(target(), 'postgres', `DROP ROLE IF EXISTS ${pg.escapeIdentifier(role)}`);
    }
  });
  const fresh = () => {
    const db = uniqueDbName('adv');
    created.push(db);
    return db;
  };
  const schemasAndRoles = async (db: string) => ({
    schemas: (
      await sql<{ n: number }>(
        target(),
        db,
        "SELECT count(*)::int AS n FROM pg_namespace WHERE nspname IN ('ledger', 'app', 'api', 'report')",
      )
    )[0].n,
    roles: (
      await sql<{ n: number }>(
        target(),
        'postgres',
        `SELECT count(*)::int AS n FROM pg_roles WHERE rolname LIKE '${db}\\_%'`,
      )
    )[0].n,
  });

  let dir: string;
  let db: string;

  it(`deploys on PostgreSQL ${major}: nested tests pass, the ledger records every script`, async () => {
    const deploy = deployer(target());
    dir = await scaffold();
    db = fresh();
    const report = path.join(work, `${db}.xml`);
    const r = await deploy(dir, db, ['--junit-report', report]);
    expect(r.stderr).toContain('Plan: 22 new, 0 re-run (idempotent), 0 already applied, 0 drifted');
    expect(r.stderr).toContain('[pgmi] Test: ./__test__/app/rls/test_tenant_isolation.sql');
    expect(r.stderr).toContain('[tests] Teardown: ./__test__/app/ rolled back');
    expect(r.stderr).toContain('[pgmi] Test suite completed (22 steps)');
    expect(r.stderr).toContain('parameter admin_password        (secret)');
    expect(r.code).toBe(0);
    expect(junitTotals(report)).toEqual({ tests: 14, failures: 0, errors: 0 });

    const ledger = await sql<{ path: string; idempotent: boolean; run_count: number }>(
      target(),
      db,
      'SELECT path, idempotent, run_count FROM ledger.script ORDER BY path',
    );
    expect(ledger).toEqual([
      { path: './api/admin-handlers.sql', idempotent: true, run_count: 1 },
      { path: './api/membership-handlers.sql', idempotent: true, run_count: 1 },
      { path: './api/task-handlers.sql', idempotent: true, run_count: 1 },
      { path: './api/tasks.sql', idempotent: true, run_count: 1 },
      { path: './app/001-tenant.sql', idempotent: false, run_count: 1 },
      { path: './app/002-task.sql', idempotent: false, run_count: 1 },
      { path: './app/003-task-priority.sql', idempotent: false, run_count: 1 },
      { path: './app/tenant-isolation.sql', idempotent: true, run_count: 1 },
      { path: './ledger/001-ledger.sql', idempotent: false, run_count: 1 },
      { path: './lib/001-app-layer-tables.sql', idempotent: false, run_count: 1 },
      { path: './lib/010-helpers.sql', idempotent: true, run_count: 1 },
      { path: './lib/030-registry.sql', idempotent: true, run_count: 1 },
      { path: './lib/040-rest.sql', idempotent: true, run_count: 1 },
      { path: './lib/050-rpc-mcp.sql', idempotent: true, run_count: 1 },
      { path: './lib/060-openapi-audit.sql', idempotent: true, run_count: 1 },
      { path: './lib/070-admin-views.sql', idempotent: true, run_count: 1 },
      { path: './lib/090-builtin-handlers.sql', idempotent: true, run_count: 1 },
      { path: './membership/002-invitations.sql', idempotent: false, run_count: 1 },
      { path: './membership/020-identity.sql', idempotent: true, run_count: 1 },
      { path: './membership/025-views-rls.sql', idempotent: true, run_count: 1 },
      { path: './report/task-summary.sql', idempotent: true, run_count: 1 },
      { path: './security/privileges.sql', idempotent: true, run_count: 1 },
    ]);
    expect(await schemasAndRoles(db)).toEqual({ schemas: 4, roles: 6 });
    // The index of the psql-mode tail was built, and valid.
    expect(
      await sql(
        target(),
        db,
        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'app.task_open_by_tenant_idx'::regclass",
      ),
    ).toEqual([{ indisvalid: true }]);
  });

  it('a second deploy applies nothing new: run-once scripts are skipped, idempotent ones re-run', async () => {
    const r = await deployer(target())(dir, db);
    expect(r.stderr).toContain('Plan: 0 new, 16 re-run (idempotent), 6 already applied, 0 drifted');
    expect(r.stderr).not.toContain('Executing ./app/001-tenant.sql');
    expect(r.code).toBe(0);
    const runs = await sql<{ idempotent: boolean; runs: number[] }>(
      target(),
      db,
      'SELECT idempotent, array_agg(DISTINCT run_count) AS runs FROM ledger.script GROUP BY idempotent ORDER BY idempotent',
    );
    expect(runs).toEqual([
      { idempotent: false, runs: [1] },
      { idempotent: true, runs: [2] },
    ]);
  });

  it('the tail rebuilds an index a failed concurrent build left INVALID', async () => {
    await sql(target(), db, 'DROP INDEX app.task_open_by_tenant_idx');
    await sql(
      target(),
      db,
      "INSERT INTO app.tenant (slug, name) VALUES ('dup', 'Dup');" +
        "INSERT INTO app.task (tenant_id, title) SELECT id, t FROM app.tenant, (VALUES ('a'), ('b')) v (t) WHERE slug = 'dup'",
    );
    // A unique concurrent build over duplicates fails and leaves the index INVALID.
    await expect(
      sql(
        target(),
        db,
        'CREATE UNIQUE INDEX CONCURRENTLY task_open_by_tenant_idx ON app.task (tenant_id) WHERE NOT done',
      ),
    ).rejects.toThrow(/could not create unique index/);
    const check =
      "SELECT indisvalid, pg_get_indexdef(indexrelid) AS def FROM pg_index WHERE indexrelid = 'app.task_open_by_tenant_idx'::regclass";
    expect((await sql<{ indisvalid: boolean }>(target(), db, check))[0].indisvalid).toBe(false);

    const r = await deployer(target())(dir, db);
    expect(r.stderr).toContain('dropping the INVALID index app.task_open_by_tenant_idx');
    expect(r.code).toBe(0);
    expect(await sql(target(), db, check)).toEqual([
      {
        indisvalid: true,
        def: 'CREATE INDEX task_open_by_tenant_idx ON app.task USING btree (tenant_id, priority) WHERE (NOT done)',
      },
    ]);
  });

  it('drift: an applied run-once script that changed fails the deploy, or warns with drift_policy=warn', async () => {
    const deploy = deployer(target());
    const file = path.join(dir, 'app', '002-task.sql');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'title        text NOT NULL',
        'title        varchar(200) NOT NULL',
      ),
    );
    const failed = await deploy(dir, db);
    expect(failed.code).toBe(13);
    expect(failed.stderr).toContain(
      'Failed in ./app/002-task.sql: changed after it was applied (drift)',
    );
    expect(failed.stderr).toContain('b97eba19-63b1-4b48-9817-72dc1fdd32cf');

    const warned = await deploy(dir, db, ['--param', 'drift_policy=warn']);
    expect(warned.stderr).toContain(
      './app/002-task.sql changed after it was applied; not run again',
    );
    expect(warned.stderr).toContain(
      'Plan: 0 new, 16 re-run (idempotent), 5 already applied, 1 drifted',
    );
    expect(warned.code).toBe(0);
  });

  it('missing required parameters and unknown ones: exit 13 with every problem listed, nothing created', async () => {
    const deploy = deployer(target());
    const dir2 = await scaffold();
    const db2 = fresh();
    const r = await deploy(
      dir2,
      db2,
      ['--param', 'admin_password=x', '--param', 'envv=prod'],
      false,
    );
    expect(r.code).toBe(13);
    expect(r.stderr).toContain('invalid parameters:');
    expect(r.stderr).toContain(
      'missing required parameter app_password (Password of the application role)',
    );
    expect(r.stderr).toContain('missing required parameter readonly_password');
    expect(r.stderr).toContain('unknown parameter(s): envv');
    expect(r.stderr).not.toContain('admin_password=x');
    expect(await schemasAndRoles(db2)).toEqual({ schemas: 0, roles: 0 });

    const typed = await deploy(dir2, db2, ['--param', 'app_connection_limit=many']);
    expect(typed.code).toBe(13);
    expect(typed.stderr).toContain('app_connection_limit must be an integer');
  });

  it('dry_run=true runs everything, tests included, then rolls back: nothing is left', async () => {
    const deploy = deployer(target());
    const dir3 = await scaffold();
    const db3 = fresh();
    const r = await deploy(dir3, db3, ['--param', 'dry_run=true']);
    expect(r.stderr).toContain('[pgmi] Test suite completed (22 steps)');
    expect(r.stderr).toContain('dry run complete');
    expect(r.stderr).toContain('SQLSTATE PGDRY');
    expect(r.stderr).not.toContain('Done:');
    expect(r.code).toBe(13);
    expect(await schemasAndRoles(db3)).toEqual({ schemas: 0, roles: 0 });
  });

  it('runs as a deploying user with only CREATEROLE and CREATEDB: no superuser needed', async () => {
    const user = `${uniqueDbName('deployer')}`;
    const password = 'deployer-Secret-55';
    await sql(
      target(),
      'postgres',
      `CREATE ROLE ${pg.escapeIdentifier(user)} LOGIN CREATEROLE CREATEDB PASSWORD '${password}'`,
    );
    const u = new URL(target().url);
    u.username = user;
    u.password = password;
    const asDeployer = deployer({ url: u.toString() });
    const dir5 = await scaffold();
    const db5 = fresh();
    try {
      for (const expected of ['Plan: 22 new', 'Plan: 0 new, 16 re-run']) {
        const r = await asDeployer(dir5, db5);
        expect(r.stderr).toContain(expected);
        expect(r.stderr).toContain('[pgmi] Test suite completed (22 steps)');
        expect(r.code).toBe(0);
      }
      const owner = await sql<{ super: boolean }>(
        target(),
        'postgres',
        `SELECT rolsuper AS super FROM pg_roles WHERE rolname = '${user}'`,
      );
      expect(owner).toEqual([{ super: false }]);
    } finally {
      await sql(target(), 'postgres', `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(db5)}`);
      for (const role of [...ROLES].reverse())
        await sql(
          target(),
          'postgres',
          `DROP ROLE IF EXISTS ${pg.escapeIdentifier(`${db5}_${role}`)}`,
        );
      await sql(target(), 'postgres', `DROP ROLE IF EXISTS ${pg.escapeIdentifier(user)}`);
    }
  });

  it('a broken script exits 13 naming the file; nothing of the atomic head remains, roles included', async () => {
    const deploy = deployer(target());
    const dir4 = await scaffold();
    writeFileSync(
      path.join(dir4, 'app', '004-broken.sql'),
      '/*\n<pgmi-meta id="d9d7d075-fad6-4b33-a9ba-f55b90dade50" idempotent="false">\n' +
        '  <sortKeys><key>100/004</key></sortKeys>\n</pgmi-meta>\n*/\n' +
        "ALTER TABLE app.task ADD COLUMN estimate interval;\nUPDATE app.task SET estimate = '1 day'::interval / 0;\n",
    );
    const db4 = fresh();
    const r = await deploy(dir4, db4);
    expect(r.code).toBe(13);
    expect(r.stderr).toContain('Failed in ./app/004-broken.sql: division by zero');
    expect(await schemasAndRoles(db4)).toEqual({ schemas: 0, roles: 0 });
  });
});

/** Everything a redeploy must leave alone: tables, columns, types, policies, function bodies. */
const SCHEMA_FINGERPRINT = `
  SELECT md5(string_agg(x, E'\n' ORDER BY x)) AS fp FROM (
    SELECT format('rel %s.%s %s', n.nspname, c.relname, c.relkind) FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname IN ('app', 'api', 'membership', 'ledger', 'report', 'core', 'common')
    UNION ALL
    SELECT format('col %s.%s %s %s', a.attrelid::regclass, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull)
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname IN ('app', 'api', 'membership', 'ledger', 'report') AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    SELECT format('fn %s %s', p.oid::regprocedure, md5(p.prosrc)) FROM pg_proc p
      JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname IN ('app', 'api', 'membership', 'core', 'common')
    UNION ALL
    SELECT format('policy %s %s %s', polrelid::regclass, polname, pg_get_expr(polqual, polrelid)) FROM pg_policy
  ) s (x)`;

describe.each([16, 18] as const)('advanced template on PostgreSQL %i', (major) => {
  let server: EmbeddedServer | undefined;
  const db = uniqueDbName(`adv${major}`);
  beforeAll(async () => {
    server = await startEmbeddedServer({ major });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it(`deploys, passes its tests and redeploys with no schema change on PostgreSQL ${major}`, async () => {
    const target = { url: server!.url };
    const version = await sql<{ v: number }>(
      target,
      'postgres',
      "SELECT current_setting('server_version_num')::int / 10000 AS v",
    );
    expect(version).toEqual([{ v: major }]);
    const deploy = deployer(target);
    const dir = await scaffold();
    const first = await deploy(dir, db);
    expect(first.stderr).toContain('[pgmi] Test suite completed (22 steps)');
    expect(first.code).toBe(0);
    const before = await sql<{ fp: string }>(target, db, SCHEMA_FINGERPRINT);
    const second = await deploy(dir, db);
    expect(second.stderr).toContain(
      'Plan: 0 new, 16 re-run (idempotent), 6 already applied, 0 drifted',
    );
    expect(second.code).toBe(0);
    expect(await sql<{ fp: string }>(target, db, SCHEMA_FINGERPRINT)).toEqual(before);

    // Semantic tool curation switched on, asking for pgvector, which this server lacks: a
    // warning, the pure-SQL provider, the curation test passes, the deploy succeeds.
    const curated = await deploy(dir, db, [
      '--param',
      'semantic_curation=true',
      '--param',
      'curation_provider=pgvector',
    ]);
    expect(curated.stderr).toContain('pgvector is not available on this server');
    expect(curated.stderr).toContain('semantic curation: hashed provider');
    expect(curated.stderr).toContain('Plan: 1 new, 16 re-run (idempotent), 6 already applied');
    expect(curated.stderr).toContain('[pgmi] Test suite completed (22 steps)');
    expect(curated.code).toBe(0);
  });
});
