import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DotenvSyntaxError, loadProjectEnv, parseDotenv } from './dotenv';

const parse = (text: string | Buffer, env: NodeJS.ProcessEnv = {}) =>
  Object.fromEntries(parseDotenv(typeof text === 'string' ? Buffer.from(text) : text, env));

describe('parseDotenv (godotenv 1.5.1 dialect)', () => {
  it('plain values: trimmed around = and at the ends, inner spaces kept', () => {
    expect(
      parse(
        'OPTION_A=1\nOPTION_B=2\nOPTION_C= 3\nOPTION_D =4\nOPTION_E = 5\nOPTION_F =\nOPTION_G=\nOPTION_H=1 2',
      ),
    ).toEqual({
      OPTION_A: '1',
      OPTION_B: '2',
      OPTION_C: '3',
      OPTION_D: '4',
      OPTION_E: '5',
      OPTION_F: '',
      OPTION_G: '',
      OPTION_H: '1 2',
    });
  });

  it('quotes: single is literal, double expands \\n and \\r and unescapes; multi-line values', () => {
    const text = [
      "OPTION_A='1'",
      "OPTION_C=''",
      "OPTION_D='\\n'",
      'OPTION_E="1"',
      'OPTION_G=""',
      'OPTION_H="\\n"',
      'OPTION_I = "echo \'asd\'"',
      'OPTION_M="line one\\nthis is \\"quoted\\"\\none more line"',
      "OPTION_K='line one\\nthis is \\'quoted\\'\\none more line'",
      'MULTI="first',
      'second"',
    ].join('\n');
    expect(parse(text)).toEqual({
      OPTION_A: '1',
      OPTION_C: '',
      OPTION_D: '\\n',
      OPTION_E: '1',
      OPTION_G: '',
      OPTION_H: '\n',
      OPTION_I: "echo 'asd'",
      OPTION_M: 'line one\nthis is "quoted"\none more line',
      OPTION_K: "line one\\nthis is \\'quoted\\'\\none more line",
      MULTI: 'first\nsecond',
    });
  });

  it('export prefix, yaml-style colon, dots in keys, CRLF, --- lines and comments', () => {
    const text =
      "---\n# comment\r\nexport OPTION_A=2\r\nexport\tOPTION_B='\\n'\r\nYAML: value\r\na.b=c\r\n" +
      'foo=bar # this is foo\r\nbar=foo#baz\r\nbaz="foo"#bar\r\nlast=x # one # two\r\n   # indented\r\n';
    expect(parse(text)).toEqual({
      OPTION_A: '2',
      OPTION_B: '\\n',
      YAML: 'value',
      'a.b': 'c',
      foo: 'bar',
      bar: 'foo#baz',
      baz: 'foo',
      last: 'x # one',
    });
  });

  it('variable expansion: file values first, then the environment, else empty; \\$ escapes', () => {
    const text = [
      'OPTION_A=1',
      'OPTION_B=${OPTION_A}',
      'OPTION_C=$OPTION_B',
      'OPTION_D=${OPTION_A}${OPTION_B}',
      'OPTION_E=${OPTION_NOT_DEFINED}',
      'FROM_ENV="$HOME_DIR/x"',
      "LITERAL='$OPTION_A'",
      'ESCAPED=\\$OPTION_A',
      'lower=$not_upper',
    ].join('\n');
    expect(parse(text, { HOME_DIR: '/home/u' })).toEqual({
      OPTION_A: '1',
      OPTION_B: '1',
      OPTION_C: '1',
      OPTION_D: '11',
      OPTION_E: '',
      FROM_ENV: '/home/u/x',
      LITERAL: '$OPTION_A',
      ESCAPED: '$OPTION_A',
      lower: '$not_upper',
    });
  });

  it('rejects bad key characters, a BOM, prose lines and unterminated quotes', () => {
    for (const bad of [
      'KEY-NAME=x',
      '\ufeffA=1',
      'this is not kv\nPGPASSWORD=SUPERSECRET123',
      'A="unterminated',
      "A='x\nB=2",
      'A=1\n---\r\nB=2',
    ]) {
      expect(() => parseDotenv(Buffer.from(bad))).toThrow(DotenvSyntaxError);
    }
  });

  it('a final line without a separator parses to an empty-named entry (never applied)', () => {
    expect(parse('A=1\nDANGLING')).toEqual({ A: '1', '': 'DANGLING' });
    expect(parse('')).toEqual({});
    expect(parse('\n\n  # only comments\n')).toEqual({});
  });
});

