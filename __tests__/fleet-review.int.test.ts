/**
 * gh-14: the review comment of a fleet deploy, from the built CLI on a GitLab merge request (a
 * local fake of the REST API): one note per project and fleet, created once and updated in
 * place, holding the totals and one table row per target like the Action's job summary. The
 * password and the parameter values are in no request.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runPgmi } from './helpers/cli';
import { connectionParts, query, withClient } from './helpers/db';
import {
  TOKENS,
  everythingSent,
  startFakeReviewApis,
  type FakeReviewApis,
} from './helpers/fake-review-apis';
import { gfmTableRows, gfmText } from './helpers/gfm';

const CANARY = 'Kanar1e-Fleet-Pa$$w0rd';
const PARAM_VALUE = 'param-value-Fl33t';
const suffix = Date.now().toString(36);
const ROLE = `fleet_pr_${suffix}`;
const TARGETS = ['a', 'b', 'c'].map((x) => `fpr_${suffix}_${x}`);
let api: FakeReviewApis;
let ws: string;

beforeAll(async () => {
  await withClient(async (c) => {
    await c.query(`CREATE ROLE ${ROLE} LOGIN PASSWORD ${pg.escapeLiteral(CANARY)}`);
    for (const db of TARGETS) await c.query(`CREATE DATABASE ${db} OWNER ${ROLE}`);
  });
  // The second tenant holds a conflicting table: its migration fails there.
  await query(TARGETS[1], `CREATE TABLE gizmo (id int); ALTER TABLE gizmo OWNER TO ${ROLE}`);
  api = await startFakeReviewApis();
  ws = mkdtempSync(path.join(tmpdir(), 'pgmi-ws-fleet-pr-'));
  const files: Record<string, string> = {
    'deploy.sql':
      'BEGIN;\nCREATE TABLE gizmo (id int, name text NOT NULL);\nCALL pgmi_test();\nCOMMIT;\n',
    '__test__/test_gizmo.sql': 'DO $$ BEGIN PERFORM count(*) FROM gizmo; END $$;\n',
  };
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(ws, 'proj', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
});

afterAll(async () => {
  await api?.close();
  await withClient(async (c) => {
    for (const db of TARGETS) await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await c.query(`DROP ROLE IF EXISTS ${ROLE}`);
  });
});

const gitlabEnv = () => ({
  GITLAB_CI: 'true',
  CI_MERGE_REQUEST_IID: '5',
  CI_API_V4_URL: `${api.url}/api/v4`,
  CI_PROJECT_ID: 'acme/app',
  CI_PROJECT_URL: 'https://gitlab.example/acme/app',
  CI_PROJECT_DIR: ws,
  CI_COMMIT_SHA: 'abc1230000000000000000000000000000000000',
  CI_JOB_URL: 'https://gitlab.example/acme/app/-/jobs/77',
  PGMI_GITLAB_TOKEN: TOKENS.gitlab,
  PGMI_GITLAB_DOTENV: '',
  PGMI_GITLAB_CODE_QUALITY: '',
});

function fleet() {
  const c = connectionParts();
  return runPgmi(
    [
      'deploy',
      'proj',
      '-h',
      c.host,
      '-p',
      String(c.port),
      '-U',
      ROLE,
      '--targets',
      TARGETS.join(','),
      '--parallel',
      '1',
      '--continue-on-error',
      '--param',
      `env=${PARAM_VALUE}`,
    ],
    { cwd: ws, env: { PGPASSWORD: CANARY, ...gitlabEnv() } },
  );
}

it('one note per project and fleet: totals and a row per target, created once and updated in place', async () => {
  const notes = '/api/v4/projects/acme%2Fapp/merge_requests/5/notes';
  const r1 = await fleet();
  expect(r1.code).toBe(13);
  expect(api.gitlab).toHaveLength(1);
  expect(r1.stderr).toContain(`pgmi: commented: `);
  const body = api.gitlab[0].body;
  expect(body.split('\n')[0]).toBe('<!-- pgmi-review project=proj database=fleet -->');
  const text = gfmText(body);
  expect(text).toContain('❌ pgmi fleet deploy failed');
  expect(text).toMatch(
    /3 target\(s\) · 2 succeeded · 1 failed · 0 skipped · [\d.]+ s · exit code 13 \(sql-error\)/,
  );
  expect(text).toContain('View the run');
  const rows = gfmTableRows(body);
  expect(rows[0]).toEqual([
    'Database',
    'Status',
    'Duration',
    'Tests',
    'Objects changed',
    'Failure',
  ]);
  expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
    [TARGETS[0], '✅ succeeded', '1/1', '1'],
    [TARGETS[1], '❌ failed', '', ''],
    [TARGETS[2], '✅ succeeded', '1/1', '1'],
  ]);
  expect(rows[2][5]).toMatch(/relation "gizmo" already exists.* exit 13$/);

  api.requests.length = 0;
  const r2 = await fleet();
  expect(r2.code).toBe(13);
  expect(api.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
    `GET ${notes}`,
    `PUT ${notes}/${api.gitlab[0].id}`,
  ]);
  expect(api.gitlab).toHaveLength(1);
  const sent = everythingSent(api);
  expect(sent).not.toContain(CANARY);
  expect(sent).not.toContain(PARAM_VALUE);
});
