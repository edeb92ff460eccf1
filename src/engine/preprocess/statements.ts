/**
 * Where each top-level statement of a large SQL file ends, so `pg_temp.pgmi_execute_file` can
 * EXECUTE a file one statement at a time. PostgreSQL runs a multi-statement string given to
 * EXECUTE (SPI) about twice as slowly as the same statements one by one: every statement's parse
 * and plan trees stay in memory until the whole string is done.
 *
 * The statements are those of deploy.sql's tail (split.ts): top-level `;` outside comments,
 * literals, quoted identifiers, dollar quotes and parentheses. Read straight from the scanner's
 * spans rather than through a mask, which for a file of tens of megabytes would cost two more
 * copies of it. A file with ATOMIC in its code is not split: a `BEGIN ATOMIC` body's `;` does
 * not end a statement, and running such a file whole is always correct.
 */
import { performance } from 'node:perf_hooks';
import {
  hasLoneSurrogate,
  mayStartSpecial,
  opensEscapeStringBytes,
  specialEndBytes,
} from './sql-scan';

/**
 * Files smaller than this run as one EXECUTE: splitting them saves nothing measurable
 * (pgmi_execute_file in schema.sql looks for statements only from the same size on).
 */
export const SPLIT_MIN_BYTES = 256 * 1024;

/**
 * The statements of one file, found over its UTF-8 bytes a budget of bytes at a time, so that a
 * caller can interleave the work with I/O (a deploy does it while the server stores the files: it
 * is off the critical path whenever the upload takes longer). Bytes, not a decoded string: the
 * ends are byte offsets, as pgmi_execute_file wants them, and a 20 MiB file is neither decoded
 * nor mapped back from characters (about three times faster).
 */
export class StatementEndsJob {
  private readonly ends: number[] = [];
  private depth = 0;
  // Something other than blanks and comments since the last statement's end.
  private pending = false;
  private i = 0;
  // ATOMIC in code (`BEGIN ATOMIC`: its body's `;` ends no statement): the file runs whole.
  private atomic = false;

  constructor(private readonly bytes: Buffer) {}

  /** Scans about `budget` more bytes (a literal or comment is taken whole); true when done. */
  step(budget: number): boolean {
    const { bytes, ends } = this;
    const len = bytes.length;
    const stop = Math.min(len, this.i + Math.max(budget, 1));
    let { depth, pending, i, atomic } = this;
    while (i < stop && !atomic) {
      let c = bytes[i];
      if (CLASS[c] === ORDINARY) {
        // A run of bytes that change nothing but `pending`.
        pending = true;
        while (++i < stop && CLASS[(c = bytes[i])] === ORDINARY);
        if (i >= stop) break;
      }
      if (c === 0x27 && !opensEscapeStringBytes(bytes, i)) {
        // A plain literal, the commonest: its end found inline (the call of indexOf costs more
        // than a short literal's bytes).
        let j = i + 1;
        for (;;) {
          while (j < len && bytes[j] !== 0x27) j++;
          if (j + 1 < len && bytes[j + 1] === 0x27) j += 2;
          else break;
        }
        pending = true;
        i = Math.min(j + 1, len);
        continue;
      }
      if (mayStartSpecial(c)) {
        const end = specialEndBytes(bytes, i);
        if (end >= 0) {
          // A comment (`--`, `/*`) is not a statement of its own.
          if (c !== 0x2d && c !== 0x2f) pending = true;
          i = end;
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
      } else if ((c | 0x20) === 0x61 && i + 6 <= len && isTomic(bytes, i + 1)) {
        atomic = true;
      }
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) pending = true;
      i++;
    }
    this.depth = depth;
    this.pending = pending;
    this.i = atomic ? len : i;
    this.atomic = atomic;
    return this.i >= len;
  }

  /** The ends, once `step` has returned true (see `statementByteEnds`). */
  result(): number[] | undefined {
    if (this.atomic) return undefined;
    const ends = this.pending ? [...this.ends, this.bytes.length] : this.ends;
    return ends.length < 2 ? undefined : ends;
  }
}

// Bytes by what they may change in the scan: ORDINARY ones set `pending` and nothing else.
const ORDINARY = 0;
const CLASS = new Uint8Array(256);
for (const b of [
  0x20, 0x09, 0x0a, 0x0d, 0x28, 0x29, 0x3b, 0x41, 0x61, 0x2d, 0x2f, 0x27, 0x22, 0x24,
]) {
  CLASS[b] = 1;
}

/** `tomic` in any case at `at` (after an `a`). */
function isTomic(b: Buffer, at: number): boolean {
  return (
    (b[at] | 0x20) === 0x74 &&
    (b[at + 1] | 0x20) === 0x6f &&
    (b[at + 2] | 0x20) === 0x6d &&
    (b[at + 3] | 0x20) === 0x69 &&
    (b[at + 4] | 0x20) === 0x63
  );
}

/**
 * UTF-8 byte offsets just past each statement (its `;`), the last one the end of the text when
 * something other than blanks and comments follows the last `;`. Undefined when there is nothing
 * to split (one statement), ATOMIC appears in code (outside comments, literals and quoted names),
 * or a string holds lone surrogates.
 */
export function statementByteEnds(input: string | Buffer): number[] | undefined {
  if (typeof input === 'string' && hasLoneSurrogate(input)) return undefined;
  const job = new StatementEndsJob(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
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
  // Short slices, as for the checksums (checksum.ts): a round trip waits for the slice in progress.
  const sliceMs = options.sliceMs ?? 1;
  for (const f of files) {
    if (!f.statementEndsPending) continue;
    const job = new StatementEndsJob(f.bytes ?? Buffer.from(f.content, 'utf8'));
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
