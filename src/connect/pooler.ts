/**
 * Transaction-mode pooler detection (decisions.md 13). pgmi keeps its project in session temp
 * tables across many transactions; behind a transaction- or statement-pooling proxy (PgBouncer,
 * Supavisor, RDS Proxy, …) those tables vanish or, worse, belong to another client between two
 * transactions. This check runs before any project SQL and fails with exit 11.
 *
 * How: a proxy that pools per transaction must hand each client a BackendKeyData of its own
 * (cancel requests are routed by it), so on a direct connection — or behind a TCP-level proxy,
 * which pins the session anyway — the pid in BackendKeyData equals `pg_backend_pid()`. When
 * they differ a pooler sits in between, and one client alone cannot tell session from
 * transaction pooling (an idle pool hands the same backend back). So a second, short-lived
 * probe connection is opened through the same path while ours sits idle between transactions:
 * under transaction pooling it is given our idle backend (it sees our temp table); under
 * session pooling it cannot be. Our own session must also still own its backend and temp table
 * afterwards. The probe table is dropped on every path and nothing emits a NOTICE.
 */
import { randomBytes } from 'node:crypto';
import pg from './pg';
import { ConnectionError, messageOf } from '../engine/errors';

const PROBE_TIMEOUT_MS = 5_000;

const POOLER_HINTS = [
  'pgmi keeps the project in session temp tables across transactions; transaction or statement pooling (PgBouncer pool_mode=transaction, Supavisor port 6543, …) breaks them',
  'connect to the direct PostgreSQL port instead of the pooler (or use a session-mode pool)',
];

function poolerError(detail: string): ConnectionError {
  return new ConnectionError(`the connection goes through a transaction-mode pooler: ${detail}`, {
    hints: POOLER_HINTS,
  });
}

async function probe(client: pg.Client, table: string): Promise<{ pid: number; present: boolean }> {
  const r = await client.query<{ pid: number; present: boolean }>(
    'SELECT pg_backend_pid() AS pid, to_regclass($1) IS NOT NULL AS present',
    [`pg_temp.${table}`],
  );
  return { pid: Number(r.rows[0].pid), present: r.rows[0].present };
}

/** A second client through the same path (same host, port, TLS, credentials). */
function probeClient(client: pg.Client): pg.Client {
  const p = (client as unknown as { connectionParameters: Record<string, unknown> })
    .connectionParameters;
  return new pg.Client({
    host: p.host as string,
    port: p.port as number,
    user: p.user as string,
    database: p.database as string,
    password:
      (client as unknown as { password?: pg.ClientConfig['password'] }).password ?? undefined,
    ssl: p.ssl as pg.ClientConfig['ssl'],
    application_name: (p.application_name as string | undefined) ?? 'pgmi',
    options: p.options as string | undefined,
    // A pool with no free server would make the probe wait for one: give up quickly instead
    // (an unanswered probe proves nothing; the check on our own session still runs).
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
    keepAlive: true,
  });
}

/**
 * Verifies that this session (backend pid and a temp table) survives across transactions.
 * Throws ConnectionError (exit 11) naming the pooler; leaves no table behind.
 */
export async function assertSessionPinned(client: pg.Client): Promise<void> {
  const table = `pgmi_session_pin_${randomBytes(6).toString('hex')}`;
  const ident = pg.escapeIdentifier(table);
  let failure: ConnectionError | undefined;
  let dropped = false;

  const before = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const pid = Number(before.rows[0].pid);
  await client.query(`CREATE TEMP TABLE ${ident} (x int)`);
  try {
    const keyPid = (client as unknown as { processID?: number | null }).processID;
    if (keyPid !== undefined && keyPid !== null && keyPid !== pid) {
      const other = probeClient(client);
      // A probe whose socket fails must not end the process (no listener = uncaught 'error').
      other.on('error', () => undefined);
      try {
        await other.connect();
        // One simple-query round trip: under transaction or statement pooling both statements
        // run on the backend the pooler picked, so a probe that landed on ours also cleans up.
        const results = (await other.query(
          `SELECT pg_backend_pid() AS pid, to_regclass('pg_temp.${table}') IS NOT NULL AS present;` +
            `DO $pin$BEGIN IF to_regclass('pg_temp.${table}') IS NOT NULL THEN ` +
            `DROP TABLE pg_temp.${ident}; END IF; END$pin$`,
        )) as unknown as pg.QueryResult<{ pid: number; present: boolean }>[];
        const seen = results[0].rows[0];
        if (seen.present || Number(seen.pid) === pid) {
          dropped = seen.present;
          failure = poolerError(
            `a second connection was given this session's backend (pid ${pid}) between two transactions`,
          );
        }
      } catch {
        // A probe that cannot connect (pool full, auth) proves nothing either way; the check
        // on our own session below still runs.
      } finally {
        await other.end().catch(() => undefined);
      }
    }
    if (!dropped) {
      const after = await probe(client, table);
      if (after.present) {
        await client.query(`DROP TABLE pg_temp.${ident}`);
        dropped = true;
      }
      if (!failure && (after.pid !== pid || !after.present)) {
        failure = poolerError(
          after.pid !== pid
            ? `the backend changed from pid ${pid} to pid ${after.pid} between two transactions`
            : 'a temp table created in one transaction was gone in the next',
        );
      }
    }
  } catch (e) {
    if (e instanceof ConnectionError) throw e;
    throw new ConnectionError(`could not verify that the session is pinned: ${messageOf(e)}`, {
      cause: e,
    });
  }
  if (failure) throw failure;
}
