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
  errorHints,
  exitCodeFor,
  formatError,
} from '../engine/errors';
import {
  resultBeforeEngine,
  type DeployEvent,
  type DeployResult,
  type NoticeEvent,
} from '../engine/events';
import type { Approver } from '../engine/options';
import { redact } from '../engine/redact';
import { interruptOnSignals } from '../inputs/interrupt';
import { addStartupTiming, processUptimeMs } from '../inputs/startup';
import { buildDeploy, type BuiltDeploy } from '../inputs/deploy-input';
import { reviewMarkdown, type ReviewFacts } from '../render/review-markdown';
import { runFacts } from '../review/context';
import { githubToken, readActionInputs, toActionSettings, type ActionInputs } from './inputs';
import {
  createAnnotator,
  failureSource,
  fileProps,
  workspacePath,
  type Annotator,
} from './render/annotations';
import { actionEventRenderer, createActionLog, type ActionLog } from './render/log';
import { changeReportLines } from '../cli/render-changes';
import { startHeartbeat } from '../ci/heartbeat';
import { ACTION_OUTPUTS, actionOutputs, resultName, type OutputName } from './render/outputs';
import { checkReportInputs, writableReports, writeReports } from './render/reports';
import { summaryMarkdown } from './render/summary';
import { fleetRequested, runFleetAction } from './fleet';
import { commentOnPullRequest, postCommentFiles, type CommentOutputs } from './review';
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
  observe: (event: DeployEvent) => void,
): Promise<Run> {
  // The runner cancels a job with SIGINT, then SIGTERM: cancel the statement, roll back, report.
  const interrupt = interruptOnSignals({ announce: (l) => log.line(l) });
  let result: DeployResult;
  // A plain line in the open phase group after 10 s without output (a long silent statement).
  const heartbeat = startHeartbeat({ live: false, write: (s) => log.line(s.trimEnd()) });
  const beatLog: ActionLog = {
    ...log,
    line: (text) => {
      log.line(text);
      heartbeat.afterLine();
    },
  };
  const render = actionEventRenderer({ verbose, log: beatLog, annotator, toWorkspacePath });
  const startupMs = processUptimeMs();
  try {
    result = await deploy(built.options, {
      provider: built.connection.provider,
      signal: interrupt.signal,
      approve,
      onEvent: (e) => {
        heartbeat.onEvent(e);
        render(e);
        observe(e);
      },
    });
  } finally {
    heartbeat.stop();
    interrupt.dispose();
    log.endGroup();
    await built.connection.provider.dispose().catch(() => undefined);
  }
  addStartupTiming(result, startupMs);
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
      props: fileProps(toWorkspacePath(t.path), t.line, undefined, `Test failed: ${t.path}`),
    });
  }
  return location;
}

/** Notices kept for the summary (it shows at most 100 of them). */
const NOTICES_KEPT = 200;

/** `comment-from`: no deploy, only post comment files an earlier run wrote. */
async function runCommentFrom(inputs: ActionInputs): Promise<void> {
  const sinks = {
    notice: (m: string) => core.notice(redact(`pgmi: ${m}`)),
    warning: (m: string) => core.warning(redact(`pgmi: ${m}`)),
  };
  let comment: CommentOutputs;
  try {
    comment = await postCommentFiles(
      inputs['comment-from'],
      process.env,
      githubToken(inputs),
      sinks,
    );
  } catch (err) {
    // A missing or foreign file: one line naming the input and the file, exit 10.
    const code = exitCodeFor(err);
    core.error(formatError(err));
    setOutputs({ 'exit-code': String(code), result: resultName(code) });
    process.exitCode = 1;
    return;
  }
  setOutputs({ 'exit-code': '0', result: 'success', 'comment-url': comment.url ?? '' });
}

/** The one place outputs are set (redacted, like every other text). */
function setOutputs(values: Partial<Record<OutputName, string>>): void {
  for (const name of ACTION_OUTPUTS) {
    const value = values[name];
    if (value !== undefined) core.setOutput(name, redact(value));
  }
}

