/**
 * `CALL pgmi_test(...)` macros in deploy.sql (deploy-pipeline.md §1.2–1.4, decisions.md 2 and 5).
 *
 * Candidates are found on the mask, so calls inside literals, comments and quoted identifiers
 * are invisible; each candidate is then parsed token by token (macro-parse.ts). A candidate that
 * names pgmi_test but cannot be expanded — malformed, unsupported arguments, an invalid callback
 * or regex, or written inside a DO block or function body — is a configuration error found
 * offline (exit 10), never a call to a procedure that does not exist.
 */
import { ConfigError, InternalError, type ErrorLocation } from '../errors';
import { validateCallbackName } from './callback-name';
import { locateOffset } from './locate';
import { parseMacroAt } from './macro-parse';
import { maskSql } from './mask';
import { checkPosixPattern } from './pattern-check';
import { scanSql } from './sql-scan';

export interface MacroCall {
  /** Offset of the `C` of `CALL` in the text. */
  start: number;
  /**
   * Just past the macro: through its `;` when one follows (white space and comments before the
   * `;` belong to the span), else just past its `)`. Upstream also swallowed trailing white space
   * when no `;` followed; stopping at `)` keeps the next statement on its own line.
   */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** Regex selecting tests; null runs everything (`NULL`, `''` or omitted). */
  pattern: string | null;
  /** Callback function; null selects the default `pg_temp.pgmi_test_callback`. */
  callback: string | null;
}

/** `call` as a word of its own (upstream: preceded by anything but an ASCII word character). */
const CALL = /(?<![A-Za-z0-9_])call(?![A-Za-z0-9_])/gi;

const FORMS_HINT =
  "Write the macro as CALL pgmi_test(), CALL pgmi_test('pattern') or CALL pgmi_test('pattern', 'callback')";

function fail(text: string, offset: number, message: string, hints: string[]): never {
  const at = locateOffset(text, offset);
  const location: ErrorLocation = { script: 'deploy.sql', ...at, scriptExpanded: false };
  throw new ConfigError(`deploy.sql line ${at.line}: ${message}`, { hints, location });
}

/** The word just before `at` in a mask (white space and masked comments skipped), lower-cased. */
function wordBefore(mask: string, at: number): { word: string; start: number } {
  let end = at;
  while (end > 0 && /\s/.test(mask[end - 1])) end--;
  let start = end;
  while (start > 0 && /[A-Za-z0-9_]/.test(mask[start - 1])) start--;
  return { word: mask.slice(start, end).toLowerCase(), start };
}

/** Whether the dollar quote at `at` is code: a `DO [LANGUAGE x]` block or an `AS $$` body. */
function isCodeBody(mask: string, at: number): boolean {
  const prev = wordBefore(mask, at);
  if (prev.word === 'do' || prev.word === 'as') return true;
  if (prev.word === '') return false;
  const lang = wordBefore(mask, prev.start);
  return lang.word === 'language' && wordBefore(mask, lang.start).word === 'do';
}

/**
 * Offset of the first `CALL pgmi_test` written in code position inside a DO block or function
 * body of `text` (recursively), or -1. Bodies are lexed as SQL again, ignoring their own strings
 * and comments; dollar quotes used as plain strings (`COMMENT … IS $$…$$`) are not code.
 */
function findCallInBodies(text: string, mask: string, base: number): number {
  let found = -1;
  scanSql(text, (s) => {
    if (found >= 0 || s.kind !== 'dollar' || !isCodeBody(mask, s.start)) return;
    const bodyStart = s.start + s.tagLength;
    const body = text.slice(bodyStart, s.closed ? s.end - s.tagLength : s.end);
    const bodyMask = maskSql(body);
    for (const m of bodyMask.matchAll(CALL)) {
      if (parseMacroAt(body, m.index) !== undefined) {
        found = base + bodyStart + m.index;
        return;
      }
    }
    found = findCallInBodies(body, bodyMask, base + bodyStart);
  });
  return found;
}

/**
 * Every `CALL [pg_temp.]pgmi_test([pattern] [, callback]) [;]` at the top level of `text`, in
 * order. Throws ConfigError (naming deploy.sql and the line) for a macro that cannot be expanded.
 */
export function findMacros(text: string): MacroCall[] {
  const mask = maskSql(text);
  const inBody = findCallInBodies(text, mask, 0);
  const macros: MacroCall[] = [];
  let line = 1;
  // The next line break not yet counted: kept across macros, so that many on one line do not
  // each search to the end of the text (quadratic).
  let nextBreak = text.indexOf('\n');
  for (const m of mask.matchAll(CALL)) {
    const start = m.index;
    if (macros.length > 0 && start < macros[macros.length - 1].end) continue;
    if (inBody >= 0 && inBody < start) break;
    const parsed = parseMacroAt(text, start);
    if (parsed === undefined) continue;
    if (parsed.kind === 'error') {
      fail(text, start, `cannot expand CALL pgmi_test(...): ${parsed.reason}`, [FORMS_HINT]);
    }
    while (nextBreak >= 0 && nextBreak < start) {
      line++;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    if (parsed.callback !== null) {
      const problem = validateCallbackName(parsed.callback);
      if (problem) {
        fail(text, start, problem, [
          'The callback must name a function as [schema.]function, e.g. pg_temp.my_callback',
        ]);
      }
    }
    if (parsed.pattern !== null) {
      const reason = checkPosixPattern(parsed.pattern);
      if (reason) {
        fail(text, start, `Invalid regex pattern: ${parsed.pattern}`, [
          'Pattern must be a valid PostgreSQL POSIX regular expression',
          `PostgreSQL would report: invalid regular expression: ${reason}`,
        ]);
      }
    }
    macros.push({
      start,
      end: parsed.end,
      line,
      pattern: parsed.pattern,
      callback: parsed.callback,
    });
  }
  if (inBody >= 0) {
    fail(
      text,
      inBody,
      'CALL pgmi_test() is written inside a DO block or function body, where it is never expanded: ' +
        'pgmi_test() macros are expanded only at the top level of deploy.sql and cannot run inside DO blocks or functions',
      [
        'Move the CALL pgmi_test(...) out of the block, as a statement of its own between BEGIN and COMMIT',
      ],
    );
  }
  return macros;
}

/** `text` with each macro span replaced by its expansion (same order as `macros`). */
export function expandMacros(text: string, macros: MacroCall[], expansions: string[]): string {
  if (macros.length !== expansions.length) {
    throw new InternalError(`${macros.length} macros but ${expansions.length} expansions`);
  }
  // Assembled front to back in one pass: the same result as replacing last to first, linear.
  const parts: string[] = [];
  let from = 0;
  macros.forEach((m, i) => {
    if (m.start < from || m.end < m.start || m.end > text.length) {
      throw new InternalError('macro spans must be in order and must not overlap');
    }
    parts.push(text.slice(from, m.start), expansions[i]);
    from = m.end;
  });
  parts.push(text.slice(from));
  return parts.join('');
}
