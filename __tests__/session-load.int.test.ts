/**
 * Loading at scale: thousands of files and one very large file go in with a fixed number of
 * round trips. The assertions are on the rows; timings are printed with PGMI_TEST_TIMINGS=1.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { ProjectFile } from '../src/engine/project/types';
import { prepareSession } from '../src/engine/session/prepare';
import { createTestDatabase, dropTestDatabase } from './helpers/db';
import { meta, projectFile, sessionClient } from './helpers/session-fixtures';

let db: string;
beforeAll(async () => {
  db = await createTestDatabase('session_load');
});
afterAll(async () => {
  await dropTestDatabase(db);
});

function report(label: string, ms: number): void {
  if (process.env.PGMI_TEST_TIMINGS === '1')
    process.stderr.write(`${label}: ${ms.toFixed(0)} ms\n`);
}

async function timedPrepare(client: pg.Client, files: ProjectFile[]) {
  const started = performance.now();
  const result = await prepareSession(client, { files, params: { env: 'load' } });
  return { result, ms: performance.now() - started };
}

async function counts(client: pg.Client) {
  const { rows } = await client.query(`SELECT
      (SELECT count(*)::int FROM pgmi_source_view) AS sources,
      (SELECT count(*)::int FROM pgmi_source_view WHERE is_sql_file) AS sql_sources,
      (SELECT count(*)::int FROM pgmi_source_metadata_view) AS metadata,
      (SELECT count(*)::int FROM pgmi_test_source_view) AS tests,
      (SELECT count(*)::int FROM pgmi_test_directory_view) AS test_directories,
      (SELECT count(*)::int FROM pgmi_plan_view) AS plan_rows,
      (SELECT count(*)::int FROM pg_temp.pgmi_test_plan()) AS test_steps`);
  return rows[0];
}

describe('loading at scale', () => {
  it('loads 5000 files: 3000 SQL (1000 with two sort keys), 1000 other, 1000 in 100 test directories', async () => {
    const files: ProjectFile[] = [];
    for (let i = 0; i < 3000; i++) {
      const id = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
      files.push(
        projectFile(
          `./schema/part${i % 50}/${String(i).padStart(5, '0')}_object.sql`,
          `-- object ${i}\nCREATE TABLE t_${i} (id int);\n`,
          i % 3 === 0 ? meta(id, [`a/${i}`, `b/${i}`]) : undefined,
        ),
      );
    }
    for (let i = 0; i < 1000; i++) files.push(projectFile(`./docs/d${i}.md`, `# doc ${i}\n`));
    for (let d = 0; d < 100; d++) {
      for (let i = 0; i < 10; i++) {
        const name = i === 0 ? '_setup.sql' : `test_${i}.sql`;
        files.push(projectFile(`./__test__/g${d % 10}/d${d}/${name}`, `SELECT ${i};`));
      }
    }
    expect(files).toHaveLength(5000);

    const { client, notices } = await sessionClient(db);
    try {
      const { result, ms } = await timedPrepare(client, files);
      report('prepare 5000 files', ms);
      expect(result).toMatchObject({ filesLoaded: 5000, parameters: 1 });
      expect(await counts(client)).toEqual({
        sources: 4000,
        sql_sources: 3000,
        metadata: 1000,
        tests: 1000,
        test_directories: 100,
        plan_rows: 5000, // 2000 files by path + 1000 files twice + 1000 docs
        test_steps: 1100, // 100 fixtures + 900 tests + 100 teardowns
      });
      expect(notices).toEqual([]);
      const stats = await client.query(
        `SELECT relname, reltuples::int AS n FROM pg_class
          WHERE relnamespace = pg_my_temp_schema() AND relname IN ('_pgmi_source', '_pgmi_test_source')
          ORDER BY relname`,
      );
      // ANALYZE ran: the planner knows the row counts.
      expect(stats.rows).toEqual([
        { relname: '_pgmi_source', n: 4000 },
        { relname: '_pgmi_test_source', n: 1000 },
      ]);
    } finally {
      await client.end();
    }
  });

  it('loads a 20 MB file intact', async () => {
    const line =
      "INSERT INTO big (id, payload) VALUES (1, 'ünïcödé payload with ''quotes'' and \\ slashes');\n";
    const content = line.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(line)));
    const big = projectFile('./data/big.sql', content);
    expect(big.sizeBytes).toBeGreaterThanOrEqual(20 * 1024 * 1024);

    const { client } = await sessionClient(db);
    try {
      const { ms } = await timedPrepare(client, [big, projectFile('./small.sql', 'SELECT 1;')]);
      report('prepare one 20 MB file', ms);
      const { rows } = await client.query(
        `SELECT size_bytes, md5(content) AS md5, checksum FROM pgmi_source_view WHERE path = './data/big.sql'`,
      );
      expect(rows).toEqual([
        {
          size_bytes: String(big.sizeBytes),
          md5: createHash('md5').update(content, 'utf8').digest('hex'),
          checksum: big.checksum,
        },
      ]);
    } finally {
      await client.end();
    }
  });
});
