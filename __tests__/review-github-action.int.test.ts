/**
 * gh-13: the Action's pull request comment, through the built bundle against a real PostgreSQL
 * and a local fake of the GitHub REST API (octokit pointed at it through GITHUB_API_URL).
 * One comment per project-path + database, created once and updated in place; a fork's 403 is a
 * notice plus `comment-file`, posted later by a `workflow_run` run with `comment-from`; a 5xx or
 * an unreachable API is a warning; no pull request, no request. The canary password and the
 * secret parameter are in no request.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { commands, runAction, type ActionRun } from './helpers/action';
import { connectionParts, dropTestDatabase, uniqueDbName, withClient } from './helpers/db';
import {
  TOKENS,
  everythingSent,
  startFakeReviewApis,
  type FakeReviewApis,
} from './helpers/fake-review-apis';
import { gfmHtml, gfmTableRows } from './helpers/gfm';

const CANARY = 'Kanar1e-Pr-Pa$$w0rd';
const SECRET = 'sekret-param-Vq9Zx';
const ROLE = uniqueDbName('pr_role');
const PR = 7;
const HEAD = 'f00dfacecafe0123456789abcdef0123456789ab';
const created: string[] = [];
let api: FakeReviewApis;

beforeAll(async () => {
  await withClient((c) =>
    c.query(
      `CREATE ROLE ${pg.escapeIdentifier(ROLE)} LOGIN CREATEDB PASSWORD ${pg.escapeLiteral(CANARY)}`,
    ),
  );
  api = await startFakeReviewApis();
});

afterAll(async () => {
  await api?.close();
  for (const db of created) await dropTestDatabase(db);
  await withClient((c) => c.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(ROLE)}`));
});

beforeEach(() => {
  api.requests.length = 0;
  api.github.length = 0;
  api.fault = undefined;
});

const PROJECT: Record<string, string> = {
  'deploy.sql': `BEGIN;
DO $$ BEGIN RAISE NOTICE 'deploying for % with %', current_setting('pgmi.env'), current_setting('pgmi.api_token'); END $$;
CREATE TABLE IF NOT EXISTS public.widget (id int);
CALL pgmi_test();
COMMIT;
`,
  '__test__/test_widget.sql': 'DO $$ BEGIN PERFORM count(*) FROM public.widget; END $$;\n',
};

/** A checkout with the project under `proj/` (and a copy under `other/`). */
function workspace(): string {
  const ws = path.join(tmpdir(), uniqueDbName('pgmi-ws-pr'));
  for (const [rel, content] of Object.entries(PROJECT)) {
    const file = path.join(ws, 'proj', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  cpSync(path.join(ws, 'proj'), path.join(ws, 'other'), { recursive: true });
  return ws;
}

function eventFile(ws: string, name: string, payload: unknown): Record<string, string> {
  const file = path.join(ws, '..', `${path.basename(ws)}-${name}-event.json`);
  writeFileSync(file, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: 'merge0000000000000000000000000000000000',
    GITHUB_REF: `refs/pull/${PR}/merge`,
    GITHUB_HEAD_REF: 'feature/widgets',
  };
}

const prEvent = (ws: string) =>
  eventFile(ws, 'pull_request', { number: PR, pull_request: { number: PR, head: { sha: HEAD } } });

function deployInputs(db: string, extra: Record<string, string> = {}): Record<string, string> {
  const c = connectionParts();
  return {
    'project-path': 'proj',
    host: c.host,
    port: String(c.port),
    username: ROLE,
    password: CANARY,
    database: db,
    params: 'env=staging',
    'secret-params': `api_token=${SECRET}`,
    'github-token': TOKENS.github,
    ...extra,
  };
}

function newDb(prefix: string): string {
  const db = uniqueDbName(prefix);
  created.push(db);
  return db;
}

function expectNoSecretSent(r?: ActionRun): void {
  const sent = everythingSent(api);
  for (const leak of [CANARY, SECRET]) {
    expect(sent).not.toContain(leak);
    if (r) {
      expect(r.summary).not.toContain(leak);
      expect(JSON.stringify(r.outputs)).not.toContain(leak);
    }
  }
}

const calls = () => api.requests.map((r) => `${r.method} ${r.path}`);
const marker = (project: string, db: string) =>
  `<!-- pgmi-review project=${project} database=${db} -->`;

describe('gh-13 Action: one sticky comment per project-path and database', () => {
  it('first run creates one comment; the second updates it in place; another database or project gets its own', async () => {
    const ws = workspace();
    const env = prEvent(ws);
    const db = newDb('pr_a');

    const r1 = await runAction({ workspace: ws, inputs: deployInputs(db), env });
    expect(r1.code).toBe(0);
    expect(r1.outputs['exit-code']).toBe('0');
    expect(calls()).toEqual([
      `GET /repos/acme/app/issues/${PR}/comments`,
      `POST /repos/acme/app/issues/${PR}/comments`,
    ]);
    expect(api.github).toHaveLength(1);
    const first = api.github[0];
    expect(r1.outputs['comment-url']).toBe(
      `https://github.example/acme/app/pull/${PR}#issuecomment-${first.id}`,
    );
    // The body: marker, result, target, commit, the test table; rendered, `__test__` is literal.
    const body = first.body;
    expect(body.split('\n')[0]).toBe(marker('proj', db));
    expect(body).toContain('## ✅ pgmi deploy succeeded');
    expect(body).toContain(`commit <code>${HEAD.slice(0, 12)}</code>`);
    expect(body).toContain('ref <code>feature/widgets</code>');
    expect(body).toContain('(https://github.example/acme/app/actions/runs/4242)');
    expect(gfmTableRows(body)).toContainEqual([
      './__test__/test_widget.sql',
      '✅ passed',
      expect.stringMatching(/^\d+ ms$/),
    ]);
    expect(gfmHtml(body)).not.toMatch(/<strong>test<\/strong>/);
    // The change table, once the engine reports changes (it lists the new table then).
    if (body.includes('### Changes')) {
      expect(gfmTableRows(body)).toContainEqual(['➕ created', 'table', 'public.widget', '']);
    }
    // The job summary is the same report (one renderer), plus nothing secret.
    expect(r1.summary).toContain(body.split('\n').slice(1, 8).join('\n'));
    expect(body).toContain('api&#95;token');
    expect(body).toContain('deploying for staging with [redacted]');
    // The comment file is written on every pull request run.
    expect(readFileSync(r1.outputs['comment-file'], 'utf8')).toContain(marker('proj', db));

    api.requests.length = 0;
    const r2 = await runAction({ workspace: ws, inputs: deployInputs(db), env });
    expect(r2.code).toBe(0);
    expect(calls()).toEqual([
      `GET /repos/acme/app/issues/${PR}/comments`,
      `PATCH /repos/acme/app/issues/comments/${first.id}`,
    ]);
    expect(api.github).toHaveLength(1);
    expect(r2.outputs['comment-url']).toBe(r1.outputs['comment-url']);

    const db2 = newDb('pr_b');
    const r3 = await runAction({ workspace: ws, inputs: deployInputs(db2), env });
    expect(r3.code).toBe(0);
    const r4 = await runAction({
      workspace: ws,
      inputs: deployInputs(db, { 'project-path': './other/' }),
      env,
    });
    expect(r4.code).toBe(0);
    expect(api.github.map((c) => c.body.split('\n')[0])).toEqual([
      marker('proj', db),
      marker('proj', db2),
      marker('other', db),
    ]);
    expectNoSecretSent(r4);
  });

  it('a fork (403 on create): the deploy passes, comment-file holds the body; a workflow_run run with comment-from posts it', async () => {
    const ws = workspace();
    const db = newDb('pr_fork');
    api.fault = (r) => (r.method === 'POST' ? 403 : undefined);
    const r = await runAction({ workspace: ws, inputs: deployInputs(db), env: prEvent(ws) });
    expect(r.code).toBe(0);
    expect(r.outputs['exit-code']).toBe('0');
    expect(api.github).toHaveLength(0);
    expect(commands(r.stdout, 'error')).toEqual([]);
    const notices = commands(r.stdout, 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(
      'the token may not write comments (HTTP 403: Resource not accessible by integration)',
    );
    expect(notices[0]).toContain('comment-from');
    const file = r.outputs['comment-file'];
    expect(path.isAbsolute(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(
      `<!-- pgmi-review-file {"system":"github","number":${PR}} -->`,
    );
    expect(text.split('\n')[1]).toBe(marker('proj', db));

    // The privileged workflow: artifact downloaded into a folder, the PR's head checked.
    api.fault = undefined;
    api.requests.length = 0;
    api.heads[PR] = HEAD;
    const ws2 = path.join(tmpdir(), uniqueDbName('pgmi-ws-run'));
    mkdirSync(path.join(ws2, 'pgmi-comments'), { recursive: true });
    cpSync(file, path.join(ws2, 'pgmi-comments', path.basename(file)));
    const runEnv = eventFile(ws2, 'workflow_run', {
      workflow_run: { head_sha: HEAD, pull_requests: [] },
    });
    const posted = await runAction({
      workspace: ws2,
      inputs: { 'comment-from': 'pgmi-comments', 'github-token': TOKENS.github },
      env: runEnv,
    });
    expect(posted.code).toBe(0);
    expect(calls()).toEqual([
      `GET /repos/acme/app/pulls/${PR}`,
      `GET /repos/acme/app/issues/${PR}/comments`,
      `POST /repos/acme/app/issues/${PR}/comments`,
    ]);
    expect(api.github).toHaveLength(1);
    expect(api.github[0].body).toBe(text.slice(text.indexOf('\n') + 1));
    expect(posted.outputs['comment-url']).toContain(`#issuecomment-${api.github[0].id}`);

    // A pull request whose head moved on since: not posted, a warning says why.
    api.requests.length = 0;
    api.heads[PR] = 'beef000000000000000000000000000000000000';
    const stale = await runAction({
      workspace: ws2,
      inputs: { 'comment-from': 'pgmi-comments', 'github-token': TOKENS.github },
      env: runEnv,
    });
    expect(stale.code).toBe(0);
    expect(calls()).toEqual([`GET /repos/acme/app/pulls/${PR}`]);
    expect(commands(stale.stdout, 'warning').join('\n')).toContain(
      'not the commit f00dfacecafe this workflow_run built',
    );
    expectNoSecretSent(r);
  });

  it('comment-from with a missing file: one line naming the input and the file, exit-code 10, no request', async () => {
    const ws = workspace();
    const r = await runAction({
      workspace: ws,
      inputs: { 'comment-from': 'nope/comment.md', 'github-token': TOKENS.github },
      env: prEvent(ws),
    });
    expect(r.code).toBe(1);
    expect(r.outputs['exit-code']).toBe('10');
    expect(commands(r.stdout, 'error')).toEqual([
      '::error::input "comment-from": nope/comment.md: no such file or folder',
    ]);
    expect(api.requests).toEqual([]);
  });

  it('a 5xx: a warning, and the deploy keeps its own exit code (13 here)', async () => {
    const ws = workspace();
    writeFileSync(
      path.join(ws, 'proj/__test__/test_widget.sql'),
      "DO $$ BEGIN RAISE EXCEPTION 'no widgets'; END $$;\n",
    );
    const db = newDb('pr_5xx');
    api.fault = () => 502;
    const r = await runAction({ workspace: ws, inputs: deployInputs(db), env: prEvent(ws) });
    expect(r.code).toBe(1);
    expect(r.outputs['exit-code']).toBe('13');
    expect(r.outputs['result']).toBe('sql-error');
    expect(r.outputs['comment-url']).toBe('');
    const warnings = commands(r.stdout, 'warning').join('\n');
    expect(warnings).toContain(`could not comment on GitHub pull request #${PR}: HTTP 502`);
    expect(existsSync(r.outputs['comment-file'])).toBe(true);
    expect(readFileSync(r.outputs['comment-file'], 'utf8')).toContain('## ❌ pgmi deploy failed');
  });

  it('an unreachable API: a warning, exit code 0', async () => {
    const ws = workspace();
    const db = newDb('pr_down');
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      });
    });
    const r = await runAction({
      workspace: ws,
      inputs: deployInputs(db),
      env: { ...prEvent(ws), GITHUB_API_URL: `http://127.0.0.1:${closed}` },
    });
    expect(r.code).toBe(0);
    expect(r.outputs['exit-code']).toBe('0');
    expect(commands(r.stdout, 'warning').join('\n')).toMatch(
      /could not comment on GitHub pull request #7: .*ECONNREFUSED/,
    );
  });

  it('no pull request in the event, or pr-comment: off: no request at all', async () => {
    const ws = workspace();
    const db = newDb('pr_none');
    const push = await runAction({
      workspace: ws,
      inputs: deployInputs(db),
      env: eventFile(ws, 'push', { ref: 'refs/heads/main' }),
    });
    expect(push.code).toBe(0);
    const off = await runAction({
      workspace: ws,
      inputs: deployInputs(db, { 'pr-comment': 'off' }),
      env: prEvent(ws),
    });
    expect(off.code).toBe(0);
    expect(api.requests).toEqual([]);
    for (const r of [push, off]) {
      expect(r.outputs['comment-url']).toBe('');
      expect(r.outputs['comment-file']).toBe('');
      expect(commands(r.stdout, 'notice')).toEqual([]);
    }
    const bad = await runAction({
      workspace: ws,
      inputs: deployInputs(db, { 'pr-comment': 'sometimes' }),
      env: prEvent(ws),
    });
    expect(bad.outputs['exit-code']).toBe('10');
    expect(commands(bad.stdout, 'error').join('\n')).toContain(
      'input "pr-comment" must be auto or off, got "sometimes"',
    );
  });
});
