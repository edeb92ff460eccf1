import { gfmHtml, gfmTableRows, gfmText } from '../../__tests__/helpers/gfm';
import type { DeployResult, NoticeEvent, ObjectChange, TestResult } from '../engine/events';
import { registerSecret } from '../engine/redact';
import { GITHUB_COMMENT_LIMIT, reviewMarkdown, type ReviewInput } from './review-markdown';

const result = (over: Partial<DeployResult> = {}): DeployResult => ({
  status: 'success',
  exitCode: 0,
  database: 'app',
  filesLoaded: 4,
  testMacros: 1,
  durationMs: 1234,
  serverVersion: '17.2',
  executionUnits: 4,
  unitsCommitted: 4,
  executionMode: 'psql',
  tests: [
    { kind: 'fixture', path: './__test__/_setup.sql', status: 'passed', durationMs: 2 },
    { kind: 'test', path: './__test__/test_a.sql', status: 'passed', durationMs: 5 },
  ],
  engineRan: true,
  ...over,
});

const notice = (message: string, severity: NoticeEvent['severity'] = 'NOTICE'): NoticeEvent => ({
  type: 'notice',
  severity,
  message,
  elapsedMs: 1,
});

const input = (over: Partial<ReviewInput> = {}): ReviewInput => ({
  exitCode: 0,
  exitName: 'success',
  result: result(),
  facts: {
    projectPath: 'db',
    host: 'db.example.com',
    port: 5433,
    commit: '0123456789abcdef0123456789abcdef01234567',
    ref: 'refs/pull/7/merge',
    runUrl: 'https://ci.example.com/runs/42',
    params: ['api_key', 'env'],
    notices: [notice('Deploying __main__ to app'), notice('widgets seeded: 3')],
  },
  ...over,
});

const changes = (n: number): ObjectChange[] =>
  Array.from({ length: n }, (_, i) => ({
    action: i % 3 === 0 ? 'altered' : 'created',
    kind: 'table',
    name: `public.__widget_${i}__`,
    detail: i % 3 === 0 ? 'column label added' : undefined,
  }));

const tests = (n: number): TestResult[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'test',
    path: `./__test__/suite_${Math.floor(i / 50)}/test_${i}.sql`,
    status: i === n - 7 ? 'failed' : 'passed',
    durationMs: i % 17,
  }));

const LIMIT = { limit: GITHUB_COMMENT_LIMIT };

describe('reviewMarkdown: a passing deploy says what was deployed (gh-11 item 12)', () => {
  const md = reviewMarkdown(input(), LIMIT);
  const text = gfmText(md);

  it('result line, target without secrets, project, commit, ref, parameter names, units', () => {
    expect(md.split('\n')[0]).toBe('## ✅ pgmi deploy succeeded');
    expect(text).toContain(
      'database app · 4 files loaded · 1.23 s · PostgreSQL 17.2 · exit code 0',
    );
    expect(text).toContain(
      'target db.example.com:5433 · project db · commit 0123456789ab · ref refs/pull/7/merge',
    );
    expect(text).toContain('parameters: api_key, env (values not shown)');
    expect(text).toContain('units: 4 units executed — the head and 3 tail units');
    expect(text).toContain('View the run');
    expect(gfmHtml(md)).toContain('<a href="https://ci.example.com/runs/42">View the run</a>');
  });

  it("deploy.sql's notices in a collapsed <details>, literally", () => {
    const html = gfmHtml(md);
    expect(html).toMatch(/<details><summary>deploy\.sql notices \(2\)<\/summary>/);
    expect(html).not.toMatch(/<details open/);
    expect(text).toContain('NOTICE: Deploying __main__ to app\nNOTICE: widgets seeded: 3');
  });

  it('`__test__` paths render literally, never as bold (gh-11 item 11)', () => {
    const html = gfmHtml(md);
    expect(html).not.toMatch(/<(strong|em)>/);
    expect(gfmTableRows(md)).toEqual([
      ['Test', 'Result', 'Duration'],
      ['./__test__/_setup.sql (fixture)', '✅ passed', '2 ms'],
      ['./__test__/test_a.sql', '✅ passed', '5 ms'],
    ]);
  });

  it('one transaction, and a run without units or facts', () => {
    const one = gfmText(
      reviewMarkdown(
        input({ result: result({ executionUnits: 1, executionMode: 'atomic' }) }),
        LIMIT,
      ),
    );
    expect(one).toContain('units: 1 unit executed in one transaction');
    const bare = reviewMarkdown(input({ facts: undefined, result: result({ tests: [] }) }), LIMIT);
    expect(bare).not.toContain('target');
    expect(bare).not.toContain('<details');
    expect(bare).not.toContain('View the run');
  });

  it('notices are capped', () => {
    const many = Array.from({ length: 500 }, (_, i) => notice(`notice number ${i}`));
    const md2 = reviewMarkdown(input({ facts: { notices: many } }), LIMIT);
    const t = gfmText(md2);
    expect(t).toContain('deploy.sql notices (500)');
    expect(t).toContain('NOTICE: notice number 99');
    expect(t).not.toContain('notice number 100\n');
    expect(t).toContain('… 400 more notices not shown (truncated, see the run).');
  });
});

