/**
 * gh-11: an Azure Pipelines container job in the pgmi image, started the way the Azure Pipelines
 * agent starts one (microsoft/azure-pipelines-agent, ContainerOperationProvider and
 * ContainerStepHost), with podman standing in for docker:
 *
 *   1. `docker create <options from the pipeline> -v <work>:/__w/1 -v <externals>:/__a/externals:ro
 *      <image> "/__a/externals/node/bin/node" -e "setInterval(function(){}, 24 * 60 * 60 * 1000);"`
 *      (the keep-alive command goes through the image's ENTRYPOINT), then `docker start`;
 *   2. "Initialize containers", each through `docker exec` as the container's user: `sh -c
 *      "command -v bash"`, `getent passwd <agent uid>`, `useradd -m -u <uid> <user>_azpcontainer`,
 *      `groupadd azure_pipelines_sudo`, `usermod -a -G azure_pipelines_sudo …`, and an sudoers line;
 *   3. each step: `docker exec -i -u <uid> <id> <node> containerHandlerInvoker.js`, which starts
 *      the script task's `bash --noprofile --norc <script>` with the step's environment.
 *
 * The `pgmi deploy` step of examples/ci/azure-pipelines.yml runs as written, its PostgreSQL
 * service replaced by the test server (reached over the host network) and its database name made
 * unique. The image's `USER node` cannot run useradd/groupadd, which is why the examples start the
 * container with `options: --user 0:0`; the last test shows the same start failing without it.
 *
 * Mandatory under PGMI_REQUIRE_IMAGE=1 (.ci/run); skipped with the reason where podman or the base
 * image is missing.
 */
import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { connectionParts, dropTestDatabase, query, serverUrl, uniqueDbName } from './helpers/db';
import { imageGate, podman, type Run } from './helpers/image';

const gate = imageGate();

/** The agent's own user on the host (Microsoft-hosted Ubuntu agents run as a uid-1001 user). */
const AGENT_USER = 'vsts';
const AGENT_UID = 1001;
const NODE = '/__a/externals/node/bin/node';

interface Container {
  container: string;
  image: string;
  options?: string;
}
interface Step {
  script?: string;
  name?: string;
  env?: Record<string, string>;
}

function pgmiContainerOptions(file: string): string[] {
  const p = loadYaml(readFileSync(file, 'utf8')) as {
    resources?: { containers: Container[] };
    container?: Container | string;
  };
  const c =
    p.resources?.containers.find((x) => x.image.includes('/pgmi:')) ??
    (typeof p.container === 'object' ? p.container : undefined);
  if (!c) throw new Error(`${file}: no pgmi container`);
  return (c.options ?? '').split(/\s+/).filter(Boolean);
}

/** The agent's work folder for one job: /__w/1/s (sources), /__w/1/TestResults, /__w/_temp. */
function workFolder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pgmi-azp-'));
  for (const d of ['1', '1/s', '1/TestResults', '_temp']) mkdirSync(path.join(root, d));
  cpSync(path.resolve('examples/quickstart'), path.join(root, '1/s/db'), { recursive: true });
  // Stand-in for the agent's containerHandlerInvoker.js: reads what to run from stdin.
  writeFileSync(
    path.join(root, '_temp/containerHandlerInvoker.js'),
    `let input = '';
process.stdin.on('data', (d) => (input += d)).on('end', () => {
  const { command, args, workingDirectory, environment } = JSON.parse(input);
  const child = require('child_process').spawn(command, args, {
    cwd: workingDirectory,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code) => process.exit(code ?? 1));
});
`,
  );
  // Everything under the work folder belongs to the agent's user, as it does on an agent.
  const own = (p: string) => {
    if (process.getuid?.() === 0) chownSync(p, AGENT_UID, AGENT_UID);
    else if (statSync(p).isDirectory()) chmodSync(p, 0o777);
    if (statSync(p).isDirectory()) {
      for (const e of readdirSync(p)) own(path.join(p, e));
    }
  };
  own(root);
  return root;
}

