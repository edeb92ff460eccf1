import {
  SQL_EXTENSIONS,
  extensionOf,
  genericId,
  isFixtureName,
  isSqlPath,
  isTestPath,
  pathFields,
} from './sql-files';

describe('isSqlPath', () => {
  it('cli#14: the eight extensions in any case are SQL; near misses are not', () => {
    expect(SQL_EXTENSIONS).toEqual([
      '.sql',
      '.ddl',
      '.dml',
      '.dql',
      '.dcl',
      '.psql',
      '.pgsql',
      '.plpgsql',
    ]);
    for (const ext of [...SQL_EXTENSIONS, '.SQL', '.PLPGSQL', '.PlPgSql', '.Ddl']) {
      expect(isSqlPath(`./dir/file${ext}`)).toBe(true);
    }
    for (const p of [
      'x.go',
      'x.py',
      'x.txt',
      'x.md',
      'Makefile',
      'x.sqlx',
      'x.sql.bak',
      'x.sql~',
    ]) {
      expect(isSqlPath(`./${p}`)).toBe(false);
    }
  });

  it('looks at the final segment only', () => {
    expect(isSqlPath('./dir.sql/readme')).toBe(false);
    expect(extensionOf('./a.b/c')).toBe('');
    expect(extensionOf('./archive.tar.gz')).toBe('.gz');
    expect(extensionOf('./notes.')).toBe('.');
  });
});

describe('isTestPath / isFixtureName', () => {
  it('cli#12: __test__/__tests__ segments anywhere; a plain test/ directory is not a test dir', () => {
    expect(isTestPath('./__test__/a.sql')).toBe(true);
    expect(isTestPath('./schema/__tests__/b.sql')).toBe(true);
    expect(isTestPath('./schema/__test__/deep/c.txt')).toBe(true);
    expect(isTestPath('./test/test.sql')).toBe(false);
    expect(isTestPath('./x__test__/a.sql')).toBe(false);
    expect(isTestPath('./__test__.sql')).toBe(false);
  });

  it('cli#13: _setup.sql and _setup.psql in any case are fixtures; nothing else', () => {
    for (const n of ['_setup.sql', '_SETUP.SQL', '_Setup.Psql', '_SETUP.PSQL']) {
      expect(isFixtureName(n)).toBe(true);
    }
    for (const n of ['_setup.pgsql', 'setup.sql', '_setup.sql.bak', '_teardown.sql']) {
      expect(isFixtureName(n)).toBe(false);
    }
  });
});

describe('genericId', () => {
  it('cli#42: MD5 of the ./-prefixed path as a UUID (verified vectors)', () => {
    expect(genericId('./migrations/001_users.sql')).toBe('8cb96d1a-b6fc-e524-d4f0-95b95baba1da');
    expect(genericId('./migrations/001.sql')).toBe('18a606ed-2992-a4e9-70c1-b9c7044ab9b8');
    expect(genericId('./deploy.sql')).toBe('61763208-d7be-dc78-8e66-7cba34532d90');
  });

  it('cli#42: case- and prefix-sensitive', () => {
    const base = genericId('./migrations/001_users.sql');
    expect(genericId('./migrations/001_Users.sql')).not.toBe(base);
    expect(genericId('migrations/001_users.sql')).not.toBe(base);
  });

  it('spec 3.9: the upstream scaffold id is the MD5 of "./" + the ./-prefixed path', () => {
    expect(genericId('././migrations/001.sql')).toBe('6725fabe-a90d-d5fd-4d24-7085e7c3ce15');
  });
});

describe('pathFields', () => {
  it('cli#2: depth, directory and name for root and nested files', () => {
    expect(pathFields('./root.sql')).toEqual({
      name: 'root.sql',
      directory: './',
      depth: 0,
      extension: '.sql',
    });
    expect(pathFields('./level1/a.sql')).toMatchObject({ directory: './level1/', depth: 1 });
    expect(pathFields('./level1/level2/b.sql')).toMatchObject({
      name: 'b.sql',
      directory: './level1/level2/',
      depth: 2,
    });
    expect(pathFields('./db/api/users.SQL').extension).toBe('.SQL');
  });
});
