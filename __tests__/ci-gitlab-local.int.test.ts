/**
 * gh-11: the GitLab example (examples/ci/gitlab-ci.yml) run by gitlab-ci-local, a third-party
 * runner of .gitlab-ci.yml files, with its shell executor: both jobs, in pipeline order, with
 * GitLab's dotenv handling between them. The `postgres:17` service needs a container network,
 * so the test job's service is replaced by the test server (its PG* variables point there);
 * the deploy job's PGMI_CONNECTION_STRING, a CI/CD variable in GitLab, points at a second
 * server of another major version, so the two jobs' results can be told apart.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dump as dumpYaml, load as loadYaml } from 'js-yaml';
import { CLI } from './helpers/cli';
import { connectionParts, serverUrl } from './helpers/db';
import { startEmbeddedServer, type EmbeddedServer } from './helpers/embedded';
import { needTools } from './helpers/tools';

const tools = needTools(['rsync']);
const GITLAB_CI_LOCAL = path.resolve('node_modules/.bin/gitlab-ci-local');

let repo: string;
let production: EmbeddedServer;

tools.beforeAll(async () => {
  production = await startEmbeddedServer({ major: 15 });
}, 120_000);
tools.afterAll(async () => {
  await production?.stop();
});

afterEach(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

type Job = {
  services?: unknown;
  variables?: Record<string, string>;
};

/** A checkout of a project holding the example as its .gitlab-ci.yml, on the default branch. */
function checkout(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-gitlab-local-'));
  cpSync(path.resolve('examples/quickstart'), path.join(dir, 'db'), { recursive: true });
  const ci = loadYaml(readFileSync('examples/ci/gitlab-ci.yml', 'utf8')) as Record<string, Job>;
  const test = connectionParts(serverUrl());
  // The service becomes the test server; everything else is the example as written.
  delete ci['pgmi-test'].services;
  Object.assign(ci['pgmi-test'].variables ?? {}, {
    PGHOST: test.host,
    PGPORT: String(test.port),
    PGUSER: test.user,
    PGPASSWORD: test.password,
  });
  ci['pgmi-deploy'].variables = {
    PGMI_CONNECTION_STRING: `postgresql://postgres:${encodeURIComponent(production.password)}@127.0.0.1:${production.port}/postgres`,
  };
  writeFileSync(path.join(dir, '.gitlab-ci.yml'), dumpYaml(ci));
  // The image provides `pgmi`; here the CLI bundle stands in for it.
  mkdirSync(path.join(dir, '.bin'));
  writeFileSync(
    path.join(dir, '.bin/pgmi'),
    `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`,
    {
      mode: 0o755,
    },
  );
  writeFileSync(path.join(dir, '.gitignore'), '.bin/\n.gitlab-ci-local/\n');
  const git = (...args: string[]) =>
    spawnSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    });
  git('init', '-q', '-b', 'main');
  git('remote', 'add', 'origin', 'https://gitlab.example.com/acme/db.git');
  git('add', '-A');
  git('commit', '-qm', 'db');
  return dir;
}

tools.it(
  'both jobs pass; the deploy job reports its own server, not the test job dotenv values',
  () => {
    repo = checkout();
    const r = spawnSync(
      GITLAB_CI_LOCAL,
      [
        '--force-shell-executor',
        '--ignore-predefined-vars',
        'GITLAB_CI',
        '--variable',
        'GITLAB_CI=true',
        '--concurrency',
        '1',
      ],
      {
        cwd: repo,
        encoding: 'utf8',
        timeout: 240_000,
        env: {
          ...process.env,
          PATH: `${path.join(repo, '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
          HOME: repo,
        },
      },
    );
    const out = `${r.stdout}${r.stderr}`;
    expect({ status: r.status, tail: out.slice(-3000) }).toMatchObject({ status: 0 });
    expect(out).toMatch(/PASS\s+pgmi-test/);
    expect(out).toMatch(/PASS\s+pgmi-deploy/);
    // The test job ran against the test server (17), the deploy job against production (15).
    const deployed = out.match(/deployed (\d+) files to PostgreSQL (\d+)\.\d+/);
    expect(deployed?.slice(1)).toEqual(['7', '15']);
    expect(out).toMatch(/pgmi-test\s.*app_ci: 7 files loaded, 2 tests passed/);
  },
  300_000,
);
