/**
 * gh-16: `pg_temp.pgmi_execute_file(path)` runs a large project file one top-level statement at
 * a time (PostgreSQL runs a multi-statement EXECUTE of a large file about twice as slowly), with
 * exactly the effects of `EXECUTE content`, through the built CLI against the test server.
 */
import { connFlags, runPgmi } from './helpers/cli';
import { dropTestDatabase, query, uniqueDbName } from './helpers/db';
import { makeProject, removeProjects } from './helpers/project';

const conn = connFlags();
const databases: string[] = [];
const newDb = (prefix: string) => {
  const db = uniqueDbName(prefix);
  databases.push(db);
  return db;
};
const pgmi = (project: string, db: string, extra: string[] = []) =>
  runPgmi(['deploy', project, ...conn.args, '-d', db, ...extra], { env: conn.env });

afterAll(async () => {
  for (const db of databases) await dropTestDatabase(db);
  removeProjects();
});

const LOOP = (how: string) => `BEGIN;
DO $$
DECLARE f record; n int;
BEGIN
    FOR f IN SELECT path, content FROM pg_temp.pgmi_source_view WHERE is_sql_file ORDER BY path LOOP
        ${how};
    END LOOP;
    SELECT count(*) INTO n FROM pg_temp._pgmi_source_statement;
    RAISE NOTICE 'files cut into statements: %', n;
END
$$;
COMMIT;
`;

/** About 400 KiB: literals and bodies with semicolons, multi-byte text, a trailing comment. */
function bigFile(failAtRow?: number): { text: string; failLine?: number } {
  const lines = [
    "CREATE TABLE item (id int PRIMARY KEY, label text NOT NULL, note text DEFAULT ';');",
    'CREATE FUNCTION twice(x int) RETURNS int LANGUAGE plpgsql AS $fn$',
    'BEGIN',
    '    RETURN x * 2; -- a semicolon in a body',
    'END',
    '$fn$;',
  ];
  let failLine: number | undefined;
  for (let i = 1; i <= 4000; i++) {
    if (i === failAtRow) {
      lines.push(`INSERT INTO item (id, label) VALUES (${i}, 'boom' || (1 / 0)::text);`);
      failLine = lines.length;
      continue;
    }
    lines.push(
      `INSERT INTO item (id, label) VALUES (${i}, 'row ${i}; naïve café ☕ ${'x'.repeat(60)}');`,
    );
  }
  lines.push('UPDATE item SET note = twice(id)::text WHERE id % 2 = 0;', '-- the end; really');
  return { text: lines.join('\n') + '\n', failLine };
}

const DIGEST =
  "SELECT count(*)::int AS n, md5(string_agg(id || '|' || label || '|' || coalesce(note, '-'), ',' ORDER BY id)) AS h FROM item";

describe('gh-16: pgmi_execute_file', () => {
  it('a 400 KiB file: statement by statement, the same rows as EXECUTE content', async () => {
    const { text } = bigFile();
    expect(Buffer.byteLength(text)).toBeGreaterThan(256 * 1024);
    const split = newDb('xf_split');
    const whole = newDb('xf_whole');
    const a = await pgmi(
      makeProject({
        'deploy.sql': LOOP('PERFORM pg_temp.pgmi_execute_file(f.path)'),
        'migrations/big.sql': text,
        'migrations/small.sql': 'CREATE TABLE small (a int); INSERT INTO small VALUES (1);',
      }),
      split,
    );
    expect(a.stderr).toContain('files cut into statements: 1');
    expect(a.code).toBe(0);
    const b = await pgmi(
      makeProject({
        'deploy.sql': LOOP('EXECUTE f.content'),
        'migrations/big.sql': text,
        'migrations/small.sql': 'CREATE TABLE small (a int); INSERT INTO small VALUES (1);',
      }),
      whole,
    );
    expect(b.code).toBe(0);
    const [da] = await query<{ n: number; h: string }>(split, DIGEST);
    const [dbb] = await query<{ n: number; h: string }>(whole, DIGEST);
    expect(da.n).toBe(4000);
    expect(da).toEqual(dbb);
    expect(await query(split, 'SELECT a FROM small')).toEqual([{ a: 1 }]);
  });

  it('a failing statement deep in the file: nothing committed, the error names its file and line', async () => {
    const { text, failLine } = bigFile(3210);
    const db = newDb('xf_fail');
    const r = await pgmi(
      makeProject({
        'deploy.sql': LOOP('PERFORM pg_temp.pgmi_execute_file(f.path)'),
        'migrations/big.sql': text,
      }),
      db,
      ['--json'],
    );
    expect(r.code).not.toBe(0);
    const doc = JSON.parse(r.stdout) as { failedFile?: string; line?: number; error?: string };
    expect(r.stdout + r.stderr).toContain('division by zero');
    expect(doc.failedFile).toBe('./migrations/big.sql');
    expect(doc.line).toBe(failLine);
    const exists = await query<{ t: string | null }>(db, "SELECT to_regclass('item')::text AS t");
    expect(exists).toEqual([{ t: null }]);
  });

  it('an unknown path is an error with the way out', async () => {
    const db = newDb('xf_missing');
    const r = await pgmi(
      makeProject({
        'deploy.sql': "SELECT pg_temp.pgmi_execute_file('./nope.sql');\n",
      }),
      db,
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('pgmi_execute_file: no project file ./nope.sql');
  });
});
