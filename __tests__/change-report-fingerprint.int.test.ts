/**
 * gh-12: the fingerprinted change report says what the plain one says. Each case builds the same
 * database, takes both "before" pictures in one session (the engine's fingerprinted snapshot and
 * the reference: every object described in full, compared by kind and name), runs a change in
 * that session as deploy.sql would, and compares the two reports. Renames, owners, defaults,
 * types, roles and grants are there because they show in other objects' rows.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import {
  buildChangeReport,
  catalogUnchanged,
  diffCatalog,
  probeCatalog,
  snapshotCatalog,
  type CatalogDiffRow,
} from '../src/engine/session/change-report';
import type { ChangeReport } from '../src/engine/events';
import { createTestDatabase, dropTestDatabase, urlFor, withClient } from './helpers/db';

const REFERENCE = readFileSync('__tests__/helpers/catalog-snapshot-reference.sql', 'utf8');
const databases: string[] = [];
const suffix = `${process.pid}_${Date.now() % 100000}`;
const roleA = `cr_a_${suffix}`;
const roleB = `cr_b_${suffix}`;
const roleC = `cr_c_${suffix}`;

function referenceSql(versionNum: number): string {
  return REFERENCE.replaceAll(
    '{{ATTGENERATED}}',
    versionNum >= 120000 ? 'a.attgenerated::text' : "''",
  ).replaceAll('{{PROSQLBODY}}', versionNum >= 140000 ? "coalesce(pp.prosqlbody::text, '')" : "''");
}

const SETUP = `
CREATE SCHEMA s;
CREATE TYPE s.mood AS ENUM ('sad', 'ok');
CREATE DOMAIN s.posint AS integer CHECK (VALUE > 0);
CREATE TYPE s.pair AS (a integer, b text);
CREATE SEQUENCE s.counter INCREMENT 1;
CREATE FUNCTION s.bump() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE TABLE s.t (
  id integer PRIMARY KEY,
  label text DEFAULT 'x',
  n serial,
  m s.mood,
  p s.posint,
  b integer DEFAULT s.bump(),
  CONSTRAINT label_len CHECK (length(label) < 100)
);
CREATE TABLE s.child (id integer PRIMARY KEY, t_id integer REFERENCES s.t (id));
CREATE INDEX t_label ON s.t (label);
CREATE VIEW s.v AS SELECT id, label FROM s.t;
CREATE FUNCTION s.f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x + 1';
CREATE FUNCTION s.g(m s.mood) RETURNS text LANGUAGE sql AS 'SELECT m::text';
CREATE FUNCTION s.trg() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER t_trg BEFORE INSERT ON s.t FOR EACH ROW EXECUTE FUNCTION s.trg();
ALTER TABLE s.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY t_pol ON s.t USING (id > 0);
GRANT USAGE ON SCHEMA s TO ${roleA};
GRANT SELECT ON s.t TO ${roleA};
ALTER TABLE s.child OWNER TO ${roleA};
`;

/** The change, as deploy.sql would run it, and whether it should report anything. */
const CASES: Array<[string, string, boolean]> = [
  ['nothing', 'SELECT 1', false],
  ['a comment only', "COMMENT ON TABLE s.t IS 'hello'", false],
  [
    'the same function body replaced',
    "CREATE OR REPLACE FUNCTION s.f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x + 1'",
    false,
  ],
  [
    'a function dropped and created again alike',
    "DROP FUNCTION s.f(integer); CREATE FUNCTION s.f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x + 1'",
    false,
  ],
  [
    'a new body',
    "CREATE OR REPLACE FUNCTION s.f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x + 2'",
    true,
  ],
  [
    'a new table with an index',
    'CREATE TABLE s.n (a int, b text NOT NULL); CREATE INDEX ON s.n (b)',
    true,
  ],
  [
    'a new schema and its objects',
    'CREATE SCHEMA z; CREATE TABLE z.q (a int); CREATE FUNCTION z.h() RETURNS int LANGUAGE sql AS $$SELECT 1$$',
    true,
  ],
  ['a column added', 'ALTER TABLE s.t ADD COLUMN extra numeric(10, 2) NOT NULL DEFAULT 0', true],
  ['a default changed', "ALTER TABLE s.t ALTER COLUMN label SET DEFAULT 'y'", true],
  ['a default dropped', 'ALTER TABLE s.t ALTER COLUMN label DROP DEFAULT', true],
  ['a column type changed', 'ALTER TABLE s.t ALTER COLUMN b TYPE bigint', true],
  ['not null set', 'ALTER TABLE s.t ALTER COLUMN label SET NOT NULL', true],
  ['a column renamed', 'ALTER TABLE s.t RENAME COLUMN label TO title', true],
  ['a table renamed', 'ALTER TABLE s.t RENAME TO t2', true],
  ['a schema renamed', 'ALTER SCHEMA s RENAME TO s2', true],
  ['a role renamed', `ALTER ROLE ${roleA} RENAME TO ${roleC}`, true],
  ['a role altered', `ALTER ROLE ${roleA} CONNECTION LIMIT 3`, true],
  ['a role granted to another', `GRANT ${roleA} TO ${roleB}`, true],
  ['an owner changed', `ALTER TABLE s.t OWNER TO ${roleB}`, true],
  ['a grant', `GRANT INSERT ON s.t TO ${roleB}`, true],
  ['a revoke', `REVOKE SELECT ON s.t FROM ${roleA}`, true],
  ['an enum value added', "ALTER TYPE s.mood ADD VALUE 'glad'", true],
  ['an enum type renamed', 'ALTER TYPE s.mood RENAME TO feeling', true],
  ['a composite type attribute added', 'ALTER TYPE s.pair ADD ATTRIBUTE c date', true],
  ['a domain default', 'ALTER DOMAIN s.posint SET DEFAULT 1', true],
  ['an owned sequence renamed', 'ALTER SEQUENCE s.t_n_seq RENAME TO t_n_counter', true],
  ['a function named in a default renamed', 'ALTER FUNCTION s.bump() RENAME TO bump2', true],
  ['a sequence altered', 'ALTER SEQUENCE s.counter INCREMENT 5', true],
  [
    'a check constraint added, not valid',
    'ALTER TABLE s.t ADD CONSTRAINT id_pos CHECK (id > 0) NOT VALID',
    true,
  ],
  ['a foreign key dropped', 'ALTER TABLE s.child DROP CONSTRAINT child_t_id_fkey', true],
  ['a key column renamed', 'ALTER TABLE s.t RENAME COLUMN id TO ident', true],
  ['a referenced table renamed', 'ALTER TABLE s.t RENAME TO t3', true],
  [
    'a foreign key made deferrable',
    'ALTER TABLE s.child ALTER CONSTRAINT child_t_id_fkey DEFERRABLE INITIALLY DEFERRED',
    true,
  ],
  [
    'a foreign key given another action, same name',
    'ALTER TABLE s.child DROP CONSTRAINT child_t_id_fkey, ADD CONSTRAINT child_t_id_fkey FOREIGN KEY (t_id) REFERENCES s.t (id) ON DELETE CASCADE',
    true,
  ],
  [
    'a unique key given included columns, same name',
    'ALTER TABLE s.child ADD CONSTRAINT child_u UNIQUE (t_id); ALTER TABLE s.child DROP CONSTRAINT child_u, ADD CONSTRAINT child_u UNIQUE (t_id) INCLUDE (id)',
    true,
  ],
  [
    'a unique key recreated alike',
    'ALTER TABLE s.child DROP CONSTRAINT child_pkey, ADD CONSTRAINT child_pkey PRIMARY KEY (id)',
    false,
  ],
  ['an index dropped', 'DROP INDEX s.t_label', true],
  ['a table dropped', 'DROP TABLE s.child', true],
  ['a view replaced', 'CREATE OR REPLACE VIEW s.v AS SELECT id, label, n FROM s.t', true],
  ['a view replaced alike', 'CREATE OR REPLACE VIEW s.v AS SELECT id, label FROM s.t', false],
  ['a trigger disabled', 'ALTER TABLE s.t DISABLE TRIGGER t_trg', true],
  ['a policy altered', `ALTER POLICY t_pol ON s.t TO ${roleA}`, true],
  ['table options', 'ALTER TABLE s.t SET (fillfactor = 70)', true],
  ['a type used by a function renamed', 'ALTER TYPE s.mood RENAME TO temper', true],
  ['row security forced', 'ALTER TABLE s.t FORCE ROW LEVEL SECURITY', true],
  [
    'a sequence becomes owned by a column',
    'ALTER TABLE s.t ADD COLUMN c integer; ALTER SEQUENCE s.counter OWNED BY s.t.c',
    true,
  ],
  [
    'a unique constraint takes over an index',
    'CREATE UNIQUE INDEX t_n_key ON s.t (n); ALTER TABLE s.t ADD CONSTRAINT t_n_key UNIQUE USING INDEX t_n_key',
    true,
  ],
];

