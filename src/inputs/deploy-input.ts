/**
 * Raw deploy input, as any front door receives it (CLI flags, Action inputs, an MCP tool call),
 * mapped to the engine's `DeployOptions` and a resolved connection. All offline: nothing
 * connects here. Every problem found is reported together in one ConfigError (exit 10).
 */
import { statSync } from 'node:fs';
import {
  resolveConnection,
  type ConnectionInput,
  type ResolvedConnection,
} from '../connect/resolve';
import { ConfigError, PgmiError, messageOf } from '../engine/errors';
import { defaultDeployOptions, type DeployOptions } from '../engine/options';
import { loadPgmiYaml, loadProjectEnv } from '../engine/project/config';
import { parseDuration, resolveTimeout } from '../engine/project/duration';
import {
  mergeParams,
  parseParamArg,
  parseSecretParamArg,
  readParamsFile,
  validateParams,
} from '../engine/project/params';
import type { PgmiYaml } from '../engine/project/types';
import { resolveLockWait } from './lock-wait';
import { createMasker } from './secrets';

/** Registers secrets with pgmi's redaction when the front door passes no masker of its own. */
const defaultMasker = createMasker();

export interface RawDeployInput {
  projectPath: string;
  connection: ConnectionInput;
  /** `--param key=value`, in command-line order. */
  params?: string[];
  /** `--params-file` paths, in command-line order (relative to the working directory). */
  paramsFiles?: string[];
  /** `--secret-param key=value`: set like `--param`, values redacted from every output. */
  secretParams?: string[];
  /** `--secret-params-file` paths: read like `--params-file`, values redacted from every output. */
  secretParamsFiles?: string[];
  /**
   * Parameters from a structured source (Action `params`/`secret-params`, MCP `params` /
   * `secretParams`), highest precedence. `secret` sources have their values registered as secrets.
   */
  extraParams?: Array<{ source: string; entries: Array<[string, string]>; secret?: boolean }>;
  overwrite?: boolean;
  force?: boolean;
  /** `--timeout` when given explicitly (Go duration); otherwise pgmi.yaml, then 3m. */
  timeout?: string;
  /** `--lock-wait` when given explicitly (Go duration); otherwise pgmi.yaml `lock_wait`, then 0. */
  lockWait?: string;
  compat?: string;
  verbose?: boolean;
  /** `--rehearse`: run the head and its tests, then roll back. */
  rehearse?: boolean;
  /** `--no-change-report` sets false; default true. */
  changeReport?: boolean;
  /** `--lock-timeout` (Go duration); absent: 10s for a rehearsal, unset for a deploy. */
  lockTimeout?: string;
  /** Read `<project>/.env` and `<project>/pgmi.yaml` (the CLI and the Action do; MCP does not). */
  useProjectConfig?: boolean;
}

export interface BuiltDeploy {
  options: DeployOptions;
  connection: ResolvedConnection;
  /** Lines to show the user (e.g. an unparsable .env). */
  warnings: string[];
}

export interface BuildContext {
  env: Record<string, string | undefined>;
  onSecret?: (secret: string) => void;
  onWarning?: (message: string) => void;
}

/** The project path itself, checked first so a typo never reads as a pgmi.yaml problem. */
function checkProjectPath(projectPath: string): void {
  let st;
  try {
    st = statSync(projectPath);
  } catch {
    throw new ConfigError(`invalid configuration: project path "${projectPath}" does not exist`);
  }
  if (!st.isDirectory()) {
    throw new ConfigError(
      `invalid configuration: "${projectPath}" is a file; pass the project directory`,
    );
  }
}