interface Started {
  id: string;
  /** Each "Initialize containers" command with its result, in order; stops at the first failure. */
  init: Array<{ command: string; run: Run }>;
  failed?: string;
}

const started: string[] = [];

/** Steps 1 and 2: create and start the job container, then set up the agent's user in it. */
async function startJobContainer(image: string, options: string[], work: string): Promise<Started> {
  const name = `pgmi_azp_${randomUUID().slice(0, 8)}`;
  const create = await podman([
    'create',
    '--name',
    name,
    '--label',
    'pgmi-azp-test',
    '--network',
    'host',
    ...options,
    '-v',
    `${path.join(work, '1')}:/__w/1`,
    '-v',
    `${path.join(work, '_temp')}:/__w/_temp`,
    // The agent's own Node.js (externals), read-only; this machine's node stands in for it.
    '-v',
    `${process.execPath}:${NODE}:ro`,
    image,
    NODE,
    '-e',
    'setInterval(function(){}, 24 * 60 * 60 * 1000);',
  ]);
  expect(create.stderr).toBe('');
  const id = create.stdout.trim();
  started.push(id);
  expect((await podman(['start', id])).code).toBe(0);
  const ps = await podman([
    'ps',
    '--all',
    '--filter',
    `id=${id}`,
    '--filter',
    'status=running',
    '--no-trunc',
    '--format',
    '{{.ID}}',
  ]);
  expect(ps.stdout.trim()).toBe(id);

  const init: Started['init'] = [];
  let user = '';
  const exec = async (...command: string[]) => {
    const run = await podman(['exec', id, ...command]);
    init.push({ command: command.join(' '), run });
    return run;
  };
  const steps: Array<() => Promise<Run | undefined>> = [
    () => exec('sh', '-c', 'command -v bash'),
    async () => {
      const r = await exec('bash', '-c', `getent passwd ${AGENT_UID} | cut -d: -f1 `);
      user = r.stdout.trim();
      return r;
    },
    async () =>
      user
        ? undefined
        : exec('useradd', '-m', '-u', String(AGENT_UID), `${AGENT_USER}_azpcontainer`),
    () => exec('groupadd', 'azure_pipelines_sudo'),
    () => exec('usermod', '-a', '-G', 'azure_pipelines_sudo', user || `${AGENT_USER}_azpcontainer`),
  ];
  for (const step of steps) {
    const r = await step();
    if (r && r.code !== 0) return { id, init, failed: init[init.length - 1].command };
  }
  // The agent does not check this one's exit status (there may be no sudo in the image).
  await exec('su', '-c', "echo '%azure_pipelines_sudo ALL=(ALL:ALL) NOPASSWD:ALL' >> /etc/sudoers");
  return { id, init };
}

/** Step 3: a script step, run as the agent's uid through the handler invoker. */
function runScriptStep(
  work: string,
  id: string,
  script: string,
  env: Record<string, string>,
): Promise<Run> {
  // The script task writes the step's script to the temp folder and runs it with bash.
  const file = `${randomUUID()}.sh`;
  writeFileSync(path.join(work, '_temp', file), script + '\n', { mode: 0o644 });
  return podman(
    ['exec', '-i', '-u', String(AGENT_UID), id, NODE, '/__w/_temp/containerHandlerInvoker.js'],
    {
      timeoutMs: 120_000,
      input: JSON.stringify({
        command: 'bash',
        args: ['--noprofile', '--norc', `/__w/_temp/${file}`],
        workingDirectory: '/__w/1/s',
        environment: env,
      }),
    },
  );
}