beforeAll(async () => {
  await withClient(async (c) => {
    for (const r of [roleA, roleB]) await c.query(`CREATE ROLE ${r}`);
  });
});

afterAll(async () => {
  for (const db of databases) await dropTestDatabase(db);
  await withClient(async (c) => {
    for (const r of [roleA, roleB, roleC]) await c.query(`DROP ROLE IF EXISTS ${r}`);
  });
});

interface Reports {
  engine: ChangeReport;
  digested: ChangeReport;
  changedFirst: ChangeReport;
  /** The passes the comparison ran when it started with the one that describes changes. */
  passes: string[];
  reference: ChangeReport;
}

/** A new database holding SETUP, a client connected to it, and the server's version number. */
async function setUp(prefix: string): Promise<{ c: pg.Client; v: number }> {
  const db = await createTestDatabase(prefix);
  databases.push(db);
  const c = new pg.Client({ connectionString: urlFor(db) });
  await c.connect();
  await c.query(SETUP);
  const v = Number((await c.query<{ v: string }>('SHOW server_version_num')).rows[0].v);
  return { c, v };
}

async function reports(change: string): Promise<Reports> {
  const { c, v } = await setUp('crfp');
  try {
    const ref = referenceSql(v);
    await c.query(`CREATE TEMP TABLE ref_before AS ${ref}`);
    const before = await snapshotCatalog(c, v);
    await c.query(change);
    // With the digest (what a deploy does: nothing else runs when it is unchanged), and without;
    // on this small database the light pass goes first, as it does for a fresh deploy; then as
    // on a large one, the pass that describes what changed first.
    const digested = await diffCatalog(c, v, before);
    const engine = await diffCatalog(c, v);
    const passes: string[] = [];
    const changedFirst = await diffCatalog(c, v, before, { lightFirstBelow: 0, passes });
    const rows = await c.query<CatalogDiffRow>(
      `SELECT coalesce(a.kind, b.kind) AS kind, coalesce(a.name, b.name) AS name,
              coalesce(a.parent, b.parent) AS parent,
              CASE WHEN b.name IS NULL THEN 'created' WHEN a.name IS NULL THEN 'dropped'
                   ELSE 'altered' END AS action,
              b.props AS before, a.props AS after
         FROM pg_temp.ref_before b
         FULL JOIN (${ref}) a ON a.kind = b.kind AND a.name = b.name
        WHERE a.props IS DISTINCT FROM b.props`,
    );
    return { engine, digested, changedFirst, passes, reference: buildChangeReport(rows.rows) };
  } finally {
    await c.end();
    // Roles are cluster-wide: put the renamed one back for the next case.
    await withClient(async (a) => {
      const renamed = await a.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [roleC]);
      if (renamed.rowCount) await a.query(`ALTER ROLE ${roleC} RENAME TO ${roleA}`);
      await a.query(`ALTER ROLE ${roleA} CONNECTION LIMIT -1`);
      await a.query(`REVOKE ${roleA} FROM ${roleB}`);
    });
  }
}

