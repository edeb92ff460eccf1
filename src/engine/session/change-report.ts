/**
 * The change report: the catalog is snapshotted server-side into a temporary table before
 * deploy.sql runs, and compared with the live catalog afterwards (or, in a rehearsal, just
 * before the head is rolled back). Three queries at most, whatever the size of the database:
 * only the differing rows travel to the client.
 */
import type pg from 'pg';
import type { ChangeAction, ChangeKind, ChangeReport, ObjectChange } from '../events';
import { SQL } from '../sql/index';

/** One differing row of the comparison, its props as objects (see `propsOf`). */
export interface CatalogDiffRow {
  kind: ChangeKind;
  name: string;
  /** The owning table (columns, indexes, constraints, triggers, policies) or object (grants). */
  parent: string | null;
  action: ChangeAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A differing row as the server sends it: props as `[key, value, key, value, …]`. */
type RawDiffRow = Omit<CatalogDiffRow, 'before' | 'after'> & {
  before: (string | null)[] | null;
  after: (string | null)[] | null;
};

// Props whose value is a list, sent as its JSON text (every other value is text or null).
const LIST_PROPS = new Set(['options', 'settings', 'values', 'attributes', 'roles', 'member of']);

/**
 * A row's props as the report reads them. The snapshot keeps them as a text array of keys and
 * values, not as jsonb: building a jsonb object costs about 4 µs per row, a third of the
 * snapshot's time on a large catalog, and only the few differing rows are ever read as objects.
 */
export function propsOf(raw: (string | null)[] | null): Record<string, unknown> | null {
  if (raw === null) return null;
  const props: Record<string, unknown> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const key = raw[i] as string;
    const value = raw[i + 1];
    props[key] = value !== null && LIST_PROPS.has(key) ? (JSON.parse(value) as unknown) : value;
  }
  return props;
}

const decoded = (r: RawDiffRow): CatalogDiffRow => ({
  ...r,
  before: propsOf(r.before),
  after: propsOf(r.after),
});

// In pg_temp, which the snapshot itself leaves out. PUBLIC may read it because deploy.sql may
// have switched roles (SET ROLE) by the time the comparison runs.
const BEFORE_TABLE = 'pg_temp._pgmi_catalog_before';

/**
 * What a run of the snapshot query computes: `full` every row's name and props (the "before"
 * picture, and the comparison when an object was renamed); `light` matches every row to the
 * stored snapshot by identity and fingerprint, and describes only the rows that match none, with
 * just the props a created object's line shows (and not the columns of new tables); `changed`
 * matches the same way and describes the rows that match none in full.
 */
export type SnapshotMode = 'full' | 'light' | 'changed';

/** The snapshot query for this server version (a few catalog columns are version-specific). */
export function snapshotSql(serverVersionNum: number, mode: SnapshotMode = 'full'): string {
  return SQL.catalogSnapshot
    .replaceAll('{{ATTGENERATED}}', serverVersionNum >= 120000 ? 'a.attgenerated::text' : "''")
    .replaceAll(
      '{{PROSQLBODY}}',
      serverVersionNum >= 140000 ? "coalesce(pp.prosqlbody::text, '')" : "''",
    )
    .replaceAll('{{FULL}}', mode === 'changed' ? '(b.kind IS NULL)' : String(mode === 'full'))
    .replaceAll('{{LIGHT}}', String(mode === 'light'))
    .replaceAll('{{NEW}}', mode === 'full' ? 'true' : '(b.kind IS NULL)')
    .replaceAll('{{OLDTABLE}}', mode === 'light' ? '(bt.kind IS NOT NULL)' : 'true')
    .replaceAll(
      '{{MATCHTABLE}}',
      mode === 'light'
        ? `LEFT JOIN ${BEFORE_TABLE} bt ON bt.kind = 'table' AND bt.k1 = r.oid AND bt.k2 = 0`
        : '',
    )
    .replaceAll(
      '{{MATCH}}',
      mode !== 'full'
        ? `LEFT JOIN ${BEFORE_TABLE} b
            ON b.kind = id.kind AND b.k1 = id.k1 AND b.k2 = id.k2 AND b.fp = id.fp
               AND coalesce(b.fv, '') = coalesce(id.fv, '')`
        : '',
    );
}

