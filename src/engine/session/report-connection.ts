/**
 * The change report on a connection of its own. The "before" snapshot reads and describes every
 * object of the catalog: about half a second for 40 000 objects. Taken on the deploy session, it
 * runs after the session is prepared and before deploy.sql, and every deploy waits for all of
 * it. Taken on a second connection to the same database, it runs while the deploy session loads
 * the project, and the comparison runs there too at the end: it reads only the committed catalog
 * and this connection's own snapshot table, and deploy.sql's session state (SET ROLE, DISCARD
 * TEMP, search_path) cannot get in its way.
 *
 * The report is as exact as on the deploy session: the snapshot starts once the deploy lock is
 * held, and pgmi's own session objects are temporary, which the snapshot leaves out. deploy.sql
 * does not wait for it: each message of deploy.sql that may commit a change to the catalog
 * waits for the snapshot and its digest first (execute.ts `beforeCommit`), so the snapshot can
 * never see deploy.sql's work; it sees only committed rows, and every syscache lookup it makes
 * finds the catalog as it was. A transaction that wrote nothing to the catalog does not wait
 * (`transactionWroteCatalog`): a deploy with nothing to do never waits for the snapshot, and
 * its report, "no changes", needs none; the snapshot still running is then cancelled.
 *
 * Only a speed-up. When the second connection is not open by the time the deploy session is
 * prepared (a connection limit, a pooler with no free server connection), it is closed and the
 * snapshot is taken on the deploy session, as before. Should the snapshot fail there, the deploy
 * goes on without a change report (a warning says why), as it does when the snapshot fails on
 * the deploy session. A rehearsal keeps it on the deploy session always: its comparison must see
 * the head's uncommitted work.
 */
import type pg from 'pg';
import type { Connection, ConnectionProvider } from '../../connect/provider';
import { ConfigError, messageOf } from '../errors';
import type { RunControl } from '../pipeline/run-control';
import { sendCancelRequest } from '../pipeline/cancel';
import { endBounded, guardConnection } from '../pipeline/session-guard';
import { probeCatalog, storeSnapshot, type CatalogBefore } from './change-report';

/**
 * Where the snapshot is taken, from `PGMI_CHANGE_REPORT_CONNECTION`: `auto` (the default) on a
 * second connection when the catalog is large enough for that to pay (see below), `always`, or
 * `never` (one connection per deploy, e.g. for a role with a tight connection limit).
 */
export type ReportConnectionMode = 'auto' | 'always' | 'never';

const MODES: ReportConnectionMode[] = ['auto', 'always', 'never'];

/** Reads the mode; anything else is a configuration error (exit 10), found before connecting. */
export function reportConnectionMode(env: NodeJS.ProcessEnv): ReportConnectionMode {
  const raw = env.PGMI_CHANGE_REPORT_CONNECTION;
  if (raw === undefined || raw === '') return 'auto';
  if ((MODES as string[]).includes(raw)) return raw as ReportConnectionMode;
  throw new ConfigError(
    `invalid configuration: PGMI_CHANGE_REPORT_CONNECTION=${JSON.stringify(raw)}; expected auto, always or never`,
  );
}

/**
 * In `auto`, the size of pg_class on disk from which the snapshot is taken on its own
 * connection: about 3500 tables, indexes and views, whose snapshot takes about as long as the
 * session's preparation on a small project. Below, a second connection (a backend to start, an
 * authentication) costs more than it saves, most of all in a fleet.
 */
export const SEPARATE_FROM_BYTES = 1024 * 1024;

/** The expression `auto` decides on: a file size, no catalog read. */
export const CATALOG_BYTES_SQL =
  "pg_catalog.pg_relation_size('pg_catalog.pg_class'::pg_catalog.regclass)";

/** How the connection shows in pg_stat_activity. */
export const REPORT_APPLICATION_NAME = 'pgmi change report';

/** What `open()` gives: the connection to compare on, or why not. */
export type SeparateOpen = { client: pg.Client } | { client?: undefined; unavailable: string };

export class ReportConnection {
  private readonly abort = new AbortController();
  private readonly connecting: Promise<Connection>;
  private connection?: Connection;
  /** When connecting started (performance.now()). */
  readonly startedAt = performance.now();
  private snapshot?: Promise<number>;
  private taken?: Promise<CatalogBefore>;
  private disarm?: () => void;
  private closed = false;

  /** Whether the snapshot's statement is done (stored or failed). */
  private settled = false;
  private readonly endpoint: { host: string; port: number };

  /** Starts connecting to `database` (which exists: the deploy session is open on it). */
  constructor(provider: ConnectionProvider, database: string, control: RunControl) {
    this.endpoint = { host: provider.host, port: provider.port };
    this.connecting = provider
      .connect({ database, signal: this.abort.signal, once: true })
      .then(async (c) => {
        if (this.closed) {
          await endBounded(c.client);
          throw new Error('closed before it was used');
        }
        this.connection = c;
        // Ctrl-C or --timeout while the snapshot or the comparison runs: cancelled like the
        // deploy session's statements.
        this.disarm = guardConnection(c.client, provider, control);
        await c.client.query(`SET application_name = '${REPORT_APPLICATION_NAME}'`);
        return c;
      });
    this.connecting.catch(() => undefined);
  }

  /**
   * Starts the snapshot as soon as the connection is up: call once the deploy lock is held (again:
   * nothing).
   */
  start(serverVersionNum: number): void {
    if (this.snapshot) return;
    this.snapshot = this.connecting.then((c) => storeSnapshot(c.client, serverVersionNum));
    this.snapshot.then(
      () => (this.settled = true),
      () => (this.settled = true),
    );
  }

  /**
   * Once the deploy session is prepared: whether this connection is open, with its snapshot
   * started (or taken). A reason instead when it is not; the caller then closes it and takes the
   * snapshot on the deploy session. A connection still being opened is waited for until `openBy`
   * (a performance.now() time), and no longer: a pooler with no free server connection may keep
   * it pending for minutes. The snapshot itself is not waited for here (see `before`).
   */
  async open(openBy: number): Promise<SeparateOpen> {
    if (!this.snapshot) return { unavailable: 'the snapshot was not started' };
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), Math.max(0, openBy - performance.now()));
    });
    try {
      const open = await Promise.race([this.connecting, late]);
      if (open === 'late') return { unavailable: 'the second connection was not open in time' };
      return { client: open.client };
    } catch (err) {
      return { unavailable: messageOf(err) };
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The stored snapshot and the digest taken once it is stored (after the deploy session's own
   * objects were created, as on the deploy session): call after `open` found the connection
   * open, before anything deploy.sql commits could change the catalog. The same promise on every
   * call; it rejects when the snapshot fails.
   */
  before(): Promise<CatalogBefore> {
    this.taken ??= (async () => {
      if (!this.snapshot || !this.connection) throw new Error('the snapshot was not started');
      const rows = await this.snapshot;
      const digest = await probeCatalog(this.connection.client);
      return { digest, rows };
    })();
    return this.taken;
  }

  /** Closes the connection (or the attempt still under way); bounded, never throws. */
  async close(): Promise<void> {
    this.closed = true;
    this.abort.abort();
    this.disarm?.();
    if (!this.connection) return;
    // A snapshot nobody needs any more (deploy.sql changed nothing, or failed before a commit)
    // is cancelled, not left to run its course in the server after pgmi has gone.
    if (this.snapshot && !this.settled) {
      void sendCancelRequest(this.connection.client, this.endpoint.host, this.endpoint.port, {
        unref: true,
      });
    }
    await endBounded(this.connection.client);
  }
}
