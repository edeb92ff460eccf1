/**
 * `pgmi deploy <project_path>`: flags → RawDeployInput → the engine → stderr text (or the JSON
 * envelope on stdout) → exit code. Loaded lazily so `pgmi version` never pays for pg.
 */
import { deploy } from '../engine/deploy';
import {
  ConfigError,
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
import { failureSource, workspacePath } from '../action/render/annotations';
import { resultName } from '../action/render/outputs';
import type { ReviewFacts, ReviewInput } from '../render/review-markdown';
import { runFacts } from '../review/context';
import { ciReportPaths, detectCi } from '../ci/index';
import type { ConnectionInput } from '../connect/resolve';
import { redactRegistered } from '../engine/redact';
import { buildDeploy, type RawDeployInput } from '../inputs/deploy-input';
import { redactEvent } from '../inputs/secrets';
import { interruptOnSignals } from '../inputs/interrupt';
import { addStartupTiming, processUptimeMs } from '../inputs/startup';
import { terminalApprover } from './approve';
import { startHeartbeat, type Heartbeat } from '../ci/heartbeat';
import { jsonEnvelope, noColor, summaryLine, textEventRenderer } from './render';
import { changeReportLines } from './render-changes';
import { ReportPathError, checkReportPaths, writeReports } from './reports';
import { workspaceFileOf } from '../ci/workspace';
import { wantsFleet } from '../fleet/fleet-input';
import { CLI_FLEET_NAMES, runFleetDeploy } from './fleet-command';
import type { FleetFlags } from './fleet-flags';

/** Parsed `pgmi deploy` flags: the connection fields keep ConnectionInput's names (waitMs is `--wait`). */
export interface DeployFlags extends Omit<ConnectionInput, 'waitMs'> {
  verbose?: boolean;
  overwrite?: boolean;
  force?: boolean;
  param?: string[];
  paramsFile?: string[];
  secretParam?: string[];
  secretParamsFile?: string[];
  timeout?: string;
  lockWait?: string;
  wait?: number;
  compat?: string;
  rehearse?: boolean;
  lockTimeout?: string;
  /** commander's name for `--no-change-report` (true unless given). */
  changeReport?: boolean;
  json?: boolean;
  junitReport?: string;
  tap?: string | boolean;
  prComment?: string;
  commentFile?: string;
}

/** The shared report (job summary, review comment) of a finished or refused run. */
function reviewInput(result: DeployResult, code: number, facts: ReviewFacts): ReviewInput {
  const failure = code === 0 ? undefined : (result.error ?? new InterruptedError());
  const detail = failure === undefined ? undefined : errorDetail(failure);
  const source = detail && failureSource(detail);
  // Relative to the repository when the CI names its folder, else to the working directory.
  const root = facts.workspace ?? process.cwd();
  return {
    exitCode: code,
    exitName: resultName(code),
    result,
    detail,
    hints: failure === undefined ? undefined : errorHints(failure),
    location: source
      ? [
          workspacePath(root, facts.projectPath ?? '.', source.file),
          source.line,
          source.line && source.column,
        ]
          .filter(Boolean)
          .join(':')
      : undefined,
    facts,
  };
}

/** Notices kept for the review comment (it shows at most 100). */
const NOTICES_KEPT = 200;

export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export function toRawDeployInput(projectPath: string, f: DeployFlags): RawDeployInput {
  return {
    projectPath,
    connection: {
      connection: f.connection,
      host: f.host,
      port: f.port,
      username: f.username,
      database: f.database,
      sslmode: f.sslmode,
      sslcert: f.sslcert,
      sslkey: f.sslkey,
      sslrootcert: f.sslrootcert,
      azure: f.azure,
      azureTenantId: f.azureTenantId,
      azureClientId: f.azureClientId,
      aws: f.aws,
      awsRegion: f.awsRegion,
      google: f.google,
      googleInstance: f.googleInstance,
      waitMs: f.wait,
    },
    params: f.param ?? [],
    paramsFiles: f.paramsFile ?? [],
    secretParams: f.secretParam ?? [],
    secretParamsFiles: f.secretParamsFile ?? [],
    overwrite: f.overwrite,
    force: f.force,
    timeout: f.timeout,
    lockWait: f.lockWait,
    compat: f.compat,
    verbose: f.verbose,
    rehearse: f.rehearse,
    changeReport: f.changeReport,
    lockTimeout: f.lockTimeout,
    useProjectConfig: true,
  };
}

/** Runs a deploy and returns the process exit code. */
export async function runDeploy(
  projectPath: string,
  flags: DeployFlags,
  rawIo: CliIo,
): Promise<number> {
  // Secret parameters (and tokens) are registered while the input is built; from then on every
  // line this command writes, to any stream, has them replaced by [redacted].
  const io: CliIo = {
    env: rawIo.env,
    stdout: (s) => rawIo.stdout(redactRegistered(s)),
    stderr: (s) => rawIo.stderr(redactRegistered(s)),
  };
  const fleetFlags = flags as DeployFlags & FleetFlags;
  if (
    wantsFleet(toRawDeployInput(projectPath, flags), {
      targetsFile: fleetFlags.targetsFile,
      targetsComma: fleetFlags.targets,
      targetsQuery: fleetFlags.targetsQuery,
      names: CLI_FLEET_NAMES,
    })
  ) {
    return runFleetDeploy(projectPath, fleetFlags, io);
  }
  let heartbeat: Heartbeat | undefined;
  const line = (s: string) => {
    heartbeat?.beforeLine();
    io.stderr(s + '\n');
    heartbeat?.afterLine();
  };
  const plain = noColor(io.env);
  const unwritable = new Set<string>();
  const ci = detectCi({
    env: io.env,
    stdout: io.stdout,
    stderr: io.stderr,
    json: !!flags.json,
    projectPath,
    unwritable,
  });
  const facts: ReviewFacts = { projectPath, ...runFacts(io.env) };
  const reportFileOf = workspaceFileOf(facts.workspace, projectPath);
  let database = flags.database ?? '';
  // Off until --pr-comment is known to be valid: a bad value comments nowhere.
  let prComment = false;
  const comment = async (result: DeployResult, code: number) => {
    if (!prComment && !flags.commentFile) return;
    const { commentAfterDeploy } = await import('./review');
    await commentAfterDeploy({
      env: io.env,
      enabled: prComment,
      commentFile: flags.commentFile,
      projectPath,
      database: result.database || database,
      report: reviewInput(result, code, facts),
      line,
    });
  };
  const failEarly = async (err: unknown): Promise<number> => {
    const code = exitCodeFor(err);
    // CI systems and report readers still hear about a run that never reached the engine.
    const notRun = resultBeforeEngine(err, { exitCode: code });
    try {
      // A report path found unwritable is the error itself: not a second line about it.
      if (err instanceof ReportPathError) unwritable.add(err.file);
      else writeReports(notRun, flags, io, reportFileOf);
    } catch (e) {
      line(`pgmi: warning: ${formatError(e)}`);
    }
    if (flags.json) io.stdout(JSON.stringify(jsonEnvelope(code, undefined, err), null, 2) + '\n');
    line(`pgmi: error: ${formatError(err)}`);
    ci.finish(notRun, code);
    await comment({ ...notRun, database }, code);
    return code;
  };

  // An unset CI variable (`-d "$DB"`) must not silently deploy into the connection string's database.
  if (flags.database === '') {
    return failEarly(
      new ConfigError(
        "invalid configuration: -d/--database is empty (an unset variable?); name the target database, or leave the flag out to use the connection string's",
      ),
    );
  }
  const env = { ...io.env };
  let built;
  try {
    checkReportPaths(flags, ciReportPaths(io.env));
    const { parsePrCommentFlag } = await import('./review');
    prComment = parsePrCommentFlag(flags.prComment);
    built = buildDeploy(toRawDeployInput(projectPath, flags), {
      env,
      onWarning: (w) => line(w),
    });
  } catch (err) {
    return await failEarly(err);
  }
  for (const w of built.warnings) line(w);
  database = built.options.database;
  facts.host = built.connection.provider.host;
  facts.port = built.connection.provider.port;
  facts.params = Object.keys(built.options.params).sort();
  const notices: NoticeEvent[] = [];
  const observe = (e: DeployEvent) => {
    if (e.type === 'notice' && e.severity !== 'DEBUG' && notices.length < NOTICES_KEPT) {
      notices.push(e);
    }
  };
  facts.notices = notices;
  if (flags.verbose) {
    line('[VERBOSE] Connection resolved:');
    for (const s of built.connection.summary) line(`[VERBOSE]   ${s}`);
  }

  // A second Ctrl-C while cancelling ends the process at once.
  const interrupt = interruptOnSignals({
    announce: line,
    onRepeat: (sig) => process.exit(sig === 'SIGTERM' ? ExitCode.Terminated : ExitCode.Interrupted),
  });

  const render = textEventRenderer({ verbose: !!flags.verbose, write: line, plain });
  let outcome: DeployResult;
  heartbeat = startHeartbeat({
    live: !!process.stderr.isTTY && !plain,
    write: (s) => io.stderr(s),
  });
  const startupMs = processUptimeMs();
  try {
    outcome = await deploy(built.options, {
      provider: built.connection.provider,
      signal: interrupt.signal,
      approve: terminalApprover(env, io.stderr),
      onEvent: (event) => {
        const e = redactEvent(event);
        heartbeat?.onEvent(e);
        render(e);
        ci.onEvent(e);
        observe(e);
      },
    });
  } finally {
    heartbeat.stop();
    heartbeat = undefined;
    interrupt.dispose();
    await built.connection.provider.dispose().catch(() => undefined);
  }
  addStartupTiming(outcome, startupMs);
  const { result, exitCode: code } = interrupt.settle(outcome);
  try {
    writeReports(result, flags, io, reportFileOf);
  } catch (err) {
    line(`pgmi: warning: ${formatError(err)}`);
  }
  if (flags.json) {
    io.stdout(JSON.stringify(jsonEnvelope(code, result, result.error), null, 2) + '\n');
  } else {
    line(summaryLine(result, plain));
  }
  for (const l of changeReportLines(result, !!flags.verbose)) line(l);
  if (code !== 0 && result.error) {
    // The server's context frames are noise once the file and line are known: --verbose only.
    const where = flags.verbose ? 'always' : 'unlocated';
    line(`pgmi: error: ${formatError(result.error, { where })}`);
  }
  ci.finish(result, code);
  await comment(result, code);
  return code;
}
