/**
 * GitHub Actions, when a workflow runs the CLI or the image itself (`GITHUB_ACTIONS=true`) rather
 * than this repository's Action: plain workflow commands, no @actions/* code.
 *
 *   ::group::pgmi: Run deploy.sql … ::endgroup::
 *   ::warning file=db/x.sql,line=3,title=RAISE WARNING::…
 *   ::error file=db/migrations/002.sql,line=4,col=7,title=pgmi deploy failed (exit 13)::…
 *   $GITHUB_OUTPUT: exit-code, result, duration-ms, files-loaded, tests-passed, tests-failed,
 *                   server-version (the Action's output names)
 *
 * Paths are relative to GITHUB_WORKSPACE, where GitHub shows annotations on the file.
 */
import { appendFileSync } from 'node:fs';
import type { DeployEvent, DeployResult } from '../engine/events';
import {
  errorFindings,
  findingText,
  repoPath,
  runOutputs,
  warningFinding,
  type Finding,
} from './findings';
import type { CiContext, CiRenderer } from './index';
import { phaseGroups } from './phases';

/** Workflow-command escaping (@actions/core `command.ts`): data, then property values. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(
  name: string,
  props: Record<string, string | number | undefined>,
  message: string,
): string {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${p ? ' ' + p : ''}::${escapeData(message)}\n`;
}

export function githubRenderer(ctx: CiContext): CiRenderer {
  const command = ctx.json ? ctx.stderr : ctx.stdout;
  const cwd = ctx.cwd ?? process.cwd();
  const root = ctx.env.GITHUB_WORKSPACE || cwd;
  const groups = phaseGroups(
    { start: (_p, title) => `::group::${escapeData(title)}\n`, end: () => '::endgroup::\n' },
    ctx.stderr,
  );
  const annotate = (f: Finding) => command(annotation(f, root, cwd, ctx.projectPath ?? '.'));
  return {
    name: 'github',
    onEvent(e: DeployEvent) {
      if (e.type === 'phase') groups.enter(e.phase);
      else if (e.type === 'notice') {
        const w = warningFinding(e);
        if (w) annotate(w);
      }
    },
    finish(result: DeployResult, exitCode: number) {
      groups.close();
      for (const f of errorFindings(result, exitCode)) annotate(f);
      const file = ctx.env.GITHUB_OUTPUT;
      if (!file) return;
      // Every value is a single line (numbers, a result name, a version), so `name=value` is safe.
      const lines = Object.entries(runOutputs(result, exitCode))
        .map(([k, v]) => `${k}=${v.replace(/[\r\n]/g, ' ')}\n`)
        .join('');
      try {
        appendFileSync(file, lines);
      } catch (err) {
        ctx.stderr(
          `pgmi: warning: could not write step outputs to GITHUB_OUTPUT: ${String(err)}\n`,
        );
      }
    },
  };
}

/** A finding as a GitHub annotation command, its file relative to the workspace `root`. */
export function annotation(f: Finding, root: string, cwd: string, projectPath: string): string {
  return workflowCommand(
    f.level,
    {
      file: f.file ? repoPath(root, cwd, projectPath, f.file) : undefined,
      // GitHub places annotations on lines: a file-only finding goes on line 1.
      line: f.file ? (f.line ?? 1) : undefined,
      col: f.file && f.line ? f.column : undefined,
      title: f.title,
    },
    findingText(f),
  );
}
