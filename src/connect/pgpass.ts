/**
 * The libpq password file (`~/.pgpass`, `PGPASSFILE`): `host:port:database:user:password`
 * per line. Written by hand rather than with the `pgpass` npm module because that module reads
 * `process.env` and logs through its own channel, while pgmi resolves from the environment it
 * is handed and reports the permission warning to its caller.
 *
 * libpq's rules: lines starting with `#` are comments; `\` escapes the next character (so `\:`
 * and `\\`); the first four fields match the value in use or `*`; the port compares as text;
 * the first matching line wins; the password runs to the next unescaped `:`. A Unix-socket
 * connection matches the host `localhost`. On Unix a file with any group or world permission
 * bit is ignored with a warning.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface PgpassEntry {
  host: string;
  port: string;
  database: string;
  user: string;
  password: string;
}

export interface PgpassTarget {
  host: string;
  port: number;
  database: string;
  user: string;
}

/** Splits one line into fields on unescaped `:`, removing the escapes. */
function splitFields(line: string): string[] {
  const fields: string[] = [];
  let cur = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) {
      cur += line[++i];
    } else if (c === ':') {
      fields.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  fields.push(cur);
  return fields;
}

export function parsePgpass(text: string): PgpassEntry[] {
  const entries: PgpassEntry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const f = splitFields(line);
    if (f.length < 5) continue;
    entries.push({ host: f[0], port: f[1], database: f[2], user: f[3], password: f[4] });
  }
  return entries;
}

export function findPgpassPassword(
  entries: PgpassEntry[],
  target: PgpassTarget,
): string | undefined {
  const host = target.host.startsWith('/') ? 'localhost' : target.host;
  const want = [host, String(target.port), target.database, target.user];
  for (const e of entries) {
    const have = [e.host, e.port, e.database, e.user];
    if (have.every((v, i) => v === '*' || v === want[i])) return e.password;
  }
  return undefined;
}

/** `PGPASSFILE`, else `~/.pgpass` (`%APPDATA%\postgresql\pgpass.conf` on Windows). */
export function defaultPassfile(env: Record<string, string | undefined>, home: string): string {
  if (env.PGPASSFILE) return env.PGPASSFILE;
  if (process.platform === 'win32' && env.APPDATA) {
    return path.join(env.APPDATA, 'postgresql', 'pgpass.conf');
  }
  return path.join(home, '.pgpass');
}

/**
 * Reads and parses the file. Missing or unreadable → no entries, silently (libpq). A file that
 * is not a plain file, or is group/world accessible on Unix, is ignored with libpq's warning.
 */
export function readPgpassFile(file: string, onWarning?: (message: string) => void): PgpassEntry[] {
  let st;
  try {
    st = statSync(file);
  } catch {
    return [];
  }
  if (!st.isFile()) {
    onWarning?.(`WARNING: password file "${file}" is not a plain file`);
    return [];
  }
  if (process.platform !== 'win32' && (st.mode & 0o077) !== 0) {
    onWarning?.(
      `WARNING: password file "${file}" has group or world access; permissions should be u=rw (0600) or less`,
    );
    return [];
  }
  try {
    return parsePgpass(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
}
