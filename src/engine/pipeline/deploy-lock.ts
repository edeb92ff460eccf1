/**
 * The deploy lock: a session-level advisory lock on a key derived from the database name (the
 * same as upstream pgmi's), so two deploys of one database exclude each other. Without
 * `--lock-wait` a held lock is exit 15 at once; with it, the session queues for the lock up to
 * that long (`lock_timeout` bounds `pg_advisory_lock`, and waiters are served in arrival order),
 * printing a progress line while it waits.
 */
import type pg from 'pg';
import { ConcurrentDeployError, firstPgError } from '../errors';
import { formatMs } from './run-control';

export interface LockRequest {
  /** SQL expression of the lock key. */
  key: string;
  database: string;
  /** How long to wait for a concurrent deploy; 0 fails at once. */
  waitMs: number;
  progress(message: string): void;
}

const PROGRESS_EVERY_MS = 10_000;

function busy(database: string, waitMs: number, cause?: unknown): ConcurrentDeployError {
  const waited = waitMs > 0 ? ` (still held after waiting ${formatMs(waitMs)})` : '';
  return new ConcurrentDeployError(
    `concurrent deployment in progress: another pgmi deployment is already running against ${JSON.stringify(database)}${waited}`,
    {
      cause,
      hints: [
        waitMs > 0
          ? "raise --lock-wait, or find the other deploy with: SELECT * FROM pg_locks WHERE locktype = 'advisory'"
          : "wait for it to finish (or pass --lock-wait 5m to queue behind it), or find it with: SELECT * FROM pg_locks WHERE locktype = 'advisory'",
      ],
    },
  );
}

/** Takes the deploy lock or throws ConcurrentDeployError (exit 15). */
export async function acquireDeployLock(client: pg.Client, req: LockRequest): Promise<void> {
  const tryLock = await client.query<{ ok: boolean }>(
    `SELECT pg_try_advisory_lock(${req.key}) AS ok`,
  );
  if (tryLock.rows[0].ok) return;
  if (req.waitMs <= 0) throw busy(req.database, 0);

  const started = Date.now();
  req.progress(
    `Another deploy of ${JSON.stringify(req.database)} holds the deploy lock; waiting up to ${formatMs(req.waitMs)} (--lock-wait)`,
  );
  const ticker = setInterval(() => {
    req.progress(
      `Still waiting for the deploy lock (${Math.round((Date.now() - started) / 1000)}s of ${formatMs(req.waitMs)})`,
    );
  }, PROGRESS_EVERY_MS);
  ticker.unref();
  const prev = await client.query<{ v: string }>("SELECT current_setting('lock_timeout') AS v");
  try {
    await client.query(`SELECT set_config('lock_timeout', $1, false)`, [`${req.waitMs}ms`]);
    try {
      await client.query(`SELECT pg_advisory_lock(${req.key})`);
    } catch (err) {
      // 55P03 lock_not_available: lock_timeout expired with the other deploy still running.
      if (firstPgError(err)?.code === '55P03') throw busy(req.database, req.waitMs, err);
      throw err;
    }
    req.progress(`Deploy lock acquired after ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } finally {
    clearInterval(ticker);
    await client
      .query(`SELECT set_config('lock_timeout', $1, false)`, [prev.rows[0].v])
      .catch(() => undefined);
  }
}
