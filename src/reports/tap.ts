/** TAP version 14 of the test results: one point per fixture or test, in plan order. */
import type { DeployResult } from '../engine/events';

function yamlString(s: string): string {
  return JSON.stringify(s);
}

export function tapReport(result: DeployResult): string {
  const lines = ['TAP version 14', `1..${result.tests.length}`];
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
      lines.push(`  duration_ms: ${t.durationMs}`);
      lines.push('  ...');
    }
  });
  return lines.join('\n') + '\n';
}
