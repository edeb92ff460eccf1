/**
 * gh-10 item 5: `--secret-param` / `--secret-params-file` on the CLI and `secretParams` on the MCP
 * deploy tool. The values reach deploy.sql like any parameter, and never appear in anything pgmi
 * writes — stdout, stderr, `--json`, JUnit, TAP, MCP results and the server's log — also when
 * deploy.sql RAISEs them and when a server error quotes them.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CLI, cleanEnv, connFlags, runPgmi, type RunResult } from './helpers/cli';
import { connectionParts, createTestDatabase, dropTestDatabase, query } from './helpers/db';
import { makeProject, removeProjects } from './helpers/project';
import { startTcpListener, type TcpListener } from './helpers/tcp-listeners';

const conn = connFlags();
// Distinctive values, so any leak in any form is found by a plain search.
const API_KEY = `Ak-${randomBytes(8).toString('hex')}`;
const FILE_KEY = `Fk-${randomBytes(8).toString('hex')}`;
const SECRETS = [API_KEY, FILE_KEY];

let db: string;
beforeEach(async () => {
  db = await createTestDatabase('secret');
});
afterEach(async () => {
  await dropTestDatabase(db);
});
afterAll(() => removeProjects());

function expectNoSecret(...texts: string[]): void {
  for (const t of texts) for (const s of SECRETS) expect(t).not.toContain(s);
}

/** A project, its secret params file, and a run with both secret flags and every report. */
async function deployWithSecrets(
  files: Record<string, string>,
  extra: string[] = [],
): Promise<{ r: RunResult; junit: string; tap: string; project: string }> {
  const project = makeProject(files);
  const secretFile = path.join(project, '.secrets.params');
  writeFileSync(secretFile, `# secret\nfile_key = "${FILE_KEY}"\n`);
  const junit = path.join(project, 'out', 'junit.xml');
  const tap = path.join(project, 'out', 'results.tap');
  const r = await runPgmi(
    [
      'deploy',
      project,
      ...conn.args,
      '-d',
      db,
      '--secret-param',
      `api_key=${API_KEY}`,
      '--secret-params-file',
      secretFile,
      '--param',
      'plain=visible-value',
      '--junit-report',
      junit,
      '--tap',
      tap,
      ...extra,
    ],
    { env: conn.env },
  );
  return { r, junit: readFileSync(junit, 'utf8'), tap: readFileSync(tap, 'utf8'), project };
}

const RAISE_NOTICES = `DO $$ BEGIN
  RAISE NOTICE 'api key is %', current_setting('pgmi.api_key')
    USING DETAIL = 'file key is ' || current_setting('pgmi.file_key'),
          HINT = 'both: ' || current_setting('pgmi.api_key') || current_setting('pgmi.file_key');
  RAISE NOTICE 'plain is %', current_setting('pgmi.plain');
END $$;`;

