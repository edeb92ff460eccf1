/**
 * The WebAssembly lexer's own contract (its output is tested against the straightforward
 * checksum in checksum-stream.test.ts): the output of a range, its state carried between ranges,
 * a large file copied once and its memory reused, and the size of one range.
 */
import { lexSqlRange, newLexState } from './sql-lexer';
import { WASM_SMALL_MAX, WasmLexer } from './wasm-lexer';

const lexer = (): WasmLexer => {
  const l = WasmLexer.create();
  if (!l) throw new Error('no WebAssembly on this Node');
  return l;
};

it('writes what lexSqlRange writes, range by range, and carries the same state between ranges', () => {
  const src = Buffer.from('SELECT  \'A  b\' -- c\r\n/* x /* y */ */ "Q""r" $t$ B  $t$  E\'\\\\ \'');
  const w = lexer();
  const wst = newLexState();
  const wws = { pending: false, wrote: false };
  const jst = newLexState();
  const jws = { pending: false, wrote: false };
  const out = Buffer.alloc(src.length + 80);
  let wasm = '';
  let js = '';
  while (wst.i < src.length) {
    const limit = Math.min(src.length, wst.i + 3);
    wasm += Buffer.from(w.lexRange(src, wst, limit, wws) as Uint8Array).toString('latin1');
    const n = lexSqlRange(src, jst, limit, out, 0, null, jws);
    js += out.subarray(0, n).toString('latin1');
    expect([wst, wws]).toEqual([jst, jws]);
  }
  expect(wasm).toBe(js);
  expect(wasm).toBe('select \'A b\' "Q""r" $t$ B $t$ e\'\\\\ \'');
});

it('copies a large file once for all its ranges, and reuses that memory for the next one', () => {
  const w = lexer();
  const big = Buffer.alloc(5 * 1024 * 1024, 'x');
  const st = newLexState();
  const ws = { pending: false, wrote: false };
  w.lexRange(big, st, WASM_SMALL_MAX, ws);
  expect(st.i).toBe(WASM_SMALL_MAX);
  const grown = w.memoryBytes;
  expect(grown).toBeGreaterThan(big.length);
  // The next range reads the copy made for the first, not the caller's bytes changed since.
  big[WASM_SMALL_MAX] = 0x41;
  expect(Buffer.from(w.lexRange(big, st, WASM_SMALL_MAX + 1, ws) as Uint8Array)).toEqual(
    Buffer.from('x'),
  );
  w.forget(big);
  const other = Buffer.alloc(3 * 1024 * 1024, 'Y');
  const st2 = newLexState();
  expect(
    Buffer.from(w.lexRange(other, st2, 2, { pending: false, wrote: false }) as Uint8Array),
  ).toEqual(Buffer.from('yy'));
  expect(w.memoryBytes).toBe(grown);
});

it('refuses a range longer than its output area holds', () => {
  const big = Buffer.alloc(WASM_SMALL_MAX * 2, 'x');
  expect(() =>
    lexer().lexRange(big, newLexState(), big.length, { pending: false, wrote: false }),
  ).toThrow('internal error: lexer range too long');
  expect(() => lexer().lexWhole(big)).toThrow('internal error: lexer range too long');
});

it('lexes a whole small file from an empty state, whatever the last range left', () => {
  const w = lexer();
  // A range that ends inside a dollar body leaves that state behind in the lexer's memory.
  const open = Buffer.from('SELECT $t$ INSIDE');
  w.lexRange(open, newLexState(), open.length, { pending: false, wrote: false });
  expect(Buffer.from(w.lexWhole(Buffer.from('  SELECT  X  '))).toString()).toBe('select x');
});
