/**
 * The change report: the catalog is snapshotted server-side into a temporary table before
 * deploy.sql runs, and compared with the live catalog afterwards (or, in a rehearsal, just
 * before the head is rolled back). Two queries in all, whatever the size of the database: only
 * the differing rows travel to the client.
 */
import type pg from 'pg';
import type { ChangeAction, ChangeKind, ChangeReport, ObjectChange } from '../events';
import { SQL } from '../sql/index';

/** One differing row of the comparison. */
export interface CatalogDiffRow {
  kind: ChangeKind;
  name: string;
  /** The owning table (columns, indexes, constraints, triggers, policies) or object (grants). */
  parent: string | null;
  action: ChangeAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

// In pg_temp, which the snapshot itself leaves out. PUBLIC may read it because deploy.sql may
// have switched roles (SET ROLE) by the time the comparison runs.
const BEFORE_TABLE = 'pg_temp._pgmi_catalog_before';

/** The snapshot query for this server version (a few catalog columns are version-specific). */
export function snapshotSql(serverVersionNum: number): string {
  return SQL.catalogSnapshot
    .replaceAll('{{ATTGENERATED}}', serverVersionNum >= 120000 ? 'a.attgenerated::text' : "''")
    .replaceAll(
      '{{PROSQLBODY}}',
      serverVersionNum >= 140000 ? "coalesce(pp.prosqlbody::text, '')" : "''",
    );
}

// Every catalog the snapshot reads: a change to any object it reports writes a new row version
// (a new xmin) into one of them, or removes rows from one of them.
const WATCHED_CATALOGS = [
  'pg_namespace',
  'pg_class',
  'pg_attribute',
  'pg_attrdef',
  'pg_constraint',
  'pg_depend',
  'pg_index',
  'pg_proc',
  'pg_type',
  'pg_enum',
  'pg_range',
  'pg_rewrite',
  'pg_sequence',
  'pg_trigger',
  'pg_policy',
  'pg_extension',
  'pg_auth_members',
  'pg_collation',
  'pg_language',
  'pg_am',
];

/**
 * A cheap mark of the catalog: per watched catalog, its row count and how many of its rows were
 * written after transaction `xid` (`age(xmin)` is smaller: newer, wraparound-safe), plus a digest
 * of the roles (pg_authid, behind the pg_roles view, has no readable xmin). The "before" mark is
 * taken in the snapshot's own transaction, so only rows written later count as newer.
 */
function catalogMarkSql(xid: string): string {
  const newer = `pg_catalog.age(x.xmin) < pg_catalog.age((${xid})::text::pg_catalog.xid)`;
  const counts = WATCHED_CATALOGS.map(
    (c) => `(SELECT count(*) || '/' || count(*) FILTER (WHERE ${newer}) FROM pg_catalog.${c} x)`,
  );
  return `SELECT (${xid})::text AS xid, pg_catalog.concat_ws(',', ${counts.join(', ')},
    (SELECT pg_catalog.md5(pg_catalog.string_agg(r::text, ',' ORDER BY r.oid))
       FROM pg_catalog.pg_roles r)) AS mark`;
}

// This session's transaction id as a 32-bit xid (PostgreSQL 11 has no pg_current_xact_id).
const CURRENT_XID = 'pg_catalog.txid_current() % 4294967296';

interface CatalogMark {
  xid: string;
  mark: string;
}

// The "before" mark of each session that took a snapshot.
const marks = new WeakMap<pg.Client, CatalogMark>();

/**
 * Stores the "before" snapshot in the session, and a mark of the catalog as it was; one
 * round trip, one transaction.
 */
export async function snapshotCatalog(client: pg.Client, serverVersionNum: number): Promise<void> {
  marks.delete(client);
  const results = (await client.query(
    `CREATE TEMP TABLE _pgmi_catalog_before AS ${snapshotSql(serverVersionNum)};
     GRANT SELECT ON ${BEFORE_TABLE} TO PUBLIC;
     ${catalogMarkSql(CURRENT_XID)}`,
  )) as unknown as pg.QueryResult<CatalogMark>[];
  const row = results[results.length - 1]?.rows[0];
  if (row && /^\d+$/.test(row.xid)) marks.set(client, { xid: row.xid, mark: row.mark });
}

/**
 * Whether the catalog is as the snapshot found it: no watched row written since, no row removed,
 * the roles unchanged. A deploy that changed nothing (an up-to-date database) is then reported
 * without the comparison, which costs as much as the snapshot itself.
 */
async function catalogUnchanged(client: pg.Client): Promise<boolean> {
  const before = marks.get(client);
  if (!before) return false;
  const r = await client.query<CatalogMark>(catalogMarkSql(before.xid));
  return r.rows[0]?.mark === before.mark;
}

/** Compares the live catalog with the stored snapshot; one statement. */
export async function diffCatalog(
  client: pg.Client,
  serverVersionNum: number,
): Promise<ChangeReport> {
  if (await catalogUnchanged(client)) return buildChangeReport([]);
  const r = await client.query<CatalogDiffRow>(
    `SELECT coalesce(a.kind, b.kind) AS kind, coalesce(a.name, b.name) AS name,
            coalesce(a.parent, b.parent) AS parent,
            CASE WHEN b.name IS NULL THEN 'created' WHEN a.name IS NULL THEN 'dropped'
                 ELSE 'altered' END AS action,
            b.props AS before, a.props AS after
       FROM ${BEFORE_TABLE} b
       FULL JOIN (${snapshotSql(serverVersionNum)}) a ON a.kind = b.kind AND a.name = b.name
      WHERE a.props IS DISTINCT FROM b.props`,
  );
  return buildChangeReport(r.rows);
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
    return after['not null'] ? `${after.type} not null` : after.type;
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
