/**
 * Error locations against the shapes a real PostgreSQL reports: positions of deploy.sql units
 * (deploy-pipeline.md §3.1) and errors raised inside project files that deploy.sql EXECUTEs
 * (decisions.md 4: internalQuery / internalPosition, `SQL statement "…"` context frames, and the
 * `Failed in <path>: …` re-raise of the templates and the test runner).
 */
import pg from 'pg';
import type { PgDiagnostics } from '../src/engine/errors';
import { locateInProjectFiles, locateUnitError, splitUnits } from '../src/engine/preprocess';
import { createTestDatabase, dropTestDatabase, urlFor } from './helpers/db';

type PgError = Error & PgDiagnostics;

const FILES = [
  {
    path: './migrations/001_syntax.sql',
    content:
      '-- header\nCREATE TABLE IF NOT EXISTS t1(id int);\n\n-- more\n\n-- café ☕ 😀\nSELEC 1;\n',
  },
  {
    path: './migrations/002_divide.sql',
    content: 'CREATE TEMP TABLE t2(id int);\nINSERT INTO t2 VALUES (1);\nSELECT 1/0 FROM t2;\n',
  },
  {
    path: './migrations/003_do.sql',
    content: 'CREATE TEMP TABLE t3(id int);\nDO $x$\nBEGIN\n  PERFORM 1/0;\nEND $x$;\n',
  },
  {
    path: './migrations/004_function.sql',
    content:
      'CREATE FUNCTION pg_temp.f4() RETURNS int LANGUAGE plpgsql AS $f$\nBEGIN\n  RETURN 1\nEND $f$;\n',
  },
  {
    path: './migrations/005_column.sql',
    content: "CREATE TEMP TABLE t5(id int);\nSELECT 'ünï', 😀x\n  FROM t5;\n",
  },
  { path: './migrations/006_ok.sql', content: 'SELECT 1;\n' },
];

