/**
 * gh-13: the review-comment examples (examples/review) hold to the code: every Action input they
 * use exists, every `pgmi` flag they pass is declared, the permissions each needs are spelled out
 * (and the fork workflow that runs untrusted code has none to write with), the artifact written
 * by one workflow is the one the other posts, and the README links each.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { DEPLOY_FLAGS } from '../src/cli/flags';
import { loadActionYml } from './helpers/action';

interface Step {
  id?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
  script?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; if?: string }>;
}

const DIR = 'examples/review';
const load = <T>(file: string) => loadYaml(readFileSync(`${DIR}/${file}`, 'utf8')) as T;
const inputs = Object.keys(loadActionYml().inputs);
const flags = new Set(DEPLOY_FLAGS.map((f) => `--${f.long}`));

function actionSteps(w: Workflow): Step[] {
  return Object.values(w.jobs).flatMap((j) =>
    j.steps.filter((s) => s.uses?.startsWith('pgmi/deploy-action@')),
  );
}

function expectDeclaredFlags(command: string): void {
  const used = [...command.matchAll(/(?:^|\s)(--[a-z-]+)/g)].map((m) => m[1]);
  expect(used.length).toBeGreaterThan(0);
  for (const f of used)
    expect({ flag: f, declared: flags.has(f) }).toEqual({ flag: f, declared: true });
}

describe('gh-13 examples/review', () => {
  it('GitHub workflows: real inputs, least permissions spelled out, artifact handed over', () => {
    const same = load<Workflow>('github-pr-rehearse.yml');
    const fork = load<Workflow>('github-pr-fork-rehearse.yml');
    const post = load<Workflow>('github-pr-fork-comment.yml');
    for (const w of [same, fork, post]) {
      for (const s of actionSteps(w)) {
        for (const k of Object.keys(s.with ?? {})) {
          expect({ input: k, declared: inputs.includes(k) }).toEqual({ input: k, declared: true });
        }
      }
    }
    expect(same.on).toBe('pull_request');
    expect(same.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(actionSteps(same)[0].with).toMatchObject({ rehearse: true });

    // The workflow that runs the fork's code can write nothing.
    expect(fork.on).toBe('pull_request');
    expect(fork.permissions).toEqual({ contents: 'read' });
    const steps = fork.jobs.rehearse.steps;
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    const pgmi = steps.find((s) => s.id === 'pgmi')!;
    expect(pgmi.with).toMatchObject({ rehearse: true });
    expect(upload.with).toMatchObject({
      name: 'pgmi-comment',
      path: '${{ steps.pgmi.outputs.comment-file }}',
    });
    expect(upload.if).toContain('always()');
    // The base deploy must not comment under its own marker.
    expect(
      actionSteps(fork)
        .filter((s) => s !== pgmi)
        .map((s) => s.with?.['pr-comment']),
    ).toEqual(['off']);

    // The privileged workflow posts the file and never checks out the pull request.
    expect(post.on).toEqual({ workflow_run: { workflows: ['Rehearse'], types: ['completed'] } });
    expect(post.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    const postSteps = post.jobs.comment.steps;
    expect(postSteps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false);
    const download = postSteps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with).toMatchObject({
      name: 'pgmi-comment',
      path: 'pgmi-comments',
      'run-id': '${{ github.event.workflow_run.id }}',
    });
    expect(actionSteps(post)[0].with).toEqual({ 'comment-from': 'pgmi-comments' });
  });

  it('GitLab: a merge request pipeline with declared flags and the token variable documented', () => {
    const text = readFileSync(`${DIR}/gitlab-ci.yml`, 'utf8');
    const ci =
      load<Record<string, { rules: Array<{ if: string }>; script: string[] }>>('gitlab-ci.yml');
    expect(ci.rehearse.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    for (const line of ci.rehearse.script) expectDeclaredFlags(line);
    expect(ci.rehearse.script.join('\n')).toContain('--rehearse');
    expect(text).toContain('PGMI_GITLAB_TOKEN');
    expect(text).toMatch(/scope `api`/);
  });

  it('Azure DevOps: the access token mapped into the step, declared flags', () => {
    const p = load<{ steps: Step[] }>('azure-pipelines.yml');
    const step = p.steps.find((s) => s.script?.startsWith('pgmi deploy'))!;
    expectDeclaredFlags(step.script!);
    expect(step.env).toMatchObject({ SYSTEM_ACCESSTOKEN: '$(System.AccessToken)' });
    expect(readFileSync(`${DIR}/azure-pipelines.yml`, 'utf8')).toContain(
      'Contribute to pull requests',
    );
  });

  it('the README links every example', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const f of readdirSync(DIR)) expect(readme).toContain(`(${DIR}/${f})`);
  });
});
