/**
 * A connection that dies under a deploy (server restart or crash, a reset or cut network path,
 * a proxy that drops us) must end the run as exit 11 with one line saying where it happened and
 * what that means for the data — never as an unhandled `'error'` event and a stack trace.
 *
 * node-postgres emits `'error'` on the client when its socket fails outside a query, and a
 * process without a listener dies of it; inside a query the query rejects with the same error.
 * `watchConnection` keeps a listener on the client for its whole life and remembers the first
 * such error, so a later failure can be recognised as the loss it is.
 */
import type pg from 'pg';
import { ConnectionLostError, errorChain, isPgDatabaseError, type LossPhase } from '../errors';

export { ConnectionLostError, type LossPhase };

const lost = new WeakMap<pg.Client, Error>();

/**
 * Keeps an `'error'` listener on `client` for as long as it lives (a socket error with no
 * listener ends the process) and records the first error. Idempotent.
 */
export function watchConnection(client: pg.Client): void {
  if (lost.has(client) || client.listeners('error').includes(record)) return;
  client.on('error', record);
}

function record(this: pg.Client, err: Error): void {
  if (!lost.has(this)) lost.set(this, err);
}

// Socket-level failures (Node error codes) and node-postgres' own wording for a dead peer.
const LOSS_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
]);
const LOSS_TEXT = [
  'connection terminated',
  'not queryable',
  'client was closed',
  'socket hang up',
  'write after end',
];

/**
 * Whether `err` (or anything in its cause chain) means the connection is gone, rather than the
 * server rejecting a statement: a socket error, the peer hanging up, or a FATAL/PANIC from the
 * server (admin shutdown 57P01, crash 57P02, a terminated backend) that ends the session.
 */
export function isConnectionLoss(err: unknown, client?: pg.Client): boolean {
  if (client && lost.has(client)) return true;
  for (const e of errorChain(err)) {
    if (isPgDatabaseError(e)) {
      const sev = (e as { severity?: string }).severity ?? '';
      if (sev === 'FATAL' || sev === 'PANIC' || e.code?.startsWith('08')) return true;
      continue;
    }
    if (typeof e !== 'object' || e === null) continue;
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && LOSS_CODES.has(code)) return true;
    const text = typeof message === 'string' ? message.toLowerCase() : '';
    if (LOSS_TEXT.some((t) => text.includes(t))) return true;
  }
  return false;
}

/** The first recorded connection-level error of `client`, if any. */
export function connectionErrorOf(client: pg.Client): Error | undefined {
  return lost.get(client);
}

/** What a loss in each phase means for the target database. */
export function lossMessage(
  phase: LossPhase,
  database: string,
  tail?: { committed: number; unit: number; units: number },
): string {
  const db = JSON.stringify(database);
  switch (phase) {
    case 'connect':
      return `connection lost while connecting to ${db}: nothing was deployed`;
    case 'overwrite':
      return `connection to the maintenance database lost while recreating ${db}: ${db} may be missing or empty; deploy again`;
    case 'load':
      return `connection lost while loading the project into the session: deploy.sql did not run; ${db} is unchanged`;
    case 'lock':
      return `connection lost while taking the deploy lock: deploy.sql did not run; ${db} is unchanged`;
    case 'head':
      return tail?.unit === -1
        ? `connection lost while the COMMIT of deploy.sql's atomic head (unit 1) was in flight: the server may or may not have committed it; look at ${db} before deploying again`
        : `connection lost during the atomic head of deploy.sql (unit 1): the server rolls back the open head: nothing was committed`;
    case 'tail': {
      const t = tail ?? { committed: 0, unit: 0, units: 0 };
      const done =
        t.committed > 0
          ? `units 1–${t.committed} of deploy.sql were committed before the loss`
          : 'nothing was committed before the loss';
      return `connection lost during unit ${t.unit} of ${t.units} of deploy.sql (the tail): ${done}; the server rolls back unit ${t.unit} if it was still open`;
    }
  }
}

/** Wraps a loss as ConnectionLostError (exit 11), keeping the original as `cause`. */
export function connectionLost(
  phase: LossPhase,
  message: string,
  cause: unknown,
): ConnectionLostError {
  return new ConnectionLostError(message, phase, {
    cause,
    hints: ['check the server and the network path to it, then deploy again'],
  });
}
