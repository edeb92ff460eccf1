/**
 * The Action's pull request comment: after a deploy on a `pull_request` / `pull_request_target`
 * event, one comment per project and database, created once and updated in place; on other
 * events nothing (no request). The body is always written to a file (output `comment-file`) so a
 * `workflow_run` workflow can post it with `comment-from` when this run's token may not comment
 * (pull requests from forks).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../engine/errors';
import { readCommentFile, reviewMarker } from '../review/comment-file';
import { detectReviewTarget, targetFor, type ReviewTarget } from '../review/context';
import { publishReview, type PublishOutcome } from '../review/publish';

type Env = Record<string, string | undefined>;

export interface CommentOutputs {
  url?: string;
  file?: string;
}

export interface ReviewSinks {
  notice: (message: string) => void;
  warning: (message: string) => void;
}

const FORK_ADVICE =
  'To comment on pull requests from forks, upload comment-file as an artifact and post it from a workflow_run workflow with comment-from (README: "Pull request comments")';

function report(outcome: PublishOutcome, sinks: ReviewSinks): void {
  for (const n of outcome.notices) sinks.notice(n);
  for (const w of outcome.warnings) sinks.warning(w);
}

/** `db-app-1a2b3c4d.md`: readable, and distinct for every project and database. */
export function commentFileName(projectPath: string, database: string): string {
  const marker = reviewMarker(projectPath, database);
  const hash = createHash('sha256').update(marker).digest('hex').slice(0, 8);
  const slug = `${projectPath}-${database}`
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 60);
  return `pgmi-comment-${slug || 'project'}-${hash}.md`;
}

export interface DeployCommentRequest {
  env: Env;
  token?: string;
  projectPath: string;
  database: string;
  /** The body for a marker and a size limit. */
  render: (marker: string, limit: number) => string;
}

/** Posts (or updates) the deploy's comment; nothing at all outside a pull request event. */
export async function commentOnPullRequest(
  req: DeployCommentRequest,
  sinks: ReviewSinks,
): Promise<CommentOutputs> {
  const target = detectReviewTarget(req.env);
  if (!target || target.system !== 'github') return {};
  const marker = reviewMarker(req.projectPath, req.database);
  const dir = path.join(req.env.RUNNER_TEMP || tmpdir(), 'pgmi-comments');
  const outcome = await publishReview({
    target,
    token: req.token,
    marker,
    render: (limit) => req.render(marker, limit),
    commentFile: path.join(dir, commentFileName(req.projectPath, req.database)),
    forbiddenAdvice: FORK_ADVICE,
  });
  report(outcome, sinks);
  return { url: outcome.posted?.url, file: outcome.file };
}

/** The comment files named by `comment-from`: one file, or every `.md` file in a folder. */
export function commentFiles(from: string, workspace: string): string[] {
  const abs = path.resolve(workspace, from);
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    throw new ConfigError(`input "comment-from": ${from}: no such file or folder`);
  }
  if (!isDir) return [abs];
  const files = readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(abs, f));
  if (!files.length) throw new ConfigError(`input "comment-from": ${from}: no .md comment files`);
  return files;
}

/** `workflow_run`: the commit the triggering run built, to check against the pull request. */
function workflowRunHeadSha(env: Env): string | undefined {
  if (env.GITHUB_EVENT_NAME !== 'workflow_run' || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const p = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      workflow_run?: { head_sha?: string };
    };
    return p.workflow_run?.head_sha;
  } catch {
    return undefined;
  }
}

/**
 * `comment-from`: posts comment files written by an earlier run. The pull request comes from
 * this run's event when it has one, else from the file; the API address and repository always
 * from this run (a file from a fork must not choose where a privileged token goes). On
 * `workflow_run`, the pull request's head must be the commit the triggering run built.
 */
export async function postCommentFiles(
  from: string,
  env: Env,
  token: string | undefined,
  sinks: ReviewSinks,
): Promise<CommentOutputs> {
  const files = commentFiles(from, env.GITHUB_WORKSPACE || process.cwd());
  const comments = files.map((f) => ({ file: f, ...readCommentFile(f, 'input "comment-from":') }));
  const fromEvent = detectReviewTarget(env);
  const urls: string[] = [];
  for (const c of comments) {
    let target: ReviewTarget | undefined = fromEvent;
    if (!target && c.destination?.system === 'github') {
      target = targetFor('github', c.destination.number, env);
    }
    if (!target || target.system !== 'github') {
      sinks.notice(
        `pgmi: ${c.file}: no pull request to comment on (not a pull request event, and the file names none)`,
      );
      continue;
    }
    const outcome = await publishReview({
      target,
      token,
      marker: c.marker,
      render: () => c.body,
      github: { expectHeadSha: fromEvent ? undefined : workflowRunHeadSha(env) },
    });
    report(outcome, sinks);
    if (outcome.posted?.url) urls.push(outcome.posted.url);
  }
  return { url: urls.join('\n') || undefined };
}
