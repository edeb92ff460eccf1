/**
 * The normalising lexer of `pgmi_checksum` compiled to WebAssembly (`wasm/lexer.ts`): the same
 * state machine as `lexSqlRange` with collapsing output, the mode every checksum runs, about
 * twice as fast as the JavaScript one. `PgmiDigester` uses it when the runtime has WebAssembly
 * (not under `node --jitless`) and falls back to `lexSqlRange` otherwise; tests and the `sql`
 * fuzz target hold the two to the same output, range by range.
 *
 * Memory layout (see wasm/lexer.ts): tables from 0, the lexer state at 2048, output at 4096, one
 * small file at SMALL_SRC, and from JOB_SRC the whole of the large file a digest is stepping
 * through (the lexer looks back and ahead across range limits, as `lexSqlRange` does over `src`).
 * That area grows to the largest file and is reused for the next: a digester lives for one scan
 * or one checksum pass, and its memory goes with it.
 */
import { LEXER_WASM } from './lexer-wasm';
import type { Collapse, LexState } from './sql-lexer';

const STATE = 2048;
const OUT = 4096;
/** Room for one small file (a digest's one-block case). */
const SMALL_SRC = 0x12000;
export const WASM_SMALL_MAX = 0x10000;
const JOB_SRC = 0x30000;
const PAGE = 0x10000;

/**
 * The part of the WebAssembly API used here. TypeScript declares WebAssembly only in its DOM
 * library, which this project does not load; Node has it unless started with `--jitless`.
 */
interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule) => { exports: unknown };
}
type WasmModule = { readonly wasmModule: unique symbol };
interface LexerExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  init(): void;
  lex(src: number, n: number, limit: number): number;
}

const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
let compiled: WasmModule | null | undefined;

function wasmModule(): WasmModule | null {
  compiled ??= api ? new api.Module(Buffer.from(LEXER_WASM, 'base64')) : null;
  return compiled;
}

export class WasmLexer {
  private readonly exports: LexerExports;
  private u8: Uint8Array;
  private i32: Int32Array;
  /** The file now copied at JOB_SRC. */
  private resident: Uint8Array | undefined;

  private constructor(module: WasmModule) {
    this.exports = new (api as WasmApi).Instance(module).exports as LexerExports;
    this.exports.init();
    this.u8 = new Uint8Array(this.exports.memory.buffer);
    this.i32 = new Int32Array(this.exports.memory.buffer);
  }

  /** A lexer, or undefined when this runtime has no WebAssembly. */
  static create(): WasmLexer | undefined {
    const module = wasmModule();
    return module ? new WasmLexer(module) : undefined;
  }

  private ensure(bytes: number): void {
    const have = this.exports.memory.buffer.byteLength;
    if (bytes <= have) return;
    this.exports.memory.grow(Math.ceil((bytes - have) / PAGE));
    this.u8 = new Uint8Array(this.exports.memory.buffer);
    this.i32 = new Int32Array(this.exports.memory.buffer);
  }

  private run(at: number, n: number, limit: number, st: LexState, ws: Collapse): number {
    const s = this.i32;
    const b = STATE >> 2;
    s[b] = st.i;
    s[b + 1] = st.state;
    s[b + 2] = st.depth;
    s[b + 3] = st.commentStart;
    s[b + 4] = st.escapeString ? 1 : 0;
    s[b + 5] = st.tagStart;
    s[b + 6] = st.tagLen;
    s[b + 7] = ws.pending ? 1 : 0;
    s[b + 8] = ws.wrote ? 1 : 0;
    const o = this.exports.lex(at, n, limit);
    if (o < 0) return o;
    st.i = s[b];
    st.state = s[b + 1];
    st.depth = s[b + 2];
    st.commentStart = s[b + 3];
    st.escapeString = s[b + 4] !== 0;
    st.tagStart = s[b + 5];
    st.tagLen = s[b + 6];
    ws.pending = s[b + 7] !== 0;
    ws.wrote = s[b + 8] !== 0;
    return o;
  }

  /**
   * `lexSqlRange(src, st, limit, out, 0, null, ws)`: the output (a view valid until the next
   * call), or null where that returns -1. `src` of at most WASM_SMALL_MAX bytes is copied for
   * this call only; a larger one stays copied while the same `src` is stepped through.
   */
  lexRange(src: Uint8Array, st: LexState, limit: number, ws: Collapse): Uint8Array | null {
    // The output area holds one range's output: at most the range, a dollar tag and a space.
    if (limit - st.i > WASM_SMALL_MAX) throw new Error('internal error: lexer range too long');
    let at: number;
    if (src.length <= WASM_SMALL_MAX) {
      at = SMALL_SRC;
      this.u8.set(src, at);
    } else {
      at = JOB_SRC;
      if (this.resident !== src) {
        this.ensure(JOB_SRC + src.length);
        this.u8.set(src, at);
        this.resident = src;
      }
    }
    const o = this.run(at, src.length, limit, st, ws);
    return o < 0 ? null : this.u8.subarray(OUT, OUT + o);
  }

  /**
   * A whole file of at most WASM_SMALL_MAX bytes lexed from the start (no state to carry): the
   * output, a view valid until the next call.
   */
  lexWhole(src: Uint8Array): Uint8Array {
    if (src.length > WASM_SMALL_MAX) throw new Error('internal error: lexer range too long');
    this.u8.set(src, SMALL_SRC);
    this.i32.fill(0, STATE >> 2, (STATE >> 2) + 9);
    const o = this.exports.lex(SMALL_SRC, src.length, src.length);
    return this.u8.subarray(OUT, OUT + o);
  }

  /** Done with a large file: its copy is no longer needed (its area is reused as it is). */
  forget(src: Uint8Array): void {
    if (this.resident === src) this.resident = undefined;
  }

  /** The size of this lexer's memory, in bytes. */
  get memoryBytes(): number {
    return this.exports.memory.buffer.byteLength;
  }
}
