/**
 * gh-13: the CLI's review comment on a GitLab merge request and an Azure DevOps pull request,
 * through the built bundle against a real PostgreSQL and local fakes of both REST APIs:
 * created once, updated in place, one per project and database; `--pr-comment off`, no MR/PR
 * context: no request; 403 with `--comment-file`, then `pgmi comment --from`; a 5xx or an
 * unreachable API: a warning and the deploy's own exit code. The canary password and the
 * parameter values are in no request.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runPgmi, type RunResult } from './helpers/cli';
import { connectionParts, dropTestDatabase, uniqueDbName, withClient } from './helpers/db';
import {
  TOKENS,
  everythingSent,
  startFakeReviewApis,
  type FakeReviewApis,
} from './helpers/fake-review-apis';
import { gfmTableRows } from './helpers/gfm';

const CANARY = 'Kanar1e-Cli-Pa$$w0rd';
const PARAM_VALUE = 'param-value-Zq81';
const ROLE = uniqueDbName('cli_pr_role');
const created: string[] = [];
let api: FakeReviewApis;
let ws: string;

beforeAll(async () => {
  await withClient((c) =>
    c.query(
      `CREATE ROLE ${pg.escapeIdentifier(ROLE)} LOGIN CREATEDB PASSWORD ${pg.escapeLiteral(CANARY)}`,
    ),
  );
  api = await startFakeReviewApis();
  ws = path.join(tmpdir(), uniqueDbName('pgmi-ws-cli-pr'));
  const files: Record<string, string> = {
    'deploy.sql': `BEGIN;
CREATE TABLE IF NOT EXISTS public.gizmo (id int);
CALL pgmi_test();
COMMIT;
`,
    '__test__/test_gizmo.sql': 'DO $$ BEGIN PERFORM count(*) FROM public.gizmo; END $$;\n',
  };
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(ws, 'proj', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  cpSync(path.join(ws, 'proj'), path.join(ws, 'other'), { recursive: true });
  cpSync(path.join(ws, 'proj'), path.join(ws, 'failing'), { recursive: true });
  writeFileSync(
    path.join(ws, 'failing/__test__/test_gizmo.sql'),
    "DO $$ BEGIN RAISE EXCEPTION 'no gizmos'; END $$;\n",
  );
});

afterAll(async () => {
  await api?.close();
  for (const db of created) await dropTestDatabase(db);
  await withClient((c) => c.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(ROLE)}`));
});

beforeEach(() => {
  api.requests.length = 0;
  api.gitlab.length = 0;
  api.azure.length = 0;
  api.fault = undefined;
});

function newDb(prefix: string): string {
  const db = uniqueDbName(prefix);
  created.push(db);
  return db;
}

const gitlabEnv = () => ({
  GITLAB_CI: 'true',
  CI_MERGE_REQUEST_IID: '5',
  CI_API_V4_URL: `${api.url}/api/v4`,
  CI_PROJECT_ID: 'acme/app',
  CI_PROJECT_URL: 'https://gitlab.example/acme/app',
  CI_PROJECT_DIR: ws,
  CI_COMMIT_SHA: 'abc1230000000000000000000000000000000000',
  CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/gizmo',
  CI_JOB_URL: 'https://gitlab.example/acme/app/-/jobs/77',
  PGMI_GITLAB_TOKEN: TOKENS.gitlab,
  PGMI_GITLAB_DOTENV: '',
  PGMI_GITLAB_CODE_QUALITY: '',
});

const azureEnv = () => ({
  TF_BUILD: 'True',
  SYSTEM_PULLREQUEST_PULLREQUESTID: '9',
  SYSTEM_COLLECTIONURI: `${api.url}/org/`,
  SYSTEM_TEAMPROJECT: 'Proj',
  BUILD_REPOSITORY_ID: 'repo-guid',
  BUILD_REPOSITORY_PROVIDER: 'TfsGit',
  BUILD_BUILDID: '31',
  BUILD_SOURCESDIRECTORY: ws,
  SYSTEM_ACCESSTOKEN: TOKENS.azure,
});

function deploy(
  project: string,
  db: string,
  env: Record<string, string>,
  extra: string[] = [],
): Promise<RunResult> {
  const c = connectionParts();
  return runPgmi(
    [
      'deploy',
      project,
      '-h',
      c.host,
      '-p',
      String(c.port),
      '-U',
      ROLE,
      '-d',
      db,
      '--param',
      `env=${PARAM_VALUE}`,
      ...extra,
    ],
    { cwd: ws, env: { PGPASSWORD: CANARY, ...env } },
  );
}

const calls = () =>
  api.requests.map((r) => `${r.method} ${r.path}${r.url.includes('api-version=7.1') ? '' : ''}`);
const marker = (project: string, db: string) =>
  `<!-- pgmi-review project=${project} database=${db} -->`;

function expectNothingSecretSent(): void {
  const sent = everythingSent(api);
  expect(sent).not.toContain(CANARY);
  expect(sent).not.toContain(PARAM_VALUE);
}

describe('gh-13 CLI: GitLab merge request note', () => {
  const notes = '/api/v4/projects/acme%2Fapp/merge_requests/5/notes';

  it('created once, updated in place, one per project and database', async () => {
    const db = newDb('gl_a');
    const r1 = await deploy('proj', db, gitlabEnv());
    expect(r1.code).toBe(0);
    expect(calls()).toEqual([`GET ${notes}`, `POST ${notes}`]);
    expect(api.requests[0].headers['private-token']).toBe(TOKENS.gitlab);
    expect(api.gitlab).toHaveLength(1);
    const note = api.gitlab[0];
    expect(r1.stderr).toContain(
      `pgmi: commented: https://gitlab.example/acme/app/-/merge_requests/5#note_${note.id}`,
    );
    const body = note.body;
    expect(body.split('\n')[0]).toBe(marker('proj', db));
    expect(body).toContain('## ✅ pgmi deploy succeeded');
    expect(body).toContain('commit <code>abc123000000</code>');
    expect(body).toContain('[View the run](https://gitlab.example/acme/app/-/jobs/77)');
    expect(gfmTableRows(body)).toContainEqual([
      './__test__/test_gizmo.sql',
      '✅ passed',
      expect.stringMatching(/^\d+ ms$/),
    ]);
    if (body.includes('### Changes')) {
      expect(gfmTableRows(body)).toContainEqual(['➕ created', 'table', 'public.gizmo', '']);
    }

    api.requests.length = 0;
    const r2 = await deploy('proj', db, gitlabEnv());
    expect(r2.code).toBe(0);
    expect(calls()).toEqual([`GET ${notes}`, `PUT ${notes}/${note.id}`]);
    expect(api.gitlab).toHaveLength(1);
    expect(r2.stderr).toContain('pgmi: updated the comment');

    const db2 = newDb('gl_b');
    expect((await deploy('proj', db2, gitlabEnv())).code).toBe(0);
    expect((await deploy('./other', db, gitlabEnv())).code).toBe(0);
    expect(api.gitlab.map((n) => n.body.split('\n')[0])).toEqual([
      marker('proj', db),
      marker('proj', db2),
      marker('other', db),
    ]);
    expectNothingSecretSent();
  });

  it('403: a notice and the comment file; pgmi comment --from posts it from a job with a better token', async () => {
    const db = newDb('gl_fork');
    api.fault = (r) => (r.method === 'POST' ? 403 : undefined);
    const file = path.join(ws, 'out', `${db}.md`);
    const r = await deploy('proj', db, gitlabEnv(), ['--comment-file', 'out/' + `${db}.md`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `pgmi: no comment on GitLab merge request !5: the token may not write comments (HTTP 403: Resource not accessible by integration); the comment was written to ${file}`,
    );
    expect(api.gitlab).toHaveLength(0);
    expect(readFileSync(file, 'utf8').split('\n').slice(0, 2)).toEqual([
      '<!-- pgmi-review-file {"system":"gitlab","number":5} -->',
      marker('proj', db),
    ]);

    api.fault = undefined;
    api.requests.length = 0;
    const env = gitlabEnv() as Record<string, string>;
    delete env.CI_MERGE_REQUEST_IID; // a later pipeline job on the target branch: the file names the MR
    const posted = await runPgmi(['comment', '--from', `out/${db}.md`], { cwd: ws, env });
    expect(posted.code).toBe(0);
    expect(calls()).toEqual([`GET ${notes}`, `POST ${notes}`]);
    expect(api.gitlab).toHaveLength(1);
    expect(api.gitlab[0].body.split('\n')[0]).toBe(marker('proj', db));
    expect(posted.stderr).toContain(
      `pgmi: commented: https://gitlab.example/acme/app/-/merge_requests/5#note_`,
    );

    const missing = await runPgmi(['comment', '--from', 'out/none.md'], { cwd: ws, env });
    expect(missing.code).toBe(10);
    expect(missing.stderr).toBe('pgmi: error: --from: out/none.md: no such file or folder\n');
  });

  it('a 5xx or an unreachable API: a warning, and the deploy keeps its own exit code', async () => {
    api.fault = () => 500;
    const ok = await deploy('proj', newDb('gl_5xx'), gitlabEnv());
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain(
      'pgmi: warning: could not comment on GitLab merge request !5: HTTP 500: Server Error',
    );

    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      });
    });
    const failing = await deploy('failing', newDb('gl_down'), {
      ...gitlabEnv(),
      CI_API_V4_URL: `http://127.0.0.1:${closed}/api/v4`,
    });
    expect(failing.code).toBe(13);
    expect(failing.stderr).toMatch(
      /pgmi: warning: could not comment on GitLab merge request !5: .*ECONNREFUSED/,
    );
  });

  it('no merge request, --pr-comment off, or no token: no request', async () => {
    const db = newDb('gl_none');
    const env = gitlabEnv() as Record<string, string>;
    const { CI_MERGE_REQUEST_IID: _iid, ...branchPipeline } = env;
    expect((await deploy('proj', db, branchPipeline)).code).toBe(0);
    expect((await deploy('proj', db, env, ['--pr-comment', 'off'])).code).toBe(0);
    const { PGMI_GITLAB_TOKEN: _t, ...noToken } = env;
    const r = await deploy('proj', db, noToken);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'pgmi: no comment on GitLab merge request !5: no token (set PGMI_GITLAB_TOKEN)',
    );
    expect(api.requests).toEqual([]);
    const bad = await deploy('proj', db, env, ['--pr-comment', 'maybe']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--pr-comment must be auto or off, got "maybe"');
    expect(api.requests).toEqual([]);
  });
});

describe('gh-13 CLI: Azure DevOps pull request thread', () => {
  const threads = '/org/Proj/_apis/git/repositories/repo-guid/pullRequests/9/threads';

  it('created once (closed thread), updated in place, one per project and database', async () => {
    const db = newDb('az_a');
    const r1 = await deploy('proj', db, azureEnv());
    expect(r1.code).toBe(0);
    expect(calls()).toEqual([`GET ${threads}`, `POST ${threads}`]);
    expect(api.requests.every((r) => r.url.includes('api-version=7.1'))).toBe(true);
    expect(api.requests[0].headers.authorization).toBe(`Bearer ${TOKENS.azure}`);
    expect(JSON.parse(api.requests[1].body).status).toBe('closed');
    expect(api.azure).toHaveLength(1);
    const c = api.azure[0];
    expect(r1.stderr).toContain(
      `pgmi: commented: ${api.url}/org/Proj/_git/repo-guid/pullrequest/9?discussionId=${c.thread}`,
    );
    expect(c.body.split('\n')[0]).toBe(marker('proj', db));
    expect(c.body).toContain('## ✅ pgmi deploy succeeded');
    expect(c.body).toContain(`(${api.url}/org/Proj/_build/results?buildId=31)`);
    expect(gfmTableRows(c.body)).toContainEqual([
      './__test__/test_gizmo.sql',
      '✅ passed',
      expect.stringMatching(/^\d+ ms$/),
    ]);

    api.requests.length = 0;
    expect((await deploy('proj', db, azureEnv())).code).toBe(0);
    expect(calls()).toEqual([`GET ${threads}`, `PATCH ${threads}/${c.thread}/comments/1`]);
    expect(api.azure).toHaveLength(1);

    expect((await deploy('proj', newDb('az_b'), azureEnv())).code).toBe(0);
    expect((await deploy('other', db, azureEnv())).code).toBe(0);
    expect(api.azure).toHaveLength(3);
    expect(new Set(api.azure.map((x) => x.thread)).size).toBe(3);
    expectNothingSecretSent();
  });

  it('a failing deploy with a 5xx API: exit 13, a warning; no PR build: no request', async () => {
    api.fault = () => 503;
    const r = await deploy('failing', newDb('az_5xx'), azureEnv());
    expect(r.code).toBe(13);
    expect(r.stderr).toContain(
      'pgmi: warning: could not comment on Azure DevOps pull request #9: HTTP 503',
    );
    api.fault = undefined;
    api.requests.length = 0;
    const { SYSTEM_PULLREQUEST_PULLREQUESTID: _pr, ...ciBuild } = azureEnv();
    expect((await deploy('proj', newDb('az_ci'), ciBuild)).code).toBe(0);
    expect(api.requests).toEqual([]);
    expect(existsSync(path.join(ws, 'pgmi-comment.md'))).toBe(false);
  });
});
