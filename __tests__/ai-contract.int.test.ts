/**
 * `pgmi ai contract` from the built CLI, compared with a session prepared on the real test
 * PostgreSQL in both directions: every view, column (name and type), function signature, type
 * field and event name in the JSON exists exactly so in the session, and every object the
 * session creates is in the JSON.
 */
import type pg from 'pg';
import type { AiContract } from '../src/ai/contract';
import { runPgmi } from './helpers/cli';
import { createTestDatabase, dropTestDatabase } from './helpers/db';
import { preparedSession, projectFile, type Notice } from './helpers/session-fixtures';

let db: string;
let client: pg.Client;
let notices: Notice[];
let contract: AiContract;

beforeAll(async () => {
  const r = await runPgmi(['ai', 'contract']);
  expect(r.code).toBe(0);
  contract = JSON.parse(r.stdout) as AiContract;
  db = await createTestDatabase('ai_contract');
  ({ client, notices } = await preparedSession(
    db,
    [
      projectFile('./migrations/001.sql', 'SELECT 1;'),
      projectFile('./__test__/_setup.sql', 'SELECT 1;'),
      projectFile('./__test__/test_a.sql', 'SELECT 1;'),
      projectFile('./__test__/sub/test_b.sql', 'SELECT 1;'),
    ],
    { env: 'dev' },
  ));
}, 60000);

afterAll(async () => {
  await client?.end();
  if (db) await dropTestDatabase(db);
});

async function rows<R extends pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<R[]> {
  return (await client.query<R>(sql, values)).rows;
}

async function columnsOf(relname: string): Promise<Array<{ name: string; type: string }>> {
  return rows(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relnamespace = pg_my_temp_schema() AND c.relname = $1
        AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`,
    [relname],
  );
}

describe('pgmi ai contract against a live session', () => {
  it('cli#108: the printed JSON has the published sections', () => {
    expect(Object.keys(contract)).toEqual(
      expect.arrayContaining([
        'views',
        'functions',
        'types',
        'step_types',
        'step_types_note',
        'exit_codes',
        'macros',
        'execution_contract',
      ]),
    );
    expect(contract.views.map((v) => v.name)).toEqual(
      expect.arrayContaining(['pgmi_source_view', 'pgmi_parameter_view', 'pgmi_plan_view']),
    );
  });

  it('views: the same set, and every column with its type, in order, both ways', async () => {
    const live = await rows<{ relname: string }>(
      `SELECT relname FROM pg_class WHERE relnamespace = pg_my_temp_schema() AND relkind = 'v' ORDER BY 1`,
    );
    expect(live.map((r) => r.relname)).toEqual(contract.views.map((v) => v.name).sort());
    for (const v of contract.views) {
      const cols = await columnsOf(v.name);
      expect({ view: v.name, columns: cols }).toEqual({ view: v.name, columns: v.column_types });
      expect(v.columns).toEqual(cols.map((c) => c.name));
    }
  });

  it('functions: published plus internal equal the session; signatures and results verbatim', async () => {
    const live = await rows<{ name: string; args: string; result: string; volatility: string }>(
      `SELECT proname AS name, pg_get_function_arguments(oid) AS args,
              pg_get_function_result(oid) AS result,
              CASE provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' ELSE 'volatile' END
                AS volatility
         FROM pg_proc WHERE pronamespace = pg_my_temp_schema() ORDER BY proname`,
    );
    const published = contract.functions.map((f) => f.name);
    expect(live.map((f) => f.name)).toEqual([...published, ...contract.internal.functions].sort());
    for (const f of contract.functions) {
      const l = live.find((x) => x.name === f.name);
      expect({
        name: f.name,
        args: f.signature,
        result: f.result,
        volatility: f.volatility,
      }).toEqual(l);
      expect(f.args.join(', ')).toBe(l?.args);
      // `returns` lists the result columns of a set-returning function, else the type.
      const m = /^TABLE\((.*)\)$/.exec(l?.result ?? '');
      expect(f.returns).toEqual(m ? m[1].split(', ').map((c) => c.split(' ')[0]) : [l?.result]);
    }
  });

  it('the test event type: the only composite type, fields and types in order', async () => {
    const types = await rows<{ typname: string }>(
      `SELECT typname FROM pg_type WHERE typnamespace = pg_my_temp_schema() AND typtype = 'c'
          AND typrelid IN (SELECT oid FROM pg_class WHERE relkind = 'c')`,
    );
    expect(types.map((t) => t.typname)).toEqual(contract.types.map((t) => t.name));
    expect(await columnsOf('pgmi_test_event')).toEqual(contract.types[0].fields);
  });

  it('internal tables: the same set and columns as the session', async () => {
    const live = await rows<{ relname: string }>(
      `SELECT relname FROM pg_class WHERE relnamespace = pg_my_temp_schema() AND relkind = 'r' ORDER BY 1`,
    );
    expect(live.map((r) => r.relname)).toEqual(contract.internal.tables.map((t) => t.name).sort());
    for (const t of contract.internal.tables)
      expect(await columnsOf(t.name)).toEqual(t.column_types);
  });

  it('event names: exactly the events a real test run sends to a callback', async () => {
    await client.query(
      `CREATE FUNCTION pg_temp.record_event(e pg_temp.pgmi_test_event) RETURNS void
       LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'event:%', e.event; END $$`,
    );
    const [{ sql }] = await rows<{ sql: string }>(
      `SELECT pg_temp.pgmi_test_generate(NULL, 'pg_temp.record_event') AS sql`,
    );
    notices.length = 0;
    await client.query(`BEGIN;\n${sql}\nROLLBACK;`);
    const seen = new Set(
      notices.filter((n) => n.message.startsWith('event:')).map((n) => n.message.slice(6)),
    );
    expect([...seen].sort()).toEqual([...contract.types[0].events].sort());
  });

  it('step types: exactly the values pgmi_test_plan() returns', async () => {
    const steps = await rows<{ step_type: string }>(
      'SELECT DISTINCT step_type FROM pg_temp.pgmi_test_plan() ORDER BY 1',
    );
    expect(steps.map((s) => s.step_type)).toEqual([...contract.step_types].sort());
  });

  it('cli#108: `pgmi ai contract x` is a usage error', async () => {
    const r = await runPgmi(['ai', 'contract', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('accepts 0 arg(s), received 1');
  });
});
