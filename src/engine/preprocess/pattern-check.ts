/**
 * A conservative syntax check of PostgreSQL advanced regular expressions (ARE), so a
 * `CALL pgmi_test('(')` fails offline, before anything is deployed (decisions.md 2).
 *
 * PostgreSQL's regex engine (Spencer's, `src/backend/regex/`) has no JavaScript port and its
 * dialect differs from JavaScript's RegExp, so this is hand-written and deliberately narrow: it
 * rejects only what PostgreSQL certainly rejects — unbalanced parentheses or brackets, a
 * quantifier without an operand, a trailing backslash, malformed `{m,n}` bounds — and accepts
 * anything it is unsure of (other flavours chosen by `***=` or embedded options, expanded syntax,
 * escapes it does not know). Every rule was checked against a real server; the integration test
 * `__tests__/preprocess-pattern.int.test.ts` keeps it honest.
 */

/** Errors worded as PostgreSQL words them (after `invalid regular expression: `). */
const PARENS = 'parentheses () not balanced';
const BRACKETS = 'brackets [] not balanced';
const BRACES = 'braces {} not balanced';
const QUANTIFIER = 'quantifier operand invalid';
const REPETITION = 'invalid repetition count(s)';
const ESCAPE = 'invalid escape \\ sequence';

/** PostgreSQL's DUPMAX: the largest bound in `{m,n}`. */
const MAX_BOUND = 255;

/** What the last item leaves for a following quantifier. */
type Previous = 'nothing' | 'operand' | 'quantified' | 'non-greedy';

/** Embedded options that leave ARE syntax unchanged (`b`, `e`, `q`, `x` change it). */
const SAFE_OPTIONS = /^[cimnpstw]+$/;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Index just past a bracket expression opening at `open`, or an error. */
function skipBracket(p: string, open: number): number | string {
  let j = open + 1;
  if (p[j] === '^') j++;
  if (p[j] === ']') j++; // a leading ']' is literal
  for (;;) {
    if (j >= p.length) return BRACKETS;
    const c = p[j];
    if (c === '\\') {
      if (j + 1 >= p.length) return ESCAPE;
      j += 2;
    } else if (c === '[' && (p[j + 1] === ':' || p[j + 1] === '.' || p[j + 1] === '=')) {
      const close = p.indexOf(p[j + 1] + ']', j + 2);
      if (close < 0) return BRACKETS;
      j = close + 2;
    } else if (c === ']') {
      return j + 1;
    } else {
      j++;
    }
  }
}

/** Index just past a `{m}`, `{m,}` or `{m,n}` bound opening at `open`, or an error. */
function skipBound(p: string, open: number): number | string {
  let j = open + 1;
  const mStart = j;
  while (isDigit(p[j])) j++;
  const m = Number(p.slice(mStart, j));
  let n = m;
  if (p[j] === ',') {
    j++;
    const nStart = j;
    while (isDigit(p[j])) j++;
    n = j > nStart ? Number(p.slice(nStart, j)) : MAX_BOUND;
  }
  if (j >= p.length) return BRACES;
  if (p[j] !== '}') return REPETITION;
  if (m > MAX_BOUND || n > MAX_BOUND || m > n) return REPETITION;
  return j + 1;
}

/** Start of the pattern proper after a `***:` director and leading embedded options, or -1. */
function bodyStart(p: string): number {
  if (p.startsWith('***=')) return -1; // the rest is a literal string
  let i = p.startsWith('***:') ? 4 : 0;
  const options = /^\(\?([a-zA-Z]*)\)/.exec(p.slice(i, i + 40));
  if (options && options[1] !== '') {
    if (!SAFE_OPTIONS.test(options[1])) return -1; // another flavour, literal or expanded syntax
    i += options[0].length;
  }
  return i;
}

/**
 * The reason PostgreSQL would reject `pattern` as an ARE (its own wording), or undefined when
 * the pattern is valid or this check cannot tell.
 */
export function checkPosixPattern(pattern: string): string | undefined {
  const p = pattern;
  let i = bodyStart(p);
  if (i < 0) return undefined;
  /** Per open group: whether it is a lookaround constraint (which cannot be quantified). */
  const groups: boolean[] = [];
  let previous: Previous = 'nothing';

  const quantify = (nonGreedyMark: boolean): string | undefined => {
    if (previous === 'operand') previous = 'quantified';
    else if (previous === 'quantified' && nonGreedyMark) previous = 'non-greedy';
    else return QUANTIFIER;
    return undefined;
  };

  while (i < p.length) {
    const c = p[i];
    if (c === '\\') {
      if (i + 1 >= p.length) return ESCAPE;
      // \A \Z \m \M \y \Y are constraints (zero-width), not operands.
      previous = 'AZmMyY'.includes(p[i + 1]) ? 'nothing' : 'operand';
      i += 2;
    } else if (c === '[') {
      const end = skipBracket(p, i);
      if (typeof end === 'string') return end;
      previous = 'operand';
      i = end;
    } else if (c === '(') {
      if (p.startsWith('(?#', i)) {
        const close = p.indexOf(')', i + 3);
        if (close < 0) return undefined;
        i = close + 1; // a comment: invisible, `previous` unchanged
        continue;
      }
      const look = /^\(\?(?:[=!]|<[=!])/.exec(p.slice(i, i + 4));
      if (look) {
        groups.push(true);
        i += look[0].length;
      } else if (p.startsWith('(?:', i)) {
        groups.push(false);
        i += 3;
      } else {
        // Any other `(?` is a group followed by a `?` quantifier, which has no operand.
        groups.push(false);
        i += 1;
      }
      previous = 'nothing';
    } else if (c === ')') {
      if (groups.length === 0) return PARENS;
      previous = groups.pop() ? 'nothing' : 'operand';
      i++;
    } else if (c === '|' || c === '^' || c === '$') {
      previous = 'nothing';
      i++;
    } else if (c === '*' || c === '+' || c === '?') {
      const err = quantify(c === '?');
      if (err) return err;
      i++;
    } else if (c === '{' && isDigit(p[i + 1])) {
      const err = quantify(false);
      if (err) return err;
      const end = skipBound(p, i);
      if (typeof end === 'string') return end;
      i = end;
    } else {
      previous = 'operand'; // includes a `{` not followed by a digit, which is literal
      i++;
    }
  }
  return groups.length > 0 ? PARENS : undefined;
}
