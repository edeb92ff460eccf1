/**
 * One merge request note per project and database, found by its marker and edited in place:
 * `GET/POST /projects/:id/merge_requests/:iid/notes`, `PUT …/notes/:note_id` (GitLab REST v4),
 * authenticated with a project or personal access token (`api` scope) in `PRIVATE-TOKEN`.
 */
import type { GitlabTarget } from './context';
import { fetchJson } from './fetch-json';
import type { PostedComment } from './post';

interface Note {
  id: number;
  body?: string;
  system?: boolean;
}

/** Pages read at most while looking for the marker (100 notes each). */
const MAX_PAGES = 20;

export async function upsertGitlabNote(
  t: GitlabTarget,
  token: string,
  marker: string,
  body: string,
): Promise<PostedComment> {
  const notes = `${t.apiUrl}/projects/${encodeURIComponent(t.projectId)}/merge_requests/${t.mr}/notes`;
  const headers = { 'PRIVATE-TOKEN': token };
  let existing: Note | undefined;
  for (let page = 1; page <= MAX_PAGES && !existing;) {
    const { data, headers: h } = await fetchJson<Note[]>(
      'GET',
      `${notes}?sort=asc&order_by=created_at&per_page=100&page=${page}`,
      headers,
    );
    existing = (data ?? []).find((n) => !n.system && n.body?.includes(marker));
    const next = Number(h.get('x-next-page'));
    if (!next || next <= page) break;
    page = next;
  }
  const note = existing
    ? (await fetchJson<Note>('PUT', `${notes}/${existing.id}`, headers, { body })).data
    : (await fetchJson<Note>('POST', notes, headers, { body })).data;
  return {
    created: !existing,
    url: t.webUrl ? `${t.webUrl}/-/merge_requests/${t.mr}#note_${note.id}` : undefined,
  };
}
