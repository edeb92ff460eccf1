/**
 * Azure DevOps (`TF_BUILD=True`): logging commands the agent reads from the step's output.
 *
 *   ##[group]pgmi: Run deploy.sql … ##[endgroup]            one collapsible group per phase
 *   ##vso[task.logissue type=warning;sourcepath=…;linenumber=…]  RAISE WARNING from a known file
 *   ##vso[task.logissue type=error;sourcepath=…;linenumber=…;columnnumber=…;code=SQLSTATE]…
 *   ##vso[task.setvariable variable=pgmi.exitCode;isOutput=true]13   (and the other outputs)
 *   ##vso[task.complete result=Failed;]pgmi: sql-error (exit 13)
 *
 * Paths are relative to Build.SourcesDirectory (BUILD_SOURCESDIRECTORY), as the agent links them.
 * `task.complete` merges into the step result (the worse one wins), so `Succeeded` never hides a
 * later failure and `Failed` fails the step even if the script ignores pgmi's exit code.
 */
import type { DeployEvent, DeployResult } from '../engine/events';
import { resultName } from '../action/render/outputs';
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

/**
 * The agent's escaping (azure-pipelines-task-lib `taskcommand`): `%` first as `%AZP25`, then line
 * breaks; property values also escape `;` and `]`, which would end the property or the command.
 */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/;/g, '%3B').replace(/]/g, '%5D');
}

export function vso(
  area: string,
  props: Record<string, string | number | boolean | undefined>,
  data = '',
): string {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(';');
  return `##vso[${area}${p ? ' ' + p : ''}]${escapeData(data)}\n`;
}

/** Output variable names: `pgmi.exitCode`, `pgmi.testsFailed`, … (the Action's, camel-cased). */
export function azureVariableName(output: string): string {
  return 'pgmi.' + output.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

export function azureRenderer(ctx: CiContext): CiRenderer {
  const command = ctx.json ? ctx.stderr : ctx.stdout;
  const root = ctx.env.BUILD_SOURCESDIRECTORY || ctx.cwd || process.cwd();
  const where = (file: string) =>
    repoPath(root, ctx.cwd ?? process.cwd(), ctx.projectPath ?? '.', file);
  const groups = phaseGroups(
    { start: (_p, title) => `##[group]${title}\n`, end: () => '##[endgroup]\n' },
    ctx.stderr,
  );
  const issue = (f: Finding) =>
    command(
      vso(
        'task.logissue',
        {
          type: f.level,
          sourcepath: f.file ? where(f.file) : undefined,
          linenumber: f.file ? (f.line ?? 1) : undefined,
          columnnumber: f.file && f.line ? f.column : undefined,
          code: f.code,
        },
        findingText(f),
      ),
    );
  return {
    name: 'azure',
    onEvent(e: DeployEvent) {
      if (e.type === 'phase') groups.enter(e.phase);
      else if (e.type === 'notice') {
        const w = warningFinding(e);
        if (w) issue(w);
      }
    },
    finish(result: DeployResult, exitCode: number) {
      groups.close();
      for (const f of errorFindings(result, exitCode)) issue(f);
      for (const [name, value] of Object.entries(runOutputs(result, exitCode))) {
        command(
          vso('task.setvariable', { variable: azureVariableName(name), isOutput: true }, value),
        );
      }
      const status = exitCode === 0 ? 'Succeeded' : 'Failed';
      command(
        `##vso[task.complete result=${status};]pgmi: ${resultName(exitCode)} (exit ${exitCode})\n`,
      );
    },
  };
}
