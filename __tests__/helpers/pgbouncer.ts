/**
 * A real PgBouncer (Debian's `pgbouncer` package) in front of a test server, configured in a
 * temp directory. PgBouncer refuses to run as root, so as root it is told to switch to the
 * `postgres` user (`-u`), which then owns the directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './embedded';

export interface PgBouncer {
  port: number;
  stop(): Promise<void>;
}

export function pgbouncerBinary(): string {
  for (const p of ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer', '/usr/local/bin/pgbouncer']) {
    if (existsSync(p)) return p;
  }
  throw new Error('pgbouncer is not installed (apt-get install -y pgbouncer)');
}

async function waitForPort(port: number, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  const text = existsSync(log) ? readFileSync(log, 'utf8') : '';
  throw new Error(`pgbouncer did not start:\n${text}`);
}

export async function startPgBouncer(opts: {
  mode: 'session' | 'transaction' | 'statement';
  target: { host: string; port: number; user: string; password: string };
}): Promise<PgBouncer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-pgbouncer-'));
  const port = await freePort();
  const log = path.join(dir, 'pgbouncer.log');
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  writeFileSync(
    path.join(dir, 'users.txt'),
    `${quote(opts.target.user)} ${quote(opts.target.password)}\n`,
  );
  writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${opts.target.host} port=${opts.target.port}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = plain',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      `pool_mode = ${opts.mode}`,
      `logfile = ${log}`,
      `pidfile = ${path.join(dir, 'pgbouncer.pid')}`,
      'default_pool_size = 5',
      '',
    ].join('\n'),
  );
  const root = process.getuid?.() === 0;
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    for (const f of ['', 'users.txt', 'pgbouncer.ini']) chownSync(path.join(dir, f), uid, gid);
  }
  const args = [...(root ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')];
  const child = spawn(pgbouncerBinary(), args, { stdio: 'ignore' });
  await waitForPort(port, child, log);
  return {
    port,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
