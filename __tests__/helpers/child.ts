/** Spawns connect-child.ts in a fresh `node` with the given environment; returns its JSON. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConnectionInput } from '../../src/connect/resolve';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface ChildResult {
  ok: boolean;
  exitCode?: number;
  chain?: string[];
  formatted?: string;
  secrets: string[];
  warnings: string[];
  summary?: string[];
  server?: { user: string; database: string };
  row?: { user: string; ssl: boolean };
  stderr: string;
}

/** Preloads for a child: the TypeScript loader, plus a frozen clock when PGMI_FIXED_NOW is set. */
function preloads(env: Record<string, string | undefined>): string[] {
  const out = ['--import', path.join(here, 'ts-register.mjs')];
  if (env.PGMI_FIXED_NOW) out.push('--import', path.join(here, 'fixed-clock.mjs'));
  return out;
}

/** Runs `node <args>` from the repository root; resolves with stdout and stderr. */
export async function runNode(
  args: string[],
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
): Promise<{ stdout: string; stderr: string; code: number | null }> {
  const child = spawn(process.execPath, [...preloads(env), ...args], {
    cwd: path.resolve(here, '../..'),
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearTimeout(timer);
  return { stdout, stderr, code };
}

export async function runConnectChild(
  spec: { input: ConnectionInput; database?: string },
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
): Promise<ChildResult> {
  const { stdout, stderr } = await runNode(
    [path.join(here, 'connect-child.ts')],
    { ...env, PGMI_CHILD_SPEC: JSON.stringify(spec) },
    timeoutMs,
  );
  const line = stdout.trim().split('\n').pop() ?? '';
  try {
    return { ...(JSON.parse(line) as Omit<ChildResult, 'stderr'>), stderr };
  } catch {
    throw new Error(`child produced no result.\nstdout: ${stdout}\nstderr: ${stderr}`);
  }
}
