import { createTestDatabase, dropTestDatabase, query } from './helpers/db';

describe('test server', () => {
  it('gives each test file a database of its own on a real PostgreSQL', async () => {
    const db = await createTestDatabase('smoke');
    const rows = await query<{ v: number; d: string }>(
      db,
      "SELECT current_setting('server_version_num')::int v, current_database() d",
    );
    expect(rows[0].v).toBeGreaterThanOrEqual(110000);
    expect(rows[0].d).toBe(db);
    await dropTestDatabase(db);
  });
});
