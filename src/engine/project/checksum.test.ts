import { normalizeSql, normalizeSqlBytes, pgmiChecksum, rawChecksum } from './checksum';

const EMPTY_SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const USERS_NORMALISED = '770ec17e2277e313a56c78ecab71d0ee460922cac72efddf9869ca4194276572';

describe('rawChecksum', () => {
  it('cli#19: raw digest of SELECT * FROM users;', () => {
    expect(rawChecksum('SELECT * FROM users;')).toBe(
      'd1ec24bdafb79996d598fd0707064fc6766042c1054c8ca379da5fc6a3a03e5a',
    );
  });

  it('spec 2.2 raw digests (empty, double spaces, leading comment)', () => {
    expect(rawChecksum('')).toBe(EMPTY_SHA);
    expect(rawChecksum('SELECT  *  FROM  users;')).toBe(
      'e09890a6b2a21a9fcffa0da5317f5a8872877b525570d035a38a8962cae50e53',
    );
    expect(rawChecksum('-- Comment\nSELECT * FROM users;')).toBe(
      '439dc674a27b169ae8ccbf89c825a4689b1faf94d5d21a95b77e77365dc9effe',
    );
    expect(rawChecksum('-- only a comment')).toMatch(/^0da9de82[0-9a-f]{50}7b85bf$/);
  });

  it('hashes bytes and strings alike', () => {
    expect(rawChecksum(Buffer.from('café', 'utf8'))).toBe(rawChecksum('café'));
    expect(rawChecksum('SELECT * FROM USERS;')).not.toBe(rawChecksum('SELECT * FROM users;'));
  });
});

describe('pgmiChecksum', () => {
  it('cli#19: normalised digest of SELECT * FROM users;', () => {
    expect(pgmiChecksum('SELECT * FROM users;')).toBe(USERS_NORMALISED);
  });

  it('cli#20: empty, comment-only and unterminated-comment inputs normalise to nothing', () => {
    for (const s of ['', '-- only a comment', '/* unterminated', '  \n\t ']) {
      expect(pgmiChecksum(s)).toBe(EMPTY_SHA);
    }
  });

  it('cli#21: case, spacing, line endings and comments do not change the digest', () => {
    const variants = [
      'SELECT * FROM users;',
      'select * from users;',
      'SeLeCt * FrOm UsErS;',
      'SELECT * FROM USERS;',
      'SELECT  *  FROM  users;',
      'SELECT\t*\tFROM\tusers;',
      'SELECT\n*\nFROM\nusers;',
      'SELECT\r\n*\r\nFROM\r\nusers;',
      '   SELECT * FROM users;   ',
      '-- leading\nSELECT * FROM users;',
      'SELECT * FROM users; -- trailing',
      '/* leading */ SELECT * FROM users;',
      'SELECT * FROM users; /* trailing */',
      '/* outer /* nested */ still */SELECT * FROM users;',
    ];
    for (const v of variants) expect(pgmiChecksum(v)).toBe(USERS_NORMALISED);
  });

  it('spec 2.2: the digest table rows normalise to the users digest', () => {
    expect(pgmiChecksum('SELECT  *  FROM  users;')).toBe(USERS_NORMALISED);
    expect(pgmiChecksum('-- Comment\nSELECT * FROM users;')).toBe(USERS_NORMALISED);
  });

  it('cli#23: a comment is a separator, never deleted', () => {
    expect(pgmiChecksum('SELECT a/*x*/b;')).not.toBe(pgmiChecksum('SELECT ab;'));
    expect(pgmiChecksum('SELECT a/*x*/b;')).toBe(pgmiChecksum('SELECT a b;'));
  });

  it('cli#24: literals, quoted identifiers and dollar bodies keep their case and comments', () => {
    const pairs: Array<[string, string]> = [
      ['CREATE TABLE "Users" (id int);', 'CREATE TABLE "users" (id int);'],
      ["INSERT INTO cfg VALUES ('Production');", "INSERT INTO cfg VALUES ('production');"],
      ["DO $$ BEGIN PERFORM 'Xy'; END $$;", "DO $$ BEGIN PERFORM 'xy'; END $$;"],
      ['SELECT $$ -- inside $$ FROM t;', 'SELECT $$  $$ FROM t;'],
    ];
    for (const [a, b] of pairs) expect(pgmiChecksum(a)).not.toBe(pgmiChecksum(b));
  });

  it('cli#25: collision guards (comment markers inside E-strings and quoted identifiers)', () => {
    const pairs: Array<[string, string]> = [
      ["SELECT E'a\\'-- keep this' , 1;", "SELECT E'a\\'-- keep this' , 2;"],
      ['SELECT "a--b" , 1 FROM t;', 'SELECT "a--b" , 2 FROM t;'],
      ['SELECT "a/*x*/b" , 1 FROM t;', 'SELECT "a/*x*/b" , 2 FROM t;'],
      ['SELECT "a""--b" , 1 FROM t;', 'SELECT "a""--b" , 2 FROM t;'],
    ];
    for (const [a, b] of pairs) expect(pgmiChecksum(a)).not.toBe(pgmiChecksum(b));
  });

  it("spec 2.2 must-match: E'a\\'b' with or without a trailing comment", () => {
    expect(pgmiChecksum("SELECT E'a\\'b';")).toBe(pgmiChecksum("SELECT E'a\\'b'; -- note"));
  });

  it('core#43: SELECT * FROM USERS; equals a multi-line lower-case variant with a comment', () => {
    expect(pgmiChecksum('SELECT * FROM USERS;')).toBe(
      pgmiChecksum('select *\nfrom users; -- note'),
    );
  });

  it('accepts bytes and strings with the same result', () => {
    const text = 'SELECT \'Grüße\' FROM "Tâble"; -- x';
    expect(pgmiChecksum(Buffer.from(text, 'utf8'))).toBe(pgmiChecksum(text));
  });
});

