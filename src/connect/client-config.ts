/**
 * The node-postgres client config for one physical connection attempt, built from resolved
 * settings — a structured object, never a URI round trip (decisions.md 10: IPv6 literals,
 * Unix-socket directories, regions and instances survive). Every field pg would otherwise
 * fill from `process.env` (user, password, ssl, application name, timeout) is set explicitly,
 * so the environment pgmi was handed is the only one that counts.
 */
import type { Duplex } from 'node:stream';
import type pg from 'pg';
import type { ConnectionSettings } from './settings';
import { sslConfig } from './tls';

export interface AttemptOptions {
  database: string;
  /** This attempt negotiates TLS (see `tlsAttempts`). */
  useTls: boolean;
  /** node-postgres calls it when the server asks for a password: one call per connection. */
  password?: () => Promise<string>;
  /** A pre-secured stream (the Cloud SQL connector); the driver then does no TLS itself. */
  stream?: () => Duplex;
}

export function buildClientConfig(
  settings: ConnectionSettings,
  attempt: AttemptOptions,
): pg.ClientConfig {
  const config: pg.ClientConfig = {
    host: settings.host,
    port: settings.port,
    user: settings.user,
    database: attempt.database,
    ssl: attempt.stream
      ? false
      : sslConfig(settings.sslmode, settings.tls, settings.host, attempt.useTls),
    application_name: settings.applicationName,
    connectionTimeoutMillis: settings.connectTimeoutSeconds * 1000,
    keepAlive: true,
    // The classic SSLRequest handshake; pg would otherwise read $PGSSLNEGOTIATION itself.
    sslnegotiation: 'postgres',
  };
  if (attempt.password) config.password = attempt.password;
  if (settings.options) config.options = settings.options;
  if (attempt.stream) config.stream = attempt.stream;
  return config;
}
