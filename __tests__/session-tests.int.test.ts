/**
 * The test machinery (session-api.md §7–§8): pgmi_test_plan, the exact text of
 * pgmi_test_generate, and what happens when the generated SQL runs inside BEGIN … COMMIT.
 */
import type pg from 'pg';
import { generateTestSql, testPlan } from '../src/engine/session/prepare';
import { createTestDatabase, dropTestDatabase } from './helpers/db';
import {
  CANONICAL_TREE_PATHS,
  createLinguisticDatabase,
  type Notice,
  preparedSession,
  projectFiles,
  runInTransaction,
} from './helpers/session-fixtures';

let db: string;
beforeAll(async () => {
  db = await createTestDatabase('session_tests');
});
afterAll(async () => {
  await dropTestDatabase(db);
});

interface PgErrorFields {
  message: string;
  code?: string;
  detail?: string;
  hint?: string;
}

async function session<T>(
  tree: Record<string, string>,
  fn: (c: pg.Client, notices: Notice[]) => Promise<T>,
  database = db,
): Promise<T> {
  const { client, notices } = await preparedSession(database, projectFiles(tree));
  try {
    return await fn(client, notices);
  } finally {
    await client.end();
  }
}

async function failure(p: Promise<unknown>): Promise<PgErrorFields> {
  try {
    await p;
  } catch (e) {
    const { message, code, detail, hint } = e as PgErrorFields;
    return { message, code, detail, hint };
  }
  throw new Error('expected a failure');
}

const pgmiLines = (notices: Notice[]) =>
  notices.map((n) => n.message).filter((m) => m.startsWith('[pgmi]'));

const canonicalTree = (content = 'SELECT 1;') =>
  Object.fromEntries(CANONICAL_TREE_PATHS.map((p) => [p, content]));

