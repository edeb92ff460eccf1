// The normalising lexer of `pgmi_checksum` as WebAssembly (AssemblyScript; `npm run build`
// compiles it into src/engine/project/lexer-wasm.ts). The same state machine as `lexSqlRange` in
// src/engine/project/sql-lexer.ts, in the one mode the checksum uses: output written, white space
// collapsed as it is written, no comment spans. Statement for statement the same code, over
// linear memory instead of a Uint8Array: V8 runs this loop about twice as fast as WebAssembly as
// it does as JavaScript, and the checksum of every file of a deploy goes through it. Tests and the `sql`
// fuzz target hold both to the same output.
//
// Memory (byte offsets), shared with src/engine/project/wasm-lexer.ts:
//   0     the byte tables below, 256 bytes each
//   2048  the lexer's state, i32 each: i, state, depth, commentStart, escapeString, tagStart,
//         tagLen, pending, wrote (the fields of LexState and Collapse)
//   4096  output (at most the input range + MAX_RANGE_TAG + 2 bytes per call)
//   the source: where the caller says

const NORMAL_CLASS: usize = 0;
const FOLD: usize = 256;
const WS: usize = 512;
const QUOTED_QUOTE: usize = 768;
const QUOTED_DQUOTE: usize = 1024;
const QUOTED_DOLLAR: usize = 1280;
const QUOTED_ESCAPE: usize = 1536;
const STATE: usize = 2048;
const OUT: usize = 4096;

const NORMAL: i32 = 0;
const LINE_COMMENT: i32 = 1;
const BLOCK_COMMENT: i32 = 2;
const LITERAL: i32 = 3;
const QUOTED_IDENT: i32 = 4;

const LF: i32 = 0x0a;
const CR: i32 = 0x0d;
const SPACE: i32 = 0x20;
const DQUOTE: i32 = 0x22;
const DOLLAR: i32 = 0x24;
const QUOTE: i32 = 0x27;
const STAR: i32 = 0x2a;
const DASH: i32 = 0x2d;
const SLASH: i32 = 0x2f;
const BACKSLASH: i32 = 0x5c;
const MAX_RANGE_TAG: i32 = 64;

/** Fills the tables (the same as sql-lexer.ts builds). */
export function init(): void {
  for (let b: i32 = 0; b < 256; b++) {
    const special = b == DASH || b == SLASH || b == QUOTE || b == DQUOTE || b == DOLLAR;
    let ws: i32 = 0;
    if (b == SPACE || (b >= 0x09 && b <= 0x0d)) ws = 1;
    else if (b == 0xc2 || b == 0xe1 || b == 0xe2 || b == 0xe3) ws = 2;
    store<u8>(NORMAL_CLASS + b, special ? 1 : ws != 0 ? ws + 1 : 0);
    store<u8>(FOLD + b, b >= 0x41 && b <= 0x5a ? b | 0x20 : b);
    store<u8>(WS + b, ws);
    store<u8>(QUOTED_QUOTE + b, ws != 0 || b == QUOTE ? 1 : 0);
    store<u8>(QUOTED_DQUOTE + b, ws != 0 || b == DQUOTE ? 1 : 0);
    store<u8>(QUOTED_DOLLAR + b, ws != 0 || b == DOLLAR ? 1 : 0);
    store<u8>(QUOTED_ESCAPE + b, ws != 0 || b == QUOTE || b == BACKSLASH ? 1 : 0);
  }
}

function at(src: usize, i: i32): i32 {
  return <i32>load<u8>(src + <usize>i);
}

/** go-text.ts `goSpaceLength`: bytes of the Go white space at `i`, 0 when none. */
function goSpaceLength(src: usize, i: i32, len: i32): i32 {
  const b = at(src, i);
  if (b == 0x20 || (b >= 0x09 && b <= 0x0d)) return 1;
  if (b < 0xc2) return 0;
  const b1 = i + 1 < len ? at(src, i + 1) : 0;
  if (b == 0xc2) return b1 == 0x85 || b1 == 0xa0 ? 2 : 0;
  if (b < 0xe1 || b > 0xe3) return 0;
  const b2 = i + 2 < len ? at(src, i + 2) : 0;
  if (b == 0xe1) return b1 == 0x9a && b2 == 0x80 ? 3 : 0;
  if (b == 0xe3) return b1 == 0x80 && b2 == 0x80 ? 3 : 0;
  if (b1 == 0x80) {
    return (b2 >= 0x80 && b2 <= 0x8a) || b2 == 0xa8 || b2 == 0xa9 || b2 == 0xaf ? 3 : 0;
  }
  return b1 == 0x81 && b2 == 0x9f ? 3 : 0;
}

