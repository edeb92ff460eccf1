/**
 * Bad input never dials: each case is a ConfigError (exit 10) naming the field, and a listener
 * standing where the connection would go records no connection. Canary secrets given through
 * every channel never appear in an error pgmi produces.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConnection, type ConnectionInput } from '../src/connect/resolve';
import {
  ConfigError,
  errorChain,
  errorDetail,
  exitCodeFor,
  formatError,
} from '../src/engine/errors';
import { connectionParts, withClient } from './helpers/db';
import { startTcpListener, type TcpListener } from './helpers/tcp-listeners';

const HOME = mkdtempSync(path.join(tmpdir(), 'pgmi-bad-input-'));
let listener: TcpListener;

beforeAll(async () => {
  listener = await startTcpListener({ behaviour: 'close' });
});
afterAll(async () => {
  await listener.close();
});

/** Every text an error carries: messages of the whole chain, hints, JSON detail, rendering. */
function allText(e: unknown): string {
  const chain = errorChain(e).map((x) => String((x as Error)?.message ?? x));
  const hints = errorChain(e).flatMap((x) => ((x as ConfigError).hints ?? []) as string[]);
  return [...chain, ...hints, JSON.stringify(errorDetail(e)), formatError(e)].join('\n');
}

function configError(input: ConnectionInput, env: Record<string, string> = {}): ConfigError {
  try {
    resolveConnection(input, { env: { HOME, USER: 'u', ...env } });
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect(exitCodeFor(e)).toBe(10);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('bad input → exit 10 naming the field; nothing connects', () => {
  const at = () => `127.0.0.1:${listener.port}`;
  const cases: Array<[string, () => ConnectionInput, RegExp]> = [
    [
      'malformed URI',
      () => ({ connection: `postgresql://u@${at()}/db?connect_timeout=five` }),
      /invalid connection string: invalid connect_timeout "five"/,
    ],
    [
      'URI with a bad port',
      () => ({ connection: 'postgresql://u@127.0.0.1:abc/db' }),
      /invalid connection string: invalid port "abc"/,
    ],
    [
      'malformed ADO.NET',
      () => ({ connection: `Host=127.0.0.1;Port=${listener.port};Database=d;Password='open` }),
      /unterminated quoted value for key "Password"/,
    ],
    [
      'unknown ADO.NET key',
      () => ({ connection: `Host=127.0.0.1;Port=${listener.port};Databse=d` }),
      /unsupported key "Databse"/,
    ],
    [
      'unknown sslmode',
      () => ({ host: '127.0.0.1', port: listener.port, database: 'd', sslmode: 'sometimes' }),
      /invalid --sslmode "sometimes"/,
    ],
    [
      'missing certificate file',
      () => ({
        host: '127.0.0.1',
        port: listener.port,
        database: 'd',
        sslcert: '/nonexistent/c.crt',
        sslkey: '/nonexistent/c.key',
      }),
      /SSL certificate file "\/nonexistent\/c\.crt" \(--sslcert\) does not exist/,
    ],
    [
      'unreadable key',
      () => ({
        host: '127.0.0.1',
        port: listener.port,
        database: 'd',
        sslcert: unreadable(),
        sslkey: unreadable(),
      }),
      /SSL key file ".*" \(--sslkey\) cannot be read/,
    ],
    [
      'unreadable root certificate',
      () => ({
        host: '127.0.0.1',
        port: listener.port,
        database: 'd',
        sslrootcert: unreadable(),
        sslmode: 'verify-ca',
      }),
      /root certificate file ".*" \(--sslrootcert\) cannot be read/,
    ],
    [
      'port out of range',
      () => ({ host: '127.0.0.1', port: 70000, database: 'd' }),
      /invalid --port flag "70000"/,
    ],
    [
      'two cloud flags',
      () => ({
        host: '127.0.0.1',
        port: listener.port,
        database: 'd',
        username: 'u',
        azure: true,
        google: true,
        googleInstance: 'p:r:i',
      }),
      /cannot use multiple cloud authentication methods/,
    ],
  ];
  for (const [name, input, pattern] of cases) {
    it(name, () => {
      expect(configError(input()).message).toMatch(pattern);
    });
  }
  it('… and the listener saw no connection', () => {
    expect(listener.connections).toBe(0);
  });
});

/** A path that exists but cannot be read as a file (a directory; root can read any mode). */
function unreadable(): string {
  const p = path.join(HOME, 'a-directory.crt');
  mkdirSync(p, { recursive: true });
  return p;
}

describe('canary secrets never appear in an error', () => {
  const server = connectionParts();
  const role = `canary_${Date.now().toString(36)}`;
  beforeAll(async () => {
    await withClient((c) => c.query(`CREATE ROLE ${role} LOGIN PASSWORD 'the-real-one'`));
  });
  afterAll(async () => {
    await withClient((c) => c.query(`DROP ROLE IF EXISTS ${role}`));
  });

  const PW = 'Canary-Pw-4711';
  const PASS = 'Canary-Passphrase-4712';
  const target = () => `127.0.0.1:${server.port}`;

  async function connectError(input: ConnectionInput, env: Record<string, string> = {}) {
    const r = resolveConnection(input, { env: { HOME, USER: role, ...env } });
    try {
      const c = await r.provider.connect({ database: 'postgres' });
      await c.client.end();
    } catch (e) {
      return e;
    }
    throw new Error('expected a failure');
  }

  it('passwords: URI, ADO.NET, PGPASSWORD — authentication fails, the password is nowhere', async () => {
    const errors = [
      await connectError({
        connection: `postgresql://${role}:${PW}@${target()}/postgres?sslmode=disable`,
      }),
      await connectError({
        connection: `Host=127.0.0.1;Port=${server.port};Database=postgres;Username=${role};Password='${PW}';SSL Mode=Disable`,
      }),
      await connectError(
        { host: '127.0.0.1', port: server.port, username: role, database: 'postgres' },
        { PGPASSWORD: PW },
      ),
    ];
    for (const e of errors) {
      expect(errorDetail(e).sqlstate).toBe('28P01');
      expect(allText(e)).not.toContain(PW);
    }
  });

  it('malformed strings holding the password, and key passphrases from both channels', () => {
    const es = [
      configError({ connection: `postgresql://${role}:${PW}@127.0.0.1:abc/db` }),
      configError({ connection: `postgresql://${role}:${PW}%zz@127.0.0.1/db` }),
      configError({ connection: `Host=h;Password='${PW};Database=d` }),
      configError({ connection: `Host=h;Password=${PW};Port=x` }),
      configError({
        connection: `postgresql://u@h/d?sslpassword=${PASS}&sslcert=/nope.crt&sslkey=/nope.key`,
      }),
      configError(
        { host: 'h', database: 'd', sslcert: '/nope.crt', sslkey: '/nope.key' },
        { PGSSLPASSWORD: PASS },
      ),
    ];
    for (const e of es) {
      const text = allText(e);
      expect(text).not.toContain(PW);
      expect(text).not.toContain(PASS);
    }
  });
});