/**
 * Roles are cluster-wide: other test files create, alter and drop theirs while these reports are
 * taken, a moment apart. Only this file's roles are compared.
 */
function ours(report: ChangeReport): ChangeReport {
  const changes = report.changes.filter((c) => c.kind !== 'role' || c.name.includes(suffix));
  const counts = { created: 0, altered: 0, dropped: 0 };
  for (const c of changes) counts[c.action]++;
  return { changes, counts };
}

describe('gh-12: the fingerprinted change report agrees with the full description', () => {
  it.each(CASES)('%s', async (_name, change, changes) => {
    const r = await reports(change);
    const [engine, digested, changedFirst, reference] = [
      r.engine,
      r.digested,
      r.changedFirst,
      r.reference,
    ].map(ours);
    const { passes } = r;
    expect(engine).toEqual(reference);
    expect(digested).toEqual(reference);
    expect(changedFirst).toEqual(reference);
    // Everything is described and compared again only after a rename: what names the renamed
    // object changed without a fingerprint of its own moving.
    expect({ full: passes.includes('full') }).toEqual({ full: /renamed/.test(_name) });
    expect(engine.changes.length > 0).toBe(changes);
  });
});

describe('gh-12: the digest that lets an unchanged catalog skip the comparison', () => {
  it('stays the same across data changes and comments, and moves with every catalog change', async () => {
    const { c, v } = await setUp('crdg');
    try {
      const { digest } = await snapshotCatalog(c, v);
      // Other transactions move the current xid on; the digest does not move with it.
      for (let i = 0; i < 3; i++) await c.query('SELECT pg_catalog.txid_current()');
      await c.query("INSERT INTO s.child (id) VALUES (1); COMMENT ON TABLE s.t IS 'x'");
      expect(await probeCatalog(c)).toBe(digest);
      expect(await catalogUnchanged(c, digest)).toBe(true);
      // Each change moves it; undoing one (a row inserted then deleted, a value set back) may
      // bring back an earlier digest: the catalog is then exactly as it was.
      let previous = digest;
      for (const change of [
        'CREATE TEMP TABLE scratch (a integer)',
        'DROP TABLE scratch',
        "ALTER TABLE s.t ALTER COLUMN label SET DEFAULT 'y'",
        "ALTER TABLE s.t ALTER COLUMN label SET DEFAULT 'x'",
        "ALTER TYPE s.mood ADD VALUE 'glad'",
        'ALTER TABLE s.t RENAME COLUMN label TO title',
        'DROP INDEX s.t_label',
        `GRANT ${roleB} TO ${roleA}`,
        `ALTER ROLE ${roleB} CONNECTION LIMIT 3`,
      ]) {
        await c.query(change);
        const now = await probeCatalog(c);
        // The end of a deploy asks only whether the digest moved: the catalogs most changes write
        // to first, the others (a default, an enum value, a role) only when those have not moved.
        const unchanged = await catalogUnchanged(c, previous);
        expect({ change, moved: now !== previous, unchanged }).toEqual({
          change,
          moved: true,
          unchanged: false,
        });
        if (change.startsWith('DROP TABLE scratch')) expect(now).toBe(digest);
        previous = now;
      }
      await c.query(`REVOKE ${roleB} FROM ${roleA}; ALTER ROLE ${roleB} CONNECTION LIMIT -1`);
    } finally {
      await c.end();
    }
  });
});
