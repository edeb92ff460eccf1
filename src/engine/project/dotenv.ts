/**
 * The project `.env`, in the dialect of Go godotenv 1.5.1 (what upstream pgmi reads), so one
 * `.env` behaves the same with either tool. Hand-written rather than `dotenv`/`dotenv-expand`:
 * those differ on key characters (`.`), the `:` separator, comment, quote and escape rules and
 * variable expansion.
 *
 * All or nothing: one bad line discards the file. The warning names the path and the rule, never
 * the parser's message, which would quote the file (credentials).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goSpaceLength, isGoSpace } from './go-text';

export class DotenvSyntaxError extends Error {
  override name = 'DotenvSyntaxError';
  /** 1-based line of the statement at fault. */
  line?: number;
}

/**
 * Bound on one expanded value, and on all of them together: variables that expand each other
 * (`B=$A$A$A`, `C=$B$B$B`, …) grow exponentially, and a few hundred bytes would otherwise take
 * gigabytes. 128 KiB is also Linux's limit for one environment string (MAX_ARG_STRLEN).
 */
export const MAX_DOTENV_VALUE = 128 * 1024;
const MAX_DOTENV_TOTAL = 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const BACKSLASH = 0x5c;

/** godotenv's `isSpace` (spaces that are not line breaks) as a byte length at `i`: 1, 2 or 0. */
function inlineSpaceLength(src: Uint8Array, i: number): number {
  const b = src[i];
  if (b === 0x09 || b === 0x0b || b === 0x0c || b === CR || b === 0x20) return 1;
  return b === 0xc2 && (src[i + 1] === 0x85 || src[i + 1] === 0xa0) ? 2 : 0;
}

function isInlineSpaceChar(ch: string): boolean {
  return /^[\t\v\f\r \u0085\u00a0]$/.test(ch);
}

function skipInlineSpaces(src: Uint8Array, i: number): number {
  for (let w = inlineSpaceLength(src, i); w > 0; w = inlineSpaceLength(src, i)) i += w;
  return i;
}

/**
 * Whether a key byte is accepted. godotenv converts each key *byte* to a rune, so bytes >= 0x80
 * are judged as Latin-1 characters: letters and numbers pass, others (a BOM's 0xBB) fail; 0x85
 * and 0xA0 count as spaces.
 */
function keyByteKind(b: number): 'ok' | 'space' | 'bad' {
  if (
    b === 0x09 ||
    b === 0x0b ||
    b === 0x0c ||
    b === CR ||
    b === 0x20 ||
    b === 0x85 ||
    b === 0xa0
  ) {
    return 'space';
  }
  const lower = b | 0x20;
  if ((b >= 0x30 && b <= 0x39) || (lower >= 0x61 && lower <= 0x7a) || b === 0x2e || b === 0x5f) {
    return 'ok';
  }
  const latin1Alnum =
    b === 0xaa || b === 0xb5 || b === 0xba || b === 0xb2 || b === 0xb3 || b === 0xb9 ||
    (b >= 0xbc && b <= 0xbe) || (b >= 0xc0 && b !== 0xd7 && b !== 0xf7); // prettier-ignore
  return latin1Alnum ? 'ok' : 'bad';
}

