/**
 * TAP version 14 of the test results: one point per fixture or test, in plan order. A deploy
 * that failed outside the tests ends with a `not ok` point for deploy.sql, so a TAP consumer
 * never reads a failed run as green.
 */
import { errorDetail, type ErrorDetail } from '../engine/errors';
import type { DeployResult, TestResult } from '../engine/events';

/** JSON strings are valid YAML double-quoted scalars: safe for any message. */
function yamlString(s: string): string {
  return JSON.stringify(s);
}

export function tapReport(result: DeployResult): string {
  const detail = result.error !== undefined ? errorDetail(result.error) : undefined;
  const lines = tapPoints(
    result.tests,
    result.status === 'failed' ? detail : undefined,
    result.durationMs,
  );
  return ['TAP version 14', ...lines].join('\n') + '\n';
}

/**
 * The plan and the points of one deploy: a point per fixture or test, and a `not ok` point for
 * deploy.sql when the run failed (`failure`) outside its tests. Shared with the fleet report,
 * which nests these lines as one subtest per target.
 */
export function tapPoints(
  tests: TestResult[],
  failure: ErrorDetail | undefined,
  durationMs: number,
): string[] {
  const failedInTests = tests.some((t) => t.status === 'failed');
  const deployPoint = failure !== undefined && !failedInTests;
  const lines = [`1..${tests.length + (deployPoint ? 1 : 0)}`];
  const detail = failure;
  tests.forEach((t, i) => {
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
    lines.push(`not ok ${tests.length + 1} - deploy.sql`);
    lines.push(...failureDiagnostics(detail, durationMs));
  }
  return lines;
}

/** A YAML diagnostics block for a failed run: message, SQLSTATE, file and line, exit code. */
export function failureDiagnostics(detail: ErrorDetail, durationMs: number): string[] {
  const lines = ['  ---', `  message: ${yamlString(detail.message)}`];
  if (detail.sqlstate) lines.push(`  sqlstate: ${yamlString(detail.sqlstate)}`);
  const file = detail.script ?? detail.failedFile;
  if (file) lines.push(`  file: ${yamlString(file)}`);
  if (detail.script && detail.line) lines.push(`  line: ${detail.line}`);
  lines.push(`  exit_code: ${detail.exitCode}`);
  lines.push(`  duration_ms: ${durationMs}`);
  lines.push('  ...');
  return lines;
}
