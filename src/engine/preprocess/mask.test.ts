import { maskSql } from './mask';

/** Asserts the mask keeps the length and returns it with masked spaces shown as `~`. */
function mask(sql: string): string {
  const out = maskSql(sql);
  expect(out).toHaveLength(sql.length);
  // Show which positions were masked: a space in the mask where the input had something else.
  let shown = '';
  for (let i = 0; i < out.length; i++) shown += out[i] === ' ' && sql[i] !== ' ' ? '~' : out[i];
  return shown;
}

describe('maskSql', () => {
  it('leaves code untouched, including multi-byte characters', () => {
    expect(mask('SELECT a, b FROM t WHERE x = 1;')).toBe('SELECT a, b FROM t WHERE x = 1;');
    expect(mask('SELECT ünïcode — 中文 😀 FROM t')).toBe('SELECT ünïcode — 中文 😀 FROM t');
    expect(maskSql('x -- y')).toBe('x     ');
  });

  it('masks line comments and keeps their line break (LF and CRLF)', () => {
    expect(mask('a -- c;d\nb')).toBe('a ~~ ~~~\nb');
    expect(mask('a -- c;d\r\nb')).toBe('a ~~ ~~~\r\nb');
    expect(mask('a -- c\rd\nb')).toBe('a ~~ ~~~\nb');
    expect(mask('a -- to the end')).toBe('a ~~ ~~ ~~~ ~~~');
  });

  it('masks nested block comments, newlines included; an unterminated one runs to the end', () => {
    expect(mask('a /* x /* y */ z; */ b')).toBe('a ~~ ~ ~~ ~ ~~ ~~ ~~ b');
    expect(mask('a /* x\ny */ b')).toBe('a ~~ ~~~ ~~ b');
    expect(mask('a /* x /* y */ COMMIT;')).toBe('a ~~ ~ ~~ ~ ~~ ~~~~~~~');
  });

  it('masks literal contents, keeps the quotes and doubled quotes', () => {
    expect(mask("SELECT 'a;b', 'it''s';")).toBe("SELECT '~~~', '~~''~';");
    expect(mask("SELECT 'COMMIT;\nx'")).toBe("SELECT '~~~~~~~~~'");
    expect(mask("SELECT 'open")).toBe("SELECT '~~~~");
    expect(mask("''")).toBe("''");
  });

  it('treats a backslash as an escape only in E strings where E is a token of its own', () => {
    expect(mask("E'a\\'; COMMIT; b';x")).toBe("E'~~~~ ~~~~~~~ ~';x");
    expect(mask("e'a\\\\';x")).toBe("e'~~~';x");
    expect(mask("E'it''s'")).toBe("E'~~''~'");
    // Ordinary literal: the backslash is literal, the quote after it closes.
    expect(mask("'a\\';COMMIT;")).toBe("'~~';COMMIT;");
    // `date'…'`, `abcE'…'`, `_e'…'`, `$e'…'`, `1e'…'`, `éE'…'`: the E ends an identifier.
    for (const prefix of ['date', 'abcE', '_e', '$e', '1e', 'éE', '𝐀E']) {
      expect(mask(`${prefix}'a\\';COMMIT;`)).toBe(`${prefix}'~~';COMMIT;`);
    }
    // After punctuation or white space, E starts an escape string.
    expect(mask("(E'a\\';x')")).toBe("(E'~~~~~')");
    expect(mask("x E'a\\';x'")).toBe("x E'~~~~~'");
  });

  it('masks quoted-identifier contents, keeps doubled double quotes', () => {
    expect(mask('SELECT 1 AS "note; COMMIT";')).toBe('SELECT 1 AS "~~~~~ ~~~~~~";');
    expect(mask('"a""; b"')).toBe('"~""~ ~"');
    expect(mask('"Client\'s --Name" x')).toBe('"~~~~~~~~ ~~~~~~" x');
  });

  it('masks dollar-quoted bodies and keeps the tags', () => {
    expect(mask('DO $$ COMMIT; $$;')).toBe('DO $$ ~~~~~~~ $$;');
    expect(mask('$fn$ a $$ b $fn$;')).toBe('$fn$ ~ ~~ ~ $fn$;');
    expect(mask('$_x1$ y $_x1$')).toBe('$_x1$ ~ $_x1$');
    expect(mask('$ünï$ y $ünï$')).toBe('$ünï$ ~ $ünï$');
    expect(mask('$$ unterminated')).toBe('$$ ~~~~~~~~~~~~');
    expect(mask('$a$\n;\n$a$')).toBe('$a$~~~$a$');
  });

  it('does not open a dollar quote for parameters or invalid tags', () => {
    expect(mask('SELECT $1, $2; $1x$')).toBe('SELECT $1, $2; $1x$');
    expect(mask('a $ b $')).toBe('a $ b $');
  });

  it('keeps upstream quirks: a $tag$ opens a quote even inside an identifier', () => {
    expect(mask('a$b$c;d$b$e')).toBe('a$b$~~~$b$e');
  });

  it('masks each UTF-16 unit of a multi-byte character as one space (offsets stay aligned)', () => {
    const sql = "SELECT '😀 é'; SELECT 1;";
    const out = maskSql(sql);
    expect(out).toBe("SELECT '    '; SELECT 1;");
    expect(out.indexOf('SELECT 1')).toBe(sql.indexOf('SELECT 1'));
  });

  it('treats comment starters inside literals and identifiers as text', () => {
    expect(mask("'--' x '/*' y")).toBe("'~~' x '~~' y");
    expect(mask('"a/*b" x "$t$" y')).toBe('"~~~~" x "~~~" y');
  });

  it('is linear on large inputs', () => {
    const piece = "INSERT INTO t VALUES ('x''y', E'\\n', $$z$$); -- c\n/* d */\n";
    const sql = piece.repeat(100_000); // ~6 MB
    const t0 = Date.now();
    const out = maskSql(sql);
    expect(out).toHaveLength(sql.length);
    expect(out.slice(0, piece.length)).toBe(
      "INSERT INTO t VALUES (' '' ', E'  ', $$ $$);     \n       \n",
    );
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
