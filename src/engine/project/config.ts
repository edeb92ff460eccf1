/**
 * `<project>/pgmi.yaml`, read strictly as upstream's yaml.v3 decoder with known-fields does:
 * unknown keys at any level, duplicate keys, and type mismatches are errors (exit 10).
 *
 * Scalars must keep their literal text (`1.50` stays "1.50", `0x1F` stays "0x1F", `yes` stays
 * "yes"), which a schema-resolving loader loses. So we take js-yaml's event stream
 * (`parseEvents`), which keeps every scalar's source offsets and style, and build the few shapes
 * we accept from it ourselves: that gives the exact text (`getScalarValue` decodes quoting and
 * escapes), anchors/aliases and merge keys, and line numbers for every error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event } from 'js-yaml';
import { ConfigError, messageOf } from '../errors';
import { firstInvalidUtf8 } from './go-text';
import type { PgmiYaml, PgmiYamlConnection } from './types';

export { loadProjectEnv } from './dotenv';

type YamlNode =
  | { kind: 'scalar'; text: string; plain: boolean; tag: string; offset: number }
  | { kind: 'seq'; items: YamlNode[]; offset: number }
  | { kind: 'map'; pairs: Array<[YamlNode, YamlNode]>; offset: number };

class YamlShapeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Bounds on a file that is a few lines long in practice, so a hostile one fails fast with a
 * clear message. js-yaml bounds nesting itself (maxDepth 100).
 */
const MAX_ALIASES = 1000;
export const MAX_PGMI_YAML_BYTES = 1024 * 1024;

/** Builds a node tree for the first document from the event stream; aliases resolve to the anchor. */
function firstDocument(source: string, events: Event[]): YamlNode | undefined {
  let pos = events.findIndex((e) => e.type === EVENT_ID.DOCUMENT) + 1;
  if (pos === 0) return undefined;
  const anchors = new Map<string, YamlNode>();
  const slice = (start: number, end: number) => (start < 0 ? '' : source.slice(start, end));
  let aliases = 0;

  const read = (): YamlNode | undefined => {
    const e = events[pos++];
    switch (e.type) {
      case EVENT_ID.SCALAR: {
        const node: YamlNode = {
          kind: 'scalar',
          text: getScalarValue(source, e),
          plain: e.style === SCALAR_STYLE.PLAIN,
          tag: slice(e.tagStart, e.tagEnd),
          offset: Math.max(e.valueStart, 0),
        };
        const anchor = slice(e.anchorStart, e.anchorEnd);
        if (anchor) anchors.set(anchor, node);
        return node;
      }
      case EVENT_ID.SEQUENCE: {
        const items: YamlNode[] = [];
        const node: YamlNode = { kind: 'seq', items, offset: e.start };
        const anchor = slice(e.anchorStart, e.anchorEnd);
        if (anchor) anchors.set(anchor, node);
        for (let item = read(); item; item = read()) items.push(item);
        return node;
      }
      case EVENT_ID.MAPPING: {
        const pairs: Array<[YamlNode, YamlNode]> = [];
        const node: YamlNode = { kind: 'map', pairs, offset: e.start };
        const anchor = slice(e.anchorStart, e.anchorEnd);
        if (anchor) anchors.set(anchor, node);
        for (let key = read(); key; key = read()) pairs.push([key, read() as YamlNode]);
        return node;
      }
      case EVENT_ID.ALIAS: {
        if (++aliases > MAX_ALIASES) {
          throw new YamlShapeError(
            `more than ${MAX_ALIASES} aliases (*name); pgmi.yaml needs few, if any`,
            e.anchorStart,
          );
        }
        const name = slice(e.anchorStart, e.anchorEnd);
        const target = anchors.get(name);
        if (!target) throw new YamlShapeError(`unknown anchor '${name}' referenced`, e.anchorStart);
        return target;
      }
      default:
        return undefined; // POP: the end of a collection or of the document
    }
  };
  return read();
}

function isNull(n: YamlNode): boolean {
  return (
    n.kind === 'scalar' &&
    (n.tag === '!!null' || (n.plain && n.tag === '' && /^(~|null|Null|NULL|)$/.test(n.text)))
  );
}

function describe(n: YamlNode): string {
  if (n.kind === 'seq') return '!!seq';
  if (n.kind === 'map') return '!!map';
  return `!!str \`${n.text}\``;
}

type Entries = Map<string, [YamlNode, YamlNode]>;

