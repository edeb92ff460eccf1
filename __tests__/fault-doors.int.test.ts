/**
 * gh-10: a connection lost under the Action bundle and under `pgmi serve` (driven by the MCP
 * SDK's client over stdio): exit 11 / an error result naming the phase, every output still
 * produced, no stack trace, and the MCP server answering the next call.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commands, runAction } from './helpers/action';
import { CLI, cleanEnv } from './helpers/cli';
import {
  connectionParts,
  createTestDatabase,
  dropTestDatabase,
  query,
  uniqueDbName,
} from './helpers/db';
import { makeProject, removeProjects } from './helpers/project';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy';

const conn = connectionParts();
const databases: string[] = [];
let proxy: TcpProxy;

beforeAll(async () => {
  proxy = await startTcpProxy({ host: conn.host, port: conn.port });
});
afterAll(async () => {
  await proxy.close();
  for (const db of databases) await dropTestDatabase(db);
  removeProjects();
});
afterEach(() => proxy.forward());

async function newDb(prefix: string): Promise<string> {
  const db = await createTestDatabase(prefix);
  databases.push(db);
  return db;
}

async function tables(db: string): Promise<string> {
  const rows = await query<{ t: string | null }>(
    db,
    "SELECT string_agg(relname, ',' ORDER BY relname) AS t FROM pg_class WHERE relnamespace = 'public'::regnamespace",
  );
  return rows[0].t ?? '';
}

const backendsIn = async (db: string) =>
  (
    await query<{ n: number }>(
      'postgres',
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [db],
    )
  )[0].n;

const FILES: Record<string, Record<string, string>> = {
  load: {
    'deploy.sql': 'BEGIN; CREATE TABLE should_not_exist (id int); COMMIT;\n',
    'migrations/001.sql': `-- pgmi-fault-load\nSELECT '${'x'.repeat(2000)}';\n`,
  },
  head: {
    'deploy.sql': `BEGIN;
CREATE TABLE before_cut (id int);
DO $$ BEGIN RAISE NOTICE 'pgmi-fault-head'; END $$;
SELECT pg_sleep(2);
COMMIT;
`,
    '__test__/test_ok.sql': 'SELECT 1;\n',
  },
  tail: {
    'deploy.sql': `BEGIN; CREATE TABLE head_t (id int); COMMIT;
CREATE TABLE tail_1 (id int);
DO $$ BEGIN RAISE NOTICE 'pgmi-fault-tail'; END $$;
SELECT pg_sleep(1);
`,
  },
};

const TRIGGERS = {
  load: { pattern: 'pgmi-fault-load', direction: 'to-server' },
  head: { pattern: 'pgmi-fault-head', direction: 'to-client' },
  tail: { pattern: 'pgmi-fault-tail', direction: 'to-client' },
} as const;

const AFTER: Record<string, string> = {
  load: 'existing',
  head: 'existing',
  tail: 'existing,head_t,tail_1',
};

describe('gh-10: the Action bundle', () => {
  for (const phase of ['load', 'head', 'tail'] as const) {
    it(`a connection cut during the ${phase}: exit 11, outputs, one annotation naming the phase, summary`, async () => {
      const db = await newDb(`act_${phase}`);
      await query(db, 'CREATE TABLE existing (id int)');
      const ws = path.join(tmpdir(), uniqueDbName('pgmi-ws'));
      for (const [rel, content] of Object.entries(FILES[phase])) {
        mkdirSync(path.dirname(path.join(ws, 'proj', rel)), { recursive: true });
        writeFileSync(path.join(ws, 'proj', rel), content);
      }
      proxy.on({ ...TRIGGERS[phase], action: 'cut' });
      const r = await runAction({
        workspace: ws,
        inputs: {
          host: '127.0.0.1',
          port: String(proxy.port),
          username: conn.user,
          password: conn.password,
          database: db,
          'project-path': 'proj',
          'junit-report': 'junit.xml',
        },
      });
      expect(proxy.fired).toBe(true);
      expect(r.code).toBe(1);
      expect(r.outputs).toMatchObject({ 'exit-code': '11', result: 'connection-error' });
      expect(r.outputs['junit-report']).not.toBe('');
      const errors = commands(r.stdout, 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(
        `connection lost ${phase === 'tail' ? 'during unit 3 of 4' : ''}`,
      );
      expect(r.summary).toContain('connection lost');
      expect(r.stdout + r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(await tables(db)).toBe(AFTER[phase]);
    });
  }
});

describe('gh-10: pgmi serve', () => {
  let client: Client;
  let stderr = '';

  beforeAll(async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [CLI, 'serve'],
      env: cleanEnv({ PGPASSWORD: conn.password }),
      stderr: 'pipe',
    });
    transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    client = new Client({ name: 'pgmi-fault-test', version: '1.0.0' });
    await client.connect(transport);
  }, 30_000);
  afterAll(async () => {
    await client?.close();
  });

  const deploy = async (args: Record<string, unknown>) =>
    (await client.callTool({ name: 'deploy', arguments: args })) as CallToolResult;

  for (const phase of ['load', 'head', 'tail'] as const) {
    it(`a connection cut during the ${phase}: an error result naming the phase; the server answers the next call`, async () => {
      const db = await newDb(`mcp_${phase}`);
      await query(db, 'CREATE TABLE existing (id int)');
      const project = makeProject(FILES[phase]);
      proxy.on({ ...TRIGGERS[phase], action: 'cut' });
      const r = await deploy({
        path: project,
        host: '127.0.0.1',
        port: proxy.port,
        username: conn.user,
        database: db,
      });
      expect(proxy.fired).toBe(true);
      expect(r.isError).toBe(true);
      const sc = r.structuredContent as Record<string, unknown>;
      expect(sc).toMatchObject({ exitCode: 11, connectionLost: phase });
      expect(String(sc.message)).toMatch(/^connection lost /);
      expect(sc.panic).toBeUndefined();
      expect(await tables(db)).toBe(AFTER[phase]);

      // The server is still there and deploys again, straight to the server this time, once the
      // orphaned backend has noticed its client is gone and released the deploy lock.
      for (let i = 0; i < 100 && (await backendsIn(db)) > 0; i++) {
        await new Promise((res) => setTimeout(res, 100));
      }
      const again = await deploy({
        path: makeProject({ 'deploy.sql': 'CREATE TABLE after_loss (id int);\n' }),
        host: conn.host,
        port: conn.port,
        username: conn.user,
        database: db,
      });
      expect(again.isError).toBeFalsy();
      expect((again.structuredContent as Record<string, unknown>).exitCode).toBe(0);
      await query(db, 'DROP TABLE after_loss');
      expect(stderr).not.toContain('Unhandled');
    });
  }
});
