/**
 * One pull request thread per project and database on Azure Repos, found by the marker in its
 * first comment and edited in place (Git REST API 7.1: `pullRequests/{id}/threads`, `PATCH
 * threads/{threadId}/comments/{commentId}`), authenticated with the build's System.AccessToken.
 *
 * New threads are created `closed`: an active thread counts as an unresolved comment, and the
 * "Check for comment resolution" branch policy would block completing the pull request on it.
 */
import type { AzureTarget } from './context';
import { fetchJson } from './fetch-json';
import type { PostedComment } from './post';

const API = 'api-version=7.1';

interface Comment {
  id: number;
  content?: string;
  isDeleted?: boolean;
}

interface Thread {
  id: number;
  isDeleted?: boolean;
  comments?: Comment[];
}

export async function upsertAzureThread(
  t: AzureTarget,
  token: string,
  marker: string,
  body: string,
): Promise<PostedComment> {
  const repo = `${t.collectionUri}${encodeURIComponent(t.project)}/_apis/git/repositories/${encodeURIComponent(t.repositoryId)}`;
  const threads = `${repo}/pullRequests/${t.pr}/threads`;
  const headers = { authorization: `Bearer ${token}` };
  const { data } = await fetchJson<{ value?: Thread[] }>('GET', `${threads}?${API}`, headers);
  let found: { thread: Thread; comment: Comment } | undefined;
  for (const thread of data?.value ?? []) {
    if (thread.isDeleted) continue;
    const comment = thread.comments?.find((c) => !c.isDeleted && c.content?.includes(marker));
    if (comment) {
      found = { thread, comment };
      break;
    }
  }
  let threadId: number;
  if (found) {
    await fetchJson(
      'PATCH',
      `${threads}/${found.thread.id}/comments/${found.comment.id}?${API}`,
      headers,
      { content: body },
    );
    threadId = found.thread.id;
  } else {
    const created = await fetchJson<Thread>('POST', `${threads}?${API}`, headers, {
      comments: [{ parentCommentId: 0, content: body, commentType: 1 }],
      status: 'closed',
    });
    threadId = created.data.id;
  }
  return {
    created: !found,
    url: `${t.collectionUri}${encodeURIComponent(t.project)}/_git/${encodeURIComponent(t.repositoryId)}/pullrequest/${t.pr}?discussionId=${threadId}`,
  };
}
