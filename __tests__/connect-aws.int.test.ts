/**
 * AWS RDS IAM with the REAL @aws-sdk/rds-signer, in child processes whose wall clock is frozen
 * (helpers/fixed-clock.mjs) so SigV4 is reproducible. One child runs the bare SDK to compute
 * the token for (127.0.0.1:<port>, region, user) with fixed test credentials; that token
 * becomes the test role's password; a second child runs pgmi's resolve + connect with --aws.
 * A successful connect proves pgmi sent exactly the signer's token for the resolved endpoint,
 * user and region (decisions.md 10: the region is carried through). What is not proven here:
 * that RDS itself accepts the token (no RDS is reachable from this machine).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runConnectChild, runNode } from './helpers/child';
import { connectionParts, withClient } from './helpers/db';

const server = connectionParts();
const HOME = mkdtempSync(path.join(tmpdir(), 'pgmi-aws-home-'));
const role = `aws_iam_${Date.now().toString(36)}`;
const REGION = 'eu-central-1';
const awsEnv = {
  HOME,
  PGMI_FIXED_NOW: '2026-01-02T03:04:05Z',
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  // Never let the credential chain look for an instance role: that address is not here.
  AWS_EC2_METADATA_DISABLED: 'true',
};
let token: string;

beforeAll(async () => {
  const script = `
    import { Signer } from '@aws-sdk/rds-signer';
    const s = new Signer({ hostname: '127.0.0.1', port: ${server.port}, username: '${role}', region: '${REGION}' });
    process.stdout.write(await s.getAuthToken());`;
  const r = await runNode(['--input-type=module', '-e', script], awsEnv);
  token = r.stdout.trim();
  if (!token) throw new Error(`the signer produced no token: ${r.stderr}`);
  await withClient((c) => c.query(`CREATE ROLE ${role} LOGIN PASSWORD ${pg.escapeLiteral(token)}`));
});

afterAll(async () => {
  await withClient((c) => c.query(`DROP ROLE IF EXISTS ${role}`));
});

describe('AWS RDS IAM (real @aws-sdk/rds-signer)', () => {
  it('the token has the RDS format for the endpoint, user and region', () => {
    expect(token).toMatch(
      new RegExp(
        `^127\\.0\\.0\\.1:${server.port}/\\?Action=connect&DBUser=${role}&X-Amz-Algorithm=AWS4-HMAC-SHA256` +
          `&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260102%2F${REGION}%2Frds-db%2Faws4_request` +
          '&X-Amz-Date=20260102T030405Z&X-Amz-Expires=900&X-Amz-Signature=[0-9a-f]{64}&X-Amz-SignedHeaders=host$',
      ),
    );
  });

  it('connect() with --aws sends that token as the password and the server accepts it', async () => {
    const r = await runConnectChild(
      {
        input: {
          host: '127.0.0.1',
          port: server.port,
          username: role,
          database: 'postgres',
          aws: true,
          awsRegion: REGION,
        },
      },
      awsEnv,
    );
    expect(r).toMatchObject({ ok: true, row: { user: role } });
    expect(r.secrets).toContain(token);
    expect(r.summary).toContain(`Auth Method: AWS RDS IAM (region ${REGION})`);
  });

  it('the region also comes from AWS_REGION; a different region signs a different token (rejected, never shown)', async () => {
    const input = {
      host: '127.0.0.1',
      port: server.port,
      username: role,
      database: 'postgres',
      aws: true,
    };
    const same = await runConnectChild({ input }, { ...awsEnv, AWS_REGION: REGION });
    expect(same.ok).toBe(true);
    const other = await runConnectChild({ input }, { ...awsEnv, AWS_REGION: 'us-east-1' });
    expect(other.ok).toBe(false);
    expect(other.exitCode).toBe(11);
    expect(other.chain?.[0]).toBe(
      `password authentication failed for user "${role}" on database "postgres"`,
    );
    expect(other.formatted).toContain(`allowed to sign in with AWS RDS IAM`);
    const wrongToken = other.secrets[0];
    expect(wrongToken).toContain('us-east-1');
    const text = JSON.stringify(other.chain) + other.formatted + other.stderr;
    expect(text).not.toContain(wrongToken);
    expect(text).not.toContain('X-Amz-Signature');
  });
});
