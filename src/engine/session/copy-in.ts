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

/** Writes one row's values, in column order, through the typed methods of a `CopyRowWriter`. */
export interface CopyRowWriter {
  /** Starts a row of `columns` values. */
  row(columns: number): void;
  text(v: string | Buffer): void;
  int4(n: number): void;
  /** A whole number of at most 2^53 (a file size): written without a BigInt. */
  int8(n: number): void;
  bool(b: boolean): void;
  /** A one-dimensional `text[]` without NULLs. */
  textArray(items: string[]): void;
  nul(): void;
}

/** Rows written straight into the stream, `count` of them: `write(w, i)` writes row `i`. */
export interface CopyRowSource {
  count: number;
  write(w: CopyRowWriter, i: number): void;
}

/**
 * Builds the CopyData stream: values are encoded straight into one batch buffer, sent as one
 * CopyData message when full, except large text values, which go out as views of the caller's
 * Buffer.
 *
 * The integers are stored byte by byte rather than with `Buffer#writeInt32BE`, and short ASCII
 * strings are copied code unit by code unit rather than with `Buffer#write`: a project of 5000
 * files is 65 000 values, each encoded once, mostly by code V8 has not optimised yet, and Node's
 * methods cost a range check or a call into C++ each time (the COPY of 5000 rows took about 60 ms
 * of the client's CPU with them).
 */
class CopyWriter implements CopyRowWriter {
  private buf = Buffer.allocUnsafe(BATCH);
  private at = 5; // room for the message header

  constructor(private readonly socket: Socket) {}

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    this.flush();
    if (5 + n > this.buf.length) this.buf = Buffer.allocUnsafe(5 + n);
  }

  /** Stores `n` (a 32-bit integer, signed or not) big-endian at `at`; room already made. */
  private put32(n: number, at: number): void {
    const b = this.buf;
    b[at] = n >>> 24;
    b[at + 1] = n >>> 16;
    b[at + 2] = n >>> 8;
    b[at + 3] = n;
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
    this.buf[this.at] = n >>> 8;
    this.buf[this.at + 1] = n;
    this.at += 2;
  }

  int32(n: number): void {
    this.room(4);
    this.put32(n, this.at);
    this.at += 4;
  }

  row(columns: number): void {
    this.int16(columns);
  }

  nul(): void {
    this.int32(-1);
  }

  text(v: string | Buffer): void {
    if (typeof v === 'string') this.string(v);
    else if (v.length >= DIRECT) {
      this.int32(v.length);
      this.large(v);
    } else {
      this.int32(v.length);
      this.raw(v);
    }
  }

  int4(n: number): void {
    this.room(8);
    this.put32(4, this.at);
    this.put32(n, this.at + 4);
    this.at += 8;
  }

  int8(n: number): void {
    this.room(12);
    this.put32(8, this.at);
    if (n >= 0 && n <= Number.MAX_SAFE_INTEGER) {
      this.put32(Math.floor(n / 0x100000000), this.at + 4);
      this.put32(n >>> 0, this.at + 8);
    } else {
      this.buf.writeBigInt64BE(BigInt(n), this.at + 4);
    }
    this.at += 12;
  }

  bool(b: boolean): void {
    this.room(5);
    this.put32(1, this.at);
    this.buf[this.at + 4] = b ? 1 : 0;
    this.at += 5;
  }

  textArray(items: string[]): void {
    // array_recv: ndim, has-nulls flag, element type, (length, lower bound) per dimension,
    // then each element as length and bytes; the value's length word is filled in last.
    let size = 24;
    for (const item of items) size += 4 + 3 * item.length;
    this.room(size);
    const lengthAt = this.at;
    this.put32(1, lengthAt + 4);
    this.put32(0, lengthAt + 8);
    this.put32(TEXT_OID, lengthAt + 12);
    this.put32(items.length, lengthAt + 16);
    this.put32(1, lengthAt + 20);
    this.at = lengthAt + 24;
    for (const item of items) this.string(item); // fits: room reserved above
    this.put32(this.at - lengthAt - 4, lengthAt);
  }

  value(v: Exclude<CopyValue, null>): void {
    switch (v.t) {
      case 'text':
        return this.text(v.v);
      case 'int4':
        return this.int4(v.v);
      case 'int8':
        return this.int8(v.v);
      case 'bool':
        return this.bool(v.v);
      case 'text[]':
        return this.textArray(v.v);
    }
  }

  /** A text value: length word, then UTF-8 bytes (at most 3 per UTF-16 unit). */
  private string(s: string): void {
    this.room(4 + 3 * s.length);
    const b = this.buf;
    const start = this.at + 4;
    let i = 0;
    if (s.length <= 256) {
      // Paths, names and checksums: ASCII as a rule, copied unit by unit.
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        b[start + i] = c;
      }
    }
    const n = i === s.length ? i : i + b.write(s.slice(i), start + i, 'utf8');
    this.put32(n, this.at);
    this.at = start + n;
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
    this.put32(this.at - 1, 1);
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
    private readonly rows: Iterable<CopyValue[]> | CopyRowSource,
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
    const source = this.rows;
    const iterator = Symbol.iterator in source ? source[Symbol.iterator]() : undefined;
    let index = 0;
    /** Writes the next row; false once there is none. */
    const next = (): boolean => {
      if (!iterator) {
        const s = source as CopyRowSource;
        if (index >= s.count) return false;
        s.write(out, index++);
        return true;
      }
      const r = iterator.next();
      if (r.done) return false;
      out.row(r.value.length);
      for (const value of r.value) {
        if (value === null) out.nul();
        else out.value(value);
      }
      return true;
    };
    // Rows are written until the socket holds QUEUED bytes, then again once it has drained.
    // The statement ends either way through the server's answer (handleError, or
    // handleReadyForQuery after CopyDone) or the connection's end, which stops the pump.
    const pump = (): void => {
      if (this.ended) return;
      socket.cork?.();
      try {
        for (;;) {
          if (!next()) {
            out.int16(-1);
            out.flush();
            socket.write(messageHeader(0x63, 0)); // CopyDone
            return;
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
 * Runs `sql` (a `COPY table (columns) FROM STDIN (FORMAT binary)`) with `rows`: each one value
 * per listed column, or a `CopyRowSource` that writes them itself. Rejects with the server's
 * error (a `DatabaseError`) as any query would.
 */
export function copyIn(
  client: pg.Client,
  sql: string,
  rows: Iterable<CopyValue[]> | CopyRowSource,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const q = new CopyIn(sql, rows);
    q.callback = (err) => (err ? reject(err) : resolve());
    // The typings only know their own query shapes; a submittable is documented and supported.
    (client as unknown as { query(q: CopyIn): void }).query(q);
  });
}
