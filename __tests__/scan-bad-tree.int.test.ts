/**
 * gh-10 (bad input): problems in the project tree are configuration errors, found offline. Each
 * case runs the built CLI with --json against a recording listener: exit 10, one line naming the
 * path, and no connection attempt.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, cleanEnv, runPgmi, type RunResult } from './helpers/cli';
import { recordingListener, type RecordingListener } from './helpers/listener';
import { makeProject, removeProjects } from './helpers/project';

let listener: RecordingListener;

beforeAll(async () => {
  listener = await recordingListener();
});
afterAll(async () => {
  await listener.close();
  removeProjects();
});
afterEach(() => {
  expect(listener.connections).toBe(0);
});

const args = (dir: string) => [
  'deploy',
  dir,
  '-h',
  '127.0.0.1',
  '-p',
  String(listener.port),
  '-U',
  'u',
  '-d',
  'app',
  '--json',
];

/** Exit 10; the message is one line containing `needle`; stderr prints it after `pgmi: error:`. */
function expectConfigError(r: RunResult, needle: string): void {
  expect(r.code).toBe(10);
  const doc = JSON.parse(r.stdout) as { exitCode: number; error: string };
  expect(doc.exitCode).toBe(10);
  expect(doc.error).toContain(needle);
  expect(doc.error).not.toContain('\n');
  const errorLines = r.stderr.split('\n').filter((l) => l.startsWith('pgmi: error:'));
  expect(errorLines).toHaveLength(1);
  expect(errorLines[0]).toContain(needle);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

const project = (extra: Record<string, string | Buffer> = {}) =>
  makeProject({ 'deploy.sql': 'SELECT 1;\n', 'migrations/001.sql': 'SELECT 1;\n', ...extra });

describe('gh-10: project-tree problems are exit 10, offline', () => {
  it('a symlink', async () => {
    const dir = project();
    symlinkSync(path.join(dir, 'migrations/001.sql'), path.join(dir, 'migrations/link.sql'));
    expectConfigError(await runPgmi(args(dir)), 'refusing to read symlink ./migrations/link.sql');
  });

  it('a file over the size cap', async () => {
    const dir = project({ 'migrations/002.sql': 'SELECT 12345;\n' });
    const r = await runPgmi(args(dir), { env: { PGMI_MAX_FILE_SIZE: '12' } });
    expectConfigError(r, 'file ./migrations/002.sql is 14 bytes, larger than the 12-byte limit');
  });

  it('a FIFO', async () => {
    const dir = project();
    execFileSync('mkfifo', [path.join(dir, 'migrations/pipe.sql')]);
    expectConfigError(await runPgmi(args(dir)), './migrations/pipe.sql is not a regular file');
  });

  it('deploy.sql that is a directory', async () => {
    const dir = makeProject({ 'migrations/001.sql': 'SELECT 1;\n' });
    mkdirSync(path.join(dir, 'deploy.sql'));
    expectConfigError(await runPgmi(args(dir)), 'deploy.sql is a directory');
  });

  it('a file name that is not valid UTF-8 is named as such (not "no such file")', async () => {
    const dir = project();
    const name = Buffer.concat([
      Buffer.from(path.join(dir, 'migrations') + '/bad'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('.sql'),
    ]);
    writeFileSync(name, 'SELECT 1;\n');
    const r = await runPgmi(args(dir));
    expectConfigError(r, 'file name ./migrations/bad\\xff\\xfe.sql is not valid UTF-8');
    expect(r.stderr).not.toContain('ENOENT');
  });

  // Permission bits do not stop root, so as root the CLI runs as nobody (uid 65534).
  const asRoot = process.getuid?.() === 0;
  function runAsReader(cliArgs: string[]): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...cliArgs], {
        env: cleanEnv({ HOME: '/tmp' }),
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    });
  }
  const readable = (dir: string) => {
    for (const d of [dir, path.join(dir, 'migrations')]) chmodSync(d, 0o755);
    for (const f of ['deploy.sql', 'migrations/001.sql']) chmodSync(path.join(dir, f), 0o644);
  };

  it('an unreadable file', async () => {
    const dir = project({ 'migrations/002.sql': 'SELECT 2;\n' });
    readable(dir);
    chmodSync(path.join(dir, 'migrations/002.sql'), 0o000);
    expectConfigError(
      await runAsReader(args(dir)),
      'failed to read ./migrations/002.sql: EACCES: permission denied',
    );
  });

  it('an unreadable directory', async () => {
    const dir = project({ 'locked/002.sql': 'SELECT 2;\n' });
    readable(dir);
    chmodSync(path.join(dir, 'locked'), 0o000);
    expectConfigError(
      await runAsReader(args(dir)),
      'failed to read directory ./locked: EACCES: permission denied',
    );
  });
});
