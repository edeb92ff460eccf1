/**
 * The Action: inputs → the same raw input the CLI builds → the engine → log, annotations,
 * outputs, job summary and report files. Secrets are masked before the first line is printed.
 * The step fails on any non-zero exit; the real code is the `exit-code` output.
 */
import { VERSION } from '../cli/version';
import { deploy, validateDeployOptions } from '../engine/deploy';
import {
  ApprovalDeniedError,
  ExitCode,
  InterruptedError,
  errorDetail,
  exitCodeFor,
  formatError,
} from '../engine/errors';
import type { DeployResult } from '../engine/events';
import type { Approver } from '../engine/options';
import { redact } from '../engine/redact';
import { interruptOnSignals } from '../inputs/interrupt';
import { buildDeploy, type BuiltDeploy } from '../inputs/deploy-input';
import { readActionInputs, toActionSettings, type ActionInputs } from './inputs';
import {
  createAnnotator,
  failureSource,
  fileProps,
  workspacePath,
  type Annotator,
} from './render/annotations';
import { actionEventRenderer, createActionLog, type ActionLog } from './render/log';
import { changeReportLines } from '../cli/render-changes';
import { ACTION_OUTPUTS, actionOutputs, resultName } from './render/outputs';
import { writeReports } from './render/reports';
import { summaryMarkdown } from './render/summary';
import { fleetRequested, runFleetAction } from './fleet';
import { createMasker, inputSecrets } from './secrets';
import { STATE_TEMP_DIRS, createTempFiles } from './temp-files';
import * as core from './workflow';

function overwriteDenied(database: string): ApprovalDeniedError {
  return new ApprovalDeniedError(
    `approval denied: overwrite: true drops and recreates database ${JSON.stringify(database)}, ` +
      'and a GitHub Actions job has no terminal to confirm it at; set force: true as well to allow it',
  );
}

/** The non-interactive policy: `force` proceeds, anything else is refused (exit 12). */
const approve: Approver = async ({ database, force, emit }) => {
  if (!force) throw overwriteDenied(database);
  emit({
    type: 'progress',
    message: `force: true: dropping and recreating ${JSON.stringify(database)}`,
    elapsedMs: 0,
  });
};

/** A result for a run that ended before the engine started (bad input, overwrite refused). */
function resultBeforeEngine(error: unknown, database: string, durationMs: number): DeployResult {
  return {
    status: 'failed',
    exitCode: exitCodeFor(error),
    database,
    filesLoaded: 0,
    testMacros: 0,
    durationMs,
    tests: [],
    error,
    engineRan: false,
  };
}

/** Boolean inputs read leniently, for rendering a run whose inputs were rejected. */
function flag(inputs: ActionInputs, name: 'summary' | 'annotations'): boolean {
  return !/^false$/i.test(inputs[name]);
}

interface Run {
  result: DeployResult;
  exitCode: number;
}

async function runEngine(
  built: BuiltDeploy,
  verbose: boolean,
  log: ActionLog,
  annotator: Annotator,
  toWorkspacePath: (file: string) => string,
): Promise<Run> {
  // The runner cancels a job with SIGINT, then SIGTERM: cancel the statement, roll back, report.
  const interrupt = interruptOnSignals({ announce: (l) => log.line(l) });
  let result: DeployResult;
  try {
    result = await deploy(built.options, {
      provider: built.connection.provider,
      signal: interrupt.signal,
      approve,
      onEvent: actionEventRenderer({ verbose, log, annotator, toWorkspacePath }),
    });
  } finally {
    interrupt.dispose();
    log.endGroup();
    await built.connection.provider.dispose().catch(() => undefined);
  }
  return interrupt.settle(result);
}

/** Error annotations for the failure and each failed test (one when they are the same file). */
function annotateFailure(
  run: Run,
  annotator: Annotator,
  toWorkspacePath: (file: string) => string,
): string | undefined {
  const { result, exitCode } = run;
  let location: string | undefined;
  let failureFile: string | undefined;
  if (exitCode !== 0) {
    const error = result.error ?? new InterruptedError();
    const detail = errorDetail(error);
    const source = failureSource(detail);
    const failedTest = result.tests.find((t) => t.status === 'failed' && t.path === source?.file);
    const title = failedTest
      ? `Test failed: ${failedTest.path}`
      : `pgmi: ${resultName(exitCode)} (exit ${exitCode}${detail.sqlstate ? `, SQLSTATE ${detail.sqlstate}` : ''})`;
    let props: ReturnType<typeof fileProps> = { title };
    if (source) {
      failureFile = source.file;
      const file = toWorkspacePath(source.file);
      props = fileProps(file, source.line, source.column, title);
      location = [file, source.line, source.line && source.column].filter(Boolean).join(':');
    }
    annotator.add({ level: 'error', message: formatError(error), props });
  }
  for (const t of result.tests) {
    if (t.status !== 'failed' || t.path === failureFile) continue;
    annotator.add({
      level: 'error',
      message: `Test failed: ${t.message ?? t.path}`,
      props: fileProps(toWorkspacePath(t.path), undefined, undefined, `Test failed: ${t.path}`),
    });
  }
  return location;
}

