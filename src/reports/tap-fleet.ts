/**
 * TAP version 14 for a fleet: one point per target, in list order, each preceded by its own
 * deploy's points as an indented subtest (`# Subtest: <database>`), so a TAP consumer shows every
 * target's tests under its name and reads the fleet as failed when any target failed. A skipped
 * target is an `ok … # SKIP` point without a subtest. Built from the fleet result's data alone, so
 * `pgmi report merge` writes the same report from the shards' JSON.
 */
import { ExitCode } from '../engine/errors';
import type { FleetResult, FleetTargetResult } from '../fleet/result';
import { failureDiagnostics, tapPoints } from './tap';

const indent = (lines: string[]) => lines.map((l) => `    ${l}`);

// A database name is an identifier, but may hold `#` (a TAP directive) or a backslash.
const escapeName = (s: string) => s.replace(/\\/g, '\\\\').replace(/#/g, '\\#');

function targetPoint(t: FleetTargetResult, n: number): string[] {
  const name = escapeName(t.database);
  if (t.status === 'skipped')
    return [`ok ${n} - ${name} # SKIP not started: the fleet stopped before this target`];
  const failure =
    t.status === 'failed'
      ? (t.error ?? { message: 'failed', exitCode: t.exitCode ?? ExitCode.General })
      : undefined;
  const lines = [`# Subtest: ${name}`, ...indent(tapPoints(t.tests, failure, t.durationMs))];
  if (!failure) {
    lines.push(`ok ${n} - ${name}${t.status === 'rehearsed' ? ' (rehearsed)' : ''}`);
  } else {
    lines.push(`not ok ${n} - ${name}`, ...failureDiagnostics(failure, t.durationMs));
  }
  return lines;
}

export function fleetTapReport(result: FleetResult): string {
  const lines = ['TAP version 14', `1..${result.targets.length}`];
  result.targets.forEach((t, i) => lines.push(...targetPoint(t, i + 1)));
  return lines.join('\n') + '\n';
}
