/**
 * The two per-file digests: `checksum` (SHA-256 of the bytes) and `pgmi_checksum` (SHA-256 of the
 * normalised text, bit-identical to upstream pgmi, which ledgers compare across deploys).
 *
 * Normalisation = the lexer pass of `sql-lexer.ts` (comments to one space, ASCII case folding
 * outside literals, quoted identifiers and dollar bodies) followed by a whitespace pass: every run
 * of Go `unicode.IsSpace` code points — anywhere, literals included, as upstream does — becomes
 * one space, and the ends are trimmed. Both work over bytes: linear, and no per-character
 * strings. `pgmiChecksumSimple` runs them as two passes, the reference; `PgmiDigester`, what pgmi
 * uses, runs them as one, the lexer collapsing as it writes (wasm/lexer.ts, compiled to
 * WebAssembly, or the same in JavaScript).
 */
import { performance } from 'node:perf_hooks';
import crypto, { createHash, type Hash } from 'node:crypto';
import { goSpaceLength } from './go-text';
import {
  MAX_RANGE_TAG,
  lexSql,
  lexSqlEnd,
  lexSqlRange,
  newLexState,
  type Collapse,
  type LexState,
} from './sql-lexer';
import { WASM_SMALL_MAX, WasmLexer } from './wasm-lexer';

function bytesOf(input: Uint8Array | string): Uint8Array {
  return typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
}

/**
 * One-shot SHA-256 (`crypto.hash`, Node 20.12+; not yet in the type declarations): for small
 * inputs about twice as fast as a `Hash` object, which matters over thousands of files.
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array, enc: 'hex') => string })
  .hash;

function sha256Hex(data: Uint8Array): string {
  return oneShot ? oneShot('sha256', data, 'hex') : createHash('sha256').update(data).digest('hex');
}

/** SHA-256 (lower-case hex) of the bytes exactly; strings are hashed as UTF-8. */
export function rawChecksum(input: Uint8Array | string): string {
  return sha256Hex(bytesOf(input));
}

/** Collapses whitespace runs in `buf[0..len)` in place; returns the new length. */
function collapseWhitespace(buf: Uint8Array, len: number): number {
  let w = 0;
  let r = 0;
  let pendingSpace = false;
  while (r < len) {
    const ws = goSpaceLength(buf, r, len);
    if (ws > 0) {
      pendingSpace = true;
      r += ws;
      continue;
    }
    // A pending space is written only between two non-space bytes: that trims both ends.
    if (pendingSpace && w > 0) buf[w++] = 0x20;
    pendingSpace = false;
    buf[w++] = buf[r++];
  }
  return w;
}

/**
 * The normalised bytes of UTF-8 SQL text (expected to be valid UTF-8, as the scanner guarantees).
 * Returns a view into a fresh buffer.
 */
export function normalizeSqlBytes(input: Uint8Array | string): Buffer {
  const src = bytesOf(input);
  const out = Buffer.allocUnsafe(src.length);
  const len = collapseWhitespace(out, lexSql(src, out, null));
  return out.subarray(0, len);
}

/** Upstream pgmi's normalisation of SQL text (see the module comment). */
export function normalizeSql(text: string): string {
  return normalizeSqlBytes(text).toString('utf8');
}

/** The straightforward `pgmi_checksum`: normalise the whole text, then hash it. */
export function pgmiChecksumSimple(input: Uint8Array | string): string {
  return createHash('sha256').update(normalizeSqlBytes(input)).digest('hex');
}

/** Source bytes lexed per step of the streamed checksum. */
const BLOCK = 64 * 1024;

/**
 * The streamed `pgmi_checksum`: the lexer runs a block at a time into one small output buffer
 * per caller, collapsing white space as it writes (one pass instead of two), and each block's
 * output is hashed before the next. The lexer is the WebAssembly one (wasm-lexer.ts), which
 * holds one copy of a large file in its memory while stepping through it, or `lexSqlRange` where
 * there is no WebAssembly. Gives the same digest as `pgmiChecksumSimple` (tests run both lexers
 * against it over every file of the templates and examples).
 */
export class PgmiDigester {
  private readonly block: number;
  private buf: Buffer;
  /** The WebAssembly lexer: undefined until first needed, null when not used. */
  private wasm: WasmLexer | null | undefined;

  /**
   * `block`: source bytes lexed per step (tests use small ones to exercise the range limits);
   * `wasm: false`: the JavaScript lexer only.
   */
  constructor(options: { block?: number; wasm?: boolean } = {}) {
    this.block = Math.max(1, Math.min(options.block ?? BLOCK, WASM_SMALL_MAX));
    this.buf = Buffer.allocUnsafe(this.block + MAX_RANGE_TAG + 8);
    this.wasm = options.wasm === false ? null : undefined;
  }

  private lexer(): WasmLexer | null {
    if (this.wasm === undefined) this.wasm = WasmLexer.create() ?? null;
    return this.wasm;
  }

  /**
   * One range of `src` lexed and collapsed (`lexSqlRange` with `ws`): the output, valid until the
   * next call, or null when a dollar tag too long for ranged lexing opens.
   */
  private lexRange(src: Uint8Array, st: LexState, limit: number, ws: Collapse): Uint8Array | null {
    const wasm = this.lexer();
    if (wasm) return wasm.lexRange(src, st, limit, ws);
    const end = lexSqlRange(src, st, limit, this.buf, 0, null, ws);
    return end < 0 ? null : this.buf.subarray(0, end);
  }

