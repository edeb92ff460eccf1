/**
 * Cloud SDKs load lazily: a fresh process that connects with a password never loads
 * @azure/*, @aws-sdk/* or @google-cloud/* (nor google-auth-library); with --aws it loads the
 * AWS signer and still nothing of the other two clouds. Observed through the module loader.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runConnectChild } from './helpers/child';
import { connectionParts } from './helpers/db';

const server = connectionParts();
const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-lazy-'));
const CLOUD = /node_modules\/(@azure|@aws-sdk|@google-cloud|google-auth-library|@smithy)\//;

function loaded(trace: string): string[] {
  return readFileSync(trace, 'utf8').split('\n').filter(Boolean);
}

describe('cloud SDKs are loaded only when used', () => {
  it('a password connection loads no cloud SDK', async () => {
    const trace = path.join(dir, 'password.txt');
    const r = await runConnectChild(
      {
        input: {
          host: server.host,
          port: server.port,
          username: server.user,
          database: 'postgres',
        },
      },
      { HOME: dir, PGPASSWORD: server.password, PGMI_TRACE_IMPORTS: trace },
    );
    expect(r.ok).toBe(true);
    const urls = loaded(trace);
    expect(urls.some((u) => u.includes('/node_modules/pg/'))).toBe(true);
    expect(urls.filter((u) => CLOUD.test(u))).toEqual([]);
  });

  it('--aws loads the signer, not the other clouds', async () => {
    const trace = path.join(dir, 'aws.txt');
    const r = await runConnectChild(
      {
        input: {
          host: '127.0.0.1',
          port: 1,
          username: 'u',
          database: 'postgres',
          aws: true,
          awsRegion: 'eu-west-1',
        },
      },
      {
        HOME: dir,
        PGMI_TRACE_IMPORTS: trace,
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    );
    expect(r.exitCode).toBe(11);
    const urls = loaded(trace);
    expect(urls.some((u) => u.includes('/node_modules/@aws-sdk/rds-signer/'))).toBe(true);
    expect(
      urls.filter((u) => /node_modules\/(@azure|@google-cloud|google-auth-library)\//.test(u)),
    ).toEqual([]);
  });
});
