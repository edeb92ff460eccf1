/** Writes the test reports a deploy was asked for (`--junit-report`, `--tap`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DeployResult } from '../engine/events';
import { redactRegistered } from '../engine/redact';
import { junitReport } from '../reports/junit';
import { tapReport } from '../reports/tap';
import { checkWritablePaths } from '../reports/writable';

/** @param fileOf names project files in the JUnit report (relative to the CI workspace). */
export function writeReports(
  result: DeployResult,
  flags: { junitReport?: string; tap?: string | boolean },
  io: { stderr: (s: string) => void },
  fileOf?: (projectFile: string) => string,
): void {
  if (flags.junitReport) {
    mkdirSync(path.dirname(path.resolve(flags.junitReport)), { recursive: true });
    writeFileSync(flags.junitReport, redactRegistered(junitReport(result, { file: fileOf })));
  }
  if (flags.tap === true || flags.tap === '-' || flags.tap === '') io.stderr(tapReport(result));
  else if (typeof flags.tap === 'string') {
    mkdirSync(path.dirname(path.resolve(flags.tap)), { recursive: true });
    writeFileSync(flags.tap, redactRegistered(tapReport(result)));
  }
}

export { ReportPathError } from '../reports/writable';

/**
 * Checks, before anything connects, that each requested report file can be written (see
 * checkWritablePaths), and the CI system's own report files (`extra`, e.g. GitLab's dotenv and
 * Code Quality reports) as well.
 */
export function checkReportPaths(
  flags: { junitReport?: string; tap?: string | boolean },
  extra: ReadonlyArray<readonly [string, string]> = [],
): void {
  const wanted: Array<readonly [string, string]> = [];
  if (flags.junitReport) wanted.push(['--junit-report', flags.junitReport]);
  if (typeof flags.tap === 'string' && flags.tap !== '' && flags.tap !== '-')
    wanted.push(['--tap', flags.tap]);
  checkWritablePaths([...wanted, ...extra]);
}
