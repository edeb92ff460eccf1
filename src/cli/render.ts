/**
 * Plain-text rendering of the engine's event stream and result (stderr), and the `--json`
 * envelope (stdout). The same functions serve the container image and any CI without a
 * renderer of its own.
 */
import { errorDetail, type ErrorDetail } from '../engine/errors';
import type {
  ChangeReport,
  DeployEvent,
  DeployResult,
  DeployTimings,
  NotRehearsedUnit,
  ObjectChange,
} from '../engine/events';

export interface TextRenderOptions {
  verbose: boolean;
  write: (line: string) => void;
  /** NO_COLOR: words instead of ✓/✗. */
  plain?: boolean;
}

function testMark(passed: boolean, plain: boolean): string {
  if (plain) return passed ? 'ok' : 'FAILED';
  return passed ? '✓' : '✗';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `3 tests passed`, `2 tests passed, 1 failed`; empty when no test ran. */
export function testCounts(result: Pick<DeployResult, 'tests'>): string {
  const tests = result.tests.filter((t) => t.kind === 'test');
  if (!tests.length) return '';
  const n = (s: string) => tests.filter((t) => t.status === s).length;
  const [passed, failed, skipped] = [n('passed'), n('failed'), n('skipped')];
  const parts = [`${plural(passed, 'test')} passed`];
  if (failed) parts.push(`${failed} failed`);
  if (skipped) parts.push(`${skipped} skipped`);
  return parts.join(', ');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

/** Returns the event handler printing progress, verbose lines and notices as upstream does. */
export function textEventRenderer(opts: TextRenderOptions): (e: DeployEvent) => void {
  const stamp = (ms: number) => (opts.verbose ? `[${seconds(ms)}s] ` : '');
  return (e) => {
    switch (e.type) {
      case 'progress':
        opts.write(e.message);
        break;
      case 'verbose':
        if (opts.verbose) opts.write(`[VERBOSE] ${e.message}`);
        break;
      case 'test-finished':
        // One line per test step, as the Action log has them; fixtures only when they fail.
        if (e.status === 'skipped' || (e.kind === 'fixture' && e.status === 'passed')) break;
        opts.write(
          `  ${testMark(e.status === 'passed', !!opts.plain)} ${e.path} (${e.durationMs} ms)`,
        );
        break;
      case 'notice': {
        const p = stamp(e.elapsedMs);
        opts.write(p + e.message);
        if (e.detail) opts.write(`${p}DETAIL: ${e.detail}`);
        if (e.hint) opts.write(`${p}HINT: ${e.hint}`);
        break;
      }
      default:
        break;
    }
  };
}

export function noColor(env: Record<string, string | undefined>): boolean {
  return !!env.NO_COLOR;
}

/** `✓ db: 3 files loaded in 0.12s` / `✗ db: failed after 0.40s (unit 5 of 6 failed; …)`. */
export function summaryLine(result: DeployResult, plain: boolean): string {
  const db = result.database || '?';
  const s = seconds(result.durationMs);
  if (result.status === 'rehearsed') {
    const icon = plain ? 'ok' : '✓';
    return `${icon} ${db}: rehearsed in ${s}s — the head and its tests ran and were rolled back; nothing was committed`;
  }
  if (result.status === 'success') {
    const icon = plain ? 'ok' : '✓';
    const counts = testCounts(result);
    return `${icon} ${db}: ${result.filesLoaded} files loaded${counts ? `, ${counts}` : ''} in ${s}s`;
  }
  const icon = plain ? 'FAILED' : '✗';
  let line = `${icon} ${db}: failed after ${s}s`;
  const counts = testCounts(result);
  if (counts) line += ` (${counts})`;
  if (result.executionMode === 'psql' && result.failedUnit && result.executionUnits) {
    line += ` (unit ${result.failedUnit} of ${result.executionUnits} failed; ${result.unitsCommitted ?? 0} earlier unit(s) already committed)`;
  }
  return line;
}

export interface JsonEnvelope extends Partial<Omit<ErrorDetail, 'message'>> {
  status: 'success' | 'failed' | 'rehearsed';
  exitCode: number;
  error?: string;
  filesLoaded?: number;
  testMacros?: number;
  durationMs?: number;
  database?: string;
  executionUnits?: number;
  unitsCommitted?: number;
  executionMode?: 'atomic' | 'psql';
  timings?: DeployTimings;
  /** The change report: every catalog object created, altered or dropped. */
  changes?: ObjectChange[];
  changeCounts?: ChangeReport['counts'];
  /** Rehearsals: the tail units listed and not run. */
  notRehearsed?: NotRehearsedUnit[];
}

/**
 * The `--json` document. `result` is absent when the failure happened before the engine ran
 * (then there are no run fields). Keys are emitted in alphabetical order, as upstream does.
 */
export function jsonEnvelope(
  exitCode: number,
  result?: DeployResult,
  error?: unknown,
): JsonEnvelope {
  const status =
    exitCode !== 0 ? 'failed' : result?.status === 'rehearsed' ? 'rehearsed' : 'success';
  const env: Record<string, unknown> = { status, exitCode };
  if (result?.engineRan) {
    env.filesLoaded = result.filesLoaded;
    env.testMacros = result.testMacros;
    env.durationMs = result.durationMs;
    env.database = result.database;
    if (result.executionUnits !== undefined) {
      env.executionUnits = result.executionUnits;
      env.unitsCommitted = result.unitsCommitted ?? 0;
    }
    if (result.executionMode) env.executionMode = result.executionMode;
    if (result.timings) env.timings = result.timings;
    if (result.changeReport) {
      env.changes = result.changeReport.changes;
      env.changeCounts = result.changeReport.counts;
    }
    if (result.notRehearsed) env.notRehearsed = result.notRehearsed;
  }
  const err = error ?? result?.error;
  if (exitCode !== 0 && err !== undefined) {
    const { message, exitCode: _code, ...rest } = errorDetail(err);
    env.error = message;
    Object.assign(env, rest);
  } else if (exitCode !== 0) {
    env.error = 'interrupted';
  }
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(env).sort()) sorted[k] = env[k];
  return sorted as unknown as JsonEnvelope;
}
