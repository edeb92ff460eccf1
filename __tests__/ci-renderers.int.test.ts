/**
 * CI-system renderers through the CLI bundle, against the real test server: the markup each CI
 * reads (GitLab sections and report files, Azure DevOps ##vso commands, GitHub workflow commands)
 * for passing, failing and never-started deploys, located on the failing project file and line.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { connFlags, runPgmi } from './helpers/cli';
import { createTestDatabase, dropTestDatabase } from './helpers/db';

const conn = connFlags();
let db: string;
let repo: string;

// A repository with the project in db/: migrations EXECUTEd by deploy.sql, a test, a warning.
// The engine knows which file a RAISE WARNING came from but not its line there, so the warning
// is placed on line 1 of its file (GitHub and Azure need a line; GitLab needs lines.begin).
const PROJECT: Record<string, string> = {
  'deploy.sql': `BEGIN;
DO $$
DECLARE f record;
BEGIN
  FOR f IN SELECT path, content FROM pg_temp.pgmi_source_view
            WHERE directory = './migrations/' AND is_sql_file ORDER BY path LOOP
    EXECUTE f.content;
  END LOOP;
END $$;
CALL pgmi_test();
COMMIT;
`,
  'migrations/001_table.sql': `CREATE TABLE items (id int PRIMARY KEY);
DO $$ BEGIN RAISE WARNING 'items has no owner column'; END $$;
`,
  '__test__/test_items.sql': 'SELECT 1 FROM items;\n',
};
const BAD_MIGRATION = `-- second migration
INSERT INTO items VALUES (1);
INSERT INTO no_such_table VALUES (2);
`;

function writeProject(files: Record<string, string>): void {
  rmSync(path.join(repo, 'db'), { recursive: true, force: true });
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(repo, 'db', rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

const deploy = (env: Record<string, string>, extra: string[] = []) =>
  runPgmi(['deploy', 'db', ...conn.args, '-d', db, ...extra], {
    cwd: repo,
    env: { ...conn.env, ...env },
  });

beforeEach(async () => {
  db = await createTestDatabase('ci');
  repo = mkdtempSync(path.join(tmpdir(), 'pgmi-ci-repo-'));
});
afterEach(async () => {
  await dropTestDatabase(db);
  rmSync(repo, { recursive: true, force: true });
});

const schema = JSON.parse(
  readFileSync(path.resolve('__tests__/ci-fixtures/gitlab-code-quality.schema.json'), 'utf8'),
) as object;
const validateCodeQuality = new Ajv({ allErrors: true }).compile(schema);

describe('GitLab (GITLAB_CI=true)', () => {
  const gitlab = () => ({ GITLAB_CI: 'true', CI_PROJECT_DIR: repo });

  it('failing deploy: collapsible sections, dotenv outputs, Code Quality issue on the file and line', async () => {
    writeProject({ ...PROJECT, 'migrations/002_bad.sql': BAD_MIGRATION });
    const r = await deploy(gitlab());
    expect(r.code).toBe(13);

    // One section per phase, opened and closed in order; all but deploy.sql's own are collapsed.
    // GitLab's markers start with the ANSI erase-line sequence ESC [ 0 K.
    /* eslint-disable no-control-regex */
    const starts = [
      ...r.stderr.matchAll(
        /\x1b\[0Ksection_start:(\d+):(pgmi_\w+)(\[collapsed=true\])?\r\x1b\[0K(.*)\n/g,
      ),
    ];
    const ends = [...r.stderr.matchAll(/\x1b\[0Ksection_end:(\d+):(pgmi_\w+)\r\x1b\[0K\n/g)];
    /* eslint-enable no-control-regex */
    expect(starts.map((m) => [m[2], !!m[3], m[4]])).toEqual([
      ['pgmi_validate', true, 'pgmi: Check the project'],
      ['pgmi_database', true, 'pgmi: Connect and prepare the database'],
      ['pgmi_session', true, 'pgmi: Load the project into the session'],
      ['pgmi_execute', false, 'pgmi: Run deploy.sql'],
    ]);
    expect(ends.map((m) => m[2])).toEqual(starts.map((m) => m[2]));
    const now = Date.now() / 1000;
    for (const m of [...starts, ...ends]) expect(Math.abs(Number(m[1]) - now)).toBeLessThan(120);
    // The error text sits inside the execute section, before it closes.
    const executeEnd = r.stderr.indexOf('section_end:' + ends[3][1] + ':pgmi_execute');
    expect(r.stderr.indexOf('no_such_table')).toBeLessThan(executeEnd);

    const env = readFileSync(path.join(repo, 'pgmi.env'), 'utf8');
    expect(env).toMatch(
      /^PGMI_EXIT_CODE=13\nPGMI_RESULT=sql-error\nPGMI_DURATION_MS=\d+\nPGMI_FILES_LOADED=3\nPGMI_TESTS_PASSED=0\nPGMI_TESTS_FAILED=0\nPGMI_SERVER_VERSION=\d+\.\d+\n$/,
    );
    // GitLab's dotenv rules: KEY=value lines, valid variable names, no quotes, no comments.
    for (const l of env.trimEnd().split('\n')) expect(l).toMatch(/^[A-Z_][A-Z0-9_]*=[^"'\n]*$/);

    const cq = JSON.parse(readFileSync(path.join(repo, 'gl-code-quality-report.json'), 'utf8'));
    expect(validateCodeQuality(cq)).toBe(true);
    expect(validateCodeQuality.errors ?? []).toEqual([]);
    expect(cq).toEqual([
      {
        description: 'relation "no_such_table" does not exist (SQLSTATE 42P01)',
        check_name: 'pgmi-sql-error',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        severity: 'blocker',
        location: { path: 'db/migrations/002_bad.sql', lines: { begin: 3 } },
      },
      {
        description: 'items has no owner column',
        check_name: 'pgmi-raise-warning',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        severity: 'minor',
        location: { path: 'db/migrations/001_table.sql', lines: { begin: 2 } },
      },
    ]);
  });

  it('passing deploy: outputs with test counts, the RAISE WARNING kept in Code Quality, custom report paths', async () => {
    writeProject(PROJECT);
    const r = await deploy({
      ...gitlab(),
      PGMI_GITLAB_DOTENV: 'reports/deploy.env',
      PGMI_GITLAB_CODE_QUALITY: 'reports/cq.json',
    });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(repo, 'reports/deploy.env'), 'utf8')).toMatch(
      /^PGMI_EXIT_CODE=0\nPGMI_RESULT=success\nPGMI_DURATION_MS=\d+\nPGMI_FILES_LOADED=2\nPGMI_TESTS_PASSED=1\nPGMI_TESTS_FAILED=0\nPGMI_SERVER_VERSION=\d+\.\d+\nPGMI_OBJECTS_CREATED=2\nPGMI_OBJECTS_ALTERED=0\nPGMI_OBJECTS_DROPPED=0\n$/,
    );
    const cq = JSON.parse(readFileSync(path.join(repo, 'reports/cq.json'), 'utf8'));
    expect(validateCodeQuality(cq)).toBe(true);
    // The warning stays visible in the merge request even when the deploy passed.
    expect(cq).toEqual([
      expect.objectContaining({
        check_name: 'pgmi-raise-warning',
        location: { path: 'db/migrations/001_table.sql', lines: { begin: 2 } },
      }),
    ]);
    expect(existsSync(path.join(repo, 'pgmi.env'))).toBe(false);
  });

  it('a failing test: the blocker issue points at the test file; an empty variable skips that report', async () => {
    writeProject({
      ...PROJECT,
      '__test__/test_zfail.sql': "SELECT 1;\nDO $$ BEGIN RAISE EXCEPTION 'nope'; END $$;\n",
    });
    const r = await deploy({ ...gitlab(), PGMI_GITLAB_DOTENV: '' });
    expect(r.code).toBe(13);
    expect(existsSync(path.join(repo, 'pgmi.env'))).toBe(false);
    const cq = JSON.parse(readFileSync(path.join(repo, 'gl-code-quality-report.json'), 'utf8'));
    expect(validateCodeQuality(cq)).toBe(true);
    expect(cq[0]).toMatchObject({
      check_name: 'pgmi-sql-error',
      severity: 'blocker',
      description: expect.stringContaining('nope (SQLSTATE P0001)'),
      location: { path: 'db/__test__/test_zfail.sql' },
    });
  });

  it('a configuration error before connecting still writes the dotenv report (exit 10)', async () => {
    writeProject(PROJECT);
    const r = await deploy(gitlab(), ['--sslmode', 'bogus']);
    expect(r.code).toBe(10);
    const env = readFileSync(path.join(repo, 'pgmi.env'), 'utf8');
    expect(env).toContain('PGMI_EXIT_CODE=10\nPGMI_RESULT=config-error\n');
    expect(env).not.toContain('PGMI_SERVER_VERSION');
    expect(
      JSON.parse(readFileSync(path.join(repo, 'gl-code-quality-report.json'), 'utf8')),
    ).toEqual([]);
  });
});

