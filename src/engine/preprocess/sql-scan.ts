/**
 * Lexical primitives shared by the mask, the macro parser and the statement splitter, so the
 * three can never disagree about where a literal or a comment begins and ends.
 *
 * Hand-written on purpose: these rules must agree character for character with upstream pgmi's
 * scanner (`internal/preprocessor/comments.go`), quirks included — `$tag$` opens a dollar quote
 * even in the middle of an identifier such as `a$b$c`, and `E'…'` is an escape string only when
 * the `E` is a token of its own — and no SQL lexer on npm reproduces exactly that. Everything
 * works in JavaScript string code units: an offset here is an offset into the caller's string.
 */

export type SpecialKind = 'line-comment' | 'block-comment' | 'string' | 'quoted-ident' | 'dollar';

/** A comment, literal or quoted identifier starting at `start` (delimiters included). */
export interface Special {
  kind: SpecialKind;
  start: number;
  /** Just past the closing delimiter, or the end of the text when unterminated. */
  end: number;
  /** False when the text ended first (an unterminated comment or literal runs to the end). */
  closed: boolean;
  /** `string` only: an `E'…'` literal, where a backslash escapes the next character. */
  escape: boolean;
  /** `dollar` only: length of the `$tag$` delimiter. */
  tagLength: number;
}

const IDENT_CHAR = /^[\p{L}\p{Nd}_$]$/u;
const DOLLAR_TAG = /\$(?:[\p{L}_][\p{L}\p{Nd}_]*)?\$/uy;

/** The code point that ends just before `index` (a surrogate pair counts as one). */
function codePointBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** A character that may continue an unquoted identifier (Unicode letters and digits, `_`, `$`). */
export function isIdentifierCodePoint(cp: number): boolean {
  if (cp < 0x80) {
    return (
      (cp >= 0x61 && cp <= 0x7a) ||
      (cp >= 0x41 && cp <= 0x5a) ||
      (cp >= 0x30 && cp <= 0x39) ||
      cp === 0x5f ||
      cp === 0x24
    );
  }
  return IDENT_CHAR.test(String.fromCodePoint(cp));
}

/**
 * Whether the quote at `quote` opens an `E'…'` escape string. With standard_conforming_strings
 * (the default since 9.1) a backslash escapes only there, and `date'…'` or `abcE'…'` are an
 * identifier followed by an ordinary literal.
 */
export function opensEscapeString(text: string, quote: number): boolean {
  const e = text.charCodeAt(quote - 1);
  if (e !== 0x45 && e !== 0x65) return false;
  return quote === 1 || !isIdentifierCodePoint(codePointBefore(text, quote - 1));
}

/** Length of a `$$` / `$name$` tag at `at`, or 0. The name starts with a letter or `_`. */
export function dollarTagLength(text: string, at: number): number {
  DOLLAR_TAG.lastIndex = at;
  const m = DOLLAR_TAG.exec(text);
  return m ? m[0].length : 0;
}

function special(
  kind: SpecialKind,
  start: number,
  end: number,
  closed: boolean,
  escape = false,
  tagLength = 0,
): Special {
  return { kind, start, end, closed, escape, tagLength };
}

/**
 * The comment, literal or quoted identifier that starts at `i`, when `i` is in code position;
 * undefined when an ordinary character sits there.
 */
export function readSpecial(text: string, i: number): Special | undefined {
  const len = text.length;
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (c === 0x2d && next === 0x2d) {
    // `--` runs to the line end; the line break (`\n` or `\r\n`) is not part of the comment.
    const nl = text.indexOf('\n', i + 2);
    if (nl < 0) return special('line-comment', i, len, true);
    const end = nl - 1 >= i + 2 && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    return special('line-comment', i, end, true);
  }
  if (c === 0x2f && next === 0x2a) {
    let depth = 1;
    let j = i + 2;
    while (j < len) {
      const a = text.charCodeAt(j);
      const b = text.charCodeAt(j + 1);
      if (a === 0x2f && b === 0x2a) {
        depth++;
        j += 2;
      } else if (a === 0x2a && b === 0x2f) {
        j += 2;
        if (--depth === 0) return special('block-comment', i, j, true);
      } else {
        j++;
      }
    }
    return special('block-comment', i, len, false);
  }
  if (c === 0x27) return readQuoted(text, i, "'", opensEscapeString(text, i));
  if (c === 0x22) return readQuoted(text, i, '"', false);
  if (c === 0x24) {
    const tagLength = dollarTagLength(text, i);
    if (tagLength === 0) return undefined;
    const close = text.indexOf(text.slice(i, i + tagLength), i + tagLength);
    if (close < 0) return special('dollar', i, len, false, false, tagLength);
    return special('dollar', i, close + tagLength, true, false, tagLength);
  }
  return undefined;
}

function readQuoted(text: string, start: number, quote: string, escape: boolean): Special {
  const kind: SpecialKind = quote === "'" ? 'string' : 'quoted-ident';
  const len = text.length;
  const q = quote.charCodeAt(0);
  let j = start + 1;
  if (escape) {
    while (j < len) {
      const c = text.charCodeAt(j);
      if (c === 0x5c && j + 1 < len) j += 2;
      else if (c === q && text.charCodeAt(j + 1) === q) j += 2;
      else if (c === q) return special(kind, start, j + 1, true, true);
      else j++;
    }
    return special(kind, start, len, false, true);
  }
  for (;;) {
    const k = text.indexOf(quote, j);
    if (k < 0) return special(kind, start, len, false);
    if (text.charCodeAt(k + 1) === q) j = k + 2;
    else return special(kind, start, k + 1, true);
  }
}

