/**
 * The databases a fleet deploy runs on: a plain-text list (`--targets-file`, the Action's
 * multiline `targets`, pgmi.yaml `targets`), a comma list (`--targets`), or the rows of a
 * discovery query. Each entry is a database name on the fleet's server, or a full connection
 * string for a target elsewhere. Everything here is offline: problems are one ConfigError (10).
 */
import { createHash } from 'node:crypto';
import {
  ConnectionStringError,
  parseConnectionString,
  type ParsedConnectionString,
} from '../connect/connection-string';
import { ConfigError } from '../engine/errors';
import { registerSecret } from '../engine/redact';

export interface FleetTarget {
  /**
   * What results, logs and reports call it: the database name, or `host:port/database` for a
   * target given as a connection string (never the user or password).
   */
  name: string;
  /** Database to deploy. */
  database: string;
  /** The connection string, when the entry was one (its password registered for redaction). */
  connection?: string;
  /** 1-based position in the whole list (before sharding): the order results are reported in. */
  position: number;
}

/** Where a list came from, for messages: `--targets-file tenants.txt`, `input "targets"`. */
export interface TargetSource {
  label: string;
}

// PostgreSQL truncates longer identifiers silently: a deploy would land in another database.
const MAX_NAME_BYTES = 63;

/** `#` comments (whole-line or trailing after whitespace) and blank lines dropped; trimmed. */
export function listLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter((l) => l !== '');
}

/** `--targets a,b,c` */
export function commaList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function looksLikeConnectionString(entry: string): boolean {
  return /^postgres(ql)?:\/\//i.test(entry) || (entry.includes('=') && entry.includes(';'));
}

function parseEntry(
  entry: string,
  where: string,
  problems: string[],
): Omit<FleetTarget, 'position'> | undefined {
  if (!looksLikeConnectionString(entry)) {
    if (Buffer.byteLength(entry) > MAX_NAME_BYTES) {
      problems.push(`${where}: database name longer than ${MAX_NAME_BYTES} bytes`);
      return undefined;
    }
    if (entry.includes('\0')) {
      problems.push(`${where}: database name holds a NUL character`);
      return undefined;
    }
    return { name: entry, database: entry };
  }
  let parsed: ParsedConnectionString;
  try {
    parsed = parseConnectionString(entry);
  } catch (err) {
    // The entry itself is never quoted: it may hold a password.
    const why = err instanceof ConnectionStringError ? err.message : 'cannot be parsed';
    problems.push(`${where}: connection string ${why}`);
    return undefined;
  }
  registerSecret(parsed.password);
  registerSecret(parsed.sslpassword);
  if (!parsed.database) {
    problems.push(`${where}: connection string names no database`);
    return undefined;
  }
  const host = parsed.host ?? 'localhost';
  const port = parsed.port ?? 5432;
  return {
    name: `${host}:${port}/${parsed.database}`,
    database: parsed.database,
    connection: entry,
  };
}

/**
 * Checks a list and numbers it: an empty list, a duplicate (same name, or same server and
 * database), an unparsable connection string or an impossible name is exit 10, every problem
 * in one message. Entries are named by their position, never quoted when they are connection
 * strings.
 */
export function checkTargets(entries: string[], source: TargetSource): FleetTarget[] {
  const problems: string[] = [];
  if (entries.length === 0) {
    throw new ConfigError(`invalid configuration: ${source.label}: the target list is empty`, {
      hints: ['list one database name (or connection string) per line'],
    });
  }
  const seen = new Map<string, number>();
  const targets: FleetTarget[] = [];
  entries.forEach((entry, i) => {
    const where = `${source.label} entry ${i + 1}`;
    const t = parseEntry(entry, where, problems);
    if (!t) return;
    const first = seen.get(t.name);
    if (first !== undefined) {
      problems.push(
        `${where}: duplicate target ${JSON.stringify(t.name)} (same as entry ${first})`,
      );
      return;
    }
    seen.set(t.name, i + 1);
    targets.push({ ...t, position: targets.length + 1 });
  });
  if (problems.length === 1) throw new ConfigError(`invalid configuration: ${problems[0]}`);
  if (problems.length > 1) {
    throw new ConfigError(
      `invalid configuration: ${problems.length} problems with the target list:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
  }
  return targets;
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `--shard 2/4` → `{ index: 2, count: 4 }`; exit 10 naming the flag otherwise. */
export function parseShard(text: string, label: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new ConfigError(
      `invalid configuration: ${label} ${JSON.stringify(text)}: expected I/N with 1 <= I <= N, e.g. 2/4`,
    );
  }
  return { index, count };
}

function rankKey(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

/**
 * The targets of one shard, in list order. Targets are ranked by a hash of their name and dealt
 * round-robin: shard sizes differ by at most one, and the split depends only on the set of
 * names — not on the order a discovery query happened to return them in — so every job of a CI
 * matrix computes the same split without talking to the others.
 */
export function shardTargets(targets: FleetTarget[], shard: Shard): FleetTarget[] {
  if (shard.count === 1) return targets;
  const ranked = [...targets].sort((a, b) => {
    const ka = rankKey(a.name);
    const kb = rankKey(b.name);
    return ka < kb ? -1 : ka > kb ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
  const mine = new Set(ranked.filter((_, i) => i % shard.count === shard.index - 1));
  return targets.filter((t) => mine.has(t));
}
