/**
 * Raw fleet input (CLI flags, Action inputs) → the shared deploy settings, where the target list
 * comes from, and the schedule. All offline; the discovery query runs later (`resolveTargets`).
 */
import { loadPgmiYaml } from '../engine/project/config';
import { ConfigError, messageOf, PgmiError } from '../engine/errors';
import { resolveConnection, type ResolvedConnection } from '../connect/resolve';
import { parseConnectionString } from '../connect/connection-string';
import {
  buildDeploy,
  type BuiltDeploy,
  type BuildContext,
  type RawDeployInput,
} from '../inputs/deploy-input';
import { DEFAULT_PARALLEL, type FleetSchedule } from './run-fleet';
import {
  checkTargets,
  commaList,
  listLines,
  parseShard,
  shardTargets,
  type FleetTarget,
  type Shard,
} from './targets';
import { readFileSync } from 'node:fs';

/** Fleet settings as a front door received them (strings as typed). */
export interface RawFleetInput {
  /** `--targets-file` (CLI). */
  targetsFile?: string;
  /** `--targets a,b,c` (CLI). */
  targetsComma?: string;
  /** Action `targets`: one entry per line. */
  targetsLines?: string;
  targetsQuery?: string;
  parallel?: string | number;
  canary?: string | number;
  continueOnError?: boolean;
  shard?: string;
  /** How the front door names its settings in messages: flags or inputs. */
  names: {
    targetsFile?: string;
    targetsComma?: string;
    targetsLines?: string;
    targetsQuery: string;
    parallel: string;
    canary: string;
    shard: string;
    database: string;
  };
}

export type TargetSourceSpec =
  | { kind: 'list'; label: string; entries: string[] }
  | { kind: 'query'; label: string; sql: string };

export interface BuiltFleet {
  deploy: BuiltDeploy;
  source: TargetSourceSpec;
  schedule: FleetSchedule;
  shard?: Shard;
  /** Connection settings the per-target connection strings fall back on (TLS files, --wait). */
  raw: RawDeployInput;
}

/** Whether a deploy is a fleet deploy: a target option given, or pgmi.yaml lists targets and no -d. */
export function wantsFleet(raw: RawDeployInput, fleet: RawFleetInput): boolean {
  if (fleet.targetsFile || fleet.targetsComma || fleet.targetsLines || fleet.targetsQuery)
    return true;
  if (raw.connection.database || raw.useProjectConfig === false) return false;
  try {
    const yaml = loadPgmiYaml(raw.projectPath);
    return !!(yaml?.targets || yaml?.targets_query);
  } catch {
    // A broken pgmi.yaml is reported by the single-database path with its usual message.
    return false;
  }
}

function count(
  value: string | number | undefined,
  name: string,
  min: number,
  fallback: number,
): number {
  if (value === undefined || value === '') return fallback;
  const text = String(value).trim();
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    throw new ConfigError(
      `invalid configuration: ${name} ${JSON.stringify(String(value))}: expected a whole number of at least ${min}`,
    );
  }
  return n;
}

function readTargetsFile(file: string, flag: string): string[] {
  try {
    return listLines(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`invalid configuration: ${flag} ${file}: ${messageOf(err)}`, {
      cause: err,
    });
  }
}

/** Picks exactly one target source (flags/inputs first, then pgmi.yaml). */
function targetSource(raw: RawDeployInput, fleet: RawFleetInput): TargetSourceSpec {
  const n = fleet.names;
  const given: TargetSourceSpec[] = [];
  if (fleet.targetsFile && n.targetsFile)
    given.push({
      kind: 'list',
      label: `${n.targetsFile} ${fleet.targetsFile}`,
      entries: readTargetsFile(fleet.targetsFile, n.targetsFile),
    });
  if (fleet.targetsComma && n.targetsComma)
    given.push({ kind: 'list', label: n.targetsComma, entries: commaList(fleet.targetsComma) });
  if (fleet.targetsLines && n.targetsLines)
    given.push({ kind: 'list', label: n.targetsLines, entries: listLines(fleet.targetsLines) });
  if (fleet.targetsQuery)
    given.push({ kind: 'query', label: n.targetsQuery, sql: fleet.targetsQuery });
  if (given.length > 1) {
    throw new ConfigError(
      `invalid configuration: give one target source, not ${given.map((g) => g.label.split(' ')[0]).join(' and ')}`,
    );
  }
  if (given.length === 1) return given[0];
  const yaml = raw.useProjectConfig === false ? undefined : loadPgmiYaml(raw.projectPath);
  if (yaml?.targets && yaml.targets_query) {
    throw new ConfigError(
      'invalid configuration: pgmi.yaml: give targets or targets_query, not both',
    );
  }
  if (yaml?.targets)
    return {
      kind: 'list',
      label: 'pgmi.yaml targets',
      entries: yaml.targets.map((t) => t.trim()).filter(Boolean),
    };
  if (yaml?.targets_query)
    return { kind: 'query', label: 'pgmi.yaml targets_query', sql: yaml.targets_query };
  throw new ConfigError(`invalid configuration: no targets given`);
}