  digest(src: Uint8Array): string {
    if (src.length <= this.block) return this.small(src);
    const job = this.begin(src);
    while (!this.step(job, Infinity));
    return this.finish(job);
  }

  /**
   * Starts a digest that `step` advances a budget of bytes at a time and `finish` completes, so a
   * caller can interleave the work with I/O. One job at a time per digester (the buffer is
   * shared between steps).
   */
  begin(src: Uint8Array, raw = false): DigestJob {
    return {
      src,
      hash: createHash('sha256'),
      st: newLexState(),
      ws: { pending: false, wrote: false },
      fallback: undefined,
      raw: raw ? createHash('sha256') : undefined,
      rawAt: 0,
    };
  }

  /** Lexes at least one block (up to about `budget` bytes); true when the text is done. */
  step(job: DigestJob, budget: number): boolean {
    const { src, st, ws, hash } = job;
    const until = Math.min(src.length, st.i + Math.max(budget, 1));
    do {
      const limit = Math.min(src.length, st.i + this.block);
      // Lexed and collapsed in one pass (white space still pending travels in `ws`).
      const out = this.lexRange(src, st, limit, ws);
      if (out === null) {
        job.fallback = pgmiChecksumSimple(src);
        this.wasm?.forget(src);
        return true;
      }
      if (out.length > 0) hash.update(out);
      // The bytes just lexed (a token may have run past the limit), while they are in cache.
      if (job.raw) {
        job.raw.update(src.subarray(job.rawAt, st.i));
        job.rawAt = st.i;
      }
    } while (st.i < until);
    return st.i >= src.length;
  }

  finish(job: DigestJob): string {
    this.wasm?.forget(job.src);
    if (job.fallback !== undefined) return job.fallback;
    lexSqlEnd(job.src, job.st, null);
    return job.hash.digest('hex');
  }

  /** The SHA-256 of the bytes of a finished job begun with `raw` (the rest of them hashed here). */
  finishRaw(job: DigestJob): string {
    if (!job.raw) throw new Error('internal error: no SHA-256 of the bytes in this digest');
    job.raw.update(job.src.subarray(job.rawAt));
    return job.raw.digest('hex');
  }

  /** One block: lexed and collapsed into the buffer in one pass, hashed once. */
  private small(src: Uint8Array): string {
    const wasm = this.lexer();
    // A whole file's lexer state starts empty and ends where nothing reads it (no comment spans).
    if (wasm) return sha256Hex(wasm.lexWhole(src));
    const st = newLexState();
    // Never null: the whole input is one range, so no tag is too long.
    const out = this.lexRange(src, st, src.length, { pending: false, wrote: false }) as Uint8Array;
    lexSqlEnd(src, st, null);
    return sha256Hex(out);
  }
}

/** A digest in progress (see `PgmiDigester.begin`). */
export interface DigestJob {
  src: Uint8Array;
  hash: Hash;
  st: LexState;
  ws: Collapse;
  fallback: string | undefined;
  /** The SHA-256 of the bytes, hashed as far as `rawAt` (`begin`'s `raw`). */
  raw: Hash | undefined;
  rawAt: number;
}

/** Bytes of a large file lexed and hashed between two looks at the clock: about 1 ms. */
const STEP_BYTES = 256 * 1024;

/**
 * Computes `pgmi_checksum` of `files` (those still without one), and `checksum` where it is
 * missing too, a slice of at most about `sliceMs` of work at a time, yielding to the event loop
 * between slices: the work overlaps with whatever I/O is in flight (connecting, creating the
 * session) instead of delaying it.
 */
export async function completePgmiChecksums(
  files: Array<{ bytes?: Buffer; content: string; checksum: string; pgmiChecksum: string }>,
  options: { sliceMs?: number; signal?: { aborted: boolean } } = {},
): Promise<number> {
  // Short slices: each round trip of the connection being opened meanwhile (about ten of them)
  // waits for the slice in progress; with 4 ms slices of 1 MiB steps, a 20 MiB file's checksums
  // stretched the connection from about 40 to 80 ms.
  const sliceMs = options.sliceMs ?? 1;
  const digester = new PgmiDigester();
  let spent = 0;
  let i = 0;
  let job: DigestJob | undefined;
  while (i < files.length && !options.signal?.aborted) {
    const sliceStart = performance.now();
    do {
      const f = files[i];
      if (f.pgmiChecksum !== '') {
        if (f.checksum === '') f.checksum = rawChecksum(f.bytes ?? f.content);
        i++;
        continue;
      }
      const src = f.bytes ?? Buffer.from(f.content, 'utf8');
      if (src.length <= BLOCK) {
        if (f.checksum === '') f.checksum = rawChecksum(src);
        f.pgmiChecksum = digester.digest(src);
        i++;
        continue;
      }
      job ??= digester.begin(src, f.checksum === '');
      if (digester.step(job, STEP_BYTES)) {
        f.pgmiChecksum = digester.finish(job);
        if (job.raw) f.checksum = digester.finishRaw(job);
        job = undefined;
        i++;
      }
    } while (i < files.length && performance.now() - sliceStart < sliceMs);
    spent += performance.now() - sliceStart;
    if (i < files.length) await new Promise((r) => setImmediate(r));
  }
  return spent;
}

const shared = new PgmiDigester();

/** `pgmi_checksum`: SHA-256 (lower-case hex) of the normalised text. */
export function pgmiChecksum(input: Uint8Array | string): string {
  return shared.digest(bytesOf(input));
}
