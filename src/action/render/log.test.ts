import type { DeployEvent } from '../../engine/events';
import { registerSecret } from '../../engine/redact';
import { createAnnotator, type Annotation } from './annotations';
import { actionEventRenderer, createActionLog, neutralizeCommands } from './log';

function harness(verbose: boolean) {
  const out: string[] = [];
  const annotations: Annotation[] = [];
  const log = createActionLog({
    info: (l) => out.push(l),
    startGroup: (t) => out.push(`::group::${t}`),
    endGroup: () => out.push('::endgroup::'),
  });
  const annotator = createAnnotator(
    true,
    {
      error: (message, props) => annotations.push({ level: 'error', message, props }),
      warning: (message, props) => annotations.push({ level: 'warning', message, props }),
    },
    (l) => log.line(l),
  );
  const render = actionEventRenderer({
    verbose,
    log,
    annotator,
    toWorkspacePath: (f) => `db/${f.replace(/^\.\//, '')}`,
  });
  return { out, annotations, render, log };
}

const at = { elapsedMs: 1 };

describe('actionEventRenderer', () => {
  it('groups per phase, notices live, DEBUG and verbose only when asked', () => {
    const h = harness(false);
    const events: DeployEvent[] = [
      { type: 'phase', phase: 'validate', ...at },
      { type: 'phase', phase: 'execute', ...at },
      { type: 'progress', message: 'Executing deploy.sql', ...at },
      { type: 'notice', severity: 'NOTICE', message: 'hello', detail: 'd', hint: 'h', ...at },
      { type: 'notice', severity: 'DEBUG', message: 'debug line', ...at },
      { type: 'verbose', message: 'verbose line', ...at },
      { type: 'notice', severity: 'WARNING', message: 'no file', ...at },
      {
        type: 'test-finished',
        kind: 'test',
        path: './__test__/t.sql',
        status: 'passed',
        durationMs: 3,
        ...at,
      },
      {
        type: 'test-finished',
        kind: 'test',
        path: './__test__/u.sql',
        status: 'skipped',
        durationMs: 0,
        ...at,
      },
    ];
    events.forEach(h.render);
    h.log.endGroup();
    expect(h.out).toEqual([
      '::group::pgmi: Check the project',
      '::endgroup::',
      '::group::pgmi: Run deploy.sql',
      'Executing deploy.sql',
      'hello',
      'DETAIL: d',
      'HINT: h',
      'WARNING: no file',
      '✓ ./__test__/t.sql (3 ms)',
      '::endgroup::',
    ]);
    expect(h.annotations).toEqual([]);
  });

  it('verbose: DEBUG notices and verbose lines are shown', () => {
    const h = harness(true);
    h.render({ type: 'notice', severity: 'DEBUG', message: 'dbg', ...at });
    h.render({ type: 'verbose', message: 'vb', ...at });
    expect(h.out).toEqual(['DEBUG: dbg', '[VERBOSE] vb']);
  });

  it('RAISE WARNING with a file: a warning annotation on the workspace path', () => {
    const h = harness(false);
    h.render({
      type: 'notice',
      severity: 'WARNING',
      message: 'careful',
      hint: 'h',
      file: './migrations/002.sql',
      line: 4,
      ...at,
    });
    expect(h.annotations).toEqual([
      {
        level: 'warning',
        message: 'careful\nHINT: h',
        props: { title: 'RAISE WARNING', file: 'db/migrations/002.sql', startLine: 4 },
      },
    ]);
  });

  it('notice text is redacted and cannot act as a workflow command', () => {
    registerSecret('log-s3cret');
    const h = harness(false);
    h.render({
      type: 'notice',
      severity: 'NOTICE',
      message: '::set-output name=x::log-s3cret\n  ::add-mask::y\r##[error]z',
      ...at,
    });
    expect(h.out).toEqual([
      ':\u200b:set-output name=x::[redacted]',
      '  :\u200b:add-mask::y',
      '##\u200b[error]z',
    ]);
  });
});

describe('neutralizeCommands', () => {
  it('leaves ordinary text alone', () => {
    expect(neutralizeCommands('a :: b\nc')).toBe('a :: b\nc');
  });
});
