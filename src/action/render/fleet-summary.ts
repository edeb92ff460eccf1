/**
 * The job summary of a fleet deploy (and of `pgmi report merge --summary`): the totals, then one
 * row per target — status, duration, tests, objects changed, and for a failure its file:line and
 * message. Pure; every text passes through pgmi's redaction.
 */
import { redact } from '../../engine/redact';
import type { FleetResult } from '../../fleet/result';
import {
  FLEET_TABLE_HEAD,
  fleetFactsLine,
  fleetStoppedLines,
  fleetTableRow,
} from '../../render/fleet-table';

export function fleetSummaryMarkdown(r: FleetResult): string {
  const ok = r.exitCode === 0;
  const lines = [
    `## ${ok ? '✅ pgmi fleet deploy succeeded' : '❌ pgmi fleet deploy failed'}`,
    '',
    fleetFactsLine(r),
    '',
    ...fleetStoppedLines(r),
    ...(r.targets.length
      ? [...FLEET_TABLE_HEAD, ...r.targets.map((t) => fleetTableRow(t)), '']
      : []),
  ];
  return redact(lines.join('\n'));
}
