/**
 * `COPY ... FROM STDIN (FORMAT binary)` on a node-postgres client, for loading project files.
 *
 * Written by hand because node-postgres has no COPY API of its own (the usual add-on,
 * pg-copy-streams, is a stream wrapper around the same two hooks used here): a query object with
 * `submit()` goes through `client.query()` like any other, and the client hands it the server's
 * CopyInResponse. The rows are then written to the connection's socket as CopyData messages;
 * a large value (a big file) is written as views of the very Buffer the scanner read, so its
 * bytes are never copied or escaped on the client, and the server stores them without parsing
 * anything.
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
/** Values at least this large go out in CopyData messages of their own, written without a copy. */
const DIRECT = 16 * 1024;
/** Small values are gathered into CopyData messages of about this size. */
const BATCH = 64 * 1024;

interface Socket {
  write(chunk: Buffer): boolean;
  cork?(): void;
  uncork?(): void;
  readonly writableLength?: number;
  once?(event: 'drain' | 'close', listener: () => void): unknown;
  off?(event: 'drain' | 'close', listener: () => void): unknown;
}

/**
 * Bytes of CopyData the client lets the socket hold before it waits for the server to take them
 * (socket 'drain'): the rows of many small files are copied into batches, and without a bound
 * all of a large project's would sit in memory at once (about 4 MiB for 5000 migrations).
 */
const QUEUED = 512 * 1024;

/**
 * Builds the CopyData stream: values are encoded straight into one batch buffer, sent as one
 * CopyData message when full, except large text values, which go out as views of the caller's
 * Buffer.
 */
class CopyWriter {
  private buf = Buffer.allocUnsafe(BATCH);
  private at = 5; // room for the message header

  constructor(private readonly socket: Socket) {}

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    this.flush();
    if (5 + n > this.buf.length) this.buf = Buffer.allocUnsafe(5 + n);
  }

  raw(bytes: Buffer): void {
    this.room(bytes.length);
    // TypedArray#set, not Buffer#copy: for the few hundred bytes of a small file it costs about
    // half as much (no call into Node's C++ layer).
    this.buf.set(bytes, this.at);
    this.at += bytes.length;
  }

  int16(n: number): void {
    this.room(2);
    this.at = this.buf.writeInt16BE(n, this.at);
  }

  int32(n: number): void {
    this.room(4);
    this.at = this.buf.writeInt32BE(n, this.at);
  }

  value(v: Exclude<CopyValue, null>): void {
    switch (v.t) {
      case 'text':
        if (typeof v.v === 'string') this.string(v.v);
        else if (v.v.length >= DIRECT) {
          this.int32(v.v.length);
          this.large(v.v);
        } else {
          this.int32(v.v.length);
          this.raw(v.v);
        }
        return;
      case 'int4':
        this.room(8);
        this.at = this.buf.writeInt32BE(4, this.at);
        this.at = this.buf.writeInt32BE(v.v, this.at);
        return;
      case 'int8':
        this.room(12);
        this.at = this.buf.writeInt32BE(8, this.at);
        this.at = this.buf.writeBigInt64BE(BigInt(v.v), this.at);
        return;
      case 'bool':
        this.room(5);
        this.at = this.buf.writeInt32BE(1, this.at);
        this.buf[this.at++] = v.v ? 1 : 0;
        return;
      case 'text[]': {
        // array_recv: ndim, has-nulls flag, element type, (length, lower bound) per dimension,
        // then each element as length and bytes; the value's length word is filled in last.
        let size = 24;
        for (const item of v.v) size += 4 + 3 * item.length;
        this.room(size);
        const lengthAt = this.at;
        this.at = this.buf.writeInt32BE(1, lengthAt + 4);
        this.at = this.buf.writeInt32BE(0, this.at);
        this.at = this.buf.writeInt32BE(TEXT_OID, this.at);
        this.at = this.buf.writeInt32BE(v.v.length, this.at);
        this.at = this.buf.writeInt32BE(1, this.at);
        for (const item of v.v) this.string(item); // fits: room reserved above
        this.buf.writeInt32BE(this.at - lengthAt - 4, lengthAt);
        return;
      }
    }
  }

  /** A text value: length word, then UTF-8 bytes (at most 3 per UTF-16 unit). */
  private string(s: string): void {
    this.room(4 + 3 * s.length);
    const n = this.buf.write(s, this.at + 4, 'utf8');
    this.buf.writeInt32BE(n, this.at);
    this.at += 4 + n;
  }

  large(bytes: Buffer): void {
    this.flush();
    // In CopyData messages of at most BATCH bytes, each a view of the caller's Buffer: the
    // server reads a message whole before it parses it, so one message of a 20 MiB file costs it
    // a 20 MiB buffer and one more copy (about 15 ms of that file's 130 ms COPY, measured).
    for (let at = 0; at < bytes.length; at += BATCH) {
      const part = bytes.subarray(at, Math.min(at + BATCH, bytes.length));
      this.socket.write(messageHeader(0x64, part.length));
      this.socket.write(part);
    }
  }

  flush(): void {
    if (this.at === 5) return;
    this.buf[0] = 0x64;
    this.buf.writeInt32BE(this.at - 1, 1);
    this.socket.write(this.buf.subarray(0, this.at));
    // The socket may still hold the bytes written: the next batch gets a buffer of its own.
    this.buf = Buffer.allocUnsafe(BATCH);
    this.at = 5;
  }
}

