/**
 * The copy-paste CI examples (examples/ci) run as their CI system would run them: the job's
 * script lines through `sh`, with `pgmi` on PATH (the CLI bundle), the job's variables, and the CI
 * system's own environment marker, against the test server. What each job then hands to its CI
 * (JUnit, Code Quality, dotenv files; output variables) must be where the example says it is.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { CLI, cleanEnv } from './helpers/cli';
import { connectionParts, createTestDatabase, dropTestDatabase, serverUrl } from './helpers/db';

let repo: string;
let bin: string;
let db: string;
const c = connectionParts(serverUrl());

beforeEach(async () => {
  db = await createTestDatabase('ex');
  repo = mkdtempSync(path.join(tmpdir(), 'pgmi-example-'));
  cpSync(path.resolve('examples/quickstart'), path.join(repo, 'db'), { recursive: true });
  bin = path.join(repo, '.bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'pgmi'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, {
    mode: 0o755,
  });
});
afterEach(async () => {
  await dropTestDatabase(db);
  rmSync(repo, { recursive: true, force: true });
});

/** The example's own connection settings, pointed at the test server instead of a service host. */
function atTestServer(vars: Record<string, string>): Record<string, string> {
  return {
    ...vars,
    PGHOST: c.host,
    PGPORT: String(c.port),
    PGUSER: c.user,
    PGPASSWORD: c.password,
  };
}

function sh(script: string, env: Record<string, string>) {
  return spawnSync('sh', ['-c', script], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 60000,
    env: cleanEnv({ ...env, PATH: `${bin}:${process.env.PATH}` }),
  });
}

interface GitLabJob {
  variables: Record<string, string>;
  script: string[];
  artifacts: { when: string; reports: Record<string, string> };
}

it('GitLab: the test job deploys and leaves the JUnit, Code Quality and dotenv reports it declares', () => {
  const ci = loadYaml(readFileSync('examples/ci/gitlab-ci.yml', 'utf8')) as Record<
    string,
    GitLabJob
  >;
  const job = ci['pgmi-test'];
  expect(job.artifacts.when).toBe('always');
  for (const line of job.script) {
    const r = sh(line.replace(/\bapp_ci\b/, db), {
      ...atTestServer(job.variables),
      GITLAB_CI: 'true',
      CI_PROJECT_DIR: repo,
    });
    expect(r.stderr).toContain('section_start:');
    expect(r.status).toBe(0);
  }
  for (const file of Object.values(job.artifacts.reports))
    expect(existsSync(path.join(repo, file))).toBe(true);
  expect(readFileSync(path.join(repo, job.artifacts.reports.dotenv), 'utf8')).toMatch(
    /^PGMI_EXIT_CODE=0\nPGMI_RESULT=success\n/,
  );
  // The deploy job's second line reads two of those dotenv variables.
  const deployJob = ci['pgmi-deploy'];
  const used = [...deployJob.script.join('\n').matchAll(/\$(PGMI_[A-Z_]+)/g)].map((m) => m[1]);
  const written = readFileSync(path.join(repo, 'pgmi.env'), 'utf8')
    .split('\n')
    .map((l) => l.split('=')[0]);
  expect(used.length).toBeGreaterThan(0);
  for (const v of used) expect(written).toContain(v);
});

it('gh-11: GitLab: the deploy job reports its own numbers, not those of the job it needs', () => {
  const ci = loadYaml(readFileSync('examples/ci/gitlab-ci.yml', 'utf8')) as Record<
    string,
    GitLabJob & { needs: Array<{ job: string; artifacts: boolean }> }
  >;
  const job = ci['pgmi-deploy'];
  // GitLab hands a needed job's dotenv report to this job only when its artifacts are fetched.
  expect(job.needs).toEqual([{ job: 'pgmi-test', artifacts: false }]);
  const server = connectionParts(serverUrl());
  let out = '';
  for (const line of job.script) {
    const r = sh(line.replace(/--database app\b/, `--database ${db}`), {
      // What a dotenv report from the test job would have set, had it been fetched.
      PGMI_FILES_LOADED: '999',
      PGMI_SERVER_VERSION: '0.0',
      PGMI_CONNECTION_STRING: `postgresql://${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}@${server.host}:${server.port}/postgres`,
      GITLAB_CI: 'true',
      CI_PROJECT_DIR: repo,
    });
    expect(r.status).toBe(0);
    out += r.stdout;
  }
  const version = (readFileSync(path.join(repo, 'pgmi.env'), 'utf8').match(
    /^PGMI_SERVER_VERSION=(.+)$/m,
  ) ?? [])[1];
  expect(version).toMatch(/^\d+\.\d+/);
  expect(out).toContain(`deployed 7 files to PostgreSQL ${version}`);
});

interface AzureStep {
  script?: string;
  name?: string;
  env?: Record<string, string>;
  task?: string;
  inputs?: Record<string, string>;
}

it('Azure DevOps: the deploy step sets the output variables the next step reads; the results file is where PublishTestResults looks', () => {
  const pipeline = loadYaml(readFileSync('examples/ci/azure-pipelines.yml', 'utf8')) as {
    jobs: Array<{ steps: AzureStep[] }>;
  };
  const [deployStep, publish, use] = pipeline.jobs[0].steps;
  const results = path.join(repo, 'TestResults');
  const macros = (s: string) => s.replace(/\$\(Common\.TestResultsDirectory\)/g, results);
  const r = sh(macros(deployStep.script ?? '').replace(/\bapp_ci\b/, db), {
    ...atTestServer(deployStep.env ?? {}),
    TF_BUILD: 'True',
    BUILD_SOURCESDIRECTORY: repo,
  });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('##vso[task.complete result=Succeeded;]');
  expect(existsSync(macros(publish.inputs?.testResultsFiles ?? ''))).toBe(true);
  expect(publish.inputs?.testResultsFormat).toBe('JUnit');
  // $(deploy.pgmi.result): the step's name, then a variable the step set with isOutput=true.
  for (const [, step, variable] of (use.script ?? '').matchAll(/\$\((\w+)\.(pgmi\.\w+)\)/g)) {
    expect(step).toBe(deployStep.name);
    expect(r.stdout).toMatch(
      new RegExp(
        `^##vso\\[task\\.setvariable variable=${variable.replace('.', '\\.')};isOutput=true\\]`,
        'm',
      ),
    );
  }
});

it('docker-run.sh and the Jenkinsfile: shell syntax, and only flags the CLI knows', () => {
  execFileSync('sh', ['-n', 'examples/ci/docker-run.sh']);
  const help = spawnSync(process.execPath, [CLI, 'deploy', '--help'], { encoding: 'utf8' }).stdout;
  const texts = [
    readFileSync('examples/ci/docker-run.sh', 'utf8'),
    readFileSync('examples/ci/Jenkinsfile', 'utf8'),
    readFileSync('examples/ci/gitlab-ci.yml', 'utf8'),
    readFileSync('examples/ci/azure-pipelines.yml', 'utf8'),
  ];
  for (const text of texts) {
    for (const m of text.matchAll(/\bdeploy \S+ ([^\n']*)/g)) {
      for (const flag of m[1].match(/(?<=\s|^)--?[A-Za-z][a-z-]*/g) ?? []) {
        expect(
          `${flag}: ${help.includes(flag + ' ') || help.includes(flag + ',') ? 'known' : 'unknown'}`,
        ).toBe(`${flag}: known`);
      }
    }
  }
});
