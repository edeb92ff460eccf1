/** Writes the test reports a deploy was asked for (`--junit-report`, `--tap`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DeployResult } from '../engine/events';
import { redactRegistered } from '../engine/redact';
import { junitReport } from '../reports/junit';
import { tapReport } from '../reports/tap';

export function writeReports(
  result: DeployResult,
  flags: { junitReport?: string; tap?: string | boolean },
  io: { stderr: (s: string) => void },
): void {
  if (flags.junitReport) {
    mkdirSync(path.dirname(path.resolve(flags.junitReport)), { recursive: true });
    writeFileSync(flags.junitReport, redactRegistered(junitReport(result)));
  }
  if (flags.tap === true || flags.tap === '-' || flags.tap === '') io.stderr(tapReport(result));
  else if (typeof flags.tap === 'string') {
    mkdirSync(path.dirname(path.resolve(flags.tap)), { recursive: true });
    writeFileSync(flags.tap, redactRegistered(tapReport(result)));
  }
}