function messageHeader(code: number, bodyLength: number): Buffer {
  const h = Buffer.allocUnsafe(5);
  h[0] = code;
  h.writeInt32BE(bodyLength + 4, 1);
  return h;
}

/** CopyFail: the client abandons the COPY, the server rolls the statement back. */
function copyFail(message: string): Buffer {
  const text = Buffer.from(`${message}\0`, 'utf8');
  return Buffer.concat([messageHeader(0x66, text.length), text]);
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
    const out = new CopyWriter(socket);
    out.raw(SIGNATURE);
    out.int32(0); // flags
    out.int32(0); // header extension length
    const rows = this.rows[Symbol.iterator]();
    // Rows are written until the socket holds QUEUED bytes, then again once it has drained.
    // The statement ends either way through the server's answer (handleError, or
    // handleReadyForQuery after CopyDone) or the connection's end, which stops the pump.
    const pump = (): void => {
      if (this.ended) return;
      socket.cork?.();
      try {
        for (;;) {
          const next = rows.next();
          if (next.done) {
            out.int16(-1);
            out.flush();
            socket.write(messageHeader(0x63, 0)); // CopyDone
            return;
          }
          const row = next.value;
          out.int16(row.length);
          for (const value of row) {
            if (value === null) out.int32(-1);
            else out.value(value);
          }
          if ((socket.writableLength ?? 0) >= QUEUED && socket.once) {
            out.flush();
            this.waitDrain(socket, pump);
            return;
          }
        }
      } catch (err) {
        // A row that cannot be encoded: the server is told to abandon the COPY (CopyFail), and
        // answers with an error, which ends the statement; this error is the one reported.
        this.failure = err as Error;
        socket.write(copyFail(`pgmi: ${(err as Error).message}`));
      } finally {
        socket.uncork?.();
      }
    };
    pump();
  }

  private ended = false;
  /** A failure of the client's own while writing rows (reported instead of the server's). */
  private failure: Error | null = null;

  /** Calls `resume` once the socket has drained; nothing more once it closed or the COPY ended. */
  private waitDrain(socket: Socket, resume: () => void): void {
    const onDrain = () => {
      socket.off?.('close', onClose);
      resume();
    };
    const onClose = () => socket.off?.('drain', onDrain);
    socket.once?.('drain', onDrain);
    socket.once?.('close', onClose);
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
    this.ended = true;
    const cb = this.callback;
    this.callback = undefined;
    cb?.(this.failure ?? this.error);
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
