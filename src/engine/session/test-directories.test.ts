import {
  deriveTestDirectories,
  fileNameOf,
  isFixtureName,
  testDirectoryOf,
} from './test-directories';

describe('deriveTestDirectories', () => {
  it('builds the §7.3 tree: parents, depths, shallow first', () => {
    const rows = deriveTestDirectories([
      './__test__/auth/oauth/test_google.sql',
      './__test__/billing/test_stripe.sql',
      './__test__/auth/_setup.sql',
      './__test__/_setup.sql',
      './__test__/test_basic.sql',
      './__test__/auth/test_login.sql',
    ]);
    expect(rows).toEqual([
      { path: './__test__/', parentPath: null, depth: 0 },
      { path: './__test__/auth/', parentPath: './__test__/', depth: 1 },
      { path: './__test__/billing/', parentPath: './__test__/', depth: 1 },
      { path: './__test__/auth/oauth/', parentPath: './__test__/auth/', depth: 2 },
    ]);
  });

  it('core#65: a gap is skipped, the deep directory hangs under the nearest row, depth counts segments', () => {
    const rows = deriveTestDirectories(['./__test__/_setup.sql', './__test__/sub/deep/test_x.sql']);
    expect(rows).toEqual([
      { path: './__test__/', parentPath: null, depth: 0 },
      { path: './__test__/sub/deep/', parentPath: './__test__/', depth: 2 },
    ]);
  });

  it('separate trees never adopt each other; depth counts from the first dunder segment', () => {
    const rows = deriveTestDirectories([
      './a/__test__/t.sql',
      './b/__test__/x/y/t.sql',
      './src/__test__/unit/t.sql',
      './__test__/nested/__test__/t.sql',
      './__tests__/t.sql',
    ]);
    expect(rows).toEqual([
      { path: './__tests__/', parentPath: null, depth: 0 },
      { path: './a/__test__/', parentPath: null, depth: 0 },
      { path: './__test__/nested/__test__/', parentPath: null, depth: 2 },
      { path: './src/__test__/unit/', parentPath: null, depth: 1 },
      { path: './b/__test__/x/y/', parentPath: null, depth: 2 },
    ]);
  });

  it('a directory holding only a README still gets a row; duplicates collapse', () => {
    expect(
      deriveTestDirectories(['./__test__/README.md', './__test__/notes.md', './x/__test__/a.sql']),
    ).toEqual([
      { path: './__test__/', parentPath: null, depth: 0 },
      { path: './x/__test__/', parentPath: null, depth: 0 },
    ]);
  });

  it('nested dunder directories attach to the nearest row above them', () => {
    expect(deriveTestDirectories(['./__test__/a.sql', './__test__/nested/__test__/b.sql'])).toEqual(
      [
        { path: './__test__/', parentPath: null, depth: 0 },
        { path: './__test__/nested/__test__/', parentPath: './__test__/', depth: 2 },
      ],
    );
  });

  it('returns nothing for no test files', () => {
    expect(deriveTestDirectories([])).toEqual([]);
  });
});

describe('path helpers', () => {
  it('splits directory and file name', () => {
    expect(testDirectoryOf('./__test__/auth/test_login.sql')).toBe('./__test__/auth/');
    expect(fileNameOf('./__test__/auth/test_login.sql')).toBe('test_login.sql');
  });

  it('core#77: fixture names are _setup.sql and _setup.psql in any case, nothing else', () => {
    for (const n of ['_setup.sql', '_SETUP.PSQL', '_Setup.sql', '_setup.Psql'])
      expect(isFixtureName(n)).toBe(true);
    for (const n of ['_setup.pgsql', 'setup.sql', '_setup.sql.bak', '_teardown.sql', 'x_setup.sql'])
      expect(isFixtureName(n)).toBe(false);
  });
});