/**
 * Merged entries of each mapping, computed once: aliases share nodes, so without this a few
 * hundred bytes of nested `<<: [*a, *a, …]` would cost exponential time. `null` marks a mapping
 * whose merge is in progress, so one that merges itself is an error, not a stack overflow.
 */
const mergedEntries = new WeakMap<YamlNode, Entries | null>();

/** Pairs of a mapping with `<<` merge keys applied and duplicate keys rejected. */
function mappingEntries(node: YamlNode, where: string): Entries {
  if (node.kind !== 'map') {
    throw new YamlShapeError(`cannot unmarshal ${describe(node)} into ${where}`, node.offset);
  }
  const known = mergedEntries.get(node);
  if (known) return known;
  if (known === null) {
    throw new YamlShapeError(
      `a merge key (<<) refers to a mapping that contains it (a cycle through an alias)`,
      node.offset,
    );
  }
  mergedEntries.set(node, null);
  try {
    const entries = ownAndMergedEntries(node, where);
    mergedEntries.set(node, entries);
    return entries;
  } catch (err) {
    mergedEntries.delete(node);
    throw err;
  }
}

function ownAndMergedEntries(node: YamlNode & { kind: 'map' }, where: string): Entries {
  const own = new Map<string, [YamlNode, YamlNode]>();
  const merged = new Map<string, [YamlNode, YamlNode]>();
  for (const [key, value] of node.pairs) {
    if (key.kind !== 'scalar') {
      throw new YamlShapeError(`invalid map key in ${where}: ${describe(key)}`, key.offset);
    }
    if (key.plain && key.tag === '' && key.text === '<<') {
      const sources = value.kind === 'seq' ? value.items : [value];
      for (const src of sources) {
        for (const [k, pair] of mappingEntries(src, where)) if (!merged.has(k)) merged.set(k, pair);
      }
      continue;
    }
    const name = isNull(key) ? '' : key.text;
    if (own.has(name)) {
      throw new YamlShapeError(`mapping key ${JSON.stringify(name)} already defined`, key.offset);
    }
    own.set(name, [key, value]);
  }
  for (const [k, pair] of merged) if (!own.has(k)) own.set(k, pair);
  return own;
}

/** Any scalar as its literal text (yaml.v3 decodes every scalar into a string field that way). */
function stringOf(node: YamlNode, where: string): string | undefined {
  if (isNull(node)) return undefined;
  if (node.kind !== 'scalar') {
    throw new YamlShapeError(
      `cannot unmarshal ${describe(node)} into ${where} (string)`,
      node.offset,
    );
  }
  return node.text;
}

const INT = /^[-+]?(0|[1-9][0-9_]*|0[0-7_]+|0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+)$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/;

/** A YAML number (quoted strings are not numbers); floats truncate toward zero as in yaml.v3. */
function portOf(node: YamlNode): number | undefined {
  if (isNull(node)) return undefined;
  const numericTag = node.kind === 'scalar' && (node.tag === '!!int' || node.tag === '!!float');
  if (node.kind === 'scalar' && ((node.plain && node.tag === '') || numericTag)) {
    const text = node.text.replace(/_/g, '');
    if (INT.test(node.text)) {
      const sign = text.startsWith('-') ? -1 : 1;
      const digits = text.replace(/^[-+]/, '');
      const value = /^0[0-7]+$/.test(digits)
        ? parseInt(digits, 8)
        : digits.startsWith('0o')
          ? parseInt(digits.slice(2), 8)
          : Number(digits);
      if (Number.isSafeInteger(value)) return sign * value;
    } else if (FLOAT.test(node.text)) {
      return Math.trunc(Number(text));
    }
  }
  throw new YamlShapeError(
    `cannot unmarshal ${describe(node)} into connection.port (int)`,
    node.offset,
  );
}

/** The `connection:` keys, in the order of the format's table (also the order files are written in). */
export const CONNECTION_KEYS: ReadonlyArray<keyof PgmiYamlConnection> = [
  'host',
  'port',
  'username',
  'database',
  'maintenance_database',
  'sslmode',
  'sslcert',
  'sslkey',
  'sslrootcert',
  'auth_method',
  'azure_tenant_id',
  'azure_client_id',
  'aws_region',
  'google_instance',
];
const TOP_KEYS = ['connection', 'params', 'timeout', 'lock_wait', 'targets', 'targets_query'];

function unknownKey(key: YamlNode, name: string, where: string, known: readonly string[]): never {
  throw new YamlShapeError(
    `unknown key ${JSON.stringify(name)} in ${where} (known keys: ${known.join(', ')})`,
    key.offset,
  );
}

