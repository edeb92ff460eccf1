/**
 * The job summary of a fleet deploy (and of `pgmi report merge --summary`): the totals, then one
 * row per target — status, duration, tests, objects changed, and for a failure its file:line and
 * message. Pure; every text passes through pgmi's redaction.
 */
import { redact } from '../../engine/redact';
import type { FleetResult } from '../../fleet/result';
import { FLEET_TABLE_HEAD, fleetTableRow } from '../../render/fleet-table';
import { resultName } from './outputs';

export function fleetSummaryMarkdown(r: FleetResult): string {
  const ok = r.exitCode === 0;
  const { total, succeeded, failed, skipped, rehearsed } = r.totals;
  const facts = [
    `${total} target(s)`,
    `${succeeded} succeeded${rehearsed ? ` (${rehearsed} rehearsed)` : ''}`,
    `${failed} failed`,
    `${skipped} skipped`,
    `${(r.durationMs / 1000).toFixed(2)} s`,
    `exit code ${r.exitCode}${ok ? '' : ` (${resultName(r.exitCode)})`}`,
  ];
  if (r.shard) facts.splice(1, 0, `shard ${r.shard.index}/${r.shard.count}`);
  const lines = [
    `## ${ok ? '✅ pgmi fleet deploy succeeded' : '❌ pgmi fleet deploy failed'}`,
    '',
    facts.join(' · '),
    '',
    ...FLEET_TABLE_HEAD,
    ...r.targets.map((t) => fleetTableRow(t)),
    '',
  ];
  return redact(lines.join('\n'));
}
