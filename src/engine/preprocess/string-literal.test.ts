import { decodeEscapeString, decodeStandardString } from './string-literal';

describe('string literal values', () => {
  it('standard strings: doubled quotes, literal backslashes', () => {
    expect(decodeStandardString("it''s \\n")).toBe("it's \\n");
  });

  it('E strings: PostgreSQL escapes', () => {
    expect(decodeEscapeString('\\b\\f\\n\\r\\t')).toBe('\b\f\n\r\t');
    expect(decodeEscapeString("it\\'s and it''s")).toBe("it's and it's");
    expect(decodeEscapeString('\\101\\60\\7')).toBe('A0\x07');
    expect(decodeEscapeString('\\x41\\x4a\\xg')).toBe('AJxg');
    expect(decodeEscapeString('\\u00e9\\U0001F600')).toBe('é😀');
    expect(decodeEscapeString('\\303\\251')).toBe('é'); // UTF-8 bytes by octal escapes
    expect(decodeEscapeString('\\.\\\\\\😀')).toBe('.\\😀');
    expect(decodeEscapeString('trailing \\')).toBe('trailing \\');
  });

  it('rejects what PostgreSQL rejects', () => {
    expect(() => decodeEscapeString('\\u12')).toThrow(/invalid Unicode escape/);
    expect(() => decodeEscapeString('\\uD800')).toThrow(/invalid Unicode escape/);
    expect(() => decodeEscapeString('\\xff')).toThrow(/valid UTF-8/);
    expect(() => decodeEscapeString('\\0')).toThrow(/zero byte/);
  });
});
