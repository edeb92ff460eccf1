/**
 * PEM inputs given as content, against a real PostgreSQL with `ssl=on` that authenticates the
 * client by certificate only: the root certificate, client certificate and key arrive inline,
 * become 0600 files under RUNNER_TEMP for the connection, are recorded in the step state, and
 * are gone when the step ends. Each line of the key is masked and appears nowhere else.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { runAction } from './helpers/action';
import {
  SERVER_TLS_CONFIG,
  installServerTls,
  makeCa,
  makeLeaf,
  tempDir,
  type Pair,
} from './helpers/certs';
import { startEmbeddedServer, type EmbeddedServer } from './helpers/embedded';
import { needTools } from './helpers/tools';

const tools = needTools(['openssl']);

const dir = tempDir('pgmi-action-tls-');
let ca: Pair;
let client: Pair;
let srv: EmbeddedServer;

tools.beforeAll(async () => {
  ca = makeCa(dir, 'ca');
  const serverPair = makeLeaf(dir, ca, 'server', {
    cn: 'localhost',
    san: 'DNS:localhost',
    usage: 'serverAuth',
  });
  client = makeLeaf(dir, ca, 'certuser', { cn: 'certuser', usage: 'clientAuth' });
  srv = await startEmbeddedServer({
    config: SERVER_TLS_CONFIG,
    hba: [
      'local all all trust',
      'hostssl all certuser 127.0.0.1/32 cert',
      'host all postgres 127.0.0.1/32 scram-sha-256',
    ],
    beforeStart: (dataDir) => installServerTls(dataDir, serverPair, ca),
  });
  const admin = new pg.Client({ connectionString: srv.url, ssl: false });
  await admin.connect();
  await admin.query('CREATE ROLE certuser LOGIN CREATEDB');
  await admin.end();
}, 120_000);

tools.afterAll(async () => {
  await srv?.stop();
});

tools.describe('Action: TLS material as PEM content', () => {
  it('verify-full with inline root cert, client cert and key; temp files recorded, then removed', async () => {
    const key = readFileSync(client.key, 'utf8');
    const keyLines = key.split('\n').filter((l) => l && !l.startsWith('-----'));
    const r = await runAction({
      workspace: path.resolve('examples/..'),
      inputs: {
        'project-path': 'examples/quickstart',
        host: 'localhost',
        port: String(srv.port),
        username: 'certuser',
        database: 'tls_quickstart',
        sslmode: 'verify-full',
        'ssl-root-cert': readFileSync(ca.cert, 'utf8'),
        'ssl-cert': readFileSync(client.cert, 'utf8'),
        'ssl-key': key,
      },
    });
    expect(r.stderr).toBe('');
    expect(r.outputs).toMatchObject({ 'exit-code': '0', result: 'success' });
    // The files lived in one private directory under RUNNER_TEMP, recorded for the post step.
    const dirs = JSON.parse(r.state['pgmi-temp-dirs']) as string[];
    expect(dirs).toHaveLength(1);
    expect(path.dirname(dirs[0])).toBe(r.runnerTemp);
    expect(path.basename(dirs[0])).toMatch(/^pgmi-action-/);
    expect(existsSync(dirs[0])).toBe(false);
    // Every line of the key was registered as a secret, and none shows anywhere else.
    const lines = r.stdout.split('\n');
    for (const l of keyLines) expect(lines).toContain(`::add-mask::${l}`);
    const rest = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
    for (const l of keyLines) {
      expect(rest).not.toContain(l);
      expect(r.summary).not.toContain(l);
    }
    // The session really was TLS with the client certificate (cert auth admits nothing else).
    const check = new pg.Client({
      host: '127.0.0.1',
      port: srv.port,
      user: 'postgres',
      password: srv.password,
      database: 'tls_quickstart',
      ssl: false,
    });
    await check.connect();
    const accounts = await check.query("SELECT to_regclass('account') IS NOT NULL AS ok");
    await check.end();
    expect(accounts.rows).toEqual([{ ok: true }]);
  });

  it('a key given inline that is not a key: config error (exit 10) naming the input file, no key text', async () => {
    const bogus =
      '-----BEGIN PRIVATE KEY-----\nbm90LWEta2V5LWF0LWFsbC1zZWNyZXQ=\n-----END PRIVATE KEY-----\n';
    const r = await runAction({
      workspace: path.resolve('examples/..'),
      inputs: {
        'project-path': 'examples/quickstart',
        host: 'localhost',
        port: String(srv.port),
        username: 'certuser',
        database: 'tls_bogus',
        sslmode: 'verify-full',
        'ssl-root-cert': readFileSync(ca.cert, 'utf8'),
        'ssl-cert': readFileSync(client.cert, 'utf8'),
        'ssl-key': bogus,
      },
    });
    expect(r.outputs).toMatchObject({ 'exit-code': '10', result: 'config-error' });
    expect(r.stdout).toMatch(
      /^::error title=pgmi%3A config-error \(exit 10\)::invalid configuration: SSL key file "[^"]+\/pgmi-action-[^/"]+\/input-ssl-key\.pem" \(--sslkey\) does not hold a PEM private key$/m,
    );
    const rest = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(rest).not.toContain('bm90LWEta2V5LWF0LWFsbC1zZWNyZXQ=');
    const dirs = JSON.parse(r.state['pgmi-temp-dirs']) as string[];
    expect(existsSync(dirs[0])).toBe(false);
  });
});