const EXPAND = /(\\)?(\$)(\()?\{?([A-Z0-9_]+)?\}?/g;

function expandVariables(value: string, vars: Map<string, string>, env: NodeJS.ProcessEnv): string {
  let size = value.length;
  return value.replace(EXPAND, (match: string, escaped?: string, ...groups: unknown[]) => {
    // godotenv compares the `$` group with "(" (never true), so only `\$…` stays unexpanded.
    if (escaped === '\\') return match.slice(1);
    const name = groups[2] as string | undefined;
    if (!name) return match;
    const out = vars.get(name) ?? env[name] ?? '';
    size += out.length - match.length;
    if (size > MAX_DOTENV_VALUE) {
      throw new DotenvSyntaxError(
        `variable expansion makes a value longer than ${MAX_DOTENV_VALUE / 1024} KiB`,
      );
    }
    return out;
  });
}

function expandEscapes(value: string): string {
  // Go's `.` excludes only \n; `[^$]` matches line breaks too.
  const out = value.replace(/\\[^\n]/g, (m) => (m === '\\n' ? '\n' : m === '\\r' ? '\r' : m));
  return out.replace(/\\([^$])/g, '$1');
}

function trimRightGoSpace(s: string): string {
  let end = s.length;
  while (end > 0 && isGoSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(0, end);
}

/** Byte-exact `bytes.Replace`: latin1 maps every byte to one UTF-16 unit and back. */
function replaceBytes(src: Buffer, from: string, to: string): Buffer {
  const text = src.toString('latin1');
  return text.includes(from) ? Buffer.from(text.split(from).join(to), 'latin1') : src;
}

/**
 * Parses `.env` content as godotenv 1.5.1 does; later duplicates win. `env` is consulted when
 * expanding `$VAR` that the file itself has not defined. Throws {@link DotenvSyntaxError}.
 */
export function parseDotenv(bytes: Uint8Array, env: NodeJS.ProcessEnv = {}): Map<string, string> {
  // Same order as godotenv: YAML document markers, then CRLF.
  const src = replaceBytes(replaceBytes(Buffer.from(bytes), '---\n', '\n'), '\r\n', '\n');
  const n = src.length;
  const vars = new Map<string, string>();
  let pos = 0;
  let statement = 0;
  let total = 0;
  try {
    for (;;) {
      // Start of a statement: skip Unicode spaces and whole `#` lines.
      for (;;) {
        for (let w = goSpaceLength(src, pos, n); pos < n && w > 0; w = goSpaceLength(src, pos, n))
          pos += w;
        if (pos >= n) return vars;
        if (src[pos] !== HASH) break;
        const nl = src.indexOf(LF, pos);
        if (nl < 0) return vars;
        pos = nl;
      }

      // Key: an optional `export ` prefix, then everything up to `=` or `:`.
      statement = pos;
      pos = skipInlineSpaces(src, pos);
      if (
        src.toString('latin1', pos, pos + 6) === 'export' &&
        inlineSpaceLength(src, pos + 6) > 0
      ) {
        pos = skipInlineSpaces(src, pos + 6);
      }
      let sep = -1;
      for (let j = pos; j < n; j++) {
        const b = src[j];
        if (b === 0x3d || b === 0x3a) {
          sep = j;
          break;
        }
        if (keyByteKind(b) === 'bad')
          throw new DotenvSyntaxError('unexpected character in variable name');
      }
      // A last line with no separator parses as an empty-named entry, which is then never applied.
      const key = sep < 0 ? '' : trimRightGoSpace(src.toString('utf8', pos, sep));
      pos = skipInlineSpaces(src, sep < 0 ? pos : sep + 1);

      let value: string;
      const quote = src[pos];
      if (quote === 0x22 || quote === 0x27) {
        let end = -1;
        for (let m = pos + 1; m < n; m++) {
          if (src[m] === quote && src[m - 1] !== BACKSLASH) {
            end = m;
            break;
          }
        }
        if (end < 0) throw new DotenvSyntaxError('unterminated quoted value');
        let a = pos;
        let z = end;
        while (a < z && src[a] === quote) a++;
        while (z > a && src[z - 1] === quote) z--;
        value = src.toString('utf8', a, z);
        if (quote === 0x22) value = expandVariables(expandEscapes(value), vars, env);
        pos = end + 1;
      } else {
        let eol = pos;
        while (eol < n && src[eol] !== LF && src[eol] !== CR) eol++;
        const chars = [...src.toString('utf8', pos, eol)];
        let end = chars.length;
        // The last `#` preceded by a space starts an inline comment.
        for (let c = chars.length - 1; c > 0; c--) {
          if (chars[c] === '#' && isInlineSpaceChar(chars[c - 1])) {
            end = c;
            break;
          }
        }
        let a = 0;
        while (a < end && isInlineSpaceChar(chars[a])) a++;
        while (end > a && isInlineSpaceChar(chars[end - 1])) end--;
        value = expandVariables(chars.slice(a, end).join(''), vars, env);
        pos = eol;
      }
      vars.set(key, value);
      total += value.length;
      if (total > MAX_DOTENV_TOTAL) {
        throw new DotenvSyntaxError(
          `values longer than ${MAX_DOTENV_TOTAL / 1024 / 1024} MiB in all`,
        );
      }
      if (pos >= n) return vars;
    }
  } catch (err) {
    if (err instanceof DotenvSyntaxError) err.line = lineAt(src, statement);
    throw err;
  }
}

function lineAt(src: Buffer, offset: number): number {
  let line = 1;
  for (let i = src.indexOf(LF); i >= 0 && i < offset; i = src.indexOf(LF, i + 1)) line++;
  return line;
}

export interface ProjectEnvResult {
  /** Variables that were set (absent before), in file order. */
  applied: string[];
  /** Set when `.env` exists but could not be used; safe to print (no file content). */
  warning?: string;
}

/**
 * Loads `<projectRoot>/.env` into `env` without replacing variables that are already set (even
 * to ''). A missing file is silent; an unreadable or unparsable one yields a warning and changes
 * nothing.
 */
export function loadProjectEnv(projectRoot: string, env: NodeJS.ProcessEnv): ProjectEnvResult {
  const path = join(projectRoot, '.env');
  let vars: Map<string, string>;
  try {
    vars = parseDotenv(readFileSync(path), env);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { applied: [] };
    // The rule broken and its line, never the content (a value may be a credential).
    const where =
      err instanceof DotenvSyntaxError && err.line !== undefined
        ? ` (line ${err.line}: ${err.message})`
        : '';
    return {
      applied: [],
      warning:
        `WARNING: ${path} could not be parsed${where}, so none of its values were applied.\n` +
        'Every line must be KEY=VALUE, a # comment, or blank.',
    };
  }
  const applied: string[] = [];
  for (const [key, value] of vars) {
    // What the OS refuses to set (Go's os.Setenv fails silently on these).
    if (key === '' || key.includes('\0') || value.includes('\0')) continue;
    if (Object.prototype.hasOwnProperty.call(env, key)) continue;
    env[key] = value;
    applied.push(key);
  }
  return { applied };
}