// The stored snapshot has no statistics, and each part of the comparison joins it on a few
// constants (kind, k2) whose selectivity the planner can only guess: a guess of one row makes a
// nested loop over tens of thousands, seconds instead of milliseconds. Every join here is an
// equality, so hash joins always do; SET LOCAL lasts to the end of the statement's transaction
// (the implicit one of this query string, or deploy.sql's open head in a rehearsal, rolled back
// right after).
const NO_NESTED_LOOPS = 'SET LOCAL enable_nestloop = off;';

/** Runs a query string of several statements; the rows of the last. */
async function lastResult<R extends pg.QueryResultRow>(
  client: pg.Client,
  text: string,
): Promise<pg.QueryResult<R>> {
  const results = (await client.query(text)) as unknown as pg.QueryResult<R>[];
  return results[results.length - 1];
}

/**
 * The rows of `before` and `after` (queries of snapshot rows) compared by kind and name: each
 * pair whose props differ, and what is on one side only. Fingerprint-only rows (`~…`) are left
 * out: they are never reported.
 */
const byName = (before: string, after: string) => `
  SELECT coalesce(a.kind, b.kind) AS kind, coalesce(a.name, b.name) AS name,
         coalesce(a.parent, b.parent) AS parent,
         CASE WHEN b.name IS NULL THEN 'created' WHEN a.name IS NULL THEN 'dropped'
              ELSE 'altered' END AS action,
         b.props AS before, a.props AS after
    FROM (SELECT * FROM (${before}) bs WHERE bs.kind !~ '^~') b
    FULL JOIN (SELECT * FROM (${after}) s WHERE s.kind !~ '^~') a
      ON a.kind = b.kind AND a.name = b.name
   WHERE a.props IS DISTINCT FROM b.props`;

// Every catalog the snapshot reads its rows, names, fingerprints and membership from: first
// those that nearly every change of a deploy writes to (a table, an index, a view, a function
// or a type adds or updates a pg_class, pg_proc or pg_type row), then the rest.
const FIRST_CATALOGS = ['pg_class', 'pg_proc', 'pg_type', 'pg_namespace', 'pg_constraint'];
const OTHER_CATALOGS = [
  'pg_index',
  'pg_attribute',
  'pg_attrdef',
  'pg_depend',
  'pg_rewrite',
  'pg_sequence',
  'pg_trigger',
  'pg_enum',
  'pg_range',
  'pg_policy',
  'pg_extension',
  'pg_collation',
  'pg_language',
  'pg_am',
  'pg_operator',
  'pg_auth_members',
];

/**
 * A cheap digest of the catalog's state, to see at the end that nothing at all changed without
 * the comparison (which reads, joins and names every object: 0.2 s with 40 000 objects; the digest
 * takes a tenth of that). Per catalog: the row count, and the sum and a hashed sum of each row's
 * xmin. Any change of a catalog row writes a new row version with an xmin that was not visible
 * before; a deletion alone lowers the count. xmin is read through age(), which compares xids
 * without a text conversion; age(xmin) - age('3') is the same for a row however far the current
 * xid has moved (bootstrap and frozen xids read as the maximum: left out of the sums, in the
 * count). Roles are readable only by value (pg_authid is for superusers).
 *
 * In two parts, `first` and `other` (see the catalog lists): at the end, the other part is read
 * only when the first is unchanged, so a deploy that did change something (and is compared
 * anyway) pays for a few catalogs, not all of them.
 */
const digestOf = (tables: string[], extra: string[] = []) =>
  `pg_catalog.concat_ws(';', ${[
    ...tables.map(
      (t) => `(SELECT pg_catalog.concat_ws(':', count(*), sum(d), sum(pg_catalog.hashint8(d)))
             FROM (SELECT NULLIF(pg_catalog.age(x.xmin), 2147483647)::int8 - r.r AS d
                     FROM pg_catalog.${t} x, r) x)`,
    ),
    ...extra,
  ].join(',\n')})`;
const ROLES = `(SELECT pg_catalog.md5(pg_catalog.string_agg(ro::text, ',' ORDER BY ro.oid)) FROM pg_catalog.pg_roles ro)`;
const FIRST_DIGEST = digestOf(FIRST_CATALOGS);
const OTHER_DIGEST = digestOf(OTHER_CATALOGS, [ROLES]);
const WITH_AGE = `WITH r AS (SELECT pg_catalog.age('3'::pg_catalog.xid) AS r)`;
const PROBE_SQL = `${WITH_AGE} SELECT ${FIRST_DIGEST} || '|' || ${OTHER_DIGEST} AS probe`;
// The other part as an InitPlan in a CASE branch: evaluated only when the branch is taken.
// OFFSET 0 keeps the first part a subquery of its own, computed once.
const UNCHANGED_SQL = `${WITH_AGE}
  SELECT CASE WHEN q.first = $1 THEN ${OTHER_DIGEST} = $2 ELSE false END AS unchanged
    FROM (SELECT ${FIRST_DIGEST} AS first OFFSET 0) q`;

