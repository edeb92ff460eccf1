/**
 * The mask (deploy-pipeline.md §1.1): a copy of the SQL of the same length, identical outside
 * literals, with comments, literal contents, quoted-identifier contents and dollar-quoted bodies
 * replaced by spaces. Macro detection and statement splitting read the mask, so a `;`, `COMMIT`
 * or `CALL pgmi_test()` inside a literal or comment is invisible to them, while every offset in
 * the mask is an offset in the original.
 *
 * Hand-written (see sql-scan.ts) because it must agree with upstream pgmi's splitter byte for
 * byte in its semantics. Lengths are in JavaScript code units (upstream counts UTF-8 bytes): a
 * masked surrogate pair becomes two spaces, so offsets stay aligned with the input string.
 */
import { scanSql, type Special } from './sql-scan';

/**
 * The mask is built in a UTF-16LE buffer (one code unit = two bytes): copying the text in and
 * decoding it back are native and preserve every code unit, lone surrogates included, which is
 * far cheaper than assembling millions of small strings for a large deploy.sql.
 */
const SPACE_UNIT = Buffer.from(' ', 'utf16le');

class UnitBuffer {
  readonly bytes: Buffer;
  constructor(readonly text: string) {
    this.bytes = Buffer.allocUnsafeSlow(text.length * 2);
    this.bytes.write(text, 0, 'utf16le');
  }
  blank(from: number, to: number): void {
    const b = this.bytes;
    if (to - from > 64) {
      b.fill(SPACE_UNIT, from * 2, to * 2);
      return;
    }
    for (let i = from * 2; i < to * 2; i += 2) {
      b[i] = 0x20;
      b[i + 1] = 0;
    }
  }
  /** Restores the original code unit at `i`. */
  keep(i: number): void {
    const c = this.text.charCodeAt(i);
    this.bytes[i * 2] = c & 0xff;
    this.bytes[i * 2 + 1] = c >> 8;
  }
  toString(): string {
    return this.bytes.toString('utf16le');
  }
}

/**
 * Contents of a quoted literal or identifier, already blanked: doubled quotes are written back
 * verbatim (so nothing reads them as delimiters); in an `E'…'` literal a backslash and the
 * character after it stay masked together.
 */
function keepDoubledQuotes(out: UnitBuffer, from: number, to: number, escape: boolean): void {
  const text = out.text;
  const q = text.charCodeAt(from - 1);
  let j = from;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (escape && c === 0x5c && j + 1 < to) {
      j += 2;
    } else if (c === q && j + 1 < to && text.charCodeAt(j + 1) === q) {
      out.keep(j);
      out.keep(j + 1);
      j += 2;
    } else {
      j++;
    }
  }
}

/** Blanks one comment, literal or quoted identifier, keeping quotes and dollar tags. */
function maskSpecial(out: UnitBuffer, s: Special): void {
  out.blank(s.start, s.end);
  if (s.kind === 'line-comment' || s.kind === 'block-comment') return;
  if (s.kind === 'dollar') {
    for (let k = 0; k < s.tagLength; k++) {
      out.keep(s.start + k);
      if (s.closed) out.keep(s.end - s.tagLength + k);
    }
    return;
  }
  out.keep(s.start);
  if (s.closed) out.keep(s.end - 1);
  keepDoubledQuotes(out, s.start + 1, s.closed ? s.end - 1 : s.end, s.escape);
}

/** Same length as `text`, identical outside comments and literals; linear time. */
export function maskSql(text: string): string {
  if (text.length === 0) return '';
  const out = new UnitBuffer(text);
  scanSql(text, (s) => maskSpecial(out, s));
  return out.toString();
}
