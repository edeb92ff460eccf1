/**
 * gh-11: the CLI at a terminal of a given width, piped into a reader that goes away, and with a
 * cloud flag whose credentials are missing — each through the built bundle.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, cleanEnv, runPgmi } from './helpers/cli';

/** Every command's `--help`, as a user reaches it. */
const HELP_COMMANDS = [
  [],
  ['deploy'],
  ['init'],
  ['info'],
  ['config'],
  ['metadata'],
  ['metadata', 'plan'],
  ['templates', 'list'],
  ['ai'],
  ['ai', 'setup'],
  ['completion'],
  ['serve'],
];

describe('help fits the terminal (gh-11)', () => {
  for (const columns of [80, 120]) {
    it(`no help line is longer than COLUMNS=${columns}`, async () => {
      const long: string[] = [];
      for (const words of HELP_COMMANDS) {
        const r = await runPgmi([...words, '--help'], { env: { COLUMNS: String(columns) } });
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('Usage: pgmi');
        for (const l of r.stdout.split('\n'))
          if ([...l].length > columns) long.push(`pgmi ${words.join(' ')} --help: ${l}`);
      }
      expect(long).toEqual([]);
    });
  }

  it('the deploy options wrap onto a description column instead of overflowing', async () => {
    const r = await runPgmi(['deploy', '--help'], { env: { COLUMNS: '80' } });
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.includes('--sslmode <mode>'));
    // The continuation of the sslmode description starts in the description column.
    const col = lines[i].indexOf('TLS mode');
    expect(col).toBeGreaterThan(10);
    expect(lines[i + 1].slice(0, col).trim()).toBe('');
    expect(lines[i + 1].slice(col)).toMatch(/\S/);
  });
});

/** Spawns the CLI with stdout's read end already closed: its first write meets EPIPE. */
function runWithClosedStdout(
  args: string[],
  cwd?: string,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('a reader that goes away (| head -1) ends the CLI quietly (gh-11)', () => {
  it.each([[['ai', 'contract']], [['deploy', '--help']], [['version']], [['ai', 'skills']]])(
    'pgmi %j: no EPIPE, no stack trace',
    async (args) => {
      const r = await runWithClosedStdout(args);
      expect(r.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
      expect(r.code).toBe(0);
    },
  );

  it('a real pipeline: pgmi ai setup --dry-run --all | head -1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-head-'));
    writeFileSync(path.join(dir, 'deploy.sql'), 'SELECT 1;\n');
    const r = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const sh = spawn(
        'sh',
        ['-c', `"${process.execPath}" "${CLI}" ai setup --dry-run --all 2>&1 | head -1`],
        { cwd: dir, env: cleanEnv() },
      );
      let out = '';
      sh.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      sh.on('close', (code) => resolve({ code, out }));
    });
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/^would create /);
  });
});

describe('--google without credentials (gh-11)', () => {
  it('one message, exit 11, no stack trace', async () => {
    const project = mkdtempSync(path.join(tmpdir(), 'pgmi-google-none-'));
    writeFileSync(path.join(project, 'deploy.sql'), 'SELECT 1;\n');
    const home = mkdtempSync(path.join(tmpdir(), 'pgmi-google-nohome-'));
    const r = await runPgmi(
      [
        'deploy',
        project,
        '--google',
        '--google-instance',
        'proj:region:inst',
        '-U',
        'deployer@proj.iam',
        '-d',
        'x',
      ],
      {
        env: {
          HOME: home,
          GOOGLE_APPLICATION_CREDENTIALS: undefined,
          CLOUDSDK_CONFIG: path.join(home, 'gcloud'),
          // The metadata server probe goes to a closed local port, never to the network.
          GCE_METADATA_HOST: '127.0.0.1:9',
          GCE_METADATA_IP: '127.0.0.1:9',
        },
      },
    );
    expect(r.code).toBe(11);
    expect(r.stderr).not.toMatch(/\n\s+at |Node\.js v|Unhandled|Warning/);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('pgmi: error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('could not reach Cloud SQL instance "proj:region:inst"');
    expect(errors[0]).toContain('Could not load the default credentials');
  });
});
