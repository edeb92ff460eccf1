import { ConfigError } from '../engine/errors';
import {
  ACTION_INPUTS,
  inputLines,
  isPemContent,
  parseParamLines,
  readActionInputs,
  toActionSettings,
  type ActionInputs,
  type InputName,
} from './inputs';

/** Inputs as the runner passes them: every default, then the given values. */
function inputs(given: Partial<Record<InputName, string>> = {}): ActionInputs {
  return readActionInputs((name) => given[name] ?? '');
}

const noPem = () => {
  throw new Error('no PEM content expected');
};

describe('readActionInputs', () => {
  it('applies action.yml defaults to missing values and trims all but the password', () => {
    const r = inputs({ host: '  db.local \n', password: ' pass word ', verbose: '' });
    expect(r.host).toBe('db.local');
    expect(r.password).toBe(' pass word ');
    expect(r['project-path']).toBe('.');
    expect(r.verbose).toBe('false');
    expect(r.summary).toBe('true');
    expect(Object.keys(r)).toEqual(ACTION_INPUTS.map((i) => i.name));
  });
});

describe('parseParamLines', () => {
  it('one key=value per line: comments and blank lines skipped, split at the first =', () => {
    const problems: string[] = [];
    expect(
      parseParamLines('params', '# c\nenv=prod\r\n\n  url = a=b==  \nempty=\n', problems),
    ).toEqual([
      ['env', 'prod'],
      ['url', 'a=b=='],
      ['empty', ''],
    ]);
    expect(problems).toEqual([]);
  });

  it('names the entry, never its text (secret-params lines are secrets)', () => {
    const problems: string[] = [];
    parseParamLines('secret-params', 'token=ok\nhunter2\n=value-only', problems);
    expect(problems).toEqual([
      'input "secret-params" entry 2: expected key=value',
      'input "secret-params" entry 3: expected key=value (empty key)',
    ]);
    expect(problems.join()).not.toMatch(/hunter2|value-only/);
  });
});

describe('toActionSettings', () => {
  it('maps inputs onto the CLI-shaped raw input', () => {
    const s = toActionSettings(
      inputs({
        'project-path': 'db',
        host: 'h',
        port: '6432',
        username: 'u',
        password: 'pw',
        database: 'app',
        sslmode: 'require',
        'ssl-root-cert': 'certs/ca.pem',
        params: 'env=ci',
        'secret-params': 'token=t0k',
        'params-file': 'a.env\n\nb.env',
        overwrite: 'true',
        force: 'True',
        timeout: '90s',
        wait: '1m30s',
        verbose: 'TRUE',
        aws: 'true',
        'aws-region': 'eu-west-1',
        'junit-report': 'r/junit.xml',
        summary: 'false',
      }),
      noPem,
    );
    expect(s.raw).toEqual({
      projectPath: 'db',
      connection: {
        connection: undefined,
        host: 'h',
        port: '6432',
        username: 'u',
        database: 'app',
        sslmode: 'require',
        sslrootcert: 'certs/ca.pem',
        sslcert: undefined,
        sslkey: undefined,
        azure: false,
        azureTenantId: undefined,
        azureClientId: undefined,
        aws: true,
        awsRegion: 'eu-west-1',
        google: false,
        googleInstance: undefined,
        waitMs: 90_000,
      },
      params: [],
      paramsFiles: ['a.env', 'b.env'],
      extraParams: [
        { source: 'params', entries: [['env', 'ci']] },
        { source: 'secret-params', entries: [['token', 't0k']] },
      ],
      overwrite: true,
      force: true,
      timeout: '90s',
      lockWait: undefined,
      compat: undefined,
      verbose: true,
      rehearse: false,
      changeReport: true,
      lockTimeout: undefined,
      useProjectConfig: true,
    });
    expect(s).toMatchObject({
      password: 'pw',
      summary: false,
      annotations: true,
      verbose: true,
      junitReport: 'r/junit.xml',
      jsonReport: undefined,
    });
  });

  it('PEM content goes through the writer; a path stays a path', () => {
    const written: string[] = [];
    const pem = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----';
    const s = toActionSettings(inputs({ 'ssl-key': pem, 'ssl-cert': 'client.crt' }), (name, c) => {
      written.push(`${name}:${c}`);
      return `/tmp/x/input-${name}.pem`;
    });
    expect(written).toEqual([`ssl-key:${pem}`]);
    expect(s.raw.connection.sslkey).toBe('/tmp/x/input-ssl-key.pem');
    expect(s.raw.connection.sslcert).toBe('client.crt');
    expect(isPemContent('certs/ca.pem')).toBe(false);
  });

  it('every problem in one ConfigError (exit 10) naming the inputs', () => {
    let err: unknown;
    try {
      toActionSettings(
        inputs({ force: 'yes', annotations: 'off', wait: '5', timeout: 'soon', params: 'x' }),
        noPem,
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).exitCode).toBe(10);
    expect((err as Error).message).toBe(
      [
        'invalid configuration: 5 problems with the action inputs:',
        '  - input "wait": invalid duration "5" (examples: 90s, 5m, 1h30m)',
        '  - input "timeout": invalid duration "soon" (examples: 90s, 5m, 1h30m)',
        '  - input "params" entry 1: expected key=value',
        '  - input "force" must be true or false, got "yes"',
        '  - input "annotations" must be true or false, got "off"',
      ].join('\n'),
    );
  });

  it('a single problem reads as one line', () => {
    expect(() => toActionSettings(inputs({ google: 'yes' }), noPem)).toThrow(
      new ConfigError('invalid configuration: input "google" must be true or false, got "yes"'),
    );
  });
});

describe('inputLines', () => {
  it('trims, drops blanks and # comments, accepts CRLF', () => {
    expect(inputLines(' a \r\n# b\n\n c')).toEqual(['a', 'c']);
  });
});
