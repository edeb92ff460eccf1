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
import { mayStartSpecial, readSpecial } from './sql-scan';

/**
 * Files smaller than this run as one EXECUTE: splitting them saves nothing measurable
 * (pgmi_execute_file in schema.sql looks for statements only from the same size on).
 */
export const SPLIT_MIN_BYTES = 256 * 1024;

const ILL_FORMED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The statements of one text, found a budget of characters at a time, so that a caller can
 * interleave the work with I/O (a deploy does it while the server stores the files: it is off
 * the critical path whenever the upload takes longer).
 */
export class StatementEndsJob {
  private readonly ends: number[] = [];
  private depth = 0;
  // Something other than blanks and comments since the last statement's end.
  private pending = false;
  private i = 0;
  private readonly skip: boolean;

  constructor(
    private readonly text: string,
    /** The text's UTF-8 length when known (equal to its length: all ASCII). */
    private readonly byteLength?: number,
  ) {
    this.skip = /atomic/i.test(text) || ILL_FORMED.test(text);
    if (this.skip) this.i = text.length;
  }

  /** Scans about `budget` more characters (a literal or comment is taken whole); true when done. */
  step(budget: number): boolean {
    const { text, ends } = this;
    const len = text.length;
    const stop = Math.min(len, this.i + Math.max(budget, 1));
    let { depth, pending, i } = this;
    while (i < stop) {
      const c = text.charCodeAt(i);
      if (mayStartSpecial(c)) {
        const s = readSpecial(text, i);
        if (s) {
          if (s.kind !== 'line-comment' && s.kind !== 'block-comment') pending = true;
          i = s.end;
          continue;
        }
      }
      if (c === 0x28) depth++;
      else if (c === 0x29) depth--;
      else if (c === 0x3b && depth === 0) {
        ends.push(i + 1);
        pending = false;
        i++;
        continue;
      }
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) pending = true;
      i++;
    }
    this.depth = depth;
    this.pending = pending;
    this.i = i;
    return i >= len;
  }

  /** The ends, once `step` has returned true (see `statementByteEnds`). */
  result(): number[] | undefined {
    if (this.skip) return undefined;
    const { text, byteLength } = this;
    const ends = this.pending ? [...this.ends, text.length] : this.ends;
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
}

/**
 * UTF-8 byte offsets just past each statement (its `;`), the last one the end of the text when
 * something other than blanks and comments follows the last `;`. Undefined when there is nothing
 * to split (one statement), the text mentions ATOMIC, or it holds lone surrogates.
 * `byteLength` is the text's UTF-8 length when known (equal to its length: all ASCII).
 */
export function statementByteEnds(text: string, byteLength?: number): number[] | undefined {
  const job = new StatementEndsJob(text, byteLength);
  job.step(Infinity);
  return job.result();
}

/**
 * Finds the statements of the files still waiting for it (`statementEndsPending`), a slice of
 * at most about `sliceMs` of work at a time, yielding to the event loop between slices.
 */
export async function completeStatementEnds(
  files: Array<{
    content: string;
    bytes?: Buffer;
    statementEnds?: number[];
    statementEndsPending?: boolean;
  }>,
  options: { sliceMs?: number } = {},
): Promise<void> {
  const sliceMs = options.sliceMs ?? 4;
  for (const f of files) {
    if (!f.statementEndsPending) continue;
    const job = new StatementEndsJob(f.content, f.bytes?.length);
    for (;;) {
      const sliceStart = performance.now();
      let done = false;
      while (!done && performance.now() - sliceStart < sliceMs) done = job.step(256 * 1024);
      if (done) break;
      await new Promise((r) => setImmediate(r));
    }
    const ends = job.result();
    if (ends) f.statementEnds = ends;
    f.statementEndsPending = false;
  }
}
