/**
 * gh-14: an up-to-date database reports "no changes" without the full catalog comparison (a
 * cheap mark of the catalog is compared first). Every kind of change the mark must notice still
 * reaches the full comparison: rows written (created, altered, granted), rows removed (dropped),
 * and roles, whose catalog has no readable row version.
 */
import pg from 'pg';
import { connFlags, runPgmi } from './helpers/cli';
import { createTestDatabase, dropTestDatabase, withClient } from './helpers/db';
import { makeProject, removeProjects } from './helpers/project';

const conn = connFlags();
const ROLE = `cr_reader_${Date.now().toString(36)}`;
let db: string;

beforeAll(async () => {
  db = await createTestDatabase('cr_unchanged');
  await withClient((c) => c.query(`CREATE ROLE ${ROLE} NOLOGIN`));
});

afterAll(async () => {
  removeProjects();
  await dropTestDatabase(db);
  await withClient((c) => c.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(ROLE)}`));
});

interface Change {
  action: string;
  kind: string;
  name: string;
}

async function deploySql(sql: string): Promise<Change[]> {
  const r = await runPgmi(
    ['deploy', makeProject({ 'deploy.sql': sql }), '-d', db, '--json', ...conn.args],
    {
      env: conn.env,
    },
  );
  expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
  // Roles are cluster-wide: other test files create and drop theirs meanwhile. Only this file's
  // role is compared.
  return (JSON.parse(r.stdout) as { changes: Change[] }).changes.filter(
    (c) => c.kind !== 'role' || c.name === ROLE,
  );
}

const brief = (cs: Change[]) => cs.map((c) => `${c.action} ${c.kind} ${c.name}`);

it('created, nothing, granted, altered role, dropped: each deploy reports exactly its own changes', async () => {
  expect(
    brief(
      await deploySql(
        'CREATE TABLE t (id int); CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;',
      ),
    ),
  ).toEqual(['created table public.t', 'created function public.f()']);
  // Up to date: the same objects exist, nothing is written.
  expect(await deploySql('CREATE TABLE IF NOT EXISTS t (id int); SELECT 1;')).toEqual([]);
  expect(brief(await deploySql(`GRANT SELECT ON t TO ${ROLE};`))).toEqual([
    `created grant public.t TO ${ROLE}`,
  ]);
  expect(brief(await deploySql(`ALTER ROLE ${ROLE} CONNECTION LIMIT 3;`))).toEqual([
    `altered role ${ROLE}`,
  ]);
  // Only rows removed: no newer row anywhere, the counts tell.
  expect(brief(await deploySql('DROP FUNCTION f();'))).toEqual(['dropped function public.f()']);
  // A change rolled back is no change.
  expect(await deploySql('BEGIN; CREATE TABLE gone (id int); ROLLBACK;')).toEqual([]);
});
