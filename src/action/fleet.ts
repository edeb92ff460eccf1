/**
 * The Action for a fleet: `targets` / `targets-query` (or pgmi.yaml's) deploy the project to many
 * databases; `merge-reports` joins the JSON reports of a matrix's shards instead of deploying.
 * Log: one line per target as it finishes, then the totals; an error annotation per failing
 * target (prefixed with its database); a summary table per target; the run outputs plus
 * `targets-total`, `targets-succeeded`, `targets-failed`, `targets-skipped`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VERSION } from '../cli/version';
import { prepareProject } from '../engine/deploy';
import { formatError } from '../engine/errors';
import { redact } from '../engine/redact';
import { validateParams } from '../engine/project/params';
import { deployFleet } from '../fleet/deploy-fleet';
import {
  buildFleet,
  resolveTargets,
  targetConnections,
  wantsFleet,
  type BuiltFleet,
  type RawFleetInput,
  type TargetConnections,
} from '../fleet/fleet-input';
import { targetLine, totalsLine } from '../fleet/lines';
import { expandReportPaths, mergeReports, readReport } from '../fleet/merge';
import { fleetFailure, fleetResult, type FleetResult } from '../fleet/result';
import {
  githubToken,
  inputLines,
  parseBoolean,
  toActionSettings,
  type ActionInputs,
} from './inputs';
import { interruptOnSignals } from '../inputs/interrupt';
import { fleetJunitReport } from '../reports/junit-fleet';
import { fleetOutputs, fleetFindings } from '../ci/fleet';
import { createAnnotator, fileProps, workspacePath } from './render/annotations';
import { fleetSummaryMarkdown } from './render/fleet-summary';
import { fleetReviewMarkdown } from '../render/review-fleet';
import type { ReviewFacts } from '../render/review-markdown';
import { runFacts } from '../review/context';
import { commentOnPullRequest } from './review';
import { createActionLog } from './render/log';
import { checkReportInputs, writableReports } from './render/reports';
import type { FleetOutputName, OutputName } from './render/outputs';
import type { Masker } from './secrets';
import { STATE_TEMP_DIRS, createTempFiles } from './temp-files';
import * as core from './workflow';

export const ACTION_FLEET_NAMES: RawFleetInput['names'] = {
  targetsLines: 'input "targets"',
  targetsQuery: 'input "targets-query"',
  parallel: 'input "parallel"',
  canary: 'input "canary"',
  shard: 'input "shard"',
  database: 'input "database"',
};

function fleetInput(inputs: ActionInputs, problems: string[]): RawFleetInput {
  return {
    targetsLines: inputs.targets || undefined,
    targetsQuery: inputs['targets-query'] || undefined,
    parallel: inputs.parallel || undefined,
    canary: inputs.canary || undefined,
    continueOnError: parseBoolean('continue-on-error', inputs['continue-on-error'], problems),
    shard: inputs.shard || undefined,
    names: ACTION_FLEET_NAMES,
  };
}

/** Objects created/altered/dropped over every target, when any target reported its changes. */
function objectCounts(
  r: FleetResult,
): Record<'objects-created' | 'objects-altered' | 'objects-dropped', string> {
  const reports = r.targets.flatMap((t) => (t.changes ? [t.changes.counts] : []));
  const sum = (k: 'created' | 'altered' | 'dropped') =>
    reports.length ? String(reports.reduce((n, c) => n + c[k], 0)) : '';
  return {
    'objects-created': sum('created'),
    'objects-altered': sum('altered'),
    'objects-dropped': sum('dropped'),
  };
}

/** A fleet run (targets given here or in pgmi.yaml) or a report merge. */
export function fleetRequested(inputs: ActionInputs): boolean {
  if (inputs['merge-reports']) return true;
  const fleet = fleetInput(inputs, []);
  return wantsFleet(
    {
      projectPath: inputs['project-path'],
      connection: { database: inputs.database || undefined },
      useProjectConfig: true,
    },
    fleet,
  );
}