describe('reviewMarkdown: a rehearsal with its change report', () => {
  const rehearsed = result({
    status: 'rehearsed',
    changeReport: {
      changes: [
        { action: 'created', kind: 'column', name: 'public.widget.label' },
        { action: 'created', kind: 'table', name: 'public.gadget' },
        { action: 'created', kind: 'index', name: 'public.gadget_name_idx' },
        { action: 'created', kind: 'function', name: 'public.f(integer)' },
        { action: 'altered', kind: 'view', name: 'public.v|x', detail: 'definition *changed*' },
      ],
      counts: { created: 4, altered: 1, dropped: 0 },
    },
    notRehearsed: [
      { unit: 2, firstLine: 'CREATE INDEX CONCURRENTLY w_idx ON public.widget (id);' },
    ],
  });
  const md = reviewMarkdown(input({ result: rehearsed }), LIMIT);

  it('the rehearsed result line, the change table and the tail not rehearsed', () => {
    const text = gfmText(md);
    expect(md.split('\n')[0]).toBe('## ✅ pgmi rehearsal passed (rolled back)');
    expect(text).toContain('units: the head ran and was rolled back; 1 tail unit not rehearsed');
    expect(text).toContain('4 created · 1 altered · 0 dropped');
    const rows = gfmTableRows(md);
    expect(rows.slice(0, 6)).toEqual([
      ['Change', 'Kind', 'Object', 'Detail'],
      ['➕ created', 'column', 'public.widget.label', ''],
      ['➕ created', 'table', 'public.gadget', ''],
      ['➕ created', 'index', 'public.gadget_name_idx', ''],
      ['➕ created', 'function', 'public.f(integer)', ''],
      ['✏️ altered', 'view', 'public.v|x', 'definition *changed*'],
    ]);
    expect(text).toContain('Not rehearsed');
    expect(text).toContain('unit 2: CREATE INDEX CONCURRENTLY w_idx ON public.widget (id);');
  });

  it('a short change table is open; a long one collapses', () => {
    expect(md).not.toContain('catalog changes</summary>');
    const long = reviewMarkdown(
      input({
        result: result({
          changeReport: { changes: changes(40), counts: { created: 26, altered: 14, dropped: 0 } },
        }),
      }),
      LIMIT,
    );
    expect(gfmHtml(long)).toContain('<details><summary>40 catalog changes</summary>');
    expect(gfmTableRows(long).filter((r) => r[0] !== 'Change' && r.length === 4)).toHaveLength(40);
  });

  it('an empty change report says so', () => {
    const none = reviewMarkdown(
      input({
        result: result({
          changeReport: { changes: [], counts: { created: 0, altered: 0, dropped: 0 } },
        }),
      }),
      LIMIT,
    );
    expect(gfmText(none)).toContain('No catalog changes.');
  });
});

