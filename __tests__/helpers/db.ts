/**
 * Per-test-file databases on the shared test server. Every test file gets throwaway databases
 * of its own, created from a superuser connection, so files can run in parallel.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Superuser URL of the test server (embedded, or PGMI_TEST_DATABASE_URL). */
export function serverUrl(): string {
  const url = process.env.PGMI_TEST_SERVER_URL;
  if (!url) throw new Error('PGMI_TEST_SERVER_URL is not set: run the tests through `npm test`');
  return url;
}

/** The server URL pointed at another database. */
export function urlFor(database: string, base = serverUrl()): string {
  const u = new URL(base);
  u.pathname = '/' + encodeURIComponent(database);
  return u.toString();
}

export function connectionParts(base = serverUrl()) {
  const u = new URL(base);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)) || 'postgres',
  };
}

/** Runs `fn` with a client connected to `database` (default: the maintenance database). */
export async function withClient<T>(
  fn: (c: pg.Client) => Promise<T>,
  database = 'postgres',
): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor(database) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh unique database name (not created). */
export function uniqueDbName(prefix = 't'): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`.toLowerCase();
}

/** Creates an empty database and returns its name. */
export async function createTestDatabase(prefix = 't'): Promise<string> {
  const name = uniqueDbName(prefix);
  await withClient((c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
  return name;
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withClient((c) =>
    c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
  );
}

export async function databaseExists(name: string): Promise<boolean> {
  return withClient(
    async (c) =>
      (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1,
  );
}

/** Runs one query in `database` and returns its rows. */
export async function query<R extends pg.QueryResultRow = pg.QueryResultRow>(
  database: string,
  text: string,
  values?: unknown[],
): Promise<R[]> {
  return withClient(async (c) => (await c.query<R>(text, values)).rows, database);
}
