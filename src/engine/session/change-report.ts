/**
 * The change report: the catalog is snapshotted server-side into a temporary table before
 * deploy.sql runs, and compared with the live catalog afterwards (or, in a rehearsal, just
 * before the head is rolled back). Three queries at most, whatever the size of the database:
 * only the differing rows travel to the client.
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

/**
 * What a run of the snapshot query computes: `full` every row's name and props (the "before"
 * picture, and the comparison when something that existed has changed); `light` names and only
 * the props a created object's line shows, for objects that did not exist before; `check` only
 * identities and fingerprints, to learn whether anything changed at all.
 */
export type SnapshotMode = 'full' | 'light' | 'check';

/** The snapshot query for this server version (a few catalog columns are version-specific). */
export function snapshotSql(serverVersionNum: number, mode: SnapshotMode = 'full'): string {
  return SQL.catalogSnapshot
    .replaceAll('{{ATTGENERATED}}', serverVersionNum >= 120000 ? 'a.attgenerated::text' : "''")
    .replaceAll(
      '{{PROSQLBODY}}',
      serverVersionNum >= 140000 ? "coalesce(pp.prosqlbody::text, '')" : "''",
    )
    .replaceAll('{{NAMES}}', String(mode !== 'check'))
    .replaceAll('{{FULL}}', String(mode === 'full'))
    .replaceAll('{{LIGHT}}', String(mode === 'light'))
    .replaceAll(
      '{{KEEP}}',
      mode === 'light'
        ? `NOT EXISTS (SELECT FROM ${BEFORE_TABLE} b
                        WHERE b.kind = id.kind AND b.k1 = id.k1 AND b.k2 = id.k2)`
        : 'true',
    );
}

/** Stores the "before" snapshot in the session; one statement. */
export async function snapshotCatalog(client: pg.Client, serverVersionNum: number): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE _pgmi_catalog_before AS ${snapshotSql(serverVersionNum)};
     GRANT SELECT ON ${BEFORE_TABLE} TO PUBLIC`,
  );
}

/**
 * Compares the live catalog with the stored snapshot, in two statements at most. The first only
 * reads every object's identity and fingerprint: when no object that existed has changed (or
 * gone), the report is the objects that are new, described by the second with the few props
 * their lines show. Otherwise the second describes everything and compares by kind and name, as
 * a rename or a property of another object named in a row (a type, a role) shows only there.
 */
export async function diffCatalog(
  client: pg.Client,
  serverVersionNum: number,
): Promise<ChangeReport> {
  const check = await client.query<{ changed: number; created: number }>(
    `SELECT (count(*) FILTER (WHERE a.kind IS NULL))::int AS changed,
            (count(*) FILTER (WHERE b.kind IS NULL))::int AS created
       FROM ${BEFORE_TABLE} b
       FULL JOIN (${snapshotSql(serverVersionNum, 'check')}) a
         ON a.kind = b.kind AND a.k1 = b.k1 AND a.k2 = b.k2 AND a.fp = b.fp
            AND coalesce(a.fv, '') = coalesce(b.fv, '')`,
  );
  const { changed, created } = check.rows[0];
  if (changed === 0 && created === 0) return buildChangeReport([]);
  if (changed === 0) {
    const r = await client.query<CatalogDiffRow>(
      `SELECT a.kind, a.name, a.parent, 'created' AS action, NULL::jsonb AS before,
              a.props AS after
         FROM (${snapshotSql(serverVersionNum, 'light')}) a
        WHERE a.kind !~ '^~'`,
    );
    return buildChangeReport(r.rows);
  }
  const r = await client.query<CatalogDiffRow>(
    `SELECT coalesce(a.kind, b.kind) AS kind, coalesce(a.name, b.name) AS name,
            coalesce(a.parent, b.parent) AS parent,
            CASE WHEN b.name IS NULL THEN 'created' WHEN a.name IS NULL THEN 'dropped'
                 ELSE 'altered' END AS action,
            b.props AS before, a.props AS after
       FROM (SELECT * FROM ${BEFORE_TABLE} WHERE kind !~ '^~') b
       FULL JOIN (SELECT * FROM (${snapshotSql(serverVersionNum)}) s WHERE s.kind !~ '^~') a
         ON a.kind = b.kind AND a.name = b.name
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
