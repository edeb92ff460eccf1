import {
  compareCodePoints,
  firstInvalidUtf8,
  goQuote,
  goTimeQuote,
  goTrimSpace,
  isGoSpace,
  stripBom,
} from './go-text';

describe('go-text', () => {
  it('goTrimSpace trims Go spaces (U+0085 yes, U+FEFF no), unlike String.prototype.trim', () => {
    expect(goTrimSpace('\u0085 \t x y \u3000\n')).toBe('x y');
    expect(goTrimSpace('\ufeffx\ufeff')).toBe('\ufeffx\ufeff');
    expect(goTrimSpace('')).toBe('');
    expect(goTrimSpace(' \n ')).toBe('');
    expect(isGoSpace(0x200b)).toBe(false);
  });

  it('goQuote renders like Go %q', () => {
    expect(goQuote('plain')).toBe('"plain"');
    expect(goQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(goQuote('x\ny\t\x01\x7f')).toBe('"x\\ny\\t\\x01\\x7f"');
    expect(goQuote('café ✓')).toBe('"café ✓"');
    expect(goQuote('a\u00a0b\u200bc')).toBe('"a\\u00a0b\\u200bc"');
  });

  it('goTimeQuote escapes non-ASCII bytes as the time package does', () => {
    expect(goTimeQuote('5 fortnights')).toBe('"5 fortnights"');
    expect(goTimeQuote('1µs"')).toBe('"1\\xc2\\xb5s\\""');
  });

  it('firstInvalidUtf8 finds the first bad byte (overlongs, surrogates, truncation)', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo ✓ 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x2d, 0x2d, 0x20, 0x63, 0x61, 0x66, 0xe9]))).toBe(6);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xff, 0xfe]))).toBe(0);
  });

  it('stripBom removes only a leading EF BB BF', () => {
    expect(Buffer.from(stripBom(Buffer.from('\ufeffSELECT 1;'))).toString()).toBe('SELECT 1;');
    expect(stripBom(Buffer.from('x\ufeff')).length).toBe(4);
  });

  it('compareCodePoints orders like UTF-8 bytes', () => {
    const names = ['b', 'a-b', 'a', '\uffff', '😀', 'A', '_', '.x'];
    const sorted = [...names].sort(compareCodePoints);
    const byBytes = [...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect(sorted).toEqual(byBytes);
    expect(sorted.indexOf('\uffff')).toBeLessThan(sorted.indexOf('😀'));
  });
});
