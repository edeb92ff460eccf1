/**
 * Spawns the built CLI bundle exactly as a user would (`node dist/cli/index.js …`) and captures
 * stdout, stderr and the exit code. The environment starts clean of the PG… and DATABASE_URL variables so
 * the host machine cannot leak into a test; pass what the test needs in `env`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { connectionParts } from './db';

export const CLI = path.resolve('dist/cli/index.js');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Written to stdin, then stdin is closed. Default: stdin closed at once. */
  input?: string;
  /** Keep stdin open (never written) — an open, silent pipe. */
  keepStdinOpen?: boolean;
  timeoutMs?: number;
  /** Called with the child right after spawning (e.g. to send signals). */
  onSpawn?: (child: import('node:child_process').ChildProcess) => void;
}

const STRIPPED =
  /^(PG[A-Z]+|DATABASE_URL|PGMI_[A-Z_]+|AZURE_[A-Z_]+|AWS_[A-Z_]+|GITHUB_[A-Z_]+|INPUT_.*|GITLAB_CI|TF_BUILD|NO_COLOR)$/;

export function cleanEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !STRIPPED.test(k)) env[k] = v;
  env.CI = 'true';
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function runNode(script: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: opts.cwd,
      env: cleanEnv(opts.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else if (!opts.keepStdinOpen) child.stdin.end();
    opts.onSpawn?.(child);
  });
}

/** `pgmi <args>` from the bundle. */
export function runPgmi(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return runNode(CLI, args, opts);
}

/** Connection flags for the shared test server (password through PGPASSWORD, as users do). */
export function connFlags(): { args: string[]; env: Record<string, string> } {
  const c = connectionParts();
  return {
    args: ['-h', c.host, '-p', String(c.port), '-U', c.user],
    env: { PGPASSWORD: c.password },
  };
}
