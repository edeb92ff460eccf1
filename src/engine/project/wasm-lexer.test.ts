/**
 * The WebAssembly lexer's own contract (its output is tested against the straightforward
 * checksum in checksum-stream.test.ts): the output of a range, its state carried between ranges,
 * its memory given back after a large file, and the size of one range.
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

it('gives its memory back after a large file, keeps it after a small one', () => {
  const w = lexer();
  const small = Buffer.from('SELECT 1;');
  w.lexRange(small, newLexState(), small.length, { pending: false, wrote: false });
  expect(w.release(small)).toBe(false);
  const big = Buffer.alloc(5 * 1024 * 1024, 'x');
  const st = newLexState();
  w.lexRange(big, st, WASM_SMALL_MAX, { pending: false, wrote: false });
  expect(st.i).toBe(WASM_SMALL_MAX);
  expect(w.release(big)).toBe(true);
});

it('refuses a range longer than its output area holds', () => {
  const big = Buffer.alloc(WASM_SMALL_MAX * 2, 'x');
  expect(() =>
    lexer().lexRange(big, newLexState(), big.length, { pending: false, wrote: false }),
  ).toThrow('internal error: lexer range too long');
});
