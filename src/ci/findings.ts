/**
 * What a CI system is told about a finished deploy, independent of its markup: the failure on its
 * project file and line, each other failed test on its file, the outputs (the Action's, by the
 * same rules), and where a project file sits relative to the repository root.
 */
import path from 'node:path';
import { failureSource } from '../action/render/annotations';
import { actionOutputs, type FleetOutputName, type OutputName } from '../action/render/outputs';
import { InterruptedError, errorDetail, firstPgError } from '../engine/errors';
import type { DeployResult, NoticeEvent } from '../engine/events';
import { redact } from '../engine/redact';

export interface Finding {
  level: 'error' | 'warning';
  /** `failure` (the deploy's error), `test` (another failed test), `warning` (RAISE WARNING). */
  kind: 'failure' | 'test' | 'warning';
  /** Project file in the engine's form (`./migrations/001.sql`, `deploy.sql`), when known. */
  file?: string;
  line?: number;
  column?: number;
  /** SQLSTATE, or `exit <code>` when the failure has none. */
  code?: string;
  title: string;
  /** Redacted; may span several lines. */
  message: string;
}

/** The run outputs CI systems expose, in the Action's order (reports excluded). */
export type RunOutputs = Record<
  Exclude<
    OutputName,
    'json-report' | 'junit-report' | 'comment-url' | 'comment-file' | FleetOutputName
  >,
  string
>;

export function runOutputs(result: DeployResult, exitCode: number): RunOutputs {
  const {
    'json-report': _j,
    'junit-report': _u,
    'targets-total': _tt,
    'targets-succeeded': _ts,
    'targets-failed': _tf,
    'targets-skipped': _tk,
    'comment-url': _cu,
    'comment-file': _cf,
    ...rest
  } = actionOutputs(exitCode, result, {});
  return rest;
}

/** The error findings of a run: the failure first, then failed tests on other files. */
export function errorFindings(result: DeployResult, exitCode: number): Finding[] {
  const out: Finding[] = [];
  let failureFile: string | undefined;
  if (exitCode !== 0) {
    const detail = errorDetail(result.error ?? new InterruptedError());
    const source = failureSource(detail);
    failureFile = source?.file;
    const failedTest = result.tests.find((t) => t.status === 'failed' && t.path === source?.file);
    // The server's own words when there are some: pgmi's wrapper ("execution failed: ERROR: …
    // (SQLSTATE …)") repeats what the issue's code and location already say.
    const pg = firstPgError(result.error);
    const message = [
      pg ? redact(pg.message) : detail.message,
      detail.detail && `DETAIL: ${detail.detail}`,
      detail.hint && `HINT: ${detail.hint}`,
    ]
      .filter(Boolean)
      .join('\n');
    out.push({
      level: 'error',
      kind: 'failure',
      ...(source ?? {}),
      code: detail.sqlstate ?? `exit ${exitCode}`,
      title: failedTest
        ? `Test failed: ${failedTest.path}`
        : `pgmi deploy failed (exit ${exitCode})`,
      message,
    });
  }
  for (const t of result.tests) {
    if (t.status !== 'failed' || t.path === failureFile) continue;
    out.push({
      level: 'error',
      kind: 'test',
      file: t.path,
      ...(t.line ? { line: t.line } : {}),
      ...(t.sqlstate ? { code: t.sqlstate } : {}),
      title: `Test failed: ${t.path}`,
      message: redact(t.message ?? 'failed'),
    });
  }
  return out;
}

/** One-paragraph text of a finding for an issue list (the file and line travel separately). */
export function findingText(f: Finding): string {
  return f.kind === 'test' ? `Test failed: ${f.message}` : f.message;
}

/** A `RAISE WARNING` whose project file the engine knows, as a finding; otherwise undefined. */
export function warningFinding(e: NoticeEvent): Finding | undefined {
  if (e.severity !== 'WARNING' || !e.file) return undefined;
  const message = [e.message, e.detail && `DETAIL: ${e.detail}`, e.hint && `HINT: ${e.hint}`]
    .filter(Boolean)
    .join('\n');
  return {
    level: 'warning',
    kind: 'warning',
    file: e.file,
    ...(e.line ? { line: e.line } : {}),
    title: 'RAISE WARNING',
    message: redact(message),
  };
}

/**
 * A project file as the CI system links it: relative to the repository root (forward slashes)
 * when it lies inside it, else absolute.
 */
export function repoPath(
  root: string,
  cwd: string,
  projectPath: string,
  projectFile: string,
): string {
  const abs = path.resolve(cwd, projectPath, projectFile);
  const rel = path.relative(path.resolve(cwd, root), abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return abs.split(path.sep).join('/');
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}
