/**
 * The one ConnectionProvider implementation: node-postgres with libpq's sslmode fallbacks,
 * the retry policy, `--wait`, passwords/.pgpass/cloud tokens, and the compatibility check.
 */
import pg from './pg';
import {
  ConnectionError,
  InterruptedError,
  PgmiError,
  TimeoutError,
  isPgDatabaseError,
} from '../engine/errors';
import { watchConnection } from '../engine/pipeline/connection-loss';
import { loadCloudAuth, type CloudAuthPlugin } from './cloud/cloud-auth';
import { buildClientConfig } from './client-config';
import {
  connectionFailure,
  errorFields,
  failureKind,
  type FailureContext,
} from './connection-errors';
import { createPasswordSource } from './password-source';
import type { Connection, ConnectionProvider, ConnectRequest } from './provider';
import { isTransient, nextDelay, sleep } from './retry';
import { checkServer } from './server-check';
import { endpointOf, type ConnectionSettings, type SslMode } from './settings';
import { tlsAttempts } from './tls';

export interface ProviderHooks {
  onSecret: (secret: string) => void;
  onWarning?: (message: string) => void;
}

/**
 * Whether a failed first attempt under `allow`/`prefer` is worth the other one (libpq): the
 * server rejected us (any SQLSTATE, e.g. a `hostssl`/`hostnossl` rule), TLS itself failed, or
 * the server hung up during TLS negotiation. Not for refused sockets, DNS or timeouts: the
 * other mode would meet the same fate, and that is the retry policy's business.
 */
export function shouldFallBack(sslmode: SslMode, err: unknown): boolean {
  if (isPgDatabaseError(err)) return true;
  const f = errorFields(err);
  if (sslmode !== 'prefer' || !f) return false;
  const text = f.message.toLowerCase();
  return (
    failureKind(err) === 'tls' ||
    text.includes('connection terminated unexpectedly') ||
    text.includes('establishing an ssl connection')
  );
}

/** How long a cancelled run still waits for the compatibility check's answer. */
const CHECK_GRACE_MS = 1500;

function isTimeoutReason(reason: unknown): boolean {
  return reason instanceof TimeoutError || (reason as Error | undefined)?.name === 'TimeoutError';
}

class PostgresProvider implements ConnectionProvider {
  private cloud?: Promise<CloudAuthPlugin | undefined>;
  private password?: (database: string) => Promise<string>;

  constructor(
    private readonly settings: ConnectionSettings,
    private readonly hooks: ProviderHooks,
  ) {}

  get host() {
    return this.settings.auth.method === 'google'
      ? this.settings.auth.instance
      : this.settings.host;
  }
  get port() {
    return this.settings.port;
  }
  get user() {
    return this.settings.user;
  }

  describe(): string {
    const s = this.settings;
    if (s.auth.method === 'google') return `${s.user}@${s.auth.instance} (Cloud SQL connector)`;
    const auth = s.auth.method === 'password' ? '' : `, auth=${s.auth.method}`;
    return `${s.user}@${endpointOf(s)} (sslmode=${s.sslmode}${auth})`;
  }

  private failureContext(database: string, plugin?: CloudAuthPlugin): FailureContext {
    return {
      endpoint: this.settings.auth.method === 'google' ? this.host : endpointOf(this.settings),
      host: this.host,
      port: this.settings.port,
      user: this.settings.user,
      database,
      authLabel: plugin?.label,
    };
  }

  private aborted(signal: AbortSignal, ctx: FailureContext): PgmiError {
    const reason: unknown = signal.reason;
    if (reason instanceof InterruptedError) return reason;
    return isTimeoutReason(reason)
      ? new ConnectionError(`connection timed out to ${ctx.endpoint}`, {
          cause: reason,
          hints: ['check network access to the server, or raise --timeout'],
        })
      : new ConnectionError(`connection to ${ctx.endpoint} was cancelled`, { cause: reason });
  }

