import { firstLineOf, splitHeadTerminator } from './head-terminator';
import { splitUnits } from './split';

describe('splitHeadTerminator', () => {
  it('separates the work from the COMMIT that anchored a tail', () => {
    const units = splitUnits('BEGIN;\nCREATE TABLE a();\nCOMMIT;\nVACUUM;\n');
    expect(splitHeadTerminator(units[0].text, true)).toEqual({
      work: 'BEGIN;\nCREATE TABLE a();',
      terminator: 'COMMIT;',
    });
  });

  it.each(['END', 'COMMIT WORK', 'rollback transaction', 'COMMIT AND NO CHAIN', 'abort'])(
    'recognises %s ending a lone unit',
    (t) => {
      const head = `BEGIN; SELECT 1; ${t};`;
      expect(splitHeadTerminator(head, false)).toEqual({
        work: 'BEGIN; SELECT 1;',
        terminator: `${t};`,
      });
    },
  );

  it('a final terminator without a semicolon', () => {
    expect(splitHeadTerminator('BEGIN; SELECT 1; COMMIT', false)).toEqual({
      work: 'BEGIN; SELECT 1;',
      terminator: 'COMMIT',
    });
  });

  it('no terminator: all work', () => {
    expect(splitHeadTerminator('CREATE TABLE a(); SELECT 1;', false).terminator).toBe('');
  });

  it('an END closing a BEGIN ATOMIC body is not a terminator', () => {
    const head = 'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;';
    expect(splitHeadTerminator(head, false)).toEqual({ work: head, terminator: '' });
  });

  it('ignores a COMMIT inside a comment or string', () => {
    expect(splitHeadTerminator("SELECT 'x;COMMIT'; -- ;COMMIT\n", false).terminator).toBe('');
  });
});

describe('firstLineOf', () => {
  it('skips leading comments', () => {
    expect(firstLineOf('-- builds it\n/* more */\nCREATE INDEX CONCURRENTLY i ON t (a);')).toBe(
      'CREATE INDEX CONCURRENTLY i ON t (a);',
    );
  });
});
