/**
 * gh-11: the CLI says what happened — a ✓/✗ line per test, a result line with test counts, the
 * server's context frames only under --verbose once pgmi knows the file and line — and failed
 * tests and `RAISE WARNING`s are located at their line inside the file (from the PL/pgSQL line
 * the server reports) in annotations, the JUnit report and GitLab's Code Quality report.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commands, runAction } from './helpers/action';
import { connFlags, runPgmi } from './helpers/cli';
import { createTestDatabase, dropTestDatabase, serverUrl, urlFor } from './helpers/db';
import { MIGRATE_AND_TEST, makeProject, removeProjects } from './helpers/project';

afterAll(() => removeProjects());

/** A migration whose RAISE WARNING sits on line 5, inside a DO block that starts on line 3. */
const MIGRATION = [
  'CREATE TABLE IF NOT EXISTS widget (id int PRIMARY KEY);',
  '',
  'DO $$',
  'BEGIN',
  "  RAISE WARNING 'widget table has no owner column';",
  'END $$;',
  '',
].join('\n');

/** A test failing on line 7: a DO block among other statements, with a second DO block before. */
const FAILING_TEST = [
  '-- the widget table starts empty',
  'DO $$ BEGIN PERFORM 1; END $$;',
  'SELECT count(*) FROM widget;',
  'DO $$',
  'BEGIN',
  '  IF (SELECT count(*) FROM widget) = 0 THEN',
  "    RAISE EXCEPTION 'expected a widget, found none';",
  '  END IF;',
  'END $$;',
  '',
].join('\n');

const passing = {
  'deploy.sql': MIGRATE_AND_TEST,
  'migrations/001_widget.sql': MIGRATION,
  '__test__/test_a.sql': 'SELECT 1;\n',
  '__test__/test_b.sql': 'SELECT count(*) FROM widget;\n',
  '__test__/test_c.sql': 'DO $$ BEGIN ASSERT true; END $$;\n',
};
const failing = { ...passing, '__test__/test_c.sql': FAILING_TEST };

let db: string;
beforeAll(async () => {
  db = await createTestDatabase('said');
});
afterAll(async () => {
  await dropTestDatabase(db);
});

function deploy(project: string, extra: string[] = [], env: Record<string, string> = {}) {
  const c = connFlags();
  return runPgmi(['deploy', project, ...c.args, '-d', db, ...extra], {
    env: { ...c.env, ...env },
  });
}

describe('the CLI result (gh-11)', () => {
  it('a ✓ line per test and "3 tests passed" in the result line', async () => {
    const r = await deploy(makeProject(passing));
    expect(r.code).toBe(0);
    for (const t of ['test_a', 'test_b', 'test_c'])
      expect(r.stderr).toMatch(new RegExp(`^  ✓ \\./__test__/${t}\\.sql \\(\\d+ ms\\)$`, 'm'));
    expect(r.stderr).toMatch(
      new RegExp(`^✓ ${db}: 4 files loaded, 3 tests passed in \\d+\\.\\d\\ds$`, 'm'),
    );
    expect(r.stderr).not.toContain('macro');
  });

  it('NO_COLOR: words instead of marks', async () => {
    const r = await deploy(makeProject(passing), [], { NO_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^ {2}ok \.\/__test__\/test_a\.sql \(\d+ ms\)$/m);
    expect(r.stderr).toMatch(new RegExp(`^ok ${db}: 4 files loaded, 3 tests passed in `, 'm'));
  });

  it('a failing test: ✗ on it, counts in the result line, its line in the error, no server frames', async () => {
    const r = await deploy(makeProject(failing));
    expect(r.code).toBe(13);
    expect(r.stderr).toMatch(/^ {2}✓ \.\/__test__\/test_a\.sql/m);
    expect(r.stderr).toMatch(/^ {2}✗ \.\/__test__\/test_c\.sql/m);
    expect(r.stderr).toMatch(
      new RegExp(`^✗ ${db}: failed after [\\d.]+s \\(2 tests passed, 1 failed\\)$`, 'm'),
    );
    expect(r.stderr).toContain('LOCATION: ./__test__/test_c.sql line 7, column 5');
    expect(r.stderr).toContain("LINE 7:     RAISE EXCEPTION 'expected a widget, found none';");
    expect(r.stderr).not.toMatch(/WHERE:|inline_code_block|pgmi_run_test_source/);
  });

  it('--verbose keeps the server context', async () => {
    const r = await deploy(makeProject(failing), ['--verbose']);
    expect(r.code).toBe(13);
    expect(r.stderr).toMatch(/WHERE: PL\/pgSQL function .*pgmi_run_test_source/);
  });

  it('the machinery notice carrying the context is never shown', async () => {
    const r = await deploy(makeProject(failing), ['--verbose']);
    expect(r.stderr).not.toContain('test failure context');
  });
});

describe('located at the right line (gh-11)', () => {
  it('GitHub annotations (CLI): the RAISE EXCEPTION line of the test, the RAISE WARNING line of the migration', async () => {
    const project = makeProject(failing);
    const r = await deploy(project, [], { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: project });
    expect(commands(r.stdout, 'error')).toEqual([
      expect.stringMatching(/^::error file=__test__\/test_c\.sql,line=7,col=5,title=Test failed/),
    ]);
    expect(commands(r.stdout, 'warning')).toEqual([
      expect.stringMatching(/^::warning file=migrations\/001_widget\.sql,line=5,/),
    ]);
  });

  it('the Action bundle: the failing test annotated at its RAISE line', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'pgmi-said-ws-'));
    const project = makeProject(failing);
    const r = await runAction({
      workspace,
      inputs: {
        'project-path': project,
        'connection-string': urlFor(db, serverUrl()),
      },
    });
    expect(r.outputs['exit-code']).toBe('13');
    const errors = commands(r.stdout, 'error');
    expect(errors.some((l) => /file=[^,]*__test__\/test_c\.sql,line=7,col=5::/.test(l))).toBe(true);
    expect(
      commands(r.stdout, 'warning').some((l) =>
        /file=[^,]*migrations\/001_widget\.sql,line=5::/.test(l),
      ),
    ).toBe(true);
  });

  it('JUnit and GitLab Code Quality carry the line', async () => {
    const project = makeProject(failing);
    const r = await deploy(project, ['--junit-report', path.join(project, 'junit.xml')], {
      GITLAB_CI: 'true',
      CI_PROJECT_DIR: project,
      PGMI_GITLAB_CODE_QUALITY: path.join(project, 'cq.json'),
      PGMI_GITLAB_DOTENV: '',
    });
    expect(r.code).toBe(13);
    const junit = readFileSync(path.join(project, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testcase name="test_c\.sql"[^>]* line="7"/);
    const cq = JSON.parse(readFileSync(path.join(project, 'cq.json'), 'utf8')) as {
      location: { path: string; lines: { begin: number } };
      severity: string;
    }[];
    const byPath = Object.fromEntries(cq.map((i) => [i.location.path, i.location.lines.begin]));
    expect(byPath).toEqual({ '__test__/test_c.sql': 7, 'migrations/001_widget.sql': 5 });
  });
});
