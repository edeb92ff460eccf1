/**
 * Cancelling the statement a backend is running. node-postgres only offers this through an
 * unconnected second Client reusing its own connection options; we send the protocol's
 * CancelRequest ourselves: a 16-byte packet on a fresh socket (length 16, code 80877102,
 * backend pid, secret key). The server accepts it before any TLS or authentication exchange.
 */
import net from 'node:net';
import type pg from 'pg';

const CANCEL_REQUEST_CODE = 80877102;

export function sendCancelRequest(
  client: pg.Client,
  host: string,
  port: number,
  options: { unref?: boolean } = {},
): Promise<boolean> {
  const { processID, secretKey } = client as unknown as { processID?: number; secretKey?: number };
  if (
    processID === undefined ||
    secretKey === undefined ||
    processID === null ||
    secretKey === null
  ) {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const packet = Buffer.alloc(16);
    packet.writeInt32BE(16, 0);
    packet.writeInt32BE(CANCEL_REQUEST_CODE, 4);
    packet.writeInt32BE(processID, 8);
    packet.writeInt32BE(secretKey, 12);
    const socket = host.startsWith('/')
      ? net.connect(`${host}/.s.PGSQL.${port}`)
      : net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    // `unref`: a cancel sent on the way out never keeps the process alive.
    if (options.unref) socket.unref();
    socket.setTimeout(3000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.end(packet, () => done(true)));
  });
}
