/** A TCP listener on 127.0.0.1 that records connections: proof that nothing was dialled. */
import { createServer, type Server, type Socket } from 'node:net';

export interface RecordingListener {
  port: number;
  connections: number;
  close(): Promise<void>;
}

/** `mode: 'drop'` closes each connection at once; `'silent'` accepts and never answers. */
export async function recordingListener(
  mode: 'drop' | 'silent' = 'drop',
): Promise<RecordingListener> {
  const sockets = new Set<Socket>();
  const rec = { port: 0, connections: 0 } as RecordingListener;
  const server: Server = createServer((s) => {
    rec.connections++;
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
    if (mode === 'drop') s.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  rec.port = typeof addr === 'object' && addr ? addr.port : 0;
  rec.close = () =>
    new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    });
  return rec;
}
