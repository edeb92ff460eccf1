/**
 * Action inputs, declared once as data (names mirror the CLI's long flags), read into plain
 * strings, then mapped onto the same `RawDeployInput` the CLI builds. Reading has no side effect
 * so the secrets among the values can be masked before anything is printed (see secrets.ts).
 */
import { ConfigError } from '../engine/errors';
import { InvalidDurationError, parseDuration } from '../engine/project/duration';
import { goTrimSpace } from '../engine/project/go-text';
import type { RawDeployInput } from '../inputs/deploy-input';

type InputKind = 'string' | 'boolean' | 'multiline';

interface InputSpec {
  readonly name: string;
  readonly kind: InputKind;
  /** Same as action.yml's `default` (the runner passes it; other callers may not). */
  readonly default: string;
  /** Kept exactly as given (no trimming): a password may begin or end with a space. */
  readonly raw?: boolean;
}

/** Every input the Action reads; action.yml must declare exactly these (checked by a test). */
export const ACTION_INPUTS = [
  { name: 'project-path', kind: 'string', default: '.' },
  { name: 'connection-string', kind: 'string', default: '' },
  { name: 'host', kind: 'string', default: '' },
  { name: 'port', kind: 'string', default: '' },
  { name: 'username', kind: 'string', default: '' },
  { name: 'password', kind: 'string', default: '', raw: true },
  { name: 'database', kind: 'string', default: '' },
  { name: 'sslmode', kind: 'string', default: '' },
  { name: 'ssl-root-cert', kind: 'string', default: '' },
  { name: 'ssl-cert', kind: 'string', default: '' },
  { name: 'ssl-key', kind: 'string', default: '' },
  { name: 'params', kind: 'multiline', default: '' },
  { name: 'secret-params', kind: 'multiline', default: '' },
  { name: 'params-file', kind: 'multiline', default: '' },
  { name: 'overwrite', kind: 'boolean', default: 'false' },
  { name: 'force', kind: 'boolean', default: 'false' },
  { name: 'timeout', kind: 'string', default: '' },
  { name: 'wait', kind: 'string', default: '' },
  { name: 'lock-wait', kind: 'string', default: '' },
  { name: 'compat', kind: 'string', default: '' },
  { name: 'verbose', kind: 'boolean', default: 'false' },
  { name: 'rehearse', kind: 'boolean', default: 'false' },
  { name: 'lock-timeout', kind: 'string', default: '' },
  { name: 'change-report', kind: 'boolean', default: 'true' },
  { name: 'azure', kind: 'boolean', default: 'false' },
  { name: 'azure-tenant-id', kind: 'string', default: '' },
  { name: 'azure-client-id', kind: 'string', default: '' },
  { name: 'aws', kind: 'boolean', default: 'false' },
  { name: 'aws-region', kind: 'string', default: '' },
  { name: 'google', kind: 'boolean', default: 'false' },
  { name: 'google-instance', kind: 'string', default: '' },
  { name: 'summary', kind: 'boolean', default: 'true' },
  { name: 'annotations', kind: 'boolean', default: 'true' },
  { name: 'junit-report', kind: 'string', default: '' },
  { name: 'json-report', kind: 'string', default: '' },
  { name: 'targets', kind: 'multiline', default: '' },
  { name: 'targets-query', kind: 'string', default: '' },
  { name: 'parallel', kind: 'string', default: '' },
  { name: 'canary', kind: 'string', default: '' },
  { name: 'continue-on-error', kind: 'boolean', default: 'false' },
  { name: 'shard', kind: 'string', default: '' },
  { name: 'merge-reports', kind: 'multiline', default: '' },
  { name: 'pr-comment', kind: 'string', default: 'auto' },
  { name: 'github-token', kind: 'string', default: '${{ github.token }}' },
  { name: 'comment-from', kind: 'string', default: '' },
] as const satisfies readonly InputSpec[];

export type InputName = (typeof ACTION_INPUTS)[number]['name'];

/** Every input's value as a string (the runner's view), defaults applied. */
export type ActionInputs = Record<InputName, string>;

/** Reads one input's raw value (`core.getInput(name, { trimWhitespace: false })` in the Action). */
export type InputReader = (name: InputName) => string;

/** Reads every declared input. Pure apart from the reader; nothing is validated yet. */
export function readActionInputs(read: InputReader): ActionInputs {
  const out = {} as ActionInputs;
  for (const spec of ACTION_INPUTS as readonly InputSpec[]) {
    const name = spec.name as InputName;
    const value = read(name);
    const given = spec.raw ? value : value.trim();
    out[name] = given === '' ? spec.default : given;
  }
  return out;
}

/** Non-empty lines, each trimmed; `#` lines are comments. */
export function inputLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => goTrimSpace(l))
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * `params` / `secret-params`: one `key=value` per line, split at the first `=`, key and value
 * trimmed (as in a params file: YAML block scalars make stray spaces easy to miss). Problems name
 * the entry, never its text (a secret-params line is a secret).
 */
