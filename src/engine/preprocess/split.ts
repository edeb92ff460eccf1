/**
 * Execution units: "atomic head, psql tail" (deploy-pipeline.md §2). Before the first top-level
 * transaction terminator, everything runs as one simple-query message; after it, every top-level
 * statement is a message of its own, so `CREATE INDEX CONCURRENTLY` and friends can run.
 *
 * Position padding (§2.4) — decided against. Upstream prefixes each tail unit with newlines and
 * spaces so the server's error position resolves against the full script; that still costs
 * memory and bytes on the wire per unit (quadratic before upstream trimmed it to line+column).
 * Here a unit's `text` is the raw statement and carries its `offset` and `line` in the expanded
 * script; `locateUnitError` (locate.ts) translates a unit-relative position through them. That
 * is exact for every character, multi-byte ones included (upstream's byte padding is off by
 * bytes − characters), and keeps the split linear in time and memory for any script size.
 */
import { maskSql } from './mask';
import { hasLoneSurrogate } from './sql-scan';

export interface ExecutionUnit {
  /** What is sent to the server, as one simple-query message. */
  text: string;
  /** Offset (UTF-16 units) of `text` in the expanded script: its first non-white-space character. */
  offset: number;
  /** 1-based line of `offset` in the expanded script. */
  line: number;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isBlankChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Words of a masked statement, one at a time: ASCII letters only, upper-cased (upstream's rule). */
class Words {
  pos: number;
  constructor(
    private readonly mask: string,
    from: number,
    private readonly to: number,
  ) {
    this.pos = from;
  }
  /** The next word, or '' at the end. */
  next(): string {
    const { mask, to } = this;
    let i = this.pos;
    while (i < to && !isLetter(mask.charCodeAt(i))) i++;
    let j = i;
    while (j < to && isLetter(mask.charCodeAt(j))) j++;
    this.pos = j;
    return mask.slice(i, j).toUpperCase();
  }
  /** Whether only white space separates the current position from the next letter. */
  onlySpaceBeforeNextWord(): boolean {
    for (let i = this.pos; i < this.to && !isLetter(this.mask.charCodeAt(i)); i++) {
      if (!isBlankChar(this.mask.charCodeAt(i))) return false;
    }
    return true;
  }
}

/**
 * COMMIT | END | ROLLBACK | ABORT, optionally WORK | TRANSACTION, then nothing or AND [NO] CHAIN.
 * `ROLLBACK TO SAVEPOINT` and `COMMIT PREPARED` are not terminators.
 */
function isTransactionTerminator(mask: string, from: number, to: number): boolean {
  const words = new Words(mask, from, to);
  const first = words.next();
  if (first !== 'COMMIT' && first !== 'END' && first !== 'ROLLBACK' && first !== 'ABORT') {
    return false;
  }
  let second = words.next();
  if (second === 'WORK' || second === 'TRANSACTION') second = words.next();
  return second === '' || second === 'AND';
}

/**
 * What a single top-level statement (a tail unit) may do to the session's transaction: `opens`
 * one (BEGIN, START TRANSACTION: commits nothing), `commits` the open one (COMMIT, END, PREPARE
 * TRANSACTION; also PREPARE of a statement, which commits nothing: counted in to be safe), or
 * `other`.
 */
export function transactionEffect(statement: string): 'opens' | 'commits' | 'other' {
  const mask = maskSql(statement);
  const first = new Words(mask, 0, mask.length).next();
  if (first === 'BEGIN' || first === 'START') return 'opens';
  if (first === 'COMMIT' || first === 'END' || first === 'PREPARE') return 'commits';
  return 'other';
}

/**
 * Tracks SQL-standard `BEGIN ATOMIC … END` function bodies: they are not dollar-quoted, so their
 * `;` and `END` are visible in the mask and must neither end a statement nor anchor the head.
 */
class AtomicBody {
  private open = false;

  /** Consumes the chunk ending at a top-level `;`; true when that `;` ends a statement. */
  observe(mask: string, from: number, to: number): boolean {
    if (this.open) {
      if (new Words(mask, from, to).next() === 'END') {
        this.open = false;
        return true;
      }
      return false;
    }
    const words = new Words(mask, from, to);
    for (let w = words.next(); w !== ''; w = words.next()) {
      if (w === 'BEGIN' && words.onlySpaceBeforeNextWord()) {
        const save = words.pos;
        if (words.next() === 'ATOMIC') {
          this.open = !closesBody(words);
          return !this.open;
        }
        words.pos = save;
      }
    }
    return true;
  }
}

/** Whether an END not balanced by a CASE follows: an empty body, `BEGIN ATOMIC END`. */
function closesBody(words: Words): boolean {
  let depth = 0;
  for (let w = words.next(); w !== ''; w = words.next()) {
    if (w === 'CASE') depth++;
    else if (w === 'END') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

function isBlank(mask: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlankChar(mask.charCodeAt(i))) return false;
  return true;
}

/**
 * Calls `onStatement(start, end)` for each top-level statement from `from` (end just past its
 * `;`); stops early when it returns true. Returns where the unterminated remainder starts.
 */
export function forEachStatement(
  mask: string,
  from: number,
  onStatement: (start: number, end: number) => boolean,
): number {
  let depth = 0;
  let stmtStart = from;
  let chunkStart = from;
  const body = new AtomicBody();
  for (let i = from; i < mask.length; i++) {
    const c = mask.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29) depth--;
    else if (c === 0x3b && depth === 0) {
      const ends = body.observe(mask, chunkStart, i);
      chunkStart = i + 1;
      if (ends) {
        const stop = onStatement(stmtStart, i + 1);
        stmtStart = i + 1;
        if (stop) return stmtStart;
      }
    }
  }
  return stmtStart;
}

/**
 * Splits the macro-expanded deploy.sql into execution units. One unit (the whole script) when
 * there is no top-level terminator or only comments follow the first one; otherwise the head
 * through the first terminator, then one unit per top-level statement.
 */
export function splitUnits(expanded: string): ExecutionUnit[] {
  const mask = maskSql(expanded);
  let headEnd = -1;
  const wellFormed = !hasLoneSurrogate(expanded);
  if (wellFormed) {
    const rest = forEachStatement(mask, 0, (start, end) => {
      if (isTransactionTerminator(mask, start, end - 1)) headEnd = end;
      return headEnd >= 0;
    });
    if (headEnd < 0 && isTransactionTerminator(mask, rest, mask.length)) headEnd = mask.length;
  }

  const units: ExecutionUnit[] = [];
  let line = 1;
  // The next line break not yet counted (or -1 when none is left). Kept between units so that
  // many statements on one line do not each search to the end of the script (quadratic).
  let nextBreak = expanded.indexOf('\n');
  const push = (start: number, end: number) => {
    let s = start;
    while (s < end && isBlankChar(expanded.charCodeAt(s))) s++;
    while (nextBreak >= 0 && nextBreak < s) {
      line++;
      nextBreak = expanded.indexOf('\n', nextBreak + 1);
    }
    units.push({ text: expanded.slice(s, end), offset: s, line });
  };

  if (headEnd < 0 || isBlank(mask, headEnd, mask.length)) {
    push(0, expanded.length);
    return units;
  }
  push(0, headEnd);
  // Every `;`-terminated statement is a unit, even an empty one (`;;` sends `;`, an empty query).
  const tail = forEachStatement(mask, headEnd, (start, end) => {
    push(start, end);
    return false;
  });
  if (!isBlank(mask, tail, mask.length)) push(tail, expanded.length);
  return units;
}
