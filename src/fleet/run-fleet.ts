/**
 * Running one deploy per target: `parallel` at a time in list order, an optional canary batch
 * first, and no new start after a failure unless asked to continue. One AbortSignal covers the
 * whole fleet: Ctrl-C, SIGTERM or the fleet's `--timeout` aborts every deploy in flight (each
 * rolls back its own head and releases its own lock) and nothing further starts.
 */
import { InterruptedError, PgmiError, TimeoutError } from '../engine/errors';
import { resultBeforeEngine, type DeployResult } from '../engine/events';
import { formatMs } from '../engine/pipeline/run-control';
import { skippedTarget, targetResult, type FleetTargetResult } from './result';
import type { FleetTarget } from './targets';

export const DEFAULT_PARALLEL = 4;

export interface FleetSchedule {
  /** Deploys in flight at once (>= 1). */
  parallel: number;
  /** The first N targets run first, alone; any failure among them ends the fleet. */
  canary: number;
  /** Keep starting targets after one failed (default: stop, the rest `skipped`). */
  continueOnError: boolean;
  /** Limit for the whole fleet; 0 disables it. */
  timeoutMs: number;
}

export interface FleetRunDeps {
  /**
   * Deploys one target under `signal` and returns its engine result. Must not throw (a thrown
   * error is reported as that target's failure).
   */
  deployTarget(target: FleetTarget, signal: AbortSignal): Promise<DeployResult>;
  /** SIGINT/SIGTERM from the front door; its reason should be an `InterruptedError`. */
  signal?: AbortSignal;
  onStart?(target: FleetTarget): void;
  /** Called as each target finishes, in finishing order. */
  onFinish?(entry: FleetTargetResult, result: DeployResult): void;
}

export interface FleetRun {
  /** One entry per target, in list order; `skipped` for those never started. */
  targets: FleetTargetResult[];
  /** Engine results of the targets that ran, by position (for renderers that want more). */
  results: Map<number, DeployResult>;
  /** Why the fleet was cut short (interrupt or timeout), if it was. */
  stopReason?: PgmiError;
}

export async function runFleet(
  targets: FleetTarget[],
  schedule: FleetSchedule,
  deps: FleetRunDeps,
): Promise<FleetRun> {
  const controller = new AbortController();
  const abort = (reason: PgmiError) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  const external = deps.signal;
  const onExternal = () =>
    abort(external?.reason instanceof PgmiError ? external.reason : new InterruptedError());
  if (external?.aborted) onExternal();
  else external?.addEventListener('abort', onExternal, { once: true });
  const timer =
    schedule.timeoutMs > 0
      ? setTimeout(
          () =>
            abort(
              new TimeoutError(
                `fleet deployment exceeded --timeout ${formatMs(schedule.timeoutMs)} (context deadline exceeded)`,
                {
                  hints: [
                    'raise --timeout (0 disables it), or deploy fewer targets per job with --shard',
                  ],
                },
              ),
            ),
          schedule.timeoutMs,
        )
      : undefined;

  const entries: Array<FleetTargetResult | undefined> = new Array(targets.length);
  const results = new Map<number, DeployResult>();
  let stopped = false;
  const halted = () => stopped || controller.signal.aborted;

  const runOne = async (i: number) => {
    const target = targets[i];
    deps.onStart?.(target);
    let result: DeployResult;
    try {
      result = await deps.deployTarget(target, controller.signal);
    } catch (err) {
      result = resultBeforeEngine(err, {
        exitCode: err instanceof PgmiError ? err.exitCode : 1,
        database: target.database,
      });
    }
    const entry = targetResult(target.name, target.position, result);
    entries[i] = entry;
    results.set(target.position, result);
    if (entry.status === 'failed' && !schedule.continueOnError) stopped = true;
    deps.onFinish?.(entry, result);
  };

  // A fixed pool of workers taking the next index: list order, never more than `width` at once.
  const pool = async (from: number, to: number) => {
    let next = from;
    const worker = async () => {
      while (!halted() && next < to) await runOne(next++);
    };
    const width = Math.max(1, Math.min(schedule.parallel, to - from));
    await Promise.all(Array.from({ length: width }, worker));
  };

  try {
    const canary = Math.min(Math.max(0, schedule.canary), targets.length);
    if (canary > 0) {
      await pool(0, canary);
      if (entries.slice(0, canary).some((e) => e?.status === 'failed')) stopped = true;
    }
    await pool(canary, targets.length);
  } finally {
    if (timer) clearTimeout(timer);
    external?.removeEventListener('abort', onExternal);
  }
  return {
    targets: targets.map((t, i) => entries[i] ?? skippedTarget(t.name, t.position)),
    results,
    stopReason: controller.signal.aborted ? (controller.signal.reason as PgmiError) : undefined,
  };
}
