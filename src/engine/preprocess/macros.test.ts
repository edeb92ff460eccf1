import { ConfigError, exitCodeFor, formatError } from '../errors';
import { expandMacros, findMacros, type MacroCall } from './macros';

function one(sql: string): MacroCall {
  const macros = findMacros(sql);
  expect(macros).toHaveLength(1);
  return macros[0];
}

/** The ConfigError findMacros throws for `sql`. */
function failure(sql: string): ConfigError {
  try {
    findMacros(sql);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect(exitCodeFor(e)).toBe(10);
    return e as ConfigError;
  }
  throw new Error(`expected findMacros to reject ${JSON.stringify(sql)}`);
}

describe('findMacros: recognised forms', () => {
  it.each([
    ['CALL pgmi_test()', null, null],
    ['CALL pgmi_test(NULL)', null, null],
    ["CALL pgmi_test('')", null, null],
    ["CALL pgmi_test('./users/.*')", './users/.*', null],
    ["CALL pgmi_test('NULL')", 'NULL', null],
    ["CALL pg_temp.pgmi_test('./migrations/.*')", './migrations/.*', null],
    ["CALL pgmi_test('./u/.*', 'pg_temp.cb')", './u/.*', 'pg_temp.cb'],
    ["CALL pgmi_test(NULL, 'pg_temp.x')", null, 'pg_temp.x'],
    ["CALL pgmi_test( './a/.*' , 'myschema.reporter' )", './a/.*', 'myschema.reporter'],
    ["CALL pgmi_test('x', '')", 'x', null],
    ["CALL pgmi_test(, 'cb')", null, 'cb'],
    ['CALL\tpgmi_test\t(\t)', null, null],
    ["CALL\npgmi_test ('p')", 'p', null],
  ])('%s', (sql, pattern, callback) => {
    const m = one(sql);
    expect([m.pattern, m.callback]).toEqual([pattern, callback]);
    expect(sql.slice(m.start, m.end)).toBe(sql);
  });

  it("core#82: call PG_TEMP.PGMI_TEST(null, …) is case-insensitive; '' runs all tests", () => {
    const m = one("call PG_TEMP.PGMI_TEST(null, 'pg_temp.cb');");
    expect([m.pattern, m.callback]).toEqual([null, 'pg_temp.cb']);
    expect(one("CALL pgmi_test('');").pattern).toBeNull();
  });

  it('decisions.md 5: reads arguments with a real lexer', () => {
    expect(one("CALL pgmi_test('it''s');").pattern).toBe("it's");
    expect(one("CALL pgmi_test(E'a\\\\.sql$');").pattern).toBe('a\\.sql$');
    expect(one("CALL pgmi_test(e'\\x41\\u00e9\\n');").pattern).toBe('Aé\n');
    expect(one("CALL pgmi_test(E'it\\'s');").pattern).toBe("it's");
    expect(one("CALL pgmi_test($$it's$$);").pattern).toBe("it's");
    expect(one("CALL pgmi_test($p$a'b$p$, $c$pg_temp.cb$c$);").callback).toBe('pg_temp.cb');
    expect(one("CALL pgmi_test('x'::text, 'pg_temp.cb'::text);").pattern).toBe('x');
    expect(one("CALL pgmi_test('x'::pg_catalog.varchar(100));").pattern).toBe('x');
    expect(one("CALL pgmi_test(CAST('x' AS character varying));").pattern).toBe('x');
    expect(one('CALL pgmi_test(NULL::text, NULL::text);').pattern).toBeNull();
    expect(one("CALL pgmi_test(/* which */ 'x' -- tests\n);").pattern).toBe('x');
    expect(one("CALL pg_temp /* ! */ . pgmi_test('x')").pattern).toBe('x');
    expect(one("CALL pgmi_test('\\d+')").pattern).toBe('\\d+');
  });

  it('spans CALL through the optional ";" (with blanks and comments before it)', () => {
    const sql = "BEGIN;\nCALL pgmi_test('x') /* c */ ;\nCOMMIT;";
    const m = one(sql);
    expect(sql.slice(m.start, m.end)).toBe("CALL pgmi_test('x') /* c */ ;");
    const bare = 'BEGIN;\nCALL pgmi_test()\nCOMMIT;';
    const b = one(bare);
    expect(bare.slice(b.start, b.end)).toBe('CALL pgmi_test()');
  });

  it('reports 1-based lines and keeps document order', () => {
    const sql =
      "-- c\nBEGIN;\n  CALL pgmi_test('a');\nCALL pgmi_test('b'); CALL pgmi_test('c');\nCOMMIT;";
    expect(findMacros(sql).map((m) => [m.line, m.pattern])).toEqual([
      [3, 'a'],
      [4, 'b'],
      [4, 'c'],
    ]);
  });

  it('accepts non-ASCII characters right before CALL (NBSP, em dash, CJK), as upstream does', () => {
    for (const prefix of ['\u00a0', '—', '中']) {
      expect(findMacros(`BEGIN;${prefix}CALL pgmi_test();COMMIT;`)).toHaveLength(1);
    }
  });
});

