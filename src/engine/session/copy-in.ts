/**
 * `COPY ... FROM STDIN (FORMAT binary)` on a node-postgres client, for loading project files.
 *
 * Written by hand because node-postgres has no COPY API of its own (the usual add-on,
 * pg-copy-streams, is a stream wrapper around the same two hooks used here): a query object with
 * `submit()` goes through `client.query()` like any other, and the client hands it the server's
 * CopyInResponse. The rows are then written to the connection's socket as CopyData messages;
 * a large value (a big file) is written as the very Buffer the scanner read, so its bytes are
 * never copied or escaped on the client, and the server stores them without parsing anything.
 */
import type pg from 'pg';

/** A column value in binary COPY format. */
export type CopyValue =
  | { t: 'text'; v: string | Buffer }
  | { t: 'int4'; v: number }
  | { t: 'int8'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'text[]'; v: string[] }
  | null;

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const TEXT_OID = 25;
/** Values at least this large get a CopyData message of their own, written without a copy. */
const DIRECT = 16 * 1024;
/** Small values are gathered into CopyData messages of about this size. */
const BATCH = 64 * 1024;

interface Socket {
  write(chunk: Buffer): boolean;
  cork?(): void;
  uncork?(): void;
}

/** Builds the CopyData stream: small pieces batched, large values passed through. */
class CopyWriter {
  private parts: Buffer[] = [];
  private size = 0;

  constructor(private readonly socket: Socket) {}

  small(buf: Buffer): void {
    this.parts.push(buf);
    this.size += buf.length;
    if (this.size >= BATCH) this.flush();
  }

  large(buf: Buffer): void {
    this.flush();
    this.socket.write(messageHeader(0x64, buf.length));
    this.socket.write(buf);
  }

  flush(): void {
    if (this.size === 0) return;
    const body = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.size);
    this.socket.write(messageHeader(0x64, body.length));
    this.socket.write(body);
    this.parts = [];
    this.size = 0;
  }
}

function messageHeader(code: number, bodyLength: number): Buffer {
  const h = Buffer.allocUnsafe(5);
  h[0] = code;
  h.writeInt32BE(bodyLength + 4, 1);
  return h;
}

function int32(n: number): Buffer {
  const b = Buffer.allocUnsafe(4);
  b.writeInt32BE(n, 0);
  return b;
}

function encodeSmall(value: Exclude<CopyValue, null>): Buffer {
  switch (value.t) {
    case 'text': {
      const bytes = typeof value.v === 'string' ? Buffer.from(value.v, 'utf8') : value.v;
      const b = Buffer.allocUnsafe(4 + bytes.length);
      b.writeInt32BE(bytes.length, 0);
      bytes.copy(b, 4);
      return b;
    }
    case 'int4': {
      const b = Buffer.allocUnsafe(8);
      b.writeInt32BE(4, 0);
      b.writeInt32BE(value.v, 4);
      return b;
    }
    case 'int8': {
      const b = Buffer.allocUnsafe(12);
      b.writeInt32BE(8, 0);
      b.writeBigInt64BE(BigInt(value.v), 4);
      return b;
    }
    case 'bool': {
      const b = Buffer.allocUnsafe(5);
      b.writeInt32BE(1, 0);
      b[4] = value.v ? 1 : 0;
      return b;
    }
    case 'text[]': {
      // array_recv: ndim, has-nulls flag, element type, then (length, lower bound) per dimension.
      const items = value.v.map((s) => Buffer.from(s, 'utf8'));
      const bodyLength = 20 + items.reduce((n, x) => n + 4 + x.length, 0);
      const b = Buffer.allocUnsafe(4 + bodyLength);
      b.writeInt32BE(bodyLength, 0);
      b.writeInt32BE(1, 4);
      b.writeInt32BE(0, 8);
      b.writeInt32BE(TEXT_OID, 12);
      b.writeInt32BE(items.length, 16);
      b.writeInt32BE(1, 20);
      let at = 24;
      for (const x of items) {
        b.writeInt32BE(x.length, at);
        x.copy(b, at + 4);
        at += 4 + x.length;
      }
      return b;
    }
  }
}

/** The submittable query: node-postgres calls these hooks as the server answers. */
class CopyIn {
  callback?: (err: Error | null) => void;
  private error: Error | null = null;

  constructor(
    private readonly sql: string,
    private readonly rows: Iterable<CopyValue[]>,
  ) {}

  submit(connection: pg.Connection & { query(text: string): void }): void {
    connection.query(this.sql);
  }

  handleCopyInResponse(connection: { stream: Socket }): void {
    const socket = connection.stream;
    socket.cork?.();
    try {
      const out = new CopyWriter(socket);
      const header = Buffer.alloc(SIGNATURE.length + 8);
      SIGNATURE.copy(header);
      out.small(header);
      const fieldCount = Buffer.allocUnsafe(2);
      for (const row of this.rows) {
        const count = Buffer.allocUnsafe(2);
        count.writeInt16BE(row.length, 0);
        out.small(count);
        for (const value of row) {
          if (value === null) out.small(int32(-1));
          else if (value.t === 'text' && Buffer.isBuffer(value.v) && value.v.length >= DIRECT) {
            out.small(int32(value.v.length));
            out.large(value.v);
          } else out.small(encodeSmall(value));
        }
      }
      fieldCount.writeInt16BE(-1, 0);
      out.small(fieldCount);
      out.flush();
      socket.write(messageHeader(0x63, 0)); // CopyDone
    } finally {
      socket.uncork?.();
    }
  }

  handleError(err: Error): void {
    // The server has ended the statement: report at once, as node-postgres's own queries do.
    this.error = err;
    this.finish();
  }

  handleReadyForQuery(): void {
    this.finish();
  }

  private finish(): void {
    const cb = this.callback;
    this.callback = undefined;
    cb?.(this.error);
  }

  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/**
 * Runs `sql` (a `COPY table (columns) FROM STDIN (FORMAT binary)`) with `rows`, each one value
 * per listed column. Rejects with the server's error (a `DatabaseError`) as any query would.
 */
export function copyIn(client: pg.Client, sql: string, rows: Iterable<CopyValue[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const q = new CopyIn(sql, rows);
    q.callback = (err) => (err ? reject(err) : resolve());
    // The typings only know their own query shapes; a submittable is documented and supported.
    (client as unknown as { query(q: CopyIn): void }).query(q);
  });
}
