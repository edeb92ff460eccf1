import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, ExitCode } from '../errors';
import { loadPgmiYaml, parsePgmiYaml } from './config';

const parse = (text: string) => parsePgmiYaml(text, '/p/pgmi.yaml');

function errorOf(text: string): ConfigError {
  try {
    parse(text);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).exitCode).toBe(ExitCode.Config);
    expect((err as Error).message).toMatch(
      /^invalid configuration: failed to load pgmi\.yaml: parse \/p\/pgmi\.yaml: /,
    );
    return err as ConfigError;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe('parsePgmiYaml', () => {
  it('cli#66: every documented key is read; port is a number', () => {
    const config = parse(
      [
        'connection:',
        '  host: db.example.com',
        '  port: 5433',
        '  username: deployer',
        '  database: app',
        '  maintenance_database: postgres',
        '  sslmode: verify-full',
        '  sslcert: /certs/client.crt',
        '  sslkey: /certs/client.key',
        '  sslrootcert: /certs/ca.crt',
        '  auth_method: azure',
        '  azure_tenant_id: t',
        '  azure_client_id: c',
        '  aws_region: eu-west-1',
        '  google_instance: p:r:i',
        'params:',
        '  env: production',
        '  region: eu-west',
        'timeout: 10m',
      ].join('\n'),
    );
    expect(config).toEqual({
      connection: {
        host: 'db.example.com',
        port: 5433,
        username: 'deployer',
        database: 'app',
        maintenance_database: 'postgres',
        sslmode: 'verify-full',
        sslcert: '/certs/client.crt',
        sslkey: '/certs/client.key',
        sslrootcert: '/certs/ca.crt',
        auth_method: 'azure',
        azure_tenant_id: 't',
        azure_client_id: 'c',
        aws_region: 'eu-west-1',
        google_instance: 'p:r:i',
      },
      params: { env: 'production', region: 'eu-west' },
      timeout: '10m',
    });
  });

  it('cli#68: empty, comment-only and null documents are all defaults', () => {
    expect(parse('')).toEqual({});
    expect(parse('# just a comment\n\n# another\n')).toEqual({});
    expect(parse('~\n')).toEqual({});
    expect(parse('connection:\nparams:\ntimeout:\n')).toEqual({});
    expect(parse('\ufeffconnection:\n  host: h\n')).toEqual({ connection: { host: 'h' } });
  });

  it('cli#68 / spec 4.5: params keep the literal text of every scalar', () => {
    const config = parse(
      [
        'params:',
        '  max_connections: 100',
        '  flag: true',
        '  price: 1.50',
        '  hex: 0x1F',
        '  answer: yes',
        '  day: 2024-01-31',
        '  tilde: ~',
        '  empty:',
        '  word_null: null',
        '  quoted_null: "null"',
        "  single: 'It''s'",
        '  escaped: "a\\tb"',
        '  1: one',
        '  folded: >-',
        '    two',
        '    lines',
      ].join('\n'),
    );
    expect({ ...config.params }).toEqual({
      max_connections: '100',
      flag: 'true',
      price: '1.50',
      hex: '0x1F',
      answer: 'yes',
      day: '2024-01-31',
      tilde: '',
      empty: '',
      word_null: '',
      quoted_null: 'null',
      single: "It's",
      escaped: 'a\tb',
      '1': 'one',
      folded: 'two lines',
    });
  });

  it('anchors, aliases and merge keys work', () => {
    const config = parse(
      [
        'timeout: &t 5m',
        'params:',
        '  <<: [{env: dev, region: eu}, {zone: a}]',
        '  region: us',
        '  copy: &v 42',
        '  again: *v',
        '  limit: *t',
      ].join('\n'),
    );
    expect(config.timeout).toBe('5m');
    expect({ ...config.params }).toEqual({
      region: 'us',
      copy: '42',
      again: '42',
      limit: '5m',
      env: 'dev',
      zone: 'a',
    });
  });

  it('strings accept any scalar as text (yaml.v3 behaviour); timeout 30 stays "30"', () => {
    expect(parse('connection:\n  host: 127\n  database: "5"\ntimeout: 30\n')).toEqual({
      connection: { host: '127', database: '5' },
      timeout: '30',
    });
  });

  it('cli#66/67: port forms — integers and 5432.0 accepted, strings rejected', () => {
    expect(parse('connection:\n  port: 5432.0').connection?.port).toBe(5432);
    expect(parse('connection:\n  port: 0').connection?.port).toBe(0);
    expect(parse('connection:\n  port: 0x1538').connection?.port).toBe(5432);
    expect(parse('connection:\n  port: ~').connection).toEqual({});
    for (const bad of ['"5432"', "'5432'", 'abc', '[1]', '{a: 1}', 'true']) {
      expect(errorOf(`connection:\n  port: ${bad}\n`).message).toContain('connection.port');
    }
  });

  it('cli#67 / core#9: unknown keys at any level are errors naming the key and its line', () => {
    const err = errorOf('connection:\n  host: myhost\n  usernmae: oops\n');
    expect(err.message).toContain('line 3: unknown key "usernmae" in connection');
    expect(errorOf('conection:\n  host: x\n').message).toContain('"conection"');
    expect(errorOf('password: hunter2\n').message).toContain('unknown key "password"');
  });

  it('cli#67 / core#9: syntax errors, duplicates and wrong shapes are errors', () => {
    expect(errorOf('{{invalid').message).toMatch(/line 1, column \d+: /);
    expect(errorOf('connection:\n  host: [unclosed\n').message).toContain('line');
    expect(errorOf('timeout: 1m\ntimeout: 2m\n').message).toContain(
      'line 2: mapping key "timeout" already defined',
    );
    expect(errorOf('params:\n  a: 1\n  a: 2\n').message).toContain('"a" already defined');
    expect(errorOf('params:\n  nested:\n    x: 1\n').message).toContain('params.nested');
    expect(errorOf('params:\n  list: [1, 2]\n').message).toContain('params.list');
    expect(errorOf('params: [a, b]\n').message).toContain('params');
    expect(errorOf('connection: 5\n').message).toContain('connection');
    expect(errorOf('just a string\n').message).toContain('cannot unmarshal');
    expect(errorOf('connection:\n  host: [a]\n').message).toContain('connection.host');
    expect(errorOf('timeout: {a: 1}\n').message).toContain('timeout');
    expect(errorOf('params:\n  a: *missing\n').message).toContain('missing');
  });

  it('gh-10: nested merge-key aliases cost linear time (exponential before)', () => {
    const items = ['&a0 {host: h}'];
    for (let i = 1; i < 10; i++)
      items.push(
        `&a${i} {<<: [${Array(8)
          .fill(`*a${i - 1}`)
          .join(',')}]}`,
      );
    const bomb = `connection: {<<: [${items.join(', ')}]}\n`;
    expect(bomb.length).toBeLessThan(490);
    // 8^9 merges unshared; each mapping is now merged once.
    expect(parse(bomb)).toEqual({ connection: { host: 'h' } });
  });

  it('gh-10: a mapping that merges itself is a clear error, not a stack overflow', () => {
    const e = errorOf('connection: &c\n  host: h\n  <<: *c\n');
    expect(e.message).toBe(
      'invalid configuration: failed to load pgmi.yaml: parse /p/pgmi.yaml: line 2: a merge key (<<) refers to a mapping that contains it (a cycle through an alias)',
    );
    expect(errorOf('&r\n<<: *r\n').message).toContain('refers to a mapping that contains it');
    expect(errorOf('params: &p\n  x: {<<: *p}\n').message).toContain('line 2:');
  });

  it('gh-10: aliases, nesting depth and size are bounded', () => {
    const aliases = `params:\n  a: &v x\n  b: [${Array(1001).fill('*v').join(', ')}]\n`;
    expect(errorOf(aliases).message).toContain('more than 1000 aliases (*name)');
    expect(errorOf(`params: ${'['.repeat(200)}${']'.repeat(200)}`).message).toContain(
      'nesting exceeded maxDepth (100)',
    );
    expect(errorOf(`# ${'x'.repeat(1024 * 1024)}\n`).message).toContain(
      'larger than 1 MiB; pgmi.yaml holds settings only',
    );
  });

  it('only the first document is read', () => {
    expect(parse('timeout: 1m\n---\nbogus: 1\n')).toEqual({ timeout: '1m' });
  });
});