describe('findMacros: not macros (left untouched)', () => {
  it.each([
    '',
    'SELECT * FROM users;',
    'CALL pgmi_testing();',
    'CALL pgmi_test$x();',
    'CALL pgmi_testé();',
    'SELECT pgmi_test();',
    'PERFORM pgmi_test();',
    'pgmi_test();',
    'CALL public.pgmi_test();',
    'CALL "pgmi_test"();',
    'xCALL pgmi_test();',
    'CALL_pgmi_test();',
    'RECALL pgmi_test();',
    // Found by the macro fuzz target: an E'…' string that cannot be decoded where the procedure
    // name would be is not a call of pgmi_test, whatever it holds.
    "CALL E',\0'sét();",
    "CALL pg_temp.E'\\0'();",
    "CALL E'\\0' pgmi_test();",
  ])('%j', (sql) => {
    expect(findMacros(sql)).toEqual([]);
  });

  it('core#81: inside literals, identifiers and comments', () => {
    for (const sql of [
      "EXECUTE 'CALL pgmi_test();';",
      'SELECT 1 AS "CALL pgmi_test();";',
      "SELECT E'x\\'; CALL pgmi_test();';",
      '/* CALL pgmi_test(); */ SELECT 1;',
      '/* nested /* */ CALL pgmi_test(); */ SELECT 1;',
      '-- CALL pgmi_test();\nSELECT 1;',
      'SELECT $$CALL pgmi_test();$$;',
      "COMMENT ON TABLE t IS $$Run CALL pgmi_test('x') in deploy.sql$$;",
      'SELECT format($f$CALL pgmi_test()$f$);',
    ]) {
      expect(findMacros(sql)).toEqual([]);
    }
  });

  it('core#80: a macro followed by a comment quoting it expands once; the comment survives', () => {
    const sql = 'BEGIN;\nCALL pgmi_test(); -- run CALL pgmi_test(); again\nCOMMIT;';
    const macros = findMacros(sql);
    expect(macros).toHaveLength(1);
    const out = expandMacros(sql, macros, ['<expanded>']);
    expect(out).toBe('BEGIN;\n<expanded> -- run CALL pgmi_test(); again\nCOMMIT;');
  });
});

