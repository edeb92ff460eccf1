/**
 * The two per-file digests: `checksum` (SHA-256 of the bytes) and `pgmi_checksum` (SHA-256 of the
 * normalised text, bit-identical to upstream pgmi, which ledgers compare across deploys).
 *
 * Normalisation = the lexer pass of `sql-lexer.ts` (comments to one space, ASCII case folding
 * outside literals, quoted identifiers and dollar bodies) followed by a whitespace pass: every run
 * of Go `unicode.IsSpace` code points — anywhere, literals included, as upstream does — becomes
 * one space, and the ends are trimmed. Both passes work over bytes in one buffer: linear, and no
 * per-character strings.
 */
import { createHash } from 'node:crypto';
import { goSpaceLength } from './go-text';
import { lexSql } from './sql-lexer';

function bytesOf(input: Uint8Array | string): Uint8Array {
  return typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
}

/** SHA-256 (lower-case hex) of the bytes exactly; strings are hashed as UTF-8. */
export function rawChecksum(input: Uint8Array | string): string {
  return createHash('sha256').update(bytesOf(input)).digest('hex');
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

/** `pgmi_checksum`: SHA-256 (lower-case hex) of the normalised text. */
export function pgmiChecksum(input: Uint8Array | string): string {
  return createHash('sha256').update(normalizeSqlBytes(input)).digest('hex');
}
