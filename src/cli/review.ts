/**
 * The CLI's review comment (GitLab merge requests, Azure DevOps pull requests, GitHub pull
 * requests when a workflow runs the CLI or the image): after a deploy, with `--pr-comment auto`
 * (the default), when the CI system, a PR/MR and a token are all present. `--comment-file`
 * writes the body as well, for `pgmi comment --from` in a job with a better token.
 * Failures are warnings on stderr; the deploy's exit code never changes.
 */
import { UsageError } from '../engine/errors';
import { reviewMarkdown, GITHUB_COMMENT_LIMIT, type ReviewInput } from '../render/review-markdown';
import { reviewMarker, writeCommentFile } from '../review/comment-file';
import { detectReviewTarget, reviewToken } from '../review/context';
import { publishReview } from '../review/publish';

type Env = Record<string, string | undefined>;

/** `--pr-comment`: `auto` (default) or `off`; anything else is a usage error (exit 2). */
export function parsePrCommentFlag(value: string | undefined): boolean {
  if (value === undefined || /^auto$/i.test(value)) return true;
  if (/^off$/i.test(value)) return false;
  throw new UsageError(`--pr-comment must be auto or off, got ${JSON.stringify(value)}`);
}

export interface CliCommentRequest {
  env: Env;
  enabled: boolean;
  commentFile?: string;
  projectPath: string;
  database: string;
  /** One deploy's report; or `render`, the body for a size limit and marker (a fleet's). */
  report?: ReviewInput;
  render?: (limit: number, marker: string) => string;
  /** Writes one line to stderr. */
  line: (s: string) => void;
}

export async function commentAfterDeploy(req: CliCommentRequest): Promise<void> {
  const marker = reviewMarker(req.projectPath, req.database);
  const render = (limit: number) =>
    req.render
      ? req.render(limit, marker)
      : req.report
        ? reviewMarkdown(req.report, { limit, marker })
        : marker;
  const target = req.enabled ? detectReviewTarget(req.env) : undefined;
  if (!target) {
    if (!req.commentFile) return;
    try {
      const file = writeCommentFile(req.commentFile, {
        marker,
        body: render(GITHUB_COMMENT_LIMIT),
      });
      req.line(`pgmi: comment written to ${file}`);
    } catch (err) {
      req.line(
        `pgmi: warning: could not write the comment file ${req.commentFile}: ${(err as Error).message}`,
      );
    }
    return;
  }
  try {
    const outcome = await publishReview({
      target,
      token: reviewToken(target.system, req.env),
      marker,
      render,
      commentFile: req.commentFile,
      forbiddenAdvice: req.commentFile
        ? 'post it from a job whose token may comment: pgmi comment --from <file>'
        : 'write it with --comment-file and post it from a job whose token may comment: pgmi comment --from <file>',
    });
    for (const n of outcome.notices) req.line(`pgmi: ${n}`);
    for (const w of outcome.warnings) req.line(`pgmi: warning: ${w}`);
    if (outcome.posted) {
      req.line(
        `pgmi: ${outcome.posted.created ? 'commented' : 'updated the comment'}${outcome.posted.url ? `: ${outcome.posted.url}` : ''}`,
      );
    }
  } catch (err) {
    req.line(`pgmi: warning: could not comment: ${(err as Error).message}`);
  }
}
