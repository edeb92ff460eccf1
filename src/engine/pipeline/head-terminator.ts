/**
 * The atomic head's terminator travels in a message of its own. Sent as one simple-query
 * message, `BEGIN; …; COMMIT;` is finished by the backend even when the client has gone (a
 * killed runner, an OOM kill): nothing reads the socket until the message is done, so the
 * COMMIT runs. Split off, the work runs inside the open transaction and the COMMIT is only sent
 * once that work came back successfully — a backend whose client is gone meets end-of-file
 * instead and rolls back.
 *
 * Only heads that open the transaction themselves (`BEGIN` / `START TRANSACTION` first) are
 * split: without one, the head runs as the server's implicit transaction block, where a later
 * COMMIT or ROLLBACK in the same message means something different than in a message of its
 * own, and the atomic-head contract (what commits, what fails, with which error) must not move.
 */
import { maskSql, type ExecutionUnit } from '../preprocess/index';

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

/** Splits a head unit into work and terminator, or undefined when it must go as one message. */
export function splitHeadTerminator(unit: ExecutionUnit): SplitHead | undefined {
  const mask = maskSql(unit.text);
  if (!OPENS.test(mask)) return undefined;
  const semis = topLevelSemicolons(mask);
  // The terminator is the last statement that is not blank: it ends at the last `;` (or at the
  // end of the text when it has none) and starts after the `;` before it.
  let end = mask.length;
  let k = semis.length - 1;
  if (k >= 0 && mask.slice(semis[k] + 1).trim() === '') {
    end = semis[k] + 1;
    k--;
  }
  if (k < 0) return undefined;
  const start = semis[k] + 1;
  if (!TERMINATES.test(mask.slice(start, end))) return undefined;
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
