/**
 * Azure Entra ID tokens for Azure Database for PostgreSQL (connections.md §10.1,
 * decisions.md 12). Tenant, client id and secret all set → a service-principal (client secret)
 * credential; otherwise the SDK's default chain, with the client id handed to the managed
 * identity (and workload identity) credential so `--azure-client-id` selects a user-assigned
 * identity. Tokens for the ossrdbms scope are minted once per host, user and identity and reused
 * while valid (token-cache.ts).
 */
import { PgmiError, messageOf } from '../../engine/errors';
import type { AzureAuth, ConnectionSettings } from '../settings';
import { formatRemaining, type CloudAuthPlugin, type CloudHooks } from './cloud-auth';
import { sharedTokenCache, tokenKey, type TokenCache } from './token-cache';

export const AZURE_POSTGRES_SCOPE = 'https://ossrdbms-aad.database.windows.net/.default';

/** Microsoft's own clouds, whose metadata MSAL can look up (public, China, US Government). */
const KNOWN_AUTHORITY_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.chinacloudapi.cn',
  'login.microsoftonline.us',
]);

/**
 * Options for an `AZURE_AUTHORITY_HOST` override. For an authority outside Microsoft's clouds
 * (Azure Stack, a private cloud) MSAL's instance discovery — a call to
 * login.microsoftonline.com — cannot succeed, so it is turned off, as the SDK documents for
 * exactly that case.
 */
export function authorityOptions(authorityHost: string | undefined) {
  if (!authorityHost) return {};
  let host: string;
  try {
    host = new URL(authorityHost).hostname.toLowerCase();
  } catch {
    return { authorityHost };
  }
  return KNOWN_AUTHORITY_HOSTS.has(host)
    ? { authorityHost }
    : { authorityHost, disableInstanceDiscovery: true };
}
const EXPIRY_WARNING_MS = 5 * 60_000;

export async function createAzureAuth(
  auth: AzureAuth,
  settings: Pick<ConnectionSettings, 'host' | 'port' | 'user'>,
  hooks: CloudHooks,
  tokens: TokenCache = sharedTokenCache,
): Promise<CloudAuthPlugin> {
  const identity = await import('@azure/identity');
  const common = authorityOptions(auth.authorityHost);
  const credential =
    auth.tenantId && auth.clientId && auth.clientSecret
      ? new identity.ClientSecretCredential(auth.tenantId, auth.clientId, auth.clientSecret, common)
      : new identity.DefaultAzureCredential({
          ...common,
          ...(auth.tenantId ? { tenantId: auth.tenantId } : {}),
          ...(auth.clientId
            ? { managedIdentityClientId: auth.clientId, workloadIdentityClientId: auth.clientId }
            : {}),
        });
  const key = tokenKey([
    'azure',
    settings.host,
    settings.port,
    settings.user,
    auth.tenantId,
    auth.clientId,
    auth.clientSecret,
    auth.authorityHost,
  ]);
  const mint = async () => {
    let result;
    try {
      result = await credential.getToken(AZURE_POSTGRES_SCOPE);
    } catch (e) {
      throw new PgmiError(`could not get an Azure Entra ID token: ${messageOf(e)}`, {
        cause: e,
        hints: [
          'sign in with `az login`, or run where a managed identity is available, or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET',
        ],
      });
    }
    if (!result?.token) throw new PgmiError('could not get an Azure Entra ID token: empty token');
    hooks.onSecret(result.token);
    const remaining = result.expiresOnTimestamp - Date.now();
    if (remaining < EXPIRY_WARNING_MS) {
      hooks.onWarning?.(`Azure token expires in ${formatRemaining(remaining)}`);
    }
    return { token: result.token, expiresAt: result.expiresOnTimestamp };
  };
  return {
    label: 'Azure Entra ID',
    token: () => tokens.get(key, mint),
    async close() {},
  };
}