describe('Azure DevOps (TF_BUILD=True)', () => {
  const azure = () => ({ TF_BUILD: 'True', BUILD_SOURCESDIRECTORY: repo });

  it('failing deploy: logissue on the file, line and column with the SQLSTATE, output variables, task.complete Failed', async () => {
    writeProject({ ...PROJECT, 'migrations/002_bad.sql': BAD_MIGRATION });
    const r = await deploy(azure());
    expect(r.code).toBe(13);
    const vso = r.stdout.split('\n').filter((l) => l.startsWith('##vso['));
    expect(vso[0]).toBe(
      '##vso[task.logissue type=warning;sourcepath=db/migrations/001_table.sql;linenumber=2]items has no owner column',
    );
    expect(vso[1]).toMatch(
      /^##vso\[task\.logissue type=error;sourcepath=db\/migrations\/002_bad\.sql;linenumber=3;columnnumber=\d+;code=42P01\]relation "no_such_table" does not exist$/,
    );
    expect(vso.slice(2)).toEqual([
      '##vso[task.setvariable variable=pgmi.exitCode;isOutput=true]13',
      '##vso[task.setvariable variable=pgmi.result;isOutput=true]sql-error',
      expect.stringMatching(
        /^##vso\[task\.setvariable variable=pgmi\.durationMs;isOutput=true\]\d+$/,
      ),
      '##vso[task.setvariable variable=pgmi.filesLoaded;isOutput=true]3',
      '##vso[task.setvariable variable=pgmi.testsPassed;isOutput=true]0',
      '##vso[task.setvariable variable=pgmi.testsFailed;isOutput=true]0',
      expect.stringMatching(
        /^##vso\[task\.setvariable variable=pgmi\.serverVersion;isOutput=true\]\d+\.\d+$/,
      ),
      // The head failed, so there is no change report: the counts are empty, not zero.
      '##vso[task.setvariable variable=pgmi.objectsCreated;isOutput=true]',
      '##vso[task.setvariable variable=pgmi.objectsAltered;isOutput=true]',
      '##vso[task.setvariable variable=pgmi.objectsDropped;isOutput=true]',
      '##vso[task.complete result=Failed;]pgmi: sql-error (exit 13)',
    ]);
    // Groups wrap the text on stderr, one per phase.
    expect(r.stderr.match(/^##\[group\].*$/gm)).toEqual([
      '##[group]pgmi: Check the project',
      '##[group]pgmi: Connect and prepare the database',
      '##[group]pgmi: Load the project into the session',
      '##[group]pgmi: Run deploy.sql',
    ]);
    expect(r.stderr.match(/^##\[endgroup\]$/gm)).toHaveLength(4);
  });

  it('--json keeps stdout one JSON document: the commands go to stderr', async () => {
    writeProject(PROJECT);
    const r = await deploy(azure(), ['--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'success', exitCode: 0 });
    expect(r.stderr).toContain(
      '##vso[task.setvariable variable=pgmi.testsPassed;isOutput=true]1\n',
    );
    expect(r.stderr).toContain('##vso[task.complete result=Succeeded;]pgmi: success (exit 0)\n');
  });

  it('a connection failure has no file: the issue carries the exit code only', async () => {
    writeProject(PROJECT);
    const r = await runPgmi(['deploy', 'db', '-h', '127.0.0.1', '-p', '1', '-U', 'x', '-d', db], {
      cwd: repo,
      env: azure(),
    });
    expect(r.code).toBe(11);
    expect(r.stdout).toMatch(/^##vso\[task\.logissue type=error;code=exit 11\]/m);
    expect(r.stdout).toContain(
      '##vso[task.complete result=Failed;]pgmi: connection-error (exit 11)',
    );
  });

  it('messages and paths cannot break out of the command: ; ] % and line breaks are escaped', async () => {
    writeProject({
      'deploy.sql': "DO $$ BEGIN RAISE EXCEPTION 'a;b]c%%d' USING DETAIL = E'x\\ny'; END $$;",
    });
    const r = await deploy(azure());
    expect(r.code).toBe(13);
    expect(r.stdout).toMatch(
      /^##vso\[task\.logissue type=error;code=P0001\]a;b\]c%AZP25d%0ADETAIL: x%0Ay$/m,
    );

    writeProject({ ...PROJECT, 'migrations/002_a;b]%.sql': BAD_MIGRATION });
    const p = await deploy(azure());
    expect(p.code).toBe(13);
    expect(p.stdout).toMatch(
      /^##vso\[task\.logissue type=error;sourcepath=db\/migrations\/002_a%3Bb%5D%AZP25\.sql;linenumber=3;columnnumber=\d+;code=42P01\]relation "no_such_table" does not exist$/m,
    );
  });
});

describe('GitHub Actions (GITHUB_ACTIONS=true, the CLI or image run directly)', () => {
  it('failing deploy: ::error on the file and line, ::warning for RAISE WARNING, step outputs', async () => {
    writeProject({ ...PROJECT, 'migrations/002_bad.sql': BAD_MIGRATION });
    const outputs = path.join(repo, 'github_output');
    writeFileSync(outputs, '');
    const r = await deploy({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo,
      GITHUB_OUTPUT: outputs,
    });
    expect(r.code).toBe(13);
    expect(r.stdout).toContain(
      '::warning file=db/migrations/001_table.sql,line=2,title=RAISE WARNING::items has no owner column\n',
    );
    expect(r.stdout).toMatch(
      /^::error file=db\/migrations\/002_bad\.sql,line=3,col=\d+,title=pgmi deploy failed \(exit 13\)::relation "no_such_table" does not exist$/m,
    );
    expect(r.stderr.match(/^::group::.*$/gm)).toHaveLength(4);
    expect(readFileSync(outputs, 'utf8')).toMatch(
      /^exit-code=13\nresult=sql-error\nduration-ms=\d+\nfiles-loaded=3\ntests-passed=0\ntests-failed=0\nserver-version=\d+\.\d+\nobjects-created=\nobjects-altered=\nobjects-dropped=\n$/,
    );
  });
});

describe('anywhere else (Jenkins, a terminal)', () => {
  it('plain text only: no markup, no report files', async () => {
    writeProject({ ...PROJECT, 'migrations/002_bad.sql': BAD_MIGRATION });
    const r = await deploy({ JENKINS_URL: 'http://jenkins.invalid/' });
    expect(r.code).toBe(13);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/##\[|##vso|::group::|section_start/);
    expect(existsSync(path.join(repo, 'pgmi.env'))).toBe(false);
    expect(existsSync(path.join(repo, 'gl-code-quality-report.json'))).toBe(false);
  });
});