describe('loadProjectEnv', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pgmi-env-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('cli#70: applies unset variables only; an existing one (even empty) is not replaced', () => {
    writeFileSync(join(root, '.env'), 'PGDATABASE=fromfile\nPGUSER=fileuser\nEMPTY=x\nDANGLING');
    const env: NodeJS.ProcessEnv = { PGUSER: 'realuser', EMPTY: '' };
    const result = loadProjectEnv(root, env);
    expect(result).toEqual({ applied: ['PGDATABASE'] });
    expect(env).toEqual({ PGDATABASE: 'fromfile', PGUSER: 'realuser', EMPTY: '' });
  });

  it('cli#70: an unparsable .env applies nothing and warns without quoting the file', () => {
    writeFileSync(join(root, '.env'), 'GOOD=1\nthis is not kv\nPGPASSWORD=SUPERSECRET123\n');
    const env: NodeJS.ProcessEnv = {};
    const result = loadProjectEnv(root, env);
    expect(env).toEqual({});
    expect(result.applied).toEqual([]);
    expect(result.warning).toBe(
      `WARNING: ${join(root, '.env')} could not be parsed (line 2: unexpected character in variable name), so none of its values were applied.\n` +
        'Every line must be KEY=VALUE, a # comment, or blank.',
    );
    expect(result.warning).not.toContain('SUPERSECRET123');
  });

  it('gh-10: variables that expand each other are bounded; the warning names the line', () => {
    // 8 references per line, 9 lines: 32 × 8^9 bytes (4 GiB) unbounded.
    let text = '# seed\nA=' + 'x'.repeat(32) + '\n';
    const names = 'BCDEFGHIJ';
    for (let i = 0; i < names.length; i++) {
      text += `${names[i]}="${('$' + (i ? names[i - 1] : 'A')).repeat(8)}"\n`;
    }
    expect(text.length).toBeLessThan(430);
    writeFileSync(join(root, '.env'), text);
    const env: NodeJS.ProcessEnv = {};
    const before = process.memoryUsage().rss;
    const result = loadProjectEnv(root, env);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    expect(env).toEqual({});
    // A=32 B=256 C=2 KiB D=16 KiB E=128 KiB F=1 MiB: line 7 (F) is the first past 128 KiB.
    expect(result.warning?.split('\n')[0]).toBe(
      `WARNING: ${join(root, '.env')} could not be parsed (line 7: variable expansion makes a value longer than 128 KiB), so none of its values were applied.`,
    );
    let thrown: unknown;
    try {
      parseDotenv(Buffer.from(text));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DotenvSyntaxError);
    expect((thrown as DotenvSyntaxError).line).toBe(7);
  });

  it('gh-10: many values within the per-value bound are bounded in total', () => {
    const big = 'v'.repeat(100 * 1024);
    const text = Array.from({ length: 12 }, (_, i) => `K${i}=${big}`).join('\n');
    expect(() => parseDotenv(Buffer.from(text))).toThrow('values longer than 1 MiB in all');
  });

  it('cli#70: no .env is silent; an unreadable .env (a directory) warns', () => {
    expect(loadProjectEnv(root, {})).toEqual({ applied: [] });
    mkdirSync(join(root, '.env'));
    expect(loadProjectEnv(root, {}).warning).toContain('could not be parsed');
  });
});
