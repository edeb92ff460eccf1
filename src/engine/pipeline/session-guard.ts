/**
 * Bounded cancellation of a connection in use. On `--timeout` or a signal the running statement
 * is cancelled (a CancelRequest on a side channel, which a live server honours at once); when
 * the server does not answer within a grace period — a silent network, a hung host — the socket
 * is destroyed, so the run ends within grace + a moment whatever the network does. A destroyed
 * socket means the server rolls back whatever was open when it notices.
 */
import type pg from 'pg';
import { sendCancelRequest } from './cancel';
import type { RunControl } from './run-control';

/** How long a cancelled statement may take to come back before the socket is closed. */
export const CANCEL_GRACE_MS = 1500;

export function destroySocket(client: pg.Client, reason?: Error): void {
  (
    client as unknown as { connection?: { stream?: { destroy(e?: Error): void } } }
  ).connection?.stream?.destroy(reason);
}

/** Arms cancel-then-destroy on `control`'s abort for `client`; returns the disarm function. */
export function guardConnection(
  client: pg.Client,
  endpoint: { host: string; port: number },
  control: RunControl,
  graceMs = CANCEL_GRACE_MS,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  const onAbort = () => {
    void sendCancelRequest(client, endpoint.host, endpoint.port);
    timer = setTimeout(() => destroySocket(client), graceMs);
    timer.unref();
  };
  if (control.signal.aborted) onAbort();
  else control.signal.addEventListener('abort', onAbort, { once: true });
  return () => {
    control.signal.removeEventListener('abort', onAbort);
    if (timer) clearTimeout(timer);
  };
}

/**
 * Ends `client` after `before` (a ROLLBACK, an unlock), bounded whatever the state of the server:
 * a dead connection never hangs the exit; after `boundMs` the socket is destroyed.
 */
export async function endBounded(
  client: pg.Client,
  before: () => Promise<void> = async () => undefined,
  boundMs = 5000,
): Promise<void> {
  const close = async () => {
    await before();
    await client.end();
  };
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      destroySocket(client);
      resolve();
    }, boundMs);
  });
  await Promise.race([close().catch(() => undefined), bound]);
  clearTimeout(timer);
}