const CANONICAL_EXPANSION = [
  "SELECT pg_temp.pgmi_test_callback(ROW('suite_start', NULL, '', 0, 0, NULL)::pg_temp.pgmi_test_event);",
  'SAVEPOINT __pgmi_d1__;',
  "SELECT pg_temp.pgmi_test_callback(ROW('fixture_start', './__test__/_setup.sql', './__test__/', 0, 1, NULL)::pg_temp.pgmi_test_event);",
  "SELECT pg_temp.pgmi_run_test_source('./__test__/_setup.sql');",
  "SELECT pg_temp.pgmi_test_callback(ROW('fixture_end', './__test__/_setup.sql', './__test__/', 0, 1, NULL)::pg_temp.pgmi_test_event);",
  'SAVEPOINT __pgmi_t2__;',
  "SELECT pg_temp.pgmi_test_callback(ROW('test_start', './__test__/test_basic.sql', './__test__/', 0, 2, NULL)::pg_temp.pgmi_test_event);",
  "SELECT pg_temp.pgmi_run_test_source('./__test__/test_basic.sql');",
  "SELECT pg_temp.pgmi_test_callback(ROW('test_end', './__test__/test_basic.sql', './__test__/', 0, 2, NULL)::pg_temp.pgmi_test_event);",
  "SELECT pg_temp.pgmi_test_callback(ROW('rollback', './__test__/test_basic.sql', './__test__/', 0, 2, NULL)::pg_temp.pgmi_test_event);",
  'ROLLBACK TO SAVEPOINT __pgmi_t2__;',
  'SAVEPOINT __pgmi_d3__;',
  "SELECT pg_temp.pgmi_test_callback(ROW('fixture_start', './__test__/auth/_setup.sql', './__test__/auth/', 1, 3, NULL)::pg_temp.pgmi_test_event);",
  "SELECT pg_temp.pgmi_run_test_source('./__test__/auth/_setup.sql');",
  "SELECT pg_temp.pgmi_test_callback(ROW('fixture_end', './__test__/auth/_setup.sql', './__test__/auth/', 1, 3, NULL)::pg_temp.pgmi_test_event);",
  'SAVEPOINT __pgmi_t4__;',
  "SELECT pg_temp.pgmi_test_callback(ROW('test_start', './__test__/auth/test_login.sql', './__test__/auth/', 1, 4, NULL)::pg_temp.pgmi_test_event);",
  "SELECT pg_temp.pgmi_run_test_source('./__test__/auth/test_login.sql');",
  "SELECT pg_temp.pgmi_test_callback(ROW('test_end', './__test__/auth/test_login.sql', './__test__/auth/', 1, 4, NULL)::pg_temp.pgmi_test_event);",
  "SELECT pg_temp.pgmi_test_callback(ROW('rollback', './__test__/auth/test_login.sql', './__test__/auth/', 1, 4, NULL)::pg_temp.pgmi_test_event);",
  'ROLLBACK TO SAVEPOINT __pgmi_t4__;',
  'SAVEPOINT __pgmi_d5__;',
  'SAVEPOINT __pgmi_t6__;',
  "SELECT pg_temp.pgmi_test_callback(ROW('test_start', './__test__/auth/oauth/test_google.sql', './__test__/auth/oauth/', 2, 5, NULL)::pg_temp.pgmi_test_event);",
  "SELECT pg_temp.pgmi_run_test_source('./__test__/auth/oauth/test_google.sql');",
  "SELECT pg_temp.pgmi_test_callback(ROW('test_end', './__test__/auth/oauth/test_google.sql', './__test__/auth/oauth/', 2, 5, NULL)::pg_temp.pgmi_test_event);",
  "SELECT pg_temp.pgmi_test_callback(ROW('rollback', './__test__/auth/oauth/test_google.sql', './__test__/auth/oauth/', 2, 5, NULL)::pg_temp.pgmi_test_event);",
  'ROLLBACK TO SAVEPOINT __pgmi_t6__;',
  "SELECT pg_temp.pgmi_test_callback(ROW('teardown_start', NULL, './__test__/auth/oauth/', 2, 6, NULL)::pg_temp.pgmi_test_event);",
  'ROLLBACK TO SAVEPOINT __pgmi_d5__;',
  'RELEASE SAVEPOINT __pgmi_d5__;',
  "SELECT pg_temp.pgmi_test_callback(ROW('teardown_end', NULL, './__test__/auth/oauth/', 2, 6, NULL)::pg_temp.pgmi_test_event);",
  "SELECT pg_temp.pgmi_test_callback(ROW('teardown_start', NULL, './__test__/auth/', 1, 7, NULL)::pg_temp.pgmi_test_event);",
  'ROLLBACK TO SAVEPOINT __pgmi_d3__;',
  'RELEASE SAVEPOINT __pgmi_d3__;',
  "SELECT pg_temp.pgmi_test_callback(ROW('teardown_end', NULL, './__test__/auth/', 1, 7, NULL)::pg_temp.pgmi_test_event);",
  'SAVEPOINT __pgmi_d7__;',
  'SAVEPOINT __pgmi_t8__;',
  "SELECT pg_temp.pgmi_test_callback(ROW('test_start', './__test__/billing/test_stripe.sql', './__test__/billing/', 1, 8, NULL)::pg_temp.pgmi_test_event);",
  "SELECT pg_temp.pgmi_run_test_source('./__test__/billing/test_stripe.sql');",
  "SELECT pg_temp.pgmi_test_callback(ROW('test_end', './__test__/billing/test_stripe.sql', './__test__/billing/', 1, 8, NULL)::pg_temp.pgmi_test_event);",
  "SELECT pg_temp.pgmi_test_callback(ROW('rollback', './__test__/billing/test_stripe.sql', './__test__/billing/', 1, 8, NULL)::pg_temp.pgmi_test_event);",
  'ROLLBACK TO SAVEPOINT __pgmi_t8__;',
  "SELECT pg_temp.pgmi_test_callback(ROW('teardown_start', NULL, './__test__/billing/', 1, 9, NULL)::pg_temp.pgmi_test_event);",
  'ROLLBACK TO SAVEPOINT __pgmi_d7__;',
  'RELEASE SAVEPOINT __pgmi_d7__;',
  "SELECT pg_temp.pgmi_test_callback(ROW('teardown_end', NULL, './__test__/billing/', 1, 9, NULL)::pg_temp.pgmi_test_event);",
  "SELECT pg_temp.pgmi_test_callback(ROW('teardown_start', NULL, './__test__/', 0, 10, NULL)::pg_temp.pgmi_test_event);",
  'ROLLBACK TO SAVEPOINT __pgmi_d1__;',
  'RELEASE SAVEPOINT __pgmi_d1__;',
  "SELECT pg_temp.pgmi_test_callback(ROW('teardown_end', NULL, './__test__/', 0, 10, NULL)::pg_temp.pgmi_test_event);",
  "SELECT pg_temp.pgmi_test_callback(ROW('suite_end', NULL, '', 0, 10, NULL)::pg_temp.pgmi_test_event);",
].join('\n');