export async function run(): Promise<void> {
  const started = performance.now();
  const elapsed = () => Math.floor(performance.now() - started);
  const mask = createMasker((s) => core.setSecret(s));
  const inputs = readActionInputs((name) => core.getInput(name, { trimWhitespace: false }));
  // Before anything else is printed.
  for (const secret of inputSecrets(inputs)) mask(secret);
  const setOutputs = (values: Record<string, string>) => {
    for (const name of ACTION_OUTPUTS) core.setOutput(name, redact(values[name] ?? ''));
  };
  if (fleetRequested(inputs)) {
    const fleet = await runFleetAction(inputs, mask);
    setOutputs(fleet.outputs);
    process.exitCode = fleet.exitCode === ExitCode.Success ? 0 : 1;
    return;
  }

  const log = createActionLog(core);
  const annotator = createAnnotator(
    flag(inputs, 'annotations'),
    { error: (m, p) => core.error(m, p), warning: (m, p) => core.warning(m, p) },
    (l) => log.line(l),
  );
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const projectPath = inputs['project-path'];
  const toWorkspacePath = (file: string) => workspacePath(workspace, projectPath, file);
  const temp = createTempFiles(process.env.RUNNER_TEMP, (dirs) =>
    core.saveState(STATE_TEMP_DIRS, JSON.stringify(dirs)),
  );
  const warn = (message: string) => annotator.add({ level: 'warning', message, props: {} });

  let outcome: Run;
  let database = inputs.database;
  let summaryEnabled = flag(inputs, 'summary');
  let reportPaths = {
    json: inputs['json-report'] || undefined,
    junit: inputs['junit-report'] || undefined,
  };
  try {
    const settings = toActionSettings(inputs, (name, content) => temp.write(name, content));
    summaryEnabled = settings.summary;
    reportPaths = { json: settings.jsonReport, junit: settings.junitReport };
    const env = { ...process.env };
    if (settings.password !== undefined) env.PGPASSWORD = settings.password;
    const built = buildDeploy(settings.raw, { env, onSecret: mask, onWarning: warn });
    for (const w of built.warnings) warn(w);
    database = built.options.database;
    log.line(
      `pgmi ${VERSION}: deploying ${projectPath} to database ${JSON.stringify(built.options.database)} at ${built.connection.provider.describe()}`,
    );
    if (settings.verbose) {
      for (const s of built.connection.summary) log.line(`[VERBOSE] ${s}`);
    }
    try {
      validateDeployOptions(built.options);
      // No one can confirm at a terminal here: refuse before connecting, on every run, rather
      // than only once the database exists.
      if (built.options.overwrite && !built.options.force) {
        throw overwriteDenied(built.options.database);
      }
    } catch (err) {
      await built.connection.provider.dispose().catch(() => undefined);
      throw err;
    }
    outcome = await runEngine(built, settings.verbose, log, annotator, toWorkspacePath);
  } catch (err) {
    const result = resultBeforeEngine(err, database, elapsed());
    outcome = { result, exitCode: result.exitCode };
  } finally {
    temp.remove();
  }

  const { result, exitCode } = outcome;
  const location = annotateFailure(outcome, annotator, toWorkspacePath);
  log.line(
    exitCode === 0
      ? result.status === 'rehearsed'
        ? `✓ ${result.database || '?'}: rehearsed in ${(result.durationMs / 1000).toFixed(2)}s (rolled back, nothing committed)`
        : `✓ ${result.database || '?'}: ${result.filesLoaded} files loaded in ${(result.durationMs / 1000).toFixed(2)}s`
      : `✗ ${result.database || '?'}: failed with exit code ${exitCode} (${resultName(exitCode)})`,
  );
  for (const l of changeReportLines(result, true)) log.line(redact(l));

  let written = {};
  try {
    written = writeReports(reportPaths, exitCode, result);
  } catch (err) {
    warn(`could not write a report: ${formatError(err)}`);
  }
  setOutputs(actionOutputs(exitCode, result, written));

  if (summaryEnabled && process.env.GITHUB_STEP_SUMMARY) {
    const markdown = summaryMarkdown({
      exitCode,
      result,
      detail: exitCode === 0 ? undefined : errorDetail(result.error ?? new InterruptedError()),
      location,
      overflow: annotator.overflow,
    });
    try {
      core.appendSummary(markdown);
    } catch (err) {
      warn(`could not write the job summary: ${formatError(err)}`);
    }
  }
  process.exitCode = exitCode === ExitCode.Success ? 0 : 1;
}

/** The entry: a bug in pgmi still ends as a redacted error annotation and a failed step. */
export async function main(): Promise<void> {
  try {
    await run();
  } catch (err) {
    core.error(`pgmi: internal error: ${formatError(err)}`);
    process.exitCode = 1;
  }
}
