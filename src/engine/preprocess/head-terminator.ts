/**
 * The atomic head's work and its terminator as two texts, so the work can run and succeed before
 * the terminator (or, in a rehearsal, a ROLLBACK in its place) is sent.
 */
import { maskSql } from './mask';
import { splitUnits } from './split';

export interface HeadParts {
  /** Everything before the terminator (the whole head when it has none). */
  work: string;
  /** `COMMIT;` and friends, as written; '' when the head has no terminator. */
  terminator: string;
}

const TERMINATOR =
  /^\s*(COMMIT|END|ROLLBACK|ABORT)(\s+(WORK|TRANSACTION))?(\s+AND(\s+NO)?\s+CHAIN)?\s*;?\s*$/i;

/**
 * Splits the head unit. `hasTail` says whether the splitter anchored a tail after it, in which
 * case the head ends in a terminator by construction. A lone unit ends in one only when the
 * splitter says so: a trailing `END;` may close a `BEGIN ATOMIC` body instead, so the splitter is
 * asked (with a statement appended, after which a terminator would anchor a tail).
 */
export function splitHeadTerminator(head: string, hasTail: boolean): HeadParts {
  const none = { work: head, terminator: '' };
  const mask = maskSql(head);
  let end = mask.length;
  while (end > 0 && /\s/.test(mask[end - 1])) end--;
  const hadSemicolon = end > 0 && mask[end - 1] === ';';
  const start = mask.lastIndexOf(';', hadSemicolon ? end - 2 : end - 1) + 1;
  if (!TERMINATOR.test(mask.slice(start, end))) return none;
  if (!hasTail && splitUnits(`${head}${hadSemicolon ? '' : ';'}\nSELECT;`).length < 2) return none;
  return { work: head.slice(0, start), terminator: head.slice(start).trimStart() };
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
