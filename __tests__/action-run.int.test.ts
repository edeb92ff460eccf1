/**
 * The Action's bundle spawned as the runner spawns it, against the real test PostgreSQL: its
 * outputs file, job summary, annotations (workflow commands on stdout), report files and exit
 * status. Needs a fresh `npm run build` (npm test builds first).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commands, runAction, type ActionRun } from './helpers/action';
import { gfmTableRows, gfmText } from './helpers/gfm';
import { runPgmi } from './helpers/cli';
import pg from 'pg';
import {
  connectionParts,
  databaseExists,
  dropTestDatabase,
  query,
  uniqueDbName,
  urlFor,
} from './helpers/db';
import { freePort } from './helpers/embedded';

const created: string[] = [];
afterAll(async () => {
  for (const db of created) await dropTestDatabase(db);
});

function dbName(prefix: string): string {
  const name = uniqueDbName(prefix);
  created.push(name);
  return name;
}

/** Connection inputs for the shared test server. */
function connection(database: string): Record<string, string> {
  const c = connectionParts();
  return {
    host: c.host,
    port: String(c.port),
    username: c.user,
    password: c.password,
    database,
    'project-path': 'proj',
  };
}

const DEPLOY_SQL = `BEGIN;
DO $$
DECLARE f record;
BEGIN
    FOR f IN SELECT path, content FROM pg_temp.pgmi_source_view
              WHERE directory = './migrations/' AND is_sql_file ORDER BY path
    LOOP
        EXECUTE f.content;
    END LOOP;
END $$;
CALL pgmi_test();
COMMIT;
`;

