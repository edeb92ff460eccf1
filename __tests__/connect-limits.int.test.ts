/**
 * SQLSTATE 53300 from a real server, through the bundled CLI: a role's CONNECTION LIMIT and a
 * database's are named as such, with the command that raises each (exit 11, nothing deployed).
 */
import pg from 'pg';
import { connFlags, runPgmi } from './helpers/cli';
import { createTestDatabase, dropTestDatabase, uniqueDbName, withClient } from './helpers/db';
import { makeProject, removeProjects } from './helpers/project';

const ident = pg.escapeIdentifier;
const dbs: string[] = [];
const roles: string[] = [];
let project: string;

beforeAll(() => {
  project = makeProject({ 'deploy.sql': 'CREATE TABLE deployed (id int);' }, 'pgmi-limits-');
});
afterAll(async () => {
  removeProjects();
  for (const db of dbs) await dropTestDatabase(db);
  for (const r of roles) await withClient((c) => c.query(`DROP ROLE IF EXISTS ${ident(r)}`));
});

async function role(limit: number): Promise<{ name: string; password: string }> {
  const name = uniqueDbName('lim');
  const password = `pw-${name}`;
  roles.push(name);
  await withClient((c) =>
    c.query(
      `CREATE ROLE ${ident(name)} LOGIN CONNECTION LIMIT ${limit} PASSWORD ${pg.escapeLiteral(password)}`,
    ),
  );
  return { name, password };
}

async function deployAs(db: string, who: { name: string; password: string }) {
  const { args } = connFlags();
  const at = args.indexOf('-U');
  args[at + 1] = who.name;
  return runPgmi(['deploy', project, ...args, '-d', db], {
    env: { PGPASSWORD: who.password },
  });
}

async function tableExists(db: string): Promise<boolean> {
  return withClient(
    async (c) => (await c.query(`SELECT to_regclass('public.deployed') AS t`)).rows[0].t !== null,
    db,
  );
}

it("a role's CONNECTION LIMIT: named, with ALTER ROLE", async () => {
  const who = await role(0);
  const db = await createTestDatabase('lim_role');
  dbs.push(db);
  const r = await deployAs(db, who);
  expect(r.code).toBe(11);
  expect(r.stderr).toContain(
    `too many connections for role "${who.name}": its CONNECTION LIMIT is reached`,
  );
  expect(r.stderr).toContain(`ALTER ROLE ${who.name} CONNECTION LIMIT <n>`);
  expect(r.stderr).not.toContain(who.password);
  expect(await tableExists(db)).toBe(false);
});

it("a database's CONNECTION LIMIT: named, with ALTER DATABASE", async () => {
  const who = await role(-1);
  const db = await createTestDatabase('lim_db');
  dbs.push(db);
  await withClient((c) => c.query(`ALTER DATABASE ${ident(db)} CONNECTION LIMIT 0`));
  const r = await deployAs(db, who);
  expect(r.code).toBe(11);
  expect(r.stderr).toContain(`too many connections to database "${db}"`);
  expect(r.stderr).toContain(
    `its CONNECTION LIMIT is reached; close other sessions on "${db}", or raise the limit: ALTER DATABASE ${db} CONNECTION LIMIT <n>`,
  );
  await withClient((c) => c.query(`ALTER DATABASE ${ident(db)} CONNECTION LIMIT -1`));
  expect(await tableExists(db)).toBe(false);
});
