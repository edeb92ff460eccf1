/**
 * `pgmi report merge`: the JSON reports of a fleet's shards (or of single deploys) joined into
 * one fleet result, as if one job had deployed every target — the same totals, the same exit
 * code rule (the first failed target in list order, by the positions the shards kept).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, messageOf } from '../engine/errors';
import { fleetResult, type FleetResult, type FleetTargetResult } from './result';

const STATUSES = new Set(['succeeded', 'failed', 'rehearsed', 'skipped']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A single deploy's `--json` envelope as a one-target fleet entry. */
function fromEnvelope(doc: Record<string, unknown>): FleetTargetResult | undefined {
  if (typeof doc.database !== 'string' || typeof doc.exitCode !== 'number') return undefined;
  const ok = doc.exitCode === 0;
  const { status: _s, exitCode: _e, database: _d, error, ...rest } = doc;
  return {
    database: doc.database,
    position: 0,
    status: ok ? (doc.status === 'rehearsed' ? 'rehearsed' : 'succeeded') : 'failed',
    exitCode: doc.exitCode,
    durationMs: typeof doc.durationMs === 'number' ? doc.durationMs : 0,
    tests: [],
    changes: null,
    error: ok
      ? null
      : ({
          ...rest,
          message: String(error ?? 'failed'),
          exitCode: doc.exitCode,
        } as FleetTargetResult['error']),
  };
}

function targetsOf(doc: unknown, label: string): FleetTargetResult[] {
  if (!isObject(doc))
    throw new ConfigError(`invalid configuration: ${label}: not a pgmi JSON report`);
  if (!Array.isArray(doc.targets)) {
    const single = fromEnvelope(doc);
    if (!single)
      throw new ConfigError(
        `invalid configuration: ${label}: not a pgmi JSON report (no targets, no database)`,
      );
    return [single];
  }
  return doc.targets.map((t: unknown, i) => {
    if (
      !isObject(t) ||
      typeof t.database !== 'string' ||
      typeof t.status !== 'string' ||
      !STATUSES.has(t.status) ||
      !(typeof t.exitCode === 'number' || t.exitCode === null)
    ) {
      throw new ConfigError(
        `invalid configuration: ${label}: targets[${i}] is not a target result`,
      );
    }
    return {
      database: t.database,
      position: typeof t.position === 'number' ? t.position : 0,
      status: t.status as FleetTargetResult['status'],
      exitCode: t.exitCode as number | null,
      durationMs: typeof t.durationMs === 'number' ? t.durationMs : 0,
      tests: Array.isArray(t.tests) ? (t.tests as FleetTargetResult['tests']) : [],
      changes: isObject(t.changes) ? (t.changes as unknown as FleetTargetResult['changes']) : null,
      error: isObject(t.error) ? (t.error as unknown as FleetTargetResult['error']) : null,
    };
  });
}

/**
 * Merges parsed reports (`label` names each in messages). A database reported twice is an
 * error: two shards of different lists, or one report given twice. Targets without a position
 * (single deploys) keep the order the reports were given in, after those with one.
 */
export function mergeReports(docs: Array<{ label: string; doc: unknown }>): FleetResult {
  if (docs.length === 0) throw new ConfigError('invalid configuration: no reports to merge');
  const all: FleetTargetResult[] = [];
  const seen = new Map<string, string>();
  let duration = 0;
  for (const { label, doc } of docs) {
    for (const t of targetsOf(doc, label)) {
      const first = seen.get(t.database);
      if (first !== undefined) {
        throw new ConfigError(
          `invalid configuration: ${label}: target ${JSON.stringify(t.database)} is also in ${first}; merge each shard's report once`,
        );
      }
      seen.set(t.database, label);
      all.push(t);
    }
    if (isObject(doc) && typeof doc.durationMs === 'number')
      duration = Math.max(duration, doc.durationMs);
  }
  const maxPos = all.reduce((m, t) => Math.max(m, t.position), 0);
  let extra = maxPos;
  const numbered = all.map((t) => (t.position > 0 ? t : { ...t, position: ++extra }));
  // Shards run side by side: the merged run took as long as its longest job.
  return fleetResult(numbered, duration);
}

export function readReport(file: string): { label: string; doc: unknown } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`invalid configuration: report ${file}: ${messageOf(err)}`, {
      cause: err,
    });
  }
  try {
    return { label: file, doc: JSON.parse(text) };
  } catch (err) {
    throw new ConfigError(`invalid configuration: report ${file}: not JSON (${messageOf(err)})`, {
      cause: err,
    });
  }
}

/**
 * Paths and glob patterns (`*`, `?`, `**`) → files, sorted. Hand-written: Node 20 has no
 * `fs.glob`, and one walk with a translated pattern is all this needs. A pattern matching
 * nothing is an error (a shard whose report never arrived must not pass unnoticed).
 */
export function expandReportPaths(patterns: string[], cwd = process.cwd()): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (!/[*?]/.test(pattern)) {
      out.push(pattern);
      continue;
    }
    const parts = pattern.split(/[\\/]/);
    const fixed: string[] = [];
    while (parts.length && !/[*?]/.test(parts[0])) fixed.push(parts.shift() as string);
    const base = path.resolve(cwd, fixed.join('/') || '.');
    const re = globRegExp(parts.join('/'));
    const found: string[] = [];
    const walk = (dir: string, rel: string) => {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        const abs = path.join(dir, name);
        const r = rel ? `${rel}/${name}` : name;
        let st;
        try {
          st = statSync(abs);
        } catch {
          continue;
        }
        if (st.isDirectory()) walk(abs, r);
        else if (re.test(r)) found.push(fixed.length ? `${fixed.join('/')}/${r}` : r);
      }
    };
    walk(base, '');
    if (found.length === 0) {
      throw new ConfigError(`invalid configuration: no report matches ${JSON.stringify(pattern)}`);
    }
    out.push(...found.sort());
  }
  return out;
}

/** `**\/` any directories, `**` anything, `*` within a segment, `?` one character. */
function globRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (glob.startsWith('**/', i)) {
      out += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      out += '.*';
      i += 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}