// Stands in for -d while resolving the shared connection: a fleet has no single database, and
// the connection's own database (the string's, or pgmi.yaml's maintenance_database) becomes
// the maintenance database the discovery query and CREATE DATABASE use.
const NO_DATABASE = '\u0000fleet';

export function buildFleet(
  raw: RawDeployInput,
  fleet: RawFleetInput,
  ctx: BuildContext,
): BuiltFleet {
  const n = fleet.names;
  if (
    raw.connection.database &&
    (fleet.targetsFile || fleet.targetsComma || fleet.targetsLines || fleet.targetsQuery)
  ) {
    throw new ConfigError(
      `invalid configuration: ${n.database} names one database and the target options name many; give one or the other`,
    );
  }
  const deploy = buildDeploy(
    { ...raw, connection: { ...raw.connection, database: NO_DATABASE } },
    ctx,
  );
  const source = targetSource(raw, fleet);
  return {
    deploy,
    source,
    schedule: {
      parallel: count(fleet.parallel, n.parallel, 1, DEFAULT_PARALLEL),
      canary: count(fleet.canary, n.canary, 0, 0),
      continueOnError: !!fleet.continueOnError,
      // One limit for the whole fleet, resolved like a single deploy's (flag, pgmi.yaml, 3m).
      timeoutMs: deploy.options.timeoutMs,
    },
    shard: fleet.shard ? parseShard(fleet.shard, n.shard) : undefined,
    raw,
  };
}

/**
 * The target list: the given list, or the discovery query's first column (run on the
 * maintenance database), checked and then cut to this job's shard.
 */
export async function resolveTargets(
  fleet: BuiltFleet,
  signal?: AbortSignal,
): Promise<{ all: FleetTarget[]; mine: FleetTarget[] }> {
  const { source } = fleet;
  let entries: string[];
  if (source.kind === 'list') entries = source.entries;
  else entries = await discover(fleet, source.sql, source.label, signal);
  const all = checkTargets(entries, { label: source.label });
  return { all, mine: fleet.shard ? shardTargets(all, fleet.shard) : all };
}

async function discover(
  fleet: BuiltFleet,
  sql: string,
  label: string,
  signal?: AbortSignal,
): Promise<string[]> {
  const { provider, maintenanceDatabase } = fleet.deploy.connection;
  const { client } = await provider.connect({ database: maintenanceDatabase, signal });
  try {
    // Read-only, whatever the query says: discovery must not be a side door for writes.
    await client.query('BEGIN READ ONLY');
    const r = await client.query({ text: sql, rowMode: 'array' });
    await client.query('COMMIT');
    const rows = (Array.isArray(r) ? r[r.length - 1] : r).rows as unknown[][];
    return rows.map((row) =>
      row[0] === null || row[0] === undefined ? '' : String(row[0]).trim(),
    );
  } catch (err) {
    if (err instanceof PgmiError) throw err;
    throw new ConfigError(`invalid configuration: ${label} failed: ${messageOf(err)}`, {
      cause: err,
      hints: [
        'the query runs on the maintenance database; its first column must name the target databases',
      ],
    });
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Connections for targets given as connection strings, resolved offline before anything runs
 * (a bad string is exit 10 naming the target): one resolved connection — one provider, one
 * cloud token cache — per server and user, however many of its databases the list names.
 */
export function targetConnections(
  fleet: BuiltFleet,
  targets: FleetTarget[],
  ctx: Pick<BuildContext, 'env' | 'onSecret' | 'onWarning'>,
): TargetConnections {
  const byServer = new Map<string, ResolvedConnection>();
  const byTarget = new Map<number, ResolvedConnection>();
  for (const target of targets) {
    if (!target.connection) continue;
    const p = parseConnectionString(target.connection);
    const key = JSON.stringify([p.host, p.port, p.user, p.password, p.sslmode, p.options]);
    let resolved = byServer.get(key);
    if (!resolved) {
      try {
        resolved = resolveConnection(
          {
            ...fleet.raw.connection,
            connection: target.connection,
            database: undefined,
            host: undefined,
            port: undefined,
            username: undefined,
          },
          { env: ctx.env, onSecret: ctx.onSecret, onWarning: ctx.onWarning },
        );
      } catch (err) {
        throw new ConfigError(
          `invalid configuration: target ${target.name}: ${messageOf(err).replace(/^invalid configuration: /, '')}`,
          { cause: err },
        );
      }
      byServer.set(key, resolved);
    }
    byTarget.set(target.position, resolved);
  }
  return {
    for: (target) => byTarget.get(target.position) ?? fleet.deploy.connection,
    async dispose() {
      await Promise.all(
        [fleet.deploy.connection, ...byServer.values()].map((r) =>
          r.provider.dispose().catch(() => undefined),
        ),
      );
    },
  };
}

export interface TargetConnections {
  for(target: FleetTarget): ResolvedConnection;
  /** Disposes every provider, the shared one included. */
  dispose(): Promise<void>;
}