/** A workspace holding `proj/` with the given files (deploy.sql by default). */
function workspaceWith(files: Record<string, string>): string {
  const ws = path.join(tmpdir(), uniqueDbName('pgmi-ws'));
  for (const [rel, content] of Object.entries({
    'deploy.sql': DEPLOY_SQL,
    '__test__/test_ok.sql': 'SELECT 1;\n',
    ...files,
  })) {
    const file = path.join(ws, 'proj', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return ws;
}

function errorCommands(r: ActionRun): string[] {
  return commands(r.stdout, 'error');
}

describe('Action: deploy and report', () => {
  it('deploys examples/quickstart: outputs, test table, JSON equal to the CLI --json, JUnit', async () => {
    const db = dbName('action_ok');
    const ws = path.join(tmpdir(), uniqueDbName('pgmi-ws'));
    cpSync('examples/quickstart', path.join(ws, 'examples/quickstart'), { recursive: true });
    writeFileSync(path.join(ws, 'ci.env'), 'env=from-file\nregion=eu\n');
    const r = await runAction({
      workspace: ws,
      inputs: {
        ...connection(db),
        'project-path': 'examples/quickstart',
        'json-report': 'reports/pgmi.json',
        'junit-report': 'reports/junit.xml',
        params: '# a comment\n\nowner = team-a',
        'params-file': 'ci.env',
      },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      'exit-code': '0',
      result: 'success',
      'duration-ms': expect.stringMatching(/^\d+$/),
      'files-loaded': '7',
      'tests-passed': '3',
      'tests-failed': '0',
      'server-version': expect.stringMatching(/^\d+\.\d+/),
      'json-report': path.join(ws, 'reports/pgmi.json'),
      'junit-report': path.join(ws, 'reports/junit.xml'),
      'objects-created': expect.stringMatching(/^[1-9]\d*$/),
      'objects-altered': '0',
      'objects-dropped': '0',
      'targets-total': '',
      'targets-succeeded': '',
      'targets-failed': '',
      'targets-skipped': '',
      'comment-url': '',
      'comment-file': '',
    });
    // Log: one group per phase, the deploy.sql notice streamed with the parameter it read.
    expect(commands(r.stdout, 'group').map((l) => l.replace('::group::', ''))).toEqual([
      'pgmi: Check the project',
      'pgmi: Connect and prepare the database',
      'pgmi: Load the project into the session',
      'pgmi: Run deploy.sql',
    ]);
    // The parameter from the params file reached deploy.sql.
    expect(r.stdout).toContain(`Deploying ${db} (environment: from-file)`);
    expect(errorCommands(r)).toEqual([]);
    // Summary: the result line and one row per test file.
    expect(r.summary).toContain('## ✅ pgmi deploy succeeded');
    expect(gfmText(r.summary)).toMatch(
      new RegExp(
        `database ${db} · 7 files loaded · \\d+\\.\\d\\d s · PostgreSQL [\\d.]+ · exit code 0`,
      ),
    );
    const rows = gfmTableRows(r.summary);
    const ms = expect.stringMatching(/^\d+ ms$/);
    expect(rows).toContainEqual(['./__test__/_setup.sql (fixture)', '✅ passed', ms]);
    expect(rows).toContainEqual(['./__test__/test_overdraft.sql', '✅ passed', ms]);
    expect(rows).toContainEqual(['./__test__/test_transfer.sql', '✅ passed', ms]);
    // The Action's JSON report is the CLI's --json document.
    const actionJson = JSON.parse(readFileSync(path.join(ws, 'reports/pgmi.json'), 'utf8'));
    const db2 = dbName('action_cli');
    const c = connectionParts();
    const cli = await runPgmi(
      [
        'deploy',
        'examples/quickstart',
        '-h',
        c.host,
        '-p',
        String(c.port),
        '-U',
        c.user,
        '-d',
        db2,
        '--json',
        '--params-file',
        'ci.env',
        '--param',
        'owner=team-a',
      ],
      { cwd: ws, env: { PGPASSWORD: c.password } },
    );
    expect(cli.code).toBe(0);
    const cliJson = JSON.parse(cli.stdout);
    // Durations differ from run to run; timings keep their keys. Roles are cluster-wide: other
    // test files create and drop theirs while these two deploys run, and each report sees those
    // that happened during its own run. Everything else in the reports must be the same.
    const normalize = (j: Record<string, unknown>) => {
      const changes = (j.changes as Array<{ kind: string; action: string }>).filter(
        (c) => c.kind !== 'role',
      );
      const count = (action: string) => changes.filter((c) => c.action === action).length;
      return {
        ...j,
        durationMs: 0,
        database: '',
        timings: Object.keys((j.timings as object) ?? {}),
        changes,
        changeCounts: {
          created: count('created'),
          altered: count('altered'),
          dropped: count('dropped'),
        },
      };
    };
    expect(normalize(actionJson)).toEqual(normalize(cliJson));
    expect(Object.keys(actionJson)).toEqual(Object.keys(cliJson));
    const junit = readFileSync(path.join(ws, 'reports/junit.xml'), 'utf8');
    expect(junit).toMatch(/<testsuites name="pgmi [^"]+" tests="2" failures="0"/);
    // gh-11: test files named relative to the repository (GITHUB_WORKSPACE), as annotations are.
    expect(junit).toContain('file="examples/quickstart/__test__/test_transfer.sql"');
    expect(await query(db, 'SELECT count(*)::int AS n FROM account')).toEqual([{ n: 0 }]);
  });

  it('a syntax error on line 7 of the third migration is an error annotation at that file and line', async () => {
    const db = dbName('action_syntax');
    const ws = workspaceWith({
      'migrations/001_a.sql': 'CREATE TABLE a(id int);\n',
      'migrations/002_b.sql': 'CREATE TABLE b(id int);\n',
      'migrations/003_c.sql':
        'CREATE TABLE c(id int);\n\n-- a comment\n\nINSERT INTO c VALUES (1);\n\n  SELEC 1;\n',
    });
    const r = await runAction({ workspace: ws, inputs: connection(db) });
    expect(r.code).toBe(1);
    expect(r.outputs['exit-code']).toBe('13');
    expect(r.outputs.result).toBe('sql-error');
    const errors = errorCommands(r);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^::error title=pgmi%3A sql-error \(exit 13%2C SQLSTATE 42601\),file=proj\/migrations\/003_c\.sql,line=7,col=3::execution failed: ERROR: syntax error at or near "SELEC"/,
    );
    // The summary holds the failure in full.
    expect(r.summary).toContain('## ❌ pgmi deploy failed');
    expect(r.summary).toContain('exit code 13 (sql-error)');
    expect(gfmTableRows(r.summary)).toContainEqual(['SQLSTATE', '42601']);
    expect(gfmTableRows(r.summary)).toContainEqual(['Location', 'proj/migrations/003_c.sql:7:3']);
    expect(r.summary).toContain('Line 7, column 3:\n\n```sql\n  SELEC 1;\n```');
    expect(await databaseExists(db)).toBe(true);
    expect(await query(db, "SELECT to_regclass('a') IS NULL AS gone")).toEqual([{ gone: true }]);
  });

  it('a failing test is an error annotation on the test file; the table shows it failed', async () => {
    const db = dbName('action_testfail');
    const ws = workspaceWith({
      'migrations/001_a.sql': 'CREATE TABLE a(id int);\n',
      '__test__/test_a_ok.sql': 'SELECT 1;\n',
      '__test__/test_b_fail.sql':
        "DO $$ BEGIN\n  IF (SELECT count(*) FROM a) <> 1 THEN\n    RAISE EXCEPTION 'expected one row in a';\n  END IF;\nEND $$;\n",
      '__test__/test_c_later.sql': 'SELECT 2;\n',
    });
    const r = await runAction({ workspace: ws, inputs: connection(db) });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({
      'exit-code': '13',
      result: 'sql-error',
      'tests-passed': '1',
      'tests-failed': '1',
    });
    const errors = errorCommands(r);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^::error title=Test failed%3A \.\/__test__\/test_b_fail\.sql,file=proj\/__test__\/test_b_fail\.sql,line=3,col=5::execution failed: ERROR: Failed in \.\/__test__\/test_b_fail\.sql: expected one row in a/,
    );
    const rows = gfmTableRows(r.summary);
    const ms = expect.stringMatching(/^\d+ ms$/);
    expect(rows).toContainEqual(['./__test__/test_a_ok.sql', '✅ passed', ms]);
    expect(rows).toContainEqual(['./__test__/test_b_fail.sql', '❌ failed', ms]);
    expect(rows).toContainEqual(['./__test__/test_c_later.sql', '⏭️ not run', '']);
    expect(rows).toContainEqual(['Location', 'proj/__test__/test_b_fail.sql:3:5']);
  });

  it('RAISE WARNING with a known file: warning annotations, 10 at most, the rest in the summary', async () => {
    const db = dbName('action_warn');
    const files: Record<string, string> = {};
    for (let i = 1; i <= 12; i++) {
      const n = String(i).padStart(2, '0');
      files[`migrations/${n}.sql`] = `DO $$ BEGIN RAISE WARNING 'warning number ${n}'; END $$;\n`;
    }
    const r = await runAction({ workspace: workspaceWith(files), inputs: connection(db) });
    expect(r.code).toBe(0);
    const warnings = commands(r.stdout, 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings[0]).toBe(
      '::warning title=RAISE WARNING,file=proj/migrations/01.sql,line=1::warning number 01',
    );
    // The two that did not fit are logged and listed in the summary.
    expect(r.stdout).toContain('Warning (proj/migrations/11.sql:1): warning number 11');
    expect(r.summary).toContain('### More annotations');
    expect(gfmText(r.summary)).toContain('⚠️ proj/migrations/11.sql:1 warning number 11');
    expect(gfmText(r.summary)).toContain('⚠️ proj/migrations/12.sql:1 warning number 12');
    expect(r.summary.slice(r.summary.indexOf('### More annotations'))).not.toContain(
      'warning number 10',
    );
  });

  it('annotations: false logs the failure instead of annotating it', async () => {
    const db = dbName('action_noann');
    const ws = workspaceWith({ 'migrations/001.sql': 'SELECT 1/0;\n' });
    const r = await runAction({
      workspace: ws,
      inputs: { ...connection(db), annotations: 'false', summary: 'false' },
    });
    expect(r.outputs['exit-code']).toBe('13');
    expect(errorCommands(r)).toEqual([]);
    expect(r.stdout).toContain(
      'Error (proj/migrations/001.sql:1): execution failed: ERROR: division by zero',
    );
    expect(r.summary).toBe('');
  });

  it('invalid inputs: every problem in one config error (exit 10), nothing connects', async () => {
    const ws = workspaceWith({});
    const r = await runAction({
      workspace: ws,
      inputs: {
        ...connection(dbName('action_cfg')),
        port: String(await freePort()),
        force: 'yes',
        wait: '10 seconds',
        params: 'env=ci\njust-a-word',
      },
    });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({
      'exit-code': '10',
      result: 'config-error',
      'files-loaded': '0',
    });
    const errors = errorCommands(r);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('invalid configuration: 3 problems with the action inputs:');
    expect(errors[0]).toContain('input "force" must be true or false, got "yes"');
    expect(errors[0]).toContain('input "wait": invalid duration "10 seconds"');
    expect(errors[0]).toContain('input "params" entry 2: expected key=value');
    expect(r.summary).toContain('exit code 10 (config-error)');
  });

  it('overwrite without force: exit 12 before connecting, saying there is no terminal', async () => {
    const ws = workspaceWith({});
    const r = await runAction({
      workspace: ws,
      inputs: {
        ...connection('action_never'),
        port: String(await freePort()),
        overwrite: 'true',
      },
    });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ 'exit-code': '12', result: 'overwrite-denied' });
    const errors = errorCommands(r);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      'approval denied: overwrite: true drops and recreates database "action_never", and a GitHub Actions job has no terminal to confirm it at; set force: true as well to allow it',
    );
    expect(r.stdout).not.toContain('::group::pgmi: Connect');
  });

  it('overwrite with force drops and recreates an existing database', async () => {
    const db = dbName('action_force');
    const ws = workspaceWith({ 'migrations/001.sql': 'CREATE TABLE fresh(id int);\n' });
    const first = await runAction({ workspace: ws, inputs: connection(db) });
    expect(first.outputs['exit-code']).toBe('0');
    await query(db, 'CREATE TABLE leftover(id int)');
    const r = await runAction({
      workspace: ws,
      inputs: { ...connection(db), overwrite: 'true', force: 'true' },
    });
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.stdout).toContain(`force: true: dropping and recreating "${db}"`);
    expect(await query(db, "SELECT to_regclass('leftover') IS NULL AS gone")).toEqual([
      { gone: true },
    ]);
  });

  it('timeout: exit 16, result timeout, the statement cancelled', async () => {
    const db = dbName('action_timeout');
    const ws = workspaceWith({ 'deploy.sql': 'SELECT pg_sleep(30);\n' });
    const started = Date.now();
    const r = await runAction({ workspace: ws, inputs: { ...connection(db), timeout: '1s' } });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.outputs).toMatchObject({ 'exit-code': '16', result: 'timeout' });
    expect(errorCommands(r)).toHaveLength(1);
  });

  it('another deploy holding the lock: exit 15, concurrent-deploy', async () => {
    const db = dbName('action_lock');
    const ws = workspaceWith({ 'migrations/001.sql': 'SELECT 1;\n' });
    expect((await runAction({ workspace: ws, inputs: connection(db) })).outputs['exit-code']).toBe(
      '0',
    );
    const holder = new pg.Client({ connectionString: urlFor(db) });
    await holder.connect();
    try {
      await holder.query(
        "SELECT pg_advisory_lock(hashtextextended('pgmi.deploy.' || current_database(), 0))",
      );
      const r = await runAction({ workspace: ws, inputs: connection(db) });
      expect(r.outputs).toMatchObject({ 'exit-code': '15', result: 'concurrent-deploy' });
      expect(errorCommands(r)[0]).toContain('concurrent deployment in progress');
    } finally {
      await holder.end();
    }
  });

  it('a missing deploy.sql is exit 14, deploy-missing', async () => {
    const db = dbName('action_nodeploy');
    const ws = workspaceWith({});
    writeFileSync(path.join(ws, 'proj', 'deploy.sql'), '');
    const empty = path.join(ws, 'empty');
    mkdirSync(empty);
    const r = await runAction({
      workspace: ws,
      inputs: { ...connection(db), 'project-path': 'empty' },
    });
    expect(r.outputs).toMatchObject({ 'exit-code': '14', result: 'deploy-missing' });
  });
});
