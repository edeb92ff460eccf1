/** One-line texts about fleet targets and totals, shared by the CLI and the Action log. */
import { resultName as resultNameFor } from '../action/render/outputs';
import {
  changeCount,
  failureLocation,
  testCounts,
  type FleetResult,
  type FleetTargetResult,
} from './result';

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** `✓ tenant_01 in 0.31s (2 tests passed, 3 objects changed)` / `✗ tenant_07: exit 13 (sql-error) at ./migrations/002.sql:4: relation "x" already exists`. */
export function targetLine(t: FleetTargetResult, plain: boolean): string {
  if (t.status === 'skipped') return `${plain ? '-' : '–'} ${t.database}: skipped`;
  if (t.status === 'failed') {
    const at = failureLocation(t);
    const why = t.error?.message ?? 'failed';
    return `${plain ? 'FAILED' : '✗'} ${t.database}: exit ${t.exitCode} (${resultNameFor(t.exitCode ?? 1)})${at ? ` at ${at}` : ''} after ${seconds(t.durationMs)}s: ${why}`;
  }
  const notes: string[] = [];
  const tests = testCounts(t);
  if (tests.run) notes.push(`${tests.passed} test(s) passed`);
  const changes = changeCount(t);
  if (changes !== undefined) notes.push(`${changes} object(s) changed`);
  const verb = t.status === 'rehearsed' ? 'rehearsed' : 'deployed';
  return `${plain ? 'ok' : '✓'} ${t.database}: ${verb} in ${seconds(t.durationMs)}s${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** `12 targets: 11 succeeded, 1 failed, 0 skipped in 4.20s` */
export function totalsLine(r: FleetResult): string {
  const { total, succeeded, failed, skipped, rehearsed } = r.totals;
  const reh = rehearsed ? ` (${rehearsed} rehearsed)` : '';
  return `${total} target(s): ${succeeded} succeeded${reh}, ${failed} failed, ${skipped} skipped in ${seconds(r.durationMs)}s`;
}