describe('findMacros: offline errors (decisions.md 2 and 5)', () => {
  it.each([
    ['BEGIN;\nCALL pgmi_test(', 'incomplete call'],
    ['BEGIN;\nCALL pgmi_test', 'incomplete call'],
    ['BEGIN;\nCALL pgmi_test;', 'expected "(" after pgmi_test'],
    ["BEGIN;\nCALL pgmi_test('a'", 'incomplete call'],
    ["BEGIN;\nCALL pgmi_test('a\n", 'unterminated literal'],
    ['BEGIN;\nCALL pgmi_test(pattern);', 'unsupported argument syntax'],
    ["BEGIN;\nCALL pgmi_test('a' || 'b');", 'expected "," or ")"'],
    ["BEGIN;\nCALL pgmi_test(upper('a'));", 'unsupported argument syntax'],
    ["BEGIN;\nCALL pgmi_test('a', 'b', 'c');", 'too many arguments'],
    ["BEGIN;\nCALL pgmi_test('a',);", 'unsupported argument syntax'],
    ["BEGIN;\nCALL pgmi_test(U&'a');", 'unsupported argument syntax'],
    ["BEGIN;\nCALL pgmi_test(E'\\u12');", 'invalid Unicode escape'],
    ["BEGIN;\nCALL pgmi_test(E'a\\0');", 'cannot contain a zero byte'],
    ["BEGIN;\nCALL pgmi_test('a', E'\\xff');", 'do not form valid UTF-8'],
    ["BEGIN;\nCALL pgmi_test(CAST(E'\\0' AS text));", 'cannot contain a zero byte'],
  ])('%j → %s', (sql, reason) => {
    const e = failure(sql);
    expect(e.message).toContain('deploy.sql line 2: cannot expand CALL pgmi_test(...)');
    expect(e.message).toContain(reason);
    expect(e.location).toMatchObject({ script: 'deploy.sql', line: 2, column: 1 });
  });

  it('core#68: an invalid callback is rejected offline with the upstream wording', () => {
    const e = failure("BEGIN;\nCALL pgmi_test('x', 'DROP TABLE users; --');\nCOMMIT;");
    expect(e.message).toBe(
      'deploy.sql line 2: invalid callback "DROP TABLE users; --": "DROP TABLE users; --" is not a valid identifier',
    );
    expect(e.location).toMatchObject({ line: 2, sourceLine: expect.stringContaining('DROP') });
    expect(failure("CALL pgmi_test(NULL, 'a.b.c')").message).toContain(
      'invalid callback "a.b.c": expected [schema.]function format',
    );
  });

  it.each(['(', './users/**', '*abc', 'a**', '[abc'])(
    'core#69: pattern %j is rejected offline as an invalid regex',
    (pattern) => {
      const e = failure(`BEGIN;\n\n  CALL pgmi_test('${pattern}');\nCOMMIT;`);
      expect(e.message).toBe(`deploy.sql line 3: Invalid regex pattern: ${pattern}`);
      expect(e.hints[0]).toBe('Pattern must be a valid PostgreSQL POSIX regular expression');
      expect(e.location).toMatchObject({ line: 3, column: 3 });
      const rendered = formatError(e);
      expect(rendered).toContain('LOCATION: deploy.sql line 3, column 3');
      expect(rendered).toContain(`LINE 3:   CALL pgmi_test('${pattern}');`);
    },
  );

  it('core#72: CALL pgmi_test() inside a DO block is an offline error, not a missing procedure', () => {
    const e = failure('BEGIN;\nDO $$\nBEGIN\n  CALL pgmi_test();\nEND $$;\nCOMMIT;');
    expect(e.message).toContain('deploy.sql line 4:');
    expect(e.message).toContain('expanded only at the top level of deploy.sql');
    expect(e.message).toContain('cannot run inside DO blocks or functions');
    expect(e.location).toMatchObject({ line: 4, column: 3 });
  });

  it('finds the call in function bodies, DO LANGUAGE blocks and nested bodies', () => {
    for (const sql of [
      'CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $fn$\nBEGIN\n  CALL pg_temp.pgmi_test();\nEND $fn$;',
      "DO LANGUAGE plpgsql $$\nBEGIN\n  call PGMI_TEST('x');\nEND $$;",
      'DO $a$\nBEGIN\n  EXECUTE 1;\n  CREATE FUNCTION g() RETURNS void AS $b$\n BEGIN\n CALL pgmi_test(); END $b$ LANGUAGE plpgsql;\nEND $a$;',
      'DO $$\nBEGIN\n  -- x\n  CALL pgmi_test(nope);\nEND $$;',
    ]) {
      expect(failure(sql).message).toMatch(
        /line \d+: CALL pgmi_test\(\) is written inside a DO block/,
      );
    }
    expect(
      failure(
        'DO $a$\nBEGIN\n  EXECUTE 1;\n  CREATE FUNCTION g() RETURNS void AS $b$\n BEGIN\n CALL pgmi_test(); END $b$ LANGUAGE plpgsql;\nEND $a$;',
      ).location?.line,
    ).toBe(6);
  });

  it('ignores calls in the body’s own literals and comments', () => {
    const sql =
      "DO $$\nBEGIN\n  EXECUTE 'CALL pgmi_test()';\n  -- CALL pgmi_test();\n  RAISE NOTICE $m$CALL pgmi_test()$m$;\nEND $$;";
    expect(findMacros(sql)).toEqual([]);
  });

  it('reports the earliest problem first', () => {
    const sql = "DO $$ BEGIN CALL pgmi_test(); END $$;\nCALL pgmi_test('(');";
    expect(failure(sql).message).toContain('line 1: CALL pgmi_test() is written inside');
    const later = "CALL pgmi_test('(');\nDO $$ BEGIN CALL pgmi_test(); END $$;";
    expect(failure(later).message).toContain('line 1: Invalid regex pattern: (');
  });
});

