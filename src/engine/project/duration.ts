/**
 * Timeouts: Go `time.ParseDuration` syntax and pgmi's precedence (`--timeout` > pgmi.yaml > 3m).
 *
 * Hand-written: the syntax (`1h30m`, `1.5h`, `µs`, a bare `0`, a missing unit being an error) and
 * the error texts are Go's, which users see in pgmi.yaml errors; no npm duration parser follows
 * them (most accept bare numbers or `1 hour`). Arithmetic is done in BigInt nanoseconds like Go's
 * uint64, so overflow is detected exactly.
 */
import { ConfigError, UsageError } from '../errors';
import { goTimeQuote } from './go-text';

/** A value Go's `time.ParseDuration` rejects; the message is Go's. */
export class InvalidDurationError extends Error {
  override name = 'InvalidDurationError';
}

const NS_PER_MS = 1_000_000n;
const MAX_NS = 1n << 63n;

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n, // U+00B5 micro sign
  μs: 1_000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** Longer than any duration a person writes (`2562047h47m16.854775807s` is 24). */
const MAX_DURATION_LENGTH = 256;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Parses a Go duration; returns milliseconds (fractional below 1 ms). */
export function parseDuration(text: string): number {
  if (text.length > MAX_DURATION_LENGTH) {
    // No duration is this long; quoting all of it (Go would) costs time and a screenful.
    throw new InvalidDurationError(
      `time: invalid duration ${goTimeQuote(text.slice(0, 32))}… (${text.length} characters)`,
    );
  }
  const invalid = () => new InvalidDurationError(`time: invalid duration ${goTimeQuote(text)}`);
  let s = text;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw invalid();

  let total = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) throw invalid();
    let i = 0;
    while (isDigit(s[i])) i++;
    const intPart = s.slice(0, i);
    let fracPart = '';
    if (s[i] === '.') {
      let j = i + 1;
      while (isDigit(s[j])) j++;
      fracPart = s.slice(i + 1, j);
      i = j;
    }
    if (intPart === '' && fracPart === '') throw invalid();
    s = s.slice(i);

    let u = 0;
    while (u < s.length && s[u] !== '.' && !isDigit(s[u])) u++;
    if (u === 0) {
      throw new InvalidDurationError(`time: missing unit in duration ${goTimeQuote(text)}`);
    }
    const unitName = s.slice(0, u);
    s = s.slice(u);
    const unit = UNITS[unitName];
    if (unit === undefined) {
      throw new InvalidDurationError(
        `time: unknown unit ${goTimeQuote(unitName)} in duration ${goTimeQuote(text)}`,
      );
    }

    const v = intPart === '' ? 0n : BigInt(intPart);
    if (v > MAX_NS / unit) throw invalid();
    let part = v * unit;
    if (fracPart !== '') {
      // Go scales the fraction in float64 and truncates; only the first 19 digits are significant.
      const digits = fracPart.slice(0, 19);
      const f = Number(digits);
      if (f > 0) part += BigInt(Math.trunc(f * (Number(unit) / 10 ** digits.length)));
      if (part > MAX_NS) throw invalid();
    }
    total += part;
    if (total > MAX_NS) throw invalid();
  }
  if (!neg && total > MAX_NS - 1n) throw invalid();
  const ms = Number(total / NS_PER_MS) + Number(total % NS_PER_MS) / 1e6;
  return neg ? -ms : ms;
}

export const DEFAULT_TIMEOUT_MS = 3 * 60 * 1000;

/** How one duration setting is named and defaulted, for `resolveDurationSetting`. */
export interface DurationSetting {
  /** The flag as pflag names it in errors, e.g. `--timeout`. */
  flag: string;
  /** The pgmi.yaml key, e.g. `timeout`. */
  yamlKey: string;
  /** What the setting is, in the "cannot be negative" message, e.g. `timeout`. */
  what: string;
  /** Example values for the pgmi.yaml hint. */
  hint: string;
  defaultMs: number;
  /** An empty flag value means "not given" (Action inputs arrive as empty strings). */
  emptyFlagIsAbsent?: boolean;
}

/**
 * A duration from a flag or pgmi.yaml, in milliseconds: an explicit flag wins and then pgmi.yaml's
 * value is not even parsed; else a non-empty pgmi.yaml value; else the default. A bad flag is
 * pflag's usage error (exit 2), a bad pgmi.yaml value a configuration error (exit 10).
 */
export function resolveDurationSetting(
  input: { flag?: string; yaml?: string },
  setting: DurationSetting,
): number {
  let ms = setting.defaultMs;
  const flagGiven =
    input.flag !== undefined && !(setting.emptyFlagIsAbsent === true && input.flag === '');
  if (flagGiven) {
    try {
      ms = parseDuration(input.flag as string);
    } catch (err) {
      // pflag's wording for a flag value it cannot parse (exit 2).
      throw new UsageError(
        `invalid argument ${JSON.stringify(input.flag)} for "${setting.flag}" flag: ${(err as Error).message}`,
        { cause: err },
      );
    }
  } else if (input.yaml !== undefined && input.yaml !== '') {
    try {
      ms = parseDuration(input.yaml);
    } catch (err) {
      throw new ConfigError(
        `invalid configuration: invalid ${setting.yamlKey} in pgmi.yaml: ${(err as Error).message}`,
        { cause: err, hints: [`Use a Go duration such as ${setting.hint}.`] },
      );
    }
  }
  if (ms < 0) throw new ConfigError(`invalid configuration: ${setting.what} cannot be negative`);
  return ms;
}

/**
 * The effective timeout in milliseconds (0 = no limit): an explicit `--timeout` wins and then
 * pgmi.yaml's value is not even parsed; else a non-empty pgmi.yaml `timeout`; else 3 minutes.
 */
export function resolveTimeout(input: { flag?: string; yaml?: string }): number {
  return resolveDurationSetting(input, {
    flag: '--timeout',
    yamlKey: 'timeout',
    what: 'timeout',
    hint: '90s, 5m or 1h30m (0 = no limit)',
    defaultMs: DEFAULT_TIMEOUT_MS,
  });
}
