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
  readParamsFile,
  validateParams,
} from '../engine/project/params';
import type { PgmiYaml } from '../engine/project/types';

export interface RawDeployInput {
  projectPath: string;
  connection: ConnectionInput;
  /** `--param key=value`, in command-line order. */
  params?: string[];
  /** `--params-file` paths, in command-line order (relative to the working directory). */
  paramsFiles?: string[];
  /** Parameters from a structured source (Action `params`/`secret-params`, MCP `params`), highest precedence. */
  extraParams?: Array<{ source: string; entries: Array<[string, string]> }>;
  overwrite?: boolean;
  force?: boolean;
  /** `--timeout` when given explicitly (Go duration); otherwise pgmi.yaml, then 3m. */
  timeout?: string;
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
    if (loaded.warning) warnings.push(loaded.warning);
    yaml = attempt(() => loadPgmiYaml(raw.projectPath));
  }

  const sources: Array<{ source: string; entries: Array<[string, string]> }> = [];
  if (yaml?.params) sources.push({ source: 'pgmi.yaml', entries: Object.entries(yaml.params) });
  for (const file of raw.paramsFiles ?? []) {
    const entries = attempt(() => readParamsFile(file));
    if (entries) sources.push({ source: file, entries });
  }
  const cli = attempt(() => (raw.params ?? []).map((p) => parseParamArg(p)));
  if (cli) sources.push({ source: '--param', entries: cli });
  sources.push(...(raw.extraParams ?? []));
  const params = attempt(() => {
    const merged = mergeParams(sources);
    validateParams(merged);
    return merged;
  });

  const timeoutMs = attempt(() => resolveTimeout({ flag: raw.timeout, yaml: yaml?.timeout }));
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
