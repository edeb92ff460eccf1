import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, ExitCode } from '../errors';
import {
  mergeParams,
  parseParamArg,
  parseParamsFile,
  readParamsFile,
  validateParam,
  validateParams,
} from './params';

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).exitCode).toBe(ExitCode.Config);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('parseParamArg', () => {
  it('cli#57: splits at the first =, keeps the value verbatim', () => {
    expect(parseParamArg('env=production')).toEqual(['env', 'production']);
    expect(parseParamArg('conn=host=localhost dbname=test')).toEqual([
      'conn',
      'host=localhost dbname=test',
    ]);
    expect(parseParamArg('key=')).toEqual(['key', '']);
    expect(parseParamArg('password=p@ss!w0rd#123')).toEqual(['password', 'p@ss!w0rd#123']);
    expect(parseParamArg(' spaced = v ')).toEqual([' spaced ', ' v ']);
  });

  it('cli#58 / core#7: no = and an empty key are config errors; the value is never echoed', () => {
    expect(errorOf(() => parseParamArg('novalue')).message).toBe(
      'invalid configuration: invalid parameter format: parameter "novalue" is not in key=value format (example: --param env=production)',
    );
    const empty = errorOf(() => parseParamArg('=s3cr3t-value'));
    expect(empty.message).toContain('empty key');
    expect(empty.message).not.toContain('s3cr3t');
  });
});

describe('parseParamsFile', () => {
  it('cli#61: pairs, quotes, comments, blanks, trimming, embedded = and #', () => {
    const text = [
      '\ufeff# comment',
      '',
      'KEY1=value1',
      'NAME=John Doe',
      'QUOTED="John Doe"',
      "DIR='/srv/app'",
      '   # indented comment',
      'KEY4  =  value4',
      'EMPTY1=',
      'EMPTY2=""',
      "EMPTY3=''",
      'CONN=host=localhost port=5432',
      'URL=https://example.com?foo=bar',
      'hash=value#notacomment',
      'crlf=yes\r',
      'lone="',
      'mixed="x\'',
      'inner=a"b"c',
    ].join('\n');
    expect(parseParamsFile(text, 'p.env')).toEqual([
      ['KEY1', 'value1'],
      ['NAME', 'John Doe'],
      ['QUOTED', 'John Doe'],
      ['DIR', '/srv/app'],
      ['KEY4', 'value4'],
      ['EMPTY1', ''],
      ['EMPTY2', ''],
      ['EMPTY3', ''],
      ['CONN', 'host=localhost port=5432'],
      ['URL', 'https://example.com?foo=bar'],
      ['hash', 'value#notacomment'],
      ['crlf', 'yes'],
      ['lone', '"'],
      ['mixed', '"x\''],
      ['inner', 'a"b"c'],
    ]);
  });

  it('cli#61: an empty file has no entries; export is not special', () => {
    expect(parseParamsFile('', 'p')).toEqual([]);
    expect(parseParamsFile('export KEY=value', 'p')).toEqual([['export KEY', 'value']]);
  });

  it('core#8 / cli#62: format errors name the file and the line', () => {
    const noEq = errorOf(() => parseParamsFile('A=1\n\nINVALID_LINE\n', 'conf/p.env'));
    expect(noEq.message).toBe(
      "invalid configuration: failed to parse params file 'conf/p.env': line 3: invalid format, expected KEY=VALUE",
    );
    expect(noEq.hints.join('\n')).toContain('KEY=VALUE');
    expect(errorOf(() => parseParamsFile('=value', 'p')).message).toContain('line 1: empty key');
  });
});

describe('readParamsFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pgmi-params-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a BOM-prefixed file from disk', () => {
    const p = join(dir, 'base.env');
    writeFileSync(p, '\ufeffA=1\nB="two"\n');
    expect(readParamsFile(p)).toEqual([
      ['A', '1'],
      ['B', 'two'],
    ]);
  });

  it('core#8 / cli#62: a missing file is a config error with a tip', () => {
    const err = errorOf(() => readParamsFile('/nonexistent/params.env'));
    expect(err.message).toContain("failed to read params file '/nonexistent/params.env'");
    expect(err.hints.join('\n')).toMatch(/^Tip:/);
  });

  it('invalid UTF-8 is reported by line without echoing bytes', () => {
    const p = join(dir, 'latin1.env');
    writeFileSync(
      p,
      Buffer.concat([Buffer.from('A=1\nPASS=s'), Buffer.from([0xe9]), Buffer.from('cret\n')]),
    );
    const err = errorOf(() => readParamsFile(p));
    expect(err.message).toContain('line 2: not valid UTF-8');
    expect(err.message).not.toContain('cret');
  });
});

