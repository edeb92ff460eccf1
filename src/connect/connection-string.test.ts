import { ConnectionStringError, parseConnectionString, runtimeOption } from './connection-string';
import { normalizeAdoSslMode, tokenizeAdoNet } from './ado-net';

function fails(s: string): string {
  try {
    parseConnectionString(s);
  } catch (e) {
    expect(e).toBeInstanceOf(ConnectionStringError);
    return (e as Error).message;
  }
  throw new Error(`expected ${s} to fail`);
}

describe('detection', () => {
  it('cli#79: URIs by prefix, ADO.NET by = and ;, everything else rejected', () => {
    expect(parseConnectionString('postgresql://h/db').format).toBe('uri');
    expect(parseConnectionString('postgres://h/db').format).toBe('uri');
    expect(parseConnectionString('Host=h;Database=d').format).toBe('ado.net');
    expect(fails('not-a-valid-uri')).toBe('unrecognized connection string format');
    expect(fails('host=x dbname=y')).toBe('unrecognized connection string format');
    expect(fails('   ')).toBe('connection string is empty');
  });
});

describe('URI', () => {
  it('cli#78: all fields, defaults left unset for resolution', () => {
    const p = parseConnectionString('postgresql://user:pass@localhost:5432/mydb?sslmode=disable');
    expect(p).toMatchObject({
      host: 'localhost',
      port: 5432,
      user: 'user',
      password: 'pass',
      database: 'mydb',
      sslmode: 'disable',
    });
    const bare = parseConnectionString('postgresql://');
    expect(bare.host).toBeUndefined();
    expect(bare.port).toBeUndefined();
    expect(bare.database).toBeUndefined();
    expect(parseConnectionString('postgresql://h/d?application_name=pgmi').applicationName).toBe(
      'pgmi',
    );
    const noDb = parseConnectionString('postgresql://testuser@testhost:5433');
    expect(noDb).toMatchObject({ host: 'testhost', port: 5433, user: 'testuser' });
    expect(noDb.database).toBeUndefined();
  });

  it('cli#78: the five TLS fields from the query', () => {
    const p = parseConnectionString(
      'postgresql://h/d?sslmode=verify-full&sslcert=/p/c.crt&sslkey=/p/c.key&sslrootcert=/p/ca.crt&sslpassword=keypass',
    );
    expect(p).toMatchObject({
      sslmode: 'verify-full',
      sslcert: '/p/c.crt',
      sslkey: '/p/c.key',
      sslrootcert: '/p/ca.crt',
      sslpassword: 'keypass',
    });
  });

  it('percent-decodes user, password and database; + stays a plus (libpq, not form encoding)', () => {
    const p = parseConnectionString(
      'postgresql://us%40er:p%3Aa%2Fss%40w@h/my%20db?application_name=a+b',
    );
    expect(p.user).toBe('us@er');
    expect(p.password).toBe('p:a/ss@w');
    expect(p.database).toBe('my db');
    expect(p.applicationName).toBe('a+b');
  });

  it('takes the userinfo up to the last @ (an unescaped @ in the password survives)', () => {
    expect(parseConnectionString('postgresql://user:se@cret@host/db')).toMatchObject({
      user: 'user',
      password: 'se@cret',
      host: 'host',
    });
  });

  it('IPv6 literals lose their brackets; Unix-socket directories via ?host= or %2F', () => {
    expect(parseConnectionString('postgresql://[::1]:5433/db')).toMatchObject({
      host: '::1',
      port: 5433,
    });
    expect(parseConnectionString('postgresql://[2001:db8::7]/db').host).toBe('2001:db8::7');
    expect(parseConnectionString('postgresql:///db?host=/var/run/postgresql')).toMatchObject({
      host: '/var/run/postgresql',
      database: 'db',
    });
    expect(parseConnectionString('postgresql://%2Fvar%2Frun%2Fpostgresql:5433/db')).toMatchObject({
      host: '/var/run/postgresql',
      port: 5433,
    });
  });

  it('query keys are case-insensitive, the first of a repeated key wins, libpq keywords work', () => {
    const p = parseConnectionString(
      'postgresql://h/d?SSLMode=require&sslmode=disable&ApplicationName=x&ConnectTimeout=7&dbname=other&user=u2&port=6000',
    );
    expect(p).toMatchObject({
      sslmode: 'require',
      applicationName: 'x',
      connectTimeoutSeconds: 7,
      database: 'other',
      user: 'u2',
      port: 6000,
    });
  });

  it('unknown keys become server settings; client-only libpq keys are ignored, not forwarded', () => {
    const p = parseConnectionString(
      'postgresql://h/d?search_path=app&target_session_attrs=read-write&options=-c%20work_mem%3D64MB',
    );
    expect(p.serverParams).toEqual([['search_path', 'app']]);
    expect(p.ignoredKeys).toEqual(['target_session_attrs']);
    expect(p.options).toBe('-c work_mem=64MB');
  });

  it('cli#79: bad port, bad timeout, multiple hosts, bad escapes are errors naming the part', () => {
    expect(fails('postgresql://localhost:abc/mydb')).toMatch(/invalid port "abc"/);
    expect(fails('postgresql://localhost:70000/mydb')).toMatch(/invalid port "70000"/);
    expect(fails('postgresql://localhost/mydb?connect_timeout=five')).toMatch(
      /invalid connect_timeout "five"/,
    );
    expect(fails('postgresql://h1,h2/db')).toMatch(/multiple hosts/);
    expect(fails('postgresql://u:p%zz@h/db')).toMatch(/percent-encoding in the password/);
    expect(fails('postgresql://h/db?port=0')).toMatch(/invalid port "0"/);
  });

  it('never quotes the string (it may hold a password) in its errors', () => {
    const canary = 'Canary-Pw-91';
    for (const s of [
      `postgresql://u:${canary}@h:abc/db`,
      `postgresql://u:${canary}@h/db?connect_timeout=x`,
      `postgresql://u:${canary}%zz@h/db`,
      `postgresql://u:${canary}@[::1/db`,
    ]) {
      expect(fails(s)).not.toContain(canary);
    }
  });
});

