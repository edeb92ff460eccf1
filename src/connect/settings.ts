/**
 * The resolved, structured connection settings: what `resolveConnection` produces from flags,
 * environment, connection strings and pgmi.yaml, and what providers turn into node-postgres
 * client configs. Plain data; secrets sit in their own fields so `describe`/summaries can skip
 * them.
 */

export const SSL_MODES = [
  'disable',
  'allow',
  'prefer',
  'require',
  'verify-ca',
  'verify-full',
] as const;
export type SslMode = (typeof SSL_MODES)[number];

export function isSslMode(value: string): value is SslMode {
  return (SSL_MODES as readonly string[]).includes(value);
}

export type AuthMethod = 'password' | 'azure' | 'aws' | 'google';

export interface AzureAuth {
  method: 'azure';
  tenantId?: string;
  clientId?: string;
  /** `AZURE_CLIENT_SECRET` only (no flag, no pgmi.yaml key). */
  clientSecret?: string;
  /** `AZURE_AUTHORITY_HOST` (sovereign clouds). */
  authorityHost?: string;
}

export interface AwsAuth {
  method: 'aws';
  region: string;
}

export interface GoogleAuth {
  method: 'google';
  /** `project:region:instance` */
  instance: string;
  /** SQL Admin API root URL override (gcloud's `CLOUDSDK_API_ENDPOINT_OVERRIDES_SQL`). */
  sqlAdminEndpoint?: string;
}

export type CloudAuth = AzureAuth | AwsAuth | GoogleAuth;

/** PEM material read (and checked) during resolution; contents, not paths. */
export interface TlsMaterial {
  /** Root certificates; `system` means Node's bundled trust store. */
  ca?: string | 'system';
  cert?: string;
  key?: string;
  passphrase?: string;
}

export interface ConnectionSettings {
  /** Host name, IP literal (no brackets), or a Unix-socket directory (starts with `/`). */
  host: string;
  port: number;
  user: string;
  /** From the connection string or `PGPASSWORD`; `.pgpass` is consulted at connect time. */
  password?: string;
  /** `PGPASSFILE`, `passfile=` in a string, else `~/.pgpass`. */
  passfile: string;
  sslmode: SslMode;
  /** Paths as configured, for summaries and messages. */
  sslcert?: string;
  sslkey?: string;
  sslrootcert?: string;
  tls: TlsMaterial;
  applicationName: string;
  /** 0 = no per-dial timeout. */
  connectTimeoutSeconds: number;
  /** Startup `options` (`PGOPTIONS`, `options=` in a string, forwarded runtime parameters). */
  options?: string;
  auth: CloudAuth | { method: 'password' };
  /** Keep retrying transient failures this long (ms); 0 = the normal 3 retries only. */
  waitMs: number;
}

export function isUnixSocket(host: string): boolean {
  return host.startsWith('/');
}

/** `host:port`, with IPv6 literals bracketed and socket directories spelled out. */
export function endpointOf(settings: Pick<ConnectionSettings, 'host' | 'port'>): string {
  if (isUnixSocket(settings.host)) return `${settings.host}/.s.PGSQL.${settings.port}`;
  if (settings.host.includes(':')) return `[${settings.host}]:${settings.port}`;
  return `${settings.host}:${settings.port}`;
}