export function parseParamLines(
  input: 'params' | 'secret-params',
  value: string,
  problems: string[],
): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  inputLines(value).forEach((line, i) => {
    const eq = line.indexOf('=');
    const key = eq < 0 ? '' : goTrimSpace(line.slice(0, eq));
    if (eq < 0 || key === '') {
      problems.push(
        `input "${input}" entry ${i + 1}: expected key=value${eq < 0 ? '' : ' (empty key)'}`,
      );
      return;
    }
    entries.push([key, goTrimSpace(line.slice(eq + 1))]);
  });
  return entries;
}

/** The YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

export function parseBoolean(name: InputName, value: string, problems: string[]): boolean {
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  problems.push(`input "${name}" must be true or false, got ${JSON.stringify(value)}`);
  return false;
}

/** A PEM value given inline rather than as a path. */
export function isPemContent(value: string): boolean {
  return value.includes('-----BEGIN ');
}

export interface ActionSettings {
  raw: RawDeployInput;
  /** `password` input, handed to the connection layer as PGPASSWORD. */
  password?: string;
  summary: boolean;
  annotations: boolean;
  verbose: boolean;
  junitReport?: string;
  jsonReport?: string;
  /** `pr-comment`: comment on the pull request (`auto`) or not (`off`). */
  prComment: boolean;
}

/** `pr-comment`: `auto` or `off` (exit 10 naming the input otherwise). */
export function parsePrComment(value: string, problems: string[]): boolean {
  if (/^auto$/i.test(value)) return true;
  if (/^off$/i.test(value)) return false;
  problems.push(`input "pr-comment" must be auto or off, got ${JSON.stringify(value)}`);
  return false;
}

/** The `github-token` input, unless it is the unevaluated default (a runner always evaluates it). */
export function githubToken(inputs: ActionInputs): string | undefined {
  const t = inputs['github-token'];
  return t && !t.startsWith('${{') ? t : undefined;
}

/** Writes inline PEM content to a private file and returns its path. */
export type PemWriter = (
  input: 'ssl-root-cert' | 'ssl-cert' | 'ssl-key',
  content: string,
) => string;

/**
 * Maps the inputs onto `RawDeployInput`. Every problem found is reported together in one
 * ConfigError (exit 10), as `buildDeploy` does for everything after it.
 */
export function toActionSettings(inputs: ActionInputs, writePem: PemWriter): ActionSettings {
  const problems: string[] = [];
  const bool = (name: InputName) => parseBoolean(name, inputs[name], problems);
  const text = (name: InputName) => inputs[name] || undefined;
  const pem = (name: 'ssl-root-cert' | 'ssl-cert' | 'ssl-key') => {
    const v = inputs[name];
    if (!v) return undefined;
    return isPemContent(v) ? writePem(name, v) : v;
  };

  // Checked here so a bad value is exit 10 naming the input (the CLI's flag parser says exit 2).
  const duration = (
    name: 'wait' | 'timeout' | 'lock-wait' | 'lock-timeout',
  ): number | undefined => {
    if (!inputs[name]) return undefined;
    try {
      return parseDuration(inputs[name]);
    } catch (err) {
      if (!(err instanceof InvalidDurationError)) throw err;
      problems.push(
        `input "${name}": invalid duration ${JSON.stringify(inputs[name])} (examples: 90s, 5m, 1h30m)`,
      );
      return undefined;
    }
  };
  const waitMs = duration('wait');
  duration('timeout');
  duration('lock-wait');
  duration('lock-timeout');
  const params = parseParamLines('params', inputs.params, problems);
  const secretParams = parseParamLines('secret-params', inputs['secret-params'], problems);

  const settings: ActionSettings = {
    raw: {
      projectPath: inputs['project-path'],
      connection: {
        connection: text('connection-string'),
        host: text('host'),
        port: text('port'),
        username: text('username'),
        database: text('database'),
        sslmode: text('sslmode'),
        sslrootcert: pem('ssl-root-cert'),
        sslcert: pem('ssl-cert'),
        sslkey: pem('ssl-key'),
        azure: bool('azure'),
        azureTenantId: text('azure-tenant-id'),
        azureClientId: text('azure-client-id'),
        aws: bool('aws'),
        awsRegion: text('aws-region'),
        google: bool('google'),
        googleInstance: text('google-instance'),
        waitMs,
      },
      params: [],
      paramsFiles: inputLines(inputs['params-file']),
      // Structured sources: highest precedence, after pgmi.yaml and params files, in this order.
      extraParams: [
        { source: 'params', entries: params },
        { source: 'secret-params', entries: secretParams },
      ],
      overwrite: bool('overwrite'),
      force: bool('force'),
      timeout: text('timeout'),
      lockWait: text('lock-wait'),
      compat: text('compat'),
      verbose: bool('verbose'),
      rehearse: bool('rehearse'),
      changeReport: bool('change-report'),
      lockTimeout: text('lock-timeout'),
      useProjectConfig: true,
    },
    password: inputs.password || undefined,
    summary: bool('summary'),
    annotations: bool('annotations'),
    verbose: bool('verbose'),
    junitReport: text('junit-report'),
    jsonReport: text('json-report'),
    prComment: parsePrComment(inputs['pr-comment'], problems),
  };
  if (problems.length === 1) throw new ConfigError(`invalid configuration: ${problems[0]}`);
  if (problems.length > 1) {
    throw new ConfigError(
      `invalid configuration: ${problems.length} problems with the action inputs:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
  }
  return settings;
}
