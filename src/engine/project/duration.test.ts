import { ConfigError, ExitCode, UsageError } from '../errors';
import {
  DEFAULT_TIMEOUT_MS,
  InvalidDurationError,
  parseDuration,
  resolveTimeout,
} from './duration';

describe('parseDuration (Go time.ParseDuration)', () => {
  it('accepts units, combinations, fractions, signs and a bare 0', () => {
    const cases: Array<[string, number]> = [
      ['0', 0],
      ['-0', 0],
      ['+0', 0],
      ['90s', 90_000],
      ['3m', 180_000],
      ['1h30m', 5_400_000],
      ['1.5h', 5_400_000],
      ['.5s', 500],
      ['1.s', 1000],
      ['100ms', 100],
      ['1500us', 1.5],
      ['1500µs', 1.5],
      ['1500μs', 1.5],
      ['2000000ns', 2],
      ['1h1m1s1ms', 3_661_001],
      ['-5s', -5000],
      ['+5s', 5000],
      ['0s', 0],
      ['0.000001ms', 0.000001],
    ];
    for (const [text, ms] of cases) expect(parseDuration(text)).toBeCloseTo(ms, 9);
  });

  it('rejects what Go rejects, with Go messages that quote the value', () => {
    const cases: Array<[string, string]> = [
      ['', 'time: invalid duration ""'],
      ['42', 'time: missing unit in duration "42"'],
      ['later', 'time: invalid duration "later"'],
      ['5 fortnights', 'time: unknown unit " fortnights" in duration "5 fortnights"'],
      ['1d', 'time: unknown unit "d" in duration "1d"'],
      ['.s', 'time: invalid duration ".s"'],
      ['-', 'time: invalid duration "-"'],
      ['1h-5m', 'time: unknown unit "h-" in duration "1h-5m"'],
      ['00', 'time: missing unit in duration "00"'],
      ['3M', 'time: unknown unit "M" in duration "3M"'],
      ['9999999999999999999h', 'time: invalid duration "9999999999999999999h"'],
      ['2562048h', 'time: invalid duration "2562048h"'],
    ];
    for (const [text, message] of cases) {
      expect(() => parseDuration(text)).toThrow(new InvalidDurationError(message));
    }
  });

  it('keeps the largest Go duration and rejects one nanosecond more', () => {
    expect(Math.floor(parseDuration('9223372036854775807ns'))).toBe(9223372036854);
    expect(() => parseDuration('9223372036854775808ns')).toThrow(InvalidDurationError);
    expect(parseDuration('-9223372036854775808ns')).toBeLessThan(0);
  });
});

describe('resolveTimeout', () => {
  it('cli#69: pgmi.yaml 90s without --timeout gives 90 s; nothing gives 3 m', () => {
    expect(resolveTimeout({ yaml: '90s' })).toBe(90_000);
    expect(resolveTimeout({})).toBe(DEFAULT_TIMEOUT_MS);
    expect(DEFAULT_TIMEOUT_MS).toBe(180_000);
    expect(resolveTimeout({ yaml: '' })).toBe(DEFAULT_TIMEOUT_MS);
  });

  it('cli#69: an explicit --timeout wins and pgmi.yaml is not even parsed', () => {
    expect(resolveTimeout({ flag: '45s', yaml: 'nonsense' })).toBe(45_000);
    expect(resolveTimeout({ flag: '0', yaml: '10m' })).toBe(0);
  });

  it('cli#69 / core#10: a bad pgmi.yaml timeout is a config error quoting the value', () => {
    for (const bad of ['42', '5 fortnights', 'later', 'banana']) {
      let caught: unknown;
      try {
        resolveTimeout({ yaml: bad });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(ConfigError);
      expect((caught as ConfigError).exitCode).toBe(ExitCode.Config);
      expect((caught as Error).message).toContain('invalid timeout in pgmi.yaml');
      expect((caught as Error).message).toContain(`"${bad}"`);
    }
  });

  it('core#15: a negative timeout is rejected (exit 10)', () => {
    expect(() => resolveTimeout({ flag: '-5s' })).toThrow(ConfigError);
    expect(() => resolveTimeout({ flag: '-5s' })).toThrow('timeout cannot be negative');
    expect(() => resolveTimeout({ yaml: '-1m' })).toThrow('timeout cannot be negative');
  });

  it('an unparsable --timeout is a usage error in pflag wording (exit 2)', () => {
    expect(() => resolveTimeout({ flag: 'abc' })).toThrow(UsageError);
    expect(() => resolveTimeout({ flag: 'abc' })).toThrow(
      'usage error: invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"',
    );
  });

  it('gh-10: a duration longer than 256 characters fails at once, quoting only its start', () => {
    const long = '1' + 'ns'.repeat(200_000);
    expect(() => parseDuration(long)).toThrow(
      'time: invalid duration "1nsnsnsnsnsnsnsnsnsnsnsnsnsnsnsn"… (400001 characters)',
    );
    expect(parseDuration('1.' + '0'.repeat(250) + 's')).toBe(1000);
  });
});
