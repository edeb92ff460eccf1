/**
 * Local stand-ins for the three review APIs pgmi comments through, on 127.0.0.1 (plain
 * node:http), each keeping its comments in memory and recording every request:
 *
 *   GitHub REST     GET/POST /repos/:owner/:repo/issues/:n/comments (paginated, Link header),
 *                   PATCH /repos/:owner/:repo/issues/comments/:id, GET /repos/:owner/:repo/pulls/:n
 *                   auth `Authorization: token …`
 *   GitLab REST v4  GET/POST /api/v4/projects/:id/merge_requests/:iid/notes (x-next-page),
 *                   PUT …/notes/:note_id                                     auth `PRIVATE-TOKEN`
 *   Azure DevOps    GET/POST /:org/:project/_apis/git/repositories/:repo/pullRequests/:pr/threads,
 *                   PATCH …/threads/:thread/comments/:comment              auth `Bearer …`
 *
 * `fault` answers chosen requests with an error status (403 on create: a fork's token; 500).
 */
import http from 'node:http';
import type net from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface StoredComment {
  id: number;
  body: string;
  /** GitHub: the issue number; GitLab: the MR iid; Azure: the PR id. */
  on: number;
  /** Azure: the thread holding it. */
  thread?: number;
}

export type Fault = (req: RecordedRequest) => number | undefined;

export interface FakeReviewApis {
  url: string;
  requests: RecordedRequest[];
  github: StoredComment[];
  gitlab: StoredComment[];
  azure: StoredComment[];
  /** Answer matching requests with this status (undefined: answer normally). */
  fault?: Fault;
  /** GitHub pull requests' head SHAs, for `GET /pulls/:n`. */
  heads: Record<number, string>;
  close(): Promise<void>;
}

export const TOKENS = {
  github: 'ghs_fake_github_token',
  gitlab: 'glpat-fake',
  azure: 'azure-fake-access-token',
};