function readConnection(node: YamlNode): PgmiYamlConnection | undefined {
  if (isNull(node)) return undefined;
  const out: PgmiYamlConnection = {};
  for (const [name, [key, value]] of mappingEntries(node, 'connection')) {
    if (!(CONNECTION_KEYS as readonly string[]).includes(name)) {
      unknownKey(key, name, 'connection', CONNECTION_KEYS);
    }
    if (name === 'port') {
      const port = portOf(value);
      if (port !== undefined) out.port = port;
      continue;
    }
    const text = stringOf(value, `connection.${name}`);
    if (text !== undefined) out[name as Exclude<keyof PgmiYamlConnection, 'port'>] = text;
  }
  return out;
}

function readParams(node: YamlNode): Record<string, string> | undefined {
  if (isNull(node)) return undefined;
  const out: Record<string, string> = Object.create(null);
  for (const [name, [, value]] of mappingEntries(node, 'params')) {
    if (value.kind !== 'scalar') {
      throw new YamlShapeError(
        `params.${name} must be a single value, not a ${value.kind === 'map' ? 'map' : 'list'}`,
        value.offset,
      );
    }
    out[name] = isNull(value) ? '' : value.text;
  }
  return out;
}

function readTargets(node: YamlNode): string[] | undefined {
  if (isNull(node)) return undefined;
  if (node.kind !== 'seq') {
    throw new YamlShapeError('targets must be a list of database names', node.offset);
  }
  return node.items.map((item, i) => {
    if (item.kind !== 'scalar' || isNull(item)) {
      throw new YamlShapeError(`targets[${i}] must be a database name`, item.offset);
    }
    return item.text;
  });
}

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** Parses pgmi.yaml text (strict). `path` is only used in messages. */
export function parsePgmiYaml(text: string, path: string): PgmiYaml {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fail = (detail: string, cause?: unknown) =>
    new ConfigError(`invalid configuration: failed to load pgmi.yaml: parse ${path}: ${detail}`, {
      cause,
    });
  if (Buffer.byteLength(source, 'utf8') > MAX_PGMI_YAML_BYTES) {
    throw fail(
      `larger than ${MAX_PGMI_YAML_BYTES / 1024 / 1024} MiB; pgmi.yaml holds settings only`,
    );
  }
  let root: YamlNode | undefined;
  try {
    root = firstDocument(source, parseEvents(source, { filename: path }));
    if (!root || isNull(root)) return {};
    const config: PgmiYaml = {};
    for (const [name, [key, value]] of mappingEntries(root, 'pgmi.yaml')) {
      if (name === 'connection') {
        const connection = readConnection(value);
        if (connection) config.connection = connection;
      } else if (name === 'params') {
        const params = readParams(value);
        if (params) config.params = params;
      } else if (name === 'timeout') {
        const timeout = stringOf(value, 'timeout');
        if (timeout !== undefined) config.timeout = timeout;
      } else if (name === 'lock_wait') {
        const lockWait = stringOf(value, 'lock_wait');
        if (lockWait !== undefined) config.lockWait = lockWait;
      } else if (name === 'targets') {
        const targets = readTargets(value);
        if (targets) config.targets = targets;
      } else if (name === 'targets_query') {
        const query = stringOf(value, 'targets_query');
        if (query !== undefined) config.targets_query = query;
      } else unknownKey(key, name, 'pgmi.yaml', TOP_KEYS);
    }
    return config;
  } catch (err) {
    if (err instanceof YamlShapeError) {
      throw fail(`line ${lineOf(source, err.offset)}: ${err.message}`, err);
    }
    const reason = (err as { reason?: unknown }).reason;
    const mark = (err as { mark?: { line: number; column: number } }).mark;
    if (typeof reason === 'string' && mark) {
      throw fail(`line ${mark.line + 1}, column ${mark.column + 1}: ${reason}`, err);
    }
    throw fail(messageOf(err), err);
  }
}

/** `<projectRoot>/pgmi.yaml`; undefined when the file does not exist. */
export function loadPgmiYaml(projectRoot: string): PgmiYaml | undefined {
  const path = join(projectRoot, 'pgmi.yaml');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(
      `invalid configuration: failed to load pgmi.yaml: read ${path}: ${messageOf(err)}`,
      { cause: err },
    );
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    throw new ConfigError(
      `invalid configuration: failed to load pgmi.yaml: parse ${path}: not valid UTF-8 (first invalid byte at offset ${invalid})`,
    );
  }
  return parsePgmiYaml(bytes.toString('utf8'), path);
}