/** Every catalog the report reads, by name: the digest's, and roles' own (pg_authid). */
const REPORTED_CATALOGS = [...FIRST_CATALOGS, ...OTHER_CATALOGS, 'pg_authid'];

// Rows inserted, updated or deleted in those catalogs by the session's open transaction (its
// subtransactions included, rolled-back ones too): the statistics the backend keeps for the
// transaction in progress, a few counters per catalog. NULL when they are not kept (track_counts
// off).
const CATALOG_WRITES_SQL = `SELECT CASE WHEN pg_catalog.current_setting('track_counts')::bool THEN
    (SELECT coalesce(sum(pg_catalog.pg_stat_get_xact_tuples_inserted(c.oid)
                         + pg_catalog.pg_stat_get_xact_tuples_updated(c.oid)
                         + pg_catalog.pg_stat_get_xact_tuples_deleted(c.oid)), 0)
       FROM pg_catalog.pg_class c
      WHERE c.relnamespace = 'pg_catalog'::pg_catalog.regnamespace
        AND c.relname = ANY ('{${REPORTED_CATALOGS.join(',')}}'::pg_catalog.name[]))
  END AS writes`;

const SAVEPOINT = 'pgmi_change_report';

/**
 * Whether the session's open transaction wrote to the catalogs the report reads: false only when
 * it certainly did not, so that its COMMIT changes nothing a "before" snapshot could see. Asked
 * inside deploy.sql's transaction, under a savepoint: should the question fail (a statement
 * timeout deploy.sql set, say), the transaction is as it was and the answer is "it may have".
 *
 * The counters also hold what earlier transactions of the session wrote until the backend
 * passes them on to the shared statistics (when idle, at most once a second): only a total of
 * zero is an answer, anything else is "it may have". `flushCatalogWrites` before the
 * transaction opens makes that total the transaction's own (PostgreSQL 15+). With track_counts
 * off now the answer is "it may have"; a superuser deploy.sql that turned it off and on again
 * within the transaction could hide the writes made in between (not guarded against).
 */
