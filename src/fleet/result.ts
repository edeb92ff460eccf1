/**
 * A fleet's outcome: one entry per target, in list order, and the totals. The same shape is the
 * `--json` document, the Action's `json-report` and what `pgmi report merge` reads back, so it
 * holds only data (error details already redacted), never live error objects.
 */
import { ExitCode, errorDetail, exitCodeFor, type ErrorDetail } from '../engine/errors';
import type { ChangeReport, DeployResult, DeployTimings, TestResult } from '../engine/events';

export type FleetTargetStatus = 'succeeded' | 'failed' | 'rehearsed' | 'skipped';

export interface FleetTargetResult {
  database: string;
  /** 1-based position in the whole target list (shards keep the full list's numbering). */
  position: number;
  status: FleetTargetStatus;
  /** `null` for a target that never started. */
  exitCode: number | null;
  durationMs: number;
  tests: TestResult[];
  /** The target's change report, when the engine produced one. */
  changes: ChangeReport | null;
  error: ErrorDetail | null;
  /** Where the target's time went (connect, session, change report, deploy.sql), when it ran. */
  timings?: DeployTimings;
}

export interface FleetTotals {
  total: number;
  /** Rehearsed targets count as succeeded; `rehearsed` says how many of them were. */
  succeeded: number;
  failed: number;
  skipped: number;
  rehearsed?: number;
}

export interface FleetResult {
  status: 'success' | 'failed';
  exitCode: number;
  targets: FleetTargetResult[];
  totals: FleetTotals;
  durationMs: number;
  /** Present when the run was one shard of a larger list. */
  shard?: { index: number; count: number };
  /** Why the fleet stopped before any target ran (bad targets, a failed discovery query…). */
  error?: string;
}

/** A target's entry from its engine result. */
export function targetResult(
  name: string,
  position: number,
  result: DeployResult,
  exitCode = result.exitCode,
): FleetTargetResult {
  const ok = exitCode === ExitCode.Success;
  const status: FleetTargetStatus = !ok
    ? 'failed'
    : result.status === 'rehearsed'
      ? 'rehearsed'
      : 'succeeded';
  const error = ok ? null : errorDetail(result.error ?? new Error('interrupted'));
  return {
    database: name,
    position,
    status,
    exitCode,
    durationMs: result.durationMs,
    tests: result.tests,
    changes: result.changeReport ?? null,
    error: error && { ...error, exitCode },
    ...(result.engineRan && result.timings ? { timings: pickTargetTimings(result.timings) } : {}),
  };
}

/** The per-target phases; the project's scan and checksums happen once for the whole fleet. */
function pickTargetTimings(t: DeployTimings): DeployTimings {
  const { scanMs: _scan, checksumMs: _checksum, projectBytes: _bytes, ...perTarget } = t;
  return perTarget;
}

export function skippedTarget(name: string, position: number): FleetTargetResult {
  return {
    database: name,
    position,
    status: 'skipped',
    exitCode: null,
    durationMs: 0,
    tests: [],
    changes: null,
    error: null,
  };
}

export function fleetTotals(targets: FleetTargetResult[]): FleetTotals {
  const count = (s: FleetTargetStatus) => targets.filter((t) => t.status === s).length;
  const rehearsed = count('rehearsed');
  return {
    total: targets.length,
    succeeded: count('succeeded') + rehearsed,
    failed: count('failed'),
    skipped: count('skipped'),
    ...(rehearsed ? { rehearsed } : {}),
  };
}

/**
 * 0 when every target succeeded (or rehearsed); otherwise the exit code of the first failed
 * target in list order. A skipped target without any failure (an interrupted run reports its own
 * code instead) is still not a success: 1.
 */
export function fleetExitCode(targets: FleetTargetResult[]): number {
  const sorted = [...targets].sort((a, b) => a.position - b.position);
  const failed = sorted.find((t) => t.status === 'failed');
  if (failed) return failed.exitCode ?? ExitCode.General;
  return sorted.some((t) => t.status === 'skipped') ? ExitCode.General : ExitCode.Success;
}

/** Assembles the result; `exitCode` overrides the list rule (a signal: 130/143). */
export function fleetResult(
  targets: FleetTargetResult[],
  durationMs: number,
  extra: { exitCode?: number; shard?: { index: number; count: number } } = {},
): FleetResult {
  const sorted = [...targets].sort((a, b) => a.position - b.position);
  const exitCode = extra.exitCode ?? fleetExitCode(sorted);
  return {
    status: exitCode === 0 ? 'success' : 'failed',
    exitCode,
    targets: sorted,
    totals: fleetTotals(sorted),
    durationMs,
    ...(extra.shard ? { shard: extra.shard } : {}),
  };
}

/** The result of a fleet that failed before any target ran. */
export function fleetFailure(err: unknown, durationMs = 0): FleetResult & { error: string } {
  const code = exitCodeFor(err);
  return { ...fleetResult([], durationMs, { exitCode: code }), error: errorDetail(err).message };
}

/** Objects a target changed (created + altered + dropped), when known. */
export function changeCount(t: FleetTargetResult): number | undefined {
  if (!t.changes) return undefined;
  return t.changes.changes.length;
}

/** Tests passed / run for a target (fixtures are setup, not counted). */
export function testCounts(t: FleetTargetResult): { passed: number; failed: number; run: number } {
  const tests = t.tests.filter((x) => x.kind === 'test' || x.status === 'failed');
  return {
    passed: tests.filter((x) => x.status === 'passed').length,
    failed: tests.filter((x) => x.status === 'failed').length,
    run: tests.filter((x) => x.status !== 'skipped').length,
  };
}

/** `file:line` of a failure, when the engine located it. */
export function failureLocation(t: FleetTargetResult): string | undefined {
  const e = t.error;
  if (!e) return undefined;
  if (e.script) return e.line ? `${e.script}:${e.line}` : e.script;
  return e.failedFile;
}
