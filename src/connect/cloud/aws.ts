/**
 * AWS RDS IAM tokens (connections.md §10.2): a SigV4-presigned `connect` request for
 * `host:port`, the region and the database user, signed with the SDK's default credential
 * chain. The region is carried in the settings (decisions.md 10; upstream lost it). A token is
 * signed once per host, user and region and reused while valid (token-cache.ts).
 */
import { PgmiError, messageOf } from '../../engine/errors';
import type { AwsAuth, ConnectionSettings } from '../settings';
import type { CloudAuthPlugin, CloudHooks } from './cloud-auth';
import { sharedTokenCache, tokenKey, type TokenCache } from './token-cache';

/** How long a signed token is accepted: the signer presigns with `expiresIn: 900`. */
const AWS_TOKEN_LIFETIME_MS = 900_000;

export async function createAwsAuth(
  auth: AwsAuth,
  settings: ConnectionSettings,
  hooks: CloudHooks,
  tokens: TokenCache = sharedTokenCache,
): Promise<CloudAuthPlugin> {
  const { Signer } = await import('@aws-sdk/rds-signer');
  const signer = new Signer({
    hostname: settings.host,
    port: settings.port,
    username: settings.user,
    region: auth.region,
  });
  const key = tokenKey(['aws', settings.host, settings.port, settings.user, auth.region]);
  const mint = async () => {
    const signedAt = Date.now();
    let token: string;
    try {
      token = await signer.getAuthToken();
    } catch (e) {
      throw new PgmiError(`could not sign an AWS RDS IAM token: ${messageOf(e)}`, {
        cause: e,
        hints: ['check the AWS credentials (environment, ~/.aws profile, SSO or instance role)'],
      });
    }
    hooks.onSecret(token);
    return { token, expiresAt: signedAt + AWS_TOKEN_LIFETIME_MS };
  };
  return {
    label: 'AWS RDS IAM',
    token: () => tokens.get(key, mint),
    async close() {},
  };
}
