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

export async function runConnectChild(
  spec: { input: ConnectionInput; database?: string },
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
): Promise<ChildResult> {
  const child = spawn(
    process.execPath,
    ['--import', path.join(here, 'ts-register.mjs'), path.join(here, 'connect-child.ts')],
    {
      cwd: path.resolve(here, '../..'),
      env: { PATH: process.env.PATH, ...env, PGMI_CHILD_SPEC: JSON.stringify(spec) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await new Promise((resolve) => child.once('close', resolve));
  clearTimeout(timer);
  const line = stdout.trim().split('\n').pop() ?? '';
  try {
    return { ...(JSON.parse(line) as Omit<ChildResult, 'stderr'>), stderr };
  } catch {
    throw new Error(`child produced no result.\nstdout: ${stdout}\nstderr: ${stderr}`);
  }
}
