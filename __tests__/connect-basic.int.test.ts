/**
 * The provider against a real PostgreSQL: what a connection looks like once open, the message
 * table for failures, the retry policy (counted on the wire), --wait, cancellation, the
 * compatibility check, Unix sockets and IPv6.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConnection, type ConnectionInput } from '../src/connect/resolve';
import {
  ConfigError,
  ConnectionError,
  InterruptedError,
  errorDetail,
  exitCodeFor,
  formatError,
} from '../src/engine/errors';
import { connectionParts, createTestDatabase, dropTestDatabase } from './helpers/db';
import { startFakePgServer } from './helpers/fake-pg-server';
import { startTcpListener } from './helpers/tcp-listeners';

const HOME = mkdtempSync(path.join(tmpdir(), 'pgmi-connect-home-'));
const server = connectionParts();
let db: string;

beforeAll(async () => {
  db = await createTestDatabase('connect');
});
afterAll(async () => {
  await dropTestDatabase(db);
});

function env(extra: Record<string, string> = {}) {
  return { HOME, USER: server.user, PGPASSWORD: server.password, ...extra };
}

function provider(input: ConnectionInput, extraEnv: Record<string, string> = {}) {
  return resolveConnection(input, { env: env(extraEnv) });
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
}

describe('a connection once open', () => {
  it('core#113: application_name pgmi, client_encoding UTF8, no notice handler, ServerInfo from the check', async () => {
    const r = provider({
      host: server.host,
      port: server.port,
      username: server.user,
      database: db,
    });
    const { client, server: info } = await r.provider.connect({ database: r.database });
    try {
      const row = (
        await client.query(
          "SELECT current_setting('application_name') a, current_setting('client_encoding') e, pg_backend_pid() pid, current_setting('server_version_num')::int n",
        )
      ).rows[0];
      expect(row.a).toBe('pgmi');
      expect(row.e).toBe('UTF8');
      expect(client.listenerCount('notice')).toBe(0);
      expect(info).toMatchObject({
        database: db,
        user: server.user,
        backendPid: row.pid,
        versionNum: row.n,
      });
      expect(info.version).toMatch(/^\d+\.\d+/);
      expect(info.serverPort).toBe(server.port);
      // The shared test server has no TLS: prefer fell back to plaintext.
      const ssl = await client.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
      expect(ssl.rows[0].ssl).toBe(false);
    } finally {
      await client.end();
    }
    const app = provider(
      { host: server.host, port: server.port, username: server.user, database: db },
      { PGAPPNAME: 'ci-job' },
    );
    const c2 = await app.provider.connect({ database: app.database });
    expect((await c2.client.query("SELECT current_setting('application_name') a")).rows[0].a).toBe(
      'ci-job',
    );
    await c2.client.end();
  });

  it('opens the maintenance database on request with the same settings', async () => {
    const r = provider({
      connection: `postgresql://${server.user}@${server.host}:${server.port}/${db}`,
    });
    expect(r.maintenanceDatabase).toBe('postgres');
    const c = await r.provider.connect({ database: r.maintenanceDatabase });
    expect(c.server.database).toBe('postgres');
    await c.client.end();
  });

  it('connects over a Unix socket (?host=/tmp) and over IPv6 ([::1])', async () => {
    if (existsSync(`/tmp/.s.PGSQL.${server.port}`)) {
      const r = provider({
        connection: `postgresql:///${db}?host=/tmp&port=${server.port}&user=${server.user}`,
      });
      const c = await r.provider.connect({ database: r.database });
      expect(c.server.serverAddress).toBeNull();
      await c.client.end();
    }
    const v6 = await startTcpListener({ behaviour: 'forward', host: '::1', target: server });
    try {
      const r = provider({ connection: `postgresql://${server.user}@[::1]:${v6.port}/${db}` });
      expect(r.provider.describe()).toContain(`[::1]:${v6.port}`);
      const c = await r.provider.connect({ database: r.database });
      expect(c.server.database).toBe(db);
      await c.client.end();
      expect(v6.connections).toBeGreaterThan(0);
    } finally {
      await v6.close();
    }
  });
});

describe('failures (core#33–35, deploy-pipeline §4.13)', () => {
  it('core#34: wrong password → exit 11, 28P01 message, sqlstate in JSON, no retry, no password anywhere', async () => {
    const canary = 'Canary-Wrong-Pw-5150';
    const counter = await startTcpListener({ behaviour: 'forward', target: server });
    try {
      const r = provider(
        {
          host: '127.0.0.1',
          port: counter.port,
          username: server.user,
          database: db,
          sslmode: 'disable',
        },
        { PGPASSWORD: canary },
      );
      const e = await failure(r.provider.connect({ database: r.database }));
      expect(e).toBeInstanceOf(ConnectionError);
      expect(exitCodeFor(e)).toBe(11);
      expect(e.message).toBe(
        `password authentication failed for user "${server.user}" on database "${db}"`,
      );
      expect(errorDetail(e).sqlstate).toBe('28P01');
      expect(counter.connections).toBe(1);
      const raw = [e.message, ...(e as ConnectionError).hints, JSON.stringify(errorDetail(e))].join(
        '\n',
      );
      expect(raw).not.toContain(canary);
      expect(formatError(e)).not.toContain(canary);
    } finally {
      await counter.close();
    }
  });

  it('cli#89: an unresolvable host → exit 11 "cannot resolve host", not retried', async () => {
    const r = provider({ host: 'nonexistent.invalid', port: 5432, username: 'u', database: 'd' });
    const e = await failure(r.provider.connect({ database: r.database }));
    expect(exitCodeFor(e)).toBe(11);
    expect(e.message).toBe('cannot resolve host "nonexistent.invalid"');
    expect(formatError(e)).not.toContain('gave up after');
  });

  it('3D000: a missing database is named, not retried', async () => {
    const r = provider({
      host: server.host,
      port: server.port,
      username: server.user,
      database: 'no_such_db_pgmi',
    });
    const e = await failure(r.provider.connect({ database: r.database }));
    expect(e.message).toBe('database "no_such_db_pgmi" does not exist');
    expect(errorDetail(e).sqlstate).toBe('3D000');
  });

  it('core#33: nothing listening → connection refused, pg_isready hint, 3 retries (~0.7 s)', async () => {
    const gone = await startTcpListener({ behaviour: 'close' });
    await gone.close();
    const r = provider({ host: '127.0.0.1', port: gone.port, username: 'u', database: 'd' });
    const t0 = Date.now();
    const e = await failure(r.provider.connect({ database: r.database }));
    const elapsed = Date.now() - t0;
    expect(e.message).toBe(`connection refused to 127.0.0.1:${gone.port}`);
    expect(formatError(e)).toContain(`pg_isready -h 127.0.0.1 -p ${gone.port}`);
    expect(formatError(e)).toContain('gave up after 4 attempts');
    // 100 + 200 + 400 ms, each ±10 %.
    expect(elapsed).toBeGreaterThanOrEqual(630);
    expect(elapsed).toBeLessThan(3000);
  });

  it('retries exactly 3 times (1 + 3 connections counted on the wire), then exit 11', async () => {
    const l = await startTcpListener({ behaviour: 'close' });
    try {
      const r = provider({
        host: '127.0.0.1',
        port: l.port,
        username: 'u',
        database: 'd',
        sslmode: 'disable',
      });
      const e = await failure(r.provider.connect({ database: r.database }));
      expect(exitCodeFor(e)).toBe(11);
      expect(l.connections).toBe(4);
    } finally {
      await l.close();
    }
  });

  it('--wait: a server that starts 3 s after connect() begins is reached with waitMs 10000', async () => {
    const late = await startTcpListener({ behaviour: 'forward', target: server, delayMs: 3000 });
    try {
      const r = provider({
        host: '127.0.0.1',
        port: late.port,
        username: server.user,
        database: db,
        waitMs: 10_000,
      });
      const t0 = Date.now();
      const c = await r.provider.connect({ database: r.database });
      expect(Date.now() - t0).toBeGreaterThanOrEqual(2900);
      expect(c.server.database).toBe(db);
      await c.client.end();
    } finally {
      await late.close();
    }
  });

  it('--wait: without it the same late server fails after the normal retries', async () => {
    const late = await startTcpListener({ behaviour: 'forward', target: server, delayMs: 3000 });
    try {
      const r = provider({
        host: '127.0.0.1',
        port: late.port,
        username: server.user,
        database: db,
      });
      const t0 = Date.now();
      const e = await failure(r.provider.connect({ database: r.database }));
      expect(Date.now() - t0).toBeLessThan(2500);
      expect(e.message).toBe(`connection refused to 127.0.0.1:${late.port}`);
      expect(late.connections).toBe(0);
    } finally {
      await late.close();
    }
  });

  it('--wait runs out → exit 11 saying how long it waited', async () => {
    const l = await startTcpListener({ behaviour: 'close' });
    try {
      const r = provider({
        host: '127.0.0.1',
        port: l.port,
        username: 'u',
        database: 'd',
        sslmode: 'disable',
        waitMs: 2000,
      });
      const t0 = Date.now();
      const e = await failure(r.provider.connect({ database: r.database }));
      const elapsed = Date.now() - t0;
      expect(exitCodeFor(e)).toBe(11);
      expect(elapsed).toBeGreaterThanOrEqual(1900);
      expect(elapsed).toBeLessThan(4000);
      expect(formatError(e)).toMatch(/gave up after waiting \d+(\.\d)?s \(--wait\)/);
      expect(l.connections).toBeGreaterThan(4);
    } finally {
      await l.close();
    }
  });

  it('core#35: a peer that accepts TCP and never answers, deadline 1 s → exit 11 (not 16)', async () => {
    const l = await startTcpListener({ behaviour: 'hang' });
    try {
      const r = provider({ host: '127.0.0.1', port: l.port, username: 'u', database: 'd' });
      const t0 = Date.now();
      const e = await failure(
        r.provider.connect({ database: r.database, signal: AbortSignal.timeout(1000) }),
      );
      expect(Date.now() - t0).toBeLessThan(2500);
      expect(e).toBeInstanceOf(ConnectionError);
      expect(exitCodeFor(e)).toBe(11);
      expect(e.message).toBe(`connection timed out to 127.0.0.1:${l.port}`);
    } finally {
      await l.close();
    }
  });

  it('gh-10: PGCONNECT_TIMEOUT bounds the whole connect phase, not each retry (libpq), exit 11', async () => {
    const l = await startTcpListener({ behaviour: 'hang' });
    try {
      const r = provider(
        { host: '127.0.0.1', port: l.port, username: 'u', database: 'd', sslmode: 'disable' },
        { PGCONNECT_TIMEOUT: '2' },
      );
      const t0 = Date.now();
      const e = await failure(r.provider.connect({ database: r.database }));
      const elapsed = Date.now() - t0;
      expect(exitCodeFor(e)).toBe(11);
      expect(e.message).toBe(`connection timed out to 127.0.0.1:${l.port}`);
      expect(formatError(e)).toMatch(/connect_timeout=2 bounds the whole connect phase/);
      // One dial used up the 2 s; no retry multiplies it (it took ~8.7 s when each dial had 2 s).
      expect(elapsed).toBeGreaterThanOrEqual(1900);
      expect(elapsed).toBeLessThan(3500);
      expect(l.connections).toBe(1);
    } finally {
      await l.close();
    }
  });

  it('an abort during the backoff wait stops at once; Ctrl-C keeps its exit code', async () => {
    const l = await startTcpListener({ behaviour: 'close' });
    try {
      const r = provider({
        host: '127.0.0.1',
        port: l.port,
        username: 'u',
        database: 'd',
        sslmode: 'disable',
        waitMs: 60_000,
      });
      const ac = new AbortController();
      setTimeout(() => ac.abort(new InterruptedError('SIGINT')), 300);
      const t0 = Date.now();
      const e = await failure(r.provider.connect({ database: r.database, signal: ac.signal }));
      expect(Date.now() - t0).toBeLessThan(1000);
      expect(exitCodeFor(e)).toBe(130);
    } finally {
      await l.close();
    }
  });

  it('core#36: a server reporting PostgreSQL 10 → ConfigError exit 10', async () => {
    const fake = await startFakePgServer({
      version: 'PostgreSQL 10.23 on x86_64-pc-linux-gnu',
      versionNum: 100023,
    });
    try {
      const r = provider({ host: '127.0.0.1', port: fake.port, username: 'u', database: 'd' });
      const e = await failure(r.provider.connect({ database: r.database }));
      expect(e).toBeInstanceOf(ConfigError);
      expect(exitCodeFor(e)).toBe(10);
      expect(e.message).toBe(
        'invalid configuration: this server reports PostgreSQL 10.23, and pgmi requires 11 or newer',
      );
    } finally {
      await fake.close();
    }
  });

  it('a wire-compatible peer that is not PostgreSQL → exit 11 saying what it found', async () => {
    const fake = await startFakePgServer({
      version: 'CockroachDB CCL v23.1.11 (x86_64-pc-linux-gnu)',
      versionNum: 130000,
    });
    try {
      const r = provider({ host: '127.0.0.1', port: fake.port, username: 'u', database: 'd' });
      const e = await failure(r.provider.connect({ database: r.database }));
      expect(exitCodeFor(e)).toBe(11);
      expect(e.message).toBe(
        `the server at 127.0.0.1:${fake.port} is not PostgreSQL: version() reports "CockroachDB CCL v23.1.11 (x86_64-pc-linux-gnu)"`,
      );
    } finally {
      await fake.close();
    }
  });
});