export async function startFakeReviewApis(): Promise<FakeReviewApis> {
  let nextId = 1000;
  const api: FakeReviewApis = {
    url: '',
    requests: [],
    github: [],
    gitlab: [],
    azure: [],
    heads: {},
    close: async () => undefined,
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (raw += d));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://x');
      const rec: RecordedRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        path: u.pathname,
        headers: req.headers,
        body: raw,
      };
      api.requests.push(rec);
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      const faulted = api.fault?.(rec);
      if (faulted) {
        return json(faulted, {
          message: faulted === 403 ? 'Resource not accessible by integration' : 'Server Error',
        });
      }
      const body = () => (raw ? (JSON.parse(raw) as Record<string, unknown>) : {});
      const page = Number(u.searchParams.get('page') ?? '1');
      const perPage = Number(u.searchParams.get('per_page') ?? '30');

      // GitHub
      let m = /^\/repos\/([^/]+)\/([^/]+)\/(issues|pulls)\/(\d+)(\/comments)?$/.exec(u.pathname);
      const mPatch = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(u.pathname);
      if (m || mPatch) {
        if (req.headers.authorization !== `token ${TOKENS.github}`) {
          return json(401, { message: 'Bad credentials' });
        }
        const html = (c: StoredComment) =>
          `https://github.example/${(m ?? mPatch)![1]}/${(m ?? mPatch)![2]}/pull/${c.on}#issuecomment-${c.id}`;
        const view = (c: StoredComment) => ({ id: c.id, body: c.body, html_url: html(c) });
        if (m && m[3] === 'pulls' && !m[5] && rec.method === 'GET') {
          const n = Number(m[4]);
          return api.heads[n]
            ? json(200, { number: n, head: { sha: api.heads[n] } })
            : json(404, { message: 'Not Found' });
        }
        if (m && m[3] === 'issues' && m[5] && rec.method === 'GET') {
          const all = api.github.filter((c) => c.on === Number(m![4]));
          const slice = all.slice((page - 1) * perPage, page * perPage);
          const last = Math.max(1, Math.ceil(all.length / perPage));
          const link: Record<string, string> =
            page < last
              ? {
                  link: `<${api.url}${u.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${api.url}${u.pathname}?per_page=${perPage}&page=${last}>; rel="last"`,
                }
              : {};
          return json(200, slice.map(view), link);
        }
        if (m && m[3] === 'issues' && m[5] && rec.method === 'POST') {
          const c = { id: nextId++, body: String(body().body), on: Number(m[4]) };
          api.github.push(c);
          return json(201, view(c));
        }
        if (mPatch && rec.method === 'PATCH') {
          const c = api.github.find((x) => x.id === Number(mPatch[3]));
          if (!c) return json(404, { message: 'Not Found' });
          c.body = String(body().body);
          return json(200, view(c));
        }
      }

      // GitLab
      m = /^\/api\/v4\/projects\/([^/]+)\/merge_requests\/(\d+)\/notes(?:\/(\d+))?$/.exec(
        u.pathname,
      );
      if (m) {
        if (req.headers['private-token'] !== TOKENS.gitlab) {
          return json(401, { message: '401 Unauthorized' });
        }
        const iid = Number(m[2]);
        if (rec.method === 'GET' && !m[3]) {
          const all = api.gitlab.filter((c) => c.on === iid);
          // A system note first, as GitLab adds them ("added 1 commit").
          const notes = [
            { id: 1, body: 'added 1 commit', system: true },
            ...all.map((c) => ({ id: c.id, body: c.body, system: false })),
          ];
          const slice = notes.slice((page - 1) * perPage, page * perPage);
          const next = page * perPage < notes.length ? String(page + 1) : '';
          return json(200, slice, { 'x-next-page': next });
        }
        if (rec.method === 'POST' && !m[3]) {
          const c = { id: nextId++, body: String(body().body), on: iid };
          api.gitlab.push(c);
          return json(201, { id: c.id, body: c.body });
        }
        if (rec.method === 'PUT' && m[3]) {
          const c = api.gitlab.find((x) => x.id === Number(m![3]) && x.on === iid);
          if (!c) return json(404, { message: '404 Not found' });
          c.body = String(body().body);
          return json(200, { id: c.id, body: c.body });
        }
      }

      // Azure DevOps
      m =
        /^\/([^/]+)\/([^/]+)\/_apis\/git\/repositories\/([^/]+)\/pullRequests\/(\d+)\/threads(?:\/(\d+)\/comments\/(\d+))?$/.exec(
          u.pathname,
        );
      if (m) {
        if (req.headers.authorization !== `Bearer ${TOKENS.azure}`) {
          return json(401, { message: 'TF400813: not authorized' });
        }
        if (u.searchParams.get('api-version') !== '7.1')
          return json(400, { message: 'api-version' });
        const pr = Number(m[4]);
        if (rec.method === 'GET' && !m[5]) {
          const threads = [...new Set(api.azure.filter((c) => c.on === pr).map((c) => c.thread!))];
          return json(200, {
            count: threads.length,
            value: threads.map((t) => ({
              id: t,
              isDeleted: false,
              comments: api.azure
                .filter((c) => c.thread === t)
                .map((c) => ({ id: c.id, content: c.body, isDeleted: false })),
            })),
          });
        }
        if (rec.method === 'POST' && !m[5]) {
          const b = body() as { comments?: Array<{ content?: string }>; status?: string };
          const thread = nextId++;
          api.azure.push({ id: 1, body: String(b.comments?.[0]?.content), on: pr, thread });
          return json(200, { id: thread, status: b.status });
        }
        if (rec.method === 'PATCH' && m[5]) {
          const c = api.azure.find((x) => x.thread === Number(m![5]) && x.id === Number(m![6]));
          if (!c) return json(404, { message: 'not found' });
          c.body = String((body() as { content?: string }).content);
          return json(200, { id: c.id, content: c.body });
        }
      }
      json(404, { message: `fake: no route for ${rec.method} ${u.pathname}` });
    });
  });
  const sockets = new Set<net.Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  api.url = `http://127.0.0.1:${port}`;
  api.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return api;
}

/** Every byte a fake received (paths, headers, bodies), for "never sent" checks. */
export function everythingSent(api: FakeReviewApis): string {
  return api.requests
    .map((r) => `${r.method} ${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`)
    .join('\n');
}
