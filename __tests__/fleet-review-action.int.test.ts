/**
 * gh-14: the Action's pull request comment for a fleet, through the built bundle against a local
 * fake of the GitHub REST API: one comment per project-path and fleet with a row per target (the
 * job summary's table), updated in place; the merge-reports job comments the merged result.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runAction } from './helpers/action';
import { connectionParts, query, withClient } from './helpers/db';
import {
  TOKENS,
  everythingSent,
  startFakeReviewApis,
  type FakeReviewApis,
} from './helpers/fake-review-apis';
import { gfmTableRows, gfmText } from './helpers/gfm';

const CANARY = 'Kanar1e-FleetPr-Pa$$w0rd';
const suffix = Date.now().toString(36);
const ROLE = `fleet_gh_${suffix}`;
const TARGETS = ['a', 'b', 'c', 'd'].map((x) => `fgh_${suffix}_${x}`);
const PR = 7;
let api: FakeReviewApis;
let ws: string;

beforeAll(async () => {
  await withClient(async (c) => {
    await c.query(`CREATE ROLE ${ROLE} LOGIN PASSWORD ${pg.escapeLiteral(CANARY)}`);
    for (const db of TARGETS) await c.query(`CREATE DATABASE ${db} OWNER ${ROLE}`);
  });
  await query(TARGETS[2], `CREATE TABLE widget (id int); ALTER TABLE widget OWNER TO ${ROLE}`);
  api = await startFakeReviewApis();
  ws = path.join(tmpdir(), `pgmi-ws-fleet-gh-${suffix}`);
  mkdirSync(path.join(ws, 'proj'), { recursive: true });
  writeFileSync(path.join(ws, 'proj/deploy.sql'), 'CREATE TABLE widget (id int);\n');
});

afterAll(async () => {
  await api?.close();
  await withClient(async (c) => {
    for (const db of TARGETS) await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await c.query(`DROP ROLE IF EXISTS ${ROLE}`);
  });
});

function prEnv(): Record<string, string> {
  const file = path.join(ws, '..', `${path.basename(ws)}-event.json`);
  writeFileSync(
    file,
    JSON.stringify({ number: PR, pull_request: { number: PR, head: { sha: 'f00d' } } }),
  );
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
  };
}

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  const c = connectionParts();
  return {
    'project-path': 'proj',
    host: c.host,
    port: String(c.port),
    username: ROLE,
    password: CANARY,
    targets: TARGETS.join('\n'),
    parallel: '2',
    'continue-on-error': 'true',
    'github-token': TOKENS.github,
    ...extra,
  };
}

it('one comment per project and fleet, a row per target, updated in place; the merge job comments the merged result', async () => {
  const env = prEnv();
  const r1 = await runAction({ workspace: ws, inputs: inputs(), env });
  expect(r1.outputs['exit-code']).toBe('13');
  expect(api.github).toHaveLength(1);
  const comment = api.github[0];
  expect(r1.outputs['comment-url']).toBe(
    `https://github.example/acme/app/pull/${PR}#issuecomment-${comment.id}`,
  );
  expect(comment.body.split('\n')[0]).toBe('<!-- pgmi-review project=proj database=fleet -->');
  expect(gfmText(comment.body)).toMatch(/4 target\(s\) · 3 succeeded · 1 failed · 0 skipped/);
  const rows = gfmTableRows(comment.body);
  expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
    [TARGETS[0], '✅ succeeded'],
    [TARGETS[1], '✅ succeeded'],
    [TARGETS[2], '❌ failed'],
    [TARGETS[3], '✅ succeeded'],
  ]);
  // The job summary's table, row for row.
  expect(rows).toEqual(gfmTableRows(r1.summary));

  // Shards of a matrix comment one each; the merge job comments the merged fleet in place.
  mkdirSync(path.join(ws, 'shards'), { recursive: true });
  for (const i of [1, 2]) {
    const r = await runAction({
      workspace: ws,
      inputs: inputs({ shard: `${i}/2`, 'json-report': `shards/shard-${i}.json` }),
      env,
    });
    expect(Number(r.outputs['targets-total'])).toBe(2);
  }
  expect(api.github.map((c) => c.body.split('\n')[0])).toEqual([
    '<!-- pgmi-review project=proj database=fleet -->',
    '<!-- pgmi-review project=proj database=fleet-shard-1-of-2 -->',
    '<!-- pgmi-review project=proj database=fleet-shard-2-of-2 -->',
  ]);
  const merged = await runAction({
    workspace: ws,
    inputs: {
      'project-path': 'proj',
      'merge-reports': 'shards/*.json',
      'github-token': TOKENS.github,
    },
    env,
  });
  expect(merged.outputs['exit-code']).toBe('13');
  expect(api.github).toHaveLength(3);
  expect(gfmTableRows(api.github[0].body)).toHaveLength(5);
  expect(everythingSent(api)).not.toContain(CANARY);
});

it('a fleet that stops before any target ran (its discovery query fails): the comment and the summary say why', async () => {
  const env = prEnv();
  const { targets: _targets, ...rest } = inputs();
  const r = await runAction({
    workspace: ws,
    inputs: { ...rest, 'targets-query': 'SELECT no_such_column FROM pg_database' },
    env,
  });
  expect(r.outputs['exit-code']).not.toBe('0');
  expect(r.outputs['targets-total']).toBe('0');
  // The fleet's comment (the same marker as the first run's) is updated in place.
  const comment = api.github.find((c) =>
    c.body.startsWith('<!-- pgmi-review project=proj database=fleet -->'),
  );
  for (const md of [comment?.body ?? '', r.summary]) {
    const text = gfmText(md);
    expect(text).toContain('❌ pgmi fleet deploy failed');
    expect(text).toMatch(/Stopped before any target ran: .*no_such_column/);
    // No empty table.
    expect(gfmTableRows(md)).toEqual([]);
  }
  expect(everythingSent(api)).not.toContain(CANARY);
  expect(r.summary).not.toContain(CANARY);
});