export async function transactionWroteCatalog(client: pg.Client): Promise<boolean> {
  try {
    const results = (await client.query(
      `SAVEPOINT ${SAVEPOINT}; ${CATALOG_WRITES_SQL}; RELEASE SAVEPOINT ${SAVEPOINT}`,
    )) as unknown as pg.QueryResult<{ writes: string | null }>[];
    const writes = results[1].rows[0].writes;
    return writes === null || Number(writes) !== 0;
  } catch {
    await client
      .query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}; RELEASE SAVEPOINT ${SAVEPOINT}`)
      .catch(() => undefined);
    return true;
  }
}

/**
 * Has the backend pass its pending statistics on as soon as this statement ends (it is then
 * idle), so that the counters `transactionWroteCatalog` reads start from zero. PostgreSQL 15+;
 * only a speed-up, a failure is ignored.
 */
export async function flushCatalogWrites(client: pg.Client): Promise<void> {
  await client.query('SELECT pg_catalog.pg_stat_force_next_flush()').catch(() => undefined);
}

/** The digest of the catalog's state now (both parts, `first|other`). */
export async function probeCatalog(client: pg.Client): Promise<string> {
  return (await client.query<{ probe: string }>(PROBE_SQL)).rows[0].probe;
}

/** Whether the catalog's digest is still `digest` (from `probeCatalog` or `snapshotCatalog`). */
export async function catalogUnchanged(client: pg.Client, digest: string): Promise<boolean> {
  const bar = digest.indexOf('|');
  const r = await client.query<{ unchanged: boolean }>(UNCHANGED_SQL, [
    digest.slice(0, bar),
    digest.slice(bar + 1),
  ]);
  return r.rows[0].unchanged;
}

/** What `snapshotCatalog` took: the digest of the catalog then, and the snapshot's row count. */
export interface CatalogBefore {
  digest: string;
  rows: number;
}

const STORE_SNAPSHOT = (serverVersionNum: number) =>
  `CREATE TEMP TABLE _pgmi_catalog_before AS ${snapshotSql(serverVersionNum)};
   GRANT SELECT ON ${BEFORE_TABLE} TO PUBLIC;`;

/**
 * Stores the "before" snapshot in the session, and returns a digest of the catalog as it is
 * then (with the snapshot's own table): what diffCatalog needs to see that nothing changed. One
 * query string, one round trip. A change another session commits between the snapshot and the
 * digest is in neither report: it is not the deploy's.
 */
export async function snapshotCatalog(
  client: pg.Client,
  serverVersionNum: number,
): Promise<CatalogBefore> {
  const results = (await client.query(
    `${STORE_SNAPSHOT(serverVersionNum)} ${PROBE_SQL}`,
  )) as unknown as pg.QueryResult<{ probe: string }>[];
  return { digest: results[2].rows[0].probe, rows: results[0].rowCount ?? 0 };
}

/**
 * Stores the "before" snapshot alone; returns its row count. The digest is then taken with
 * `probeCatalog` when it should be (see report-connection.ts).
 */
export async function storeSnapshot(client: pg.Client, serverVersionNum: number): Promise<number> {
  const results = (await client.query(
    STORE_SNAPSHOT(serverVersionNum),
  )) as unknown as pg.QueryResult[];
  return results[0].rowCount ?? 0;
}

/**
 * Below this many objects in the "before" snapshot (a new or small database), the comparison
 * starts with the light pass: a fresh deploy's many new objects are cheapest described that way.
 * From there on, a deploy mostly changes a few of many objects, and the pass that describes
 * what changed in full goes first.
 */
const LIGHT_FIRST_BELOW = 5000;

/**
 * Compares the live catalog with the stored snapshot. Given what snapshotCatalog returned, a
 * catalog whose digest has not changed has no changes, and nothing else runs. Otherwise up to
 * three passes, each matching every object to the snapshot by identity and fingerprint:
 * - light (small snapshots only): describes the objects that match none; when every object of
 *   the snapshot found its match, those are the new objects and the report;
 * - changed: describes in full the objects that match none on either side and compares them by
 *   kind and name (an object that was dropped and created again under the same name is compared
 *   with itself);
 * - full, only after a rename (an object whose identity stayed and whose name did not) or a
 *   change of something named in other objects' rows that the snapshot keeps no name for (a
 *   collation, a language, an access method, an operator): every object described and compared
 *   by kind and name, as the objects that name the renamed one changed without a fingerprint of
 *   their own moving.
 */
export async function diffCatalog(
  client: pg.Client,
  serverVersionNum: number,
  before?: CatalogBefore,
  options: {
    lightFirstBelow?: number;
    /** Receives the name of each pass run ('light', 'changed', 'full'): for tests. */
    passes?: string[];
  } = {},
): Promise<ChangeReport> {
  if (before !== undefined && (await catalogUnchanged(client, before.digest))) {
    return buildChangeReport([]);
  }
  const lightFirstBelow = options.lightFirstBelow ?? LIGHT_FIRST_BELOW;
  if (before === undefined || before.rows < lightFirstBelow) {
    options.passes?.push('light');
    const quick = await lastResult<RawDiffRow & { changed: number | null }>(
      client,
      `${NO_NESTED_LOOPS}
       WITH cur AS (${snapshotSql(serverVersionNum, 'light')})
       SELECT kind, name, parent, 'created' AS action, NULL::text[] AS before, props AS after,
              NULL::int AS changed
         FROM cur WHERE new AND name IS NOT NULL AND kind !~ '^~'
       UNION ALL
       SELECT NULL, NULL, NULL, NULL, NULL, NULL,
              ((SELECT count(*) FROM ${BEFORE_TABLE}) - count(*) FILTER (WHERE NOT new))::int
         FROM cur`,
    );
    const changed = quick.rows.find((r) => r.changed !== null)?.changed;
    if (changed === 0) {
      return buildChangeReport(quick.rows.filter((r) => r.changed === null).map(decoded));
    }
  }
  options.passes?.push('changed');
  const restricted = await lastResult<RawDiffRow & { fallback: boolean | null }>(
    client,
    `${NO_NESTED_LOOPS}
     WITH cur AS (${snapshotSql(serverVersionNum, 'changed')}),
     c AS (SELECT * FROM cur WHERE new),
     b AS (SELECT bb.* FROM ${BEFORE_TABLE} bb
            WHERE NOT EXISTS (SELECT FROM cur m
                               WHERE NOT m.new AND m.kind = bb.kind AND m.k1 = bb.k1
                                 AND m.k2 = bb.k2))
     SELECT d.*, NULL::boolean AS fallback FROM (${byName('SELECT * FROM b', 'SELECT * FROM c')}) d
     UNION ALL
     SELECT NULL, NULL, NULL, NULL, NULL, NULL,
            EXISTS (SELECT FROM b JOIN c ON c.kind = b.kind AND c.k1 = b.k1 AND c.k2 = b.k2
                     WHERE c.name IS DISTINCT FROM b.name)
            OR EXISTS (SELECT FROM b WHERE b.kind ~ '^~' AND b.name IS NULL)`,
  );
  if (restricted.rows.find((r) => r.fallback !== null)?.fallback === false) {
    return buildChangeReport(restricted.rows.filter((r) => r.fallback === null).map(decoded));
  }
  options.passes?.push('full');
  const r = await lastResult<RawDiffRow>(
    client,
    `${NO_NESTED_LOOPS}
     ${byName(`SELECT * FROM ${BEFORE_TABLE}`, snapshotSql(serverVersionNum))}`,
  );
  return buildChangeReport(r.rows.map(decoded));
}

const KIND_ORDER: ChangeKind[] = [
  'role',
  'extension',
  'schema',
  'type',
  'sequence',
  'table',
  'column',
  'constraint',
  'index',
  'view',
  'function',
  'procedure',
  'trigger',
  'policy',
  'grant',
];
const ACTION_ORDER: ChangeAction[] = ['created', 'altered', 'dropped'];

// Properties kept as digests: the report can say that they changed, not what they became.
const DIGESTS = new Set([
  'definition',
  'body',
  'arguments',
  'using',
  'check',
  'generation',
  'expressions',
  'expression',
]);

function show(v: unknown): string {
  if (v === null || v === undefined) return 'none';
  if (Array.isArray(v)) return v.length ? v.join(', ') : 'none';
  return String(v);
}

function alteredDetail(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string | undefined {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const parts: string[] = [];
  for (const k of keys) {
    if (JSON.stringify(before[k]) === JSON.stringify(after[k])) continue;
    parts.push(DIGESTS.has(k) ? `${k} changed` : `${k}: ${show(before[k])} → ${show(after[k])}`);
  }
  return parts.length ? parts.join('; ') : undefined;
}

function createdDetail(
  kind: ChangeKind,
  after: Record<string, unknown> | null,
): string | undefined {
  if (!after) return undefined;
  if (kind === 'column' && typeof after.type === 'string') {
    // 'true' as the snapshot sends it (see propsOf).
    const notNull = after['not null'] === true || after['not null'] === 'true';
    return notNull ? `${after.type} not null` : after.type;
  }
  if (kind === 'grant' && typeof after.privileges === 'string') return after.privileges;
  return undefined;
}

/**
 * Turns the differing rows into the report. A created table's columns are part of it (not
 * listed); everything that belonged to a dropped table or object went with it (not listed).
 */
export function buildChangeReport(rows: CatalogDiffRow[]): ChangeReport {
  const created = new Set(
    rows.filter((r) => r.action === 'created' && r.kind === 'table').map((r) => r.name),
  );
  const dropped = new Set(rows.filter((r) => r.action === 'dropped').map((r) => r.name));
  const changes: ObjectChange[] = [];
  for (const r of rows) {
    if (r.parent !== null && dropped.has(r.parent) && r.action === 'dropped') continue;
    if (r.kind === 'column' && r.parent !== null && created.has(r.parent)) continue;
    const change: ObjectChange = { action: r.action, kind: r.kind, name: r.name };
    const detail =
      r.action === 'altered'
        ? alteredDetail(r.before ?? {}, r.after ?? {})
        : r.action === 'created'
          ? createdDetail(r.kind, r.after)
          : undefined;
    if (detail) change.detail = detail;
    changes.push(change);
  }
  changes.sort(
    (a, b) =>
      ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const counts = { created: 0, altered: 0, dropped: 0 };
  for (const c of changes) counts[c.action]++;
  return { changes, counts };
}
