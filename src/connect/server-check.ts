/**
 * The compatibility check run on every new connection: one query that proves the peer is
 * PostgreSQL 11 or newer and says who and where we are. A peer that answers but is not
 * PostgreSQL is a connection failure (exit 11); PostgreSQL older than 11 is a configuration
 * error (exit 10, deploy-pipeline.md §6).
 */
import type pg from 'pg';
import { ConfigError, ConnectionError, messageOf } from '../engine/errors';
import type { ServerInfo } from './provider';

export const COMPATIBILITY_QUERY =
  'SELECT version() AS version, current_database() AS database, current_user AS "user", ' +
  'pg_backend_pid() AS pid, inet_server_addr()::text AS address, inet_server_port() AS port, ' +
  "current_setting('server_version_num')::int AS version_num";

export interface CompatibilityRow {
  version: string;
  database: string;
  user: string;
  pid: number;
  address: string | null;
  port: number | null;
  version_num: number;
}

/** Interprets the row; throws for a non-PostgreSQL peer or a server older than 11. */
export function interpretCompatibility(row: CompatibilityRow, endpoint: string): ServerInfo {
  const full = String(row.version ?? '');
  const m = /^PostgreSQL (\d+(?:\.\d+)*)/.exec(full);
  if (!m) {
    const shown = full.length > 120 ? `${full.slice(0, 117)}...` : full;
    throw new ConnectionError(
      `the server at ${endpoint} is not PostgreSQL: version() reports "${shown}"`,
      {
        hints: [
          'pgmi needs PostgreSQL 11 or newer (managed services that run PostgreSQL are fine)',
        ],
      },
    );
  }
  const num = Number(row.version_num);
  if (!Number.isFinite(num) || num < 110000) {
    throw new ConfigError(
      `invalid configuration: this server reports PostgreSQL ${m[1]}, and pgmi requires 11 or newer`,
    );
  }
  return {
    version: m[1],
    versionNum: num,
    database: row.database,
    user: row.user,
    backendPid: Number(row.pid),
    versionString: full,
    serverAddress: row.address,
    serverPort: row.port === null ? null : Number(row.port),
  };
}

export async function checkServer(client: pg.Client, endpoint: string): Promise<ServerInfo> {
  let row: CompatibilityRow;
  try {
    row = (await client.query<CompatibilityRow>(COMPATIBILITY_QUERY)).rows[0];
  } catch (e) {
    throw new ConnectionError(
      `the server at ${endpoint} did not pass pgmi's PostgreSQL compatibility check: ${messageOf(e)}`,
      { cause: e, hints: ['pgmi needs PostgreSQL 11 or newer at this address'] },
    );
  }
  if (!row) {
    throw new ConnectionError(
      `the server at ${endpoint} did not pass pgmi's PostgreSQL compatibility check: no row returned`,
    );
  }
  return interpretCompatibility(row, endpoint);
}
