/**
 * Deployment parameters: `--param key=value`, `--params-file` (pgmi's own format), merging and
 * validation. Parameter values may be secrets: no message here ever contains one.
 *
 * Keys are case-insensitive end to end (decisions.md 3): sources merge on the lower-cased key,
 * later source winning (pgmi.yaml < params files in order < secret params files < `--param` <
 * `--secret-param`), and two spellings of one
 * key inside a single source are a configuration error naming both. Upstream merged case-sensitively
 * and then collided on the session table's lower-cased primary key.
 */
import { readFileSync } from 'node:fs';
import { ConfigError, messageOf } from '../errors';
import { firstInvalidUtf8, goQuote, goTrimSpace, stripBom } from './go-text';

export type ParamEntries = Array<[string, string]>;

export interface ParamSource {
  /** Shown in messages: `pgmi.yaml`, a params file path, `--param`. */
  source: string;
  entries: ParamEntries;
}

const PREFIX = 'invalid configuration: ';

/** `--param key=value`: split at the first `=`; neither side trimmed; the value may be empty. */
export function parseParamArg(arg: string): [string, string] {
  const eq = arg.indexOf('=');
  if (eq < 0) {
    throw new ConfigError(
      `${PREFIX}invalid parameter format: parameter ${goQuote(arg)} is not in key=value format (example: --param env=production)`,
    );
  }
  if (eq === 0) {
    // Upstream echoes the whole argument; everything after `=` is a value, so it is not shown.
    throw new ConfigError(
      `${PREFIX}invalid parameter format: parameter has empty key: "=…" (the value is not shown)`,
    );
  }
  return [arg.slice(0, eq), arg.slice(eq + 1)];
}

/**
 * `--secret-param key=value`: as `--param`, but a malformed one is named by its position only —
 * without `=` the whole argument may be the secret.
 */
export function parseSecretParamArg(arg: string, position: number): [string, string] {
  const eq = arg.indexOf('=');
  if (eq <= 0) {
    throw new ConfigError(
      `${PREFIX}invalid parameter format: --secret-param number ${position} ${eq < 0 ? 'is not in key=value format' : 'has an empty key'} (the value is not shown; example: --secret-param api_key=…)`,
    );
  }
  return [arg.slice(0, eq), arg.slice(eq + 1)];
}

const PARAMS_FILE_TIP =
  'Tip: each line must be KEY=VALUE; blank lines and lines starting with # are ignored; ' +
  'one pair of surrounding "double" or \'single\' quotes is removed from a value.';

/**
 * pgmi's params-file format (not a dotenv dialect): BOM ignored; lines split on `\n` and trimmed;
 * blank and `#` lines skipped (`#` elsewhere is data); split at the first `=`, key and value
 * trimmed; one pair of matching surrounding quotes removed; no escapes, expansion or `export`.
 */
export function parseParamsFile(text: string, path: string): ParamEntries {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const entries: ParamEntries = [];
  const lines = body.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = goTrimSpace(lines[n]);
    if (line === '' || line.startsWith('#')) continue;
    const fail = (problem: string) =>
      new ConfigError(`${PREFIX}failed to parse params file '${path}': line ${n + 1}: ${problem}`, {
        hints: [PARAMS_FILE_TIP],
      });
    const eq = line.indexOf('=');
    if (eq < 0) throw fail('invalid format, expected KEY=VALUE');
    const key = goTrimSpace(line.slice(0, eq));
    let value = goTrimSpace(line.slice(eq + 1));
    if (key === '') throw fail('empty key');
    if (value.length >= 2) {
      const first = value[0];
      if ((first === '"' || first === "'") && value.endsWith(first)) value = value.slice(1, -1);
    }
    entries.push([key, value]);
  }
  return entries;
}

/** Reads and parses one `--params-file` (path relative to the working directory). */
export function readParamsFile(path: string): ParamEntries {
  let bytes: Uint8Array;
  try {
    bytes = stripBom(readFileSync(path));
  } catch (err) {
    throw new ConfigError(`${PREFIX}failed to read params file '${path}': ${messageOf(err)}`, {
      cause: err,
      hints: ['Tip: params file paths are relative to the current working directory.'],
    });
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    // The line number only: the bytes around the offset may be part of a secret value.
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    throw new ConfigError(
      `${PREFIX}failed to parse params file '${path}': line ${line}: not valid UTF-8`,
      { hints: ['Tip: re-save the file as UTF-8.'] },
    );
  }
  return parseParamsFile(Buffer.from(bytes).toString('utf8'), path);
}

const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** One key and value; throws naming the key, never the value. */
export function validateParam(key: string, value: string): void {
  if (!KEY_PATTERN.test(key)) {
    throw new ConfigError(
      `${PREFIX}invalid parameter key '${key}': must start with a letter or underscore and contain only letters, digits and underscores, 1-63 characters (PostgreSQL identifier limit)`,
    );
  }
  const nul = value.indexOf('\0');
  if (nul >= 0) {
    const offset = Buffer.byteLength(value.slice(0, nul), 'utf8');
    throw new ConfigError(
      `${PREFIX}invalid parameter value for '${key}': contains NUL byte at offset ${offset}`,
    );
  }
  // A JavaScript string is not UTF-8 only when it holds an unpaired surrogate.
  if (/\p{Surrogate}/u.test(value)) {
    throw new ConfigError(`${PREFIX}invalid parameter value for '${key}': not valid UTF-8`);
  }
}

/** Validates every key and value (first problem wins). */
export function validateParams(
  params: Record<string, string> | Map<string, string> | Iterable<[string, string]>,
): void {
  const entries =
    params instanceof Map || Symbol.iterator in params
      ? (params as Iterable<[string, string]>)
      : Object.entries(params);
  for (const [key, value] of entries) validateParam(key, value);
}

/**
 * Merges sources in order on lower-cased keys (later wins) and validates the winners with the key
 * as the user wrote it. Returns lower-cased keys — what the session loads — in a prototype-free
 * object, so a key such as `__proto__` is an ordinary entry.
 */
export function mergeParams(sources: ParamSource[]): Record<string, string> {
  const winners = new Map<string, [string, string]>();
  for (const { source, entries } of sources) {
    const spelling = new Map<string, string>();
    for (const [key, value] of entries) {
      const lower = key.toLowerCase();
      const seen = spelling.get(lower);
      if (seen !== undefined && seen !== key) {
        throw new ConfigError(
          `${PREFIX}parameter keys '${seen}' and '${key}' in ${source} differ only by case; parameter keys are case-insensitive, so keep one of them`,
        );
      }
      spelling.set(lower, key);
      winners.set(lower, [key, value]);
    }
  }
  const merged: Record<string, string> = Object.create(null);
  for (const [lower, [key, value]] of winners) {
    validateParam(key, value);
    merged[lower] = value;
  }
  return merged;
}
