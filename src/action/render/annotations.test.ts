import { registerSecret } from '../../engine/redact';
import {
  createAnnotator,
  failureSource,
  fileProps,
  workspacePath,
  type Annotation,
  type AnnotationProps,
} from './annotations';

function recorder() {
  const calls: Array<[string, string, AnnotationProps]> = [];
  const logged: string[] = [];
  const sink = {
    error: (m: string, p: AnnotationProps) => calls.push(['error', m, p]),
    warning: (m: string, p: AnnotationProps) => calls.push(['warning', m, p]),
  };
  return { calls, logged, sink, log: (l: string) => logged.push(l) };
}

const warning = (n: number): Annotation => ({
  level: 'warning',
  message: `w${n}`,
  props: { file: `f${n}.sql`, startLine: n },
});

describe('createAnnotator', () => {
  it('at most 10 per type; the rest are logged and kept for the summary', () => {
    const r = recorder();
    const a = createAnnotator(true, r.sink, r.log);
    for (let i = 1; i <= 12; i++) a.add(warning(i));
    a.add({ level: 'error', message: 'e1', props: {} });
    expect(r.calls.filter((c) => c[0] === 'warning')).toHaveLength(10);
    expect(r.calls.filter((c) => c[0] === 'error')).toEqual([['error', 'e1', {}]]);
    expect(a.overflow.map((o) => o.message)).toEqual(['w11', 'w12']);
    expect(r.logged).toEqual(['Warning (f11.sql:11): w11', 'Warning (f12.sql:12): w12']);
  });

  it('disabled: every annotation is a log line, nothing overflows', () => {
    const r = recorder();
    const a = createAnnotator(false, r.sink, r.log);
    a.add({ level: 'error', message: 'boom', props: { file: 'x.sql' } });
    expect(r.calls).toEqual([]);
    expect(r.logged).toEqual(['Error (x.sql): boom']);
    expect(a.overflow).toEqual([]);
  });

  it('redacts message, title and file', () => {
    registerSecret('annot-s3cret');
    const r = recorder();
    createAnnotator(true, r.sink, r.log).add({
      level: 'error',
      message: 'm annot-s3cret',
      props: { title: 't annot-s3cret', file: 'annot-s3cret.sql', startLine: 2 },
    });
    expect(r.calls).toEqual([
      ['error', 'm [redacted]', { title: 't [redacted]', file: '[redacted].sql', startLine: 2 }],
    ]);
  });
});

describe('paths and positions', () => {
  it('workspacePath: relative to the repository root, forward slashes', () => {
    expect(workspacePath('/repo', 'db', './migrations/001.sql')).toBe('db/migrations/001.sql');
    expect(workspacePath('/repo', '.', 'deploy.sql')).toBe('deploy.sql');
    expect(workspacePath('/repo', '/repo/app/db/', './x.sql')).toBe('app/db/x.sql');
    expect(workspacePath('/repo', '/elsewhere', './x.sql')).toBe('../elsewhere/x.sql');
  });

  it('failureSource: the located script, an expanded deploy.sql without position, failedFile', () => {
    const base = { message: 'm', exitCode: 13 };
    expect(
      failureSource({ ...base, script: './m/003.sql', line: 7, column: 3, scriptExpanded: false }),
    ).toEqual({ file: './m/003.sql', line: 7, column: 3 });
    expect(
      failureSource({ ...base, script: 'deploy.sql', line: 9, column: 1, scriptExpanded: true }),
    ).toEqual({ file: 'deploy.sql' });
    expect(
      failureSource({ ...base, script: 'deploy.sql', line: 4, column: 2, scriptExpanded: false }),
    ).toEqual({ file: 'deploy.sql', line: 4, column: 2 });
    expect(failureSource({ ...base, failedFile: './__test__/t.sql' })).toEqual({
      file: './__test__/t.sql',
    });
    expect(failureSource(base)).toBeUndefined();
  });

  it('fileProps: line 1 when only the file is known; a column only with a line', () => {
    expect(fileProps('a.sql', 7, 3, 'T')).toEqual({
      title: 'T',
      file: 'a.sql',
      startLine: 7,
      startColumn: 3,
    });
    expect(fileProps('a.sql', undefined, 3, 'T')).toEqual({
      title: 'T',
      file: 'a.sql',
      startLine: 1,
    });
  });
});
