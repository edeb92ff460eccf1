/**
 * One pull request comment per project and database, found by its marker and edited in place,
 * through octokit (`@actions/github`): list the issue's comments, then `updateComment` or
 * `createComment`. Loaded only when there is a pull request to comment on: octokit and its
 * HTTP stack are most of the Action's bundle, and a push build never needs them.
 */
import type { GithubTarget } from './context';
import { REQUEST_TIMEOUT_MS, ReviewPostError, networkReason } from './errors';
import type { PostedComment } from './post';

/** Comments read at most while looking for the marker. */
const MAX_COMMENTS = 3000;

function postError(err: unknown): ReviewPostError {
  const e = err as { status?: unknown; message?: unknown; response?: unknown };
  if (typeof e.status === 'number' && e.response !== undefined) {
    const msg = typeof e.message === 'string' ? e.message.split('\n')[0].slice(0, 300) : '';
    return new ReviewPostError(`HTTP ${e.status}${msg ? `: ${msg}` : ''}`, { status: e.status });
  }
  return new ReviewPostError(networkReason(err), { cause: err });
}

export interface GithubPostOptions {
  /** `workflow_run`: post only if the pull request's head is still this commit. */
  expectHeadSha?: string;
}

export async function upsertGithubComment(
  t: GithubTarget,
  token: string,
  marker: string,
  body: string,
  opts: GithubPostOptions = {},
): Promise<PostedComment> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl: t.apiUrl });
  const request = () => ({ signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const repo = { owner: t.owner, repo: t.repo };
  try {
    if (opts.expectHeadSha) {
      const pr = await octokit.rest.pulls.get({ ...repo, pull_number: t.pr, request: request() });
      if (pr.data.head.sha !== opts.expectHeadSha) {
        throw new ReviewPostError(
          `pull request #${t.pr}'s head is ${pr.data.head.sha.slice(0, 12)}, not the commit ${opts.expectHeadSha.slice(0, 12)} this workflow_run built; not posting`,
        );
      }
    }
    let existing: { id: number } | undefined;
    let seen = 0;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: t.pr,
      per_page: 100,
      request: request(),
    })) {
      existing = page.data.find((c) => c.body?.includes(marker));
      seen += page.data.length;
      if (existing || seen >= MAX_COMMENTS) break;
    }
    const res = existing
      ? await octokit.rest.issues.updateComment({
          ...repo,
          comment_id: existing.id,
          body,
          request: request(),
        })
      : await octokit.rest.issues.createComment({
          ...repo,
          issue_number: t.pr,
          body,
          request: request(),
        });
    return { created: !existing, url: res.data.html_url };
  } catch (err) {
    throw err instanceof ReviewPostError ? err : postError(err);
  }
}
