/**
 * Google Cloud SQL IAM with the REAL @google-cloud/cloud-sql-connector (and the real
 * google-auth-library), in a child process: Application Default Credentials come from a local
 * GCE metadata server, the SQL Admin API is local (CLOUDSDK_API_ENDPOINT_OVERRIDES_SQL), and
 * the instance's server-side proxy is a local TLS 1.3 endpoint on a loopback address, port
 * 3307, in front of a real PostgreSQL whose pg_hba trusts the IAM user (the proxy vouches for
 * it, as Cloud SQL's IAM authentication does). What is not proven here: Google's own checks of
 * the token; the fake only records it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runConnectChild } from './helpers/child';
import { startEmbeddedServer, type EmbeddedServer } from './helpers/embedded';
import { startFakeCloudSql, type FakeCloudSql } from './helpers/fake-cloudsql';
import { needTools } from './helpers/tools';

const tools = needTools(['openssl']);

const HOME = mkdtempSync(path.join(tmpdir(), 'pgmi-google-home-'));
const PROJECT = 'pgmi-test-project';
const REGION = 'europe-west1';
const INSTANCE = 'pgmi-instance';
const IAM_USER = 'pgmi-test@pgmi-test-project.iam';
let srv: EmbeddedServer;
let fake: FakeCloudSql;

tools.beforeAll(async () => {
  srv = await startEmbeddedServer({
    hba: [
      'local all all trust',
      `host all "${IAM_USER}" 127.0.0.1/32 trust`,
      'host all all 127.0.0.1/32 scram-sha-256',
    ],
  });
  const admin = new pg.Client({ connectionString: srv.url });
  await admin.connect();
  await admin.query(`CREATE ROLE ${pg.escapeIdentifier(IAM_USER)} LOGIN`);
  await admin.end();
  fake = await startFakeCloudSql({
    project: PROJECT,
    region: REGION,
    instance: INSTANCE,
    target: { host: '127.0.0.1', port: srv.port },
  });
}, 120_000);

tools.afterAll(async () => {
  await fake?.close();
  await srv?.stop();
});

const googleEnv = () => ({
  HOME,
  GCE_METADATA_HOST: fake.metadataHost,
  // Use the metadata server named above without probing for one elsewhere.
  METADATA_SERVER_DETECTION: 'assume-present',
  CLOUDSDK_API_ENDPOINT_OVERRIDES_SQL: fake.apiUrl,
});

tools.describe('Google Cloud SQL IAM (real connector)', () => {
  it('--google --google-instance: ADC token → ephemeral certificate → TLS 1.3 to the instance → connected as the IAM user', async () => {
    const r = await runConnectChild(
      {
        input: {
          google: true,
          googleInstance: `${PROJECT}:${REGION}:${INSTANCE}`,
          username: IAM_USER,
          database: 'postgres',
        },
      },
      googleEnv(),
    );
    expect(r.stderr).toBe('');
    expect(r).toMatchObject({ ok: true, row: { user: IAM_USER, ssl: false } });
    expect(r.summary).toContain(
      `Auth Method: Google Cloud SQL IAM (instance ${PROJECT}:${REGION}:${INSTANCE})`,
    );
    // IAM authentication: the connector asked for a certificate bound to the ADC token.
    expect(fake.certRequests.length).toBeGreaterThan(0);
    expect(fake.certRequests[0].accessToken).toBe(fake.accessToken);
    expect(fake.clientCertificates).toContain('ephemeral-client');
  });

  it('an instance the SQL Admin API does not know → exit 11 naming it, no token shown', async () => {
    const r = await runConnectChild(
      {
        input: {
          google: true,
          googleInstance: `${PROJECT}:${REGION}:no-such-instance`,
          username: IAM_USER,
          database: 'postgres',
        },
      },
      googleEnv(),
    );
    expect(r.ok).toBe(false);
    expect(r.exitCode).toBe(11);
    expect(r.chain?.[0]).toMatch(
      /^could not reach Cloud SQL instance "pgmi-test-project:europe-west1:no-such-instance"/,
    );
    expect(JSON.stringify(r)).not.toContain(fake.accessToken);
  });
});
