/**
 * `--junit-report` and `--tap` as CI systems read them, from real deploys through the CLI bundle:
 * the JUnit file validated by libxml2 (xmllint, compiled to WebAssembly) against the JUnit schema
 * Jenkins validates with (__tests__/ci-fixtures/junit.xsd) and read back by a JUnit-reading
 * library (test-results-parser); TAP read by node-tap's own parser in strict mode.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser, type FinalResults } from 'tap-parser';
import { parse as parseTestResults } from 'test-results-parser';
import { validateXML } from 'xmllint-wasm';
import { connFlags, runPgmi } from './helpers/cli';
import { createTestDatabase, dropTestDatabase } from './helpers/db';
import { makeProject, removeProjects, MIGRATE_AND_TEST } from './helpers/project';

const conn = connFlags();
const XSD = readFileSync(path.resolve('__tests__/ci-fixtures/junit.xsd'), 'utf8');
let db: string;

beforeEach(async () => {
  db = await createTestDatabase('rep');
});
afterEach(async () => {
  await dropTestDatabase(db);
});
afterAll(() => removeProjects());

async function deployWithReports(files: Record<string, string>, extra: string[] = []) {
  const project = makeProject(files);
  const junit = path.join(project, 'out', 'junit.xml');
  const tap = path.join(project, 'out', 'results.tap');
  const r = await runPgmi(
    ['deploy', project, ...conn.args, '-d', db, '--junit-report', junit, '--tap', tap, ...extra],
    { env: conn.env },
  );
  return { r, junit, xml: readFileSync(junit, 'utf8'), tap: readFileSync(tap, 'utf8') };
}

async function expectSchemaValid(xml: string): Promise<void> {
  const v = await validateXML({ xml: [{ fileName: 'junit.xml', contents: xml }], schema: [XSD] });
  expect(v.errors.map((e) => e.rawMessage)).toEqual([]);
  expect(v.valid).toBe(true);
}

function parseTap(tap: string): Promise<FinalResults> {
  return new Promise((resolve) => {
    const p = new Parser({ strict: true }, resolve);
    p.end(tap);
  });
}

const TESTS = {
  'deploy.sql': MIGRATE_AND_TEST,
  'migrations/001.sql': 'CREATE TABLE t (id int);',
  '__test__/_setup.sql': 'INSERT INTO t VALUES (1);',
  '__test__/test_count.sql':
    "DO $$ BEGIN IF (SELECT count(*) FROM t) <> 1 THEN RAISE EXCEPTION 'count'; END IF; END $$;",
  '__test__/api/test_shape.sql': 'SELECT id FROM t;',
};

describe('JUnit report', () => {
  it('passing run: schema-valid, one suite per test directory, one case per test file, durations', async () => {
    const { r, junit, xml } = await deployWithReports(TESTS);
    expect(r.code).toBe(0);
    await expectSchemaValid(xml);
    expect(xml).toMatch(
      /<testsuite name="\.\/__test__\/" tests="1" failures="0" errors="0" skipped="0" time="\d+\.\d{3}"/,
    );
    expect(xml).toMatch(/<testsuite name="\.\/__test__\/api\/" tests="1"/);
    expect(xml).toMatch(
      /<testcase name="test_shape\.sql" classname="\.\/__test__\/api\/" file="\.\/__test__\/api\/test_shape\.sql" time="\d+\.\d{3}"\/>/,
    );
    // The passing fixture is setup, not a result.
    expect(xml).not.toContain('_setup.sql');

    const read = parseTestResults({ type: 'junit', files: [junit] });
    expect(read).toMatchObject({ total: 2, passed: 2, failed: 0, status: 'PASS' });
    expect(read.suites.map((s) => [s.name, s.cases.map((c) => [c.name, c.status])])).toEqual([
      ['./__test__/', [['test_count.sql', 'PASS']]],
      ['./__test__/api/', [['test_shape.sql', 'PASS']]],
    ]);
  });

  it('failing test: a <failure> with message, SQLSTATE and the file; readers see one failed case', async () => {
    const { r, junit, xml } = await deployWithReports({
      ...TESTS,
      '__test__/test_zfail.sql': "DO $$ BEGIN RAISE EXCEPTION 'balance mismatch'; END $$;",
    });
    expect(r.code).toBe(13);
    await expectSchemaValid(xml);
    expect(xml).toMatch(
      /<testcase name="test_zfail\.sql"[^>]*>\s*<failure message="[^"]*balance mismatch" type="SQLSTATE P0001">[^<]*SQLSTATE: P0001[^<]*at \.\/__test__\/test_zfail\.sql[^<]*<\/failure>/,
    );
    const read = parseTestResults({ type: 'junit', files: [junit] });
    expect(read).toMatchObject({ failed: 1, status: 'FAIL' });
    const failed = read.suites.flatMap((s) => s.cases).filter((c) => c.status === 'FAIL');
    expect(failed.map((c) => c.name)).toEqual(['test_zfail.sql']);
    expect(failed[0].failure).toContain('balance mismatch');
  });

  it('a migration failing outside the tests: an <error> case on the file and line', async () => {
    const { r, junit, xml } = await deployWithReports({
      ...TESTS,
      'migrations/002_bad.sql': '-- bad\n\nSELECT * FROM missing_table;\n',
    });
    expect(r.code).toBe(13);
    await expectSchemaValid(xml);
    expect(xml).toMatch(
      /<testcase name="deploy" classname="deploy\.sql" file="\.\/migrations\/002_bad\.sql" line="3" time="[\d.]+">\s*<error message="[^"]*missing_table[^"]*" type="SQLSTATE 42P01">[^<]*at \.\/migrations\/002_bad\.sql:3:\d+/,
    );
    const read = parseTestResults({ type: 'junit', files: [junit] });
    expect(read.status).toBe('FAIL');
  });

  it('a configuration error before connecting: the report is still written, with the error (exit 10)', async () => {
    const { r, junit, xml } = await deployWithReports(TESTS, ['--param', 'bad key=1']);
    expect(r.code).toBe(10);
    await expectSchemaValid(xml);
    expect(xml).toMatch(/<error message="[^"]+" type="exit 10">/);
    expect(parseTestResults({ type: 'junit', files: [junit] }).status).toBe('FAIL');
  });

  it('gh-11: in a CI system, file= is relative to its workspace, as its own reports name the file', async () => {
    const project = makeProject({
      ...TESTS,
      '__test__/test_zfail.sql': "DO $$ BEGIN RAISE EXCEPTION 'balance mismatch'; END $$;",
    });
    // The checkout is the project's parent: the project is the repository's `<name>/` folder.
    const workspace = path.dirname(project);
    const folder = path.basename(project);
    const cases: Array<[string, Record<string, string>]> = [
      ['GitHub', { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace }],
      [
        'GitLab',
        {
          GITLAB_CI: 'true',
          CI_PROJECT_DIR: workspace,
          PGMI_GITLAB_DOTENV: '',
          PGMI_GITLAB_CODE_QUALITY: path.join(project, 'out', 'cq.json'),
        },
      ],
      ['Azure', { TF_BUILD: 'True', BUILD_SOURCESDIRECTORY: workspace }],
    ];
    for (const [ci, env] of cases) {
      const junit = path.join(project, 'out', `${ci}.xml`);
      const r = await runPgmi(
        ['deploy', project, ...conn.args, '-d', db, '--junit-report', junit],
        { env: { ...conn.env, ...env } },
      );
      expect(r.code).toBe(13);
      const xml = readFileSync(junit, 'utf8');
      await expectSchemaValid(xml);
      expect(xml).toContain(
        `<testcase name="test_count.sql" classname="./__test__/" file="${folder}/__test__/test_count.sql"`,
      );
      expect(xml).toMatch(
        new RegExp(
          `<testcase name="test_zfail\\.sql"[^>]*file="${folder}/__test__/test_zfail\\.sql"`,
        ),
      );
      // The CI system's own report or log command names the same file the same way.
      const own =
        ci === 'GitLab' ? readFileSync(path.join(project, 'out', 'cq.json'), 'utf8') : r.stdout;
      expect(own).toContain(`${folder}/__test__/test_zfail.sql`);
    }
    // Outside CI the report names files as the project does.
    const plain = await deployWithReports(TESTS);
    expect(plain.xml).toContain('file="./__test__/test_count.sql"');
  });

  it('XML-hostile text in messages stays well-formed and schema-valid', async () => {
    const { xml } = await deployWithReports({
      ...TESTS,
      '__test__/test_zfail.sql':
        "DO $$ BEGIN RAISE EXCEPTION 'a <b> & \"c\" ''d'' ]]> \x01'; END $$;",
    });
    await expectSchemaValid(xml);
    expect(xml).toContain('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; ]]&gt; ');
  });
});

describe('TAP report', () => {
  it('TAP 14 read by the strict parser: plan, points, YAML diagnostics for the failure', async () => {
    const { tap } = await deployWithReports({
      ...TESTS,
      '__test__/test_zfail.sql': "DO $$ BEGIN RAISE EXCEPTION 'nope'; END $$;",
    });
    const res = await parseTap(tap);
    expect(res).toMatchObject({ ok: false, count: 4, pass: 3, fail: 1 });
    expect(res.plan).toMatchObject({ start: 1, end: 4 });
    expect(res.failures).toHaveLength(1);
    expect(res.failures[0].name).toBe('./__test__/test_zfail.sql');
    expect(res.failures[0].diag).toMatchObject({
      message: expect.stringContaining('nope'),
      sqlstate: 'P0001',
      file: './__test__/test_zfail.sql',
    });
  });

  it('a deploy failing outside the tests ends with a not-ok point, never an all-green TAP', async () => {
    const { tap } = await deployWithReports({
      'deploy.sql': 'SELECT * FROM missing_table;',
    });
    const res = await parseTap(tap);
    expect(res).toMatchObject({ ok: false, count: 1, fail: 1 });
    expect(res.failures[0].name).toBe('deploy.sql');
    expect(res.failures[0].diag).toMatchObject({ sqlstate: '42P01', exit_code: 13 });
  });

  it('--tap without a file writes TAP to stderr; stdout stays empty', async () => {
    const project = makeProject(TESTS);
    const r = await runPgmi(['deploy', project, ...conn.args, '-d', db, '--tap'], {
      env: conn.env,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const tap = r.stderr.slice(r.stderr.indexOf('TAP version 14'));
    const res = await parseTap(tap.slice(0, tap.indexOf('\n', tap.indexOf('ok 3')) + 1));
    expect(res).toMatchObject({ ok: true, count: 3, pass: 3 });
  });
});
