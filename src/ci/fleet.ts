/**
 * CI renderers for a fleet deploy run by the CLI or the image: the same markup as a single
 * deploy's (see index.ts), aggregated over the targets — one error per failing target, prefixed
 * with its database, and the fleet's outputs (`targets-total`, `-succeeded`, `-failed`,
 * `-skipped` next to `exit-code`, `result`, `duration-ms`).
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resultName } from '../action/render/outputs';
import { redact } from '../engine/redact';
import type { FleetResult, FleetTargetResult } from '../fleet/result';
import { vso, azureVariableName } from './azure';
import { findingText, repoPath, type Finding } from './findings';
import { annotation } from './github';
import { DEFAULT_CODE_QUALITY, DEFAULT_DOTENV } from './gitlab';
import { codeQualityReport, dotenvReport } from './gitlab-reports';
import type { CiContext } from './index';

export interface FleetCiRenderer {
  readonly name: string;
  onTarget(entry: FleetTargetResult): void;
  finish(result: FleetResult): void;
}

export const FLEET_OUTPUTS = [
  'targets-total',
  'targets-succeeded',
  'targets-failed',
  'targets-skipped',
] as const;

/** The fleet's run outputs, in the Action's naming. */
export function fleetOutputs(r: FleetResult): Record<string, string> {
  return {
    'exit-code': String(r.exitCode),
    result: resultName(r.exitCode),
    'duration-ms': String(r.durationMs),
    'targets-total': String(r.totals.total),
    'targets-succeeded': String(r.totals.succeeded),
    'targets-failed': String(r.totals.failed),
    'targets-skipped': String(r.totals.skipped),
  };
}

/** One finding per failing target (on its file and line when known), then its other failed tests. */
export function fleetFindings(r: FleetResult): Finding[] {
  const out: Finding[] = [];
  for (const t of r.targets) {
    if (t.status !== 'failed') continue;
    const e = t.error;
    const file = e?.script ?? e?.failedFile;
    out.push({
      level: 'error',
      kind: 'failure',
      ...(file ? { file } : {}),
      ...(e?.script && e.line ? { line: e.line } : {}),
      ...(e?.script && e.column ? { column: e.column } : {}),
      code: e?.sqlstate ?? `exit ${t.exitCode}`,
      title: `${t.database}: pgmi deploy failed (exit ${t.exitCode})`,
      message: `${t.database}: ${[e?.message ?? 'failed', e?.detail && `DETAIL: ${e.detail}`, e?.hint && `HINT: ${e.hint}`].filter(Boolean).join('\n')}`,
    });
    for (const test of t.tests) {
      if (test.status !== 'failed' || test.path === file) continue;
      out.push({
        level: 'error',
        kind: 'test',
        file: test.path,
        ...(test.sqlstate ? { code: test.sqlstate } : {}),
        title: `${t.database}: Test failed: ${test.path}`,
        message: `${t.database}: ${redact(test.message ?? 'failed')}`,
      });
    }
  }
  return out;
}

const plain = (): FleetCiRenderer => ({
  name: 'plain',
  onTarget: () => undefined,
  finish: () => undefined,
});

export function detectFleetCi(ctx: CiContext): FleetCiRenderer {
  const { env } = ctx;
  const command = ctx.json ? ctx.stderr : ctx.stdout;
  const cwd = ctx.cwd ?? process.cwd();
  if (env.GITHUB_ACTIONS === 'true') {
    const root = env.GITHUB_WORKSPACE || cwd;
    return {
      name: 'github',
      onTarget: () => undefined,
      finish(r) {
        for (const f of fleetFindings(r)) command(annotation(f, root, cwd, ctx.projectPath ?? '.'));
        if (!env.GITHUB_OUTPUT) return;
        try {
          appendFileSync(
            env.GITHUB_OUTPUT,
            Object.entries(fleetOutputs(r))
              .map(([k, v]) => `${k}=${v}\n`)
              .join(''),
          );
        } catch (err) {
          ctx.stderr(
            `pgmi: warning: could not write step outputs to GITHUB_OUTPUT: ${String(err)}\n`,
          );
        }
      },
    };
  }
  if (env.GITLAB_CI === 'true') {
    const root = env.CI_PROJECT_DIR || cwd;
    const write = (setting: string | undefined, fallback: string, body: string) => {
      const file = setting ?? fallback;
      if (file === '') return;
      try {
        const abs = path.resolve(cwd, file);
        mkdirSync(path.dirname(abs), { recursive: true });
        writeFileSync(abs, body);
      } catch (err) {
        ctx.stderr(`pgmi: warning: could not write the GitLab report ${file}: ${String(err)}\n`);
      }
    };
    return {
      name: 'gitlab',
      onTarget: () => undefined,
      finish(r) {
        write(env.PGMI_GITLAB_DOTENV, DEFAULT_DOTENV, dotenvReport(fleetOutputs(r) as never));
        const issues = codeQualityReport(fleetFindings(r), r.exitCode, (f) =>
          repoPath(root, cwd, ctx.projectPath ?? '.', f),
        );
        write(
          env.PGMI_GITLAB_CODE_QUALITY,
          DEFAULT_CODE_QUALITY,
          JSON.stringify(issues, null, 2) + '\n',
        );
      },
    };
  }
  if ((env.TF_BUILD ?? '').toLowerCase() === 'true') {
    const root = env.BUILD_SOURCESDIRECTORY || cwd;
    return {
      name: 'azure',
      onTarget: () => undefined,
      finish(r) {
        for (const f of fleetFindings(r)) {
          command(
            vso(
              'task.logissue',
              {
                type: f.level,
                sourcepath: f.file
                  ? repoPath(root, cwd, ctx.projectPath ?? '.', f.file)
                  : undefined,
                linenumber: f.file ? (f.line ?? 1) : undefined,
                columnnumber: f.file && f.line ? f.column : undefined,
                code: f.code,
              },
              findingText(f),
            ),
          );
        }
        for (const [name, value] of Object.entries(fleetOutputs(r))) {
          command(
            vso('task.setvariable', { variable: azureVariableName(name), isOutput: true }, value),
          );
        }
        const status = r.exitCode === 0 ? 'Succeeded' : 'Failed';
        command(
          `##vso[task.complete result=${status};]pgmi: ${resultName(r.exitCode)} (exit ${r.exitCode})\n`,
        );
      },
    };
  }
  return plain();
}
