import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, exitCodeFor } from '../engine/errors';
import type { PgmiYamlConnection } from '../engine/project/types';
import { buildClientConfig } from './client-config';
import { resolveConnection, type ConnectionInput, type ResolvedConnection } from './resolve';
import { resolveEndpoint } from './resolve-endpoint';

// An empty home: no ~/.pgpass, no ~/.postgresql defaults leak in from the machine.
const HOME = mkdtempSync(path.join(tmpdir(), 'pgmi-resolve-home-'));
const BASE_ENV = { HOME, USER: 'osuser' };

function resolve(
  input: ConnectionInput,
  env: Record<string, string> = {},
  yaml?: PgmiYamlConnection,
): ResolvedConnection {
  return resolveConnection(input, { env: { ...BASE_ENV, ...env }, yaml });
}

function configError(
  input: ConnectionInput,
  env: Record<string, string> = {},
  yaml?: PgmiYamlConnection,
): ConfigError {
  try {
    resolve(input, env, yaml);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect(exitCodeFor(e)).toBe(10);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

/** The pg config the provider would dial with (TLS attempt as the mode's first). */
function pgConfig(r: ResolvedConnection) {
  return buildClientConfig(r.settings, { database: r.database, useTls: true });
}

/** Every subset of a list. */
function subsets<T>(items: T[]): T[][] {
  return items.reduce<T[][]>((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);
}

describe('precedence matrix (flags > environment > pgmi.yaml > defaults)', () => {
  type Src = 'flag' | 'env' | 'yaml';
  const fields: Array<{
    name: string;
    flag: (v: string) => ConnectionInput;
    env: (v: string) => Record<string, string>;
    yaml: (v: string) => PgmiYamlConnection;
    values: Record<Src, string>;
    fallback: string;
    read: (r: ResolvedConnection) => string;
  }> = [
    {
      name: 'host',
      flag: (v) => ({ host: v }),
      env: (v) => ({ PGHOST: v }),
      yaml: (v) => ({ host: v }),
      values: { flag: 'flaghost', env: 'envhost', yaml: 'yamlhost' },
      fallback: 'localhost',
      read: (r) => String(pgConfig(r).host),
    },
    {
      name: 'port',
      flag: (v) => ({ port: v }),
      env: (v) => ({ PGPORT: v }),
      yaml: (v) => ({ port: Number(v) }),
      values: { flag: '6001', env: '6002', yaml: '6003' },
      fallback: '5432',
      read: (r) => String(pgConfig(r).port),
    },
    {
      name: 'user',
      flag: (v) => ({ username: v }),
      env: (v) => ({ PGUSER: v }),
      yaml: (v) => ({ username: v }),
      values: { flag: 'flaguser', env: 'envuser', yaml: 'yamluser' },
      fallback: 'osuser',
      read: (r) => String(pgConfig(r).user),
    },
    {
      name: 'database',
      flag: (v) => ({ database: v }),
      env: (v) => ({ PGDATABASE: v }),
      yaml: (v) => ({ database: v }),
      values: { flag: 'flagdb', env: 'envdb', yaml: 'yamldb' },
      fallback: '(required)',
      read: (r) => String(pgConfig(r).database),
    },
    {
      name: 'sslmode',
      flag: (v) => ({ sslmode: v }),
      env: (v) => ({ PGSSLMODE: v }),
      yaml: (v) => ({ sslmode: v }),
      values: { flag: 'disable', env: 'allow', yaml: 'require' },
      fallback: 'prefer',
      read: (r) => r.settings.sslmode,
    },
  ];

  for (const f of fields) {
    for (const present of subsets<Src>(['flag', 'env', 'yaml'])) {
      const winner = (['flag', 'env', 'yaml'] as Src[]).find((s) => present.includes(s));
      const expected = winner ? f.values[winner] : f.fallback;
      it(`${f.name} from {${present.join(', ') || 'nothing'}} → ${expected}`, () => {
        const input: ConnectionInput = present.includes('flag') ? f.flag(f.values.flag) : {};
        const env = present.includes('env') ? f.env(f.values.env) : {};
        const yaml = present.includes('yaml') ? f.yaml(f.values.yaml) : {};
        if (f.name !== 'database' && !input.database) input.database = 'db';
        if (expected === '(required)') {
          expect(configError(input, env, yaml).message).toContain('database name is required');
          return;
        }
        expect(f.read(resolve(input, env, yaml))).toBe(expected);
      });
    }
  }

  it('cli#77: a connection string replaces pgmi.yaml and PG* host/port/user/database', () => {
    const yaml = {
      host: 'yamlhost',
      port: 5434,
      username: 'yamluser',
      database: 'yamldb',
      sslmode: 'require',
    };
    const env = { PGHOST: 'envhost', PGPORT: '6002', PGDATABASE: 'envdb', PGAPPNAME: 'envapp' };
    for (const source of [
      { input: { connection: 'postgresql://stringhost' }, env },
      { input: {}, env: { ...env, DATABASE_URL: 'postgresql://stringhost' } },
      { input: {}, env: { ...env, PGMI_CONNECTION_STRING: 'postgresql://stringhost' } },
    ]) {
      const r = resolve(source.input, source.env, yaml);
      const c = pgConfig(r);
      expect(c).toMatchObject({ host: 'stringhost', port: 5432, database: 'postgres' });
      expect(c.user).toBe('osuser');
      expect(r.settings.sslmode).toBe('prefer');
      expect(c.application_name).toBe('pgmi');
    }
  });

  it('cli#76: --connection > $PGMI_CONNECTION_STRING > $DATABASE_URL', () => {
    const env = {
      PGMI_CONNECTION_STRING: 'postgresql://pgmihost/a',
      DATABASE_URL: 'postgresql://urlhost/b',
    };
    expect(resolve({}, { DATABASE_URL: env.DATABASE_URL }).settings.host).toBe('urlhost');
    expect(resolve({}, env).settings.host).toBe('pgmihost');
    expect(resolve({ connection: 'postgresql://flaghost/c' }, env).settings.host).toBe('flaghost');
  });

  it('cli#84: TLS paths: flag > string > environment > pgmi.yaml; passphrase string > env', () => {
    const problems: string[] = [];
    const yaml = { sslcert: 'y.crt', sslkey: 'y.key', sslrootcert: 'y-ca.crt' };
    const env = {
      PGSSLCERT: 'env.crt',
      PGSSLKEY: 'env.key',
      PGSSLROOTCERT: 'env-ca.crt',
      PGSSLPASSWORD: 'env-pass',
    };
    const a = resolveEndpoint({ sslcert: 'flag.crt' }, env, yaml, problems, []);
    expect([a.sslcert?.value, a.sslkey?.value, a.sslrootcert?.value, a.sslpassword]).toEqual([
      'flag.crt',
      'env.key',
      'env-ca.crt',
      'env-pass',
    ]);
    expect(a.sslcert?.origin).toBe('--sslcert');
    expect(a.sslkey?.origin).toBe('$PGSSLKEY');
    const conn =
      'postgresql://h/d?sslrootcert=/from/conn-ca.crt&sslcert=/c.crt&sslkey=/c.key&sslpassword=fromconn';
    const b = resolveEndpoint({ connection: conn }, env, yaml, problems, []);
    expect([b.sslcert?.value, b.sslkey?.value, b.sslrootcert?.value, b.sslpassword]).toEqual([
      '/c.crt',
      '/c.key',
      '/from/conn-ca.crt',
      'fromconn',
    ]);
    const c = resolveEndpoint(
      { connection: 'postgresql://h/d?sslcert=/only.crt' },
      env,
      {},
      problems,
      [],
    );
    expect([c.sslcert?.value, c.sslkey?.value, c.sslrootcert?.value, c.sslpassword]).toEqual([
      '/only.crt',
      'env.key',
      'env-ca.crt',
      'env-pass',
    ]);
    const d = resolveEndpoint(
      { connection: conn, sslrootcert: '/from/flag-ca.crt' },
      env,
      yaml,
      problems,
      [],
    );
    expect(d.sslrootcert?.value).toBe('/from/flag-ca.crt');
    const e = resolveEndpoint({}, {}, yaml, problems, []);
    expect([e.sslcert?.value, e.sslkey?.value, e.sslrootcert?.value]).toEqual([
      'y.crt',
      'y.key',
      'y-ca.crt',
    ]);
    expect(e.sslcert?.origin).toBe('pgmi.yaml connection.sslcert');
    expect(problems).toEqual([]);
  });
});

describe('conformance (cli section E, unit items)', () => {
  it('cli#71: nothing set → localhost, 5432, prefer, maintenance postgres; no database → exit 10 with three ways', () => {
    const r = resolve({ database: 'x' });
    expect([r.settings.host, r.settings.port, r.settings.sslmode, r.maintenanceDatabase]).toEqual([
      'localhost',
      5432,
      'prefer',
      'postgres',
    ]);
    const e = configError({});
    expect(e.message).toBe('invalid configuration: database name is required');
    const hints = e.hints.join('\n');
    expect(hints).toMatch(/1\..*-d mydb/);
    expect(hints).toMatch(/2\..*--connection/);
    expect(hints).toMatch(/3\..*PGDATABASE=mydb/);
    expect(hints).toContain('pgmi deploy . ');
  });

  it('cli#72/#73: flags over PG* per field; env alone', () => {
    const env = { PGHOST: 'envhost', PGPORT: '5433', PGUSER: 'envuser' };
    const a = resolve({ host: 'flaghost', database: 'd' }, env);
    expect([a.settings.host, a.settings.port, a.settings.user]).toEqual([
      'flaghost',
      5433,
      'envuser',
    ]);
    const b = resolve({}, { ...env, PGDATABASE: 'envdb', PGSSLMODE: 'require' });
    expect([
      b.settings.host,
      b.settings.port,
      b.settings.user,
      b.database,
      b.settings.sslmode,
    ]).toEqual(['envhost', 5433, 'envuser', 'envdb', 'require']);
    expect(b.maintenanceDatabase).toBe('postgres');
  });

  it('cli#74: pgmi.yaml alone, then PGHOST over it, then --host over both', () => {
    const yaml = {
      host: 'yamlhost',
      port: 5434,
      username: 'yamluser',
      database: 'yamldb',
      sslmode: 'require',
    };
    const a = resolve({}, {}, yaml);
    expect([
      a.settings.host,
      a.settings.port,
      a.settings.user,
      a.database,
      a.settings.sslmode,
    ]).toEqual(['yamlhost', 5434, 'yamluser', 'yamldb', 'require']);
    expect(resolve({}, { PGHOST: 'envhost' }, yaml).settings.host).toBe('envhost');
    expect(resolve({ host: 'flaghost' }, { PGHOST: 'envhost' }, yaml).settings.host).toBe(
      'flaghost',
    );
  });

  it('cli#75/#76: a string (flag or env) with -h/-p/-U/--sslmode conflicts; -d does not', () => {
    for (const input of [
      { connection: 'postgresql://user@localhost/db', host: 'otherhost' },
      { connection: 'postgresql://user@localhost/db', port: '5433' },
      { connection: 'postgresql://user@localhost/db', username: 'u' },
      { connection: 'postgresql://user@localhost/db', sslmode: 'require' },
    ]) {
      expect(configError(input).message).toContain(
        'cannot specify both --connection and granular flags (-h, -p, -U)',
      );
    }
    const e = configError({ host: 'x', database: 'y' }, { DATABASE_URL: 'postgresql://u@h/db' });
    expect(e.message).toContain('cannot specify both --connection and granular flags');
    expect(e.hints.join('\n')).toContain('$DATABASE_URL');
    const ok = resolve({ connection: 'postgresql://user@localhost/db', database: 'otherdb' });
    expect(ok.database).toBe('otherdb');
  });

  it('cli#78/#88: target and maintenance databases from a string', () => {
    const a = resolve({ connection: 'postgresql://h/myapp' });
    expect([a.database, a.maintenanceDatabase]).toEqual(['myapp', 'postgres']);
    const b = resolve({ connection: 'postgresql://h/postgres', database: 'myapp' });
    expect([b.database, b.maintenanceDatabase]).toEqual(['myapp', 'postgres']);
    const c = resolve({ connection: 'postgresql://h/mydb', database: 'other' });
    expect([c.database, c.maintenanceDatabase]).toEqual(['other', 'mydb']);
    const d = resolve({ connection: 'postgresql://h' });
    expect([d.database, d.maintenanceDatabase]).toEqual(['postgres', 'postgres']);
    const e = resolve({ connection: 'postgresql://testuser@testhost:5433' });
    expect([e.database, e.maintenanceDatabase]).toEqual(['postgres', 'postgres']);
  });

  it('pgmi.yaml maintenance_database is honoured whenever set (granular path)', () => {
    const yaml = { database: 'app', maintenance_database: 'admin' };
    expect(resolve({}, {}, yaml).maintenanceDatabase).toBe('admin');
    expect(resolve({ database: 'x' }, {}, yaml).maintenanceDatabase).toBe('admin');
  });

  it('cli#81: PGPORT and PGCONNECT_TIMEOUT must be plain integers; --port in range', () => {
    for (const bad of ['abc', '-1', '999999', ' 5432 ']) {
      expect(configError({ database: 'd' }, { PGPORT: bad }).message).toContain(
        `invalid $PGPORT value '${bad}'`,
      );
    }
    expect(resolve({ database: 'd' }, { PGPORT: '' }).settings.port).toBe(5432);
    expect(configError({ database: 'd', port: 70000 }).message).toContain('invalid --port flag');
    expect(configError({ database: 'd', port: 'abc' }).message).toContain('invalid --port flag');
    expect(resolve({ database: 'd', port: 0 }).settings.port).toBe(5432);
    for (const bad of ['abc', '-1']) {
      expect(configError({ database: 'd' }, { PGCONNECT_TIMEOUT: bad }).message).toContain(
        'invalid $PGCONNECT_TIMEOUT value',
      );
    }
    const t = resolve({ database: 'd' }, { PGCONNECT_TIMEOUT: '7' });
    expect(pgConfig(t).connectionTimeoutMillis).toBe(7000);
    expect(configError({ database: 'd' }, {}, { port: 70000 }).message).toContain(
      'pgmi.yaml connection.port',
    );
  });

  it('cli#82 + decisions 2: a bad sslmode from ANY source is exit 10 naming the source', () => {
    expect(configError({ database: 'd', sslmode: 'bogus' }).message).toBe(
      'invalid configuration: invalid --sslmode "bogus" (valid: disable, allow, prefer, require, verify-ca, verify-full)',
    );
    expect(configError({ database: 'd' }, { PGSSLMODE: 'Require' }).message).toContain(
      'invalid sslmode "Require" in $PGSSLMODE',
    );
    expect(configError({ database: 'd' }, {}, { sslmode: 'on' }).message).toContain(
      'pgmi.yaml connection.sslmode',
    );
    expect(configError({ connection: 'postgresql://h/d?sslmode=nope' }).message).toContain(
      'invalid sslmode "nope" in the connection string (--connection)',
    );
    expect(configError({ connection: 'Host=h;SSL Mode=Sometimes' }).message).toContain(
      'invalid sslmode "Sometimes" in the connection string',
    );
  });

  it('cli#83: sslmode precedence', () => {
    expect(
      resolve({ database: 'd', sslmode: 'require' }, { PGSSLMODE: 'disable' }).settings.sslmode,
    ).toBe('require');
    expect(
      resolve({ database: 'd' }, { PGSSLMODE: 'verify-full', PGSSLROOTCERT: 'system' }).settings
        .sslmode,
    ).toBe('verify-full');
    expect(resolve({ database: 'd' }).settings.sslmode).toBe('prefer');
    expect(
      resolve({ connection: 'postgresql://h/d' }, { PGSSLMODE: 'require' }).settings.sslmode,
    ).toBe('require');
    expect(
      resolve({ connection: 'postgresql://h/d?sslmode=disable' }, { PGSSLMODE: 'require' }).settings
        .sslmode,
    ).toBe('disable');
    expect(resolve({ connection: 'Host=h;Database=d;SSL Mode=Require' }).settings.sslmode).toBe(
      'require',
    );
  });

  it('cli#85: two cloud providers (switch or sub-flag) → exit 10', () => {
    for (const input of [
      { azure: true, aws: true },
      { azureTenantId: 't', googleInstance: 'p:r:i' },
      { awsRegion: 'r', google: true },
    ]) {
      expect(configError({ database: 'd', username: 'u', ...input }).message).toContain(
        'cannot use multiple cloud authentication methods; choose one of --azure, --aws, or --google',
      );
    }
  });

  it('cli#86: AWS region precedence, yaml auth_method, user required', () => {
    const base = { database: 'd', username: 'u' };
    const region = (r: ResolvedConnection) =>
      r.settings.auth.method === 'aws' ? r.settings.auth.region : r.settings.auth.method;
    expect(region(resolve({ ...base, aws: true, awsRegion: 'us-west-2' }))).toBe('us-west-2');
    expect(region(resolve({ ...base, aws: true }, { AWS_REGION: 'eu-west-1' }))).toBe('eu-west-1');
    expect(
      region(resolve({ ...base, aws: true, awsRegion: 'us-west-2' }, { AWS_REGION: 'eu-west-1' })),
    ).toBe('us-west-2');
    expect(region(resolve({ ...base, aws: true }, { AWS_DEFAULT_REGION: 'ap-south-1' }))).toBe(
      'ap-south-1',
    );
    expect(region(resolve(base, {}, { auth_method: 'aws', aws_region: 'r' }))).toBe('r');
    expect(
      region(resolve(base, { AWS_REGION: 'env-r' }, { auth_method: 'aws', aws_region: 'r' })),
    ).toBe('env-r');
    expect(resolve(base).settings.auth.method).toBe('password');
    expect(configError({ ...base, aws: true }).message).toContain(
      'AWS IAM auth requires region (use --aws-region or $AWS_REGION)',
    );
    expect(configError({ database: 'd', aws: true, awsRegion: 'r' }).message).toContain(
      'AWS IAM auth requires username (-U)',
    );
  });

  it('cli#87: Azure ids flag > env > yaml, secret from env only; Google instance flag > yaml', () => {
    const base = { database: 'd', username: 'u' };
    const yaml = { auth_method: 'azure', azure_tenant_id: 'yt', azure_client_id: 'yc' };
    const az = (r: ResolvedConnection) => r.settings.auth;
    expect(az(resolve(base, {}, yaml))).toMatchObject({
      method: 'azure',
      tenantId: 'yt',
      clientId: 'yc',
    });
    expect(
      az(
        resolve(
          base,
          { AZURE_TENANT_ID: 'et', AZURE_CLIENT_ID: 'ec', AZURE_CLIENT_SECRET: 's3' },
          yaml,
        ),
      ),
    ).toMatchObject({ tenantId: 'et', clientId: 'ec', clientSecret: 's3' });
    expect(
      az(
        resolve(
          { ...base, azure: true, azureTenantId: 'ft', azureClientId: 'fc' },
          { AZURE_TENANT_ID: 'et', AZURE_CLIENT_ID: 'ec' },
          yaml,
        ),
      ),
    ).toMatchObject({ tenantId: 'ft', clientId: 'fc' });
    const g = (r: ResolvedConnection) => r.settings.auth;
    expect(g(resolve({ ...base, google: true, googleInstance: 'p:r:i' }))).toMatchObject({
      method: 'google',
      instance: 'p:r:i',
    });
    expect(
      g(
        resolve(
          { ...base, google: true, googleInstance: 'p:r:i' },
          {},
          { google_instance: 'y:y:y' },
        ),
      ),
    ).toMatchObject({ instance: 'p:r:i' });
    expect(g(resolve(base, {}, { auth_method: 'google', google_instance: 'y:y:y' }))).toMatchObject(
      {
        method: 'google',
        instance: 'y:y:y',
      },
    );
    expect(configError({ ...base, google: true }).message).toContain(
      'requires --google-instance (project:region:instance)',
    );
    expect(configError({ database: 'd', google: true, googleInstance: 'p:r:i' }).message).toContain(
      'requires username (-U)',
    );
    expect(configError({ ...base, google: true, googleInstance: 'nocolons' }).message).toContain(
      'invalid --google-instance',
    );
    // A switch on the command line beats pgmi.yaml's auth_method.
    expect(
      resolve({ ...base, azure: true }, {}, { auth_method: 'google' }).settings.auth.method,
    ).toBe('azure');
    expect(configError(base, {}, { auth_method: 'kerberos' }).message).toContain(
      'unsupported auth_method "kerberos"',
    );
  });

  it('core#113: application_name is pgmi, or PGAPPNAME (granular) / the string key', () => {
    expect(pgConfig(resolve({ database: 'd' })).application_name).toBe('pgmi');
    expect(pgConfig(resolve({ database: 'd' }, { PGAPPNAME: 'ci-job' })).application_name).toBe(
      'ci-job',
    );
    expect(
      pgConfig(resolve({ connection: 'postgresql://h/d?application_name=x' })).application_name,
    ).toBe('x');
  });
});

describe('offline validation collects every problem into one ConfigError', () => {
  it('names each field', () => {
    const e = configError({
      connection: 'postgresql://u@h:99999/db',
      host: 'x',
      sslmode: 'bogus',
      sslcert: '/nonexistent/client.crt',
      azure: true,
      aws: true,
    });
    expect(e.message).toMatch(/^invalid configuration: \d+ problems with the connection settings:/);
    for (const part of [
      'cannot specify both --connection and granular flags',
      'invalid --sslmode "bogus"',
      'invalid connection string: invalid port "99999"',
      'cannot use multiple cloud authentication methods',
      'sslcert (--sslcert) is set but sslkey is not',
    ]) {
      expect(e.message).toContain(part);
    }
  });

  it('missing certificate files name the file and where it was configured', () => {
    const e = configError({
      database: 'd',
      sslmode: 'verify-full',
      sslrootcert: '/nonexistent/ca.crt',
      sslcert: '/nonexistent/c.crt',
      sslkey: '/nonexistent/c.key',
    });
    expect(e.message).toContain(
      'root certificate file "/nonexistent/ca.crt" (--sslrootcert) does not exist',
    );
    expect(e.message).toContain(
      'SSL certificate file "/nonexistent/c.crt" (--sslcert) does not exist',
    );
    expect(e.message).toContain('SSL key file "/nonexistent/c.key" (--sslkey) does not exist');
    const v = configError({ database: 'd', sslmode: 'verify-ca' });
    expect(v.message).toContain('root certificate file');
    expect(v.message).toContain('.postgresql/root.crt');
  });
});

describe('secrets', () => {
  it('every password and passphrase goes to onSecret; the summary holds none', () => {
    const seen: string[] = [];
    const r = resolveConnection(
      { connection: 'postgresql://u:Canary-Str-1@h/d?sslpassword=Canary-Key-2' },
      { env: { ...BASE_ENV, AZURE_CLIENT_SECRET: 'Canary-Az-3' }, onSecret: (s) => seen.push(s) },
    );
    expect(seen).toEqual(expect.arrayContaining(['Canary-Str-1', 'Canary-Key-2']));
    const text = r.summary.join('\n') + r.provider.describe();
    for (const s of ['Canary-Str-1', 'Canary-Key-2']) expect(text).not.toContain(s);
    expect(r.summary).toEqual(
      expect.arrayContaining([
        'Host: h',
        'Port: 5432',
        'SSL Mode: prefer',
        'Auth Method: password',
      ]),
    );
    const g = resolveConnection(
      { database: 'd' },
      { env: { ...BASE_ENV, PGPASSWORD: 'Canary-Env-4' }, onSecret: (s) => seen.push(s) },
    );
    expect(seen).toContain('Canary-Env-4');
    expect(JSON.stringify(g.summary)).not.toContain('Canary-Env-4');
  });

  it('ignored client-only string keys are reported through onWarning', () => {
    const warnings: string[] = [];
    resolveConnection(
      { connection: 'Host=h;Database=d;Pooling=false' },
      { env: BASE_ENV, onWarning: (w) => warnings.push(w) },
    );
    expect(warnings).toEqual([expect.stringContaining('"Pooling"')]);
  });

  it('IPv6 and Unix-socket hosts reach pg as structured values (no URI round trip)', () => {
    const v6 = pgConfig(resolve({ connection: 'postgresql://[::1]:5433/db' }));
    expect([v6.host, v6.port]).toEqual(['::1', 5433]);
    const r = resolve({ connection: 'postgresql:///db?host=/var/run/postgresql' });
    const sock = buildClientConfig(r.settings, { database: 'db', useTls: false });
    expect(sock.host).toBe('/var/run/postgresql');
    expect(r.provider.describe()).toContain('/var/run/postgresql/.s.PGSQL.5432');
  });
});