function isIdentByte(b: i32): bool {
  const lower = b | 0x20;
  return (
    (lower >= 0x61 && lower <= 0x7a) ||
    (b >= 0x30 && b <= 0x39) ||
    b == 0x5f ||
    b == DOLLAR ||
    b >= 0x80
  );
}

function isTagStart(b: i32): bool {
  const lower = b | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || b == 0x5f;
}

function dollarTagLength(src: usize, i: i32, n: i32): i32 {
  let j = i + 1;
  if (j < n && at(src, j) == DOLLAR) return 2;
  if (j >= n || !isTagStart(at(src, j))) return 0;
  j++;
  while (j < n) {
    const b = at(src, j);
    if (b == DOLLAR) return j - i + 1;
    if (!isTagStart(b) && !(b >= 0x30 && b <= 0x39)) return 0;
    j++;
  }
  return 0;
}

function tagMatches(src: usize, n: i32, i: i32, tagStart: i32, tagLen: i32): bool {
  if (i + tagLen > n) return false;
  for (let k: i32 = 0; k < tagLen; k++) if (at(src, i + k) != at(src, tagStart + k)) return false;
  return true;
}

/**
 * `lexSqlRange(src, st, limit, out, 0, null, ws)` over the `n` bytes at `src`, from the state at
 * STATE (written back there), output at OUT. Returns the output length, or -1 when a dollar tag
 * longer than MAX_RANGE_TAG opens in a ranged call (the caller then lexes the file whole).
 */
