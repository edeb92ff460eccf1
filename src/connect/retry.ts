/**
 * The connection retry policy (connections.md §9.1, deploy-pipeline.md §4.13): one attempt plus
 * up to three retries on transient failures only, 100/200/400 ms apart (doubling, capped at a
 * minute) with ±10 % jitter; `--wait` keeps retrying transient failures until its deadline.
 */
import { isPgDatabaseError } from '../engine/errors';
import { errorFields } from './connection-errors';

export const MAX_RETRIES = 3;
const BASE_DELAY_MS = 100;
const MAX_DELAY_MS = 60_000;
/** While waiting for a server to come up, poll at least this often. */
const MAX_WAIT_POLL_MS = 1_000;

/** Node socket error codes that mean "try again later". */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'EAI_AGAIN',
  // A Unix socket that does not exist yet: the server has not started.
  'ENOENT',
]);

const TRANSIENT_TEXT = [
  'connection refused',
  'connection reset',
  'connection timeout',
  'connection failure',
  'network is unreachable',
  'i/o timeout',
  'broken pipe',
  'too many connections',
  'server closed the connection',
  'unexpected eof',
  'connection pool exhausted',
  // node-postgres' wording for a peer that hung up, and for its own connect timeout.
  'connection terminated unexpectedly',
  'timeout expired',
];

/** SQLSTATEs worth another attempt: connection exceptions, resources, operator intervention. */
export function isTransientSqlState(code: string): boolean {
  const cls = code.slice(0, 2);
  if (cls === '08' || cls === '53') return true;
  if (cls === '57') return code !== '57014' && code !== '57P04';
  return code === '40001' || code === '40P01' || code === '55P03';
}

export function isTransient(err: unknown): boolean {
  if (isPgDatabaseError(err)) return isTransientSqlState(err.code as string);
  const f = errorFields(err);
  if (!f) return false;
  if (f.code && TRANSIENT_CODES.has(f.code)) return true;
  const text = f.message.toLowerCase();
  return TRANSIENT_TEXT.some((t) => text.includes(t));
}

/** Delay before retry `n` (0-based): 100 ms × 2ⁿ, capped, times a factor in [0.9, 1.1). */
export function backoffDelay(n: number, random: () => number = Math.random, cap = MAX_DELAY_MS) {
  const base = Math.min(BASE_DELAY_MS * 2 ** n, cap);
  return base * (0.9 + 0.2 * random());
}

export interface RetryState {
  /** Failed attempts so far. */
  failures: number;
  startedAt: number;
}

/**
 * How long to sleep before the next attempt, or undefined to give up. Within the first
 * `MAX_RETRIES` retries the normal schedule applies; past it only `waitMs` keeps going, polling
 * at most every second and never past its deadline.
 */
export function nextDelay(
  state: RetryState,
  waitMs: number,
  now: number,
  random: () => number = Math.random,
): number | undefined {
  const n = state.failures - 1;
  const remaining = state.startedAt + waitMs - now;
  if (n < MAX_RETRIES) return backoffDelay(n, random);
  if (remaining <= 0) return undefined;
  return Math.min(backoffDelay(n, random, MAX_WAIT_POLL_MS), remaining);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
