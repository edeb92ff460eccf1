import { forEachStatement } from './split';
import { maskSql } from './mask';
import { statementByteEnds } from './statements';

/** The statements the tail splitter finds, as UTF-8 byte ends: the reference. */
function reference(text: string): number[] {
  const mask = maskSql(text);
  const ends: number[] = [];
  const rest = forEachStatement(mask, 0, (_s, end) => {
    ends.push(Buffer.byteLength(text.slice(0, end)));
    return false;
  });
  if (/\S/.test(mask.slice(rest))) ends.push(Buffer.byteLength(text));
  return ends;
}

const cut = (text: string, ends: number[]) => {
  const b = Buffer.from(text);
  let from = 0;
  return ends.map((e) => {
    const s = b.subarray(from, e).toString();
    from = e;
    return s;
  });
};

describe('statementByteEnds: where pgmi_execute_file cuts a large file', () => {
  it('cuts at top-level semicolons only, as the tail splitter does', () => {
    const text = [
      "CREATE TABLE t (a text DEFAULT ';', b int CHECK (b > 0));",
      "INSERT INTO t VALUES ('x;y', 1), (E'it\\'s;', 2);",
      '-- a comment; with a semicolon',
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$;',
      '/* block ; /* nested ; */ */ SELECT "odd;name" FROM (SELECT 1 AS "odd;name") s;',
      'SELECT 1',
    ].join('\n');
    const ends = statementByteEnds(text);
    expect(ends).toEqual(reference(text));
    expect(cut(text, ends!).map((s) => s.trim().split(/\s+/)[0])).toEqual([
      'CREATE',
      'INSERT',
      '--',
      '/*',
      'SELECT',
    ]);
  });

  it('byte offsets in multi-byte text: every cut lands between statements', () => {
    const text = "INSERT INTO t VALUES ('é😀');\nINSERT INTO t VALUES ('ü');\n-- ende ✓\n";
    const ends = statementByteEnds(text);
    expect(ends).toEqual(reference(text));
    expect(ends).toHaveLength(2);
    expect(cut(text, ends!)).toEqual([
      "INSERT INTO t VALUES ('é😀');",
      "\nINSERT INTO t VALUES ('ü');",
    ]);
  });

  it('trailing comments and blanks are not a statement; trailing SQL without a semicolon is', () => {
    expect(statementByteEnds('SELECT 1; SELECT 2;\n-- done\n  ')).toEqual([9, 19]);
    expect(statementByteEnds('SELECT 1; SELECT 2')).toEqual([9, 18]);
  });

  it("over bytes, non-ASCII letters before E' and in dollar tags read as the tail splitter reads them", () => {
    for (const text of [
      "SELECT éE'a\\';b'; SELECT 2;",
      "SELECT 😀E'a\\';b'; SELECT 2;",
      "SELECT ,E'a\\';b'; SELECT 2;",
      'SELECT $ü$ ; $ü$; SELECT $_ß1$;$_ß1$; SELECT $1$; SELECT 3;',
      'SELECT $😀$ ; $😀$; SELECT 4;',
      "SELECT 'it''s;', '', ''''; SELECT 'unterminated;''",
      "SELECT 'x' -- atomic; in a comment\n; SELECT 'atomic;' /* ATOMIC; */; SELECT 5;",
    ]) {
      const bytes = Buffer.from(text);
      expect([text, statementByteEnds(bytes)]).toEqual([text, reference(text)]);
      expect(statementByteEnds(text)).toEqual(reference(text));
    }
  });

  it('nothing to cut: one statement, ATOMIC in code (any case), lone surrogates', () => {
    expect(
      statementByteEnds(
        Buffer.from(
          'CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN AtOmIc SELECT 1; END; SELECT 2;',
        ),
      ),
    ).toBeUndefined();
    expect(statementByteEnds('SELECT 1;')).toBeUndefined();
    expect(
      statementByteEnds(
        'CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END; SELECT 2;',
      ),
    ).toBeUndefined();
    expect(statementByteEnds("SELECT 1; SELECT '\uD800';")).toBeUndefined();
  });
});
