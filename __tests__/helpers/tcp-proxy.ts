/**
 * A controllable TCP proxy on 127.0.0.1 in front of a real PostgreSQL, for fault tests: it
 * forwards, cuts every connection (a reset network path, a crashed proxy), or goes silent (it
 * keeps the sockets open and forwards nothing, like a dead route or a hung host). Faults can be
 * triggered by bytes seen on the wire — a marker in a file the client uploads, or a NOTICE the
 * server sends while deploy.sql runs — so a test hits the exact phase it means to.
 */
import net from 'node:net';

export type ProxyMode = 'forward' | 'silent';
export type Direction = 'to-server' | 'to-client';

export interface ProxyTrigger {
  /** Text to look for in the traffic (UTF-8). */
  pattern: string;
  direction: Direction;
  action: 'cut' | 'silence';
  /** Forward the chunk that matched before acting (default: act before forwarding it). */
  forwardMatch?: boolean;
}

export interface TcpProxy {
  host: string;
  port: number;
  /** Connections accepted so far. */
  readonly connections: number;
  /** Whether a trigger fired. */
  readonly fired: boolean;
  /** Destroys every open connection (both sides) at once; new ones are still forwarded. */
  cut(): void;
  /** Stops forwarding on every connection, open or new, without closing anything. */
  silence(): void;
  /** Forwards again (new data only; what was swallowed while silent is gone). */
  forward(): void;
  /** Arms a one-shot trigger. */
  on(trigger: ProxyTrigger): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: ProxyMode = 'forward';
  let connections = 0;
  let fired = false;
  let trigger: ProxyTrigger | undefined;
  const pairs = new Set<[net.Socket, net.Socket]>();

  const cut = () => {
    for (const [a, b] of pairs) {
      a.resetAndDestroy();
      b.resetAndDestroy();
    }
    pairs.clear();
  };

  /** Returns whether to forward the chunk. */
  const inspect = (chunk: Buffer, direction: Direction): boolean => {
    const t = trigger;
    if (!t || t.direction !== direction || !chunk.includes(t.pattern)) return true;
    trigger = undefined;
    fired = true;
    const act = () => (t.action === 'cut' ? cut() : (mode = 'silent'));
    if (t.forwardMatch) {
      setImmediate(act);
      return true;
    }
    act();
    return false;
  };

  const server = net.createServer((client) => {
    connections++;
    const upstream = net.connect(target.port, target.host);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    const pipe = (from: net.Socket, to: net.Socket, direction: Direction) =>
      from.on('data', (chunk: Buffer) => {
        if (mode === 'silent') return;
        if (!inspect(chunk, direction)) return;
        if (mode === 'forward' && !to.destroyed) to.write(chunk);
      });
    pipe(client, upstream, 'to-server');
    pipe(upstream, client, 'to-client');
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const port = (server.address() as net.AddressInfo).port;
  return {
    host: '127.0.0.1',
    port,
    get connections() {
      return connections;
    },
    get fired() {
      return fired;
    },
    cut,
    silence: () => (mode = 'silent'),
    forward: () => (mode = 'forward'),
    on: (t) => {
      fired = false;
      trigger = t;
    },
    close: () =>
      new Promise<void>((resolve) => {
        cut();
        server.close(() => resolve());
      }),
  };
}
