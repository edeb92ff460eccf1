/**
 * What the container image ships is the committed bundle and the templates, nothing else: the CLI
 * must run from a folder holding only dist/cli and templates/ (no node_modules anywhere Node
 * could find one): version, init from a template, and deploy of what init wrote.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connFlags, runNode } from './helpers/cli';
import { createTestDatabase, dropTestDatabase } from './helpers/db';
import { makeProject, removeProjects } from './helpers/project';

let root: string;
let cli: string;
let db: string;
const conn = connFlags();

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'pgmi-standalone-'));
  cpSync(path.resolve('dist/cli'), path.join(root, 'dist/cli'), { recursive: true });
  cpSync(path.resolve('templates'), path.join(root, 'templates'), { recursive: true });
  cli = path.join(root, 'dist/cli/index.js');
  db = await createTestDatabase('standalone');
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  removeProjects();
  await dropTestDatabase(db);
});

it('the folder holds only dist/ and templates/, and no node_modules is reachable from it', () => {
  expect(readdirSync(root).sort()).toEqual(['dist', 'templates']);
  expect(readdirSync(path.join(root, 'dist'))).toEqual(['cli']);
  // Node looks for packages in every ancestor's node_modules: there must be none to fall back on.
  for (let d = path.join(root, 'dist/cli'); ; d = path.dirname(d)) {
    expect(existsSync(path.join(d, 'node_modules'))).toBe(false);
    if (d === path.dirname(d)) break;
  }
});

it('version', async () => {
  const r = await runNode(cli, ['version'], { cwd: root, env: { NODE_PATH: undefined } });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(
    /^pgmi \d+\.\d+\.\d+\S* \(compat 1\)\nCommit: .+\nRepository: https:\/\/github\.com\/pgmi\/deploy-action\n$/,
  );
});

it('init from the bundled templates, then deploy what it wrote (tests pass, exit 0)', async () => {
  const target = path.join(root, 'work', 'app');
  const init = await runNode(cli, ['init', target, '-t', 'basic'], {
    cwd: root,
    env: { NODE_PATH: undefined },
  });
  expect(init.code).toBe(0);
  expect(readFileSync(path.join(target, 'deploy.sql'), 'utf8')).toContain('pgmi_test');

  const r = await runNode(cli, ['deploy', target, ...conn.args, '-d', db], {
    cwd: root,
    env: { ...conn.env, NODE_PATH: undefined },
  });
  expect(r.stderr).toMatch(/files loaded/);
  expect(r.code).toBe(0);
});

it('deploy of a failing project: exit 13 and the JUnit report written', async () => {
  const project = makeProject({ 'deploy.sql': 'SELECT * FROM missing_table;' });
  const junit = path.join(project, 'junit.xml');
  const r = await runNode(
    cli,
    ['deploy', project, ...conn.args, '-d', db, '--junit-report', junit],
    {
      cwd: root,
      env: { ...conn.env, NODE_PATH: undefined },
    },
  );
  expect(r.code).toBe(13);
  expect(readFileSync(junit, 'utf8')).toContain('type="SQLSTATE 42P01"');
});
