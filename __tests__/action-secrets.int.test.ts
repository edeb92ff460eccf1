/**
 * Secrets never reach the step's log, annotations, summary, outputs or reports: a canary
 * password given as `password`, inside `connection-string` (URI, percent-encoded, and ADO.NET)
 * and as a `secret-params` value that deploy.sql prints in notices, warnings, a failing test and
 * the final error. The only place it may appear is its own `::add-mask::` registration, which
 * comes before any other line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runAction, type ActionRun } from './helpers/action';
import { connectionParts, dropTestDatabase, uniqueDbName, withClient } from './helpers/db';

const CANARY = 'Kanar1e-Pa$$:w@rd/%41;x';
const ROLE = uniqueDbName('canary_role');
const created: string[] = [];

beforeAll(async () => {
  await withClient((c) =>
    c.query(
      `CREATE ROLE ${pg.escapeIdentifier(ROLE)} LOGIN CREATEDB PASSWORD ${pg.escapeLiteral(CANARY)}`,
    ),
  );
});

afterAll(async () => {
  for (const db of created) await dropTestDatabase(db);
  await withClient((c) => c.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(ROLE)}`));
});

/** deploy.sql that prints the secret parameter every way it can, then fails with it. */
function workspace(): string {
  const ws = path.join(tmpdir(), uniqueDbName('pgmi-ws-secret'));
  const files: Record<string, string> = {
    'deploy.sql': `BEGIN;
DO $$ BEGIN RAISE NOTICE 'token is %', current_setting('pgmi.api_token'); END $$;
DO $$
DECLARE f record;
BEGIN
    FOR f IN SELECT content FROM pg_temp.pgmi_source_view WHERE directory = './migrations/' ORDER BY path
    LOOP
        EXECUTE f.content;
    END LOOP;
END $$;
CALL pgmi_test();
COMMIT;
`,
    'migrations/001.sql':
      "DO $$ BEGIN RAISE WARNING 'warning with %', current_setting('pgmi.api_token'); END $$;\n",
    '__test__/test_secret.sql':
      "DO $$ BEGIN RAISE EXCEPTION 'test saw %', current_setting('pgmi.api_token') USING DETAIL = current_setting('pgmi.api_token'), HINT = current_setting('pgmi.api_token'); END $$;\n",
  };
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(ws, 'proj', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return ws;
}

/** Every spelling the canary could leak in. */
const LEAKS = [CANARY, encodeURIComponent(CANARY), 'Kanar1e', 'w@rd/%41'];

function assertNoLeak(r: ActionRun, reportFiles: string[]): void {
  const lines = r.stdout.split('\n');
  const registrations = lines.filter((l) => l.startsWith('::add-mask::'));
  // Registered first, before anything else is printed.
  const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'));
  expect(registrations.length).toBeGreaterThan(0);
  expect(lines.slice(0, registrations.length)).toEqual(registrations);
  expect(firstOther).toBe(registrations.length);
  const seen = {
    stdout: lines.filter((l) => !l.startsWith('::add-mask::')).join('\n'),
    stderr: r.stderr,
    summary: r.summary,
    outputs: JSON.stringify(r.outputs),
    ...Object.fromEntries(reportFiles.map((f) => [f, readFileSync(f, 'utf8')])),
  };
  for (const [where, text] of Object.entries(seen)) {
    for (const leak of LEAKS) {
      if (text.includes(leak)) throw new Error(`${JSON.stringify(leak)} leaked into ${where}`);
    }
  }
}

function expectRegistered(r: ActionRun, value: string): void {
  // toolkit escapes `%`, CR and LF in command data.
  expect(r.stdout).toContain(`::add-mask::${value.replace(/%/g, '%25')}\n`);
}

describe('Action: secrets stay masked', () => {
  const c = connectionParts();

  it('password input and secret-params: nothing leaks, though deploy.sql prints the value', async () => {
    const db = uniqueDbName('action_secret');
    created.push(db);
    const ws = workspace();
    const r = await runAction({
      workspace: ws,
      inputs: {
        'project-path': 'proj',
        host: c.host,
        port: String(c.port),
        username: ROLE,
        password: CANARY,
        database: db,
        'secret-params': `api_token=${CANARY}`,
        'json-report': 'out/pgmi.json',
        'junit-report': 'out/junit.xml',
        verbose: 'true',
      },
    });
    // It connected with the canary password and ran up to the failing test.
    expect(r.outputs['exit-code']).toBe('13');
    expect(r.outputs['server-version']).toMatch(/^\d+/);
    expect(r.stdout).toContain('token is [redacted]');
    expect(r.stdout).toMatch(
      /::warning title=RAISE WARNING,file=proj\/migrations\/001\.sql,line=1::warning with \[redacted\]/,
    );
    expect(r.stdout).toMatch(/::error title=Test failed.*test saw \[redacted\]/);
    expect(r.summary).toContain('test saw \\[redacted\\]');
    expectRegistered(r, CANARY);
    expectRegistered(r, encodeURIComponent(CANARY));
    assertNoLeak(r, [path.join(ws, 'out/pgmi.json'), path.join(ws, 'out/junit.xml')]);
  });

  it('a URI connection string with the percent-encoded password: nothing leaks', async () => {
    const db = uniqueDbName('action_secret_uri');
    created.push(db);
    const ws = workspace();
    const uri = `postgresql://${ROLE}:${encodeURIComponent(CANARY)}@${c.host}:${c.port}/${db}?sslmode=disable`;
    const r = await runAction({
      workspace: ws,
      inputs: {
        'project-path': 'proj',
        'connection-string': uri,
        'secret-params': `api_token=${CANARY}`,
        'json-report': 'out/pgmi.json',
      },
    });
    expect(r.outputs['exit-code']).toBe('13');
    expect(r.outputs['server-version']).toMatch(/^\d+/);
    expectRegistered(r, CANARY);
    expectRegistered(r, encodeURIComponent(CANARY));
    assertNoLeak(r, [path.join(ws, 'out/pgmi.json')]);
  });

  it('an ADO.NET string with a wrong quoted password: the connection error leaks nothing', async () => {
    const ws = workspace();
    const wrong = `${CANARY}-wrong`;
    const r = await runAction({
      workspace: ws,
      inputs: {
        'project-path': 'proj',
        'connection-string': `Host=${c.host};Port=${c.port};Username=${ROLE};Password='${wrong}';Database=postgres;SSL Mode=Disable`,
        'json-report': 'out/pgmi.json',
      },
    });
    expect(r.outputs).toMatchObject({ 'exit-code': '11', result: 'connection-error' });
    expect(r.summary).toContain('exit code 11 (connection-error)');
    expectRegistered(r, wrong);
    assertNoLeak(r, [path.join(ws, 'out/pgmi.json')]);
  });

  it('an unparsable connection string is a config error that never echoes it', async () => {
    const r = await runAction({
      workspace: workspace(),
      inputs: {
        'project-path': 'proj',
        'connection-string': `host=${c.host} password=${CANARY} dbname=postgres`,
      },
    });
    expect(r.outputs).toMatchObject({ 'exit-code': '10', result: 'config-error' });
    assertNoLeak(r, []);
  });
});