async function runStep(): Promise<void> {
  const started = performance.now();
  const elapsed = () => Math.floor(performance.now() - started);
  const mask = createMasker((s) => core.setSecret(s));
  const inputs = readActionInputs((name) => core.getInput(name, { trimWhitespace: false }));
  // Before anything else is printed.
  for (const secret of inputSecrets(inputs)) mask(secret);
  if (inputs['comment-from']) return runCommentFrom(inputs);
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
  let prComment = /^auto$/i.test(inputs['pr-comment']);
  const facts: ReviewFacts = { projectPath, ...runFacts(process.env) };
  const notices: NoticeEvent[] = [];
  const observe = (e: DeployEvent) => {
    if (e.type === 'notice' && e.severity !== 'DEBUG' && notices.length < NOTICES_KEPT) {
      notices.push(e);
    }
  };
  let reportPaths = {
    json: inputs['json-report'] || undefined,
    junit: inputs['junit-report'] || undefined,
  };
  try {
    const settings = toActionSettings(inputs, (name, content) => temp.write(name, content));
    summaryEnabled = settings.summary;
    prComment = settings.prComment;
    reportPaths = { json: settings.jsonReport, junit: settings.junitReport };
    checkReportInputs(reportPaths);
    const env = { ...process.env };
    if (settings.password !== undefined) env.PGPASSWORD = settings.password;
    const built = buildDeploy(settings.raw, { env, onSecret: mask, onWarning: warn });
    for (const w of built.warnings) warn(w);
    database = built.options.database;
    facts.host = built.connection.provider.host;
    facts.port = built.connection.provider.port;
    facts.params = Object.keys(built.options.params).sort();
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
    outcome = await runEngine(built, settings.verbose, log, annotator, toWorkspacePath, observe);
  } catch (err) {
    const result = resultBeforeEngine(err, {
      exitCode: exitCodeFor(err),
      database,
      durationMs: elapsed(),
    });
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
    written = writeReports(
      writableReports(reportPaths, result.error),
      exitCode,
      result,
      toWorkspacePath,
    );
  } catch (err) {
    warn(`could not write a report: ${formatError(err)}`);
  }
  facts.notices = notices;
  const failure = exitCode === 0 ? undefined : (result.error ?? new InterruptedError());
  const report = {
    exitCode,
    exitName: resultName(exitCode),
    result,
    detail: failure === undefined ? undefined : errorDetail(failure),
    hints: failure === undefined ? undefined : errorHints(failure),
    location,
    facts,
  };

  // A comment that cannot be posted is a notice or a warning: the step's result stays the deploy's.
  let comment: CommentOutputs = {};
  if (prComment) {
    try {
      comment = await commentOnPullRequest(
        {
          env: process.env,
          token: githubToken(inputs),
          projectPath,
          database: result.database || database,
          render: (marker, limit) => reviewMarkdown(report, { limit, marker }),
        },
        { notice: (m) => core.notice(redact(`pgmi: ${m}`)), warning: (m) => warn(`pgmi: ${m}`) },
      );
    } catch (err) {
      warn(`pgmi: could not comment on the pull request: ${formatError(err)}`);
    }
  }

  const outputs = actionOutputs(exitCode, result, written, comment);
  setOutputs(outputs);

  if (summaryEnabled && core.summaryAvailable()) {
    const markdown = summaryMarkdown({ ...report, overflow: annotator.overflow });
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
    await runStep();
  } catch (err) {
    core.error(`pgmi: internal error: ${formatError(err)}`);
    process.exitCode = 1;
  }
}

/**
 * The entry for hosts that import this module and call `run()`, as @github/local-action does:
 * its @actions/core then carries inputs (with action.yml's defaults), secrets (never printed),
 * the log, outputs, state and the summary. The bundle's own entry calls `main()`.
 */
export async function run(): Promise<void> {
  await core.useHostToolkit();
  await main();
}