function writeFile(file: string, content: string): string {
  const abs = path.resolve(file);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

/** Runs the fleet (or the merge) and returns the step's outputs and pgmi's exit code. */
export async function runFleetAction(
  inputs: ActionInputs,
  mask: Masker,
): Promise<{ outputs: Record<OutputName, string>; exitCode: number }> {
  const started = performance.now();
  const elapsed = () => Math.floor(performance.now() - started);
  const log = createActionLog(core);
  const annotationsOn = !/^false$/i.test(inputs.annotations);
  const summaryOn = !/^false$/i.test(inputs.summary);
  const annotator = createAnnotator(
    annotationsOn,
    { error: (m, p) => core.error(m, p), warning: (m, p) => core.warning(m, p) },
    (l) => log.line(l),
  );
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const projectPath = inputs['project-path'];
  const warn = (message: string) => annotator.add({ level: 'warning', message, props: {} });
  const temp = createTempFiles(process.env.RUNNER_TEMP, (dirs) =>
    core.saveState(STATE_TEMP_DIRS, JSON.stringify(dirs)),
  );

  let result: FleetResult;
  let failure: unknown;
  const interrupt = interruptOnSignals({ announce: (l) => log.line(l) });
  let fleet: BuiltFleet | undefined;
  let connections: TargetConnections | undefined;
  const reportPaths = {
    json: inputs['json-report'] || undefined,
    junit: inputs['junit-report'] || undefined,
  };
  try {
    checkReportInputs(reportPaths);
    if (inputs['merge-reports']) {
      const files = expandReportPaths(inputLines(inputs['merge-reports']));
      log.line(`pgmi ${VERSION}: merging ${files.length} report(s)`);
      result = mergeReports(files.map(readReport));
      for (const t of result.targets) log.line(targetLine(t, false));
    } else {
      const problems: string[] = [];
      const raw = fleetInput(inputs, problems);
      const settings = toActionSettings(inputs, (name, content) => temp.write(name, content));
      if (problems.length) {
        const { ConfigError } = await import('../engine/errors');
        throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
      }
      const env = { ...process.env };
      if (settings.password !== undefined) env.PGPASSWORD = settings.password;
      fleet = buildFleet(settings.raw, raw, { env, onSecret: mask, onWarning: warn });
      for (const w of fleet.deploy.warnings) warn(w);
      if (fleet.deploy.options.overwrite && !fleet.deploy.options.force) {
        const { ApprovalDeniedError } = await import('../engine/errors');
        throw new ApprovalDeniedError(
          'approval denied: overwrite: true drops and recreates every target, and a GitHub Actions job has no terminal to confirm it at; set force: true as well to allow it',
        );
      }
      validateParams(fleet.deploy.options.params);
      const project = await prepareProject(projectPath);
      const { all, mine } = await resolveTargets(fleet, interrupt.signal);
      connections = targetConnections(fleet, mine, { env, onSecret: mask, onWarning: warn });
      const shard = fleet.shard
        ? ` (shard ${fleet.shard.index}/${fleet.shard.count} of ${all.length})`
        : '';
      log.line(
        `pgmi ${VERSION}: deploying ${projectPath} to ${mine.length} database(s)${shard} at ${fleet.deploy.connection.provider.describe()}, ${fleet.schedule.parallel} at a time`,
      );
      const run = await deployFleet(fleet, mine, {
        project,
        connections,
        signal: interrupt.signal,
        onEvent: (target, e) => {
          if (e.type === 'notice' && (e.severity === 'WARNING' || settings.verbose)) {
            log.line(`[${target.name}] ${e.message}`);
          }
        },
        onFinish: (entry) => log.line(targetLine(entry, false)),
      });
      result = fleetResult(run.targets, elapsed(), {
        exitCode: run.stopReason?.exitCode,
        shard: fleet.shard,
      });
      for (const t of result.targets) if (t.status === 'skipped') log.line(targetLine(t, false));
    }
  } catch (err) {
    failure = err;
    result = fleetFailure(err, elapsed());
  } finally {
    interrupt.dispose();
    if (connections) await connections.dispose();
    else await fleet?.deploy.connection.provider.dispose().catch(() => undefined);
    temp.remove();
  }

  if (failure !== undefined) {
    annotator.add({ level: 'error', message: formatError(failure), props: { title: 'pgmi' } });
  }
  for (const f of fleetFindings(result)) {
    annotator.add({
      level: 'error',
      message: f.message,
      props: f.file
        ? fileProps(workspacePath(workspace, projectPath, f.file), f.line, f.column, f.title)
        : { title: f.title },
    });
  }
  log.line(totalsLine(result));

  const reports: { json?: string; junit?: string } = {};
  const toWrite = writableReports(reportPaths, failure);
  try {
    if (toWrite.json) {
      const doc =
        failure === undefined ? result : { ...result, error: redact(formatError(failure)) };
      reports.json = writeFile(toWrite.json, JSON.stringify(doc, null, 2) + '\n');
    }
    if (toWrite.junit) {
      const file = (f: string) => workspacePath(workspace, projectPath, f);
      reports.junit = writeFile(toWrite.junit, fleetJunitReport(result, { file }));
    }
  } catch (err) {
    warn(`could not write a report: ${formatError(err)}`);
  }
  const tests = result.targets.flatMap((t) => t.tests);
  const outputs: Record<OutputName, string> = {
    ...(fleetOutputs(result) as Record<
      'exit-code' | 'result' | 'duration-ms' | FleetOutputName,
      string
    >),
    'files-loaded': '',
    'tests-passed': String(tests.filter((t) => t.status === 'passed').length),
    'tests-failed': String(tests.filter((t) => t.status === 'failed').length),
    'server-version': '',
    ...objectCounts(result),
    'json-report': reports.json ?? '',
    'junit-report': reports.junit ?? '',
    'comment-url': '',
    'comment-file': '',
  };
  // The pull request comment: one per project and fleet (per shard in a matrix; the merge job
  // comments the merged result), updated in place. A comment that cannot be posted is a notice
  // or a warning: the step's result stays the fleet's.
  if (/^auto$/i.test(inputs['pr-comment'])) {
    try {
      const provider = fleet?.deploy.connection.provider;
      const facts: ReviewFacts = {
        projectPath,
        ...runFacts(process.env),
        host: provider?.host,
        port: provider?.port,
        params: Object.keys(fleet?.deploy.options.params ?? {}).sort(),
      };
      const comment = await commentOnPullRequest(
        {
          env: process.env,
          token: githubToken(inputs),
          projectPath,
          database: result.shard
            ? `fleet-shard-${result.shard.index}-of-${result.shard.count}`
            : 'fleet',
          render: (marker, limit) => fleetReviewMarkdown(result, { limit, marker, facts }),
        },
        { notice: (m) => core.notice(redact(`pgmi: ${m}`)), warning: (m) => warn(`pgmi: ${m}`) },
      );
      outputs['comment-url'] = comment.url ?? '';
      outputs['comment-file'] = comment.file ?? '';
    } catch (err) {
      warn(`pgmi: could not comment on the pull request: ${formatError(err)}`);
    }
  }
  if (summaryOn && core.summaryAvailable()) {
    try {
      core.appendSummary(fleetSummaryMarkdown(result));
    } catch (err) {
      warn(`could not write the job summary: ${formatError(err)}`);
    }
  }
  return { outputs, exitCode: result.exitCode };
}