export function buildDeploy(raw: RawDeployInput, ctx: BuildContext): BuiltDeploy {
  checkProjectPath(raw.projectPath);
  const warnings: string[] = [];
  const problems: PgmiError[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof PgmiError && err.exitCode === 10) problems.push(err);
      else throw err;
      return undefined;
    }
  };

  const env = ctx.env;
  let yaml: PgmiYaml | undefined;
  if (raw.useProjectConfig !== false) {
    const loaded = loadProjectEnv(raw.projectPath, env);
    // Said at once when the front door listens: a run that fails below must still explain
    // why the file's values (PGDATABASE, say) are missing.
    if (loaded.warning) {
      if (ctx.onWarning) ctx.onWarning(loaded.warning);
      else warnings.push(loaded.warning);
    }
    yaml = attempt(() => loadPgmiYaml(raw.projectPath));
  }

  // Secret values are registered before anything can print them (even a failed merge below).
  const secret = (entries: Array<[string, string]>) => {
    const mask = ctx.onSecret ?? defaultMasker;
    for (const [, value] of entries) mask(value);
    return entries;
  };
  for (const extra of raw.extraParams ?? []) if (extra.secret) secret(extra.entries);
  const sources: Array<{ source: string; entries: Array<[string, string]> }> = [];
  if (yaml?.params) sources.push({ source: 'pgmi.yaml', entries: Object.entries(yaml.params) });
  for (const file of raw.paramsFiles ?? []) {
    const entries = attempt(() => readParamsFile(file));
    if (entries) sources.push({ source: file, entries });
  }
  for (const file of raw.secretParamsFiles ?? []) {
    const entries = attempt(() => secret(readParamsFile(file)));
    if (entries) sources.push({ source: file, entries });
  }
  const cli = attempt(() => (raw.params ?? []).map((p) => parseParamArg(p)));
  if (cli) sources.push({ source: '--param', entries: cli });
  const secretCli = attempt(() =>
    secret((raw.secretParams ?? []).map((p, i) => parseSecretParamArg(p, i + 1))),
  );
  if (secretCli) sources.push({ source: '--secret-param', entries: secretCli });
  sources.push(...(raw.extraParams ?? []));
  const params = attempt(() => {
    const merged = mergeParams(sources);
    validateParams(merged);
    return merged;
  });

  const timeoutMs = attempt(() => resolveTimeout({ flag: raw.timeout, yaml: yaml?.timeout }));
  const lockWaitMs = attempt(() => resolveLockWait({ flag: raw.lockWait, yaml: yaml?.lockWait }));
  const lockTimeoutMs =
    raw.lockTimeout === undefined
      ? undefined
      : attempt(() => {
          try {
            return parseDuration(raw.lockTimeout as string);
          } catch {
            throw new ConfigError(
              `invalid configuration: --lock-timeout: invalid duration ${JSON.stringify(raw.lockTimeout)} (examples: 2s, 10s, 1m)`,
            );
          }
        });
  const connection = attempt(() =>
    resolveConnection(raw.connection, {
      env,
      yaml: yaml?.connection,
      onSecret: ctx.onSecret,
      onWarning: ctx.onWarning,
    }),
  );

  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) {
    throw new ConfigError(
      `invalid configuration: ${problems.length} problems:\n` +
        problems
          .map((p, i) => `  ${i + 1}. ${messageOf(p).replace(/^invalid configuration: /, '')}`)
          .join('\n'),
      { cause: problems[0] },
    );
  }
  const conn = connection as ResolvedConnection;
  return {
    options: defaultDeployOptions({
      projectPath: raw.projectPath,
      database: conn.database,
      maintenanceDatabase: conn.maintenanceDatabase,
      overwrite: raw.overwrite ?? false,
      force: raw.force ?? false,
      params: params ?? {},
      timeoutMs: timeoutMs ?? 0,
      lockWaitMs: lockWaitMs ?? 0,
      compat: raw.compat ?? '',
      verbose: raw.verbose ?? false,
      rehearse: raw.rehearse ?? false,
      changeReport: raw.changeReport ?? true,
      ...(lockTimeoutMs !== undefined ? { lockTimeoutMs } : {}),
    }),
    connection: conn,
    warnings,
  };
}