describe('reviewMarkdown: failures', () => {
  it('message, SQLSTATE, location, source line', () => {
    const md = reviewMarkdown(
      input({
        exitCode: 13,
        exitName: 'sql-error',
        result: result({ status: 'failed', exitCode: 13, failedUnit: 3, unitsCommitted: 2 }),
        detail: {
          message: 'execution failed: ERROR: column "__x__" <b>missing</b>',
          exitCode: 13,
          sqlstate: '42703',
          script: './migrations/003.sql',
          line: 7,
          column: 3,
          sourceLine: '  SELECT __x__ FROM t;',
        },
        location: 'db/migrations/003.sql:7:3',
      }),
      LIMIT,
    );
    const text = gfmText(md);
    expect(md.split('\n')[0]).toBe('## ❌ pgmi deploy failed');
    expect(text).toContain('exit code 13 (sql-error)');
    expect(text).toContain('execution failed: ERROR: column "__x__" <b>missing</b>');
    expect(text).toContain('units: unit 3 of 4 failed; 2 earlier units committed');
    const rows = gfmTableRows(md);
    expect(rows).toContainEqual(['SQLSTATE', '42703']);
    expect(rows).toContainEqual(['Location', 'db/migrations/003.sql:7:3']);
    expect(text).toContain('Line 7, column 3:\n  SELECT __x__ FROM t;');
  });

  it("a connection failure carries pgmi's pg_isready hint (gh-11 item 14)", () => {
    const md = reviewMarkdown(
      input({
        exitCode: 11,
        exitName: 'connection-error',
        result: result({ status: 'failed', exitCode: 11, engineRan: false, tests: [] }),
        detail: { message: 'connection failed: connect ECONNREFUSED 127.0.0.1:1', exitCode: 11 },
        hints: [
          'is PostgreSQL running and accepting connections there? check with: pg_isready -h 127.0.0.1 -p 1',
        ],
      }),
      LIMIT,
    );
    expect(gfmText(md)).toContain(
      '💡 is PostgreSQL running and accepting connections there? check with: pg_isready -h 127.0.0.1 -p 1',
    );
  });

  it('data from the server renders literally: HTML, links, mentions, pipes, code fences', () => {
    const nasty = 'x | <img src=y> [link](http://evil) @octocat `tick` ~~s~~ __b__ www.example.com';
    const md = reviewMarkdown(
      input({
        result: result({
          changeReport: {
            changes: [{ action: 'dropped', kind: 'table', name: nasty }],
            counts: { created: 0, altered: 0, dropped: 1 },
          },
        }),
      }),
      LIMIT,
    );
    const html = gfmHtml(md);
    expect(html).not.toMatch(/<(img|a href="http:\/\/evil|a href="http:\/\/www|del|strong|em)\b/);
    expect(gfmTableRows(md)).toContainEqual(['➖ dropped', 'table', nasty, '']);
  });

  it('registered secrets never appear, in any section', () => {
    registerSecret('canary-S3cret-value');
    const md = reviewMarkdown(
      input({
        exitCode: 13,
        exitName: 'sql-error',
        result: result({ status: 'failed', exitCode: 13 }),
        detail: {
          message: 'bad value canary-S3cret-value',
          exitCode: 13,
          hint: 'canary-S3cret-value',
        },
        facts: { notices: [notice('token canary-S3cret-value')], params: ['token'] },
      }),
      LIMIT,
    );
    expect(md).not.toContain('canary-S3cret-value');
    expect(md).toContain('[redacted]');
  });
});

describe('reviewMarkdown: size (gh-13)', () => {
  it('5 000 changed objects and 2 000 tests stay under 65 536 characters, literally, the failed test kept', () => {
    const big = input({
      exitCode: 13,
      exitName: 'sql-error',
      result: result({
        status: 'failed',
        exitCode: 13,
        tests: tests(2000),
        changeReport: {
          changes: changes(5000),
          counts: { created: 3333, altered: 1667, dropped: 0 },
        },
      }),
      detail: { message: 'Failed in ./__test__/suite_39/test_1993.sql', exitCode: 13 },
    });
    const md = reviewMarkdown(big, {
      limit: GITHUB_COMMENT_LIMIT,
      marker: '<!-- pgmi-review x -->',
    });
    expect(md.length).toBeLessThan(65_536);
    expect(md.split('\n')[0]).toBe('<!-- pgmi-review x -->');
    const text = gfmText(md);
    expect(text).toContain('3333 created · 1667 altered · 0 dropped');
    expect(text).toMatch(/… \d+ more changes not shown \(truncated, see the run\)\./);
    expect(text).toMatch(/… \d+ more tests not shown \(truncated, see the run\)\./);
    expect(gfmHtml(md)).toContain('<a href="https://ci.example.com/runs/42">run</a>');
    const rows = gfmTableRows(md);
    expect(rows).toContainEqual(['./__test__/suite_39/test_1993.sql', '❌ failed', '4 ms']);
    expect(rows).toContainEqual([
      '✏️ altered',
      'table',
      'public.__widget_0__',
      'column label added',
    ]);
    expect(gfmHtml(md)).not.toMatch(/<(strong|em)>[^<]*widget/);
    // Everything that fits is shown: far more than a token few rows.
    expect(rows.length).toBeGreaterThan(200);
  });

  it('a report that cannot fit is cut with a closing line that says so', () => {
    const md = reviewMarkdown(
      input({
        exitCode: 13,
        exitName: 'sql-error',
        result: result({ status: 'failed', exitCode: 13 }),
        detail: { message: 'm', exitCode: 13, detail: 'd'.repeat(3000), where: 'w'.repeat(3000) },
      }),
      { limit: 2000 },
    );
    expect(md.length).toBeLessThanOrEqual(2000);
    expect(md).toMatch(
      /\*\*Truncated\*\* to fit the size limit: see the \[run\]\(https:\/\/ci\.example\.com\/runs\/42\) for the full report\.\n$/,
    );
  });
});
