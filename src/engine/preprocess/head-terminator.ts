/**
 * The atomic head's work and its terminator, found once for both uses:
 *
 * - A deploy sends the terminator in a message of its own (`splitHeadUnit`). Sent as one
 *   simple-query message, `BEGIN; …; COMMIT;` is finished by the backend even when the client
 *   has gone (a killed runner, an OOM kill): nothing reads the socket until the message is done,
 *   so the COMMIT runs. Split off, the work runs inside the open transaction and the COMMIT is
 *   only sent once that work came back successfully; a backend whose client is gone meets
 *   end-of-file instead and rolls back. Only heads that open the transaction themselves (`BEGIN`
 *   / `START TRANSACTION` first) are split: without one, the head runs as the server's implicit
 *   transaction block, where a later COMMIT or ROLLBACK in the same message means something
 *   different than in a message of its own, and the atomic-head contract (what commits, what
 *   fails, with which error) must not move.
 * - A rehearsal runs the work and sends a ROLLBACK in the terminator's place
 *   (`splitHeadTerminator`), whether or not the head opened the transaction itself.
 */
import { maskSql } from './mask';
import { splitUnits, type ExecutionUnit } from './split';

export interface HeadParts {
  /** Everything before the terminator (the whole head when it has none). */
  work: string;
  /** `COMMIT;` and friends, as written; '' when the head has no terminator. */
  terminator: string;
}

export interface SplitHead {
  /** Everything before the terminator (from BEGIN through the last statement of the work). */
  body: ExecutionUnit;
  /** The terminator statement and whatever trails it (comments, blank lines). */
  terminator: ExecutionUnit;
}

const OPENS = /^\s*(BEGIN|START\s+TRANSACTION)(?![A-Za-z0-9_$])/i;
const TERMINATES =
  /^\s*(COMMIT|END|ROLLBACK|ABORT)(\s+(WORK|TRANSACTION))?(\s+AND(\s+NO)?\s+CHAIN)?\s*;?\s*$/i;

/** Top-level `;` offsets of a mask (parentheses balanced; comments and literals are blank). */
function topLevelSemicolons(mask: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < mask.length; i++) {
    const c = mask.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29) depth--;
    else if (c === 0x3b && depth === 0) out.push(i);
  }
  return out;
}

/**
 * Where the head's terminator statement starts (just after the `;` before it), or undefined when
 * the head does not end in one. `hasTail` says whether the splitter anchored a tail after the
 * head, in which case it ends in a terminator by construction. A lone unit ends in one only when
 * the splitter says so: a trailing `END;` may close a `BEGIN ATOMIC` body instead, so the
 * splitter is asked (with a statement appended, after which a terminator would anchor a tail).
 */
function terminatorStart(text: string, mask: string, hasTail: boolean): number | undefined {
  const semis = topLevelSemicolons(mask);
  // The terminator is the last statement that is not blank: it ends at the last `;` (or at the
  // end of the text when it has none) and starts after the `;` before it.
  let end = mask.length;
  let k = semis.length - 1;
  const hadSemicolon = k >= 0 && mask.slice(semis[k] + 1).trim() === '';
  if (hadSemicolon) {
    end = semis[k] + 1;
    k--;
  }
  const start = k >= 0 ? semis[k] + 1 : 0;
  if (!TERMINATES.test(mask.slice(start, end))) return undefined;
  if (!hasTail && splitUnits(`${text}${hadSemicolon ? '' : ';'}\nSELECT;`).length < 2) {
    return undefined;
  }
  return start;
}

/** The head as work and terminator, for a rehearsal. */
export function splitHeadTerminator(head: string, hasTail: boolean): HeadParts {
  const start = terminatorStart(head, maskSql(head), hasTail);
  if (start === undefined) return { work: head, terminator: '' };
  return { work: head.slice(0, start), terminator: head.slice(start).trimStart() };
}

/** Splits a head unit into work and terminator, or undefined when it must go as one message. */
export function splitHeadUnit(unit: ExecutionUnit, hasTail: boolean): SplitHead | undefined {
  const mask = maskSql(unit.text);
  if (!OPENS.test(mask)) return undefined;
  const start = terminatorStart(unit.text, mask, hasTail);
  // A terminator with no work before it (the head is only `COMMIT;`) is not split either.
  if (start === undefined || start === 0) return undefined;
  // The terminator message starts at its first non-blank character, like any unit.
  let s = start;
  while (s < mask.length && /\s/.test(unit.text[s])) s++;
  let line = unit.line;
  for (let i = 0; i < s; i++) if (unit.text.charCodeAt(i) === 0x0a) line++;
  return {
    body: { text: unit.text.slice(0, start), offset: unit.offset, line: unit.line },
    terminator: { text: unit.text.slice(s), offset: unit.offset + s, line },
  };
}

/** First line of a unit that is not blank or comment: how a tail unit is listed. */
export function firstLineOf(text: string): string {
  const mask = maskSql(text);
  const at = mask.search(/\S/);
  if (at < 0) return text.trim().split('\n')[0] ?? '';
  const from = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  return text.slice(from, nl < 0 ? undefined : nl).trim();
}
