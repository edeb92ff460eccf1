/**
 * Token-level parser for one `CALL [pg_temp.]pgmi_test(...)` (decisions.md 5): arguments may be
 * written as any string literal PostgreSQL accepts ('…' with doubled quotes, E'…', $$…$$), cast
 * (`'x'::text`, `CAST('x' AS text)`), or NULL; white space and comments may sit between tokens.
 * The lexer reuses sql-scan.ts, so it agrees with the mask about every literal's extent.
 */
import { isIdentifierCodePoint, readSpecial } from './sql-scan';
import { decodeEscapeString, decodeStandardString } from './string-literal';

type TokenKind = 'word' | 'string' | 'punct' | 'other' | 'eof' | 'unterminated';

interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** word: lower-cased; string: the decoded value; punct: the characters. */
  value: string;
  /**
   * A string whose escapes do not decode (an E'…' with `\0`, bad UTF-8): why. Only an argument
   * of pgmi_test fails for it; anywhere else (`CALL E'…'`) it is a token like any other.
   */
  invalid?: string;
}

export type MacroParse =
  | { kind: 'macro'; end: number; pattern: string | null; callback: string | null }
  | { kind: 'error'; reason: string };

class ParseFailure extends Error {}

const WORD = /[A-Za-z0-9_]+/y;

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** The next token at or after `pos`, skipping white space and comments. */
function nextToken(text: string, pos: number): Token {
  let i = pos;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) return { kind: 'eof', start: i, end: i, value: '' };
    const s = readSpecial(text, i);
    if (s && (s.kind === 'line-comment' || s.kind === 'block-comment')) {
      i = s.end;
      continue;
    }
    if (s) {
      if (!s.closed) return { kind: 'unterminated', start: i, end: s.end, value: '' };
      if (s.kind === 'quoted-ident') return { kind: 'other', start: i, end: s.end, value: '' };
      if (s.kind === 'dollar') {
        const body = text.slice(i + s.tagLength, s.end - s.tagLength);
        return { kind: 'string', start: i, end: s.end, value: body };
      }
      return {
        kind: 'string',
        start: i,
        end: s.end,
        ...decodeString(text, s.start, s.end, s.escape),
      };
    }
    WORD.lastIndex = i;
    const w = WORD.exec(text);
    if (w) {
      const end = i + w[0].length;
      // E'…': the E is a token of its own, immediately followed by the quote.
      if (w[0].toLowerCase() === 'e' && text[end] === "'") {
        const lit = readSpecial(text, end);
        if (lit && !lit.closed) return { kind: 'unterminated', start: i, end: lit.end, value: '' };
        if (lit) {
          return {
            kind: 'string',
            start: i,
            end: lit.end,
            ...decodeString(text, end, lit.end, lit.escape),
          };
        }
      }
      return { kind: 'word', start: i, end, value: w[0].toLowerCase() };
    }
    if (text.startsWith('::', i)) return { kind: 'punct', start: i, end: i + 2, value: '::' };
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    return { kind: 'punct', start: i, end: i + width, value: text.slice(i, i + width) };
  }
}

function decodeString(
  text: string,
  start: number,
  end: number,
  escape: boolean,
): { value: string; invalid?: string } {
  const content = text.slice(start + 1, end - 1);
  if (!escape) return { value: decodeStandardString(content) };
  try {
    return { value: decodeEscapeString(content) };
  } catch (e) {
    return { value: '', invalid: (e as Error).message };
  }
}

/** Whether the identifier ending at `end` really goes on (`pgmi_test$x`, `pgmi_testé`). */
function identifierContinues(text: string, end: number): boolean {
  const cp = text.codePointAt(end);
  return cp === 0x24 || (cp !== undefined && cp >= 0x80 && isIdentifierCodePoint(cp));
}

function isWord(t: Token, text: string, word: string): boolean {
  return t.kind === 'word' && t.value === word && !identifierContinues(text, t.end);
}

function isPunct(t: Token, p: string): boolean {
  return t.kind === 'punct' && t.value === p;
}

function describe(text: string, t: Token): string {
  const snippet = text.slice(t.start, Math.min(t.end, t.start + 30));
  return `"${snippet}${t.end > t.start + 30 ? '…' : ''}"`;
}

const ARGUMENT_FORMS =
  "arguments must be string literals ('…', E'…' or $$…$$), optionally cast, or NULL";

class MacroParser {
  constructor(private readonly text: string) {}

  next(pos: number): Token {
    const t = nextToken(this.text, pos);
    if (t.kind === 'unterminated') throw new ParseFailure('unterminated literal or comment');
    return t;
  }

