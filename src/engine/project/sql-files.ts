/**
 * Path rules shared by the scanner, the session loader and the metadata commands: which files are
 * SQL, which are tests or fixtures, the fallback identity, and the derived path fields.
 */
import { createHash } from 'node:crypto';

/**
 * The SQL extensions, compared case-insensitively against the final suffix only. Must agree with
 * the session function `pgmi_is_sql_file`.
 */
export const SQL_EXTENSIONS: readonly string[] = [
  '.sql',
  '.ddl',
  '.dml',
  '.dql',
  '.dcl',
  '.psql',
  '.pgsql',
  '.plpgsql',
];
const SQL_EXTENSION_SET = new Set(SQL_EXTENSIONS);

/** Final segment of a `/`-separated path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Go `filepath.Ext` of the final segment: from its last `.`, case kept; '' when none. */
export function extensionOf(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot);
}

/** `x.SQL`, `a/b.PlPgSql` yes; `x.sqlx`, `x.sql.bak`, `x.sql~` no. */
export function isSqlPath(path: string): boolean {
  return SQL_EXTENSION_SET.has(extensionOf(path).toLowerCase());
}

/** A path with a `/__test__/` or `/__tests__/` segment anywhere (`./__test__/a.sql` included). */
export function isTestPath(path: string): boolean {
  return path.includes('/__test__/') || path.includes('/__tests__/');
}

/** Test fixtures run before the tests of their directory: `_setup.sql` / `_setup.psql`, any case. */
export function isFixtureName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === '_setup.sql' || lower === '_setup.psql';
}

/** Formats 16 bytes as a lower-case UUID (dashes after bytes 4, 6, 8 and 10). */
export function formatUuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * `generic_id`: the MD5 of the UTF-8 bytes of the `./`-prefixed path laid out as a UUID — what
 * PostgreSQL's `md5(path::bytea)::uuid` yields. No version/variant bits: not an RFC 4122 UUID.
 */
export function genericId(path: string): string {
  return formatUuid(createHash('md5').update(path, 'utf8').digest());
}

export interface PathFields {
  /** Final segment. */
  name: string;
  /** Path up to and including the last `/` (`./` for a root file). */
  directory: string;
  /** Number of `/` in `directory` minus 1, never below 0. */
  depth: number;
  /** Go `filepath.Ext` of the name, case kept. */
  extension: string;
}

/**
 * `pathFields(path).depth` alone: the `/` of a path are those of its directory. Counted with
 * `indexOf`, which the scan calls once per file while its code is still cold.
 */
export function depthOf(path: string): number {
  let slashes = 0;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) slashes++;
  return Math.max(0, slashes - 1);
}

/** The scanner's derived fields of a `./`-prefixed path (project-files.md §1.5). */
export function pathFields(path: string): PathFields {
  const slash = path.lastIndexOf('/');
  return {
    name: path.slice(slash + 1),
    directory: slash < 0 ? './' : path.slice(0, slash + 1),
    depth: depthOf(path),
    extension: extensionOf(path),
  };
}
