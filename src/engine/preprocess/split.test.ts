import { splitUnits, transactionEffect, type ExecutionUnit } from './split';

/** Unit texts, after checking every unit's offset and line against the script. */
function texts(sql: string): string[] {
  const units = splitUnits(sql);
  for (const u of units) checkUnit(sql, u);
  return units.map((u) => u.text);
}

function checkUnit(sql: string, u: ExecutionUnit): void {
  expect(sql.slice(u.offset, u.offset + u.text.length)).toBe(u.text);
  expect(u.line).toBe(sql.slice(0, u.offset).split('\n').length);
}

/** A script that stays one unit: exactly the input (leading white space aside). */
function expectSingle(sql: string): void {
  expect(texts(sql)).toEqual([sql.trimStart()]);
}

describe('splitUnits: the deploy-pipeline.md §2.5 table (core#89, one check per row)', () => {
  it('row 1: no terminator → 1 unit', () => {
    expectSingle('CREATE TABLE t(id int);\nINSERT INTO t VALUES (1);\n');
  });

  it('row 2: BEGIN without COMMIT → 1 unit', () => {
    expectSingle('BEGIN;\nCREATE TABLE t(id int);\n');
  });

  it('row 3: only comments after the COMMIT → 1 unit', () => {
    expectSingle('BEGIN;\nSELECT 1;\nCOMMIT;\n-- done\n/* x */\n');
    expectSingle('BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\n');
  });

  it('row 4: statements after the first COMMIT become units → 3', () => {
    expect(
      texts(
        'BEGIN;\nCREATE TABLE t(id int);\nCOMMIT;\nCREATE INDEX CONCURRENTLY i ON t (id);\nANALYZE t;\n',
      ),
    ).toEqual([
      'BEGIN;\nCREATE TABLE t(id int);\nCOMMIT;',
      'CREATE INDEX CONCURRENTLY i ON t (id);',
      'ANALYZE t;',
    ]);
  });

  it('row 5: the first terminator anchors, not the last → 6', () => {
    const sql =
      'ALTER TABLE t ADD COLUMN c int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY i1 ON t (c);\n' +
      'BEGIN;\nUPDATE t SET c = 1;\nCOMMIT;\nCREATE INDEX CONCURRENTLY i2 ON t (c);\n';
    expect(texts(sql)).toEqual([
      'ALTER TABLE t ADD COLUMN c int;\nCOMMIT;',
      'CREATE INDEX CONCURRENTLY i1 ON t (c);',
      'BEGIN;',
      'UPDATE t SET c = 1;',
      'COMMIT;',
      'CREATE INDEX CONCURRENTLY i2 ON t (c);',
    ]);
  });

  it.each([
    'END',
    'END TRANSACTION',
    'COMMIT WORK',
    'ROLLBACK',
    'ROLLBACK AND CHAIN',
    'ABORT',
    'commit',
    'COMMIT AND NO CHAIN',
  ])('row 6: %s anchors → 2', (terminator) => {
    expect(texts(`SELECT 1;\n${terminator};\nSELECT 2;\n`)).toEqual([
      `SELECT 1;\n${terminator};`,
      'SELECT 2;',
    ]);
  });

  it('row 7: COMMIT AND CHAIN anchors → 3', () => {
    expect(texts('SELECT 1;\nCOMMIT AND CHAIN;\nSELECT 2;\nCOMMIT;\n')).toEqual([
      'SELECT 1;\nCOMMIT AND CHAIN;',
      'SELECT 2;',
      'COMMIT;',
    ]);
  });

  it('row 8: the terminator may be the first statement → 2', () => {
    expect(texts('COMMIT;\nSELECT 1;\n')).toEqual(['COMMIT;', 'SELECT 1;']);
  });

  it.each([
    'BEGIN;\nSAVEPOINT s;\nROLLBACK TO SAVEPOINT s;\nCOMMIT;\n',
    'BEGIN;\nSAVEPOINT s;\nROLLBACK TRANSACTION TO SAVEPOINT s;\nCREATE TABLE t (id int);\nCOMMIT;\n',
    'BEGIN;\nSAVEPOINT s;\nROLLBACK WORK TO s;\nCREATE TABLE t (id int);\nCOMMIT;\n',
    'BEGIN;\nSAVEPOINT s;\nABORT TRANSACTION TO SAVEPOINT s;\nCOMMIT;\n',
  ])('row 9: savepoint control does not anchor → 1 (%#)', (sql) => {
    expectSingle(sql);
  });

  it('row 10: COMMIT PREPARED does not anchor → 1', () => {
    expectSingle("COMMIT PREPARED 'gid';\nSELECT 1;\n");
    expectSingle("ROLLBACK PREPARED 'gid';\nSELECT 1;\n");
  });

  it('row 11: semicolons inside parentheses do not split → 2', () => {
    expect(
      texts('CREATE RULE r AS ON DELETE TO t DO (SELECT 1; SELECT 2);\nCOMMIT;\nSELECT 3;\n'),
    ).toEqual(['CREATE RULE r AS ON DELETE TO t DO (SELECT 1; SELECT 2);\nCOMMIT;', 'SELECT 3;']);
  });

  it('row 12: a final statement without ";" is a unit → 2', () => {
    expect(texts('SELECT 1;\nCOMMIT;\nCREATE INDEX CONCURRENTLY i ON t (id)')).toEqual([
      'SELECT 1;\nCOMMIT;',
      'CREATE INDEX CONCURRENTLY i ON t (id)',
    ]);
  });

  it('row 13: COMMIT inside a dollar-quoted body or a literal does not anchor → 1', () => {
    expectSingle("DO $$\nBEGIN\n    EXECUTE 'COMMIT;';\nEND $$;\nSELECT 'COMMIT; SELECT 2;';\n");
    expectSingle("SELECT 'COMMIT;';\nSELECT 1;\n");
    expectSingle('-- COMMIT;\n/* COMMIT; */\nSELECT 1;\n');
  });

  it('row 14: ";" and COMMIT inside a quoted identifier do not anchor → 1', () => {
    expectSingle('SELECT 1 AS "note; COMMIT";\nSELECT 2;\n');
    expectSingle('SELECT 1 AS "a""; COMMIT; b";\nSELECT 2;\n');
  });

  it('row 15: an apostrophe in a quoted identifier opens no literal → 2', () => {
    expect(texts('SELECT n AS "Client\'s Name" FROM t;\nCOMMIT;\nSELECT 2;\n')).toEqual([
      'SELECT n AS "Client\'s Name" FROM t;\nCOMMIT;',
      'SELECT 2;',
    ]);
    expect(texts('SELECT 1 AS "a/*b";\nCOMMIT;\nSELECT 2;\n')).toHaveLength(2);
    expect(texts('SELECT 1 AS "a$tag$b";\nCOMMIT;\nSELECT 2;\n')).toHaveLength(2);
    expect(texts('COMMENT ON COLUMN t."a--b" IS \'x\';\nSELECT 1;\nCOMMIT;\nSELECT 2;\n')).toEqual([
      'COMMENT ON COLUMN t."a--b" IS \'x\';\nSELECT 1;\nCOMMIT;',
      'SELECT 2;',
    ]);
  });

  it('row 16: an escaped quote in an E string does not end it → 1', () => {
    expectSingle("UPDATE t SET note = E'legacy\\'; COMMIT; keep' WHERE id = 1;\nSELECT 1;\n");
    expectSingle("SELECT e'a\\'; COMMIT; b';\nSELECT 1;\n");
    expect(texts("SELECT E'a\\\\';\nCOMMIT;\nSELECT 2;\n")).toEqual([
      "SELECT E'a\\\\';\nCOMMIT;",
      'SELECT 2;',
    ]);
  });

  it('row 17: a backslash in an ordinary literal is literal → 2', () => {
    expect(texts("SELECT 'a\\';\nCOMMIT;\nSELECT 2;\n")).toEqual([
      "SELECT 'a\\';\nCOMMIT;",
      'SELECT 2;',
    ]);
  });

  it("row 18: date'…' is no escape string → 2", () => {
    expect(texts("SELECT date'a\\';\nCOMMIT;\nSELECT 2;\n")).toEqual([
      "SELECT date'a\\';\nCOMMIT;",
      'SELECT 2;',
    ]);
  });

  it('row 19: a BEGIN ATOMIC body END does not anchor → 1', () => {
    expectSingle(
      'CREATE FUNCTION f() RETURNS int LANGUAGE SQL BEGIN ATOMIC SELECT 1; END;\nCREATE TABLE t (id int);\n',
    );
    expectSingle(
      'CREATE FUNCTION f() RETURNS int LANGUAGE SQL\nBEGIN ATOMIC\n    SELECT 1;\n    SELECT 2;\nEND;\nCREATE TABLE t (id int);\n',
    );
  });

  it('row 20: a BEGIN ATOMIC body in the tail stays one unit → 3', () => {
    expect(
      texts(
        'SELECT 1;\nCOMMIT;\nCREATE FUNCTION g() RETURNS int LANGUAGE SQL BEGIN ATOMIC SELECT 1; END;\nANALYZE t;\n',
      ),
    ).toEqual([
      'SELECT 1;\nCOMMIT;',
      'CREATE FUNCTION g() RETURNS int LANGUAGE SQL BEGIN ATOMIC SELECT 1; END;',
      'ANALYZE t;',
    ]);
    expect(
      texts(
        'SELECT 1;\nCOMMIT;\nCREATE FUNCTION g() RETURNS void LANGUAGE SQL BEGIN ATOMIC INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); END;\n',
      ),
    ).toHaveLength(2);
    // CASE … END inside the body does not close it.
    expect(
      texts(
        'SELECT 1;\nCOMMIT;\nCREATE FUNCTION g() RETURNS int LANGUAGE SQL BEGIN ATOMIC SELECT CASE WHEN true THEN 1 ELSE 2 END; END;\nANALYZE t;\n',
      ),
    ).toEqual([
      'SELECT 1;\nCOMMIT;',
      'CREATE FUNCTION g() RETURNS int LANGUAGE SQL BEGIN ATOMIC SELECT CASE WHEN true THEN 1 ELSE 2 END; END;',
      'ANALYZE t;',
    ]);
  });

  it('row 21: an empty BEGIN ATOMIC END body closes in its own statement → 2', () => {
    expect(
      texts('CREATE PROCEDURE p() LANGUAGE SQL BEGIN ATOMIC END;\nSELECT 1;\nCOMMIT;\nSELECT 2;\n'),
    ).toEqual([
      'CREATE PROCEDURE p() LANGUAGE SQL BEGIN ATOMIC END;\nSELECT 1;\nCOMMIT;',
      'SELECT 2;',
    ]);
  });

  it('row 22: ill-formed text → 1 unit (lone surrogates stand in for invalid UTF-8)', () => {
    // Invalid UTF-8 is rejected before preprocessing; a JavaScript string can only be
    // ill-formed through lone surrogates, where the split gives up the same way.
    expectSingle('BEGIN;\n-- caf\uD800 comment\nSELECT 1;\nCOMMIT;\nSELECT 2;\n');
    expect(texts('BEGIN;\n-- café 😀\nSELECT 1;\nCOMMIT;\nSELECT 2;\n')).toHaveLength(2);
  });
});