  fail(t: Token, what: string): never {
    if (t.kind === 'eof') throw new ParseFailure('incomplete call: the text ends before its ")"');
    throw new ParseFailure(`${what}, found ${describe(this.text, t)}`);
  }

  /** A type name after `::` or `AS`: words, optionally qualified, `(n)` modifiers, `[]`. */
  typeName(t: Token): Token {
    if (t.kind !== 'word') this.fail(t, 'expected a type name');
    let cur = this.next(t.end);
    for (;;) {
      if (cur.kind === 'word') cur = this.next(cur.end);
      else if (isPunct(cur, '.')) {
        const w = this.next(cur.end);
        if (w.kind !== 'word') this.fail(w, 'expected a type name');
        cur = this.next(w.end);
      } else if (isPunct(cur, '(')) {
        let n = this.next(cur.end);
        while (n.kind === 'word' || isPunct(n, ',')) n = this.next(n.end);
        if (!isPunct(n, ')')) this.fail(n, 'expected ")" after a type modifier');
        cur = this.next(n.end);
      } else if (isPunct(cur, '[')) {
        const close = this.next(cur.end);
        if (!isPunct(close, ']')) this.fail(close, 'expected "]"');
        cur = this.next(close.end);
      } else return cur;
    }
  }

  /** One argument; returns its value and the token after it. */
  value(t: Token): { value: string | null; after: Token } {
    let value: string | null;
    let cur: Token;
    if (t.kind === 'string') {
      if (t.invalid !== undefined) throw new ParseFailure(t.invalid);
      value = t.value;
      cur = this.next(t.end);
    } else if (isWord(t, this.text, 'null')) {
      value = null;
      cur = this.next(t.end);
    } else if (isWord(t, this.text, 'cast') && isPunct(this.next(t.end), '(')) {
      const inner = this.value(this.next(this.next(t.end).end));
      if (!isWord(inner.after, this.text, 'as')) this.fail(inner.after, 'expected AS in CAST');
      const close = this.typeName(this.next(inner.after.end));
      if (!isPunct(close, ')')) this.fail(close, 'expected ")" to close CAST');
      value = inner.value;
      cur = this.next(close.end);
    } else {
      this.fail(t, `unsupported argument syntax (${ARGUMENT_FORMS})`);
    }
    while (isPunct(cur, '::')) cur = this.typeName(this.next(cur.end));
    return { value, after: cur };
  }

  /** Parses from `CALL` at `start`; undefined when this is not a call of pgmi_test at all. */
  parse(start: number): MacroParse | undefined {
    const text = this.text;
    const call = nextToken(text, start);
    if (!isWord(call, text, 'call')) return undefined;
    let name = nextToken(text, call.end);
    if (isWord(name, text, 'pg_temp')) {
      const dot = nextToken(text, name.end);
      if (!isPunct(dot, '.')) return undefined;
      name = nextToken(text, dot.end);
    }
    if (!isWord(name, text, 'pgmi_test')) return undefined;
    try {
      return this.parseArguments(name);
    } catch (e) {
      if (e instanceof ParseFailure) return { kind: 'error', reason: e.message };
      throw e;
    }
  }

  private parseArguments(name: Token): MacroParse {
    const open = this.next(name.end);
    if (!isPunct(open, '(')) this.fail(open, 'expected "(" after pgmi_test');
    const args: Array<string | null> = [];
    let t = this.next(open.end);
    if (!isPunct(t, ')')) {
      if (isPunct(t, ',')) {
        // Upstream's odd `CALL pgmi_test(, 'cb')`: first argument omitted.
        args.push(null);
        t = this.next(t.end);
      }
      for (;;) {
        const v = this.value(t);
        args.push(v.value);
        t = v.after;
        if (isPunct(t, ')')) break;
        if (!isPunct(t, ',')) this.fail(t, 'expected "," or ")"');
        if (args.length >= 2) {
          throw new ParseFailure('too many arguments (pgmi_test takes a pattern and a callback)');
        }
        t = this.next(t.end);
      }
    }
    const after = nextToken(this.text, t.end);
    const end = isPunct(after, ';') ? after.end : t.end;
    const [pattern = null, callback = null] = args;
    return {
      kind: 'macro',
      end,
      pattern: pattern === '' ? null : pattern,
      callback: callback === '' ? null : callback,
    };
  }
}

/** Parses a `CALL pgmi_test(...)` starting at `start` (which is in code position). */
export function parseMacroAt(text: string, start: number): MacroParse | undefined {
  return new MacroParser(text).parse(start);
}
