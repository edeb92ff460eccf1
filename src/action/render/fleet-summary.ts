/**
 * The job summary of a fleet deploy (and of `pgmi report merge --summary`): the totals, then one
 * row per target — status, duration, tests, objects changed, and for a failure its file:line and
 * message. Pure; every text passes through pgmi's redaction.
 */
import { redact } from '../../engine/redact';
import {
  changeCount,
  failureLocation,
  testCounts,
  type FleetResult,
  type FleetTargetResult,
} from '../../fleet/result';
import { mdCode, mdText } from '../../render/markdown';
import { resultName } from './outputs';

const STATUS: Record<FleetTargetResult['status'], string> = {
  succeeded: '✅ succeeded',
  rehearsed: '🧪 rehearsed',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
};

function row(t: FleetTargetResult): string {
  const tests = testCounts(t);
  const changes = changeCount(t);
  const at = failureLocation(t);
  const failure =
    t.status === 'failed'
      ? [at && mdCode(at), t.error && mdText(t.error.message), `exit ${t.exitCode}`]
          .filter(Boolean)
          .join(' ')
      : '';
  return [
    mdCode(t.database),
    STATUS[t.status],
    t.status === 'skipped' ? '' : `${(t.durationMs / 1000).toFixed(2)} s`,
    tests.run ? `${tests.passed}/${tests.run}` : '',
    changes === undefined ? '' : String(changes),
    failure,
  ]
    .join(' | ')
    .replace(/^/, '| ')
    .concat(' |');
}

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
    '| Database | Status | Duration | Tests | Objects changed | Failure |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...r.targets.map(row),
    '',
  ];
  return redact(lines.join('\n'));
}
