/**
 * TAP version 14 of the test results: one point per fixture or test, in plan order. A deploy
 * that failed outside the tests ends with a `not ok` point for deploy.sql, so a TAP consumer
 * never reads a failed run as green.
 */
import { errorDetail } from '../engine/errors';
import type { DeployResult } from '../engine/events';

/** JSON strings are valid YAML double-quoted scalars: safe for any message. */
function yamlString(s: string): string {
  return JSON.stringify(s);
}

export function tapReport(result: DeployResult): string {
  const failedInTests = result.tests.some((t) => t.status === 'failed');
  const deployPoint = result.status === 'failed' && !failedInTests && result.error !== undefined;
  const lines = ['TAP version 14', `1..${result.tests.length + (deployPoint ? 1 : 0)}`];
  const detail = result.error !== undefined ? errorDetail(result.error) : undefined;
  result.tests.forEach((t, i) => {
    const n = i + 1;
    const label = t.kind === 'fixture' ? `${t.path} (fixture)` : t.path;
    if (t.status === 'passed') lines.push(`ok ${n} - ${label}`);
    else if (t.status === 'skipped')
      lines.push(`ok ${n} - ${label} # SKIP not run: an earlier step failed`);
    else {
      lines.push(`not ok ${n} - ${label}`);
      lines.push('  ---');
      lines.push(`  message: ${yamlString(t.message ?? 'failed')}`);
      if (t.sqlstate) lines.push(`  sqlstate: ${yamlString(t.sqlstate)}`);
      lines.push(`  file: ${yamlString(t.path)}`);
      if (detail?.script === t.path && detail.line) lines.push(`  line: ${detail.line}`);
      lines.push(`  duration_ms: ${t.durationMs}`);
      lines.push('  ...');
    }
  });
  if (deployPoint && detail) {
    lines.push(`not ok ${result.tests.length + 1} - deploy.sql`);
    lines.push('  ---');
    lines.push(`  message: ${yamlString(detail.message)}`);
    if (detail.sqlstate) lines.push(`  sqlstate: ${yamlString(detail.sqlstate)}`);
    const file = detail.script ?? detail.failedFile;
    if (file) lines.push(`  file: ${yamlString(file)}`);
    if (detail.script && detail.line) lines.push(`  line: ${detail.line}`);
    lines.push(`  exit_code: ${detail.exitCode}`);
    lines.push(`  duration_ms: ${result.durationMs}`);
    lines.push('  ...');
  }
  return lines.join('\n') + '\n';
}
