/**
 * Google Cloud SQL IAM database authentication through the Cloud SQL Node.js connector
 * (connections.md §10.3). The connector fetches the instance's address and CA from the SQL
 * Admin API, obtains an ephemeral client certificate bound to the Application Default
 * Credentials' token, and dials the instance's server-side proxy (port 3307) over TLS 1.3; the
 * driver therefore speaks plain protocol over that stream and sends no password. The instance
 * name travels in the settings (decisions.md 10; upstream lost it).
 */
import { ConnectionError, messageOf } from '../../engine/errors';
import type { ConnectionSettings, GoogleAuth } from '../settings';
import type { CloudAuthPlugin } from './cloud-auth';

export async function createGoogleAuth(
  auth: GoogleAuth,
  _settings: ConnectionSettings,
): Promise<CloudAuthPlugin> {
  const { Connector, AuthTypes, IpAddressTypes } =
    await import('@google-cloud/cloud-sql-connector');
  const connector = new Connector(
    auth.sqlAdminEndpoint ? { sqlAdminAPIEndpoint: auth.sqlAdminEndpoint } : {},
  );
  let options;
  try {
    options = await connector.getOptions({
      instanceConnectionName: auth.instance,
      authType: AuthTypes.IAM,
      ipType: IpAddressTypes.PUBLIC,
    });
  } catch (e) {
    // No instance came up, so there is nothing to close: the connector's close() chains
    // `.then` onto each instance's start-up promise without a `.catch`, and on this failed one
    // that becomes an unhandled rejection (a second message and a stack trace after ours).
    throw new ConnectionError(
      `could not reach Cloud SQL instance "${auth.instance}" through the connector: ${messageOf(e)}`,
      {
        cause: e,
        hints: [
          'check the instance name (project:region:instance), the Cloud SQL Admin API, and the Application Default Credentials (gcloud auth application-default login, or a service account)',
        ],
      },
    );
  }
  return {
    label: 'Google Cloud SQL IAM',
    stream: options.stream,
    async close() {
      connector.close();
    },
  };
}