gate.describe('Azure Pipelines container job in the image (gh-11)', () => {
  let image = '';
  const works: string[] = [];
  const dbs: string[] = [];
  beforeAll(() => {
    image = gate.ensureImage();
  }, 620_000);
  afterAll(async () => {
    for (const id of started) await podman(['rm', '--force', '--time', '0', id]);
    for (const w of works) rmSync(w, { recursive: true, force: true });
    for (const d of dbs) await dropTestDatabase(d);
  });

  it('examples/ci: the agent initializes the container, then `pgmi deploy` runs as its user, reports and outputs written', async () => {
    const work = workFolder();
    works.push(work);
    const job = await startJobContainer(
      image,
      pgmiContainerOptions('examples/ci/azure-pipelines.yml'),
      work,
    );
    expect({
      failed: job.failed,
      log: job.init.map((i) => `${i.command}: ${i.run.stderr}`),
    }).toEqual({
      failed: undefined,
      log: expect.any(Array),
    });

    const pipeline = loadYaml(readFileSync('examples/ci/azure-pipelines.yml', 'utf8')) as {
      jobs: Array<{ steps: Step[] }>;
    };
    const step = pipeline.jobs[0].steps.find((s) => s.script?.startsWith('pgmi deploy'))!;
    const db = uniqueDbName('app_ci_azp');
    dbs.push(db);
    // The agent expands macros before the step runs; the database name is made unique here.
    const script = step
      .script!.replace(/\$\(Common\.TestResultsDirectory\)/g, '/__w/1/TestResults')
      .replace(/\bapp_ci\b/, db);
    const c = connectionParts(serverUrl());
    const env = {
      ...step.env,
      // The `postgres` service container becomes the test server.
      PGHOST: c.host,
      PGPORT: String(c.port),
      PGUSER: c.user,
      PGPASSWORD: c.password,
      // Variables the agent gives every step.
      TF_BUILD: 'True',
      BUILD_SOURCESDIRECTORY: '/__w/1/s',
      SYSTEM_DEFAULTWORKINGDIRECTORY: '/__w/1/s',
      COMMON_TESTRESULTSDIRECTORY: '/__w/1/TestResults',
      AGENT_TEMPDIRECTORY: '/__w/_temp',
    };
    const r = await runScriptStep(work, job.id, script, env);
    const out = r.stdout + r.stderr;
    expect({ code: r.code, tail: out.slice(-2000) }).toMatchObject({ code: 0 });
    expect(r.stdout).toContain('##vso[task.setvariable variable=pgmi.result;isOutput=true]success');
    expect(r.stdout).toContain('##vso[task.complete result=Succeeded;]');
    expect(r.stderr).toMatch(/7 files loaded/);
    expect(out).not.toContain(c.password);

    // The report PublishTestResults@2 reads, written by the agent's user into its work folder.
    const junit = path.join(work, '1/TestResults/pgmi-junit.xml');
    // Test files named as the agent links them: relative to Build.SourcesDirectory.
    expect(readFileSync(junit, 'utf8')).toMatch(
      /<testcase name="test_transfer\.sql" [^>]*file="db\/__test__\/test_transfer\.sql"/,
    );
    if (process.getuid?.() === 0) expect(statSync(junit).uid).toBe(AGENT_UID);
    expect(await query(db, "SELECT to_regclass('public.account') IS NOT NULL AS ok")).toEqual([
      { ok: true },
    ]);
    // The step ran as the user the agent created, not as root or the image's `node`.
    const who = await runScriptStep(work, job.id, 'id -un; id -u', {});
    expect(who.stdout).toBe(`${AGENT_USER}_azpcontainer\n${AGENT_UID}\n`);
  }, 180_000);

  it('examples/review: its container options pass the same initialization', async () => {
    const work = workFolder();
    works.push(work);
    const job = await startJobContainer(
      image,
      pgmiContainerOptions('examples/review/azure-pipelines.yml'),
      work,
    );
    expect(job.failed).toBeUndefined();
    const r = await runScriptStep(work, job.id, 'pgmi version | head -1', { TF_BUILD: 'True' });
    expect(r.stdout).toMatch(/^pgmi \S+ \(compat 1\)\n$/);
  }, 120_000);

  it('without `--user 0:0` the image user cannot create the agent user: "Initialize containers" fails', async () => {
    const work = workFolder();
    works.push(work);
    const job = await startJobContainer(image, [], work);
    expect(job.failed).toBe(`useradd -m -u ${AGENT_UID} ${AGENT_USER}_azpcontainer`);
    expect(job.init[job.init.length - 1].run.stderr).toContain('Permission denied');
  }, 120_000);
});