describe('pgmi_test_plan', () => {
  it('core#63: the §7.3 tree gives exactly the ten documented steps', async () => {
    await session(canonicalTree(), async (c) => {
      const plan = await testPlan(c, null);
      expect(
        plan.map((s) => [s.ordinal, s.stepType, s.scriptPath ?? s.directory, s.depth]),
      ).toEqual([
        [1, 'fixture', './__test__/_setup.sql', 0],
        [2, 'test', './__test__/test_basic.sql', 0],
        [3, 'fixture', './__test__/auth/_setup.sql', 1],
        [4, 'test', './__test__/auth/test_login.sql', 1],
        [5, 'test', './__test__/auth/oauth/test_google.sql', 2],
        [6, 'teardown', './__test__/auth/oauth/', 2],
        [7, 'teardown', './__test__/auth/', 1],
        [8, 'test', './__test__/billing/test_stripe.sql', 1],
        [9, 'teardown', './__test__/billing/', 1],
        [10, 'teardown', './__test__/', 0],
      ]);
      expect(plan[0]).toEqual({
        ordinal: 1,
        stepType: 'fixture',
        scriptPath: './__test__/_setup.sql',
        directory: './__test__/',
        depth: 0,
      });
    });
  });

  it("core#63: pgmi_test_plan('oauth') keeps ancestor fixtures and drops billing", async () => {
    await session(canonicalTree(), async (c) => {
      const plan = await testPlan(c, 'oauth');
      expect(plan.map((s) => [s.ordinal, s.stepType, s.scriptPath ?? s.directory])).toEqual([
        [1, 'fixture', './__test__/_setup.sql'],
        [2, 'fixture', './__test__/auth/_setup.sql'],
        [3, 'test', './__test__/auth/oauth/test_google.sql'],
        [4, 'teardown', './__test__/auth/oauth/'],
        [5, 'teardown', './__test__/auth/'],
        [6, 'teardown', './__test__/'],
      ]);
    });
  });

  it('core#64: tests in one directory run in byte order on a linguistic-collation database', async () => {
    const ling = await createLinguisticDatabase('session_tests_ling');
    try {
      await session(
        {
          './__test__/test_a.sql': 'SELECT 1;',
          './__test__/testc.sql': 'SELECT 1;',
          './__test__/test-b.sql': 'SELECT 1;',
        },
        async (c) => {
          const byDb = await c.query<{ filename: string }>(
            'SELECT filename FROM pgmi_test_source_view ORDER BY filename',
          );
          expect(byDb.rows.map((r) => r.filename)).not.toEqual([
            'test-b.sql',
            'test_a.sql',
            'testc.sql',
          ]);
          const plan = await testPlan(c, null);
          expect(plan.filter((s) => s.stepType === 'test').map((s) => s.scriptPath)).toEqual([
            './__test__/test-b.sql',
            './__test__/test_a.sql',
            './__test__/testc.sql',
          ]);
        },
        ling.name,
      );
    } finally {
      await dropTestDatabase(ling.name);
    }
  });

  it('core#65: a gapped directory stays under its ancestor, with depth 2, and sees the root fixture', async () => {
    await session(
      {
        './__test__/_setup.sql': 'CREATE TEMP TABLE gap_fixture AS SELECT 42 AS answer;',
        './__test__/sub/deep/test_deep.sql':
          "DO $$ BEGIN IF (SELECT answer FROM gap_fixture) <> 42 THEN RAISE EXCEPTION 'no fixture'; END IF; END $$;",
      },
      async (c, notices) => {
        const plan = await testPlan(c, null);
        expect(plan.map((s) => [s.stepType, s.directory, s.depth])).toEqual([
          ['fixture', './__test__/', 0],
          ['test', './__test__/sub/deep/', 2],
          ['teardown', './__test__/sub/deep/', 2],
          ['teardown', './__test__/', 0],
        ]);
        await runInTransaction(c, await generateTestSql(c, null, null));
        expect(pgmiLines(notices)).toContain('[pgmi] Test: ./__test__/sub/deep/test_deep.sql');
        const left = await c.query(`SELECT to_regclass('gap_fixture') IS NULL AS gone`);
        expect(left.rows[0].gone).toBe(true);
      },
    );
  });

  it.each([
    ['without tests', {}],
    ['with tests (the planner would otherwise compile the regex itself)', canonicalTree()],
  ])('an invalid pattern is refused with the documented message, %s', async (_, tree) => {
    await session(tree, async (c) => {
      for (const pattern of ['(', './users/**']) {
        const e = await failure(testPlan(c, pattern));
        expect(e).toMatchObject({
          message: `Invalid regex pattern: ${pattern}`,
          code: 'P0001',
          hint: 'Pattern must be a valid PostgreSQL POSIX regular expression',
        });
        expect((await failure(generateTestSql(c, pattern, null))).message).toBe(
          `Invalid regex pattern: ${pattern}`,
        );
      }
      expect(
        (await failure(c.query(`SELECT pg_temp.pgmi_has_tests('./__test__/', '(')`))).message,
      ).toBe('Invalid regex pattern: (');
      const r = await c.query(`SELECT pg_temp.pgmi_validate_pattern(NULL) AS n,
                                      pg_temp.pgmi_validate_pattern('^a.*') AS p`);
      expect(r.rows[0]).toEqual({ n: null, p: '^a.*' });
    });
  });

  it('pgmi_has_tests follows descendants and the pattern; fixtures alone do not count', async () => {
    await session(
      {
        './__test__/_setup.sql': 'SELECT 1;',
        './__test__/a/test_x.sql': 'SELECT 1;',
        './__test__/b/_setup.sql': 'SELECT 1;',
      },
      async (c) => {
        const r = await c.query(`SELECT pg_temp.pgmi_has_tests('./__test__/') AS root,
                                        pg_temp.pgmi_has_tests('./__test__/', 'test_x') AS root_x,
                                        pg_temp.pgmi_has_tests('./__test__/', 'TEST_X') AS root_case,
                                        pg_temp.pgmi_has_tests('./__test__/b/') AS b`);
        expect(r.rows[0]).toEqual({ root: true, root_x: true, root_case: false, b: false });
      },
    );
  });
});