describe('CLI --secret-param / --secret-params-file', () => {
  it('gh-10: values are set like any parameter; RAISEd notices, --json and reports show [redacted]', async () => {
    const { r, junit, tap } = await deployWithSecrets(
      {
        'deploy.sql': `BEGIN;
${RAISE_NOTICES}
CREATE TABLE got AS SELECT key, value FROM pg_temp.pgmi_parameter_view;
CALL pgmi_test();
COMMIT;
`,
        '__test__/test_ok.sql': `DO $$ BEGIN RAISE NOTICE 'in test: %', current_setting('pgmi.api_key'); END $$;`,
      },
      ['--json', '--verbose'],
    );
    expect(r.code).toBe(0);
    expect(await query(db, 'SELECT key, value FROM got ORDER BY key')).toEqual([
      { key: 'api_key', value: API_KEY },
      { key: 'file_key', value: FILE_KEY },
      { key: 'plain', value: 'visible-value' },
    ]);
    expect(r.stderr).toContain('api key is [redacted]');
    expect(r.stderr).toContain('DETAIL: file key is [redacted]');
    expect(r.stderr).toContain('HINT: both: [redacted][redacted]');
    expect(r.stderr).toContain('plain is visible-value');
    expect(r.stderr).toContain('in test: [redacted]');
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'success', exitCode: 0 });
    expectNoSecret(r.stdout, r.stderr, junit, tap);
  });

  it('gh-10: a failing test that RAISEs the secret: exit 13, no secret in stderr, --json, JUnit or TAP', async () => {
    const { r, junit, tap } = await deployWithSecrets(
      {
        'deploy.sql': 'BEGIN;\nCALL pgmi_test();\nCOMMIT;\n',
        '__test__/test_leak.sql': `DO $$ BEGIN RAISE EXCEPTION 'leaked % and %', current_setting('pgmi.api_key'), current_setting('pgmi.file_key') USING HINT = current_setting('pgmi.api_key'); END $$;`,
      },
      ['--json'],
    );
    expect(r.code).toBe(13);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc.error).toContain('leaked [redacted] and [redacted]');
    expect(junit).toContain('leaked [redacted] and [redacted]');
    expect(tap).toContain('not ok');
    expect(r.stderr).toContain('leaked [redacted] and [redacted]');
    expectNoSecret(r.stdout, r.stderr, junit, tap);
  });

  it('gh-10: server errors quoting the secret (a cast, a WHERE context): exit 13, [redacted]', async () => {
    const cast = await deployWithSecrets(
      { 'deploy.sql': "SELECT current_setting('pgmi.api_key')::int;\n" },
      ['--json'],
    );
    expect(cast.r.code).toBe(13);
    expect(JSON.parse(cast.r.stdout).error).toBe(
      'execution failed: ERROR: invalid input syntax for type integer: "[redacted]" (SQLSTATE 22P02)',
    );
    expect(cast.r.stderr).toContain('invalid input syntax for type integer: "[redacted]"');
    expectNoSecret(cast.r.stdout, cast.r.stderr, cast.junit, cast.tap);

    const where = await deployWithSecrets(
      {
        'deploy.sql': `BEGIN;
DO $$ BEGIN
  EXECUTE format('SELECT 1/0 WHERE %L <> %L', current_setting('pgmi.api_key'), current_setting('pgmi.file_key'));
END $$;
COMMIT;
`,
      },
      ['--json'],
    );
    expect(where.r.code).toBe(13);
    const doc = JSON.parse(where.r.stdout) as Record<string, string>;
    expect(doc.error).toBe('execution failed: ERROR: division by zero (SQLSTATE 22012)');
    expect(doc.where).toContain(`SELECT 1/0 WHERE '[redacted]' <> '[redacted]'`);
    expectNoSecret(where.r.stdout, where.r.stderr, where.junit, where.tap);
  });

  it('gh-10: --secret-param wins over --param and params files; a bad one is exit 10 without its text', async () => {
    const project = makeProject({
      'deploy.sql': "CREATE TABLE got AS SELECT current_setting('pgmi.k') AS v;",
    });
    const r = await runPgmi(
      [
        'deploy',
        project,
        ...conn.args,
        '-d',
        db,
        '--param',
        'k=plain',
        '--secret-param',
        `k=${API_KEY}`,
      ],
      { env: conn.env },
    );
    expect(r.code).toBe(0);
    expect(await query(db, 'SELECT v FROM got')).toEqual([{ v: API_KEY }]);
    expectNoSecret(r.stdout, r.stderr);

    const listener: TcpListener = await startTcpListener({ behaviour: 'close' });
    try {
      const bad = await runPgmi(
        [
          'deploy',
          project,
          '-h',
          '127.0.0.1',
          '-p',
          String(listener.port),
          '-d',
          db,
          '--secret-param',
          'ok=1',
          '--secret-param',
          API_KEY,
        ],
        { env: conn.env },
      );
      expect(bad.code).toBe(10);
      expect(bad.stderr.trim()).toBe(
        'pgmi: error: invalid configuration: invalid parameter format: --secret-param number 2 is not in key=value format (the value is not shown; example: --secret-param api_key=…)',
      );
      expectNoSecret(bad.stdout, bad.stderr);
      expect(listener.connections).toBe(0);
    } finally {
      await listener.close();
    }
  });
});

describe('MCP deploy tool: secretParams', () => {
  let client: Client;
  let serverLog = '';

  beforeAll(async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [CLI, 'serve'],
      env: cleanEnv(conn.env),
      stderr: 'pipe',
    });
    transport.stderr?.on('data', (d: Buffer) => (serverLog += d.toString('utf8')));
    client = new Client({ name: 'pgmi-test', version: '1.0.0' });
    await client.connect(transport);
  }, 30000);
  afterAll(async () => {
    await client?.close();
  });

  const call = async (args: Record<string, unknown>) =>
    (await client.callTool({ name: 'deploy', arguments: args })) as CallToolResult;
  const target = () => {
    const c = connectionParts();
    return { host: c.host, port: c.port, username: c.user, database: db };
  };

  it('gh-10: set like params, redacted in notices, test results and errors of the result and the log', async () => {
    const ok = await call({
      path: makeProject({
        'deploy.sql': `BEGIN;\n${RAISE_NOTICES.replace(/pgmi\.file_key/g, 'pgmi.api_key')}\nCREATE TABLE got AS SELECT current_setting('pgmi.api_key') v;\nCALL pgmi_test();\nCOMMIT;\n`,
        '__test__/test_ok.sql': 'SELECT 1;',
      }),
      ...target(),
      params: { plain: 'visible-value' },
      secretParams: { api_key: API_KEY },
    });
    expect(ok.isError).toBeFalsy();
    expect(await query(db, 'SELECT v FROM got')).toEqual([{ v: API_KEY }]);
    const okText = JSON.stringify(ok);
    expect(okText).toContain('api key is [redacted]');
    expect(okText).toContain('plain is visible-value');

    const failed = await call({
      path: makeProject({
        'deploy.sql': "SELECT current_setting('pgmi.api_key')::int;\n",
      }),
      ...target(),
      secretParams: { api_key: API_KEY, other: FILE_KEY },
    });
    expect(failed.isError).toBe(true);
    expect(JSON.stringify(failed)).toContain(
      'invalid input syntax for type integer: \\"[redacted]\\"',
    );

    const test = await call({
      path: makeProject({
        'deploy.sql': 'BEGIN;\nCALL pgmi_test();\nCOMMIT;\n',
        '__test__/test_leak.sql': `DO $$ BEGIN RAISE EXCEPTION 'leaked %', current_setting('pgmi.other'); END $$;`,
      }),
      ...target(),
      secretParams: { api_key: API_KEY, other: FILE_KEY },
    });
    expect(test.isError).toBe(true);
    expect(JSON.stringify(test)).toContain('leaked [redacted]');
    expectNoSecret(okText, JSON.stringify(failed), JSON.stringify(test), serverLog);
    expect(serverLog).toContain('api key is [redacted]');
  });
});
