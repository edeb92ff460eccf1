import type { DeployResult } from '../../engine/events';
import { registerSecret } from '../../engine/redact';
import { mdCode, mdFence, mdText } from '../../render/markdown';
import { summaryMarkdown } from './summary';

const result = (over: Partial<DeployResult> = {}): DeployResult => ({
  status: 'success',
  exitCode: 0,
  database: 'app',
  filesLoaded: 4,
  testMacros: 1,
  durationMs: 1234,
  serverVersion: '17.2',
  tests: [
    { kind: 'fixture', path: './__test__/_setup.sql', status: 'passed', durationMs: 2 },
    { kind: 'test', path: './__test__/test_a.sql', status: 'passed', durationMs: 5 },
    { kind: 'test', path: './__test__/test_b.sql', status: 'skipped', durationMs: 0 },
  ],
  engineRan: true,
  ...over,
});

describe('summaryMarkdown', () => {
  it('success: result line and the test table', () => {
    expect(summaryMarkdown({ exitCode: 0, result: result(), overflow: [] })).toBe(
      [
        '## ✅ pgmi deploy succeeded',
        '',
        'database <code>app</code> · 4 files loaded · 1.23 s · PostgreSQL 17.2 · exit code 0',
        '',
        '| Test | Result | Duration |',
        '| --- | --- | ---: |',
        '| <code>./__test__/_setup.sql</code> (fixture) | ✅ passed | 2 ms |',
        '| <code>./__test__/test_a.sql</code> | ✅ passed | 5 ms |',
        '| <code>./__test__/test_b.sql</code> | ⏭️ not run |  |',
        '',
      ].join('\n'),
    );
  });

  it('failure: message, SQLSTATE, detail, hint, location and the source line; overflow listed', () => {
    const md = summaryMarkdown({
      exitCode: 13,
      result: result({ status: 'failed', exitCode: 13, tests: [] }),
      detail: {
        message: 'execution failed: ERROR: column "x|y" <b>missing</b>',
        exitCode: 13,
        sqlstate: '42703',
        detail: 'see *docs*',
        hint: 'Perhaps you meant `z`',
        script: './migrations/003.sql',
        line: 7,
        column: 3,
        sourceLine: 'SELECT ```x``` FROM t;',
      },
      location: 'db/migrations/003.sql:7:3',
      overflow: [{ level: 'warning', message: 'w11', props: { file: 'db/a.sql', startLine: 2 } }],
    });
    expect(md).toContain('## ❌ pgmi deploy failed');
    expect(md).toContain('exit code 13 (sql-error)');
    expect(md).toContain(
      '**execution failed: ERROR: column &quot;x&#124;y&quot; &lt;b&gt;missing&lt;/b&gt;**',
    );
    expect(md).toContain('| SQLSTATE | <code>42703</code> |');
    expect(md).toContain('| Detail | see \\*docs\\* |');
    expect(md).toContain('| Hint | Perhaps you meant \\`z\\` |');
    expect(md).toContain('| Location | <code>db/migrations/003.sql:7:3</code> |');
    expect(md).toContain('Line 7, column 3:\n\n````sql\nSELECT ```x``` FROM t;\n````');
    expect(md).toContain('### More annotations');
    expect(md).toContain('- ⚠️ <code>db/a.sql:2</code> w11');
  });

  it('a run that never reached the engine: no file counts or duration', () => {
    const md = summaryMarkdown({
      exitCode: 10,
      result: result({ engineRan: false, tests: [], serverVersion: undefined, database: '' }),
      detail: { message: 'invalid configuration: x', exitCode: 10 },
      overflow: [],
    });
    expect(md.split('\n')[2]).toBe('exit code 10 (config-error)');
  });

  it('redacts registered secrets before escaping them', () => {
    registerSecret('a&b<sekret>');
    const md = summaryMarkdown({
      exitCode: 13,
      result: result({ status: 'failed', exitCode: 13 }),
      detail: { message: 'value a&b<sekret> rejected', exitCode: 13, hint: 'a&b<sekret>' },
      overflow: [],
    });
    expect(md).toContain('**value \\[redacted\\] rejected**');
    expect(md).not.toContain('sekret');
  });
});

describe('markdown escaping', () => {
  it('mdText: HTML, table pipes and emphasis render literally', () => {
    expect(mdText('<a href="x">|*_#[1]</a>\nnext')).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#124;\\*\\_\\#\\[1\\]&lt;/a&gt;<br>next',
    );
  });
  it('mdCode and mdFence', () => {
    expect(mdCode('a|b<c>')).toBe('<code>a&#124;b&lt;c&gt;</code>');
    expect(mdFence('x')).toBe('```\nx\n```');
    expect(mdFence('a ```` b', 'sql')).toBe('`````sql\na ```` b\n`````');
  });
});
