/**
 * `pgmi deploy <path> --targets…`: one project, many databases. Prints one line per target as it
 * finishes, then the totals (stderr), or the fleet's JSON document (stdout, `--json`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, formatError } from '../engine/errors';
import { prepareProject } from '../engine/deploy';
import { validateParams } from '../engine/project/params';
import {
  buildFleet,
  resolveTargets,
  targetConnections,
  type BuiltFleet,
} from '../fleet/fleet-input';
import { deployFleet } from '../fleet/deploy-fleet';
import { targetLine, totalsLine } from '../fleet/lines';
import { fleetFailure, fleetResult, type FleetResult } from '../fleet/result';
import { interruptOnSignals } from '../inputs/interrupt';
import { fleetJunitReport } from '../reports/junit-fleet';
import { fleetTapReport } from '../reports/tap-fleet';
import { redactRegistered } from '../engine/redact';
import { checkReportPaths, ReportPathError } from './reports';
import { workspaceFileOf } from '../ci/workspace';
import { runFacts } from '../review/context';
import type { CliIo, DeployFlags } from './deploy-command';
import { toRawDeployInput } from './deploy-command';
import type { FleetFlags } from './fleet-flags';
import { noColor, textEventRenderer } from './render';
import { detectFleetCi } from '../ci/fleet';

export type FleetDeployFlags = DeployFlags & FleetFlags;

export const CLI_FLEET_NAMES = {
  targetsFile: '--targets-file',
  targetsComma: '--targets',
  targetsQuery: '--targets-query',
  parallel: '--parallel',
  canary: '--canary',
  shard: '--shard',
  database: '-d',
};

function writeFile(file: string, content: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, content);
}

export async function runFleetDeploy(
  projectPath: string,
  flags: FleetDeployFlags,
  io: CliIo,
): Promise<number> {
  const started = performance.now();
  const elapsed = () => Math.floor(performance.now() - started);
  const line = (s: string) => io.stderr(s + '\n');
  const plain = noColor(io.env);
  const env = { ...io.env };
  const ci = detectFleetCi({
    env: io.env,
    stdout: io.stdout,
    stderr: io.stderr,
    json: !!flags.json,
    projectPath,
  });

  const finish = (result: FleetResult, error?: unknown): number => {
    // A report path found unwritable is the error itself: nothing is written, no second line.
    const reports = !(error instanceof ReportPathError);
    if (reports && flags.junitReport) {
      try {
        const file = workspaceFileOf(runFacts(io.env).workspace, projectPath);
        writeFile(flags.junitReport, redactRegistered(fleetJunitReport(result, { file })));
      } catch (err) {
        line(`pgmi: warning: ${formatError(err)}`);
      }
    }
    // One TAP stream for the whole fleet, a subtest per target: to stderr after the per-target
    // lines (never interleaved with them), or to the named file.
    const tapToStderr = flags.tap === true || flags.tap === '-' || flags.tap === '';
    if (reports && tapToStderr) {
      io.stderr(fleetTapReport(result));
    } else if (reports && typeof flags.tap === 'string') {
      try {
        writeFile(flags.tap, redactRegistered(fleetTapReport(result)));
      } catch (err) {
        line(`pgmi: warning: ${formatError(err)}`);
      }
    }
    if (flags.json) io.stdout(JSON.stringify(result, null, 2) + '\n');
    if (error !== undefined) line(`pgmi: error: ${formatError(error)}`);
    else line(totalsLine(result));
    ci.finish(result);
    return result.exitCode;
  };

  // Off until --pr-comment is known to be valid: a bad value comments nowhere.
  let prComment = false;
  const comment = async (result: FleetResult) => {
    if (!prComment && !flags.commentFile) return;
    const { commentAfterDeploy } = await import('./review');
    const { fleetReviewMarkdown } = await import('../render/review-fleet');
    const provider = fleet?.deploy.connection.provider;
    const facts = {
      projectPath,
      ...runFacts(io.env),
      host: provider?.host,
      port: provider?.port,
      params: Object.keys(fleet?.deploy.options.params ?? {}),
    };
    await commentAfterDeploy({
      env: io.env,
      enabled: prComment,
      commentFile: flags.commentFile,
      projectPath,
      // One comment per project and fleet (per shard in a matrix), updated in place.
      database: fleet?.shard ? `fleet-shard-${fleet.shard.index}-of-${fleet.shard.count}` : 'fleet',
      render: (limit, marker) => fleetReviewMarkdown(result, { limit, marker, facts }),
      line,
    });
  };

  let fleet: BuiltFleet | undefined;
  const interrupt = interruptOnSignals({
    announce: line,
    onRepeat: (sig) => process.exit(sig === 'SIGTERM' ? ExitCode.Terminated : ExitCode.Interrupted),
  });
  let connections: ReturnType<typeof targetConnections> | undefined;
  try {
    let targets;
    let project;
    try {
      // An unwritable report path is exit 10 before anything connects, as for one database.
      checkReportPaths(flags);
      prComment = (await import('./review')).parsePrCommentFlag(flags.prComment);
      fleet = buildFleet(
        toRawDeployInput(projectPath, { ...flags, database: flags.database }),
        {
          targetsFile: flags.targetsFile,
          targetsComma: flags.targets,
          targetsQuery: flags.targetsQuery,
          parallel: flags.parallel,
          canary: flags.canary,
          continueOnError: flags.continueOnError,
          shard: flags.shard,
          names: CLI_FLEET_NAMES,
        },
        { env, onWarning: (w) => line(w) },
      );
      for (const w of fleet.deploy.warnings) line(w);
      validateParams(fleet.deploy.options.params);
      // Files are read and checked once, before anything connects.
      project = await prepareProject(projectPath);
      const resolved = await resolveTargets(fleet, interrupt.signal);
      targets = resolved.mine;
      connections = targetConnections(fleet, targets, { env, onWarning: (w) => line(w) });
      const shard = fleet.shard
        ? ` (shard ${fleet.shard.index}/${fleet.shard.count} of ${resolved.all.length})`
        : '';
      line(
        `Deploying to ${targets.length} database(s)${shard}, ${fleet.schedule.parallel} at a time${fleet.schedule.canary ? `, ${fleet.schedule.canary} canary target(s) first` : ''}`,
      );
    } catch (err) {
      if (connections) await connections.dispose();
      else await fleet?.deploy.connection.provider.dispose().catch(() => undefined);
      return finish(fleetFailure(err, elapsed()), err);
    }

    const verbose = !!flags.verbose;
    const renderers = new Map<string, ReturnType<typeof textEventRenderer>>();
    const run = await deployFleet(fleet, targets, {
      project,
      connections,
      signal: interrupt.signal,
      onStart: (target) => verbose && line(`[VERBOSE] ${target.name}: starting`),
      onEvent: (target, e) => {
        // Notices always; progress only with --verbose: four deploys' progress interleaved is noise.
        if (e.type === 'progress' && !verbose) return;
        let render = renderers.get(target.name);
        if (!render) {
          render = textEventRenderer({ verbose, write: (s) => line(`[${target.name}] ${s}`) });
          renderers.set(target.name, render);
        }
        render(e);
      },
      onFinish: (entry) => {
        renderers.delete(entry.database);
        line(targetLine(entry, plain));
        ci.onTarget(entry);
      },
    });
    await connections.dispose();
    const result = fleetResult(run.targets, elapsed(), {
      exitCode: run.stopReason?.exitCode,
      shard: fleet.shard,
    });
    for (const t of result.targets) if (t.status === 'skipped') line(targetLine(t, plain));
    const code = finish(result);
    await comment(result);
    return code;
  } finally {
    interrupt.dispose();
  }
}
