/**
 * gh-11: the Action under @github/local-action, GitHub's local runner for JavaScript actions
 * (`npx local-action . src/action/main.ts .env --post src/action/post.ts`). It imports the entry
 * points and calls their `run()`, with an @actions/core of its own standing in for the runner.
 * Both entry points run; the outputs are listed, the job summary is shown on its console, and
 * the password (a canary of a role made for this test) appears nowhere there, neither in clear
 * through `::add-mask::` nor anywhere else.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  connectionParts,
  dropTestDatabase,
  serverUrl,
  uniqueDbName,
  withClient,
} from './helpers/db';

const LOCAL_ACTION = path.resolve('node_modules/@github/local-action/bin/local-action.js');
const CANARY = 'L0cal-Act!on-Canary-7c1f';
const ROLE = uniqueDbName('local_action_role');
const DB = uniqueDbName('local_action');

let dir: string;

beforeAll(async () => {
  await withClient((c) =>
    c.query(
      `CREATE ROLE ${pg.escapeIdentifier(ROLE)} LOGIN CREATEDB PASSWORD ${pg.escapeLiteral(CANARY)}`,
    ),
  );
  dir = mkdtempSync(path.join(tmpdir(), 'pgmi-local-action-'));
});
afterAll(async () => {
  await dropTestDatabase(DB);
  await withClient((c) => c.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(ROLE)}`));
  rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const files: Record<string, string> = {
    'deploy.sql': `BEGIN;
CREATE TABLE local_action_t (id int);
DO $$ BEGIN RAISE NOTICE 'deployed by %', current_user; END $$;
CALL pgmi_test();
COMMIT;
`,
    '__test__/test_one.sql': 'SELECT 1 FROM local_action_t;',
    '__test__/test_two.sql': 'SELECT count(*) FROM local_action_t;',
  };
  const root = path.join(dir, 'workspace', 'db');
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  return root;
}

it('main and post run under local-action: outputs listed, summary shown, the password never on its console', () => {
  const c = connectionParts(serverUrl());
  const projectDir = project();
  const runnerTemp = path.join(dir, 'runner-temp');
  mkdirSync(runnerTemp);
  // The .env file local-action reads the inputs from; no GITHUB_STEP_SUMMARY, as on a laptop.
  const envFile = path.join(dir, 'local.env');
  writeFileSync(
    envFile,
    [
      `INPUT_PROJECT-PATH=${projectDir}`,
      `INPUT_HOST=${c.host}`,
      `INPUT_PORT=${c.port}`,
      `INPUT_USERNAME=${ROLE}`,
      `INPUT_PASSWORD='${CANARY}'`,
      `INPUT_DATABASE=${DB}`,
      `GITHUB_WORKSPACE=${path.join(dir, 'workspace')}`,
      `RUNNER_TEMP=${runnerTemp}`,
      '',
    ].join('\n'),
  );
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  for (const k of Object.keys(env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_|PG)/.test(k)) delete env[k];
  }
  const r = spawnSync(
    process.execPath,
    [LOCAL_ACTION, '.', 'src/action/main.ts', envFile, '--post', 'src/action/post.ts'],
    { encoding: 'utf8', env, timeout: 240_000 },
  );
  const out = `${r.stdout}${r.stderr}`;
  expect({ status: r.status, tail: out.slice(-3000) }).toMatchObject({ status: 0 });
  expect(out).not.toContain('does not export a run() function');
  expect(out).toContain('Running Action');
  expect(out).toContain('Running Post Step');

  // The deploy ran (the log, through local-action's core.info), and its outputs are listed.
  expect(out).toMatch(/deployed by local_action_role/);
  expect(out).not.toContain('No outputs were set!');
  const outputs = out.slice(out.lastIndexOf('Action Outputs'));
  for (const [name, value] of [
    ['exit-code', '0'],
    ['result', 'success'],
    ['files-loaded', '2'],
    ['tests-passed', '2'],
  ]) {
    expect(outputs).toMatch(new RegExp(`│\\s*\\d+\\s*│\\s*'${name}'\\s*│\\s*'${value}'\\s*│`));
  }
  // The job summary, on the console in its own group.
  expect(out).toMatch(/::group::Job summary/);
  const summary = out.slice(out.indexOf('::group::Job summary'));
  expect(summary).toContain('## ✅ pgmi deploy succeeded');
  expect(summary).toMatch(/### Tests\s+(::info::)?\s*(::info::)?2 passed/);

  // The password: nowhere, in any form.
  expect(out).not.toContain(CANARY);
  expect(out).not.toContain('::add-mask::');
}, 300_000);
