import { locateInProjectFiles } from './locate-files';

const files = [
  { path: './a.sql', content: 'CREATE TABLE a(id int);\nSELECT "x"\nFROM a;\nSELEC 1;\n' },
  { path: './b.sql', content: 'SELECT 1;\nSELECT 2;\n' },
  { path: './c.sql', content: 'SELECT 2;\n' },
  { path: './empty.sql', content: '  \n' },
  { path: './twice.sql', content: 'SELECT 9;\nSELECT 9;\n' },
];

/** A diagnostics object shaped like node-postgres' DatabaseError. */
function err(fields: { message?: string; where?: string; q?: string; pos?: number }) {
  return {
    message: fields.message ?? 'boom',
    where: fields.where,
    internalQuery: fields.q,
    internalPosition: fields.pos === undefined ? undefined : String(fields.pos),
  };
}

const frame = (text: string) => `SQL statement "${text}"`;
const tail = 'PL/pgSQL function inline_code_block line 3 at EXECUTE';

describe('locateInProjectFiles (decisions.md 4)', () => {
  it('maps an internal position in a whole file, even when the file quotes "…" at line ends', () => {
    const a = files[0].content;
    expect(locateInProjectFiles(err({ q: a, pos: a.indexOf('SELEC 1') + 1 }), files)).toEqual({
      path: './a.sql',
      line: 4,
      column: 1,
      sourceLine: 'SELEC 1;',
    });
    // The `"x"\n` inside the file makes a spurious candidate close; the real one still matches.
    const w = `${frame(a)}\n${tail}`;
    expect(locateInProjectFiles(err({ where: w }), files)).toEqual({ path: './a.sql' });
  });

  it('drops the location (keeps the file) when the position is out of range', () => {
    const a = files[0].content;
    expect(locateInProjectFiles(err({ q: a, pos: a.length + 5 }), files)).toEqual({
      path: './a.sql',
    });
  });

  it('finds a statement executed alone only when exactly one file holds it once', () => {
    expect(locateInProjectFiles(err({ where: `${frame('SELECT 1')}\n${tail}` }), files)).toEqual({
      path: './b.sql',
      line: 1,
      column: 1,
      sourceLine: 'SELECT 1;',
    });
    // In two files: ambiguous. Twice in one file: the file is known, the line is not.
    expect(
      locateInProjectFiles(err({ where: `${frame('SELECT 2')}\n${tail}` }), files),
    ).toBeUndefined();
    expect(
      locateInProjectFiles(err({ where: `${frame('SELECT 9')}\n${tail}` }), files),
    ).toBeUndefined();
  });

  it('prefers an exact content match over containment (hashing whole files first)', () => {
    const q = 'SELECT 2;\n';
    expect(locateInProjectFiles(err({ q, pos: 8 }), files)).toEqual({
      path: './c.sql',
      line: 1,
      column: 8,
      sourceLine: 'SELECT 2;',
    });
  });

  it('uses inner statement frames to find the line inside the file named by an outer frame', () => {
    const b = files[1].content;
    const where = `${frame('SELECT 2')}\nPL/pgSQL function f() line 1 at PERFORM\n${frame(b)}\n${tail}`;
    expect(locateInProjectFiles(err({ where }), files)).toEqual({
      path: './b.sql',
      line: 2,
      column: 1,
      sourceLine: 'SELECT 2;',
    });
  });

  it('names a wrapped file; the position counts only when it falls inside the file', () => {
    const a = files[0].content;
    const q = `SET search_path = x;\n${a}`;
    expect(locateInProjectFiles(err({ q, pos: q.indexOf('SELECT "x"') + 1 }), files)).toEqual({
      path: './a.sql',
      line: 2,
      column: 1,
      sourceLine: 'SELECT "x"',
    });
    expect(locateInProjectFiles(err({ q, pos: 1 }), files)).toEqual({ path: './a.sql' });
  });

  it('ignores blank files, which every text would contain', () => {
    expect(locateInProjectFiles(err({ q: 'SELECT nope', pos: 8 }), files)).toBeUndefined();
  });

  it('falls back to the "Failed in <path>.sql" rule, longest run ending in .sql', () => {
    expect(locateInProjectFiles(err({ message: 'Failed in ./__test__/x.sql: boom' }), [])).toEqual({
      path: './__test__/x.sql',
    });
    expect(
      locateInProjectFiles(err({ message: 'Failed in ./a.sql.bak/b.sql failed' }), []),
    ).toEqual({ path: './a.sql.bak/b.sql' });
    expect(locateInProjectFiles(err({ message: 'Failed in ./x.psql: boom' }), [])).toBeUndefined();
  });
});
