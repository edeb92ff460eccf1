/**
 * CI-system renderers for the CLI (the container image runs the CLI): chosen from the
 * environment, each adds its CI's own log markup and report files on top of the plain text.
 *
 *   GITHUB_ACTIONS=true  workflow commands (::group::, ::error file=…,line=…::) and $GITHUB_OUTPUT
 *   GITLAB_CI=true       collapsible sections, a dotenv report and a Code Quality report
 *   TF_BUILD=True        ##[group], ##vso[task.logissue], ##vso[task.setvariable], ##vso[task.complete]
 *   anything else        plain text only (Jenkins, Terraform, a terminal)
 *
 * Group and section markers go to stderr, next to the text they wrap (so the two streams cannot
 * reorder them); logging commands go to stdout, or to stderr under `--json` so stdout stays one
 * JSON document. GitHub's runner and the Azure agent read commands on both streams.
 */
import type { DeployEvent, DeployResult } from '../engine/events';
import { azureRenderer } from './azure';
import { githubRenderer } from './github';
import { gitlabReportPaths, gitlabRenderer } from './gitlab';

export interface CiContext {
  env: Record<string, string | undefined>;
  /** Writes to stdout (where CI systems read logging commands). */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** When the deploy prints `--json` on stdout, renderers must keep stdout clean. */
  json: boolean;
  /** The project directory as given on the command line (file paths are relative to it). */
  projectPath?: string;
  /** Working directory the project path is relative to (default: the process's). */
  cwd?: string;
  /** Report files found unwritable before connecting (absolute): left alone when the run ends. */
  unwritable?: ReadonlySet<string>;
}

export interface CiRenderer {
  readonly name: string;
  /** Called for every engine event, after the plain-text renderer. */
  onEvent(event: DeployEvent): void;
  /** Called once with the final result and the process exit code. */
  finish(result: DeployResult, exitCode: number): void;
}

const plain = (): CiRenderer => ({
  name: 'plain',
  onEvent: () => undefined,
  finish: () => undefined,
});

/** Picks the renderer for the CI system this process runs in; plain text elsewhere. */
export function detectCi(ctx: CiContext): CiRenderer {
  const { env } = ctx;
  if (env.GITHUB_ACTIONS === 'true') return githubRenderer(ctx);
  if (env.GITLAB_CI === 'true') return gitlabRenderer(ctx);
  if ((env.TF_BUILD ?? '').toLowerCase() === 'true') return azureRenderer(ctx);
  return plain();
}

/** Report files the CI system's renderer will write, as `[variable, path]` (checked up front). */
export function ciReportPaths(
  env: Record<string, string | undefined>,
): Array<[variable: string, file: string]> {
  return env.GITLAB_CI === 'true' ? gitlabReportPaths(env) : [];
}
