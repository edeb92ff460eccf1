import type { DeployResult } from '../../engine/events';
import { registerSecret } from '../../engine/redact';
import { gfmHtml, gfmTableRows, gfmText } from '../../../__tests__/helpers/gfm';
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
  it('success: result line and the test table, `__test__` literal once rendered (gh-11 item 11)', () => {
    const md = summaryMarkdown({ exitCode: 0, result: result(), overflow: [] });
    expect(md.split('\n').slice(0, 3)).toEqual([
      '## ✅ pgmi deploy succeeded',
      '',
      'database <code>app</code> · 4 files loaded · 1.23 s · PostgreSQL 17.2 · exit code 0',
    ]);
    expect(md).toContain(
      '| <code>./&#95;&#95;test&#95;&#95;/test&#95;a.sql</code> | ✅ passed | 5 ms |',
    );
    expect(gfmHtml(md)).not.toMatch(/<(strong|em)>/);
    expect(gfmTableRows(md)).toEqual([
      ['Test', 'Result', 'Duration'],
      ['./__test__/_setup.sql (fixture)', '✅ passed', '2 ms'],
      ['./__test__/test_a.sql', '✅ passed', '5 ms'],
      ['./__test__/test_b.sql', '⏭️ not run', ''],
    ]);
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
    const rows = gfmTableRows(md);
    expect(rows).toContainEqual(['SQLSTATE', '42703']);
    expect(rows).toContainEqual(['Detail', 'see *docs*']);
    expect(rows).toContainEqual(['Hint', 'Perhaps you meant `z`']);
    expect(rows).toContainEqual(['Location', 'db/migrations/003.sql:7:3']);
    expect(md).toContain('Line 7, column 3:\n\n````sql\nSELECT ```x``` FROM t;\n````');
    expect(md).toContain('### More annotations');
    expect(gfmText(md)).toContain('⚠️ db/a.sql:2 w11');
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
    expect(mdCode('__test__/x_y.sql')).toBe('<code>&#95;&#95;test&#95;&#95;/x&#95;y.sql</code>');
    expect(gfmText(mdCode('__a__ *b* `c` [d](e) ~~f~~ https://g www.h @i \\j'))).toBe(
      '__a__ *b* `c` [d](e) ~~f~~ https://g www.h @i \\j\n',
    );
    expect(mdFence('x')).toBe('```\nx\n```');
    expect(mdFence('a ```` b', 'sql')).toBe('`````sql\na ```` b\n`````');
  });
});
