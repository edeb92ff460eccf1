/**
 * Small text rules of Go's standard library that upstream pgmi's behaviour depends on. JavaScript's
 * own equivalents differ at the edges (`String.prototype.trim` also strips U+FEFF but keeps U+0085;
 * `JSON.stringify` is not `strconv.Quote`), and messages and checksums must match upstream, so the
 * few rules we need are written out here.
 */
import { isUtf8 } from 'node:buffer';

/** Go `unicode.IsSpace`: the Latin-1 spaces plus the Unicode White_Space code points. */
export function isGoSpace(cp: number): boolean {
  if (cp <= 0xff) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0x85 || cp === 0xa0;
  return (
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Go `strings.TrimSpace`. Every Go space is a single UTF-16 unit, so units can be tested directly. */
export function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
  '"': '\\"',
};

/**
 * Go `strconv.Quote` (`%q`) for well-formed text: printable characters verbatim, the usual
 * backslash escapes, other control and format characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
 */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp !== 0x20 && /^[\p{C}\p{Z}]$/u.test(ch)) {
      out +=
        cp > 0xffff
          ? '\\U' + cp.toString(16).padStart(8, '0')
          : '\\u' + cp.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (no overlongs, no
 * surrogates, nothing above U+10FFFF — Go's `utf8.Valid` rules), or -1 when the bytes are valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    const b1 = bytes[i + 1];
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const bk = bytes[i + k];
      if (bk < 0x80 || bk > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Strips a leading UTF-8 byte-order mark (EF BB BF) without copying. */
export function stripBom<T extends Uint8Array>(bytes: T): T {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    ? (bytes.subarray(3) as T)
    : bytes;
}

/** Go's `time` package quoting (used in duration errors): non-ASCII and controls as `\xNN` bytes. */
export function goTimeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x20 || cp >= 0x80) {
      for (const b of Buffer.from(ch, 'utf8')) out += '\\x' + b.toString(16).padStart(2, '0');
    } else out += ch === '"' || ch === '\\' ? '\\' + ch : ch;
  }
  return out + '"';
}

/**
 * Go string order (UTF-8 byte order), which is code point order. Plain `<` on JS strings compares
 * UTF-16 units and puts U+E000–U+FFFF after supplementary characters; this does not.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800) {
      return (a.codePointAt(i) as number) - (b.codePointAt(i) as number);
    }
    return x - y;
  }
  return a.length - b.length;
}

/**
 * Byte length of the Go `unicode.IsSpace` code point starting at `i` in UTF-8 `buf[0..len)`, or 0.
 * Multi-byte spaces: U+0085, U+00A0 (C2 xx); U+1680 (E1 9A 80); U+2000–U+200A, U+2028, U+2029,
 * U+202F (E2 80 xx); U+205F (E2 81 9F); U+3000 (E3 80 80).
 */
export function goSpaceLength(buf: Uint8Array, i: number, len: number = buf.length): number {
  const b = buf[i];
  if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) return 1;
  if (b < 0xc2) return 0;
  const b1 = i + 1 < len ? buf[i + 1] : 0;
  if (b === 0xc2) return b1 === 0x85 || b1 === 0xa0 ? 2 : 0;
  if (b < 0xe1 || b > 0xe3) return 0;
  const b2 = i + 2 < len ? buf[i + 2] : 0;
  if (b === 0xe1) return b1 === 0x9a && b2 === 0x80 ? 3 : 0;
  if (b === 0xe3) return b1 === 0x80 && b2 === 0x80 ? 3 : 0;
  if (b1 === 0x80) {
    return (b2 >= 0x80 && b2 <= 0x8a) || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf ? 3 : 0;
  }
  return b1 === 0x81 && b2 === 0x9f ? 3 : 0;
}
