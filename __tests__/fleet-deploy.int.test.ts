/**
 * gh-14: one project, many databases. Twelve tenant databases found by a discovery query, one of
 * them holding an object that makes the migration fail, deployed through the built CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connFlags, runPgmi, type RunOptions } from './helpers/cli';
import { query, withClient } from './helpers/db';
import { MIGRATE_ONLY, makeProject, removeProjects } from './helpers/project';

const conn = connFlags();
// Unique to this file, so a concurrent test file can never discover (or drop) our tenants.
const PREFIX = 'tenant';
const TENANTS = Array.from({ length: 12 }, (_, i) => `${PREFIX}_${String(i + 1).padStart(2, '0')}`);
const DISCOVERY = `SELECT datname FROM pg_database WHERE datname ~ '^${PREFIX}_[0-9]{2}$' ORDER BY datname`;

const MIGRATION = [
  "CREATE TABLE IF NOT EXISTS accounts (id int PRIMARY KEY, plan text NOT NULL DEFAULT 'free');",
  "INSERT INTO accounts (id, plan) VALUES (0, 'system');",
  // A tenant that deploys takes a moment; the broken one fails at once (line 2).
  'SELECT pg_sleep(0.4);',
  'CREATE TABLE invoices (id int PRIMARY KEY, account int REFERENCES accounts);',
  '',
].join('\n');

const project = () =>
  makeProject({ 'deploy.sql': MIGRATE_ONLY, 'migrations/001_billing.sql': MIGRATION });

const fleet = (args: string[], opts: RunOptions = {}) =>
  runPgmi(['deploy', ...args, ...conn.args], { ...opts, env: { ...conn.env, ...opts.env } });

async function resetTenants(broken: string[]): Promise<void> {
  await withClient(async (c) => {
    for (const t of TENANTS) {
      await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(t)} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${pg.escapeIdentifier(t)}`);
    }
  });
  // The conflicting object: a legacy accounts table without the column the migration fills.
  for (const t of broken) await query(t, 'CREATE TABLE accounts (id int PRIMARY KEY)');
}

async function hasTable(db: string, table: string): Promise<boolean> {
  const rows = await query<{ k: string | null }>(
    db,
    'SELECT (SELECT relkind::text FROM pg_class WHERE oid = to_regclass($1)) AS k',
    [table],
  );
  return rows[0].k === 'r';
}

interface TargetDoc {
  database: string;
  status: string;
  exitCode: number | null;
  durationMs: number;
  error: { script?: string; line?: number; sqlstate?: string; message: string } | null;
}
interface FleetDoc {
  status: string;
  exitCode: number;
  targets: TargetDoc[];
  totals: { total: number; succeeded: number; failed: number; skipped: number };
}

afterAll(async () => {
  removeProjects();
  await withClient(async (c) => {
    for (const t of TENANTS)
      await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(t)} WITH (FORCE)`);
  });
});

describe('a tenant fleet from --targets-query', () => {
  it('--parallel 4 --continue-on-error --json: 11 succeed, tenant_07 fails at the migration file and line, exit 13', async () => {
    await resetTenants(['tenant_07']);
    const r = await fleet([
      project(),
      '--targets-query',
      DISCOVERY,
      '--parallel',
      '4',
      '--continue-on-error',
      '--json',
    ]);
    expect(r.code).toBe(13);
    const doc = JSON.parse(r.stdout) as FleetDoc;
    expect(doc.status).toBe('failed');
    expect(doc.exitCode).toBe(13);
    expect(doc.totals).toEqual({ total: 12, succeeded: 11, failed: 1, skipped: 0 });
    expect(doc.targets.map((t) => t.database)).toEqual(TENANTS);
    const failed = doc.targets.filter((t) => t.status === 'failed');
    expect(failed.map((t) => t.database)).toEqual(['tenant_07']);
    expect(failed[0].exitCode).toBe(13);
    expect(failed[0].error).toMatchObject({
      script: './migrations/001_billing.sql',
      line: 2,
      sqlstate: '42703',
    });
    for (const t of TENANTS) {
      expect([t, await hasTable(t, 'invoices')]).toEqual([t, t !== 'tenant_07']);
    }
    // One line per target as it finished, then the totals.
    for (const t of TENANTS) expect(r.stderr).toMatch(new RegExp(`^(✓|✗) ${t}: `, 'm'));
    expect(r.stderr).toContain(
      '✗ tenant_07: exit 13 (sql-error) at ./migrations/001_billing.sql:2',
    );
    expect(r.stderr).toMatch(/12 target\(s\): 11 succeeded, 1 failed, 0 skipped in \d+\.\d\ds/);
  });

  it('without --continue-on-error no target starts after the failure is seen: the rest are skipped', async () => {
    await resetTenants(['tenant_07']);
    // One at a time, the order is exact: 1-6 deployed, 7 failed, 8-12 never touched.
    const serial = await fleet([
      project(),
      '--targets-query',
      DISCOVERY,
      '--parallel',
      '1',
      '--json',
    ]);
    expect(serial.code).toBe(13);
    const s = JSON.parse(serial.stdout) as FleetDoc;
    expect(s.totals).toEqual({ total: 12, succeeded: 6, failed: 1, skipped: 5 });
    expect(s.targets.map((t) => t.status)).toEqual([
      ...Array(6).fill('succeeded'),
      'failed',
      ...Array(5).fill('skipped'),
    ]);
    for (const t of s.targets.filter((x) => x.status === 'skipped')) {
      expect(t.exitCode).toBeNull();
      expect(await hasTable(t.database, 'accounts')).toBe(false);
    }

    await resetTenants(['tenant_07']);
    // Four at a time: --verbose says when each target starts; none may start once tenant_07's
    // failure is printed, and every target that never started is skipped and untouched.
    const wide = await fleet([
      project(),
      '--targets-query',
      DISCOVERY,
      '--parallel',
      '4',
      '--json',
      '--verbose',
    ]);
    expect(wide.code).toBe(13);
    const w = JSON.parse(wide.stdout) as FleetDoc;
    const lines = wide.stderr.split('\n');
    const failedAt = lines.findIndex((l) => l.startsWith('✗ tenant_07: exit 13'));
    expect(failedAt).toBeGreaterThan(0);
    const started = (l: string) => /^\[VERBOSE\] (\S+): starting$/.exec(l)?.[1];
    expect(lines.slice(failedAt).map(started).filter(Boolean)).toEqual([]);
    const startedNames = new Set(lines.map(started).filter(Boolean));
    const skipped = w.targets.filter((t) => t.status === 'skipped');
    expect(w.totals.failed).toBe(1);
    expect(skipped.length).toBeGreaterThanOrEqual(1);
    for (const t of w.targets) {
      expect([t.database, startedNames.has(t.database)]).toEqual([
        t.database,
        t.status !== 'skipped',
      ]);
    }
    for (const t of skipped) expect(await hasTable(t.database, 'accounts')).toBe(false);
    expect(w.totals.succeeded + w.totals.failed + w.totals.skipped).toBe(12);
  });

  it('--canary 1 with tenant_01 broken: only tenant_01 ran', async () => {
    await resetTenants(['tenant_01']);
    const r = await fleet([
      project(),
      '--targets-query',
      DISCOVERY,
      '--canary',
      '1',
      '--continue-on-error',
      '--json',
    ]);
    expect(r.code).toBe(13);
    const doc = JSON.parse(r.stdout) as FleetDoc;
    expect(doc.totals).toEqual({ total: 12, succeeded: 0, failed: 1, skipped: 11 });
    expect(doc.targets[0]).toMatchObject({ database: 'tenant_01', status: 'failed', exitCode: 13 });
    for (const t of TENANTS.slice(1)) expect(await hasTable(t, 'invoices')).toBe(false);
  });
});

describe('sharding and report merge', () => {
  it('--shard 1/3, 2/3, 3/3 cover the 12 exactly once, the same split every run; merge equals the single run', async () => {
    await resetTenants(['tenant_07']);
    const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-shards-'));
    const proj = project();
    const reports: string[] = [];
    const shards: string[][] = [];
    for (const i of [1, 2, 3]) {
      const r = await fleet([
        proj,
        '--targets-query',
        DISCOVERY,
        '--shard',
        `${i}/3`,
        '--continue-on-error',
        '--json',
      ]);
      const doc = JSON.parse(r.stdout) as FleetDoc;
      expect(r.code).toBe(doc.exitCode);
      shards.push(doc.targets.map((t) => t.database));
      const file = path.join(dir, `shard-${i}.json`);
      writeFileSync(file, r.stdout);
      reports.push(file);
    }
    expect(shards.flat().sort()).toEqual(TENANTS);
    for (const s of shards) expect(s.length).toBe(4);
    // Same split again: a fresh process computes the same shard from the same list.
    const again = await fleet([
      proj,
      '--targets',
      [...TENANTS].reverse().join(','),
      '--shard',
      '2/3',
      '--json',
    ]);
    expect((JSON.parse(again.stdout) as FleetDoc).targets.map((t) => t.database).sort()).toEqual(
      [...shards[1]].sort(),
    );

    const merged = await runPgmi(['report', 'merge', ...reports, '--json']);
    expect(merged.code).toBe(13);
    const doc = JSON.parse(merged.stdout) as FleetDoc;
    expect(doc.totals).toEqual({ total: 12, succeeded: 11, failed: 1, skipped: 0 });
    expect(doc.exitCode).toBe(13);
    expect(doc.targets.map((t) => t.database)).toEqual(TENANTS);
    expect(doc.targets.find((t) => t.status === 'failed')?.database).toBe('tenant_07');
  });
});

describe('signals', () => {
  it('SIGTERM during a fleet deploy: exit 143, every in-flight head rolled back, no lock left', async () => {
    await resetTenants([]);
    const proj = makeProject({
      'deploy.sql': 'BEGIN; CREATE TABLE head_obj (); SELECT pg_sleep(30); COMMIT;',
    });
    const sleeping = async () =>
      Number(
        (
          await query<{ n: string }>(
            'postgres',
            "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = ANY($1) AND query LIKE '%pg_sleep%' AND state = 'active'",
            [TENANTS],
          )
        )[0].n,
      );
    const r = await fleet([proj, '--targets', TENANTS.join(','), '--parallel', '4', '--json'], {
      onSpawn: (child) => {
        const deadline = Date.now() + 30000;
        const poll = setInterval(() => {
          void sleeping().then((n) => {
            if (n >= 4 || Date.now() > deadline) {
              clearInterval(poll);
              child.kill('SIGTERM');
            }
          });
        }, 100);
      },
    });
    expect(r.code).toBe(143);
    const doc = JSON.parse(r.stdout) as FleetDoc;
    expect(doc.exitCode).toBe(143);
    const ran = doc.targets.filter((t) => t.status !== 'skipped');
    expect(ran).toHaveLength(4);
    for (const t of ran) expect(t).toMatchObject({ status: 'failed', exitCode: 143 });
    expect(doc.totals).toEqual({ total: 12, succeeded: 0, failed: 4, skipped: 8 });
    for (const t of TENANTS) expect(await hasTable(t, 'head_obj')).toBe(false);
    const locks = await query<{ n: string }>(
      'postgres',
      "SELECT count(*) AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = ANY($1)",
      [TENANTS],
    );
    expect(Number(locks[0].n)).toBe(0);
    expect(await sleeping()).toBe(0);
  });
});

describe('offline validation (exit 10, nothing touched)', () => {
  it('an empty list, a duplicate, or -d with --targets', async () => {
    const proj = project();
    const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-targets-'));
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '# nobody yet\n\n');
    const e = await fleet([proj, '--targets-file', empty]);
    expect(e.code).toBe(10);
    expect(e.stderr).toContain(`--targets-file ${empty}: the target list is empty`);

    const d = await fleet([proj, '--targets', 'tenant_a,tenant_b,tenant_a']);
    expect(d.code).toBe(10);
    expect(d.stderr).toContain('--targets entry 3: duplicate target "tenant_a" (same as entry 1)');

    const both = await fleet([proj, '--targets', 'tenant_a', '-d', 'tenant_b']);
    expect(both.code).toBe(10);
    expect(both.stderr).toContain('-d names one database and the target options name many');
    for (const db of ['tenant_a', 'tenant_b']) {
      const rows = await query('postgres', 'SELECT 1 FROM pg_database WHERE datname = $1', [db]);
      expect(rows).toHaveLength(0);
    }
  });

  it('a password in a listed connection string is redacted everywhere', async () => {
    const proj = project();
    const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-targets-'));
    const list = path.join(dir, 'targets.txt');
    const secret = 'S3cretTenantPw';
    writeFileSync(
      list,
      `postgresql://someone:${secret}@127.0.0.1:1/tenant_x\npostgresql://someone:${secret}@127.0.0.1:1/tenant_x\n`,
    );
    const r = await fleet([proj, '--targets-file', list, '--json']);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain(
      'entry 2: duplicate target "127.0.0.1:1/tenant_x" (same as entry 1)',
    );
    expect(r.stderr + r.stdout).not.toContain(secret);

    writeFileSync(list, `postgresql://someone:${secret}@127.0.0.1:1/tenant_x\n`);
    const down = await fleet([proj, '--targets-file', list, '--json']);
    expect(down.code).toBe(11);
    const doc = JSON.parse(down.stdout) as FleetDoc;
    expect(doc.targets[0]).toMatchObject({
      database: '127.0.0.1:1/tenant_x',
      status: 'failed',
      exitCode: 11,
    });
    expect(down.stderr + down.stdout).not.toContain(secret);
  });

  it('bad --parallel and --shard values name the flag', async () => {
    const proj = project();
    const p = await fleet([proj, '--targets', 'a', '--parallel', '0']);
    expect(p.code).toBe(10);
    expect(p.stderr).toContain('--parallel "0": expected a whole number of at least 1');
    const s = await fleet([proj, '--targets', 'a', '--shard', '4/3']);
    expect(s.code).toBe(10);
    expect(s.stderr).toContain('--shard "4/3": expected I/N');
  });
});
