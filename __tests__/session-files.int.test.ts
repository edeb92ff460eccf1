/**
 * How project files land in the session (session-api.md §2.2, §3.1, §4.7, §4.8, §5): derived
 * columns, normalisation, constraints, metadata rows and pgmi_plan_view.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { createTestDatabase, dropTestDatabase } from './helpers/db';
import {
  createLinguisticDatabase,
  meta,
  preparedSession,
  projectFile,
  sessionClient,
  sha256,
} from './helpers/session-fixtures';
import { prepareSession } from '../src/engine/session/prepare';

const HEX64 = 'a'.repeat(64);
let db: string;

beforeAll(async () => {
  db = await createTestDatabase('session_files');
});
afterAll(async () => {
  await dropTestDatabase(db);
});

async function withSession<T>(
  files: Parameters<typeof preparedSession>[1],
  fn: (c: pg.Client) => Promise<T>,
  database = db,
): Promise<T> {
  const { client } = await preparedSession(database, files);
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function md5Uuid(text: string): string {
  const h = createHash('md5').update(text, 'utf8').digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

describe('pgmi_source_view', () => {
  it('core#41: derived columns of nested, root and suffix-less files', async () => {
    await withSession(
      [
        projectFile('./migrations/x/001.psql', 'SELECT 1;'),
        projectFile('./root.sql', 'SELECT 2;'),
        projectFile('./notes.txt~', 'backup'),
        projectFile('./__test__/test_a.sql', 'SELECT 3;'),
      ],
      async (c) => {
        const { rows } = await c.query(
          `SELECT path, name, directory, extension, depth, path_parts, is_sql_file, is_test_file,
                  parent_folder_name
             FROM pgmi_source_view ORDER BY path COLLATE "C"`,
        );
        expect(rows).toEqual([
          {
            path: './migrations/x/001.psql',
            name: '001.psql',
            directory: './migrations/x/',
            extension: '.psql',
            depth: 2,
            path_parts: ['.', 'migrations', 'x', '001.psql'],
            is_sql_file: true,
            is_test_file: false,
            parent_folder_name: 'x',
          },
          {
            path: './notes.txt~',
            name: 'notes.txt~',
            directory: './',
            extension: '',
            depth: 0,
            path_parts: ['.', 'notes.txt~'],
            is_sql_file: false,
            is_test_file: false,
            parent_folder_name: null,
          },
          {
            path: './root.sql',
            name: 'root.sql',
            directory: './',
            extension: '.sql',
            depth: 0,
            path_parts: ['.', 'root.sql'],
            is_sql_file: true,
            is_test_file: false,
            parent_folder_name: null,
          },
        ]);
      },
    );
  });

  it('checksums still being computed when the files go out are set before the session is usable', async () => {
    const files = [
      projectFile('./a.sql', 'SELECT 1;'),
      projectFile('./b.sql', 'SELECT 2;'),
      projectFile('./c.sql', 'SELECT 3;'),
    ];
    const expected = files.map((f) => [f.checksum, f.pgmiChecksum]);
    // As a deploy hands them over: the upload does not wait for them, they arrive later (a large
    // file's SHA-256 of the bytes too).
    files[1].pgmiChecksum = '';
    files[2].pgmiChecksum = '';
    files[2].checksum = '';
    const ready = new Promise<void>((resolve) =>
      setTimeout(() => {
        files[1].pgmiChecksum = expected[1][1];
        [files[2].checksum, files[2].pgmiChecksum] = expected[2];
        resolve();
      }, 300),
    );
    const s = await sessionClient(db);
    try {
      await prepareSession(s.client, { files, params: {}, checksumsReady: ready });
      const { rows } = await s.client.query(
        'SELECT path, checksum, pgmi_checksum FROM pgmi_source_view ORDER BY path',
      );
      expect(rows).toEqual(
        files.map((f, i) => ({
          path: f.path,
          checksum: expected[i][0],
          pgmi_checksum: expected[i][1],
        })),
      );
    } finally {
      await s.client.end();
    }
  });

  it('a checksum that never arrives fails the preparation: no session tables', async () => {
    const files = [projectFile('./a.sql', 'SELECT 1;')];
    files[0].pgmiChecksum = '';
    const s = await sessionClient(db);
    try {
      await expect(
        prepareSession(s.client, { files, params: {}, checksumsReady: Promise.resolve() }),
      ).rejects.toThrow(/1 checksums to set after the upload, 1 never computed, 0 set/);
      const { rows } = await s.client.query(
        "SELECT to_regclass('pg_temp._pgmi_source') IS NULL AS gone",
      );
      expect(rows).toEqual([{ gone: true }]);
    } finally {
      await s.client.end();
    }
  });

  it('core#42: a BOM-prefixed file is stored without the BOM; size and checksum are of the rest', async () => {
    const raw = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('SELECT 1; -- café\n', 'utf8'),
    ]);
    await withSession([projectFile('./bom.sql', raw)], async (c) => {
      const [r] = (
        await c.query(
          `SELECT content, size_bytes, checksum FROM pgmi_source_view WHERE path = './bom.sql'`,
        )
      ).rows;
      expect(r.content).toBe('SELECT 1; -- café\n');
      expect(Number(r.size_bytes)).toBe(raw.length - 3);
      expect(r.checksum).toBe(sha256(raw.subarray(3)));
    });
  });

  it('stores content, sizes and both checksums exactly as loaded (multi-byte text too)', async () => {
    const f = projectFile('./u.sql', "SELECT 'ü€𝄞';\r\n");
    await withSession([f], async (c) => {
      const [r] = (await c.query(`SELECT * FROM pgmi_source_view`)).rows;
      expect([r.content, Number(r.size_bytes), r.checksum, r.pgmi_checksum]).toEqual([
        f.content,
        f.sizeBytes,
        f.checksum,
        f.pgmiChecksum,
      ]);
    });
  });
});

describe('pgmi_register_file and pgmi_is_sql_file', () => {
  let client: pg.Client;
  beforeAll(async () => {
    ({ client } = await preparedSession(db, []));
  });
  afterAll(async () => {
    await client.end();
  });

  const register = async (path: string) =>
    (
      await client.query(
        `SELECT (r).path, (r).name, (r).directory, (r).extension, (r).depth, (r).parent_folder_name
           FROM (SELECT pg_temp.pgmi_register_file($1, 'x', $2, $2) AS r) s`,
        [path, HEX64],
      )
    ).rows[0];

  it('normalises paths as §4.8 says', async () => {
    expect(await register('b.SQL')).toMatchObject({ path: './b.SQL', extension: '.SQL' });
    expect(await register('/abs.sql')).toMatchObject({ path: './abs.sql', depth: 0 });
    expect(await register('.//dd//e.ddl')).toMatchObject({
      path: './dd/e.ddl',
      directory: './dd/',
      depth: 1,
      parent_folder_name: 'dd',
    });
    expect(await register('  ./sp ace.sql  ')).toMatchObject({ path: './sp ace.sql' });
    expect(await register('.\\win\\x.pgsql')).toMatchObject({
      path: './win/x.pgsql',
      directory: './win/',
    });
  });

  it('derives extensions from the final suffix only', async () => {
    const ext = async (p: string) => (await register(p)).extension;
    expect(await ext('./trail.')).toBe('');
    expect(await ext('./Makefile')).toBe('');
    expect(await ext('./z.sql.bak')).toBe('.bak');
    expect(await ext('./n.txt~')).toBe('');
  });

  it('rejects duplicates, test paths, malformed checksums and depth over 100', async () => {
    const fail = async (path: string, checksum = HEX64) => {
      try {
        await client.query(`SELECT pg_temp.pgmi_register_file($1, 'x', $2, $3)`, [
          path,
          checksum,
          HEX64,
        ]);
      } catch (e) {
        const err = e as { code?: string; constraint?: string };
        return `${err.code}:${err.constraint}`;
      }
      return 'ok';
    };
    expect(await fail('./dup.sql')).toBe('ok');
    expect(await fail('./dup.sql')).toBe('23505:_pgmi_source_pkey');
    expect(await fail('./__test__/t.sql')).toBe('23514:chk_path_is_not_test');
    expect(await fail('./x/__tests__/t.sql')).toBe('23514:chk_path_is_not_test');
    expect(await fail('./bad.sql', 'xyz')).toBe('23514:chk_checksum_format');
    expect(await fail('./short.sql', 'ab'.repeat(16))).toBe('ok');
    const deep = (n: number) =>
      './' + Array.from({ length: n }, (_, i) => `d${i}`).join('/') + '/f.sql';
    expect(await fail(deep(100))).toBe('ok');
    expect(await fail(deep(101))).toBe('23514:chk_depth_reasonable');
    expect(await fail('./dir/')).toBe('23514:chk_name_no_whitespace_only');
  });

  it('pgmi_is_sql_file: the eight extensions, any case, final suffix only', async () => {
    const { rows } = await client.query<{ f: string; ok: boolean }>(
      `SELECT f, pg_temp.pgmi_is_sql_file(f) AS ok FROM unnest($1::text[]) f`,
      [
        [
          'a.sql',
          'a.DDL',
          'a.dml',
          'a.dql',
          'a.dcl',
          'a.psql',
          'x.PgSql',
          'a.plpgsql',
          '001.sql.bak',
          'sql',
          'a.sqlx',
          'a.sql~',
          'a.txt',
        ],
      ],
    );
    expect(Object.fromEntries(rows.map((r) => [r.f, r.ok]))).toEqual({
      'a.sql': true,
      'a.DDL': true,
      'a.dml': true,
      'a.dql': true,
      'a.dcl': true,
      'a.psql': true,
      'x.PgSql': true,
      'a.plpgsql': true,
      '001.sql.bak': false,
      sql: false,
      'a.sqlx': false,
      'a.sql~': false,
      'a.txt': false,
    });
  });
});

describe('the loader and pgmi_register_file agree', () => {
  const oddPaths = [
    'b.SQL',
    '/abs.sql',
    './/dd//e.ddl',
    '  ./sp ace.sql  ',
    '.\\win\\x.pgsql',
    './a/b/c/d.psql',
    './Makefile',
    './trail.',
    './z.sql.bak',
    './notes.txt~',
    './.hidden',
    './x/.env.local',
    './ünï/cödé.sql',
    './a b/c d.SQL',
    '././twice.sql',
  ];

  it('bulk loading derives exactly the rows the function derives, for ordinary and odd paths', async () => {
    const files = oddPaths.map((p, i) => projectFile(p, `SELECT ${i}; -- é`));
    const viaLoader = await withSession(
      files,
      async (c) => (await c.query('SELECT * FROM pgmi_source_view ORDER BY path COLLATE "C"')).rows,
    );
    const viaFunction = await withSession([], async (c) => {
      for (const f of files) {
        await c.query('SELECT pg_temp.pgmi_register_file($1, $2, $3, $4)', [
          f.path,
          f.content,
          f.checksum,
          f.pgmiChecksum,
        ]);
      }
      return (await c.query('SELECT * FROM pgmi_source_view ORDER BY path COLLATE "C"')).rows;
    });
    expect(viaLoader).toHaveLength(oddPaths.length);
    expect(viaLoader).toEqual(viaFunction);
  });

  it('bulk loading fails on the same constraints as the function', async () => {
    const code = async (files: ReturnType<typeof projectFile>[]) => {
      try {
        await withSession(files, async () => undefined);
      } catch (e) {
        const err = e as { code?: string; constraint?: string };
        return `${err.code}:${err.constraint}`;
      }
      return 'ok';
    };
    const deep = (n: number) =>
      './' + Array.from({ length: n }, (_, i) => `d${i}`).join('/') + '/f.sql';
    expect(await code([projectFile(deep(100), 'x')])).toBe('ok');
    expect(await code([projectFile(deep(101), 'x')])).toBe('23514:chk_depth_reasonable');
    expect(await code([projectFile('./a.sql', 'x'), projectFile('a.sql', 'y')])).toBe(
      '23505:_pgmi_source_pkey',
    );
    expect(await code([{ ...projectFile('./c.sql', 'x'), checksum: 'nothex' }])).toBe(
      '23514:chk_checksum_format',
    );
  });
});

describe('pgmi_plan_view', () => {
  const planOrderFiles = () => [
    projectFile('./fallback_a.sql', 'SELECT 1;'),
    projectFile('./fallback-b.sql', 'SELECT 1;'),
    projectFile('./migrations/002_data.sql', 'SELECT 1;'),
    projectFile('./setup/functions.sql', 'SELECT 1;'),
    projectFile(
      './first.sql',
      'SELECT 1;',
      meta('11111111-1111-4111-8111-111111111111', ['001/000']),
    ),
    projectFile(
      './last.sql',
      'SELECT 1;',
      meta('22222222-2222-4222-8222-222222222222', ['999/000']),
    ),
  ];
  const expectedOrder = [
    './fallback-b.sql',
    './fallback_a.sql',
    './migrations/002_data.sql',
    './setup/functions.sql',
    './first.sql',
    './last.sql',
  ];

  it('core#44: execution_order is byte order of (sort_key, path) on a linguistic-collation database', async () => {
    const ling = await createLinguisticDatabase('session_plan_ling');
    try {
      await withSession(
        planOrderFiles(),
        async (c) => {
          // Precondition: the database collation itself orders these differently.
          const dbOrder = (
            await c.query<{ path: string }>('SELECT path FROM pgmi_plan_view ORDER BY sort_key')
          ).rows.map((r) => r.path);
          expect(dbOrder).not.toEqual(expectedOrder);
          const { rows } = await c.query<{ path: string; execution_order: string }>(
            'SELECT path, execution_order FROM pgmi_plan_view ORDER BY execution_order',
          );
          expect(rows.map((r) => r.path)).toEqual(expectedOrder);
          expect(rows.map((r) => Number(r.execution_order))).toEqual([1, 2, 3, 4, 5, 6]);
        },
        ling.name,
      );
    } finally {
      await dropTestDatabase(ling.name);
    }
  });

  it('core#45: multi-phase files appear once per key; defaults without metadata; empty sort keys fall back to the path', async () => {
    await withSession(
      [
        projectFile(
          './two.sql',
          'SELECT 2;',
          meta(
            '33333333-3333-4333-8333-333333333333',
            ['000/020', '005/010'],
            false,
            ' Two\n phases ',
          ),
        ),
        projectFile(
          './mid.sql',
          'SELECT 1;',
          meta('44444444-4444-4444-8444-444444444444', ['003/000']),
        ),
        projectFile('./nokeys.sql', 'SELECT 3;', meta('55555555-5555-4555-8555-555555555555')),
        projectFile('./plain.sql', 'SELECT 4;'),
      ],
      async (c) => {
        const { rows } = await c.query(
          `SELECT path, sort_key, execution_order::int AS o, id, idempotent, description
             FROM pgmi_plan_view ORDER BY execution_order`,
        );
        expect(rows).toEqual([
          {
            path: './nokeys.sql',
            sort_key: './nokeys.sql',
            o: 1,
            id: '55555555-5555-4555-8555-555555555555',
            idempotent: true,
            description: '',
          },
          {
            path: './plain.sql',
            sort_key: './plain.sql',
            o: 2,
            id: null,
            idempotent: true,
            description: '',
          },
          {
            path: './two.sql',
            sort_key: '000/020',
            o: 3,
            id: '33333333-3333-4333-8333-333333333333',
            idempotent: false,
            description: ' Two\n phases ',
          },
          {
            path: './mid.sql',
            sort_key: '003/000',
            o: 4,
            id: '44444444-4444-4444-8444-444444444444',
            idempotent: true,
            description: '',
          },
          {
            path: './two.sql',
            sort_key: '005/010',
            o: 5,
            id: '33333333-3333-4333-8333-333333333333',
            idempotent: false,
            description: ' Two\n phases ',
          },
        ]);
        const meta = await c.query(
          `SELECT path, sort_keys FROM pgmi_source_metadata_view ORDER BY path COLLATE "C"`,
        );
        expect(meta.rows).toEqual([
          { path: './mid.sql', sort_keys: ['003/000'] },
          { path: './nokeys.sql', sort_keys: [] },
          { path: './two.sql', sort_keys: ['000/020', '005/010'] },
        ]);
      },
    );
  });

  it('core#46: generic_id is md5(path) as a UUID, case-sensitive and stable across sessions', async () => {
    const files = () => [
      projectFile('./migrations/001_users.sql', 'SELECT 1;'),
      projectFile('./A.sql', 'SELECT 1;'),
      projectFile('./a.sql', 'SELECT 1;'),
    ];
    const read = () =>
      withSession(files(), async (c) =>
        Object.fromEntries(
          (await c.query('SELECT path, generic_id FROM pgmi_plan_view')).rows.map((r) => [
            r.path,
            r.generic_id,
          ]),
        ),
      );
    const first = await read();
    expect(first['./migrations/001_users.sql']).toBe('8cb96d1a-b6fc-e524-d4f0-95b95baba1da');
    expect(first['./A.sql']).toBe(md5Uuid('./A.sql'));
    expect(first['./a.sql']).toBe(md5Uuid('./a.sql'));
    expect(first['./A.sql']).not.toBe(first['./a.sql']);
    expect(await read()).toEqual(first);
  });

  it('core#43: the plan checksum column is the normalised pgmi_checksum; non-SQL files are in the plan', async () => {
    await withSession(
      [projectFile('./x.sql', 'SELECT 1;'), projectFile('./README.md', '# readme')],
      async (c) => {
        const { rows } = await c.query(
          `SELECT p.path, p.checksum = s.pgmi_checksum AS normalised, p.checksum = s.checksum AS raw
             FROM pgmi_plan_view p JOIN pgmi_source_view s USING (path) ORDER BY p.execution_order`,
        );
        expect(rows).toEqual([
          { path: './README.md', normalised: true, raw: false },
          { path: './x.sql', normalised: true, raw: false },
        ]);
      },
    );
  });

  it('core#47: a loop filtered only by LIKE runs the editor backup; joining is_sql_file does not', async () => {
    const files = [
      projectFile('./migrations/001_init.sql', 'CREATE TABLE init_ran (id int);'),
      projectFile('./migrations/001_init.sql~', 'CREATE TABLE backup_ran (id int);'),
    ];
    const loop = (guarded: boolean) => `DO $$
      DECLARE r record;
      BEGIN
        FOR r IN SELECT p.path, p.content FROM pgmi_plan_view p
                   ${guarded ? 'JOIN pgmi_source_view s ON s.path = p.path AND s.is_sql_file' : ''}
                  WHERE p.path LIKE './migrations/%' ORDER BY p.execution_order
        LOOP
          EXECUTE r.content;
        END LOOP;
      END $$`;
    await withSession(files, async (c) => {
      const ran = async () =>
        (
          await c.query(
            `SELECT to_regclass('init_ran') IS NOT NULL AS init, to_regclass('backup_ran') IS NOT NULL AS backup`,
          )
        ).rows[0];
      await c.query('BEGIN');
      await c.query(loop(false));
      expect(await ran()).toEqual({ init: true, backup: true });
      await c.query('ROLLBACK');
      await c.query('BEGIN');
      await c.query(loop(true));
      expect(await ran()).toEqual({ init: true, backup: false });
      await c.query('ROLLBACK');
    });
  });
});

describe('test routing', () => {
  it('core#40 (session part): non-test files go to the source view, SQL test files to the test view, other test files nowhere', async () => {
    await withSession(
      [
        projectFile('./README.md', '#'),
        projectFile('./migrations/001.sql', 'SELECT 1;'),
        projectFile('./migrations/001.sql~', 'SELECT 1;'),
        projectFile('./sub/deploy.sql', 'SELECT 1;'),
        projectFile('./__test__/test_a.sql', 'SELECT 1;'),
        projectFile('./__test__/notes.md', 'notes'),
      ],
      async (c) => {
        const src = await c.query(
          'SELECT path, is_sql_file FROM pgmi_source_view ORDER BY path COLLATE "C"',
        );
        expect(src.rows).toEqual([
          { path: './README.md', is_sql_file: false },
          { path: './migrations/001.sql', is_sql_file: true },
          { path: './migrations/001.sql~', is_sql_file: false },
          { path: './sub/deploy.sql', is_sql_file: true },
        ]);
        const tests = await c.query('SELECT path FROM pgmi_test_source_view');
        expect(tests.rows).toEqual([{ path: './__test__/test_a.sql' }]);
      },
    );
  });

  it('core#77/78: fixture flags, README-only directories, __tests__ and nested test roots', async () => {
    await withSession(
      [
        projectFile('./__test__/_SETUP.PSQL', 'SELECT 1;'),
        projectFile('./__test__/test_a.sql', 'SELECT 1;'),
        projectFile('./__test__/case/_Setup.sql', 'SELECT 1;'),
        projectFile('./__test__/case/_setup.pgsql', 'SELECT 1;'),
        projectFile('./__test__/case/_teardown.sql', 'SELECT 1;'),
        projectFile('./__test__/docs/README.md', 'docs only'),
        projectFile('./__tests__/test_b.sql', 'SELECT 1;'),
        projectFile('./schema/__test__/x.sql', 'SELECT 1;'),
        projectFile('./schema/tables.sql', 'SELECT 1;'),
      ],
      async (c) => {
        const src = await c.query('SELECT path FROM pgmi_source_view');
        expect(src.rows).toEqual([{ path: './schema/tables.sql' }]);
        const tests = await c.query(
          'SELECT path, directory, filename, is_fixture FROM pgmi_test_source_view ORDER BY path COLLATE "C"',
        );
        expect(tests.rows).toEqual([
          {
            path: './__test__/_SETUP.PSQL',
            directory: './__test__/',
            filename: '_SETUP.PSQL',
            is_fixture: true,
          },
          {
            path: './__test__/case/_Setup.sql',
            directory: './__test__/case/',
            filename: '_Setup.sql',
            is_fixture: true,
          },
          {
            path: './__test__/case/_setup.pgsql',
            directory: './__test__/case/',
            filename: '_setup.pgsql',
            is_fixture: false,
          },
          {
            path: './__test__/case/_teardown.sql',
            directory: './__test__/case/',
            filename: '_teardown.sql',
            is_fixture: false,
          },
          {
            path: './__test__/test_a.sql',
            directory: './__test__/',
            filename: 'test_a.sql',
            is_fixture: false,
          },
          {
            path: './__tests__/test_b.sql',
            directory: './__tests__/',
            filename: 'test_b.sql',
            is_fixture: false,
          },
          {
            path: './schema/__test__/x.sql',
            directory: './schema/__test__/',
            filename: 'x.sql',
            is_fixture: false,
          },
        ]);
        const dirs = await c.query(
          'SELECT path, parent_path, depth FROM pgmi_test_directory_view ORDER BY path COLLATE "C"',
        );
        expect(dirs.rows).toEqual([
          { path: './__test__/', parent_path: null, depth: 0 },
          { path: './__test__/case/', parent_path: './__test__/', depth: 1 },
          { path: './__test__/docs/', parent_path: './__test__/', depth: 1 },
          { path: './__tests__/', parent_path: null, depth: 0 },
          { path: './schema/__test__/', parent_path: null, depth: 0 },
        ]);
        const plan = await c.query(
          'SELECT step_type, script_path, directory, depth FROM pg_temp.pgmi_test_plan() ORDER BY ordinal',
        );
        expect(plan.rows).toEqual([
          {
            step_type: 'fixture',
            script_path: './__test__/_SETUP.PSQL',
            directory: './__test__/',
            depth: 0,
          },
          {
            step_type: 'test',
            script_path: './__test__/test_a.sql',
            directory: './__test__/',
            depth: 0,
          },
          {
            step_type: 'fixture',
            script_path: './__test__/case/_Setup.sql',
            directory: './__test__/case/',
            depth: 1,
          },
          {
            step_type: 'test',
            script_path: './__test__/case/_setup.pgsql',
            directory: './__test__/case/',
            depth: 1,
          },
          {
            step_type: 'test',
            script_path: './__test__/case/_teardown.sql',
            directory: './__test__/case/',
            depth: 1,
          },
          { step_type: 'teardown', script_path: null, directory: './__test__/case/', depth: 1 },
          { step_type: 'teardown', script_path: null, directory: './__test__/', depth: 0 },
          {
            step_type: 'test',
            script_path: './__tests__/test_b.sql',
            directory: './__tests__/',
            depth: 0,
          },
          { step_type: 'teardown', script_path: null, directory: './__tests__/', depth: 0 },
          {
            step_type: 'test',
            script_path: './schema/__test__/x.sql',
            directory: './schema/__test__/',
            depth: 0,
          },
          { step_type: 'teardown', script_path: null, directory: './schema/__test__/', depth: 0 },
        ]);
      },
    );
  });
});
