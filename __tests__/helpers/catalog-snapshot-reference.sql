-- The change report's description of the catalog as it was first written: every object described
-- in full, both times, and compared by kind and name. Kept as the reference the fingerprinted
-- snapshot (src/engine/sql/catalog-snapshot.sql) must agree with, change for change.
-- The catalog as the change report sees it: one row per object, (kind, name) unique, `props` the
-- properties whose change makes the object "altered". Long texts (bodies, definitions) are kept
-- as md5 digests: the report says what changed, not how, and the snapshot stays small.
--
-- Left out on purpose: pg_catalog, information_schema, TOAST, every temporary schema (pgmi's
-- session objects live in pg_temp), objects that belong to an extension (the extension is
-- reported instead), and objects that are part of another one (a table's row type, array types,
-- sequences owned by a column, indexes backing a constraint, NOT NULL constraints on PostgreSQL
-- 18, which the column's `not null` reports).
--
-- No pg_get_viewdef, pg_get_indexdef or pg_get_expr(…, relation): they lock the relation, and a
-- snapshot must never wait behind another session's lock. Definitions are compared as their
-- stored node trees instead, without the source positions (`:location`) that differ between two
-- writings of the same definition (a regular expression: used only where no lock-free deparser
-- exists, as it costs more than the rest of a row).
--
-- The ATTGENERATED and PROSQLBODY markers are replaced per server version by change-report.ts before the query runs.
WITH ns AS (
  SELECT n.oid, n.nspname, n.nspowner, n.nspacl
    FROM pg_catalog.pg_namespace n
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
     AND n.nspname !~ '^pg_(toast_)?temp_'
), member AS (
  SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
), rel AS (
  SELECT c.oid, c.relkind, c.relowner, c.relacl, c.relpersistence, c.relrowsecurity,
         c.relforcerowsecurity, c.reloptions,
         pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS name
    FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S', 'i', 'I')
     AND NOT EXISTS (SELECT FROM member m
                      WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND m.objid = c.oid)
), proc AS (
  SELECT p.oid, p.prokind, p.proowner, p.proacl,
         pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(p.proname)
           || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')' AS name
    FROM pg_catalog.pg_proc p JOIN ns ON ns.oid = p.pronamespace
   WHERE NOT EXISTS (SELECT FROM member m
                      WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND m.objid = p.oid)
), typ AS (
  SELECT t.oid, t.typtype, t.typowner, t.typrelid, t.typbasetype, t.typtypmod, t.typnotnull,
         t.typdefault,
         pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(t.typname) AS name
    FROM pg_catalog.pg_type t JOIN ns ON ns.oid = t.typnamespace
   WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r')
     AND (t.typrelid = 0
          OR (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c')
     AND NOT EXISTS (SELECT FROM pg_catalog.pg_type el
                      WHERE el.oid = t.typelem AND el.typarray = t.oid)
     AND NOT EXISTS (SELECT FROM member m
                      WHERE m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND m.objid = t.oid)
)
SELECT 'schema'::text AS kind, pg_catalog.quote_ident(ns.nspname) AS name, NULL::text AS parent,
       pg_catalog.jsonb_build_object('owner', pg_catalog.pg_get_userbyid(ns.nspowner)) AS props
  FROM ns
 WHERE NOT EXISTS (SELECT FROM member m
                    WHERE m.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND m.objid = ns.oid)
UNION ALL
SELECT CASE WHEN r.relkind IN ('r', 'p', 'f') THEN 'table'
            WHEN r.relkind IN ('v', 'm') THEN 'view'
            WHEN r.relkind = 'S' THEN 'sequence'
            ELSE 'index' END,
       r.name,
       CASE WHEN r.relkind IN ('i', 'I') THEN
         pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(tc.relname) END,
       CASE WHEN r.relkind IN ('r', 'p', 'f') THEN pg_catalog.jsonb_build_object(
              'owner', pg_catalog.pg_get_userbyid(r.relowner),
              'persistence', r.relpersistence,
              'partitioned', r.relkind = 'p',
              'row security', r.relrowsecurity,
              'forced row security', r.relforcerowsecurity,
              'options', r.reloptions)
            WHEN r.relkind IN ('v', 'm') THEN pg_catalog.jsonb_build_object(
              'owner', pg_catalog.pg_get_userbyid(r.relowner),
              'materialized', r.relkind = 'm',
              'definition', (SELECT pg_catalog.md5(pg_catalog.regexp_replace((pg_catalog.array_agg(rw.ev_action::text ORDER BY rw.rulename))::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g'))
                               FROM pg_catalog.pg_rewrite rw WHERE rw.ev_class = r.oid),
              'options', r.reloptions)
            WHEN r.relkind = 'S' THEN (
              SELECT pg_catalog.jsonb_build_object(
                       'owner', pg_catalog.pg_get_userbyid(r.relowner),
                       'type', s.seqtypid::pg_catalog.regtype::text, 'start', s.seqstart,
                       'increment', s.seqincrement, 'min', s.seqmin, 'max', s.seqmax,
                       'cycle', s.seqcycle, 'cache', s.seqcache)
                FROM pg_catalog.pg_sequence s WHERE s.seqrelid = r.oid)
            ELSE pg_catalog.jsonb_build_object(
              'definition', pg_catalog.md5(i.indkey::text || '|' || i.indclass::text || '|'
                  || i.indcollation::text || '|' || i.indoption::text || '|' || i.indisunique
                  || '|' || i.indisprimary || '|'
                  || (SELECT am.amname FROM pg_catalog.pg_am am
                        JOIN pg_catalog.pg_class ic ON ic.relam = am.oid WHERE ic.oid = r.oid)),
              'expressions', CASE WHEN i.indexprs IS NOT NULL OR i.indpred IS NOT NULL THEN
                pg_catalog.md5(pg_catalog.regexp_replace((coalesce(i.indexprs::text, '') || '|' || coalesce(i.indpred::text, ''))::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g')) END,
              'valid', i.indisvalid,
              'options', r.reloptions) END
  FROM rel r
  LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = r.oid
  LEFT JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid
  LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
 WHERE NOT (r.relkind = 'S' AND EXISTS (
             SELECT FROM pg_catalog.pg_depend d
              WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = r.oid
                AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                AND d.deptype IN ('a', 'i')))
   AND NOT (r.relkind IN ('i', 'I') AND EXISTS (
             SELECT FROM pg_catalog.pg_constraint con
              WHERE con.conindid = r.oid AND con.contype IN ('p', 'u', 'x')))
UNION ALL
SELECT 'column', r.name || '.' || pg_catalog.quote_ident(a.attname), r.name,
       pg_catalog.jsonb_build_object(
         'type', pg_catalog.format_type(a.atttypid, a.atttypmod),
         'not null', a.attnotnull,
         -- A default holds no column references, so it deparses without opening (locking) the
         -- table; a generation expression does, and is compared as its node tree.
         'default', CASE WHEN {{ATTGENERATED}} = '' THEN pg_catalog.pg_get_expr(ad.adbin, 0) END,
         'generation', CASE WHEN {{ATTGENERATED}} <> '' THEN pg_catalog.md5(pg_catalog.regexp_replace((ad.adbin)::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g')) END,
         'identity', nullif(a.attidentity::text, ''),
         'generated', nullif({{ATTGENERATED}}, ''),
         'collation', CASE WHEN a.attcollation <> t.typcollation THEN
                        (SELECT co.collname FROM pg_catalog.pg_collation co
                          WHERE co.oid = a.attcollation) END)
  FROM rel r
  JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
 WHERE r.relkind IN ('r', 'p', 'f')
UNION ALL
SELECT 'constraint', coalesce(r.name, ty.name) || '.' || pg_catalog.quote_ident(con.conname),
       coalesce(r.name, ty.name),
       -- Keys deparse from names alone; an expression (CHECK, EXCLUDE, a trigger's) would lock the
       -- table to deparse, so it is compared as its node tree.
       pg_catalog.jsonb_build_object(
         'definition', CASE WHEN con.contype IN ('p', 'u', 'f')
                            THEN pg_catalog.pg_get_constraintdef(con.oid) END,
         'expression', CASE WHEN con.contype NOT IN ('p', 'u', 'f') THEN pg_catalog.md5(pg_catalog.regexp_replace((con.contype::text || '|' || coalesce(con.conkey::text, '') || '|'
                                 || coalesce(con.conexclop::text, '') || '|' || coalesce(con.conbin::text, ''))::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g')) END,
         'deferrable', con.condeferrable, 'deferred', con.condeferred,
         'validated', con.convalidated)
  FROM pg_catalog.pg_constraint con
  LEFT JOIN rel r ON r.oid = con.conrelid AND con.conrelid <> 0
  LEFT JOIN typ ty ON ty.oid = con.contypid AND con.contypid <> 0
 WHERE (r.oid IS NOT NULL OR ty.oid IS NOT NULL) AND con.contype <> 'n'
UNION ALL
SELECT CASE WHEN p.prokind = 'p' THEN 'procedure' ELSE 'function' END, p.name, NULL,
       pg_catalog.jsonb_build_object(
         'owner', pg_catalog.pg_get_userbyid(p.proowner),
         'returns', CASE WHEN pp.proretset THEN 'setof ' ELSE '' END
                    || pp.prorettype::pg_catalog.regtype::text,
         'arguments', pg_catalog.md5(coalesce(pp.proargnames::text, '') || '|'
                    || coalesce(pp.proallargtypes::text, '') || '|'
                    || coalesce(pp.proargmodes::text, '') || '|'
                    || coalesce(pp.proargdefaults::text, '')),
         'language', l.lanname,
         'volatility', pp.provolatile, 'strict', pp.proisstrict,
         'security definer', pp.prosecdef, 'leakproof', pp.proleakproof,
         'parallel', pp.proparallel, 'settings', pp.proconfig,
         'body', pg_catalog.md5(coalesce(pp.prosrc, '') || '|' || coalesce(pp.probin, '')
                    || '|' || {{PROSQLBODY}}))
  FROM proc p
  JOIN pg_catalog.pg_proc pp ON pp.oid = p.oid
  JOIN pg_catalog.pg_language l ON l.oid = pp.prolang
UNION ALL
SELECT 'trigger', r.name || '.' || pg_catalog.quote_ident(tg.tgname), r.name,
       pg_catalog.jsonb_build_object(
         'definition', pg_catalog.md5(pg_catalog.regexp_replace((tg.tgtype || '|' || tg.tgfoid::pg_catalog.regprocedure::text || '|'
             || pg_catalog.encode(tg.tgargs, 'hex') || '|' || tg.tgattr::text || '|'
             || tg.tgdeferrable || tg.tginitdeferred || '|' || coalesce(tg.tgoldtable::text, '')
             || '|' || coalesce(tg.tgnewtable::text, '') || '|' || coalesce(tg.tgqual::text, ''))::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g')),
         'enabled', tg.tgenabled)
  FROM pg_catalog.pg_trigger tg JOIN rel r ON r.oid = tg.tgrelid
 WHERE NOT tg.tgisinternal
UNION ALL
SELECT 'type', ty.name, NULL,
       pg_catalog.jsonb_build_object(
         'owner', pg_catalog.pg_get_userbyid(ty.typowner),
         'kind', ty.typtype,
         'base type', CASE WHEN ty.typtype = 'd' THEN
                        pg_catalog.format_type(ty.typbasetype, ty.typtypmod) END,
         'not null', ty.typnotnull,
         'default', ty.typdefault,
         'values', CASE WHEN ty.typtype = 'e' THEN
                     (SELECT pg_catalog.array_agg(e.enumlabel ORDER BY e.enumsortorder)
                        FROM pg_catalog.pg_enum e WHERE e.enumtypid = ty.oid) END,
         'attributes', CASE WHEN ty.typtype = 'c' THEN
                         (SELECT pg_catalog.array_agg(pg_catalog.quote_ident(a.attname) || ' '
                                   || pg_catalog.format_type(a.atttypid, a.atttypmod)
                                   ORDER BY a.attnum)
                            FROM pg_catalog.pg_attribute a
                           WHERE a.attrelid = ty.typrelid AND a.attnum > 0
                             AND NOT a.attisdropped) END,
         'subtype', CASE WHEN ty.typtype = 'r' THEN
                      (SELECT rg.rngsubtype::pg_catalog.regtype::text FROM pg_catalog.pg_range rg
                        WHERE rg.rngtypid = ty.oid) END)
  FROM typ ty
UNION ALL
SELECT 'policy', r.name || '.' || pg_catalog.quote_ident(pol.polname), r.name,
       pg_catalog.jsonb_build_object(
         'command', pol.polcmd, 'permissive', pol.polpermissive,
         'roles', (SELECT pg_catalog.array_agg(CASE WHEN x = 0 THEN 'public'
                                                   ELSE pg_catalog.pg_get_userbyid(x) END
                                              ORDER BY 1)
                     FROM pg_catalog.unnest(pol.polroles) AS x),
         'using', pg_catalog.md5(pg_catalog.regexp_replace((coalesce(pol.polqual::text, ''))::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g')),
         'check', pg_catalog.md5(pg_catalog.regexp_replace((coalesce(pol.polwithcheck::text, ''))::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g')))
  FROM pg_catalog.pg_policy pol JOIN rel r ON r.oid = pol.polrelid
UNION ALL
SELECT 'extension', pg_catalog.quote_ident(e.extname), NULL,
       pg_catalog.jsonb_build_object(
         'version', e.extversion,
         'schema', (SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid = e.extnamespace))
  FROM pg_catalog.pg_extension e
UNION ALL
SELECT 'role', pg_catalog.quote_ident(ro.rolname), NULL,
       pg_catalog.jsonb_build_object(
         'superuser', ro.rolsuper, 'login', ro.rolcanlogin, 'inherit', ro.rolinherit,
         'create role', ro.rolcreaterole, 'create database', ro.rolcreatedb,
         'replication', ro.rolreplication, 'bypass row security', ro.rolbypassrls,
         'connection limit', ro.rolconnlimit, 'valid until', ro.rolvaliduntil,
         'member of', (SELECT pg_catalog.array_agg(pg_catalog.pg_get_userbyid(am.roleid) ORDER BY 1)
                         FROM pg_catalog.pg_auth_members am WHERE am.member = ro.oid))
  FROM pg_catalog.pg_roles ro
 WHERE ro.rolname !~ '^pg_'
UNION ALL
-- Grants per object and grantee. The owner's own privileges are implied by ownership and
-- appear in the ACL only once any grant made it explicit, so they are left out.
SELECT 'grant', g.object || ' TO ' || g.grantee, g.object,
       pg_catalog.jsonb_build_object('privileges', g.privileges)
  FROM (
    SELECT x.object,
           CASE WHEN a.grantee = 0 THEN 'PUBLIC'
                ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END AS grantee,
           pg_catalog.string_agg(a.privilege_type || CASE WHEN a.is_grantable THEN ' (with grant option)' ELSE '' END,
                                 ', ' ORDER BY a.privilege_type) AS privileges
      FROM (SELECT pg_catalog.quote_ident(ns.nspname) AS object, ns.nspacl AS acl, ns.nspowner AS owner FROM ns
             WHERE ns.nspacl IS NOT NULL
            UNION ALL
            SELECT r.name, r.relacl, r.relowner FROM rel r WHERE r.relacl IS NOT NULL
            UNION ALL
            SELECT p.name, p.proacl, p.proowner FROM proc p WHERE p.proacl IS NOT NULL) x,
           LATERAL pg_catalog.aclexplode(x.acl) a
     WHERE a.grantee <> x.owner
     GROUP BY 1, 2) g
