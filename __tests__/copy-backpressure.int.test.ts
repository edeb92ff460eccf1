/**
 * The binary COPY that loads project files holds a bounded amount in the client while the
 * server is slow to take it: 40 MB of small rows (copied into batches, the case that costs
 * memory) through a proxy that stops reading from the client mid-COPY. The rows queued in the
 * client's socket stay under a megabyte, and once the proxy reads again every row arrives. A
 * row that cannot be encoded abandons the COPY (CopyFail) with that row's error, the session
 * still usable.
 */
import net from 'node:net';
import pg from 'pg';
import { copyIn, type CopyValue } from '../src/engine/session/copy-in';
import { connectionParts, createTestDatabase, dropTestDatabase } from './helpers/db';

let db: string;
let server: net.Server;
const pairs: net.Socket[] = [];
/** Client-side sockets of the proxy: pausing them stops reading what the client sends. */
const fromClient: net.Socket[] = [];

beforeAll(async () => {
  db = await createTestDatabase('copy_bp');
  const target = connectionParts();
  server = net.createServer((c) => {
    const s = net.connect(target.port, target.host);
    pairs.push(c, s);
    fromClient.push(c);
    c.pipe(s);
    s.pipe(c);
    c.on('error', () => s.destroy());
    s.on('error', () => c.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  for (const s of pairs) s.destroy();
  await new Promise((r) => server.close(r));
  await dropTestDatabase(db);
});

async function client(): Promise<pg.Client> {
  const t = connectionParts();
  const c = new pg.Client({
    host: '127.0.0.1',
    port: (server.address() as net.AddressInfo).port,
    user: t.user,
    password: t.password,
    database: db,
  });
  await c.connect();
  return c;
}

const ROWS = 40_000;
const ROW = 'x'.repeat(1000);

function* rows(bad?: number): Generator<CopyValue[]> {
  for (let i = 0; i < ROWS; i++) {
    if (i === bad) throw new Error(`row ${i} cannot be encoded`);
    yield [
      { t: 'int4', v: i },
      { t: 'text', v: Buffer.from(ROW) },
    ];
  }
}

it('queues under a megabyte while the server side stops reading, then loads every row', async () => {
  const c = await client();
  try {
    await c.query('CREATE TEMP TABLE t (i int, s text)');
    const socket = (c as unknown as { connection: { stream: net.Socket } }).connection.stream;
    const proxySide = fromClient[fromClient.length - 1];
    // Stop reading as soon as the COPY starts sending (its signature on the wire).
    let seen = false;
    const watch = (chunk: Buffer) => {
      if (!seen && chunk.includes('PGCOPY')) {
        seen = true;
        proxySide.pause();
      }
    };
    proxySide.on('data', watch);
    const done = copyIn(c, 'COPY t (i, s) FROM STDIN (FORMAT binary)', rows());
    let most = 0;
    for (let k = 0; k < 40 && !(seen && k > 10); k++) {
      await new Promise((r) => setTimeout(r, 25));
      most = Math.max(most, socket.writableLength);
    }
    expect(seen).toBe(true);
    // Well under the 40 MB of rows: what the client holds, beyond the kernel's buffers.
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThan(1024 * 1024);
    proxySide.off('data', watch);
    proxySide.resume();
    await done;
    const { rows: r } = await c.query(
      'SELECT count(*)::int AS n, sum(i)::bigint AS total, min(length(s)) AS l FROM t',
    );
    expect(r[0]).toEqual({ n: ROWS, total: String((ROWS * (ROWS - 1)) / 2), l: ROW.length });
  } finally {
    await c.end();
  }
});

it('a row that cannot be encoded abandons the COPY with its own error; the session goes on', async () => {
  const c = await client();
  try {
    await c.query('CREATE TEMP TABLE t (i int, s text)');
    await expect(
      copyIn(c, 'COPY t (i, s) FROM STDIN (FORMAT binary)', rows(30_000)),
    ).rejects.toThrow('row 30000 cannot be encoded');
    const { rows: r } = await c.query('SELECT count(*)::int AS n FROM t');
    expect(r[0].n).toBe(0);
  } finally {
    await c.end();
  }
});

it('a large value goes out as CopyData messages of at most 64 KiB, views of its Buffer, and is stored whole', async () => {
  const c = await client();
  try {
    await c.query('CREATE TEMP TABLE t (i int, s text)');
    const socket = (c as unknown as { connection: { stream: net.Socket } }).connection.stream;
    // 1.5 MB of text that is not one repeated byte, between two small rows.
    const big = Buffer.from(
      Array.from({ length: 60_000 }, (_, i) => `line ${i} ${'y'.repeat(i % 7)}\n`).join(''),
    );
    // Everything the client writes while the COPY runs, as written.
    const written: Buffer[] = [];
    // Writes that are views of the large value's own memory (not copies of it).
    let views = 0;
    const write = socket.write.bind(socket) as (chunk: Buffer, ...rest: unknown[]) => boolean;
    socket.write = ((chunk: Buffer, ...rest: unknown[]) => {
      if (chunk.buffer === big.buffer) views++;
      written.push(Buffer.from(chunk));
      return write(chunk, ...rest);
    }) as typeof socket.write;
    try {
      await copyIn(c, 'COPY t (i, s) FROM STDIN (FORMAT binary)', [
        [
          { t: 'int4', v: 1 },
          { t: 'text', v: Buffer.from('small') },
        ],
        [
          { t: 'int4', v: 2 },
          { t: 'text', v: big },
        ],
        [
          { t: 'int4', v: 3 },
          { t: 'text', v: Buffer.from('small') },
        ],
      ]);
    } finally {
      socket.write = write as typeof socket.write;
    }
    // The messages: Query, CopyData..., CopyDone.
    const stream = Buffer.concat(written);
    const lengths: number[] = [];
    const types: string[] = [];
    for (let at = 0; at < stream.length;) {
      const length = stream.readInt32BE(at + 1);
      types.push(String.fromCharCode(stream[at]));
      if (stream[at] === 0x64) lengths.push(length - 4);
      at += 1 + length;
    }
    expect([types[0], types[types.length - 1]]).toEqual(['Q', 'c']);
    expect(lengths.length).toBeGreaterThan(big.length / (64 * 1024));
    expect(Math.max(...lengths)).toBeLessThanOrEqual(64 * 1024);
    expect(views).toBe(Math.ceil(big.length / (64 * 1024)));
    const { rows: r } = await c.query<{ i: number; md5: string; n: number }>(
      'SELECT i, md5(s) AS md5, octet_length(s) AS n FROM t ORDER BY i',
    );
    expect(r.map((x) => [x.i, x.n])).toEqual([
      [1, 5],
      [2, big.length],
      [3, 5],
    ]);
    const { rows: m } = await c.query<{ md5: string }>('SELECT md5($1::text) AS md5', [
      big.toString('utf8'),
    ]);
    expect(r[1].md5).toBe(m[0].md5);
  } finally {
    await c.end();
  }
});

it('every value type arrives as written, from value lists and from a row writer alike', async () => {
  const c = await client();
  try {
    await c.query('CREATE TEMP TABLE v (k int, i int4, b int8, s text, a text[], f bool)');
    const long = `${'p'.repeat(300)}é${'q'.repeat(10)}`;
    const samples: Array<[number, number, string, string[], boolean | null]> = [
      [0, 0, '', ['.'], true],
      [-1, -1, 'plain ascii path ./a/b.sql', ['.', 'a', 'b.sql'], false],
      [2147483647, 2 ** 32, 'café', ['.', 'é', 'x'], null],
      [-2147483648, 2 ** 32 + 5, 'emoji 😀 in the middle', ['😀', 'tail'], true],
      [7, Number.MAX_SAFE_INTEGER, long, [long, 'ü'], false],
      [8, -(2 ** 40), 'ascii then ü', [], true],
    ];
    const sql = 'COPY v (k, i, b, s, a, f) FROM STDIN (FORMAT binary)';
    await copyIn(
      c,
      sql,
      samples.map(([i, b, s, a, f], k): CopyValue[] => [
        { t: 'int4', v: k },
        { t: 'int4', v: i },
        { t: 'int8', v: b },
        { t: 'text', v: s },
        { t: 'text[]', v: a },
        f === null ? null : { t: 'bool', v: f },
      ]),
    );
    await copyIn(c, sql, {
      count: samples.length,
      write(w, k) {
        const [i, b, s, a, f] = samples[k];
        w.row(6);
        w.int4(100 + k);
        w.int4(i);
        w.int8(b);
        w.text(s);
        w.textArray(a);
        if (f === null) w.nul();
        else w.bool(f);
      },
    });
    const { rows: r } = await c.query<{
      k: number;
      i: number;
      b: string;
      s: string;
      a: string[];
      f: boolean | null;
    }>('SELECT k, i, b::text AS b, s, a, f FROM v ORDER BY k');
    const expected = samples.map(([i, b, s, a, f]) => ({ i, b: String(b), s, a, f }));
    expect(r.map(({ i, b, s, a, f }) => ({ i, b, s, a, f }))).toEqual([...expected, ...expected]);
    expect(r.map((x) => x.k)).toEqual([0, 1, 2, 3, 4, 5, 100, 101, 102, 103, 104, 105]);
  } finally {
    await c.end();
  }
});