describe('loadPgmiYaml', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pgmi-yaml-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('cli#68: a missing pgmi.yaml is no project config, not an error', () => {
    expect(loadPgmiYaml(root)).toBeUndefined();
  });

  it('reads <root>/pgmi.yaml and names its path in errors', () => {
    writeFileSync(join(root, 'pgmi.yaml'), 'connection:\n  database: app\n');
    expect(loadPgmiYaml(root)).toEqual({ connection: { database: 'app' } });
    writeFileSync(join(root, 'pgmi.yaml'), 'bogus: 1\n');
    expect(() => loadPgmiYaml(root)).toThrow(`parse ${join(root, 'pgmi.yaml')}: line 1`);
  });

  it('gh-10: a pgmi.yaml over 1 MiB is refused before it is read', () => {
    writeFileSync(join(root, 'pgmi.yaml'), Buffer.alloc(1024 * 1024 + 1, 0x23));
    expect(() => loadPgmiYaml(root)).toThrow(
      `invalid configuration: failed to load pgmi.yaml: parse ${join(root, 'pgmi.yaml')}: larger than 1 MiB; pgmi.yaml holds settings only`,
    );
  });

  it('a pgmi.yaml that is not UTF-8 is a config error', () => {
    writeFileSync(join(root, 'pgmi.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    expect(() => loadPgmiYaml(root)).toThrow('not valid UTF-8 (first invalid byte at offset 3)');
  });

  it('an unreadable pgmi.yaml (a directory) is a config error', () => {
    mkdirSync(join(root, 'pgmi.yaml'));
    expect(() => loadPgmiYaml(root)).toThrow(ConfigError);
    expect(() => loadPgmiYaml(root)).toThrow('failed to load pgmi.yaml: read');
  });
});
