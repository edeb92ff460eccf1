/**
 * Annotations: the failure as an error on the project file and line, a failed test as an error
 * on its file, `RAISE WARNING` as a warning where the file is known. GitHub shows at most 10
 * annotations of each type per step; past that they are kept for the job summary instead.
 */
import path from 'node:path';
import type { ErrorDetail } from '../../engine/errors';
import { redact } from '../../engine/redact';

export const ANNOTATION_CAP = 10;

export type AnnotationLevel = 'error' | 'warning';

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  props: AnnotationProps;
}

/** `core.error` / `core.warning`. */
export type AnnotationSink = Record<
  AnnotationLevel,
  (message: string, props: AnnotationProps) => void
>;

export interface Annotator {
  add(annotation: Annotation): void;
  /** Annotations beyond the cap, in order (for the job summary). */
  readonly overflow: readonly Annotation[];
}

/**
 * @param enabled the `annotations` input; when off, each would-be annotation is a log line.
 * @param log plain log line writer (used when disabled or past the cap).
 */
export function createAnnotator(
  enabled: boolean,
  sink: AnnotationSink,
  log: (line: string) => void,
  cap = ANNOTATION_CAP,
): Annotator {
  const counts: Record<AnnotationLevel, number> = { error: 0, warning: 0 };
  const overflow: Annotation[] = [];
  return {
    overflow,
    add(a) {
      // One redaction pass for everything an annotation carries.
      const clean: Annotation = {
        level: a.level,
        message: redact(a.message),
        props: {
          ...a.props,
          ...(a.props.title !== undefined ? { title: redact(a.props.title) } : {}),
          ...(a.props.file !== undefined ? { file: redact(a.props.file) } : {}),
        },
      };
      if (enabled && counts[a.level] < cap) {
        counts[a.level]++;
        sink[a.level](clean.message, clean.props);
        return;
      }
      if (enabled) overflow.push(clean);
      const where = clean.props.file
        ? ` (${clean.props.file}${clean.props.startLine ? `:${clean.props.startLine}` : ''})`
        : '';
      log(`${a.level === 'error' ? 'Error' : 'Warning'}${where}: ${clean.message}`);
    },
  };
}

/**
 * A project path as GitHub links it: relative to the repository root (GITHUB_WORKSPACE),
 * forward slashes. `projectFile` is the engine's form (`./migrations/001.sql`, `deploy.sql`).
 */
export function workspacePath(workspace: string, projectPath: string, projectFile: string): string {
  const abs = path.resolve(workspace, projectPath, projectFile);
  const rel = path.relative(path.resolve(workspace), abs);
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

/** The project file (engine form) and position a failure points at, when known. */
export function failureSource(
  detail: ErrorDetail,
): { file: string; line?: number; column?: number } | undefined {
  if (detail.script) {
    // Lines of a deploy.sql with pgmi_test() macros count in the expanded script: they do not
    // match the file on disk, so the annotation goes on the file without a position.
    if (detail.script === 'deploy.sql' && detail.scriptExpanded) return { file: 'deploy.sql' };
    return { file: detail.script, line: detail.line, column: detail.column };
  }
  if (detail.failedFile) return { file: detail.failedFile };
  return undefined;
}

/**
 * Annotation properties for a project file. GitHub places annotations on lines; a failure known
 * only by its file (a failing test: the test runner re-raises without a position) goes on line 1.
 */
export function fileProps(
  file: string,
  line: number | undefined,
  column: number | undefined,
  title: string,
): AnnotationProps {
  return {
    title,
    file,
    startLine: line && line > 0 ? line : 1,
    ...(line && column && column > 0 ? { startColumn: column } : {}),
  };
}