/** Whether a code unit could start a comment, literal or quoted identifier. */
export function mayStartSpecial(c: number): boolean {
  return c === 0x2d || c === 0x2f || c === 0x27 || c === 0x22 || c === 0x24;
}

/** Calls `onSpecial` for every comment, literal and quoted identifier, in order. Linear. */
export function scanSql(text: string, onSpecial: (s: Special) => void): void {
  let i = 0;
  const len = text.length;
  while (i < len) {
    if (mayStartSpecial(text.charCodeAt(i))) {
      const s = readSpecial(text, i);
      if (s) {
        onSpecial(s);
        i = s.end;
        continue;
      }
    }
    i++;
  }
}

// ---------------------------------------------------------------------------------------------
// The same primitives over UTF-8 bytes, for the statement splitter of large files (statements.ts):
// a file is split as the scanner read it, without decoding tens of megabytes into a string and
// mapping character offsets back to bytes. Every byte that matters to the grammar is ASCII, and
// no byte of a multi-byte character is, so the rules above read the same; where they ask about a
// non-ASCII character (a letter before `E'`, in a dollar tag) the character is decoded. Offsets
// here are byte offsets.

/** The code point whose UTF-8 encoding ends just before `end`. */
function codePointBeforeBytes(bytes: Uint8Array, end: number): number {
  let start = end - 1;
  while (start > 0 && end - start < 4 && (bytes[start] & 0xc0) === 0x80) start--;
  return codePointAtBytes(bytes, start);
}

/** The code point whose UTF-8 encoding starts at `at` (the lead byte's own value if invalid). */
function codePointAtBytes(bytes: Uint8Array, at: number): number {
  const b = bytes[at];
  if (b < 0x80) return b;
  const n = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
  let cp = n === 3 ? b & 0x07 : n === 2 ? b & 0x0f : b & 0x1f;
  for (let k = 1; k <= n; k++) cp = (cp << 6) | (bytes[at + k] & 0x3f);
  return n === 0 ? b : cp;
}

/** UTF-8 length of the character starting with byte `b`. */
const charLength = (b: number) => (b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2);

const TAG_START = /^[\p{L}_]$/u;
const TAG_PART = /^[\p{L}\p{Nd}_]$/u;

/** `dollarTagLength` over bytes: the length in bytes of a `$$` / `$name$` tag at `at`, or 0. */
export function dollarTagLengthBytes(bytes: Uint8Array, at: number): number {
  const len = bytes.length;
  let j = at + 1;
  if (j < len && bytes[j] === 0x24) return 2;
  let first = true;
  while (j < len) {
    const b = bytes[j];
    if (b === 0x24) return first ? 0 : j - at + 1;
    let ok: boolean;
    if (b < 0x80) {
      const lower = b | 0x20;
      ok = (lower >= 0x61 && lower <= 0x7a) || b === 0x5f || (!first && b >= 0x30 && b <= 0x39);
    } else {
      const ch = String.fromCodePoint(codePointAtBytes(bytes, j));
      ok = (first ? TAG_START : TAG_PART).test(ch);
    }
    if (!ok) return 0;
    first = false;
    j += charLength(b);
  }
  return 0;
}

/** `opensEscapeString` over bytes. */
export function opensEscapeStringBytes(bytes: Uint8Array, quote: number): boolean {
  const e = bytes[quote - 1];
  if (e !== 0x45 && e !== 0x65) return false;
  return quote === 1 || !isIdentifierCodePoint(codePointBeforeBytes(bytes, quote - 1));
}

/**
 * `readSpecial` over bytes: just past the comment, literal, quoted identifier or dollar quote
 * that starts at `i` (the end of the input when unterminated), and whether it is a comment; -1
 * when an ordinary byte sits there.
 */
export function specialEndBytes(bytes: Buffer, i: number): number {
  const len = bytes.length;
  const c = bytes[i];
  const next = i + 1 < len ? bytes[i + 1] : -1;
  if (c === 0x2d && next === 0x2d) {
    const nl = bytes.indexOf(0x0a, i + 2);
    if (nl < 0) return len;
    return nl - 1 >= i + 2 && bytes[nl - 1] === 0x0d ? nl - 1 : nl;
  }
  if (c === 0x2f && next === 0x2a) {
    let depth = 1;
    let j = i + 2;
    while (j < len) {
      const a = bytes[j];
      if (a === 0x2f && bytes[j + 1] === 0x2a) {
        depth++;
        j += 2;
      } else if (a === 0x2a && bytes[j + 1] === 0x2f) {
        j += 2;
        if (--depth === 0) return j;
      } else {
        j++;
      }
    }
    return len;
  }
  if (c === 0x27 || c === 0x22) {
    let j = i + 1;
    if (c === 0x27 && opensEscapeStringBytes(bytes, i)) {
      while (j < len) {
        const b = bytes[j];
        if (b === 0x5c && j + 1 < len) j += 2;
        else if (b === c && bytes[j + 1] === c) j += 2;
        else if (b === c) return j + 1;
        else j++;
      }
      return len;
    }
    for (;;) {
      const k: number = bytes.indexOf(c, j);
      if (k < 0) return len;
      if (bytes[k + 1] === c) j = k + 2;
      else return k + 1;
    }
  }
  if (c === 0x24) {
    const tagLength = dollarTagLengthBytes(bytes, i);
    if (tagLength === 0) return -1;
    const close = bytes.indexOf(bytes.subarray(i, i + tagLength), i + tagLength);
    return close < 0 ? len : close + tagLength;
  }
  return -1;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether `text` holds a lone surrogate: the JavaScript counterpart of invalid UTF-8, where
 * upstream gives up splitting (deploy.sql into units, a file into statements).
 */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}
