import { locatePlpgsqlFrame, plpgsqlFrames } from './locate-plpgsql';

const file = (content: string) => ({ path: './f.sql', content });

describe('locatePlpgsqlFrame', () => {
  it('maps a DO block line: body line 1 is the line of the opening dollar quote', () => {
    const content = 'SELECT 1;\nDO $$\nBEGIN\n  RAISE WARNING $w$careful$w$;\nEND $$;\n';
    const where = 'PL/pgSQL function inline_code_block line 3 at RAISE';
    expect(locatePlpgsqlFrame(where, file(content))).toMatchObject({
      line: 4,
      column: 3,
      sourceLine: '  RAISE WARNING $w$careful$w$;',
    });
  });

  it('picks the one DO block whose line holds the statement the frame names', () => {
    const content =
      "DO $$ BEGIN PERFORM 1; END $$;\nDO $body$\nBEGIN\n  RAISE EXCEPTION 'x';\nEND $body$;\n";
    const where = 'PL/pgSQL function inline_code_block line 3 at RAISE';
    expect(locatePlpgsqlFrame(where, file(content))?.line).toBe(4);
  });

  it('two equally good candidates: no guess', () => {
    const block = "DO $$\nBEGIN\n  RAISE NOTICE 'x';\nEND $$;\n";
    const where = 'PL/pgSQL function inline_code_block line 3 at RAISE';
    expect(locatePlpgsqlFrame(where, file(block + block))).toBeUndefined();
  });

  it('a named function: its definition in the file', () => {
    const content =
      "CREATE TABLE t (a int);\nCREATE OR REPLACE FUNCTION app.check_t(n integer)\nRETURNS void LANGUAGE plpgsql AS $fn$\nBEGIN\n  ASSERT n > 0, 'n must be positive';\nEND $fn$;\n";
    const where = 'PL/pgSQL function app.check_t(integer) line 3 at ASSERT';
    expect(locatePlpgsqlFrame(where, file(content))?.line).toBe(5);
  });

  it('the innermost frame that maps wins; outer frames are the fallback', () => {
    const content = 'DO $$\nBEGIN\n  PERFORM elsewhere();\nEND $$;\n';
    const where =
      'PL/pgSQL function elsewhere() line 2 at RAISE\nSQL statement "SELECT elsewhere()"\nPL/pgSQL function inline_code_block line 3 at PERFORM';
    expect(plpgsqlFrames(where).map((f) => f.fn)).toEqual(['elsewhere()', 'inline_code_block']);
    expect(locatePlpgsqlFrame(where, file(content))?.line).toBe(3);
  });

  it('a line past the body or without the statement: undefined', () => {
    const content = 'DO $$ BEGIN NULL; END $$;\n';
    expect(
      locatePlpgsqlFrame('PL/pgSQL function inline_code_block line 9 at RAISE', file(content)),
    ).toBeUndefined();
    expect(
      locatePlpgsqlFrame('PL/pgSQL function inline_code_block line 1 at RAISE', file(content)),
    ).toBeUndefined();
  });
});