describe('validateParam(s)', () => {
  const MESSAGE = (k: string) =>
    `invalid configuration: invalid parameter key '${k}': must start with a letter or underscore and contain only letters, digits and underscores, 1-63 characters (PostgreSQL identifier limit)`;

  it('cli#59 / core#51: valid keys', () => {
    for (const k of [
      'mykey',
      'MYKEY',
      'MyKey',
      'my_key',
      'key123',
      '_key',
      'x',
      'a'.repeat(63),
      '_private',
    ]) {
      expect(() => validateParam(k, 'v')).not.toThrow();
    }
  });

  it('cli#59 / core#51: invalid keys name the key, never the value', () => {
    const bad = ['', 'a'.repeat(64), 'my key', 'my-key', 'my.key', 'key;', "'; DROP TABLE users;--",
      'key\n', 'key\t', 'key=value', 'key@domain', 'key()', '1abc', 'bad-key', 'export KEY', 'ключ']; // prettier-ignore
    for (const k of bad) {
      const err = errorOf(() => validateParam(k, 'TOPSECRET'));
      expect(err.message).toBe(MESSAGE(k));
      expect(err.message).not.toContain('TOPSECRET');
    }
  });

  it('values: NUL (with byte offset) and unpaired surrogates are rejected without echoing', () => {
    expect(errorOf(() => validateParam('k', 'sé\0cret')).message).toBe(
      "invalid configuration: invalid parameter value for 'k': contains NUL byte at offset 3",
    );
    expect(errorOf(() => validateParam('k', 'a\ud800b')).message).toBe(
      "invalid configuration: invalid parameter value for 'k': not valid UTF-8",
    );
    expect(() => validateParam('k', 'spaces, "quotes", = and\nnewline ✓ 😀')).not.toThrow();
  });

  it('accepts records, maps and entry lists', () => {
    expect(() => validateParams({ ok: '1', 'bad-key': '2' })).toThrow("'bad-key'");
    expect(() => validateParams(new Map([['bad key', 'v']]))).toThrow("'bad key'");
    expect(() => validateParams([['ok', 'v']])).not.toThrow();
  });
});

describe('mergeParams', () => {
  it('cli#63: later files win', () => {
    const merged = mergeParams([
      { source: 'base', entries: parseParamsFile('A=1\nB=2\nC=3', 'base') },
      { source: 'staging', entries: parseParamsFile('B=20\nC=30', 'staging') },
      { source: 'prod', entries: parseParamsFile('C=300', 'prod') },
    ]);
    expect({ ...merged }).toEqual({ a: '1', b: '20', c: '300' });
  });

  it('core#50: pgmi.yaml < params files < --param', () => {
    const merged = mergeParams([
      { source: 'pgmi.yaml', entries: [['env', 'dev']] },
      {
        source: 'p.env',
        entries: [
          ['env', 'staging'],
          ['region', 'eu-west'],
          ['api_key', 'file_secret'],
        ],
      },
      {
        source: '--param',
        entries: [
          ['env', 'production'],
          ['version', '1.2.3'],
        ],
      },
    ]);
    expect({ ...merged }).toEqual({
      env: 'production',
      region: 'eu-west',
      api_key: 'file_secret',
      version: '1.2.3',
    });
  });

  it('core#49/56 (decisions.md 3): keys merge case-insensitively, later source wins, stored lower-case', () => {
    const merged = mergeParams([
      { source: 'pgmi.yaml', entries: [['Env', 'a']] },
      { source: '--param', entries: [['ENV', 'b'], ['apiVersion', '2']] }, // prettier-ignore
    ]);
    expect({ ...merged }).toEqual({ env: 'b', apiversion: '2' });
  });

  it('core#56 (decisions.md 3): two spellings in one source are a config error naming both', () => {
    const err = errorOf(
      () =>
      mergeParams([{ source: '--param', entries: [['Env', 'VAL_ONE'], ['env', 'VAL_TWO']] }]), // prettier-ignore
    );
    expect(err.message).toContain("'Env' and 'env' in --param differ only by case");
    expect(err.message).not.toMatch(/VAL_ONE|VAL_TWO/);
    // The same exact key twice in one source: the later value wins.
    expect({ ...mergeParams([{ source: 'x', entries: [['k', '1'], ['k', '2']] }]) }).toEqual({ k: '2' }); // prettier-ignore
  });

  it('validates the winning entries with the key as written; __proto__ is an ordinary key', () => {
    expect(() => mergeParams([{ source: 's', entries: [['Bad-Key', 'v']] }])).toThrow("'Bad-Key'");
    // A NUL value overridden by a later source is not an error (only merged values are loaded).
    expect(() =>
      mergeParams([
        { source: 'a', entries: [['k', 'x\0y']] },
        { source: 'b', entries: [['k', 'ok']] },
      ]),
    ).not.toThrow();
    const merged = mergeParams([{ source: 's', entries: [['__proto__', 'v']] }]);
    expect(Object.keys(merged)).toEqual(['__proto__']);
    expect(merged.__proto__).toBe('v');
  });
});
