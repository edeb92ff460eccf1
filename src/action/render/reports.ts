/**
 * Report files the workflow asked for: the JSON document equal to the CLI's `--json` (same
 * envelope function) and JUnit XML (same generator as `--junit-report`). Relative paths are
 * relative to the step's working directory (the repository root on a runner).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsonEnvelope } from '../../cli/render';
import type { DeployResult } from '../../engine/events';
import { junitReport } from '../../reports/junit';
import { ReportPathError, checkWritablePaths } from '../../reports/writable';

export interface ReportPaths {
  json?: string;
  junit?: string;
}

function writeFile(file: string, content: string): string {
  const abs = path.resolve(file);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

/**
 * Writes the requested reports; returns their absolute paths.
 * @param fileOf names project files in the JUnit report (relative to GITHUB_WORKSPACE).
 */
export function writeReports(
  paths: ReportPaths,
  exitCode: number,
  result: DeployResult,
  fileOf?: (projectFile: string) => string,
): ReportPaths {
  const written: ReportPaths = {};
  if (paths.json) {
    const doc = jsonEnvelope(exitCode, result.engineRan ? result : undefined, result.error);
    written.json = writeFile(paths.json, JSON.stringify(doc, null, 2) + '\n');
  }
  if (paths.junit) {
    written.junit = writeFile(paths.junit, junitReport(result, { file: fileOf }));
  }
  return written;
}

/** Before connecting: each requested report path can be written, else exit 10 naming the input. */
export function checkReportInputs(paths: ReportPaths): void {
  const wanted: Array<[string, string]> = [];
  if (paths.json) wanted.push(['input "json-report"', paths.json]);
  if (paths.junit) wanted.push(['input "junit-report"', paths.junit]);
  checkWritablePaths(wanted);
}

/** The requested reports without the one `error` found unwritable (it is the run's error). */
export function writableReports(paths: ReportPaths, error: unknown): ReportPaths {
  if (!(error instanceof ReportPathError)) return paths;
  const keep = (p?: string) => (p && path.resolve(p) !== error.file ? p : undefined);
  return { json: keep(paths.json), junit: keep(paths.junit) };
}