describe('splitUnits: more', () => {
  it('separates BEGIN and ATOMIC only by white space (columns named begin, atomic do not count)', () => {
    expect(texts('SELECT begin, atomic FROM t;\nCOMMIT;\nSELECT 2;\n')).toEqual([
      'SELECT begin, atomic FROM t;\nCOMMIT;',
      'SELECT 2;',
    ]);
  });

  it('does not see BEGIN ATOMIC inside a dollar-quoted body', () => {
    expect(
      texts(
        "DO $$\nBEGIN\n    EXECUTE 'CREATE FUNCTION f() RETURNS int LANGUAGE SQL BEGIN ATOMIC SELECT 1; END';\nEND $$;\nCOMMIT;\nSELECT 2;\n",
      ),
    ).toHaveLength(2);
  });

  it('makes every ";"-terminated tail statement a unit, even an empty one', () => {
    expect(texts('COMMIT;\nSELECT 1;;\n-- trailing comment')).toEqual([
      'COMMIT;',
      'SELECT 1;',
      ';',
    ]);
  });

  it('keeps leading comments with the statement they precede', () => {
    expect(texts('COMMIT;\n-- index it\nCREATE INDEX i ON t (id);\n')).toEqual([
      'COMMIT;',
      '-- index it\nCREATE INDEX i ON t (id);',
    ]);
  });

  it('treats an unterminated final terminator as the head: 1 unit', () => {
    expectSingle('BEGIN;\nSELECT 1;\nCOMMIT');
  });

  it('splits CRLF text the same way as LF text', () => {
    for (const [sql, n] of [
      ['BEGIN;\nSELECT 1;\nCOMMIT;\nSELECT 2;\n', 2],
      ['BEGIN;\nSELECT 1;\nCOMMIT;\n', 1],
      ['COMMIT;\nSELECT 1;\nSELECT 2;\n', 3],
    ] as const) {
      expect(texts(sql)).toHaveLength(n);
      expect(texts(sql.replaceAll('\n', '\r\n'))).toHaveLength(n);
    }
  });

  it('records each unit’s offset and line in the expanded script', () => {
    const sql = "BEGIN;\nSELECT 1;\nCOMMIT;\n\n  SELECT 'a';\nSELECT 'b';\n";
    const units = splitUnits(sql);
    expect(units.map((u) => [u.line, u.offset])).toEqual([
      [1, 0],
      [5, sql.indexOf("SELECT 'a'")],
      [6, sql.indexOf("SELECT 'b'")],
    ]);
  });

  it('keeps the template shape: head plus one banner DO block', () => {
    const sql =
      "BEGIN;\nSELECT pg_temp.deploy();\nSAVEPOINT _tests;\nROLLBACK TO SAVEPOINT _tests;\nCOMMIT;\nDO $$\nBEGIN\n    RAISE NOTICE 'done';\nEND $$;\n";
    const units = texts(sql);
    expect(units).toHaveLength(2);
    expect(units[1]).toContain('RAISE NOTICE');
  });

  it('returns the empty script as one (empty) unit', () => {
    expect(splitUnits('')).toEqual([{ text: '', offset: 0, line: 1 }]);
  });

  it('stays linear on a large tail (20 MB, 440k statements): memory equals the input', () => {
    const stmt = "INSERT INTO t VALUES (1, 'x; COMMIT') /* c */;\n";
    const sql = 'BEGIN;\nCREATE TABLE t(id int, v text);\nCOMMIT;\n' + stmt.repeat(440_000);
    expect(sql.length).toBeGreaterThan(20_000_000);
    const t0 = Date.now();
    const units = splitUnits(sql);
    const elapsed = Date.now() - t0;
    expect(units).toHaveLength(440_001);
    const total = units.reduce((n, u) => n + u.text.length, 0);
    expect(total).toBeLessThanOrEqual(sql.length);
    const last = units[units.length - 1];
    expect(last.line).toBe(440_000 + 3);
    checkUnit(sql, last);
    expect(elapsed).toBeLessThan(15_000);
  });

  it('gh-10: stays linear when many statements share one line (400k on one line)', () => {
    // Counting lines searched to the end of the script for every unit: 15 s before, ~1 s now.
    // CPU time, not the wall clock: a loaded machine must not fail this.
    const sql = 'BEGIN; COMMIT;\n' + 'SELECT 1;'.repeat(400_000) + '\nSELECT 2;';
    const t0 = process.cpuUsage();
    const units = splitUnits(sql);
    const used = process.cpuUsage(t0);
    const elapsed = (used.user + used.system) / 1000;
    expect(units).toHaveLength(400_002);
    expect(units[400_000]).toEqual({ text: 'SELECT 1;', offset: sql.length - 19, line: 2 });
    checkUnit(sql, units[400_001]);
    expect(units[400_001].line).toBe(3);
    expect(elapsed).toBeLessThan(8_000);
  });
});

describe('transactionEffect: what a tail unit may do to the open transaction', () => {
  it.each([
    ['BEGIN;', 'opens'],
    ['begin isolation level serializable;', 'opens'],
    ['  START TRANSACTION READ ONLY;', 'opens'],
    ['-- a comment first\nCOMMIT;', 'commits'],
    ['commit and chain;', 'commits'],
    ['END TRANSACTION;', 'commits'],
    ["PREPARE TRANSACTION 'x';", 'commits'],
    ['/* COMMIT */ SELECT 1;', 'other'],
    ["SELECT 'COMMIT';", 'other'],
    ['ROLLBACK;', 'other'],
    ['CREATE TABLE t (id int);', 'other'],
    ['DO $$ BEGIN COMMIT; END $$;', 'other'],
  ])('%j → %s', (statement, effect) => {
    expect(transactionEffect(statement)).toBe(effect);
  });
});