describe('ADO.NET', () => {
  it('cli#80: the common keys', () => {
    expect(
      parseConnectionString(
        'Host=localhost;Port=5433;Database=postgres;Username=postgres;Password=postgres',
      ),
    ).toMatchObject({
      host: 'localhost',
      port: 5433,
      database: 'postgres',
      user: 'postgres',
      password: 'postgres',
    });
    expect(
      parseConnectionString('Server=db;User Id=user;Pwd=pass;Initial Catalog=c'),
    ).toMatchObject({ host: 'db', user: 'user', password: 'pass', database: 'c' });
    expect(
      parseConnectionString('Host = localhost ; Port = 5432 ; Database = app ;'),
    ).toMatchObject({ host: 'localhost', port: 5432, database: 'app' });
  });

  it('cli#80: quoted values hold ; and =, doubled quotes are literal, junk after the quote dropped', () => {
    expect(parseConnectionString("Host=h;Password='p;a=ss'").password).toBe('p;a=ss');
    expect(parseConnectionString('Host=h;Password="a""b;c"').password).toBe('a"b;c');
    expect(parseConnectionString("Host=h;Password='x' junk;Database=d")).toMatchObject({
      password: 'x',
      database: 'd',
    });
    expect(tokenizeAdoNet(' ;Host=h;;=x;Port=1;')).toEqual([
      { key: 'Host', value: 'h' },
      { key: 'Port', value: '1' },
    ]);
  });

  it('gh-10: a segment without = is an error, named only when it is a known key', () => {
    expect(() => parseConnectionString('Host=h;Port;')).toThrow(
      'segment "Port" has no "=" (write Key=Value pairs separated by ";"; quote a value that holds ";")',
    );
    expect(() => parseConnectionString('novalue;Host=h')).toThrow('segment number 1 has no "="');
    // The tail of an unquoted password holding `;` is not printed.
    let message = '';
    try {
      parseConnectionString('Host=h;Password=abc;s3cr3t-tail;Database=d');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('segment number 3 has no "="');
    expect(message).not.toContain('s3cr3t');
  });

  it('cli#80 + decisions 11: keys and sslmode values are case-insensitive', () => {
    expect(parseConnectionString('Host=h;SSL Mode=Require').sslmode).toBe('require');
    expect(parseConnectionString('host=h;sslmode=VerifyFull').sslmode).toBe('verify-full');
    expect(parseConnectionString('HOST=h;SslMode=verify-ca').sslmode).toBe('verify-ca');
    expect(normalizeAdoSslMode('VerifyCA')).toBe('verify-ca');
    expect(parseConnectionString('Host=h;SslMode=Bogus').sslmode).toBe('Bogus');
  });

  it('cli#80: TLS keys in both spellings', () => {
    expect(parseConnectionString('Host=h;sslcert=/c.crt;sslkey=/c.key')).toMatchObject({
      sslcert: '/c.crt',
      sslkey: '/c.key',
    });
    expect(
      parseConnectionString(
        'Host=h;SSL Cert=/a.crt;SSL Key=/a.key;SSL Root Cert=/ca.crt;SSL Password=kp',
      ),
    ).toMatchObject({
      sslcert: '/a.crt',
      sslkey: '/a.key',
      sslrootcert: '/ca.crt',
      sslpassword: 'kp',
    });
  });

  it('decisions 11: client-only Npgsql keys are understood and never forwarded; Timeout is the connect timeout', () => {
    const p = parseConnectionString(
      'Host=h;Pooling=false;Command Timeout=30;Maximum Pool Size=5;Timeout=12;Search Path=app',
    );
    expect(p.ignoredKeys).toEqual(['Pooling', 'Command Timeout', 'Maximum Pool Size']);
    expect(p.connectTimeoutSeconds).toBe(12);
    expect(p.serverParams).toEqual([['search_path', 'app']]);
    expect(runtimeOption('search_path', 'a b')).toBe('-c search_path=a\\ b');
  });

  it('cli#79: bad port and timeout values, unknown keys, unterminated quotes are errors', () => {
    expect(fails('Host=localhost;Port=abc;Database=mydb')).toMatch(/invalid port "abc"/);
    expect(fails('Host=localhost;Database=mydb;Timeout=abc')).toMatch(/invalid Timeout "abc"/);
    expect(fails('Host=h;Databse=x')).toMatch(/unsupported key "Databse"/);
    const canary = 'Canary-Ado-77';
    const msg = fails(`Host=h;Password='${canary};Database=d`);
    expect(msg).toMatch(/unterminated quoted value for key "Password"/);
    expect(msg).not.toContain(canary);
  });
});