describe('normalizeSql', () => {
  it('cli#22 and spec 2.2 worked examples', () => {
    const cases: Array<[string, string]> = [
      ['SELECT * FROM USERS;', 'select * from users;'],
      ['-- Header\n/* Block */\nSELECT  *  FROM  USERS;  -- End', 'select * from users;'],
      ['a/*x*/b', 'a b'],
      ['/* a /* b */ c */ X', 'x'],
      ['a--b\r\nc', 'a c'],
      ["SELECT E'a\\'-- not comment', 1;", "select e'a\\'-- not comment', 1;"],
    ];
    for (const [input, expected] of cases) expect(normalizeSql(input)).toBe(expected);
  });

  it('cli#26: whitespace collapses inside literals and identifiers; case is kept there', () => {
    expect(normalizeSql("SELECT 'It''s  OK' -- tail\n, \"MiXed  Id\" FROM T;")).toBe(
      "select 'It''s OK' , \"MiXed Id\" from t;",
    );
    expect(normalizeSql("DO $Body$ BEGIN -- KEEP\n RAISE NOTICE 'X'; END $Body$;")).toBe(
      "do $Body$ BEGIN -- KEEP RAISE NOTICE 'X'; END $Body$;",
    );
  });

  it('cli#27: a$b$c opens a dollar quote (upstream quirk); $1 does not', () => {
    expect(normalizeSql('SELECT $1, $$x$$, a$b$c FROM t;')).toBe('select $1, $$x$$, a$b$c FROM t;');
  });

  it('cli#27: only ASCII letters fold; Unicode whitespace is whitespace', () => {
    expect(normalizeSql('CAFÉ Straße')).toBe('cafÉ straße');
    expect(normalizeSql('x\u00a0\u00a0y\u3000z')).toBe('x y z');
  });

  it('treats every Go unicode.IsSpace code point as whitespace, and nothing else', () => {
    const spaces = [
      '\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2005',
      '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
    ]; // prettier-ignore
    for (const s of spaces) expect(normalizeSql(`a${s}${s}b${s}`)).toBe('a b');
    for (const notSpace of ['\u200b', '\ufeff', '\u180e', '\u2060', '\u00ad', '\u200c']) {
      expect(normalizeSql(`a${notSpace}b`)).toBe(`a${notSpace}b`);
    }
  });

  it('dollar tags: ASCII letters, digits and _; a digit cannot start a tag; tags are case-sensitive', () => {
    expect(normalizeSql('SELECT $_x1$ A -- B $_x1$ C')).toBe('select $_x1$ A -- B $_x1$ c');
    expect(normalizeSql('SELECT $9abc$ X')).toBe('select $9abc$ x');
    expect(normalizeSql('SELECT $T$ A $t$ B $T$ C')).toBe('select $T$ A $t$ B $T$ c');
    expect(normalizeSql('SELECT $é$ A')).toBe('select $é$ a');
    expect(normalizeSql('X $')).toBe('x $');
  });

  it('E-strings: the E must be its own token; bytes >= 0x80 count as identifier bytes', () => {
    // Not an escape string: the backslash does not protect the quote, so the literal closes early.
    expect(normalizeSql("SELECT abcE'a\\' -- C")).toBe("select abce'a\\'");
    expect(normalizeSql("SELECT e'a\\' -- C'")).toBe("select e'a\\' -- C'");
    expect(normalizeSql("SELECT éE'a\\' -- C")).toBe("select ée'a\\'");
    expect(normalizeSql("E'\\'' X")).toBe("e'\\'' x");
    expect(normalizeSql("SELECT $E'a\\' -- C")).toBe("select $e'a\\'");
  });

  it('line comments: a lone CR does not end them; CRLF and LF do', () => {
    expect(normalizeSql('A -- x\rB\nC')).toBe('a c');
    expect(normalizeSql('A -- x\r\nB')).toBe('a b');
  });

  it('unterminated literals, identifiers and dollar bodies run to the end', () => {
    expect(normalizeSql("SELECT 'ABC -- D")).toBe("select 'ABC -- D");
    expect(normalizeSql('SELECT "ABC -- D')).toBe('select "ABC -- D');
    expect(normalizeSql('SELECT $q$ABC -- D')).toBe('select $q$ABC -- D');
  });

  it('normalises a 20 MB input correctly (linear passes, no quadratic behaviour)', () => {
    const unit = 'SELECT  \'Keep  Case\' /* drop */ FROM "T"; -- tail\r\n';
    const count = Math.ceil((20 * 1024 * 1024) / unit.length);
    const big = unit.repeat(count);
    const out = normalizeSqlBytes(big);
    const expectedUnit = 'select \'Keep Case\' from "T"; ';
    expect(out.length).toBe(expectedUnit.length * count - 1);
    const text = out.toString('utf8');
    expect(text.startsWith(expectedUnit + expectedUnit)).toBe(true);
    expect(text.endsWith(expectedUnit.trimEnd())).toBe(true);
    expect(text.split(expectedUnit).length).toBe(count);
  });
});
