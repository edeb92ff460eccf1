/**
 * The one interface the engine sees for reaching PostgreSQL. Everything about connection
 * strings, TLS modes, retries, .pgpass and cloud tokens lives behind it (src/connect/*).
 */
import type pg from 'pg';

export interface ConnectRequest {
  /** Database to open: the target, or the maintenance database for CREATE/DROP DATABASE. */
  database: string;
  /** Aborts a pending attempt or backoff wait (timeout, Ctrl-C). */
  signal?: AbortSignal;
  /** One attempt, no retry on a transient failure (a connection that is only a speed-up). */
  once?: boolean;
}

/** What the compatibility-check query found on the other end. */
export interface ServerInfo {
  /** `server_version`, e.g. `17.10`. */
  version: string;
  /** `server_version_num`, e.g. 170010. */
  versionNum: number;
  /** `current_database()` */
  database: string;
  /** `current_user` */
  user: string;
  backendPid: number;
  /** `version()`, e.g. `PostgreSQL 17.10 on x86_64-pc-linux-gnu, …`. */
  versionString?: string;
  /** `inet_server_addr()`; null over a Unix socket. */
  serverAddress?: string | null;
  /** `inet_server_port()`; null over a Unix socket. */
  serverPort?: number | null;
}

export interface Connection {
  client: pg.Client;
  server: ServerInfo;
}

export interface ConnectionProvider {
  /** `user@host:port (sslmode=prefer)` — never a secret. */
  describe(): string;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  /**
   * Opens a connected client, applying the provider's retry policy, TLS semantics and
   * authentication, then runs the compatibility check. Failures are `ConnectionError` (exit 11)
   * keeping the server error as `cause` (so SQLSTATE survives), or `ConfigError` (exit 10) for
   * problems found before dialling or a server older than 11.
   */
  connect(request: ConnectRequest): Promise<Connection>;
  /** Releases provider resources (cloud connectors, temp files). Idempotent. */
  dispose(): Promise<void>;
}
