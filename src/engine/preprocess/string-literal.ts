/**
 * Values of SQL string literals as PostgreSQL reads them (standard_conforming_strings on), for
 * macro arguments written as `'it''s'`, `E'a\tb'` or `$$…$$` (decisions.md 5).
 */

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** `'…'` contents: a doubled quote is one quote; backslashes are ordinary characters. */
export function decodeStandardString(content: string): string {
  return content.replaceAll("''", "'");
}

const SIMPLE_ESCAPES: Record<string, number> = { b: 8, f: 12, n: 10, r: 13, t: 9 };

/**
 * `E'…'` contents: `\b \f \n \r \t`, octal `\o`…`\ooo` and hex `\xh`/`\xhh` byte values,
 * `\uXXXX` / `\UXXXXXXXX` code points, any other `\c` is `c`, and `''` is `'`. Byte escapes may
 * build multi-byte UTF-8 characters, so the value is assembled as bytes; a result that is not
 * valid UTF-8 (which PostgreSQL rejects too) throws.
 */
export function decodeEscapeString(content: string): string {
  const bytes: number[] = [];
  const pushText = (s: string) => {
    for (const b of utf8.encode(s)) bytes.push(b);
  };
  let run = 0;
  let i = 0;
  const flush = (to: number) => {
    if (to > run) pushText(content.slice(run, to));
  };
  while (i < content.length) {
    const c = content[i];
    if (c === "'" && content[i + 1] === "'") {
      flush(i);
      bytes.push(0x27);
      i += 2;
      run = i;
      continue;
    }
    if (c !== '\\' || i + 1 >= content.length) {
      i++;
      continue;
    }
    flush(i);
    const e = content[i + 1];
    let m: RegExpExecArray | null;
    if (e in SIMPLE_ESCAPES) {
      bytes.push(SIMPLE_ESCAPES[e]);
      i += 2;
    } else if ((m = /^[0-7]{1,3}/.exec(content.slice(i + 1, i + 4)))) {
      bytes.push(parseInt(m[0], 8) & 0xff);
      i += 1 + m[0].length;
    } else if (e === 'x' && (m = /^[0-9a-fA-F]{1,2}/.exec(content.slice(i + 2, i + 4)))) {
      bytes.push(parseInt(m[0], 16));
      i += 2 + m[0].length;
    } else if (e === 'u' || e === 'U') {
      const digits = e === 'u' ? 4 : 8;
      const hex = content.slice(i + 2, i + 2 + digits);
      const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : -1;
      if (cp < 1 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        throw new Error(`invalid Unicode escape \\${e}${hex} in E'…' string`);
      }
      pushText(String.fromCodePoint(cp));
      i += 2 + digits;
    } else {
      // Any other escaped character stands for itself (a surrogate pair stays whole).
      const cp = content.codePointAt(i + 1) as number;
      pushText(String.fromCodePoint(cp));
      i += 1 + (cp > 0xffff ? 2 : 1);
    }
    run = i;
  }
  flush(content.length);
  if (bytes.includes(0)) throw new Error("E'…' strings cannot contain a zero byte");
  try {
    return strictUtf8.decode(new Uint8Array(bytes));
  } catch {
    throw new Error("E'…' string escapes do not form valid UTF-8");
  }
}
