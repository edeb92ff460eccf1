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
 * held, deploy.sql starts only once it is stored and the digest taken, and pgmi's own session
 * objects are temporary, which the snapshot leaves out.
 *
 * Only a speed-up. When the second connection is not open by the time the deploy session is
 * prepared (a connection limit, a pooler with no free server connection) or its snapshot fails,
 * it is closed and the snapshot is taken on the deploy session, as before. A rehearsal keeps it
 * there always: its comparison must see the head's uncommitted work.
 */
import type pg from 'pg';
import type { Connection, ConnectionProvider } from '../../connect/provider';
import { ConfigError, messageOf } from '../errors';
import type { RunControl } from '../pipeline/run-control';
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

/** What `before()` gives: the connection to compare on and the snapshot, or why not. */
export type SeparateBefore =
  { client: pg.Client; before: CatalogBefore } | { client?: undefined; unavailable: string };

export class ReportConnection {
  private readonly abort = new AbortController();
  private readonly connecting: Promise<Connection>;
  private connection?: Connection;
  /** When connecting started (performance.now()). */
  readonly startedAt = performance.now();
  private snapshot?: Promise<number>;
  private disarm?: () => void;
  private closed = false;

  /** Starts connecting to `database` (which exists: the deploy session is open on it). */
  constructor(provider: ConnectionProvider, database: string, control: RunControl) {
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
    this.snapshot.catch(() => undefined);
  }

  /**
   * Once the deploy session is prepared: waits for the stored snapshot, then takes the digest
   * (after the deploy session's own objects were created, as on the deploy session). A reason
   * instead when this connection cannot give them; the caller then closes it and takes the
   * snapshot on the deploy session. A connection still being opened is waited for until
   * `openBy` (a performance.now() time), and no longer: a pooler with no free server connection
   * may keep it pending for minutes.
   */
  async before(openBy: number): Promise<SeparateBefore> {
    if (!this.snapshot) return { unavailable: 'the snapshot was not started' };
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), Math.max(0, openBy - performance.now()));
    });
    try {
      const open = await Promise.race([this.connecting, late]);
      if (open === 'late') return { unavailable: 'the second connection was not open in time' };
      const rows = await this.snapshot;
      const digest = await probeCatalog(open.client);
      return { client: open.client, before: { digest, rows } };
    } catch (err) {
      return { unavailable: messageOf(err) };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Closes the connection (or the attempt still under way); bounded, never throws. */
  async close(): Promise<void> {
    this.closed = true;
    this.abort.abort();
    this.disarm?.();
    if (this.connection) await endBounded(this.connection.client);
  }
}
