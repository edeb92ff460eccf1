/**
 * Who held the lock a statement gave up on. PostgreSQL's lock-timeout error (55P03) names no
 * relation, and once the statement is cancelled its wait is gone from pg_locks; what is left to
 * see are the relation locks other sessions still hold in this database, strongest first.
 */
import type pg from 'pg';

// Lock modes from the weakest to the strongest (the order of PostgreSQL's conflict table).
const HOLDERS_SQL = `
SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS relation,
       l.mode, l.pid
  FROM pg_catalog.pg_locks l
  JOIN pg_catalog.pg_class c ON c.oid = l.relation
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_catalog.pg_backend_pid()
   AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d
                      WHERE d.datname = pg_catalog.current_database())
   AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
   AND n.nspname !~ '^pg_(toast_)?temp_'
 ORDER BY pg_catalog.array_position(ARRAY['AccessShareLock', 'RowShareLock', 'RowExclusiveLock',
            'ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock',
            'AccessExclusiveLock'], l.mode) DESC, 1
 LIMIT 5`;

/**
 * `; locks held by other sessions: public.widget (AccessExclusiveLock, pid 4711)`, or '' when
 * none could be seen. Rolls back first when the failed statement left the transaction aborted.
 * Never throws: this only adds to an error already being reported.
 */
export async function describeLockHolders(client: pg.Client): Promise<string> {
  try {
    if (client.getTransactionStatus() !== 'I') await client.query('ROLLBACK');
    const r = await client.query<{ relation: string; mode: string; pid: number }>(HOLDERS_SQL);
    if (r.rows.length === 0) return '';
    const list = r.rows.map((h) => `${h.relation} (${h.mode}, pid ${h.pid})`).join(', ');
    return `; locks held by other sessions: ${list}`;
  } catch {
    return '';
  }
}