describe('pgmi_test_generate', () => {
  it('core#75: the §7.3 expansion, statement for statement, without a trailing newline', async () => {
    await session(canonicalTree(), async (c) => {
      const sql = await generateTestSql(c, null, null);
      expect(sql).toBe(CANONICAL_EXPANSION);
      expect(sql.endsWith('\n')).toBe(false);
      expect(sql.match(/^SAVEPOINT \w+;$/gm)).toEqual([
        'SAVEPOINT __pgmi_d1__;',
        'SAVEPOINT __pgmi_t2__;',
        'SAVEPOINT __pgmi_d3__;',
        'SAVEPOINT __pgmi_t4__;',
        'SAVEPOINT __pgmi_d5__;',
        'SAVEPOINT __pgmi_t6__;',
        'SAVEPOINT __pgmi_d7__;',
        'SAVEPOINT __pgmi_t8__;',
      ]);
      expect(sql.match(/^RELEASE SAVEPOINT (\w+);$/gm)).toEqual([
        'RELEASE SAVEPOINT __pgmi_d5__;',
        'RELEASE SAVEPOINT __pgmi_d3__;',
        'RELEASE SAVEPOINT __pgmi_d7__;',
        'RELEASE SAVEPOINT __pgmi_d1__;',
      ]);
    });
  });

  it("core#75: filtered by 'billing' with callback pg_temp.cb, the savepoints are d1, d2, t3", async () => {
    await session(canonicalTree(), async (c) => {
      const sql = await generateTestSql(c, 'billing', 'pg_temp.cb');
      expect(sql.split('\n')).toEqual([
        "SELECT pg_temp.cb(ROW('suite_start', NULL, '', 0, 0, NULL)::pg_temp.pgmi_test_event);",
        'SAVEPOINT __pgmi_d1__;',
        "SELECT pg_temp.cb(ROW('fixture_start', './__test__/_setup.sql', './__test__/', 0, 1, NULL)::pg_temp.pgmi_test_event);",
        "SELECT pg_temp.pgmi_run_test_source('./__test__/_setup.sql');",
        "SELECT pg_temp.cb(ROW('fixture_end', './__test__/_setup.sql', './__test__/', 0, 1, NULL)::pg_temp.pgmi_test_event);",
        'SAVEPOINT __pgmi_d2__;',
        'SAVEPOINT __pgmi_t3__;',
        "SELECT pg_temp.cb(ROW('test_start', './__test__/billing/test_stripe.sql', './__test__/billing/', 1, 2, NULL)::pg_temp.pgmi_test_event);",
        "SELECT pg_temp.pgmi_run_test_source('./__test__/billing/test_stripe.sql');",
        "SELECT pg_temp.cb(ROW('test_end', './__test__/billing/test_stripe.sql', './__test__/billing/', 1, 2, NULL)::pg_temp.pgmi_test_event);",
        "SELECT pg_temp.cb(ROW('rollback', './__test__/billing/test_stripe.sql', './__test__/billing/', 1, 2, NULL)::pg_temp.pgmi_test_event);",
        'ROLLBACK TO SAVEPOINT __pgmi_t3__;',
        "SELECT pg_temp.cb(ROW('teardown_start', NULL, './__test__/billing/', 1, 3, NULL)::pg_temp.pgmi_test_event);",
        'ROLLBACK TO SAVEPOINT __pgmi_d2__;',
        'RELEASE SAVEPOINT __pgmi_d2__;',
        "SELECT pg_temp.cb(ROW('teardown_end', NULL, './__test__/billing/', 1, 3, NULL)::pg_temp.pgmi_test_event);",
        "SELECT pg_temp.cb(ROW('teardown_start', NULL, './__test__/', 0, 4, NULL)::pg_temp.pgmi_test_event);",
        'ROLLBACK TO SAVEPOINT __pgmi_d1__;',
        'RELEASE SAVEPOINT __pgmi_d1__;',
        "SELECT pg_temp.cb(ROW('teardown_end', NULL, './__test__/', 0, 4, NULL)::pg_temp.pgmi_test_event);",
        "SELECT pg_temp.cb(ROW('suite_end', NULL, '', 0, 4, NULL)::pg_temp.pgmi_test_event);",
      ]);
    });
  });

  it('literals are quoted as %L does: doubled quotes, E-strings for backslashes; the result runs', async () => {
    await session({ "./__test__/it's\\odd.sql": 'SELECT 1;' }, async (c, notices) => {
      const sql = await generateTestSql(c, null, null);
      expect(sql).toContain("SELECT pg_temp.pgmi_run_test_source(E'./__test__/it''s\\\\odd.sql');");
      await runInTransaction(c, sql);
      expect(pgmiLines(notices)).toContain("[pgmi] Test: ./__test__/it's\\odd.sql");
    });
  });

  it('a callback that is not [schema.]identifier is refused with 22023', async () => {
    await session(canonicalTree(), async (c) => {
      for (const cb of ['DROP TABLE users; --', 'a.b.c', '"quoted"', '1abc']) {
        expect(await failure(generateTestSql(c, null, cb))).toMatchObject({
          message: `Invalid callback name: ${cb}. Expected [schema.]function identifier.`,
          code: '22023',
        });
      }
    });
  });

  it('core#61: no tests at all → a single block that fails with P0002 and the documented hint', async () => {
    await session(
      { './__test__/README.md': 'docs', './x.sql': 'SELECT 1;' },
      async (c, notices) => {
        const sql = await generateTestSql(c, null, null);
        expect(sql).toContain('$__pgmi_no_tests__$');
        expect(sql).not.toMatch(/suite_start|SAVEPOINT/);
        expect(await failure(runInTransaction(c, sql))).toEqual({
          message: 'pgmi: no tests were discovered',
          code: 'P0002',
          detail: undefined,
          hint: 'pgmi_test() ran nothing. Tests are *.sql files under a __test__/ directory; remove the call if this project has none.',
        });
        expect(pgmiLines(notices)).toEqual([]);
      },
    );
  });

  it('core#61: a pattern matching nothing → the "no tests matched" failure, pattern not embedded', async () => {
    await session(canonicalTree(), async (c) => {
      const sql = await generateTestSql(c, 'zz_nothing_matches', null);
      expect(sql).not.toContain('zz_nothing_matches');
      expect(await failure(runInTransaction(c, sql))).toEqual({
        message: 'pgmi: no tests matched the requested pattern',
        code: 'P0002',
        detail: undefined,
        hint: 'pgmi_test(pattern) ran nothing. Check the pattern against pg_temp.pgmi_test_source_view.',
      });
    });
  });

  it('core#70 (session part): outside an explicit transaction the expansion fails with 25P01', async () => {
    await session(canonicalTree(), async (c) => {
      const sql = await generateTestSql(c, null, null);
      expect(await failure(c.query(sql))).toMatchObject({
        code: '25P01',
        message: 'SAVEPOINT can only be used in transaction blocks',
      });
    });
  });
});

