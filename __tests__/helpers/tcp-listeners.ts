/**
 * Small TCP peers for connection tests: a listener that counts connections and then closes,
 * hangs or forwards them to a real server, optionally starting to listen only after a delay
 * (a server that comes up late). Everything binds to loopback addresses.
 */
import net from 'node:net';

export type ListenerBehaviour = 'close' | 'hang' | 'forward';

export interface TcpListener {
  host: string;
  port: number;
  /** Connections accepted so far. */
  readonly connections: number;
  /** Resolves once the listener is accepting (immediately unless `delayMs`). */
  listening: Promise<void>;
  close(): Promise<void>;
}

export interface ListenerOptions {
  behaviour: ListenerBehaviour;
  host?: string;
  /** Defaults to a free port (reserved and released, then bound after `delayMs`). */
  port?: number;
  target?: { host: string; port: number };
  delayMs?: number;
}

async function reservePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export async function startTcpListener(opts: ListenerOptions): Promise<TcpListener> {
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port ?? (await reservePort(host));
  const sockets = new Set<net.Socket>();
  let count = 0;
  const server = net.createServer((socket) => {
    count++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (opts.behaviour === 'close') {
      socket.destroy();
    } else if (opts.behaviour === 'forward' && opts.target) {
      const upstream = net.connect(opts.target.port, opts.target.host);
      sockets.add(upstream);
      upstream.on('error', () => socket.destroy());
      upstream.on('close', () => sockets.delete(upstream));
      socket.pipe(upstream).pipe(socket);
      socket.on('close', () => upstream.destroy());
    }
  });
  let timer: NodeJS.Timeout | undefined;
  const listening = new Promise<void>((resolve, reject) => {
    const go = () => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    };
    if (opts.delayMs) timer = setTimeout(go, opts.delayMs);
    else go();
  });
  if (!opts.delayMs) await listening;
  return {
    host,
    port,
    get connections() {
      return count;
    },
    listening,
    async close() {
      if (timer) clearTimeout(timer);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
