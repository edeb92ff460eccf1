import { validateCallbackName } from './callback-name';

describe('validateCallbackName (deploy-pipeline.md §1.3)', () => {
  it('accepts empty, plain and schema-qualified names', () => {
    for (const ok of ['', 'cb', 'pg_temp.cb', '_x.Y_1', 'a'.repeat(63)]) {
      expect(validateCallbackName(ok)).toBeUndefined();
    }
  });

  it('words the four failures exactly as upstream', () => {
    expect(validateCallbackName('a.b.c')).toBe(
      'invalid callback "a.b.c": expected [schema.]function format',
    );
    expect(validateCallbackName('pg_temp.')).toBe('invalid callback "pg_temp.": empty identifier');
    expect(validateCallbackName('.cb')).toBe('invalid callback ".cb": empty identifier');
    const long = 'x'.repeat(64);
    expect(validateCallbackName(`s.${long}`)).toBe(
      `invalid callback "s.${long}": identifier "${long}" exceeds 63 character limit`,
    );
    expect(validateCallbackName('DROP TABLE users; --')).toBe(
      'invalid callback "DROP TABLE users; --": "DROP TABLE users; --" is not a valid identifier',
    );
    expect(validateCallbackName('1cb')).toBe(
      'invalid callback "1cb": "1cb" is not a valid identifier',
    );
  });

  it('measures length in UTF-8 bytes and quotes like Go', () => {
    const part = 'é'.repeat(32); // 64 bytes
    expect(validateCallbackName(part)).toContain('exceeds 63 character limit');
    expect(validateCallbackName('é'.repeat(31))).toContain('is not a valid identifier');
    expect(validateCallbackName('a"b')).toBe(
      'invalid callback "a\\"b": "a\\"b" is not a valid identifier',
    );
  });
});
