/**
 * JUnit XML for a fleet: one `<testsuite>` per target (named after it), holding that target's
 * tests as testcases; a target that failed outside its tests gets a `deploy` testcase with the
 * error, a skipped target a skipped `deploy` testcase. Built from the fleet result's data alone,
 * so `pgmi report merge` writes the same report from the shards' JSON.
 */
import type { FleetResult, FleetTargetResult } from '../fleet/result';
import { caseXml, xml, type FileOf } from './junit';

const secs = (ms: number) => (ms / 1000).toFixed(3);

function failureText(t: FleetTargetResult): string {
  const d = t.error;
  if (!d) return '';
  const where = d.script ? `${d.script}:${d.line}${d.column ? `:${d.column}` : ''}` : d.failedFile;
  return [
    d.message,
    d.sqlstate && `SQLSTATE: ${d.sqlstate}`,
    d.detail && `DETAIL: ${d.detail}`,
    d.hint && `HINT: ${d.hint}`,
    where && `at ${where}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function suiteXml(
  t: FleetTargetResult,
  stamp: string,
  fileOf?: FileOf,
): { xml: string; tests: number; failures: number; errors: number } {
  const text = failureText(t);
  const cases = t.tests.filter((x) => x.kind === 'test' || x.status === 'failed');
  const lines = cases.map((x) =>
    x.status === 'failed'
      ? caseXml(x, text, t.error?.script === x.path ? t.error?.line : undefined, fileOf)
      : caseXml(x, undefined, undefined, fileOf),
  );
  const failures = cases.filter((x) => x.status === 'failed' && x.kind === 'test').length;
  let errors = cases.filter((x) => x.status === 'failed' && x.kind === 'fixture').length;
  let skipped = cases.filter((x) => x.status === 'skipped').length;
  const deployCase = (body: string) =>
    `    <testcase name="deploy" classname="${xml(t.database)}" time="${secs(t.durationMs)}">\n      ${body}\n    </testcase>`;
  if (t.status === 'skipped') {
    skipped += 1;
    lines.push(
      deployCase('<skipped message="not started: the fleet stopped before this target"/>'),
    );
  } else if (t.status === 'failed' && failures + errors === 0) {
    errors += 1;
    const d = t.error;
    const type = d?.sqlstate ? `SQLSTATE ${d.sqlstate}` : `exit ${t.exitCode}`;
    lines.push(
      deployCase(
        `<error message="${xml(d?.message ?? 'failed')}" type="${xml(type)}">${xml(text)}</error>`,
      ),
    );
  }
  const tests = lines.length;
  return {
    tests,
    failures,
    errors,
    xml:
      `  <testsuite name="${xml(t.database)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${secs(t.durationMs)}" timestamp="${stamp}">\n` +
      (lines.length ? lines.join('\n') + '\n' : '') +
      '  </testsuite>',
  };
}

/** @param opts.file names project files in `file=` (relative to the CI workspace, when known). */
export function fleetJunitReport(
  result: FleetResult,
  opts: { timestamp?: Date; file?: FileOf } = {},
): string {
  const stamp = (opts.timestamp ?? new Date()).toISOString().slice(0, 19);
  const suites = result.targets.map((t) => suiteXml(t, stamp, opts.file));
  const sum = (k: 'tests' | 'failures' | 'errors') => suites.reduce((a, s) => a + s[k], 0);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="pgmi fleet" tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}" time="${secs(result.durationMs)}">\n` +
    (suites.length ? suites.map((s) => s.xml).join('\n') + '\n' : '') +
    '</testsuites>\n'
  );
}