describe('error locations against PostgreSQL', () => {
  let db: string;
  let client: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase('locate');
    client = new pg.Client({ connectionString: urlFor(db) });
    await client.connect();
    await client.query('CREATE TABLE files(path text PRIMARY KEY, content text)');
    for (const f of FILES) {
      await client.query('INSERT INTO files VALUES ($1, $2)', [f.path, f.content]);
    }
  });

  afterAll(async () => {
    await client.end();
    await dropTestDatabase(db);
  });

  async function failure(sql: string, values?: unknown[]): Promise<PgError> {
    await client.query('BEGIN');
    try {
      await client.query(sql, values);
    } catch (e) {
      return e as PgError;
    } finally {
      await client.query('ROLLBACK');
    }
    throw new Error('expected the statement to fail');
  }

  /** deploy.sql's usual loop: EXECUTE each file's whole content. */
  const runFile = (path: string) =>
    failure(
      `DO $$ DECLARE f record; BEGIN
         FOR f IN SELECT * FROM files WHERE path = ${pg.escapeLiteral(path)} LOOP
           EXECUTE f.content;
         END LOOP; END $$`,
    );

  it('core#93, core#94: a deploy.sql tail error maps to the line and column of the script', async () => {
    const script = "BEGIN;\nSELECT '😀 héllo — ünicode';\nCOMMIT;\nSELECT 'a', '🎉';\n  SELEC 2;\n";
    const units = splitUnits(script);
    expect(units).toHaveLength(3);
    const err = await failure(units[2].text);
    expect(err.position).toBeDefined();
    expect(locateUnitError(units[2], script, Number(err.position))).toEqual({
      line: 5,
      column: 3,
      sourceLine: '  SELEC 2;',
    });
    const head = "SELECT 'héllo wörld — ünicode', '😀';\nSELEC 2;";
    const [unit] = splitUnits(head);
    const headErr = await failure(unit.text);
    expect(locateUnitError(unit, head, Number(headErr.position))).toEqual({
      line: 2,
      column: 1,
      sourceLine: 'SELEC 2;',
    });
  });

  it('a syntax error on line 7 of an EXECUTEd file is located at line 7', async () => {
    const err = await runFile('./migrations/001_syntax.sql');
    expect(err.internalQuery).toBe(FILES[0].content);
    expect(err.internalPosition).toBeDefined();
    expect(locateInProjectFiles(err, FILES)).toEqual({
      path: './migrations/001_syntax.sql',
      line: 7,
      column: 1,
      sourceLine: 'SELEC 1;',
    });
  });

  it('a parse-analysis error after multi-byte text keeps the column in characters', async () => {
    const err = await runFile('./migrations/005_column.sql');
    expect(err.code).toBe('42703');
    expect(locateInProjectFiles(err, FILES)).toEqual({
      path: './migrations/005_column.sql',
      line: 2,
      column: 15,
      sourceLine: "SELECT 'ünï', 😀x",
    });
  });

  it('a runtime error in a multi-statement file names the file (the server gives no statement)', async () => {
    const err = await runFile('./migrations/002_divide.sql');
    expect(err.code).toBe('22012');
    expect(err.internalPosition).toBeUndefined();
    expect(err.where).toContain(`SQL statement "${FILES[1].content}"`);
    expect(locateInProjectFiles(err, FILES)).toEqual({ path: './migrations/002_divide.sql' });
  });

  it('a statement EXECUTEd on its own is found with its line', async () => {
    const err = await failure(
      `DO $$ DECLARE s text; BEGIN
         FOR s IN SELECT btrim(x, E' \\n') FROM files, regexp_split_to_table(content, ';') x
                  WHERE path = './migrations/002_divide.sql' AND btrim(x, E' \\n') <> '' LOOP
           EXECUTE s;
         END LOOP; END $$`,
    );
    expect(err.where).toContain('SQL statement "SELECT 1/0 FROM t2"');
    expect(locateInProjectFiles(err, FILES)).toEqual({
      path: './migrations/002_divide.sql',
      line: 3,
      column: 1,
      sourceLine: 'SELECT 1/0 FROM t2;',
    });
  });

  it('a runtime error inside a DO block of a file finds the file and the PERFORM line', async () => {
    const err = await runFile('./migrations/003_do.sql');
    expect(err.where).toMatch(/^SQL statement "SELECT 1\/0"\n/);
    expect(locateInProjectFiles(err, FILES)).toEqual({
      path: './migrations/003_do.sql',
      line: 4,
      column: 3,
      sourceLine: '  PERFORM 1/0;',
    });
  });

  it('a syntax error in a function body maps the body position into the file', async () => {
    const err = await runFile('./migrations/004_function.sql');
    expect(err.code).toBe('42601');
    expect(err.internalQuery).toBe('\nBEGIN\n  RETURN 1\nEND ');
    expect(locateInProjectFiles(err, FILES)).toMatchObject({
      path: './migrations/004_function.sql',
      line: 4,
      column: 5,
      sourceLine: 'END $f$;',
    });
  });

  it('a file wrapped in extra text by deploy.sql is still found, position included', async () => {
    const err = await failure(
      `DO $$ DECLARE f record; BEGIN
         FOR f IN SELECT * FROM files WHERE path = './migrations/001_syntax.sql' LOOP
           EXECUTE 'SET LOCAL search_path = public;' || chr(10) || f.content;
         END LOOP; END $$`,
    );
    expect(err.internalQuery).not.toBe(FILES[0].content);
    expect(locateInProjectFiles(err, FILES)).toEqual({
      path: './migrations/001_syntax.sql',
      line: 7,
      column: 1,
      sourceLine: 'SELEC 1;',
    });
  });

  it('a "Failed in <path>: …" re-raise names the file (no line survives)', async () => {
    const err = await failure(
      `DO $$ DECLARE f record; BEGIN
         FOR f IN SELECT * FROM files WHERE path = './migrations/002_divide.sql' LOOP
           BEGIN
             EXECUTE f.content;
           EXCEPTION WHEN OTHERS THEN
             RAISE EXCEPTION 'Failed in %: %', f.path, SQLERRM;
           END;
         END LOOP; END $$`,
    );
    expect(err.message).toBe('Failed in ./migrations/002_divide.sql: division by zero');
    expect(err.internalQuery).toBeUndefined();
    expect(locateInProjectFiles(err, FILES)).toEqual({ path: './migrations/002_divide.sql' });
  });

  it('an error that comes from no file is not attributed to one', async () => {
    const err = await failure("DO $$ BEGIN EXECUTE 'SELECT 1/0'; END $$");
    expect(err.where).toContain('SQL statement "SELECT 1/0"');
    expect(locateInProjectFiles(err, FILES)).toBeUndefined();
    const plain = await failure('SELECT nope FROM files');
    expect(locateInProjectFiles(plain, FILES)).toBeUndefined();
  });
});
