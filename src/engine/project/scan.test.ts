import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  ConfigError,
  DeploySqlMissingError,
  ExitCode,
  PgmiError,
  exitCodeFor,
  formatError,
} from '../errors';
import { rawChecksum } from './checksum';
import { isFixtureName, pathFields } from './sql-files';
import { readDeploySql, scanProject } from './scan';
import { osReason } from './walk';

const ID = '550e8400-e29b-41d4-a716-446655440000';
const META = (id = ID) => `/* <pgmi-meta id="${id}" idempotent="true"></pgmi-meta> */\n`;

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pgmi-scan-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function put(rel: string, content: string | Buffer = 'SELECT 1;'): void {
  const abs = join(root, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

async function scanError(
  options: Parameters<typeof scanProject>[1] = {},
  at = root,
): Promise<PgmiError> {
  try {
    await scanProject(at, options);
  } catch (err) {
    expect(err).toBeInstanceOf(PgmiError);
    return err as PgmiError;
  }
  throw new Error('expected the scan to fail');
}

const paths = async (options: Parameters<typeof scanProject>[1] = {}) =>
  (await scanProject(root, options)).files.map((f) => f.path);

describe('scanProject: what is scanned', () => {
  it('cli#1: root deploy.sql excluded; ./ paths without backslashes; checksums and content', async () => {
    put('deploy.sql', 'SELECT 1;');
    put('migrations/001_users.sql', 'CREATE TABLE users (id int);');
    put('migrations/002_orders.sql', 'CREATE TABLE orders (id int);');
    put('config.yaml', 'a: 1\n');
    const result = await scanProject(root, { requireDeploySql: true });
    expect(result.root).toBe(resolve(root));
    expect(result.files.map((f) => f.path)).toEqual([
      './config.yaml',
      './migrations/001_users.sql',
      './migrations/002_orders.sql',
    ]);
    for (const f of result.files) {
      expect(f.path.startsWith('./')).toBe(true);
      expect(f.path).not.toContain('\\');
      expect(f.content.length).toBeGreaterThan(0);
      expect(f.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(f.pgmiChecksum).toMatch(/^[0-9a-f]{64}$/);
      expect(f.sizeBytes).toBe(Buffer.byteLength(f.content));
    }
    const users = result.files[1];
    expect(users).toMatchObject({
      isSql: true,
      isTest: false,
      content: 'CREATE TABLE users (id int);',
    });
    expect(users.checksum).toBe(rawChecksum('CREATE TABLE users (id int);'));
    expect(result.files[0].isSql).toBe(false);
  });

  it('cli#2: depths and directories of nested files', async () => {
    put('root.sql');
    put('level1/a.sql');
    put('level1/level2/b.sql');
    const fields = (await paths()).map(pathFields);
    expect(fields.map((f) => [f.depth, f.directory, f.name])).toEqual([
      [1, './level1/', 'a.sql'],
      [2, './level1/level2/', 'b.sql'],
      [0, './', 'root.sql'],
    ]);
  });

  it('cli#3 / cli#4: hidden segments, node_modules and __pycache__ are never read', async () => {
    put('.git/index', Buffer.from('DIRC\0\0\0\x02binary'));
    put('.venv/lib/site.py', 'x');
    put('node_modules/pkg/index.js', Buffer.from([0xff, 0xfe]));
    put('api/__pycache__/gen.cpython-312.pyc', Buffer.from([0, 1, 2]));
    put('.env', 'PGPASSWORD=x');
    put('sub/.hidden.sql', 'SELECT 1;');
    put('migrations/001_users.sql');
    put('__test__/test_users.sql');
    expect(await paths()).toEqual(['./__test__/test_users.sql', './migrations/001_users.sql']);
  });

  it('cli#15: only the root deploy.sql (any case) is skipped', async () => {
    put('Deploy.SQL');
    put('examples/deploy.sql');
    expect(await paths()).toEqual(['./examples/deploy.sql']);
  });

  it('core#40: the listed project yields 6 files in walk (byte) order', async () => {
    for (const p of ['migrations/001.sql', 'migrations/001.sql~', 'README.md', 'sub/deploy.sql', '.env',
      '.git/x', 'node_modules/a.js', '__pycache__/c.pyc', '__test__/test_a.sql', '__test__/notes.md']) put(p); // prettier-ignore
    const files = (await scanProject(root)).files;
    expect(files.map((f) => f.path)).toEqual([
      './README.md',
      './__test__/notes.md',
      './__test__/test_a.sql',
      './migrations/001.sql',
      './migrations/001.sql~',
      './sub/deploy.sql',
    ]);
    expect(files.filter((f) => f.isSql && !f.isTest).map((f) => f.path)).toEqual([
      './migrations/001.sql',
      './sub/deploy.sql',
    ]);
  });

  it('walk order: directory entries by byte order of names, depth-first', async () => {
    for (const p of ['a-b.sql', 'a/z.sql', 'B.sql', '_x.sql', 'a.sql', 'é.sql', 'z.sql']) put(p);
    expect(await paths()).toEqual([
      './B.sql',
      './_x.sql',
      './a/z.sql',
      './a-b.sql',
      './a.sql',
      './z.sql',
      './é.sql',
    ]);
  });

  it('walk order is UTF-8 byte order where UTF-16 order differs (a name beyond U+FFFF)', async () => {
    // U+FF01 is EF BC 81 in UTF-8, U+1F600 is F0 9F 98 80; in UTF-16 the emoji's high surrogate
    // (D83D) sorts before FF01.
    for (const p of ['\u{1F600}.sql', '\uFF01.sql', 'a.sql', '\uE000.sql']) put(p);
    expect(await paths()).toEqual(['./a.sql', './\uE000.sql', './\uFF01.sql', './\u{1F600}.sql']);
  });

  it('a name holding U+FFFD itself (valid UTF-8) is scanned, in byte order', async () => {
    for (const p of ['z.sql', '\uFFFD.sql', 'b.sql', 'sub/\uFFFD\uFFFD.sql']) put(p, `-- ${p}`);
    const files = (await scanProject(root)).files;
    expect(files.map((f) => f.path)).toEqual([
      './b.sql',
      './sub/\uFFFD\uFFFD.sql',
      './z.sql',
      './\uFFFD.sql',
    ]);
    expect(files[3].content).toBe('-- \uFFFD.sql');
  });

  it('files read into shared buffers keep their own bytes, across buffer boundaries', async () => {
    // About 4 MiB of small files, each different, and a file larger than the room left.
    const expected = new Map<string, string>();
    for (let i = 0; i < 120; i++) {
      const rel = `m/${String(i).padStart(3, '0')}.sql`;
      const text = `-- ${i}\n` + String.fromCharCode(97 + (i % 26)).repeat(20000 + i * 97);
      put(rel, text);
      expected.set(`./${rel}`, text);
    }
    const big = 'x'.repeat(900 * 1024) + 'END';
    put('m/050a.sql', big);
    expected.set('./m/050a.sql', big);
    const files = (await scanProject(root)).files;
    expect(files).toHaveLength(expected.size);
    for (const f of files) {
      expect(f.content).toBe(expected.get(f.path));
      expect(f.checksum).toBe(rawChecksum(expected.get(f.path) as string));
    }
  });

  it('cli#12 / cli#13: test files, fixtures, malformed metadata inside tests, plain test/ dirs', async () => {
    put('schema/__test__/test_f.sql', '/* <pgmi-meta id="broken" */');
    put('test/test.sql');
    put('__test__/_SETUP.SQL');
    put('__test__/_setup.pgsql');
    put('__test__/README.md', '# notes');
    const files = (await scanProject(root)).files;
    const byPath = Object.fromEntries(files.map((f) => [f.path, f]));
    expect(byPath['./schema/__test__/test_f.sql']).toMatchObject({ isTest: true, isSql: true });
    expect(byPath['./schema/__test__/test_f.sql'].metadata).toBeUndefined();
    expect(byPath['./test/test.sql'].isTest).toBe(false);
    expect(isFixtureName('_SETUP.SQL')).toBe(true);
    expect(byPath['./__test__/_setup.pgsql'].isSql).toBe(true);
    expect(byPath['./__test__/README.md']).toMatchObject({ isTest: true, isSql: false });
    expect(files).toHaveLength(5);
  });

  it('metadata is parsed for non-test SQL files only', async () => {
    put('a.sql', `${META()}SELECT 1;`);
    put('notes.md', META('12345678-1234-5678-1234-567812345678'));
    const [a, notes] = (await scanProject(root)).files;
    expect(a.metadata).toEqual({ id: ID, idempotent: true, sortKeys: [], description: '' });
    expect(notes.metadata).toBeUndefined();
  });

  it('cli#7 / core#42: a BOM is removed before content, size and checksums', async () => {
    put(
      'migrations/001_bom.sql',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('CREATE TABLE t (id int);')]),
    );
    put('migrations/002_plain.sql', 'CREATE TABLE t (id int);');
    const [bom, plain] = (await scanProject(root)).files;
    expect(bom.content).toBe('CREATE TABLE t (id int);');
    expect(bom.sizeBytes).toBe(24);
    expect(bom.checksum).toBe(plain.checksum);
    expect(bom.pgmiChecksum).toBe(plain.pgmiChecksum);
  });

  it('a project root that is a symlink to a directory is accepted', async () => {
    put('real/a.sql');
    const link = join(root, 'link-to-real');
    symlinkSync(join(root, 'real'), link);
    const result = await scanProject(link);
    expect(result.files.map((f) => f.path)).toEqual(['./a.sql']);
  });

  it('scans 5000 small files, keeping walk order', async () => {
    const expected: string[] = [];
    for (let d = 0; d < 50; d++) {
      for (let f = 0; f < 100; f++) {
        const rel = `d${String(d).padStart(2, '0')}/f${String(f).padStart(3, '0')}.sql`;
        put(rel, `SELECT ${d * 100 + f};`);
        expected.push(`./${rel}`);
      }
    }
    const files = (await scanProject(root)).files;
    expect(files.map((f) => f.path)).toEqual(expected);
    expect(files[4999].content).toBe('SELECT 4999;');
  });
});

describe('scanProject: project path and deploy.sql checks', () => {
  it('cli#16 / core#16: a missing path and a file are config errors, path printed verbatim', async () => {
    const missing = join(root, 'no such dir');
    const err = await scanError({}, missing);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toBe(`invalid configuration: project path "${missing}" does not exist`);
    put('file.txt');
    const file = join(root, 'file.txt');
    const err2 = await scanError({}, file);
    expect(err2).toBeInstanceOf(ConfigError);
    expect(err2.message).toBe(
      `invalid configuration: "${file}" is a file; pass the project directory`,
    );
  });

  it('cli#17 / core#5: without deploy.sql → exit 14 with the expected path and a pgmi init hint', async () => {
    put('a.sql');
    const err = await scanError({ requireDeploySql: true });
    expect(err).toBeInstanceOf(DeploySqlMissingError);
    expect(exitCodeFor(err)).toBe(ExitCode.DeploySqlMissing);
    expect(err.message).toBe(`deploy.sql not found in ${root}`);
    expect(err.hints).toEqual([
      `expected: ${join(root, 'deploy.sql')} — run \`pgmi init\` to scaffold one`,
    ]);
    // Metadata commands do not need it.
    await expect(scanProject(root)).resolves.toBeDefined();
  });

  it('cli#16, gh-10: deploy.sql that is a directory fails with exit 10 mentioning "directory"', async () => {
    mkdirSync(join(root, 'deploy.sql'));
    const err = await scanError({ requireDeploySql: true });
    expect(exitCodeFor(err)).toBe(ExitCode.Config);
    expect(err.message).toContain('directory');
  });

  it('a symlinked deploy.sql satisfies the check and is read through the link', async () => {
    put('real.sql.txt', 'SELECT 42;');
    symlinkSync(join(root, 'real.sql.txt'), join(root, 'deploy.sql'));
    await expect(scanProject(root, { requireDeploySql: true })).resolves.toBeDefined();
    expect(await readDeploySql(root)).toBe('SELECT 42;');
  });
});

describe('scanProject: rejected files', () => {
  it('cli#5 / core#20 (decisions.md 14): a NUL byte is a config error naming the file once, offering .pgmiignore', async () => {
    put('data/blob.bin', Buffer.from('ok\0binary'));
    const err = await scanError();
    expect(err).toBeInstanceOf(ConfigError);
    expect(exitCodeFor(err)).toBe(ExitCode.Config);
    const text = formatError(err);
    expect(text).toContain('contains a NUL byte');
    expect(text.split('./data/blob.bin')).toHaveLength(2);
    expect(text.split('data/blob.bin')).toHaveLength(2);
    // In the message itself, not only a hint: --json, MCP and the Action show messages.
    expect(err.message).toContain('add its path to .pgmiignore');
    expect(err.failedFile).toBe('./data/blob.bin');
  });

  it('core#20: the same file under a hidden directory is ignored', async () => {
    put('.assets/blob.bin', Buffer.from('ok\0binary'));
    put('a.sql');
    expect(await paths()).toEqual(['./a.sql']);
  });

  it('cli#6 (decisions.md 14): invalid UTF-8 is a config error with the offset', async () => {
    put('data/bad.txt', Buffer.from([0x61, 0xff, 0xfe]));
    const err = await scanError();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain(
      './data/bad.txt is not valid UTF-8 (first invalid byte at offset 1)',
    );
    expect(err.message).toContain('.pgmiignore');
  });

  it('decisions.md 14: .pgmiignore (gitignore syntax) excludes files and directories from the scan', async () => {
    put('data/blob.bin', Buffer.from('ok\0binary'));
    put('assets/img/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    put('assets/keep.txt', 'keep');
    put('docs/a.pdf', Buffer.from([0xff]));
    put('docs/readme.md', '# ok');
    put('a.sql');
    put('.pgmiignore', '\ufeff# binaries\n/data/blob.bin\nassets/img/\n*.pdf\n');
    expect(await paths()).toEqual(['./a.sql', './assets/keep.txt', './docs/readme.md']);
  });

  it('.pgmiignore also silences symlinks and bad names', async () => {
    put('target.sql');
    symlinkSync(join(root, 'target.sql'), join(root, 'link.sql'));
    put('odd\\name.sql');
    put('.pgmiignore', 'link.sql\nodd*\n');
    expect(await paths()).toEqual(['./target.sql']);
  });

  it('cli#9, gh-10: PGMI_MAX_FILE_SIZE caps file size (exit 10, size, cap, variable); a non-number means 10 MiB', async () => {
    put('a.sql', '12345678901');
    const err = await scanError({ env: { PGMI_MAX_FILE_SIZE: '10' } });
    expect(exitCodeFor(err)).toBe(ExitCode.Config);
    const text = formatError(err);
    expect(text).toContain('./a.sql is 11 bytes');
    expect(text).toContain('10-byte limit');
    expect(text).toContain('PGMI_MAX_FILE_SIZE');
    for (const value of ['abc', '0', '-5', '']) {
      await expect(
        scanProject(root, { env: { PGMI_MAX_FILE_SIZE: value } }),
      ).resolves.toBeDefined();
    }
    await expect(scanProject(root, { env: { PGMI_MAX_FILE_SIZE: '11' } })).resolves.toBeDefined();
    await expect(scanProject(root, { maxFileSize: 5, env: {} })).rejects.toThrow('5-byte limit');
  });

  it('cli#10, gh-10: a symlink is refused (exit 10); the same link under a hidden directory is ignored', async () => {
    put('target.sql');
    symlinkSync(join(root, 'target.sql'), join(root, 'link.sql'));
    const err = await scanError();
    expect(exitCodeFor(err)).toBe(ExitCode.Config);
    expect(err.message).toBe(
      'refusing to read symlink ./link.sql: pgmi does not follow symbolic links',
    );
    rmSync(join(root, 'link.sql'));
    mkdirSync(join(root, '.cache'));
    symlinkSync(join(root, 'target.sql'), join(root, '.cache', 'link.sql'));
    expect(await paths()).toEqual(['./target.sql']);
  });

  it('a symlink to a directory is refused too', async () => {
    put('real/a.sql');
    symlinkSync(join(root, 'real'), join(root, 'zlink'));
    expect((await scanError()).message).toContain('refusing to read symlink ./zlink');
  });

  it('cli#11 / core#17: unsupported dunder directories are config errors naming both spellings', async () => {
    put('__tets__/test_x.sql');
    const err = await scanError();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toBe(
      'invalid configuration: unsupported directory "__tets__" in path "./__tets__/test_x.sql"; only __test__ and __tests__ are allowed',
    );
    rmSync(join(root, '__tets__'), { recursive: true });
    put('migrations/__foo__/bar.sql');
    expect((await scanError()).message).toContain('"__foo__"');
  });

  it('dunder check covers every segment (a dunder dir right inside __test__ too); file names are fine', async () => {
    put('__init__.py', '');
    put('____/a.sql');
    put('__tests__/ok.sql');
    expect(await paths()).toHaveLength(3);
    put('__test__/__x__/a.sql');
    expect((await scanError()).message).toContain('unsupported directory "__x__"');
  });

  it('file names with a backslash or a trailing space are rejected up front', async () => {
    put('dir/odd\\name.sql');
    const err = await scanError();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain('"./dir/odd\\\\name.sql" contains a backslash');
    rmSync(join(root, 'dir'), { recursive: true });
    put('trailing.sql ');
    expect((await scanError()).message).toContain('"./trailing.sql " ends with a space');
  });

  it('special files (FIFO) are refused instead of blocking the scan', async () => {
    execFileSync('mkfifo', [join(root, 'pipe.sql')]);
    expect((await scanError()).message).toBe(
      './pipe.sql is not a regular file (a socket, FIFO or device)',
    );
  });

  it('files nested deeper than 100 directories are rejected before connecting', async () => {
    const deep = Array.from({ length: 101 }, (_, i) => `d${i}`).join('/');
    put(`${deep}/x.sql`);
    expect((await scanError()).message).toContain('is nested 101 directories deep');
  });

  it('the first failing file in walk order is reported, whatever finishes first', async () => {
    put('a/first.bin', Buffer.from('\0'));
    for (let i = 0; i < 100; i++) put(`b/f${i}.sql`);
    put('c/second.bin', Buffer.from([0xff]));
    put('d/link-target.sql');
    symlinkSync(join(root, 'd/link-target.sql'), join(root, 'd/link.sql'));
    expect((await scanError()).message).toContain('./a/first.bin contains a NUL byte');
    rmSync(join(root, 'a'), { recursive: true });
    expect((await scanError()).message).toContain('./c/second.bin is not valid UTF-8');
    rmSync(join(root, 'c'), { recursive: true });
    expect((await scanError()).message).toContain('refusing to read symlink ./d/link.sql');
  });

  it('a symlink earlier in walk order wins over a later bad file', async () => {
    put('a/target.sql');
    symlinkSync(join(root, 'a/target.sql'), join(root, 'a/link.sql'));
    put('b/bad.bin', Buffer.from('\0'));
    expect((await scanError()).message).toContain('refusing to read symlink ./a/link.sql');
  });

  it('core#19: metadata errors fail the scan (exit 10)', async () => {
    put('m.sql', `/* <pgmi-meta id="${ID}"></pgmi-meta> */`);
    const err = await scanError();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain('invalid PGMI metadata in ./m.sql');
  });

  it('core#18: duplicate ids across files fail the scan (exit 10)', async () => {
    put('migrations/002.sql', META());
    put('migrations/001.sql', META());
    const err = await scanError();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain(`${ID}: ./migrations/001.sql, ./migrations/002.sql`);
    // `metadata validate` reports duplicates itself.
    const { files } = await scanProject(root, { allowDuplicateIds: true });
    expect(files.map((f) => f.metadata?.id)).toEqual([ID, ID]);
  });
});

describe('readDeploySql', () => {
  it('cli#8: BOM stripped; invalid UTF-8 is a config error with the offset', async () => {
    put('deploy.sql', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('SELECT 1;')]));
    expect(await readDeploySql(root)).toBe('SELECT 1;');
    put('deploy.sql', Buffer.concat([Buffer.from('-- caf'), Buffer.from([0xe9])]));
    let caught: unknown;
    try {
      await readDeploySql(root);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as Error).message).toBe(
      'invalid configuration: deploy.sql is not valid UTF-8 (first invalid byte at offset 6); re-save the file as UTF-8 without BOM',
    );
  });

  it('NUL bytes are not checked in deploy.sql; a missing one is exit 14', async () => {
    put('deploy.sql', 'SELECT 1;\0');
    expect(await readDeploySql(root)).toBe('SELECT 1;\0');
    rmSync(join(root, 'deploy.sql'));
    await expect(readDeploySql(root)).rejects.toBeInstanceOf(DeploySqlMissingError);
  });
});

describe('osReason', () => {
  it('drops the absolute path Node appends to OS errors, so files are named once', () => {
    expect(osReason(new Error("EACCES: permission denied, open '/tmp/p/a.sql'"))).toBe(
      'EACCES: permission denied',
    );
    expect(osReason(new Error('plain message'))).toBe('plain message');
  });
});
