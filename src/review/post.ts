/**
 * Posting the review comment: one entry for the three systems, used by the Action, `pgmi deploy`
 * and `pgmi comment --from`. Callers turn every failure into a warning (never a failed deploy,
 * never a different exit code), and write the body to a file for a job with a better token.
 */
import { upsertAzureThread } from './azure';
import type { ReviewTarget } from './context';
import { upsertGithubComment, type GithubPostOptions } from './github';
import { upsertGitlabNote } from './gitlab';

export interface PostedComment {
  /** True when a new comment was created, false when the existing one was updated. */
  created: boolean;
  /** The comment's page, when the API tells it. */
  url?: string;
}

/** Creates the comment holding `marker` on `target`, or updates it in place. */
export async function upsertReviewComment(
  target: ReviewTarget,
  token: string,
  marker: string,
  body: string,
  github: GithubPostOptions = {},
): Promise<PostedComment> {
  switch (target.system) {
    case 'github':
      return upsertGithubComment(target, token, marker, body, github);
    case 'gitlab':
      return upsertGitlabNote(target, token, marker, body);
    case 'azure':
      return upsertAzureThread(target, token, marker, body);
  }
}
