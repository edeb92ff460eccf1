/**
 * The six sslmodes and client certificates against a real PostgreSQL started with `ssl=on`
 * and a PKI made by `openssl` in this test. `pg_stat_ssl` proves whether TLS was used.
 */
import { chmodSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { resolveConnection, type ConnectionInput } from '../src/connect/resolve';
import {
  ConfigError,
  ConnectionError,
  errorChain,
  exitCodeFor,
  formatError,
} from '../src/engine/errors';
import {
  SERVER_TLS_CONFIG,
  encryptPkcs8,
  encryptTraditional,
  installServerTls,
  makeCa,
  makeLeaf,
  tempDir,
  type Pair,
} from './helpers/certs';
import { connectionParts } from './helpers/db';
import { startEmbeddedServer, type EmbeddedServer } from './helpers/embedded';
import { needTools } from './helpers/tools';

const tools = needTools(['openssl']);

const dir = tempDir('pgmi-tls-');
const HOME = tempDir('pgmi-tls-home-');
const PASSPHRASE = 'Canary-Key-Passphrase-8086';
let ca: Pair;
let otherCa: Pair;
let client: Pair;
let pkcs8Key: string;
let tradKey: string;
let srv: EmbeddedServer;

tools.beforeAll(async () => {
  ca = makeCa(dir, 'ca');
  otherCa = makeCa(dir, 'other-ca');
  const serverPair = makeLeaf(dir, ca, 'server', {
    cn: 'localhost',
    san: 'DNS:localhost',
    usage: 'serverAuth',
  });
  client = makeLeaf(dir, ca, 'certuser', { cn: 'certuser', usage: 'clientAuth' });
  pkcs8Key = encryptPkcs8(dir, client.key, PASSPHRASE);
  tradKey = encryptTraditional(dir, client.key, PASSPHRASE);
  srv = await startEmbeddedServer({
    config: SERVER_TLS_CONFIG,
    hba: [
      'local all all trust',
      'hostssl all certuser 127.0.0.1/32 cert',
      'hostssl all sslonly 127.0.0.1/32 scram-sha-256',
      'hostnossl all sslonly 127.0.0.1/32 reject',
      'hostnossl all plainonly 127.0.0.1/32 scram-sha-256',
      'hostssl all plainonly 127.0.0.1/32 reject',
      'host all all 127.0.0.1/32 scram-sha-256',
    ],
    beforeStart: (dataDir) => installServerTls(dataDir, serverPair, ca),
  });
  const admin = new pg.Client({ connectionString: srv.url, ssl: false });
  await admin.connect();
  for (const role of ['app', 'sslonly', 'plainonly']) {
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'pw'`);
  }
  await admin.query('CREATE ROLE certuser LOGIN');
  await admin.end();
}, 120_000);

tools.afterAll(async () => {
  await srv?.stop();
});

function resolve(input: ConnectionInput, env: Record<string, string> = {}) {
  return resolveConnection(
    { host: '127.0.0.1', port: srv.port, database: 'postgres', ...input },
    { env: { HOME, USER: 'nobody', PGPASSWORD: 'pw', ...env } },
  );
}

/** Connects and reports whether pg_stat_ssl says this session is encrypted. */
async function sslUsed(input: ConnectionInput, env: Record<string, string> = {}): Promise<boolean> {
  const r = resolve(input, env);
  const { client: c } = await r.provider.connect({ database: r.database });
  try {
    return (await c.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')).rows[0].ssl;
  } finally {
    await c.end();
  }
}

async function failure(input: ConnectionInput, env: Record<string, string> = {}): Promise<Error> {
  const r = resolve(input, env);
  try {
    const c = await r.provider.connect({ database: r.database });
    await c.client.end();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the connection to fail');
}

tools.describe('sslmode semantics match libpq', () => {
  it('disable: plaintext; a hostssl-only role is rejected', async () => {
    expect(await sslUsed({ username: 'app', sslmode: 'disable' })).toBe(false);
    const e = await failure({ username: 'sslonly', sslmode: 'disable' });
    expect(exitCodeFor(e)).toBe(11);
    expect(e.message).toMatch(/^authentication rejected for user "sslonly"/);
  });

  it('allow: plaintext first; TLS when pg_hba requires hostssl', async () => {
    expect(await sslUsed({ username: 'app', sslmode: 'allow' })).toBe(false);
    expect(await sslUsed({ username: 'sslonly', sslmode: 'allow' })).toBe(true);
  });

  it('prefer: TLS first; plaintext when the server refuses the TLS session (hostnossl) or has no TLS', async () => {
    expect(await sslUsed({ username: 'app', sslmode: 'prefer' })).toBe(true);
    expect(await sslUsed({ username: 'plainonly', sslmode: 'prefer' })).toBe(false);
    const shared = connectionParts();
    const r = resolveConnection(
      {
        host: shared.host,
        port: shared.port,
        username: shared.user,
        database: 'postgres',
        sslmode: 'prefer',
      },
      { env: { HOME, PGPASSWORD: shared.password } },
    );
    const c = await r.provider.connect({ database: 'postgres' });
    expect(
      (await c.client.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')).rows[0]
        .ssl,
    ).toBe(false);
    await c.client.end();
  });

  it('require: TLS without verification (an unknown CA is fine); no fallback to plaintext', async () => {
    expect(await sslUsed({ username: 'app', sslmode: 'require' })).toBe(true);
    const plain = await failure({ username: 'plainonly', sslmode: 'require' });
    expect(plain.message).toMatch(/^authentication rejected for user "plainonly"/);
    const shared = connectionParts();
    const r = resolveConnection(
      {
        host: shared.host,
        port: shared.port,
        username: shared.user,
        database: 'postgres',
        sslmode: 'require',
      },
      { env: { HOME, PGPASSWORD: shared.password } },
    );
    let e: unknown;
    await r.provider.connect({ database: 'postgres' }).catch((x) => (e = x));
    expect(e).toBeInstanceOf(ConnectionError);
    expect((e as Error).message).toBe(
      'SSL/TLS connection error: The server does not support SSL connections',
    );
  });

  it('require with a root certificate verifies the chain (as verify-ca)', async () => {
    expect(await sslUsed({ username: 'app', sslmode: 'require', sslrootcert: ca.cert })).toBe(true);
    const e = await failure({ username: 'app', sslmode: 'require', sslrootcert: otherCa.cert });
    expect(e.message).toMatch(/^SSL\/TLS connection error: /);
  });

  it('verify-ca: the chain must verify; the host name is not checked', async () => {
    // The certificate is for localhost; 127.0.0.1 is fine without a host-name check.
    expect(await sslUsed({ username: 'app', sslmode: 'verify-ca', sslrootcert: ca.cert })).toBe(
      true,
    );
    const e = await failure({ username: 'app', sslmode: 'verify-ca', sslrootcert: otherCa.cert });
    expect(exitCodeFor(e)).toBe(11);
    expect(e.message).toMatch(
      /^SSL\/TLS connection error: .*(self.signed|unable to verify|certificate)/i,
    );
  });

  it('verify-full: chain and host name; a certificate for localhost does not cover 127.0.0.1', async () => {
    expect(
      await sslUsed({
        host: 'localhost',
        username: 'app',
        sslmode: 'verify-full',
        sslrootcert: ca.cert,
      }),
    ).toBe(true);
    const e = await failure({ username: 'app', sslmode: 'verify-full', sslrootcert: ca.cert });
    expect(e.message).toMatch(/^SSL\/TLS connection error: .*127\.0\.0\.1/);
    const wrongCa = await failure({
      host: 'localhost',
      username: 'app',
      sslmode: 'verify-full',
      sslrootcert: otherCa.cert,
    });
    expect(wrongCa.message).toMatch(/^SSL\/TLS connection error/);
  });

  it('~/.postgresql/root.crt is the default root certificate (libpq)', async () => {
    const home = tempDir('pgmi-tls-home2-');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(home, '.postgresql'));
    copyFileSync(otherCa.cert, path.join(home, '.postgresql', 'root.crt'));
    // require + a default root cert that does not match → verified and rejected.
    const e = await failure({ username: 'app', sslmode: 'require' }, { HOME: home });
    expect(e.message).toMatch(/^SSL\/TLS connection error/);
    copyFileSync(ca.cert, path.join(home, '.postgresql', 'root.crt'));
    expect(await sslUsed({ username: 'app', sslmode: 'verify-ca' }, { HOME: home })).toBe(true);
  });
});

tools.describe('client certificates (hostssl … cert)', () => {
  it('a plain key works', async () => {
    expect(
      await sslUsed({
        username: 'certuser',
        sslmode: 'require',
        sslcert: client.cert,
        sslkey: client.key,
      }),
    ).toBe(true);
  });

  it('an encrypted PKCS#8 key with PGSSLPASSWORD', async () => {
    expect(
      await sslUsed(
        {
          username: 'certuser',
          sslmode: 'verify-full',
          host: 'localhost',
          sslrootcert: ca.cert,
          sslcert: client.cert,
          sslkey: pkcs8Key,
        },
        { PGSSLPASSWORD: PASSPHRASE },
      ),
    ).toBe(true);
  });

  it('a traditional-PEM encrypted key with sslpassword in the connection string', async () => {
    const seen: string[] = [];
    const r = resolveConnection(
      {
        connection: `postgresql://certuser@127.0.0.1:${srv.port}/postgres?sslmode=require&sslcert=${encodeURIComponent(client.cert)}&sslkey=${encodeURIComponent(tradKey)}&sslpassword=${encodeURIComponent(PASSPHRASE)}`,
      },
      { env: { HOME }, onSecret: (s) => seen.push(s) },
    );
    expect(seen).toContain(PASSPHRASE);
    const c = await r.provider.connect({ database: 'postgres' });
    const row = (
      await c.client.query('SELECT ssl, client_dn FROM pg_stat_ssl WHERE pid = pg_backend_pid()')
    ).rows[0];
    expect(row.ssl).toBe(true);
    expect(row.client_dn).toBe('/CN=certuser');
    await c.client.end();
  });

  it('without the certificate the cert role is refused', async () => {
    const e = await failure({ username: 'certuser', sslmode: 'require' });
    expect(exitCodeFor(e)).toBe(11);
  });

  it('offline: encrypted key without passphrase, wrong passphrase, readable key, unreadable file → exit 10, passphrase never shown', () => {
    const problems = (input: ConnectionInput, env: Record<string, string> = {}) => {
      try {
        resolve(input, env);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (
          errorChain(e)
            .map((x) => (x as Error).message)
            .join('\n') + (e as ConfigError).hints.join('\n')
        );
      }
      throw new Error('expected a ConfigError');
    };
    const base = { username: 'certuser', sslmode: 'require', sslcert: client.cert };
    expect(problems({ ...base, sslkey: pkcs8Key })).toContain(
      `SSL key file "${pkcs8Key}" (--sslkey) is encrypted and no passphrase was given`,
    );
    const wrong = problems({ ...base, sslkey: tradKey }, { PGSSLPASSWORD: 'not-it' });
    expect(wrong).toContain('wrong passphrase');
    const loose = path.join(dir, 'loose.key');
    copyFileSync(client.key, loose);
    chmodSync(loose, 0o644);
    expect(problems({ ...base, sslkey: loose })).toContain('has group or world access');
    expect(problems({ ...base, sslkey: path.join(dir, 'missing.key') })).toContain(
      'does not exist',
    );
    const withCanary = problems({ ...base, sslkey: loose }, { PGSSLPASSWORD: PASSPHRASE });
    expect(withCanary).not.toContain(PASSPHRASE);
  });

  it('the passphrase never appears in a connection failure', async () => {
    const e = await failure(
      {
        username: 'app',
        sslmode: 'verify-full',
        sslrootcert: otherCa.cert,
        sslcert: client.cert,
        sslkey: pkcs8Key,
      },
      { PGSSLPASSWORD: PASSPHRASE },
    );
    const raw = errorChain(e)
      .map((x) => String((x as Error).message))
      .join('\n');
    expect(raw).not.toContain(PASSPHRASE);
    expect(formatError(e)).not.toContain(PASSPHRASE);
  });
});
