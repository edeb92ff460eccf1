/**
 * A minimal PostgreSQL wire-protocol peer that trusts everyone and answers every simple query
 * with one configurable row: enough to show pgmi what a server that is not PostgreSQL, or one
 * older than 11, looks like (no such server can be started here otherwise). Speaks protocol 3:
 * refuses TLS, authenticates with AuthenticationOk, sends BackendKeyData and ReadyForQuery.
 */
import net from 'node:net';

export interface FakeRow {
  version: string;
  versionNum: number;
}

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

function int32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
}

function int16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
}

function rowMessages(row: FakeRow): Buffer {
  const cols: Array<[string, number, string | null]> = [
    ['version', 25, row.version],
    ['database', 25, 'fake'],
    ['user', 25, 'fake'],
    ['pid', 23, '4242'],
    ['address', 25, '127.0.0.1/32'],
    ['port', 23, '5432'],
    ['version_num', 23, String(row.versionNum)],
  ];
  const desc = Buffer.concat([
    int16(cols.length),
    ...cols.map(([name, oid]) =>
      Buffer.concat([
        Buffer.from(name + '\0'),
        int32(0),
        int16(0),
        int32(oid),
        int16(-1),
        int32(-1),
        int16(0),
      ]),
    ),
  ]);
  const data = Buffer.concat([
    int16(cols.length),
    ...cols.map(([, , v]) =>
      v === null ? int32(-1) : Buffer.concat([int32(Buffer.byteLength(v)), Buffer.from(v)]),
    ),
  ]);
  return Buffer.concat([
    message('T', desc),
    message('D', data),
    message('C', Buffer.from('SELECT 1\0')),
    message('Z', Buffer.from('I')),
  ]);
}

export async function startFakePgServer(
  row: FakeRow,
): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buf = Buffer.alloc(0);
    let started = false;
    socket.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        if (!started) {
          if (buf.length < 8) return;
          const len = buf.readInt32BE(0);
          if (buf.length < len) return;
          const code = buf.readInt32BE(4);
          buf = buf.subarray(len);
          if (code === 80877103 || code === 80877104) {
            socket.write('N');
            continue;
          }
          started = true;
          socket.write(
            Buffer.concat([
              message('R', int32(0)),
              message('S', Buffer.from('server_version\0fake\0')),
              message('K', Buffer.concat([int32(1234), int32(5678)])),
              message('Z', Buffer.from('I')),
            ]),
          );
          continue;
        }
        if (buf.length < 5) return;
        const type = String.fromCharCode(buf[0]);
        const len = buf.readInt32BE(1);
        if (buf.length < len + 1) return;
        buf = buf.subarray(len + 1);
        if (type === 'X') {
          socket.end();
          return;
        }
        if (type === 'Q') socket.write(rowMessages(row));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as net.AddressInfo).port,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
