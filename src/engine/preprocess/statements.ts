/**
 * Where each top-level statement of a large SQL file ends, so `pg_temp.pgmi_execute_file` can
 * EXECUTE a file one statement at a time. PostgreSQL runs a multi-statement string given to
 * EXECUTE (SPI) about twice as slowly as the same statements one by one: every statement's parse
 * and plan trees stay in memory until the whole string is done.
 *
 * The statements are those of deploy.sql's tail (split.ts): top-level `;` outside comments,
 * literals, quoted identifiers, dollar quotes and parentheses. Read straight from the scanner's
 * spans rather than through a mask, which for a file of tens of megabytes would cost two more
 * copies of it. A file that mentions ATOMIC anywhere is not split: a `BEGIN ATOMIC` body's `;`
 * does not end a statement, and running such a file whole is always correct.
 */
import { scanSql } from './sql-scan';

/**
 * Files smaller than this run as one EXECUTE: splitting them saves nothing measurable
 * (pgmi_execute_file in schema.sql looks for statements only from the same size on).
 */
export const SPLIT_MIN_BYTES = 256 * 1024;

const ILL_FORMED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * UTF-8 byte offsets just past each statement (its `;`), the last one the end of the text when
 * something other than blanks and comments follows the last `;`. Undefined when there is nothing
 * to split (one statement), the text mentions ATOMIC, or it holds lone surrogates.
 * `byteLength` is the text's UTF-8 length when known (equal to its length: all ASCII).
 */
export function statementByteEnds(text: string, byteLength?: number): number[] | undefined {
  if (/atomic/i.test(text) || ILL_FORMED.test(text)) return undefined;
  const ends: number[] = [];
  let depth = 0;
  // Something other than blanks and comments since the last statement's end.
  let pending = false;
  const gap = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x28) depth++;
      else if (c === 0x29) depth--;
      else if (c === 0x3b && depth === 0) {
        ends.push(k + 1);
        pending = false;
        continue;
      }
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) pending = true;
    }
  };
  let at = 0;
  scanSql(text, (s) => {
    gap(at, s.start);
    if (s.kind !== 'line-comment' && s.kind !== 'block-comment') pending = true;
    at = s.end;
  });
  gap(at, text.length);
  if (pending) ends.push(text.length);
  if (ends.length < 2) return undefined;
  if (byteLength === text.length) return ends;
  // Characters to UTF-8 bytes, one statement at a time.
  let chars = 0;
  let bytes = 0;
  return ends.map((end) => {
    bytes += Buffer.byteLength(text.slice(chars, end), 'utf8');
    chars = end;
    return bytes;
  });
}
