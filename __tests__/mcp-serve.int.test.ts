/**
 * `pgmi serve` from the bundle, driven by the MCP SDK's own client over stdio: the handshake,
 * tools/list, deploys against the real test server (success, failure with file and line,
 * overwrite confirmation), init + metadata tools, notices, and secrets kept out of results.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import pg from 'pg';
import { VERSION } from '../src/cli/version';
import { CLI, cleanEnv, connFlags, runPgmi } from './helpers/cli';
import {
  connectionParts,
  databaseExists,
  dropTestDatabase,
  query,
  uniqueDbName,
  withClient,
} from './helpers/db';
import { MIGRATE_AND_TEST, makeProject, removeProjects } from './helpers/project';

const conn = connectionParts();
let client: Client;
let transport: StdioClientTransport;
let stderr = '';
const databases: string[] = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pgmi-mcp-'));

// A role of our own whose password is distinctive enough to find anywhere it leaks.
const SECRET_ROLE = uniqueDbName('mcp_role');
const SECRET = `Pw-${randomBytes(9).toString('hex')}`;

beforeAll(async () => {
  await withClient((c) =>
    c.query(
      `CREATE ROLE ${pg.escapeIdentifier(SECRET_ROLE)} LOGIN CREATEDB PASSWORD ${pg.escapeLiteral(SECRET)}`,
    ),
  );
  transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, 'serve'],
    env: cleanEnv({ PGPASSWORD: conn.password }),
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  client = new Client({ name: 'pgmi-test', version: '1.0.0' });
  await client.connect(transport);
}, 30000);

afterAll(async () => {
  await client?.close();
  for (const db of databases) await dropTestDatabase(db);
  await withClient((c) => c.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(SECRET_ROLE)}`));
  removeProjects();
  rmSync(tmp, { recursive: true, force: true });
});

function newDb(prefix: string): string {
  const db = uniqueDbName(prefix);
  databases.push(db);
  return db;
}

const connArgs = () => ({ host: conn.host, port: conn.port, username: conn.user });

async function call(name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

const sc = (r: CallToolResult) => r.structuredContent as Record<string, unknown>;
const text = (r: CallToolResult) => (r.content[0] as { text: string }).text;

const PASSING = {
  'deploy.sql': MIGRATE_AND_TEST.replace(
    'END $$;',
    () => `  RAISE NOTICE 'greeting=% source=%', current_setting('pgmi.greeting', true), current_setting('pgmi.source', true);
END $$;`,
  ),
  'pgmi.yaml': 'params:\n    greeting: from-yaml\n    source: yaml\ntimeout: 2m\n',
  'migrations/001_marker.sql':
    'CREATE TABLE marker (id int PRIMARY KEY);\nINSERT INTO marker VALUES (1);\n',
  '__test__/test_marker.sql':
    "DO $$ BEGIN IF (SELECT count(*) FROM marker) <> 1 THEN RAISE EXCEPTION 'marker missing'; END IF; END $$;\n",
};

const FAILING = {
  'deploy.sql': MIGRATE_AND_TEST,
  'migrations/001_ok.sql': 'CREATE TABLE ok_table (id int);\n',
  'migrations/002_broken.sql': '-- a comment\nCREATE TABLE broken_a (id int);\nSELEC 2;\n',
  '__test__/test_ok.sql': 'SELECT 1;\n',
};

describe('pgmi serve (MCP over stdio, SDK client)', () => {
  it('cli#117: initialize answers as pgmi with the CLI version and the tools capability', () => {
    expect(client.getServerVersion()).toEqual({ name: 'pgmi', version: VERSION });
    expect(client.getServerCapabilities()?.tools).toBeDefined();
  });

  it('cli#121: tools/list has the nine tools in name order, input schemas, and anyOf output schemas admitting errors', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual([
      'ai_contract',
      'ai_overview',
      'ai_skill',
      'ai_skills',
      'deploy',
      'init',
      'metadata_plan',
      'metadata_validate',
      'templates_list',
    ]);
    for (const t of tools) {
      expect(t.inputSchema.type).toBe('object');
      expect(t.description?.length).toBeGreaterThan(20);
    }
    const withOutput = tools.filter((t) => t.outputSchema).map((t) => t.name);
    expect(withOutput).toEqual([
      'ai_skills',
      'deploy',
      'init',
      'metadata_plan',
      'metadata_validate',
      'templates_list',
    ]);
    for (const t of tools.filter((x) => x.outputSchema)) {
      const anyOf = (t.outputSchema as unknown as { anyOf: Array<{ required?: string[] }> }).anyOf;
      expect(anyOf).toHaveLength(2);
      expect(anyOf[1].required).toEqual(['message', 'exitCode']);
    }
    const deploy = tools.find((t) => t.name === 'deploy');
    expect(deploy?.inputSchema.required).toEqual(['path']);
    expect(Object.keys(deploy?.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining([
        'connection',
        'host',
        'port',
        'database',
        'params',
        'timeout',
        'wait',
        'compat',
        'overwrite',
        'confirmDatabaseName',
      ]),
    );
  });

  it('deploy of a passing project: structured result with files loaded, tests and notices; pgmi.yaml honoured, params override it', async () => {
    const project = makeProject(PASSING);
    const db = newDb('mcp_ok');
    const r = await call('deploy', {
      path: project,
      ...connArgs(),
      database: db,
      params: { greeting: 'from-args' },
    });
    expect(r.isError).toBeFalsy();
    const s = sc(r);
    expect(s).toMatchObject({
      status: 'success',
      exitCode: 0,
      database: db,
      filesLoaded: 3,
      testMacros: 1,
    });
    expect(s.tests).toEqual([
      expect.objectContaining({
        kind: 'test',
        path: './__test__/test_marker.sql',
        status: 'passed',
      }),
    ]);
    const messages = (s.notices as Array<{ message: string }>).map((n) => n.message);
    expect(messages).toContain('greeting=from-args source=yaml');
    expect(messages).toContain('[pgmi] Test: ./__test__/test_marker.sql');
    expect(s.noticesTruncated).toBeUndefined();
    expect(JSON.parse(text(r))).toEqual(s);
    expect(await query(db, 'SELECT id FROM marker')).toEqual([{ id: 1 }]);
    // Notices are echoed on stderr too (stdout is the protocol).
    expect(stderr).toContain('greeting=from-args source=yaml');
  });

  it('deploy of a failing project: isError, exit code 13, the failed file and line, the same detail as --json', async () => {
    const project = makeProject(FAILING);
    const db = newDb('mcp_fail');
    const r = await call('deploy', { path: project, ...connArgs(), database: db });
    expect(r.isError).toBe(true);
    expect(sc(r)).toMatchObject({
      status: 'failed',
      exitCode: 13,
      sqlstate: '42601',
      failedFile: './migrations/002_broken.sql',
      script: './migrations/002_broken.sql',
      line: 3,
      column: 1,
      sourceLine: 'SELEC 2;',
      executionMode: 'atomic',
      unitsCommitted: 0,
    });
    expect(sc(r).message).toMatch(/syntax error at or near "SELEC"/);
    expect(text(r)).toContain('LOCATION: ./migrations/002_broken.sql line 3, column 1');
    // The atomic head rolled back.
    expect(await query(db, "SELECT to_regclass('ok_table') AS t")).toEqual([{ t: null }]);
    // The CLI's --json carries the same detail for the same failure.
    const cli = await runPgmi(
      [
        'deploy',
        project,
        '-h',
        conn.host,
        '-p',
        String(conn.port),
        '-U',
        conn.user,
        '-d',
        db,
        '--json',
      ],
      { env: { PGPASSWORD: conn.password } },
    );
    expect(cli.code).toBe(13);
    const json = JSON.parse(cli.stdout) as Record<string, unknown>;
    for (const k of [
      'exitCode',
      'sqlstate',
      'failedFile',
      'script',
      'line',
      'column',
      'sourceLine',
    ])
      expect([k, sc(r)[k]]).toEqual([k, json[k]]);
    expect(sc(r).message).toBe(json.error);
  });

  it('overwrite: refused without or with a wrong confirmDatabaseName (nothing dropped), recreated with the right one', async () => {
    const project = makeProject(PASSING);
    const db = newDb('mcp_over');
    expect(sc(await call('deploy', { path: project, ...connArgs(), database: db })).status).toBe(
      'success',
    );
    await query(db, 'CREATE TABLE outsider (id int)');

    const none = await call('deploy', {
      path: project,
      ...connArgs(),
      database: db,
      overwrite: true,
    });
    expect(none.isError).toBe(true);
    expect(sc(none).exitCode).toBe(12);
    expect(text(none)).toContain(`pass confirmDatabaseName="${db}"`);

    for (const wrong of [db.toUpperCase(), `${db}_x`, '']) {
      const r = await call('deploy', {
        path: project,
        ...connArgs(),
        database: db,
        overwrite: true,
        confirmDatabaseName: wrong,
      });
      expect(r.isError).toBe(true);
      expect(sc(r).exitCode).toBe(12);
      expect(text(r)).toContain('does not match');
    }
    // Refused before anything connected: an unreachable server gives the same answer.
    const offline = await call('deploy', {
      path: project,
      connection: 'postgresql://nobody@127.0.0.1:1/postgres',
      database: 'important_prod',
      overwrite: true,
      confirmDatabaseName: 'important_prd',
    });
    expect(sc(offline).exitCode).toBe(12);

    expect(await databaseExists(db)).toBe(true);
    expect(await query(db, "SELECT to_regclass('outsider')::text AS t")).toEqual([
      { t: 'outsider' },
    ]);

    const right = await call('deploy', {
      path: project,
      ...connArgs(),
      database: db,
      overwrite: true,
      confirmDatabaseName: db,
    });
    expect(right.isError).toBeFalsy();
    expect(sc(right).status).toBe('success');
    expect(await query(db, "SELECT to_regclass('outsider') AS t")).toEqual([{ t: null }]);
    expect(await query(db, 'SELECT id FROM marker')).toEqual([{ id: 1 }]);
  });

  it('cli#123: a bad timeout, or a database that cannot be resolved, is an error result before connecting', async () => {
    const project = makeProject(PASSING);
    const bad = await call('deploy', {
      path: project,
      ...connArgs(),
      database: 'x',
      timeout: 'not-a-duration',
    });
    expect(bad.isError).toBe(true);
    expect(sc(bad)).toMatchObject({ exitCode: 10 });
    expect(text(bad)).toContain('invalid timeout');
    const noDb = await call('deploy', {
      path: makeProject({ 'deploy.sql': 'SELECT 1;' }),
      ...connArgs(),
    });
    expect(noDb.isError).toBe(true);
    expect(sc(noDb)).toMatchObject({ exitCode: 10 });
    expect(text(noDb)).toContain('database name is required');
    const args = await call('deploy', { path: project, port: 'five' });
    expect(args.isError).toBe(true);
    expect(sc(args)).toMatchObject({ exitCode: 2 });
  });

  it('lockWait: behind a deploy holding the lock, exit 15 at once without it, success with it', async () => {
    const db = newDb('mcp_lockwait');
    const slow = makeProject({
      'deploy.sql':
        'BEGIN;\nCREATE TABLE IF NOT EXISTS slow (n int);\nSELECT pg_sleep(4);\nCOMMIT;\n',
    });
    const quick = makeProject({
      'deploy.sql': 'BEGIN;\nCREATE TABLE IF NOT EXISTS quick (n int);\nCOMMIT;\n',
    });
    const flags = connFlags();
    // The CLI deploy creates the database and holds the deploy lock for about four seconds.
    const holder = runPgmi(['deploy', slow, ...flags.args, '-d', db], { env: flags.env });
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const locks = await withClient((c) =>
        c.query(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND a.datname = $1 AND l.granted`,
          [db],
        ),
      );
      if (locks.rows[0].n > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const refused = await call('deploy', { path: quick, ...connArgs(), database: db });
    expect(refused.isError).toBe(true);
    expect(sc(refused)).toMatchObject({ exitCode: 15 });
    const badWait = await call('deploy', {
      path: quick,
      ...connArgs(),
      database: db,
      lockWait: 'soon',
    });
    expect(badWait.isError).toBe(true);
    expect(text(badWait)).toContain('--lock-wait');
    const waited = await call('deploy', {
      path: quick,
      ...connArgs(),
      database: db,
      lockWait: '60s',
    });
    expect(waited.isError).toBeFalsy();
    expect(sc(waited)).toMatchObject({ status: 'success', exitCode: 0 });
    expect((await holder).code).toBe(0);
    expect(await query(db, 'SELECT count(*)::int AS n FROM slow')).toEqual([{ n: 0 }]);
    expect(await query(db, 'SELECT count(*)::int AS n FROM quick')).toEqual([{ n: 0 }]);
  }, 60000);

  it('notices are bounded: the last 200 are returned with a count of the rest', async () => {
    const project = makeProject({
      'deploy.sql': "DO $$ BEGIN FOR i IN 1..250 LOOP RAISE NOTICE 'n%', i; END LOOP; END $$;\n",
    });
    const r = await call('deploy', { path: project, ...connArgs(), database: newDb('mcp_many') });
    const s = sc(r);
    const notices = s.notices as Array<{ message: string; severity: string }>;
    expect(notices).toHaveLength(200);
    expect(notices[0]).toMatchObject({ severity: 'NOTICE', message: 'n51' });
    expect(notices[199].message).toBe('n250');
    expect(s.noticesTruncated).toBe(50);
  });

  it('secrets never appear in results or on stderr', async () => {
    const before = stderr.length;
    const project = makeProject(FAILING);
    const db = newDb('mcp_secret');
    const url = `postgresql://${SECRET_ROLE}:${SECRET}@${conn.host}:${conn.port}/postgres`;
    const failed = await call('deploy', { path: project, connection: url, database: db });
    expect(sc(failed).exitCode).toBe(13);
    const wrongPassword = await call('deploy', {
      path: project,
      connection: url.replace(SECRET, `${SECRET}-wrong`),
      database: db,
    });
    expect(sc(wrongPassword).exitCode).toBe(11);
    for (const r of [failed, wrongPassword]) expect(JSON.stringify(r)).not.toContain(SECRET);
    expect(stderr.slice(before)).not.toContain(SECRET);
  });

  it('cli#125: init, then metadata_validate and metadata_plan on the result', async () => {
    const target = path.join(tmp, 'proj');
    const init = await call('init', { path: target, template: 'basic' });
    expect(init.isError).toBeFalsy();
    expect(sc(init)).toMatchObject({ created: true, path: target, template: 'basic' });
    expect(sc(init).files).toContain('deploy.sql');
    const valid = await call('metadata_validate', { path: target });
    expect(valid.isError).toBeFalsy();
    expect(sc(valid)).toMatchObject({ validation_passed: true, duplicate_ids: [] });
    expect(sc(valid).total_files).toBeGreaterThan(0);
    const plan = await call('metadata_plan', { path: target });
    expect((sc(plan).total_files as number) > 0).toBe(true);
    const again = await call('init', { path: target });
    expect(again.isError).toBe(true);
    expect(sc(again).exitCode).toBe(2);
    const unknown = await call('init', { path: path.join(tmp, 'other'), template: 'nosuch' });
    expect(sc(unknown).exitCode).toBe(2);
    expect(text(unknown)).toContain('unknown template');
  });

  it('cli#124: ai tools return the same documents as pgmi ai; templates_list is structured', async () => {
    const skill = await call('ai_skill', { name: 'pgmi-deploy-sql' });
    expect(text(skill).startsWith('---\nname: pgmi-deploy-sql\n')).toBe(true);
    expect(skill.structuredContent).toBeUndefined();
    const empty = await call('ai_skill', { name: '' });
    expect([empty.isError, text(empty)]).toEqual([true, 'name is required']);
    const unknown = await call('ai_skill', { name: 'nosuch' });
    expect(text(unknown)).toMatch(/^skill 'nosuch' not found. Available skills: /);
    const contract = JSON.parse(text(await call('ai_contract'))) as { views: unknown[] };
    expect(contract.views).toHaveLength(6);
    expect(text(await call('ai_overview'))).toContain('# pgmi for coding assistants');
    const skills = sc(await call('ai_skills')).skills as Array<{ name: string; filePath: string }>;
    expect(skills.map((s) => s.name)).toContain('pgmi-testing');
    const templates = sc(await call('templates_list')).templates as Array<{ name: string }>;
    expect(templates.map((t) => t.name)).toEqual(expect.arrayContaining(['basic', 'advanced']));
  });
});
