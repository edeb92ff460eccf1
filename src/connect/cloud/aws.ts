/**
 * AWS RDS IAM tokens (connections.md §10.2): a SigV4-presigned `connect` request for
 * `host:port`, the region and the database user, signed with the SDK's default credential
 * chain. The region is carried in the settings (decisions.md 10; upstream lost it).
 */
import { PgmiError, messageOf } from '../../engine/errors';
import type { AwsAuth, ConnectionSettings } from '../settings';
import type { CloudAuthPlugin, CloudHooks } from './cloud-auth';

export async function createAwsAuth(
  auth: AwsAuth,
  settings: ConnectionSettings,
  hooks: CloudHooks,
): Promise<CloudAuthPlugin> {
  const { Signer } = await import('@aws-sdk/rds-signer');
  const signer = new Signer({
    hostname: settings.host,
    port: settings.port,
    username: settings.user,
    region: auth.region,
  });
  return {
    label: 'AWS RDS IAM',
    async token() {
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
      return token;
    },
    async close() {},
  };
}
