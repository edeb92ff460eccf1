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
}

export interface ConnectionProvider {
  /** `user@host:port (sslmode=prefer)` — never a secret. */
  describe(): string;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  /**
   * Opens and returns a connected client, applying the provider's retry policy, TLS semantics
   * and authentication. Failures are `ConnectionError` (exit 11) keeping the server error as
   * `cause` (so SQLSTATE survives), or `ConfigError` for problems found before dialling.
   */
  connect(request: ConnectRequest): Promise<pg.Client>;
  /** Releases provider resources (cloud connectors, temp files). Idempotent. */
  dispose(): Promise<void>;
}
