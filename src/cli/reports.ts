/** Writes the test reports a deploy was asked for (`--junit-report`, `--tap`). */
import { accessSync, constants, mkdirSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../engine/errors';
import type { DeployResult } from '../engine/events';
import { redactRegistered } from '../engine/redact';
import { junitReport } from '../reports/junit';
import { tapReport } from '../reports/tap';

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

/** A report path that cannot be written: found before connecting, so nothing is deployed. */
export class ReportPathError extends ConfigError {}

function statOf(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Checks, before anything connects, that each requested report file can be written: the file is
 * not a directory and is writable, or the nearest existing ancestor is a writable directory (the
 * missing ones are created when the report is written). Nothing is created here.
 */
export function checkReportPaths(flags: { junitReport?: string; tap?: string | boolean }): void {
  const wanted: Array<[string, string]> = [];
  if (flags.junitReport) wanted.push(['--junit-report', flags.junitReport]);
  if (typeof flags.tap === 'string' && flags.tap !== '' && flags.tap !== '-')
    wanted.push(['--tap', flags.tap]);
  for (const [flag, file] of wanted) {
    const fail = (why: string) => {
      throw new ReportPathError(
        `invalid configuration: ${flag}: cannot write ${JSON.stringify(file)}: ${why}`,
      );
    };
    const full = path.resolve(file);
    const st = statOf(full);
    if (st) {
      if (st.isDirectory()) fail('it is a directory');
      try {
        accessSync(full, constants.W_OK);
      } catch {
        fail('the file is not writable');
      }
      continue;
    }
    let dir = path.dirname(full);
    let dst = statOf(dir);
    while (!dst && path.dirname(dir) !== dir) {
      dir = path.dirname(dir);
      dst = statOf(dir);
    }
    if (dst && !dst.isDirectory()) fail(`${dir} is not a directory`);
    try {
      accessSync(dir, constants.W_OK | constants.X_OK);
    } catch {
      fail(`the directory ${dir} is not writable`);
    }
  }
}
