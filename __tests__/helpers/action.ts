/**
 * Runs the Action's bundles the way the runner does: every input of action.yml as an `INPUT_*`
 * variable (upper-cased, hyphens kept, defaults filled in), and `GITHUB_OUTPUT`,
 * `GITHUB_STEP_SUMMARY`, `GITHUB_STATE`, `RUNNER_TEMP` and `GITHUB_WORKSPACE` pointing at files
 * and folders this helper creates. Returns what the runner would read back.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { runNode, type RunResult } from './cli';

export const ACTION_BUNDLE = path.resolve('dist/action/index.js');
export const POST_BUNDLE = path.resolve('dist/action-post/index.js');

export interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}

export function loadActionYml(file = 'action.yml'): ActionYml {
  return loadYaml(readFileSync(file, 'utf8')) as ActionYml;
}

/** `name<<delimiter` / value / `delimiter` records (toolkit `prepareKeyValueMessage`). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
    out[name] = value.join('\n');
  }
  return out;
}

export interface ActionRun extends RunResult {
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** The job's folders: workspace (cwd), runner temp. */
  workspace: string;
  runnerTemp: string;
}

export interface ActionRunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  /** Repository root (GITHUB_WORKSPACE and the working directory); a fresh temp dir by default. */
  workspace?: string;
  bundle?: string;
  /** Working directory when it differs from the workspace. */
  cwd?: string;
  timeoutMs?: number;
  onSpawn?: (child: import('node:child_process').ChildProcess) => void;
}

/** The variable the runner sets for an input (toolkit `getInput`). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The job folders this test file created, removed once its tests are done. */
const jobs: string[] = [];
// Callers read a run's outputs, summary and workspace until their tests end: the folders go when
// the test file is done with them, not when the run returns.
afterAll(() => {
  for (const job of jobs.splice(0)) {
    try {
      rmSync(job, { recursive: true, force: true });
    } catch {
      // Something a test left unremovable (a step run as another user): the system's to clean.
    }
  }
});

export async function runAction(opts: ActionRunOptions = {}): Promise<ActionRun> {
  const job = mkdtempSync(path.join(tmpdir(), 'pgmi-action-job-'));
  jobs.push(job);
  const workspace = opts.workspace ?? path.join(job, 'workspace');
  const runnerTemp = path.join(job, 'runner-temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  const files = {
    GITHUB_OUTPUT: path.join(job, 'output'),
    GITHUB_STEP_SUMMARY: path.join(job, 'summary'),
    GITHUB_STATE: path.join(job, 'state'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');

  const env: Record<string, string | undefined> = {
    ...files,
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTIONS: 'true',
  };
  const declared = loadActionYml().inputs;
  for (const [name, spec] of Object.entries(declared)) {
    env[inputVariable(name)] = spec.default ?? '';
  }
  for (const [name, value] of Object.entries(opts.inputs ?? {})) {
    if (!(name in declared)) throw new Error(`action.yml declares no input "${name}"`);
    env[inputVariable(name)] = value;
  }
  Object.assign(env, opts.env ?? {});

  const r = await runNode(opts.bundle ?? ACTION_BUNDLE, [], {
    cwd: opts.cwd ?? workspace,
    env,
    timeoutMs: opts.timeoutMs ?? 90_000,
    onSpawn: opts.onSpawn,
  });
  return {
    ...r,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    workspace,
    runnerTemp,
  };
}

/** Runs the post step with the state the main step saved (the runner passes it as STATE_*). */
export function runPost(state: Record<string, string>, bundle = POST_BUNDLE) {
  const vars: Record<string, string> = { GITHUB_ACTIONS: 'true' };
  for (const [k, v] of Object.entries(state)) vars[`STATE_${k}`] = v;
  return runNode(bundle, [], { env: vars });
}

/** Workflow-command lines (`::name props::data`) of a log. */
export function commands(stdout: string, name: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${name} `) || l.startsWith(`::${name}::`));
}
