/**
 * The advanced template as an application server, for HTTP tests: `pgmi init -t advanced` (plus
 * extra handler files), `pgmi deploy` into a fresh database, then the template's own gateway
 * (`tools/mcp-gateway.mjs`) started on 127.0.0.1 as the application role. `pg` comes from this
 * repository's node_modules through NODE_PATH, as `npm install` in tools/ would provide it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { cleanEnv, runPgmi, type RunResult } from './cli';
import { uniqueDbName } from './db';
import { freePort } from './embedded';

export const APP_PASSWORD = 'app-Gateway-Secret-3c1';
const PARAMS = `admin_password=adm-Gateway-9f2\napp_password=${APP_PASSWORD}\nreadonly_password=ro-Gateway-77e\n`;
export const FIXTURE_HANDLERS = path.resolve('__tests__/fixtures/app-handlers/examples.sql');
export const ROLE_SUFFIXES = ['owner', 'admin', 'app', 'readonly', 'api', 'customer'];

export interface AppProject {
  dir: string;
  db: string;
  serverUrl: string;
  deploy(extra?: string[]): Promise<RunResult>;
  /** A superuser client query on the project's database. */
  sql<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<R[]>;
  /** The application role's connection URL (what the gateway logs in with). */
  appUrl(): string;
  drop(): Promise<void>;
}

function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = '/' + db;
  return u.toString();
}

export async function createAppProject(
  serverUrl: string,
  handlerFiles: string[] = [FIXTURE_HANDLERS],
): Promise<AppProject> {
  const work = mkdtempSync(path.join(tmpdir(), 'pgmi-app-'));
  const dir = path.join(work, 'project');
  const init = await runPgmi(['init', dir, '-t', 'advanced']);
  if (init.code !== 0) throw new Error(`pgmi init failed: ${init.stderr}`);
  for (const f of handlerFiles) copyFileSync(f, path.join(dir, 'api', path.basename(f)));
  writeFileSync(path.join(dir, '.secrets.params'), PARAMS);
  const db = uniqueDbName('app');
  const u = new URL(serverUrl);
  const args = ['-h', u.hostname, '-p', u.port, '-U', decodeURIComponent(u.username), '-d', db];
  const project: AppProject = {
    dir,
    db,
    serverUrl,
    deploy: (extra = []) =>
      runPgmi(
        ['deploy', dir, ...args, '--params-file', path.join(dir, '.secrets.params'), ...extra],
        { env: { PGPASSWORD: decodeURIComponent(u.password) } },
      ),
    async sql(text, values) {
      const c = new pg.Client({ connectionString: withDb(serverUrl, db) });
      await c.connect();
      try {
        return (await c.query(text, values)).rows;
      } finally {
        await c.end();
      }
    },
    appUrl() {
      const a = new URL(withDb(serverUrl, db));
      a.username = `${db}_app`;
      a.password = APP_PASSWORD;
      return a.toString();
    },
    async drop() {
      const c = new pg.Client({ connectionString: withDb(serverUrl, 'postgres') });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(db)} WITH (FORCE)`);
        for (const r of [...ROLE_SUFFIXES].reverse())
          await c.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(`${db}_${r}`)}`);
      } finally {
        await c.end();
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
  return project;
}

export interface RunningGateway {
  url: string;
  port: number;
  child: ChildProcess;
  stderr: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts tools/mcp-gateway.mjs of the project and waits until it listens. */
export async function startGateway(
  project: AppProject,
  env: Record<string, string | undefined> = {},
): Promise<RunningGateway> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(project.dir, 'tools', 'mcp-gateway.mjs')], {
    env: cleanEnv({
      DATABASE_URL: project.appUrl(),
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_PATH: path.resolve('node_modules'),
      ...env,
    }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  while (!stderr.includes('listening on')) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`gateway did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    stderr: () => stderr,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