describe('running the expansion', () => {
  it('core#57: fixture and tests run isolated, in order, and leave nothing behind', async () => {
    await session(
      {
        './migrations/001_users.sql': 'CREATE TABLE users (name text);',
        './__test__/_setup.sql': "INSERT INTO users VALUES ('Alice'), ('Bob');",
        './__test__/test_count.sql':
          "DO $$ BEGIN IF (SELECT count(*) FROM users) <> 2 THEN RAISE EXCEPTION 'expected 2 users'; END IF; END $$;",
        './__test__/test_insert.sql':
          "INSERT INTO users VALUES ('Carol');\nDO $$ BEGIN IF (SELECT count(*) FROM users) <> 3 THEN RAISE EXCEPTION 'expected 3 users'; END IF; END $$;",
      },
      async (c, notices) => {
        const gen = await generateTestSql(c, null, null);
        await runInTransaction(c, `CREATE TABLE users (name text);\n${gen}`);
        expect(pgmiLines(notices)).toEqual([
          '[pgmi] Test suite started',
          '[pgmi] Fixture: ./__test__/_setup.sql',
          '[pgmi] Test: ./__test__/test_count.sql',
          '[pgmi] Test: ./__test__/test_insert.sql',
          '[pgmi] Test suite completed (4 steps)',
        ]);
        expect(notices.every((n) => n.severity === 'NOTICE')).toBe(true);
        const r = await c.query('SELECT count(*)::int AS n FROM users');
        expect(r.rows[0].n).toBe(0);
      },
    );
  });

  it('each test sees only the fixture state, not an earlier test’s writes', async () => {
    await session(
      {
        './__test__/_setup.sql': 'CREATE TEMP TABLE iso (v int); INSERT INTO iso VALUES (1);',
        './__test__/test_1_write.sql': 'INSERT INTO iso VALUES (2), (3);',
        './__test__/test_2_read.sql':
          "DO $$ BEGIN IF (SELECT count(*) FROM iso) <> 1 THEN RAISE EXCEPTION 'leaked'; END IF; END $$;",
        './__test__/test_3_empty.sql': '',
        './__test__/test_4_comment.sql': '-- nothing to do\n/* really */',
      },
      async (c) => {
        await runInTransaction(c, await generateTestSql(c, null, null));
      },
    );
  });

  it('core#59: a failing fixture stops the run with its message; its tests never start', async () => {
    await session(
      {
        './__test__/_setup.sql': "DO $$ BEGIN RAISE EXCEPTION 'Fixture explosion'; END $$;",
        './__test__/test_a.sql': 'SELECT 1;',
      },
      async (c, notices) => {
        expect(await failure(runInTransaction(c, await generateTestSql(c, null, null)))).toEqual({
          message: 'Failed in ./__test__/_setup.sql: Fixture explosion',
          code: 'P0001',
          detail: undefined,
          hint: undefined,
        });
        expect(pgmiLines(notices)).toEqual([
          '[pgmi] Test suite started',
          '[pgmi] Fixture: ./__test__/_setup.sql',
          // The failing step's context, for the engine to locate it (never shown; gh-11).
          '[pgmi] test failure context',
        ]);
      },
    );
  });

  it('core#60: a failing test keeps its SQLSTATE and DETAIL (and, improving on upstream, its HINT)', async () => {
    await session(
      {
        './__test__/test_dup.sql':
          'CREATE TEMP TABLE u (id int PRIMARY KEY); INSERT INTO u VALUES (1); INSERT INTO u VALUES (1);',
      },
      async (c) => {
        expect(await failure(runInTransaction(c, await generateTestSql(c, null, null)))).toEqual({
          message:
            'Failed in ./__test__/test_dup.sql: duplicate key value violates unique constraint "u_pkey"',
          code: '23505',
          detail: 'Key (id)=(1) already exists.',
          hint: undefined,
        });
      },
    );
    await session(
      {
        './__test__/test_hint.sql':
          "DO $$ BEGIN RAISE EXCEPTION 'bad input' USING ERRCODE = '22023', DETAIL = 'the detail', HINT = 'the hint'; END $$;",
      },
      async (c) => {
        expect(await failure(runInTransaction(c, await generateTestSql(c, null, null)))).toEqual({
          message: 'Failed in ./__test__/test_hint.sql: bad input',
          code: '22023',
          detail: 'the detail',
          hint: 'the hint',
        });
      },
    );
  });

  it("core#62: CALL pgmi_test('.*/passing/.*') runs only the passing directory", async () => {
    await session(
      {
        './__test__/passing/test_ok.sql': 'SELECT 1;',
        './__test__/failing/test_bad.sql': "DO $$ BEGIN RAISE EXCEPTION 'should not run'; END $$;",
      },
      async (c, notices) => {
        await runInTransaction(c, await generateTestSql(c, '.*/passing/.*', null));
        expect(pgmiLines(notices)).toEqual([
          '[pgmi] Test suite started',
          '[pgmi] Test: ./__test__/passing/test_ok.sql',
          // ./__test__/ holds no file itself, so passing/ is a root of its own: test + teardown.
          '[pgmi] Test suite completed (2 steps)',
        ]);
        const all = await generateTestSql(c, null, null);
        expect((await failure(runInTransaction(c, all))).message).toBe(
          'Failed in ./__test__/failing/test_bad.sql: should not run',
        );
      },
    );
  });

  it('core#66: a logging callback persists only suite_start, the root teardown_end and suite_end', async () => {
    await session(
      {
        './__test__/_setup.sql': 'SELECT 1;',
        './__test__/test_a.sql': 'SELECT 1;',
        './__test__/l1/test_b.sql': 'SELECT 1;',
        './__test__/l1/l2/_setup.sql': 'SELECT 1;',
        './__test__/l1/l2/test_c.sql': 'SELECT 1;',
      },
      async (c) => {
        await c.query(`CREATE TABLE event_log (n serial, event text, depth int, ordinal int)`);
        await c.query(`CREATE FUNCTION pg_temp.event_logger(e pg_temp.pgmi_test_event) RETURNS void
                         LANGUAGE sql AS $$ INSERT INTO event_log (event, depth, ordinal)
                                            VALUES (e.event, e.depth, e.ordinal) $$`);
        const plan = await testPlan(c, null);
        await runInTransaction(c, await generateTestSql(c, null, 'pg_temp.event_logger'));
        const { rows } = await c.query('SELECT event, depth, ordinal FROM event_log ORDER BY n');
        expect(rows).toEqual([
          { event: 'suite_start', depth: 0, ordinal: 0 },
          { event: 'teardown_end', depth: 0, ordinal: plan.length },
          { event: 'suite_end', depth: 0, ordinal: plan.length },
        ]);
      },
    );
  });

  it('core#74 (session part): a TAP callback numbers tests with a sequence that survives the rollbacks', async () => {
    await session(
      {
        './__test__/_setup.sql': 'CREATE TEMP TABLE items (v int);',
        './__test__/test_insert.sql': 'INSERT INTO items VALUES (1);',
        './__test__/test_update.sql': 'UPDATE items SET v = 2;',
      },
      async (c, notices) => {
        await c.query('CREATE TEMP SEQUENCE tap_seq');
        await c.query(`CREATE FUNCTION pg_temp.tap(e pg_temp.pgmi_test_event) RETURNS void
                         LANGUAGE plpgsql AS $$
                         BEGIN
                           IF e.event = 'suite_start' THEN RAISE NOTICE 'TAP version 14';
                           ELSIF e.event = 'test_end' THEN
                             RAISE NOTICE 'ok % - %', nextval('tap_seq'), e.path;
                           ELSIF e.event = 'suite_end' THEN
                             RAISE NOTICE '1..%', currval('tap_seq');
                           END IF;
                         END $$`);
        await runInTransaction(c, await generateTestSql(c, null, 'pg_temp.tap'));
        expect(notices.map((n) => n.message)).toEqual([
          'TAP version 14',
          'ok 1 - ./__test__/test_insert.sql',
          'ok 2 - ./__test__/test_update.sql',
          '1..2',
        ]);
      },
    );
  });

  it('core#67: an unqualified callback fails at run time with 42883', async () => {
    await session(canonicalTree(), async (c) => {
      await c.query(`CREATE FUNCTION pg_temp.my_callback(e pg_temp.pgmi_test_event)
                       RETURNS void LANGUAGE sql AS 'SELECT NULL'`);
      const sql = await generateTestSql(c, null, 'my_callback');
      expect(await failure(runInTransaction(c, sql))).toMatchObject({
        code: '42883',
        message: 'function my_callback(pgmi_test_event) does not exist',
      });
    });
  });

  it('core#79: rollback and teardown lines are DEBUG, visible only with client_min_messages = debug', async () => {
    await session(canonicalTree(), async (c, notices) => {
      const sql = await generateTestSql(c, 'billing', null);
      await runInTransaction(c, sql);
      expect(pgmiLines(notices).some((m) => /Rollback|Teardown/.test(m))).toBe(false);
      notices.length = 0;
      await c.query('SET client_min_messages = debug');
      await runInTransaction(c, sql);
      await c.query('RESET client_min_messages');
      const debug = notices.filter((n) => n.message.startsWith('[pgmi]'));
      expect(debug.map((n) => `${n.severity} ${n.message}`)).toEqual([
        'NOTICE [pgmi] Test suite started',
        'NOTICE [pgmi] Fixture: ./__test__/_setup.sql',
        'NOTICE [pgmi] Test: ./__test__/billing/test_stripe.sql',
        'DEBUG [pgmi] Rollback: ./__test__/billing/test_stripe.sql',
        'DEBUG [pgmi] Teardown: ./__test__/billing/',
        'DEBUG [pgmi] Teardown: ./__test__/',
        'NOTICE [pgmi] Test suite completed (4 steps)',
      ]);
    });
  });

  it('core#76: pgmi_persist_test_plan writes the plan to a permanent table and replaces it on the next call', async () => {
    await session(canonicalTree(), async (c, notices) => {
      await c.query(`SELECT pg_temp.pgmi_persist_test_plan('public', NULL)`);
      const all = await c.query('SELECT * FROM public.pgmi_test_plan ORDER BY ordinal');
      expect(all.rows).toHaveLength(10);
      expect(all.rows[9]).toEqual({
        ordinal: 10,
        step_type: 'teardown',
        script_path: null,
        directory: './__test__/',
        depth: 0,
      });
      await c.query(`SELECT pg_temp.pgmi_persist_test_plan('public', 'oauth')`);
      const filtered = await c.query(
        'SELECT ordinal, step_type, script_path FROM public.pgmi_test_plan ORDER BY ordinal',
      );
      expect(filtered.rows.map((r) => r.script_path ?? r.step_type)).toEqual([
        './__test__/_setup.sql',
        './__test__/auth/_setup.sql',
        './__test__/auth/oauth/test_google.sql',
        'teardown',
        'teardown',
        'teardown',
      ]);
      const cols = await c.query(
        `SELECT column_name, data_type, is_nullable FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = 'pgmi_test_plan' ORDER BY ordinal_position`,
      );
      expect(cols.rows.map((r) => `${r.column_name} ${r.data_type} ${r.is_nullable}`)).toEqual([
        'ordinal integer NO',
        'step_type text NO',
        'script_path text YES',
        'directory text NO',
        'depth integer NO',
      ]);
      expect(notices).toEqual([]);
      await c.query('DROP TABLE public.pgmi_test_plan');
      await c.query('CREATE TABLE public.pgmi_test_plan (something_else int)');
      expect((await failure(c.query(`SELECT pg_temp.pgmi_persist_test_plan('public')`))).code).toBe(
        '42703',
      );
      await c.query('DROP TABLE public.pgmi_test_plan');
    });
  });
});