describe('findMacros: many on one line', () => {
  it('gh-10: line numbers stay right and the search stays linear', () => {
    const text = 'BEGIN;\n' + 'CALL pgmi_test();'.repeat(50_000) + '\nCALL pgmi_test();\nCOMMIT;';
    // CPU time, not the wall clock: a loaded machine must not fail this.
    const t0 = process.cpuUsage();
    const macros = findMacros(text);
    const used = process.cpuUsage(t0);
    expect((used.user + used.system) / 1000).toBeLessThan(8000);
    expect(macros).toHaveLength(50_001);
    expect(macros[49_999].line).toBe(2);
    expect(macros[50_000].line).toBe(3);
  });
});

describe('expandMacros', () => {
  it('replaces every span with its expansion', () => {
    const sql = "BEGIN;\nCALL pgmi_test('a');\nSELECT 1;\nCALL pgmi_test('b');\nCOMMIT;";
    const macros = findMacros(sql);
    expect(expandMacros(sql, macros, ['<A>', '<B1>\n<B2>'])).toBe(
      'BEGIN;\n<A>\nSELECT 1;\n<B1>\n<B2>\nCOMMIT;',
    );
    expect(expandMacros(sql, [], [])).toBe(sql);
  });

  it('rejects mismatched inputs', () => {
    const macros = findMacros('CALL pgmi_test();');
    expect(() => expandMacros('CALL pgmi_test();', macros, [])).toThrow(/1 macros but 0/);
    expect(() => expandMacros('x', [macros[0], macros[0]], ['a', 'b'])).toThrow(
      /in order and must not overlap/,
    );
  });

  it('is linear on a large script with many macros', () => {
    const piece = "SELECT 'CALL pgmi_test()';\nCALL pgmi_test('x');\n";
    const sql = 'BEGIN;\n' + piece.repeat(50_000) + 'COMMIT;\n';
    const t0 = Date.now();
    const macros = findMacros(sql);
    expect(macros).toHaveLength(50_000);
    expect(macros[49_999].line).toBe(2 + 49_999 * 2 + 1);
    const out = expandMacros(
      sql,
      macros,
      macros.map(() => '--'),
    );
    expect(out.length).toBe(sql.length - 50_000 * ("CALL pgmi_test('x');".length - 2));
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
