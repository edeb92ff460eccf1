/**
 * JUnit XML for CI systems that read test reports (GitLab `artifacts:reports:junit`, Azure
 * `PublishTestResults@2`, Jenkins `junit`): one suite per test directory, one testcase per test
 * file, failures carrying the message, SQLSTATE and file:line. A deploy that failed outside the
 * tests adds a `deploy.sql` testcase with the error, so the report never reads green by omission.
 */
import { errorDetail } from '../engine/errors';
import type { DeployResult, TestResult } from '../engine/events';

export function xml(s: string): string {
  // XML 1.0 forbids most control characters even when escaped; drop them.
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/[<>&"']/g, (c) =>
        c === '<'
          ? '&lt;'
          : c === '>'
            ? '&gt;'
            : c === '&'
              ? '&amp;'
              : c === '"'
                ? '&quot;'
                : '&apos;',
      )
  );
}

const secs = (ms: number) => (ms / 1000).toFixed(3);

function directoryOf(p: string): string {
  return p.slice(0, p.lastIndexOf('/') + 1);
}

/** How a project file (`./__test__/x.sql`) is named in `file=`: as given, unless mapped. */
export type FileOf = (projectFile: string) => string;

export function caseXml(
  t: TestResult,
  failureText?: string,
  line?: number,
  fileOf: FileOf = (f) => f,
): string {
  const name = t.path.slice(t.path.lastIndexOf('/') + 1);
  const attrs =
    `name="${xml(name)}" classname="${xml(directoryOf(t.path))}" file="${xml(fileOf(t.path))}"` +
    `${line ? ` line="${line}"` : ''} time="${secs(t.durationMs)}"`;
  if (t.status === 'passed') return `    <testcase ${attrs}/>`;
  if (t.status === 'skipped')
    return `    <testcase ${attrs}>\n      <skipped message="not run: an earlier step failed"/>\n    </testcase>`;
  const tag = t.kind === 'fixture' ? 'error' : 'failure';
  const type = t.sqlstate ? `SQLSTATE ${t.sqlstate}` : 'failure';
  return `    <testcase ${attrs}>\n      <${tag} message="${xml(t.message ?? 'failed')}" type="${xml(type)}">${xml(failureText ?? t.message ?? '')}</${tag}>\n    </testcase>`;
}

/**
 * @param opts.file names project files in `file=` attributes: relative to the CI workspace when
 *   there is one (as the CI systems' other reports are), else as the project names them.
 */
export function junitReport(
  result: DeployResult,
  opts: { timestamp?: Date; file?: FileOf } = {},
): string {
  const timestamp = opts.timestamp ?? new Date();
  const fileOf = opts.file ?? ((f: string) => f);
  const detail = result.error !== undefined ? errorDetail(result.error) : undefined;
  // The located script (a project file, or deploy.sql) carries the line; failedFile alone
  // (upstream's message rule) names only the file.
  const where = detail?.script
    ? `${detail.script}:${detail.line}${detail.column ? `:${detail.column}` : ''}`
    : detail?.failedFile;
  const failureText = detail
    ? [
        detail.message,
        detail.sqlstate && `SQLSTATE: ${detail.sqlstate}`,
        detail.detail && `DETAIL: ${detail.detail}`,
        detail.hint && `HINT: ${detail.hint}`,
        where && `at ${where}`,
      ]
        .filter(Boolean)
        .join('\n')
    : undefined;
  // Tests and failing fixtures are testcases; passing fixtures are setup, not results.
  const cases = result.tests.filter((t) => t.kind === 'test' || t.status === 'failed');
  const suites = new Map<string, TestResult[]>();
  for (const t of cases) {
    const dir = directoryOf(t.path);
    suites.set(dir, [...(suites.get(dir) ?? []), t]);
  }
  const failedInTests = cases.some((t) => t.status === 'failed');
  const parts: string[] = [];
  let total = 0;
  let failures = 0;
  let errors = 0;
  for (const [dir, list] of suites) {
    const f = list.filter((t) => t.status === 'failed' && t.kind === 'test').length;
    const e = list.filter((t) => t.status === 'failed' && t.kind === 'fixture').length;
    const s = list.filter((t) => t.status === 'skipped').length;
    const time = list.reduce((a, t) => a + t.durationMs, 0);
    total += list.length;
    failures += f;
    errors += e;
    parts.push(
      `  <testsuite name="${xml(dir)}" tests="${list.length}" failures="${f}" errors="${e}" skipped="${s}" time="${secs(time)}" timestamp="${timestamp.toISOString().slice(0, 19)}">\n` +
        list
          .map((t) =>
            t.status === 'failed'
              ? caseXml(t, failureText, detail?.script === t.path ? detail.line : undefined, fileOf)
              : caseXml(t, undefined, undefined, fileOf),
          )
          .join('\n') +
        '\n  </testsuite>',
    );
  }
  if (result.status === 'failed' && !failedInTests && detail) {
    total += 1;
    errors += 1;
    parts.push(
      `  <testsuite name="deploy.sql" tests="1" failures="0" errors="1" skipped="0" time="${secs(result.durationMs)}" timestamp="${timestamp.toISOString().slice(0, 19)}">\n` +
        `    <testcase name="deploy" classname="deploy.sql" file="${xml(fileOf(detail.script ?? detail.failedFile ?? 'deploy.sql'))}"${detail.script && detail.line ? ` line="${detail.line}"` : ''} time="${secs(result.durationMs)}">\n` +
        `      <error message="${xml(detail.message)}" type="${xml(detail.sqlstate ? `SQLSTATE ${detail.sqlstate}` : `exit ${detail.exitCode}`)}">${xml(failureText ?? '')}</error>\n` +
        '    </testcase>\n  </testsuite>',
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    // No `skipped` on <testsuites>: the JUnit schema Jenkins validates against has it only on
    // <testsuite>, where it is.
    `<testsuites name="pgmi ${xml(result.database)}" tests="${total}" failures="${failures}" errors="${errors}" time="${secs(result.durationMs)}">\n` +
    (parts.length ? parts.join('\n') + '\n' : '') +
    '</testsuites>\n'
  );
}
