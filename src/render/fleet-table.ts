/**
 * The per-target table of a fleet (status, duration, tests, objects changed, failure file:line
 * and message), shared by the Action's job summary, `pgmi report merge --summary` and the review
 * comment, so every place shows a fleet the same way.
 */
import { resultName } from '../action/render/outputs';
import {
  changeCount,
  failureLocation,
  testCounts,
  type FleetResult,
  type FleetTargetResult,
} from '../fleet/result';
import { mdCode, mdText } from './markdown';

export const FLEET_STATUS: Record<FleetTargetResult['status'], string> = {
  succeeded: '✅ succeeded',
  rehearsed: '🧪 rehearsed',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
};

/** The line saying why a fleet stopped before any target ran; none when it did not. */
export function fleetStoppedLines(r: FleetResult): string[] {
  return r.error ? [`**Stopped before any target ran:** ${mdText(r.error)}`, ''] : [];
}

export const FLEET_TABLE_HEAD = [
  '| Database | Status | Duration | Tests | Objects changed | Failure |',
  '| --- | --- | ---: | ---: | ---: | --- |',
];

/** One table row; `messageMax` cuts a long failure message. */
export function fleetTableRow(t: FleetTargetResult, messageMax = Infinity): string {
  const tests = testCounts(t);
  const changes = changeCount(t);
  const at = failureLocation(t);
  const message = t.error?.message;
  const shortMessage =
    message && message.length > messageMax ? `${message.slice(0, messageMax)} …` : message;
  const failure =
    t.status === 'failed'
      ? [at && mdCode(at), shortMessage && mdText(shortMessage), `exit ${t.exitCode}`]
          .filter(Boolean)
          .join(' ')
      : '';
  return [
    mdCode(t.database),
    FLEET_STATUS[t.status],
    t.status === 'skipped' ? '' : `${(t.durationMs / 1000).toFixed(2)} s`,
    tests.run ? `${tests.passed}/${tests.run}` : '',
    changes === undefined ? '' : String(changes),
    failure,
  ]
    .join(' | ')
    .replace(/^/, '| ')
    .concat(' |');
}

/** The totals line under a fleet's heading, in the job summary and the review comment alike. */
export function fleetFactsLine(r: FleetResult): string {
  const { total, succeeded, failed, skipped, rehearsed } = r.totals;
  const facts = [
    `${total} target(s)`,
    `${succeeded} succeeded${rehearsed ? ` (${rehearsed} rehearsed)` : ''}`,
    `${failed} failed`,
    `${skipped} skipped`,
    `${(r.durationMs / 1000).toFixed(2)} s`,
    `exit code ${r.exitCode}${r.exitCode === 0 ? '' : ` (${resultName(r.exitCode)})`}`,
  ];
  if (r.shard) facts.splice(1, 0, `shard ${r.shard.index}/${r.shard.count}`);
  return facts.join(' · ');
}