  async connect({ database, signal, once }: ConnectRequest): Promise<Connection> {
    const started = Date.now();
    // A failed set-up (e.g. the Cloud SQL Admin API unreachable) is not cached: the next
    // connect() tries again.
    this.cloud ??= loadCloudAuth(this.settings, this.hooks).catch((e: unknown) => {
      this.cloud = undefined;
      throw e;
    });
    const plugin = await this.cloud;
    this.password ??= createPasswordSource(this.settings, this.hooks, plugin?.token);
    const ctx = this.failureContext(database, plugin);
    const state = { failures: 0, startedAt: started };
    // connect_timeout bounds the whole connect phase, retries included, as libpq's does (it is
    // not a per-attempt limit multiplied by the retries); an explicit --wait may stretch it.
    const limitMs = this.settings.connectTimeoutSeconds * 1000;
    const deadline = limitMs > 0 ? started + Math.max(limitMs, this.settings.waitMs) : Infinity;
    const timedOut = (cause: unknown) =>
      new ConnectionError(`connection timed out to ${ctx.endpoint}`, {
        cause,
        hints: [
          `gave up after ${((Date.now() - started) / 1000).toFixed(1)}s and ${state.failures} attempt(s): connect_timeout=${this.settings.connectTimeoutSeconds} bounds the whole connect phase; check that the server is up and reachable, or raise it`,
        ],
      });
    for (;;) {
      if (signal?.aborted) throw this.aborted(signal, ctx);
      let client: pg.Client | undefined;
      const remaining = deadline - Date.now();
      try {
        client = await this.connectOnce(database, plugin, signal, remaining);
        const server = await this.checked(client, ctx.endpoint, signal);
        return { client, server };
      } catch (e) {
        await client?.end().catch(() => undefined);
        if (signal?.aborted) throw this.aborted(signal, ctx);
        if (e instanceof PgmiError) throw e;
        state.failures++;
        const delay =
          isTransient(e) && !once ? nextDelay(state, this.settings.waitMs, Date.now()) : undefined;
        if (isTransient(e) && Date.now() + (delay ?? 0) >= deadline) throw timedOut(e);
        if (delay === undefined) {
          const waited = this.settings.waitMs > 0 && isTransient(e);
          throw connectionFailure(e, {
            ...ctx,
            attempts: state.failures,
            waitedMs: waited ? Date.now() - started : undefined,
          });
        }
        try {
          await sleep(delay, signal);
        } catch {
          throw this.aborted(signal as AbortSignal, ctx);
        }
      }
    }
  }

  /**
   * The compatibility check, on a socket that a cancellation closes when the server does not
   * answer within the grace period (a silent server); a live one answers in milliseconds.
   */
  private async checked(client: pg.Client, endpoint: string, signal?: AbortSignal) {
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      timer = setTimeout(
        () => destroyStream(client, new Error('connection attempt cancelled')),
        CHECK_GRACE_MS,
      );
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await checkServer(client, endpoint);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      clearTimeout(timer);
    }
  }

  /** One logical attempt: one or two physical connections, per sslmode. */
  private async connectOnce(
    database: string,
    plugin: CloudAuthPlugin | undefined,
    signal?: AbortSignal,
    remainingMs = Infinity,
  ): Promise<pg.Client> {
    const attempts = plugin?.stream
      ? [false]
      : tlsAttempts(this.settings.sslmode, this.settings.host);
    let first: unknown;
    for (let i = 0; i < attempts.length; i++) {
      try {
        return await this.dial(database, attempts[i], plugin, signal, remainingMs);
      } catch (e) {
        if (e instanceof PgmiError || signal?.aborted) throw e;
        const last = i === attempts.length - 1;
        if (last) {
          // A rejection of the fallback by pg_hba says less than the first attempt's error.
          const firstSaysMore =
            isPgDatabaseError(first) && isPgDatabaseError(e) && e.code === '28000';
          throw firstSaysMore ? first : e;
        }
        if (!shouldFallBack(this.settings.sslmode, e)) throw e;
        first = e;
      }
    }
    throw new Error('unreachable: no connection attempt was made');
  }

  private async dial(
    database: string,
    useTls: boolean,
    plugin: CloudAuthPlugin | undefined,
    signal?: AbortSignal,
    remainingMs = Infinity,
  ): Promise<pg.Client> {
    const password = this.password as (database: string) => Promise<string>;
    const config = buildClientConfig(this.settings, {
      database,
      useTls,
      password: () => password(database),
      stream: plugin?.stream,
    });
    if (Number.isFinite(remainingMs)) {
      config.connectionTimeoutMillis = Math.max(1, Math.ceil(remainingMs));
    }
    const client = new pg.Client(config);
    // From its first moment: a socket error with no listener would end the process.
    watchConnection(client);
    const destroy = (reason: Error) => destroyStream(client, reason);
    const onAbort = () => destroy(new Error('connection attempt cancelled'));
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await client.connect();
      return client;
    } catch (e) {
      // A failure raised on our side (a token that could not be fetched, no password) leaves
      // the socket open until the server's authentication_timeout: close it now.
      destroy(new Error('connection attempt failed'));
      throw e;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async dispose(): Promise<void> {
    const cloud = this.cloud;
    this.cloud = undefined;
    const plugin = await cloud?.catch(() => undefined);
    await plugin?.close();
  }
}

function destroyStream(client: pg.Client, reason: Error): void {
  (
    client as unknown as { connection?: { stream?: { destroy(e?: Error): void } } }
  ).connection?.stream?.destroy(reason);
}

export function createPostgresProvider(
  settings: ConnectionSettings,
  hooks: ProviderHooks,
): ConnectionProvider {
  return new PostgresProvider(settings, hooks);
}