export function lex(src: usize, n: i32, limit: i32): i32 {
  let i = load<i32>(STATE);
  let state = load<i32>(STATE + 4);
  let depth = load<i32>(STATE + 8);
  let commentStart = load<i32>(STATE + 12);
  let escapeString = load<i32>(STATE + 16) != 0;
  let tagStart = load<i32>(STATE + 20);
  let tagLen = load<i32>(STATE + 24);
  let pending = load<i32>(STATE + 28) != 0;
  let wrote = load<i32>(STATE + 32) != 0;
  const ranged = limit < n;
  let o: usize = OUT;
  while (i < limit) {
    if (state == NORMAL) {
      for (;;) {
        let b: i32;
        while (i < limit && load<u8>(NORMAL_CLASS + <usize>(b = at(src, i))) == 0) {
          if (pending) {
            if (wrote) store<u8>(o++, SPACE);
            pending = false;
          }
          store<u8>(o++, load<u8>(FOLD + <usize>b));
          i++;
          wrote = true;
          for (;;) {
            while (i < limit && load<u8>(NORMAL_CLASS + <usize>(b = at(src, i))) == 0) {
              store<u8>(o++, load<u8>(FOLD + <usize>b));
              i++;
            }
            if (b != SPACE || i + 1 >= limit || load<u8>(NORMAL_CLASS + <usize>at(src, i + 1)) != 0)
              break;
            store<u8>(o++, SPACE);
            i++;
          }
        }
        if (i >= limit) break;
        const k = <i32>load<u8>(NORMAL_CLASS + <usize>at(src, i));
        if (k == 1) break;
        const size = k == 2 ? 1 : goSpaceLength(src, i, n);
        if (size > 0) {
          pending = true;
          i += size;
          continue;
        }
        if (pending) {
          if (wrote) store<u8>(o++, SPACE);
          pending = false;
        }
        store<u8>(o++, at(src, i++));
        wrote = true;
      }
      if (i >= limit) break;
    } else if (state == BLOCK_COMMENT) {
      while (i < limit && at(src, i) != SLASH && at(src, i) != STAR) i++;
      if (i >= limit) break;
    } else if (state == LINE_COMMENT) {
      while (i < limit && at(src, i) != LF && at(src, i) != CR) i++;
      if (i >= limit) break;
    } else {
      const stop = state == LITERAL ? QUOTE : state == QUOTED_IDENT ? DQUOTE : DOLLAR;
      const escapes = state == LITERAL && escapeString;
      const end = escapes ? BACKSLASH : stop;
      const table: usize =
        state == LITERAL
          ? escapes
            ? QUOTED_ESCAPE
            : QUOTED_QUOTE
          : state == QUOTED_IDENT
            ? QUOTED_DQUOTE
            : QUOTED_DOLLAR;
      let b: i32;
      while (i < limit && (b = at(src, i)) != stop && b != end) {
        const k = <i32>load<u8>(WS + <usize>b);
        const size = k == 0 ? 0 : k == 1 ? 1 : goSpaceLength(src, i, n);
        if (size > 0) {
          pending = true;
          i += size;
          continue;
        }
        if (pending) {
          if (wrote) store<u8>(o++, SPACE);
          pending = false;
        }
        store<u8>(o++, b);
        i++;
        wrote = true;
        for (;;) {
          while (i < limit && load<u8>(table + <usize>(b = at(src, i))) == 0) {
            store<u8>(o++, b);
            i++;
          }
          if (b != SPACE || i + 1 >= limit || load<u8>(table + <usize>at(src, i + 1)) != 0) break;
          store<u8>(o++, SPACE);
          i++;
        }
      }
      if (i >= limit) break;
    }

    const c = at(src, i);
    const next = i + 1 < n ? at(src, i + 1) : -1;
    if (pending) {
      const spaceOut =
        state == LINE_COMMENT ||
        state == BLOCK_COMMENT ||
        (state == NORMAL && ((c == DASH && next == DASH) || (c == SLASH && next == STAR)));
      if (!spaceOut) {
        if (wrote) store<u8>(o++, SPACE);
        pending = false;
      }
    }
    if (state == NORMAL) {
      if (c == DASH && next == DASH) {
        pending = true;
        state = LINE_COMMENT;
        i += 2;
      } else if (c == SLASH && next == STAR) {
        pending = true;
        state = BLOCK_COMMENT;
        depth = 1;
        commentStart = i;
        i += 2;
      } else if (c == QUOTE) {
        escapeString =
          i >= 1 && (at(src, i - 1) | 0x20) == 0x65 && (i < 2 || !isIdentByte(at(src, i - 2)));
        store<u8>(o++, c);
        wrote = true;
        state = LITERAL;
        i++;
      } else if (c == DQUOTE) {
        store<u8>(o++, c);
        wrote = true;
        state = QUOTED_IDENT;
        i++;
      } else if (c == DOLLAR) {
        const len = dollarTagLength(src, i, n);
        if (ranged && len > MAX_RANGE_TAG) return -1;
        if (len > 0) {
          for (let k: i32 = 0; k < len; k++) store<u8>(o++, at(src, i + k));
          tagStart = i;
          tagLen = len;
          state = 5;
          i += len;
        } else {
          store<u8>(o++, c);
          i++;
        }
        wrote = true;
      } else {
        store<u8>(o++, c);
        wrote = true;
        i++;
      }
    } else if (state == LINE_COMMENT) {
      if (c == LF) {
        pending = true;
        state = NORMAL;
        i++;
      } else if (c == CR && next == LF) {
        pending = true;
        state = NORMAL;
        i += 2;
      } else i++;
    } else if (state == BLOCK_COMMENT) {
      if (c == SLASH && next == STAR) {
        depth++;
        i += 2;
      } else if (c == STAR && next == SLASH) {
        depth--;
        i += 2;
        if (depth == 0) state = NORMAL;
      } else i++;
    } else if (state == LITERAL) {
      store<u8>(o++, c);
      wrote = true;
      if (c == BACKSLASH) {
        let collapsed = false;
        if (next >= 0) {
          const size = goSpaceLength(src, i + 1, n);
          if (size > 0) {
            pending = true;
            i += 1 + size;
            collapsed = true;
          }
        }
        if (!collapsed) {
          if (next >= 0) store<u8>(o++, next);
          i += 2;
        }
      } else if (next == QUOTE) {
        store<u8>(o++, QUOTE);
        i += 2;
      } else {
        state = NORMAL;
        i++;
      }
    } else if (state == QUOTED_IDENT) {
      store<u8>(o++, c);
      wrote = true;
      if (next == DQUOTE) {
        store<u8>(o++, DQUOTE);
        i += 2;
      } else {
        state = NORMAL;
        i++;
      }
    } else {
      if (tagMatches(src, n, i, tagStart, tagLen)) {
        for (let k: i32 = 0; k < tagLen; k++) store<u8>(o++, at(src, i + k));
        state = NORMAL;
        i += tagLen;
      } else {
        store<u8>(o++, c);
        i++;
      }
      wrote = true;
    }
  }
  store<i32>(STATE, i);
  store<i32>(STATE + 4, state);
  store<i32>(STATE + 8, depth);
  store<i32>(STATE + 12, commentStart);
  store<i32>(STATE + 16, escapeString ? 1 : 0);
  store<i32>(STATE + 20, tagStart);
  store<i32>(STATE + 24, tagLen);
  store<i32>(STATE + 28, pending ? 1 : 0);
  store<i32>(STATE + 32, wrote ? 1 : 0);
  return <i32>(o - OUT);
}
