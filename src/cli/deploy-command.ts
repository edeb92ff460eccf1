/**
 * `pgmi deploy <project_path>`: flags → RawDeployInput → the engine → stderr text (or the JSON
 * envelope on stdout) → exit code. Loaded lazily so `pgmi version` never pays for pg.
 */
import { deploy } from '../engine/deploy';
import { ConfigError, ExitCode, exitCodeFor, formatError } from '../engine/errors';
import type { DeployResult } from '../engine/events';
import { detectCi, resultBeforeEngine } from '../ci/index';
import type { ConnectionInput } from '../connect/resolve';
import { redactRegistered } from '../engine/redact';
import { buildDeploy, type RawDeployInput } from '../inputs/deploy-input';
import { redactEvent } from '../inputs/secrets';
import { interruptOnSignals } from '../inputs/interrupt';
import { terminalApprover } from './approve';
import { jsonEnvelope, noColor, summaryLine, textEventRenderer } from './render';
import { changeReportLines } from './render-changes';
import { writeReports } from './reports';
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
}

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
  const line = (s: string) => io.stderr(s + '\n');
  const plain = noColor(io.env);
  const ci = detectCi({
    env: io.env,
    stdout: io.stdout,
    stderr: io.stderr,
    json: !!flags.json,
    projectPath,
  });
  const failEarly = (err: unknown): number => {
    const code = exitCodeFor(err);
    // CI systems and report readers still hear about a run that never reached the engine.
    const notRun = resultBeforeEngine(err, code);
    try {
      writeReports(notRun, flags, io);
    } catch (e) {
      line(`pgmi: warning: ${formatError(e)}`);
    }
    if (flags.json) io.stdout(JSON.stringify(jsonEnvelope(code, undefined, err), null, 2) + '\n');
    line(`pgmi: error: ${formatError(err)}`);
    ci.finish(notRun, code);
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
    built = buildDeploy(toRawDeployInput(projectPath, flags), {
      env,
      onWarning: (w) => line(w),
    });
  } catch (err) {
    return failEarly(err);
  }
  for (const w of built.warnings) line(w);
  if (flags.verbose) {
    line('[VERBOSE] Connection resolved:');
    for (const s of built.connection.summary) line(`[VERBOSE]   ${s}`);
  }

  // A second Ctrl-C while cancelling ends the process at once.
  const interrupt = interruptOnSignals({
    announce: line,
    onRepeat: (sig) => process.exit(sig === 'SIGTERM' ? ExitCode.Terminated : ExitCode.Interrupted),
  });

  const render = textEventRenderer({ verbose: !!flags.verbose, write: line });
  let outcome: DeployResult;
  try {
    outcome = await deploy(built.options, {
      provider: built.connection.provider,
      signal: interrupt.signal,
      approve: terminalApprover(env, io.stderr),
      onEvent: (event) => {
        const e = redactEvent(event);
        render(e);
        ci.onEvent(e);
      },
    });
  } finally {
    interrupt.dispose();
    await built.connection.provider.dispose().catch(() => undefined);
  }
  const { result, exitCode: code } = interrupt.settle(outcome);
  try {
    writeReports(result, flags, io);
  } catch (err) {
    line(`pgmi: warning: ${formatError(err)}`);
  }
  if (flags.json) {
    io.stdout(JSON.stringify(jsonEnvelope(code, result, result.error), null, 2) + '\n');
  } else {
    line(summaryLine(result, plain));
  }
  for (const l of changeReportLines(result, !!flags.verbose)) line(l);
  if (code !== 0 && result.error) line(`pgmi: error: ${formatError(result.error)}`);
  ci.finish(result, code);
  return code;
}
