/**
 * `timings.startupMs` of a front door that runs one deploy in a process of its own (the CLI, the
 * Action): the process's time before the deploy began, Node.js starting and pgmi's modules
 * loading. The engine's timings count from the start of the deploy, so they never include it.
 */
import type { DeployResult } from '../engine/events';

/** Milliseconds since the process started (`performance.timeOrigin`), taken as a deploy begins. */
export function processUptimeMs(): number {
  return Math.round(performance.now());
}

/** Puts `startupMs` first in the result's timings (when the deploy got as far as having any). */
export function addStartupTiming(result: DeployResult, startupMs: number): void {
  if (result.timings) result.timings = { startupMs, ...result.timings };
}
