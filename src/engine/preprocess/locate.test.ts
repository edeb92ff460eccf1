import { locateInText, locateOffset, locateUnitError, offsetOfPosition } from './locate';
import { splitUnits } from './split';

/** The 1-based character position of the first `needle` in `text` (what the server reports). */
function positionOf(text: string, needle: string): number {
  return [...text.slice(0, text.indexOf(needle))].length + 1;
}

describe('locateInText', () => {
  it('core#94: multibyte characters before the error do not skew line or column', () => {
    const sql = "SELECT 'héllo wörld — ünicode';\nSELEC 2;";
    expect(locateInText(sql, positionOf(sql, 'SELEC 2'))).toEqual({
      line: 2,
      column: 1,
      sourceLine: 'SELEC 2;',
    });
  });

  it('counts an emoji (a surrogate pair) as one character, on the same line too', () => {
    const sql = "SELECT '😀😀', 1 +;";
    const pos = positionOf(sql, ';');
    expect(pos).toBe(17);
    expect(locateInText(sql, pos)).toEqual({ line: 1, column: 17, sourceLine: sql });
    const two = "SELECT '😀';\nSELECT '🎉', x y;";
    expect(locateInText(two, positionOf(two, 'y;'))).toEqual({
      line: 2,
      column: 15,
      sourceLine: "SELECT '🎉', x y;",
    });
  });

  it('strips the \\r of CRLF lines from sourceLine; \\r counts as a column', () => {
    const sql = 'SELECT 1;\r\nSELEC 2;\r\nSELECT 3;';
    expect(locateInText(sql, positionOf(sql, 'SELEC 2'))).toEqual({
      line: 2,
      column: 1,
      sourceLine: 'SELEC 2;',
    });
    expect(locateInText('a\r\nb', 2)).toEqual({ line: 1, column: 2, sourceLine: 'a' });
  });

  it('accepts the end-of-text position and rejects anything beyond or below 1', () => {
    expect(locateInText('SELECT', 7)).toEqual({ line: 1, column: 7, sourceLine: 'SELECT' });
    expect(locateInText('SELECT', 8)).toBeUndefined();
    expect(locateInText('😀', 2)).toEqual({ line: 1, column: 2, sourceLine: '😀' });
    expect(locateInText('😀', 3)).toBeUndefined();
    expect(locateInText('x', 0)).toBeUndefined();
    expect(locateInText('x', 1.5)).toBeUndefined();
    expect(locateInText('a\n', 3)).toEqual({ line: 2, column: 1, sourceLine: '' });
  });

  it('maps positions to string offsets through surrogate pairs', () => {
    expect(offsetOfPosition('a😀b', 3)).toBe(3);
    expect(offsetOfPosition('a😀b', 4)).toBe(4);
    expect(locateOffset('x\n😀y', 4)).toEqual({ line: 2, column: 2, sourceLine: '😀y' });
  });
});

describe('locateUnitError', () => {
  it('core#93: a tail error resolves to the line and column of the full script', () => {
    const sql = "SELECT 1;\nCOMMIT;\nSELECT 'a';\nSELEC 2;";
    const units = splitUnits(sql);
    expect(units).toHaveLength(3);
    const unit = units[2];
    expect(locateUnitError(unit, sql, positionOf(unit.text, 'SELEC'))).toEqual({
      line: 4,
      column: 1,
      sourceLine: 'SELEC 2;',
    });
  });

  it('keeps columns exact for statements that start mid-line after multi-byte text', () => {
    const sql = "BEGIN; SELECT 'é—😀'; COMMIT; SELECT 'ü'; SELECT x y;";
    const units = splitUnits(sql);
    const last = units[units.length - 1];
    expect(last.text).toBe('SELECT x y;');
    expect(locateUnitError(last, sql, positionOf(last.text, 'y;'))).toEqual({
      line: 1,
      column: [...sql.slice(0, sql.indexOf('y;'))].length + 1,
      sourceLine: sql,
    });
  });

  it('maps head errors (and the single unit) like the whole script', () => {
    const sql = "\n\nBEGIN;\nSELECT 'ö';\nSELEC 1;\nCOMMIT;\nSELECT 2;";
    const [head] = splitUnits(sql);
    expect(head.offset).toBe(2);
    expect(locateUnitError(head, sql, positionOf(head.text, 'SELEC'))).toEqual(
      locateInText(sql, positionOf(sql, 'SELEC')),
    );
  });

  it('maps errors inside multi-line tail units and CRLF scripts', () => {
    const sql = 'COMMIT;\r\n-- note\r\nCREATE TABLE t (\r\n  id int,\r\n  x nope\r\n);\r\n';
    const unit = splitUnits(sql)[1];
    expect(locateUnitError(unit, sql, positionOf(unit.text, 'nope'))).toEqual({
      line: 5,
      column: 5,
      sourceLine: '  x nope',
    });
  });

  it('returns undefined for a position beyond the unit', () => {
    const sql = 'COMMIT;\nSELECT 1;';
    const unit = splitUnits(sql)[1];
    expect(locateUnitError(unit, sql, unit.text.length + 2)).toBeUndefined();
    expect(locateUnitError(unit, sql, unit.text.length + 1)).toEqual({
      line: 2,
      column: 10,
      sourceLine: 'SELECT 1;',
    });
  });
});
