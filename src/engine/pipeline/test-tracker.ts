/**
 * Per-test results for reports (JUnit, the Action's table). The plan is known before deploy.sql
 * runs (the engine generated it); the default callback's `[pgmi] Fixture:`/`[pgmi] Test:`
 * notices mark when each step starts; the outcome of the run settles the rest: a `Failed in
 * <path>` error fails that step, steps planned before it passed, steps after it never ran.
 */
import type { TestResult, TestStepKind } from '../events';
import { redact } from '../redact';

interface Step {
  kind: TestStepKind;
  path: string;
  status?: TestResult['status'];
  startedAt?: number;
  durationMs: number;
  message?: string;
  sqlstate?: string;
  line?: number;
}

const STARTED = /^\[pgmi\] (Fixture|Test): (.+)$/;

function toResult(s: Step): TestResult {
  const r: TestResult = {
    kind: s.kind,
    path: s.path,
    status: s.status ?? 'skipped',
    durationMs: s.durationMs,
  };
  if (s.message) r.message = s.message;
  if (s.sqlstate) r.sqlstate = s.sqlstate;
  if (s.line) r.line = s.line;
  return r;
}

export interface TestFailure {
  failedFile?: string;
  message: string;
  sqlstate?: string;
  /** Line in the failed file. */
  line?: number;
}

export class TestTracker {
  private readonly steps: Step[] = [];
  private current: Step | undefined;
  private suitesPlanned = 0;
  private suitesCompleted = 0;

  constructor(private readonly onFinished: (r: TestResult) => void = () => undefined) {}

  /** Adds one macro's plan (fixtures and tests, in plan order). */
  addPlan(steps: Array<{ kind: TestStepKind; path: string }>): void {
    for (const s of steps) this.steps.push({ ...s, durationMs: 0 });
    this.suitesPlanned++;
  }

  get planned(): number {
    return this.steps.length;
  }

  /** Feed every notice message; returns true when it was a test-machinery line. */
  onNotice(message: string, now: number): boolean {
    if (message === '[pgmi] Test suite started') return true;
    if (message.startsWith('[pgmi] Test suite completed')) {
      this.settle(this.current, 'passed', now);
      this.suitesCompleted++;
      return true;
    }
    const m = STARTED.exec(message);
    if (!m) return false;
    this.settle(this.current, 'passed', now);
    const kind: TestStepKind = m[1] === 'Fixture' ? 'fixture' : 'test';
    const step = this.steps.find(
      (s) =>
        s.status === undefined && s.startedAt === undefined && s.kind === kind && s.path === m[2],
    );
    if (step) step.startedAt = now;
    this.current = step;
    return true;
  }

  private settle(
    s: Step | undefined,
    status: TestResult['status'],
    now: number,
    failure?: TestFailure,
  ): void {
    if (!s || s.status) return;
    s.status = status;
    if (s.startedAt !== undefined) s.durationMs = Math.max(0, now - s.startedAt);
    if (failure) {
      // The server's text as deploy.sql raised it: reports (JUnit, TAP, summaries) print it.
      s.message = redact(failure.message);
      if (failure.sqlstate) s.sqlstate = failure.sqlstate;
      if (failure.line) s.line = failure.line;
    }
    if (s === this.current) this.current = undefined;
    this.onFinished(toResult(s));
  }

  /** Settles every step once the run is over and returns the results in plan order. */
  finish(now: number, failure?: TestFailure): TestResult[] {
    if (!failure) {
      for (const s of this.steps) this.settle(s, 'passed', now);
      return this.results();
    }
    let failedIdx = failure.failedFile
      ? this.steps.findIndex((s) => !s.status && s.path === failure.failedFile)
      : -1;
    // A step that started and never finished is the one that failed (e.g. cancelled by --timeout:
    // PL/pgSQL handlers cannot catch query_canceled, so no `Failed in` wording reaches us).
    if (failedIdx < 0 && this.current) failedIdx = this.steps.indexOf(this.current);
    if (failedIdx >= 0) {
      this.steps.forEach((s, i) => {
        if (i < failedIdx) this.settle(s, 'passed', now);
        else if (i === failedIdx) this.settle(s, 'failed', now, failure);
        else this.settle(s, 'skipped', now);
      });
      return this.results();
    }
    // The failure was outside the tests: announced-complete suites passed, the rest never ran.
    const allCompleted = this.suitesPlanned > 0 && this.suitesCompleted >= this.suitesPlanned;
    for (const s of this.steps) this.settle(s, allCompleted ? 'passed' : 'skipped', now);
    return this.results();
  }

  results(): TestResult[] {
    return this.steps.map(toResult);
  }
}
