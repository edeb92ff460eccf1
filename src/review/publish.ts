/**
 * The review comment's life in a CI run: render the body for the system's size limit, write it
 * to a file when asked (for the fork pattern: a later job or workflow with a privileged token
 * posts it), then create or update the comment. Every failure comes back as a notice or a
 * warning with its reason; the caller's exit code never depends on it.
 */
import {
  AZURE_COMMENT_LIMIT,
  GITHUB_COMMENT_LIMIT,
  GITLAB_NOTE_LIMIT,
} from '../render/review-markdown';
import { writeCommentFile } from './comment-file';
import { SYSTEM_NAMES, TOKEN_NAMES, targetNumber, type ReviewTarget } from './context';
import { ReviewPostError } from './errors';
import type { GithubPostOptions } from './github';
import { upsertReviewComment, type PostedComment } from './post';

export const COMMENT_LIMITS: Record<ReviewTarget['system'], number> = {
  github: GITHUB_COMMENT_LIMIT,
  gitlab: GITLAB_NOTE_LIMIT,
  azure: AZURE_COMMENT_LIMIT,
};

export interface PublishRequest {
  target: ReviewTarget;
  token?: string;
  marker: string;
  /** Renders the body (marker first) within `limit` characters. */
  render: (limit: number) => string;
  /** Where to write the comment file, if anywhere. */
  commentFile?: string;
  /** What to tell a user whose token may not comment (how to post the file instead). */
  forbiddenAdvice?: string;
  github?: GithubPostOptions;
}

export interface PublishOutcome {
  posted?: PostedComment;
  /** Absolute path of the comment file, when written. */
  file?: string;
  notices: string[];
  warnings: string[];
}

function describe(t: ReviewTarget): string {
  return `${SYSTEM_NAMES[t.system]} ${t.system === 'gitlab' ? '!' : '#'}${targetNumber(t)}`;
}

export async function publishReview(req: PublishRequest): Promise<PublishOutcome> {
  const out: PublishOutcome = { notices: [], warnings: [] };
  const { target } = req;
  const body = req.render(COMMENT_LIMITS[target.system]);
  if (req.commentFile) {
    try {
      out.file = writeCommentFile(req.commentFile, {
        destination: { system: target.system, number: targetNumber(target) },
        marker: req.marker,
        body,
      });
    } catch (err) {
      out.warnings.push(
        `could not write the comment file ${req.commentFile}: ${(err as Error).message}`,
      );
    }
  }
  const saved = out.file ? `; the comment was written to ${out.file}` : '';
  if (!req.token) {
    out.notices.push(
      `no comment on ${describe(target)}: no token (set ${TOKEN_NAMES[target.system]})${saved}`,
    );
    return out;
  }
  try {
    out.posted = await upsertReviewComment(target, req.token, req.marker, body, req.github);
  } catch (err) {
    const e = err instanceof ReviewPostError ? err : new ReviewPostError(String(err));
    if (e.forbidden) {
      out.notices.push(
        `no comment on ${describe(target)}: the token may not write comments (${e.message})${saved}` +
          (req.forbiddenAdvice ? `. ${req.forbiddenAdvice}` : ''),
      );
    } else {
      out.warnings.push(`could not comment on ${describe(target)}: ${e.message}${saved}`);
    }
  }
  return out;
}
