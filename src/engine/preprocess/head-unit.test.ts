import { splitHeadUnit } from './head-terminator';
import { splitUnits } from './split';

const head = (sql: string) => {
  const units = splitUnits(sql);
  return splitHeadUnit(units[0], units.length > 1);
};

describe('gh-10: the atomic head sends its terminator in a message of its own', () => {
  it('BEGIN … COMMIT: the work, then the COMMIT with what trails it, offsets and lines kept', () => {
    const sql = 'BEGIN;\nCREATE TABLE a ();\nCOMMIT; -- done\nCREATE TABLE b ();\n';
    const s = head(sql);
    expect(s?.body.text).toBe('BEGIN;\nCREATE TABLE a ();');
    // The head ends at its terminator when a tail follows: the comment belongs to the tail.
    expect(s?.terminator.text).toBe('COMMIT;');
    expect(s?.terminator.offset).toBe(sql.indexOf('COMMIT'));
    expect(s?.terminator.line).toBe(3);
    expect(s!.body.text + '\n' + s!.terminator.text).toBe(splitUnits(sql)[0].text);
  });

  it('a one-unit script ending in COMMIT, START TRANSACTION, ROLLBACK, AND CHAIN, no final semicolon', () => {
    expect(head('BEGIN; SELECT 1; COMMIT;\n\n-- bye\n')?.terminator.text).toBe(
      'COMMIT;\n\n-- bye\n',
    );
    expect(head('start transaction; SELECT 1; rollback work;')?.terminator.text).toBe(
      'rollback work;',
    );
    expect(head('BEGIN; SELECT 1; COMMIT AND CHAIN; SELECT 2;')?.terminator.text).toBe(
      'COMMIT AND CHAIN;',
    );
    expect(head('BEGIN; SELECT 1; END')?.terminator.text).toBe('END');
  });

  it('semicolons in literals, comments, dollar quotes and parentheses do not move the split', () => {
    const s = head(
      "BEGIN;\nSELECT ';COMMIT;';\n/* ; COMMIT; */\nDO $$BEGIN PERFORM 1; END$$;\nCOMMIT;",
    );
    expect(s?.terminator.text).toBe('COMMIT;');
    expect(s?.body.text.endsWith('END$$;')).toBe(true);
  });

  it('heads without an explicit BEGIN stay one message (the implicit block keeps its meaning)', () => {
    expect(head('CREATE TABLE a (); COMMIT; SELECT 1;')).toBeUndefined();
    expect(head('CREATE TABLE a (); SELECT pg_sleep(1);')).toBeUndefined();
    expect(head('BEGINNING_FN(); COMMIT;')).toBeUndefined();
  });

  it('a lone head ending in the END of a BEGIN ATOMIC body is not split there', () => {
    const sql =
      'BEGIN;\nCREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;\n';
    expect(splitUnits(sql)).toHaveLength(1);
    expect(head(sql)).toBeUndefined();
  });
});
