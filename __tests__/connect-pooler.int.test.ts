/**
 * decisions.md 13: a real PgBouncer in transaction mode in front of the test server is
 * detected before any project SQL runs (exit 11, "use the direct port"); session mode and a
 * direct connection pass. The check emits no NOTICE and leaves no table behind.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { assertSessionPinned } from '../src/connect/pooler';
import { resolveConnection } from '../src/connect/resolve';
import { ConnectionError, exitCodeFor, formatError } from '../src/engine/errors';
import { connectionParts, createTestDatabase, dropTestDatabase, query } from './helpers/db';
import { startPgBouncer, type PgBouncer } from './helpers/pgbouncer';
import { needTools } from './helpers/tools';

const tools = needTools(['pgbouncer']);

const server = connectionParts();
const HOME = mkdtempSync(path.join(tmpdir(), 'pgmi-pooler-'));
let db: string;
let transaction: PgBouncer;
let session: PgBouncer;
let statement: PgBouncer;

tools.beforeAll(async () => {
  db = await createTestDatabase('pooler');
  const target = {
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password,
  };
  transaction = await startPgBouncer({ mode: 'transaction', target });
  session = await startPgBouncer({ mode: 'session', target });
  statement = await startPgBouncer({ mode: 'statement', target });
});
tools.afterAll(async () => {
  await transaction?.stop();
  await session?.stop();
  await statement?.stop();
  await dropTestDatabase(db);
});

async function open(port: number): Promise<pg.Client> {
  const r = resolveConnection(
    { host: '127.0.0.1', port, username: server.user, database: db, sslmode: 'disable' },
    { env: { HOME, PGPASSWORD: server.password } },
  );
  return (await r.provider.connect({ database: db })).client;
}

async function leftovers(): Promise<number> {
  const rows = await query<{ n: number }>(
    db,
    "SELECT count(*)::int AS n FROM pg_class WHERE relname LIKE 'pgmi_session_pin_%'",
  );
  return rows[0].n;
}

async function check(client: pg.Client): Promise<{ error?: unknown; notices: number }> {
  let notices = 0;
  const onNotice = () => notices++;
  client.on('notice', onNotice);
  try {
    await assertSessionPinned(client);
    return { notices };
  } catch (error) {
    return { error, notices };
  } finally {
    client.off('notice', onNotice);
  }
}

tools.describe('transaction-mode pooler detection', () => {
  it.each([
    ['transaction', () => transaction.port],
    ['statement', () => statement.port],
  ])('PgBouncer pool_mode=%s → exit 11 telling to use the direct port', async (_mode, port) => {
    const client = await open(port());
    try {
      const { error, notices } = await check(client);
      expect(error).toBeInstanceOf(ConnectionError);
      expect(exitCodeFor(error)).toBe(11);
      expect((error as Error).message).toMatch(
        /^the connection goes through a transaction-mode pooler/,
      );
      expect(formatError(error)).toContain(
        'connect to the direct PostgreSQL port instead of the pooler',
      );
      expect(notices).toBe(0);
    } finally {
      await client.end();
    }
    expect(await leftovers()).toBe(0);
  });

  it('PgBouncer pool_mode=session passes', async () => {
    const client = await open(session.port);
    try {
      const { error, notices } = await check(client);
      expect(error).toBeUndefined();
      expect(notices).toBe(0);
      expect(await leftovers()).toBe(0);
      // The session is still usable for temp tables afterwards.
      await client.query('CREATE TEMP TABLE after_check (x int)');
    } finally {
      await client.end();
    }
  });

  it('a direct connection passes, silently, leaving nothing behind', async () => {
    const client = await open(server.port);
    try {
      const { error, notices } = await check(client);
      expect(error).toBeUndefined();
      expect(notices).toBe(0);
      expect(await leftovers()).toBe(0);
    } finally {
      await client.end();
    }
  });
});
