/**
 * The Action's pull request comment: after a deploy on a `pull_request` / `pull_request_target`
 * event, one comment per project and database, created once and updated in place; on other
 * events nothing (no request). The body is always written to a file (output `comment-file`) so a
 * `workflow_run` workflow can post it with `comment-from` when this run's token may not comment
 * (pull requests from forks).
 */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reviewMarker } from '../review/comment-file';
import { postCommentFiles as postFiles, type ReviewSinks } from '../review/comment-from';
import { detectReviewTarget } from '../review/context';
import { publishReview, type PublishOutcome } from '../review/publish';

type Env = Record<string, string | undefined>;

export interface CommentOutputs {
  url?: string;
  file?: string;
}

export type { ReviewSinks };

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

/**
 * `comment-from`: posts comment files written by an earlier run (see src/review/comment-from.ts
 * for where each goes and the `workflow_run` check).
 */
export async function postCommentFiles(
  from: string,
  env: Env,
  token: string | undefined,
  sinks: ReviewSinks,
): Promise<CommentOutputs> {
  const urls = await postFiles(
    { from, base: env.GITHUB_WORKSPACE || process.cwd(), what: 'input "comment-from"' },
    env,
    () => token,
    sinks,
  );
  return { url: urls.join('\n') || undefined };
}
