/**
 * gh-14 through the Action's bundle: a tenant fleet from `targets-query`, its outputs and job
 * summary, annotations per failing target, and `merge-reports` joining shard reports.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { commands, runAction } from './helpers/action';
import { connectionParts, query, withClient } from './helpers/db';
import { MIGRATE_AND_TEST, MIGRATE_ONLY, makeProject, removeProjects } from './helpers/project';

const c = connectionParts();
const PREFIX = 'acme';
const TENANTS = Array.from({ length: 12 }, (_, i) => `${PREFIX}_${String(i + 1).padStart(2, '0')}`);
const DISCOVERY = `SELECT datname FROM pg_database WHERE datname ~ '^${PREFIX}_[0-9]{2}$' ORDER BY 1`;
/** A database name as the summary writes it: inline code, `_` as an entity. */
const code = (name: string) => `<code>${name.replace(/_/g, '&#95;')}</code>`;
const connection = {
  host: c.host,
  port: String(c.port),
  username: c.user,
  password: c.password,
};

beforeEach(async () => {
  await withClient(async (client) => {
    for (const t of TENANTS) {
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(t)} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(t)}`);
    }
  });
  await query('acme_07', 'CREATE TABLE accounts (id int PRIMARY KEY)');
});

afterAll(async () => {
  removeProjects();
  await withClient(async (client) => {
    for (const t of TENANTS)
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(t)} WITH (FORCE)`);
  });
});

const project = () =>
  makeProject({
    'deploy.sql': MIGRATE_ONLY,
    'migrations/001_billing.sql':
      "CREATE TABLE IF NOT EXISTS accounts (id int PRIMARY KEY, plan text NOT NULL DEFAULT 'free');\nINSERT INTO accounts (id, plan) VALUES (0, 'system');\n",
  });

it('targets-query: targets-total=12, the summary lists all 12, one annotation on the failing target', async () => {
  const proj = project();
  const workspace = path.dirname(proj);
  const r = await runAction({
    workspace,
    inputs: {
      ...connection,
      'project-path': path.basename(proj),
      'targets-query': DISCOVERY,
      'continue-on-error': 'true',
      'json-report': 'reports/fleet.json',
    },
  });
  expect(r.code).toBe(1);
  expect(r.outputs).toMatchObject({
    'exit-code': '13',
    result: 'sql-error',
    'targets-total': '12',
    'targets-succeeded': '11',
    'targets-failed': '1',
    'targets-skipped': '0',
  });
  for (const t of TENANTS) expect(r.summary).toContain(code(t));
  expect(r.summary.match(/^\| <code>acme&#95;\d\d<\/code> \|/gm)).toHaveLength(12);
  expect(r.summary).toMatch(
    /<code>acme&#95;07<\/code> \| ❌ failed .*<code>\.\/migrations\/001&#95;billing\.sql&#58;2<\/code>/,
  );
  const errors = commands(r.stdout, 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain('file=' + path.basename(proj) + '/migrations/001_billing.sql,line=2');
  expect(errors[0]).toContain('acme_07:');
  const doc = JSON.parse(readFileSync(path.join(workspace, 'reports/fleet.json'), 'utf8'));
  expect(doc.totals).toEqual({ total: 12, succeeded: 11, failed: 1, skipped: 0 });
});

it('gh-11: the fleet JUnit report names test files relative to the repository (GITHUB_WORKSPACE)', async () => {
  const proj = makeProject({
    'deploy.sql': MIGRATE_AND_TEST,
    'migrations/001_t.sql': 'CREATE TABLE IF NOT EXISTS t (id int);',
    '__test__/test_t.sql': 'SELECT 1 FROM t;',
  });
  const workspace = path.dirname(proj);
  const r = await runAction({
    workspace,
    inputs: {
      ...connection,
      'project-path': path.basename(proj),
      targets: 'acme_01\nacme_02',
      'junit-report': 'reports/fleet.xml',
    },
  });
  expect(r.outputs['exit-code']).toBe('0');
  const xml = readFileSync(path.join(workspace, 'reports/fleet.xml'), 'utf8');
  const files = [...xml.matchAll(/<testcase name="test_t\.sql" [^>]*file="([^"]+)"/g)].map(
    (m) => m[1],
  );
  expect(files).toEqual([1, 2].map(() => `${path.basename(proj)}/__test__/test_t.sql`));
});

it('merge-reports: shard reports from the matrix jobs, joined by a glob', async () => {
  const proj = project();
  const workspace = path.dirname(proj);
  mkdirSync(path.join(workspace, 'shards'), { recursive: true });
  for (const i of [1, 2, 3, 4]) {
    const r = await runAction({
      workspace,
      inputs: {
        ...connection,
        'project-path': path.basename(proj),
        targets: TENANTS.join('\n'),
        shard: `${i}/4`,
        'continue-on-error': 'true',
        'json-report': `shards/shard-${i}.json`,
      },
    });
    expect(Number(r.outputs['targets-total'])).toBe(3);
  }
  const merged = await runAction({ workspace, inputs: { 'merge-reports': 'shards/*.json' } });
  expect(merged.outputs).toMatchObject({
    'exit-code': '13',
    'targets-total': '12',
    'targets-succeeded': '11',
    'targets-failed': '1',
    'targets-skipped': '0',
  });
  expect(merged.summary.match(/^\| <code>acme&#95;\d\d<\/code> \|/gm)).toHaveLength(12);
});
