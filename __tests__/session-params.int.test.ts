/**
 * Parameters in the session (session-api.md §6.3): the table rows and the session-level
 * `pgmi.<key>` settings that survive deploy.sql's own transactions.
 */
import { ConfigError } from '../src/engine/errors';
import { prepareSession } from '../src/engine/session/prepare';
import { createTestDatabase, dropTestDatabase } from './helpers/db';
import { preparedSession, sessionClient } from './helpers/session-fixtures';

let db: string;
beforeAll(async () => {
  db = await createTestDatabase('session_params');
});
afterAll(async () => {
  await dropTestDatabase(db);
});

describe('parameters', () => {
  it('core#48: values are readable through current_setting; view rows keep the column defaults', async () => {
    const { client } = await preparedSession(db, [], { env: 'production', db_name: 'myapp' });
    try {
      const s = await client.query(
        `SELECT current_setting('pgmi.env') AS env, current_setting('pgmi.db_name') AS db`,
      );
      expect(s.rows[0]).toEqual({ env: 'production', db: 'myapp' });
      const v = await client.query('SELECT * FROM pgmi_parameter_view ORDER BY key');
      expect(v.rows).toEqual([
        {
          key: 'db_name',
          value: 'myapp',
          type: 'text',
          required: false,
          default_value: null,
          description: null,
        },
        {
          key: 'env',
          value: 'production',
          type: 'text',
          required: false,
          default_value: null,
          description: null,
        },
      ]);
    } finally {
      await client.end();
    }
  });

  it('core#49: keys are stored lower-cased; settings answer to either case', async () => {
    const { client } = await preparedSession(db, [], { apiVersion: '2' });
    try {
      const r = await client.query(
        `SELECT current_setting('pgmi.apiVersion', true) AS mixed,
                current_setting('pgmi.apiversion', true) AS lower,
                (SELECT count(*)::int FROM pgmi_parameter_view WHERE key = 'apiVersion') AS exact,
                (SELECT key FROM pgmi_parameter_view) AS key`,
      );
      expect(r.rows[0]).toEqual({ mixed: '2', lower: '2', exact: 0, key: 'apiversion' });
    } finally {
      await client.end();
    }
  });

  it('core#52: values with spaces, quotes, = , backslashes, newlines and non-ASCII round-trip exactly', async () => {
    const value = `a b 'q' "dq" x=y \\n\\\\ line1\nline2\r\n€ 𝄞 $$ ;--`;
    const { client } = await preparedSession(db, [], { tricky: value, empty: '' });
    try {
      const r = await client.query(
        `SELECT current_setting('pgmi.tricky') AS s, current_setting('pgmi.empty') AS e,
                (SELECT value FROM pgmi_parameter_view WHERE key = 'tricky') AS v`,
      );
      expect(r.rows[0]).toEqual({ s: value, e: '', v: value });
    } finally {
      await client.end();
    }
  });

  it('core#53: an unset parameter reads as NULL; no parameters means a count of 0', async () => {
    const s = await sessionClient(db);
    try {
      const r = await prepareSession(s.client, { files: [], params: {} });
      expect(r).toMatchObject({ filesLoaded: 0, parameters: 0 });
      const q = await s.client.query(
        `SELECT current_setting('pgmi.nonexistent', true) AS v,
                (SELECT count(*)::int FROM pgmi_parameter_view) AS n`,
      );
      expect(q.rows[0]).toEqual({ v: null, n: 0 });
    } finally {
      await s.client.end();
    }
  });

  it('core#54: settings are session-level: they survive COMMIT and ROLLBACK in deploy.sql', async () => {
    const { client } = await preparedSession(db, [], { env: 'prod' });
    try {
      const env = async () =>
        (await client.query(`SELECT current_setting('pgmi.env', true) AS v`)).rows[0].v;
      await client.query(`BEGIN; CREATE TABLE t1 (id int); COMMIT;`);
      expect(await env()).toBe('prod');
      await client.query(`BEGIN; SELECT set_config('pgmi.env', 'changed', true); ROLLBACK;`);
      expect(await env()).toBe('prod');
      await client.query('BEGIN');
      await client.query('CREATE TABLE t2 (id int)');
      await client.query('ROLLBACK');
      expect(await env()).toBe('prod');
    } finally {
      await client.end();
    }
  });

  it('a key the server would reject is a config error before anything is sent; the value is not in the message', async () => {
    const s = await sessionClient(db);
    try {
      const p = prepareSession(s.client, { files: [], params: { 'bad-key': 's3cret-value' } });
      await expect(p).rejects.toBeInstanceOf(ConfigError);
      await expect(p).rejects.toThrow(/^invalid parameter key 'bad-key'/);
      await expect(p).rejects.not.toThrow(/s3cret/);
      const r = await s.client.query(`SELECT to_regclass('pg_temp._pgmi_source') IS NULL AS none`);
      expect(r.rows[0].none).toBe(true);
    } finally {
      await s.client.end();
    }
  });
});
