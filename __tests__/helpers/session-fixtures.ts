/**
 * Builders for the session tests: `ProjectFile` objects as the scanner would produce them, and a
 * prepared session on a connection of its own.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { ProjectFile, ScriptMetadata } from '../../src/engine/project/types';
import { prepareSession } from '../../src/engine/session/prepare';
import { uniqueDbName, urlFor, withClient } from './db';

const SQL_EXTENSION = /\.(sql|ddl|dml|dql|dcl|psql|pgsql|plpgsql)$/i;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** What the tests read of a NoticeResponse. */
export interface Notice {
  severity?: string;
  message: string;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A scanned file. `raw` may start with a UTF-8 BOM, which is removed as the scanner does. The
 * normalised checksum is a stand-in (any 64 hex digits satisfy the session); tests that care
 * compare the column with what they passed in.
 */
export function projectFile(
  path: string,
  raw: string | Buffer = '',
  metadata?: ScriptMetadata,
): ProjectFile {
  let bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  if (bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
  const isTest = /\/__tests?__\//.test(path);
  return {
    path,
    content: bytes.toString('utf8'),
    sizeBytes: bytes.length,
    checksum: sha256(bytes),
    pgmiChecksum: sha256(Buffer.concat([Buffer.from('normalised:'), bytes])),
    isTest,
    isSql: SQL_EXTENSION.test(path),
    ...(metadata && !isTest ? { metadata } : {}),
  };
}

/** Files from a `{ path: content }` map, in the map's order. */
export function projectFiles(tree: Record<string, string>): ProjectFile[] {
  return Object.entries(tree).map(([p, c]) => projectFile(p, c));
}

export function meta(
  id: string,
  sortKeys: string[] = [],
  idempotent = true,
  description = '',
): ScriptMetadata {
  return { id, idempotent, sortKeys, description };
}

/** A connected client on `database`, collecting every NoticeResponse (NOTICE, DEBUG, WARNING …). */
export async function sessionClient(
  database: string,
): Promise<{ client: pg.Client; notices: Notice[] }> {
  const client = new pg.Client({ connectionString: urlFor(database) });
  const notices: Notice[] = [];
  client.on('notice', (n) => notices.push({ severity: n.severity, message: n.message ?? '' }));
  await client.connect();
  return { client, notices };
}

/** A client on `database` with a session prepared from `files` and `params`. */
export async function preparedSession(
  database: string,
  files: ProjectFile[],
  params: Record<string, string> = {},
): Promise<{ client: pg.Client; notices: Notice[] }> {
  const s = await sessionClient(database);
  try {
    await prepareSession(s.client, { files, params });
  } catch (e) {
    await s.client.end();
    throw e;
  }
  return s;
}

/** The §7.3 (session-api.md) canonical test tree, with contents supplied by the caller. */
export const CANONICAL_TREE_PATHS = [
  './__test__/_setup.sql',
  './__test__/test_basic.sql',
  './__test__/auth/_setup.sql',
  './__test__/auth/test_login.sql',
  './__test__/auth/oauth/test_google.sql',
  './__test__/billing/test_stripe.sql',
];

/** Runs `BEGIN; <sql> COMMIT;` as one simple-query message; rolls back if it fails. */
export async function runInTransaction(client: pg.Client, sql: string): Promise<void> {
  try {
    await client.query(`BEGIN;\n${sql}\nCOMMIT;`);
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}

/**
 * A database whose default collation is linguistic, so byte-order guarantees are really tested:
 * libc `en_US.utf8` when the server has it, else ICU `en-US` (PostgreSQL 15+ can make ICU the
 * database default). Returns the database name and how it was made.
 */
export async function createLinguisticDatabase(prefix: string): Promise<{
  name: string;
  collation: string;
}> {
  const name = uniqueDbName(prefix);
  await withClient(async (c) => {
    const libc = await c.query(
      `SELECT 1 FROM pg_collation WHERE collname = 'en_US.utf8' AND collprovider = 'c'`,
    );
    if (libc.rowCount === 1) {
      await c.query(
        `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'en_US.utf8' LC_CTYPE 'en_US.utf8'`,
      );
    } else {
      await c.query(
        `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'`,
      );
    }
  });
  const [r] = await withClient(
    async (c) =>
      (
        await c.query<{ collation: string; linguistic: boolean }>(
          `SELECT coalesce(to_jsonb(d) ->> 'datlocale', to_jsonb(d) ->> 'daticulocale', d.datcollate::text)
                    AS collation,
                  ('./fallback_a.sql' < './fallback-b.sql') AS linguistic
             FROM pg_database d WHERE d.datname = current_database()`,
        )
      ).rows,
    name,
  );
  // Byte order puts '-' (0x2D) before '_' (0x5F); a linguistic collation does not.
  if (!r.linguistic)
    throw new Error(`database ${name} (${r.collation}) does not collate linguistically`);
  return { name, collation: r.collation };
}
