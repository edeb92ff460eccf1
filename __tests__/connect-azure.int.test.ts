/**
 * Azure Entra ID with the REAL @azure/identity, in a child process so the SDK sees a real
 * process environment: the client-secret credential talks to a local HTTPS identity platform
 * (trusted through NODE_EXTRA_CA_CERTS, found through AZURE_AUTHORITY_HOST), and the managed
 * identity credential to a local App Service endpoint (IDENTITY_ENDPOINT/IDENTITY_HEADER).
 * The issued token is the password of a test role, so a successful connect() proves the token
 * reached the server as the password.
 */
import { readFileSync, mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { makeCa, makeLeaf, tempDir } from './helpers/certs';
import { runConnectChild } from './helpers/child';
import { connectionParts, withClient } from './helpers/db';
import { startFakeAzure, type FakeAzure } from './helpers/fake-azure';
import { needTools } from './helpers/tools';

const tools = needTools(['openssl']);

const server = connectionParts();
const HOME = mkdtempSync(path.join(tmpdir(), 'pgmi-azure-home-'));
const suffix = Date.now().toString(36);
const spRole = `azure_sp_${suffix}`;
const miRole = `azure_mi_${suffix}`;
const jwt = () => `eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.${randomBytes(24).toString('base64url')}.`;
const SP_TOKEN = jwt();
const MI_TOKEN = jwt();
const SECRET = 'Canary-Azure-Secret-1234';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '11111111-2222-3333-4444-555555555555';
const UAMI = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
let caFile: string;
let aad: FakeAzure;
let msi: FakeAzure;

tools.beforeAll(async () => {
  const dir = tempDir('pgmi-azure-pki-');
  const ca = makeCa(dir, 'azure-ca');
  const leaf = makeLeaf(dir, ca, 'login', {
    cn: 'localhost',
    san: 'DNS:localhost,IP:127.0.0.1',
    usage: 'serverAuth',
  });
  caFile = ca.cert;
  aad = await startFakeAzure({
    token: SP_TOKEN,
    tls: { cert: readFileSync(leaf.cert, 'utf8'), key: readFileSync(leaf.key, 'utf8') },
  });
  msi = await startFakeAzure({ token: MI_TOKEN, identityHeader: 'header-value' });
  await withClient(async (c) => {
    await c.query(`CREATE ROLE ${spRole} LOGIN PASSWORD ${pg.escapeLiteral(SP_TOKEN)}`);
    await c.query(`CREATE ROLE ${miRole} LOGIN PASSWORD ${pg.escapeLiteral(MI_TOKEN)}`);
  });
});

tools.afterAll(async () => {
  await aad?.close();
  await msi?.close();
  await withClient(async (c) => {
    await c.query(`DROP ROLE IF EXISTS ${spRole}`);
    await c.query(`DROP ROLE IF EXISTS ${miRole}`);
  });
});

const target = { host: server.host, port: server.port, database: 'postgres', azure: true };

tools.describe('Azure Entra ID (real @azure/identity)', () => {
  it('client secret: tenant + client + AZURE_CLIENT_SECRET → service-principal token for the ossrdbms scope, used as the password', async () => {
    const r = await runConnectChild(
      { input: { ...target, username: spRole } },
      {
        HOME,
        NODE_EXTRA_CA_CERTS: caFile,
        AZURE_TENANT_ID: TENANT,
        AZURE_CLIENT_ID: CLIENT,
        AZURE_CLIENT_SECRET: SECRET,
        AZURE_AUTHORITY_HOST: aad.url,
      },
    );
    expect(r).toMatchObject({ ok: true, row: { user: spRole } });
    expect(r.secrets).toEqual(expect.arrayContaining([SECRET, SP_TOKEN]));
    expect(r.summary).toContain('Auth Method: Azure Entra ID');
    const tokenCall = aad.requests.find((q) => q.path === `/${TENANT}/oauth2/v2.0/token`);
    expect(tokenCall?.body).toMatchObject({
      grant_type: 'client_credentials',
      client_id: CLIENT,
      client_secret: SECRET,
      scope: 'https://ossrdbms-aad.database.windows.net/.default',
    });
  });

  it('decisions 12: managed identity with --azure-client-id selects that user-assigned identity', async () => {
    const before = msi.requests.length;
    const r = await runConnectChild(
      { input: { ...target, username: miRole, azureClientId: UAMI } },
      {
        HOME,
        IDENTITY_ENDPOINT: `${msi.url}/msi/token`,
        IDENTITY_HEADER: 'header-value',
      },
    );
    expect(r).toMatchObject({ ok: true, row: { user: miRole } });
    expect(r.secrets).toContain(MI_TOKEN);
    const calls = msi.requests.slice(before).filter((q) => q.path === '/msi/token');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls[0].query).toMatchObject({
      resource: 'https://ossrdbms-aad.database.windows.net',
      client_id: UAMI,
    });
  });

  it('a token the server rejects: 28P01 naming the user, the token and secret appear nowhere', async () => {
    const r = await runConnectChild(
      { input: { ...target, username: miRole === spRole ? 'x' : spRole } },
      { HOME, IDENTITY_ENDPOINT: `${msi.url}/msi/token`, IDENTITY_HEADER: 'header-value' },
    );
    expect(r.ok).toBe(false);
    expect(r.exitCode).toBe(11);
    expect(r.chain?.[0]).toBe(
      `password authentication failed for user "${spRole}" on database "postgres"`,
    );
    const text = JSON.stringify(r.chain) + r.formatted + r.stderr;
    expect(text).not.toContain(MI_TOKEN);
    expect(text).not.toContain(SECRET);
  });

  it('no credential available → exit 1 naming Azure, before any password is sent', async () => {
    const r = await runConnectChild(
      { input: { ...target, username: spRole } },
      // A wrong IDENTITY_HEADER: the endpoint answers 401. (Never let the chain fall through
      // to the instance metadata service: that address is not on this machine.)
      { HOME, IDENTITY_ENDPOINT: `${msi.url}/msi/token`, IDENTITY_HEADER: 'wrong' },
    );
    expect(r.ok).toBe(false);
    expect(r.exitCode).toBe(1);
    expect(r.chain?.[0]).toMatch(/^could not get an Azure Entra ID token: /);
  });
});
