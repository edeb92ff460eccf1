-- The catalog as the change report sees it: one row per object, (kind, name) unique, `props` the
-- properties whose change makes the object "altered", as a text array of keys and values (lists
-- as their JSON text; cheaper to build than jsonb, see propsOf in change-report.ts). Long texts
-- (bodies, definitions) are kept as md5 digests: the report says what changed, not how, and the
-- snapshot stays small.
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
-- Every row also carries its identity in the catalog (k1, k2: the object's oid, a column's
-- table and number, a grant's object and grantee) and a fingerprint `fp`: the xmin of each
-- catalog row its name and props are read from (a new row version, and so a new xmin, comes with
-- every change of a catalog row). `fv` fingerprints by value where xmin cannot be read (roles).
-- Rows of kind `~…` are such fingerprints only, of things named in other objects' props that are
-- not reported themselves (an owned sequence in a default, a collation, a language, an access
-- method); they never appear in the report.
--
-- Markers, replaced by change-report.ts before the query runs: ATTGENERATED and PROSQLBODY per
-- server version; FULL and LIGHT (compute all props, or only the few a created object's line
-- shows) as true or false; MATCH, nothing or a join of each row to the stored snapshot by
-- identity and fingerprint, and NEW, whether the row is new (unmatched): names and props are
-- computed for new rows only, so that comparing an unchanged catalog costs little more than
-- reading it; MATCHTABLE and OLDTABLE, the same for a column's table (the columns of a new
-- table are not listed).
WITH ns AS (
  SELECT n.oid, n.xmin AS x, n.nspname, n.nspowner, n.nspacl
    FROM pg_catalog.pg_namespace n
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
     AND n.nspname !~ '^pg_(toast_)?temp_'
), member AS (
  SELECT d.classid, d.objid FROM pg_catalog.pg_depend d
   WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e'
), rel AS (
  SELECT c.oid, c.xmin AS x, c.relkind, c.relowner, c.relacl, c.relpersistence, c.relrowsecurity,
         c.relforcerowsecurity, c.reloptions, c.relam,
         pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS name
    FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S', 'i', 'I')
     AND NOT EXISTS (SELECT FROM member m
                      WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND m.objid = c.oid)
), proc AS (
  SELECT p.oid, p.xmin AS x, p.prokind, p.proowner, p.proacl,
         pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(p.proname)
             || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')' AS name
    FROM pg_catalog.pg_proc p JOIN ns ON ns.oid = p.pronamespace
   WHERE NOT EXISTS (SELECT FROM member m
                      WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND m.objid = p.oid)
), typ AS (
  SELECT t.oid, t.xmin AS x, t.typtype, t.typowner, t.typrelid, t.typbasetype, t.typtypmod,
         t.typnotnull, t.typdefault,
         pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(t.typname) AS name
    FROM pg_catalog.pg_type t JOIN ns ON ns.oid = t.typnamespace
   WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r')
     AND (t.typrelid = 0 OR EXISTS (SELECT FROM pg_catalog.pg_class tc
                                     WHERE tc.oid = t.typrelid AND tc.relkind = 'c'))
     AND (t.typelem = 0 OR NOT EXISTS (SELECT FROM pg_catalog.pg_type el
                                        WHERE el.oid = t.typelem AND el.typarray = t.oid))
     AND NOT EXISTS (SELECT FROM member m
                      WHERE m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND m.objid = t.oid)
), idx AS (
  -- An index's row, its table's name; indexes backing a constraint are left out.
  SELECT i.indexrelid, i.xmin AS x, i.indkey, i.indclass, i.indcollation, i.indoption,
         i.indisunique, i.indisprimary, i.indisvalid, i.indexprs, i.indpred,
         pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(tc.relname) AS parent
    FROM pg_catalog.pg_index i
    JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid
    JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
   WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_constraint con
                      WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
)
SELECT id.kind, {{NEW}} AS new, CASE WHEN {{NEW}} THEN pg_catalog.quote_ident(ns.nspname) END AS name,
       NULL::text AS parent, id.k1, id.k2, id.fp, NULL::text AS fv,
       CASE WHEN {{FULL}} THEN
         ARRAY['owner', (pg_catalog.pg_get_userbyid(ns.nspowner))::text] END AS props
  FROM ns
  CROSS JOIN LATERAL (SELECT 'schema'::text AS kind, ns.oid AS k1, 0::pg_catalog.oid AS k2,
                             ARRAY[ns.x] AS fp, NULL::text AS fv) id
  {{MATCH}}
 WHERE NOT EXISTS (SELECT FROM member m
                    WHERE m.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND m.objid = ns.oid)
UNION ALL
SELECT id.kind, {{NEW}} AS new, r.name, i.parent, id.k1, id.k2, id.fp, NULL,
       CASE WHEN NOT {{FULL}} THEN NULL
            WHEN r.relkind IN ('r', 'p', 'f') THEN ARRAY[
              'owner', (pg_catalog.pg_get_userbyid(r.relowner))::text,
              'persistence', r.relpersistence::text,
              'partitioned', (r.relkind = 'p')::text,
              'row security', r.relrowsecurity::text,
              'forced row security', r.relforcerowsecurity::text,
              'options', pg_catalog.array_to_json(r.reloptions)::text]
            WHEN r.relkind IN ('v', 'm') THEN ARRAY[
              'owner', (pg_catalog.pg_get_userbyid(r.relowner))::text,
              'materialized', (r.relkind = 'm')::text,
              'definition', ((SELECT pg_catalog.md5(pg_catalog.regexp_replace((pg_catalog.array_agg(rw.ev_action::text ORDER BY rw.rulename))::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g'))
                               FROM pg_catalog.pg_rewrite rw WHERE rw.ev_class = r.oid))::text,
              'options', pg_catalog.array_to_json(r.reloptions)::text]
            WHEN r.relkind = 'S' THEN (
              SELECT ARRAY[
                       'owner', (pg_catalog.pg_get_userbyid(r.relowner))::text,
                       'type', s.seqtypid::pg_catalog.regtype::text, 'start', s.seqstart::text,
                       'increment', s.seqincrement::text, 'min', s.seqmin::text, 'max', s.seqmax::text,
                       'cycle', s.seqcycle::text, 'cache', s.seqcache::text]
                FROM pg_catalog.pg_sequence s WHERE s.seqrelid = r.oid)
            ELSE ARRAY[
              'definition', pg_catalog.md5(i.indkey::text || '|' || i.indclass::text || '|'
                  || i.indcollation::text || '|' || i.indoption::text || '|' || i.indisunique
                  || '|' || i.indisprimary || '|'
                  || (SELECT am.amname FROM pg_catalog.pg_am am WHERE am.oid = r.relam)),
              'expressions', (CASE WHEN i.indexprs IS NOT NULL OR i.indpred IS NOT NULL THEN
                pg_catalog.md5(pg_catalog.regexp_replace((coalesce(i.indexprs::text, '') || '|' || coalesce(i.indpred::text, ''))::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g')) END)::text,
              'valid', i.indisvalid::text,
              'options', pg_catalog.array_to_json(r.reloptions)::text] END
  FROM rel r
  LEFT JOIN idx i ON i.indexrelid = r.oid
  CROSS JOIN LATERAL (
    SELECT CASE WHEN r.relkind IN ('r', 'p', 'f') THEN 'table'
                WHEN r.relkind IN ('v', 'm') THEN 'view'
                WHEN r.relkind = 'S' THEN 'sequence'
                ELSE 'index' END AS kind,
           r.oid AS k1, 0::pg_catalog.oid AS k2,
           CASE WHEN r.relkind IN ('v', 'm') THEN
                  ARRAY[r.x] || (SELECT pg_catalog.array_agg(rw.xmin ORDER BY rw.oid)
                                   FROM pg_catalog.pg_rewrite rw WHERE rw.ev_class = r.oid)
                WHEN r.relkind = 'S' THEN
                  ARRAY[r.x, (SELECT s.xmin FROM pg_catalog.pg_sequence s WHERE s.seqrelid = r.oid)]
                WHEN r.relkind IN ('i', 'I') THEN ARRAY[r.x, i.x]
                ELSE ARRAY[r.x] END AS fp, NULL::text AS fv) id
  {{MATCH}}
 WHERE NOT (r.relkind = 'S' AND EXISTS (
             SELECT FROM pg_catalog.pg_depend d
              WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = r.oid
                AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                AND d.deptype IN ('a', 'i')))
   AND (r.relkind NOT IN ('i', 'I') OR i.indexrelid IS NOT NULL)
UNION ALL
-- A sequence owned by a column is not reported, but a default names it.
SELECT id.kind, {{NEW}} AS new, r.name, NULL, id.k1, id.k2, id.fp, NULL, NULL
  FROM rel r
  CROSS JOIN LATERAL (SELECT '~sequence'::text AS kind, r.oid AS k1, 0::pg_catalog.oid AS k2,
                             ARRAY[r.x] AS fp, NULL::text AS fv) id
  {{MATCH}}
 WHERE r.relkind = 'S' AND EXISTS (
         SELECT FROM pg_catalog.pg_depend d
          WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = r.oid
            AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
            AND d.deptype IN ('a', 'i'))
UNION ALL
-- The report lists a new table, not its columns: a new table's columns get no name (below).
SELECT id.kind, {{NEW}} AS new,
       CASE WHEN {{NEW}} AND {{OLDTABLE}} THEN r.name || '.' || pg_catalog.quote_ident(a.attname) END,
       r.name, id.k1, id.k2, id.fp, NULL,
       CASE WHEN {{FULL}} THEN ARRAY[
         'type', pg_catalog.format_type(a.atttypid, a.atttypmod),
         'not null', a.attnotnull::text,
         -- A default holds no column references, so it deparses without opening (locking) the
         -- table; a generation expression does, and is compared as its node tree.
         'default', (CASE WHEN {{ATTGENERATED}} = '' THEN pg_catalog.pg_get_expr(ad.adbin, 0) END)::text,
         'generation', (CASE WHEN {{ATTGENERATED}} <> '' THEN pg_catalog.md5(pg_catalog.regexp_replace((ad.adbin)::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g')) END)::text,
         'identity', nullif(a.attidentity::text, ''),
         'generated', nullif({{ATTGENERATED}}, ''),
         'collation', (CASE WHEN a.attcollation <> t.typcollation THEN
                        (SELECT co.collname FROM pg_catalog.pg_collation co
                          WHERE co.oid = a.attcollation) END)::text]
            WHEN {{LIGHT}} AND {{NEW}} AND {{OLDTABLE}} THEN ARRAY[
              'type', pg_catalog.format_type(a.atttypid, a.atttypmod), 'not null', a.attnotnull::text]
       END
  FROM rel r
  JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
  CROSS JOIN LATERAL (SELECT 'column'::text AS kind, r.oid AS k1, a.attnum::int4::pg_catalog.oid AS k2,
                             ARRAY[a.xmin, ad.xmin] AS fp, NULL::text AS fv) id
  {{MATCH}}
  {{MATCHTABLE}}
 WHERE r.relkind IN ('r', 'p', 'f')
   -- The light comparison leaves out the columns of new tables altogether: not listed, and new,
   -- so no match to count either (a fresh deploy's columns are most of its objects).
   AND {{OLDTABLE}}
UNION ALL
SELECT id.kind, {{NEW}} AS new, CASE WHEN {{NEW}} THEN coalesce(r.name, ty.name) || '.' || pg_catalog.quote_ident(con.conname) END,
       coalesce(r.name, ty.name), id.k1, id.k2, id.fp, NULL,
       -- Keys deparse from names alone; an expression (CHECK, EXCLUDE, a trigger's) would lock the
       -- table to deparse, so it is compared as its node tree.
       CASE WHEN {{FULL}} THEN ARRAY[
         'definition', (CASE WHEN con.contype IN ('p', 'u', 'f')
                            THEN pg_catalog.pg_get_constraintdef(con.oid) END)::text,
         'expression', (CASE WHEN con.contype NOT IN ('p', 'u', 'f') THEN pg_catalog.md5(pg_catalog.regexp_replace((con.contype::text || '|' || coalesce(con.conkey::text, '') || '|'
                                 || coalesce(con.conexclop::text, '') || '|' || coalesce(con.conbin::text, ''))::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g')) END)::text,
         'deferrable', con.condeferrable::text, 'deferred', con.condeferred::text,
         'validated', con.convalidated::text] END
  FROM pg_catalog.pg_constraint con
  LEFT JOIN rel r ON r.oid = con.conrelid AND con.conrelid <> 0
  LEFT JOIN typ ty ON ty.oid = con.contypid AND con.contypid <> 0
  CROSS JOIN LATERAL (SELECT 'constraint'::text AS kind, con.oid AS k1, 0::pg_catalog.oid AS k2,
                             ARRAY[con.xmin] AS fp, NULL::text AS fv) id
  {{MATCH}}
 WHERE (r.oid IS NOT NULL OR ty.oid IS NOT NULL) AND con.contype <> 'n'
UNION ALL
SELECT id.kind, {{NEW}} AS new, p.name, NULL, id.k1, id.k2, id.fp, NULL,
       CASE WHEN {{FULL}} THEN ARRAY[
         'owner', (pg_catalog.pg_get_userbyid(p.proowner))::text,
         'returns', (CASE WHEN pp.proretset THEN 'setof ' ELSE '' END
                    || pp.prorettype::pg_catalog.regtype::text)::text,
         'arguments', pg_catalog.md5(coalesce(pp.proargnames::text, '') || '|'
                    || coalesce(pp.proallargtypes::text, '') || '|'
                    || coalesce(pp.proargmodes::text, '') || '|'
                    || coalesce(pp.proargdefaults::text, '')),
         'language', ((SELECT l.lanname FROM pg_catalog.pg_language l WHERE l.oid = pp.prolang))::text,
         'volatility', pp.provolatile::text, 'strict', pp.proisstrict::text,
         'security definer', pp.prosecdef::text, 'leakproof', pp.proleakproof::text,
         'parallel', pp.proparallel::text, 'settings', pg_catalog.array_to_json(pp.proconfig)::text,
         'body', pg_catalog.md5(coalesce(pp.prosrc, '') || '|' || coalesce(pp.probin, '')
                    || '|' || {{PROSQLBODY}})] END
  FROM proc p
  JOIN pg_catalog.pg_proc pp ON pp.oid = p.oid
  CROSS JOIN LATERAL (SELECT CASE WHEN p.prokind = 'p' THEN 'procedure' ELSE 'function' END AS kind,
                             p.oid AS k1, 0::pg_catalog.oid AS k2, ARRAY[p.x] AS fp, NULL::text AS fv) id
  {{MATCH}}
UNION ALL
SELECT id.kind, {{NEW}} AS new, CASE WHEN {{NEW}} THEN r.name || '.' || pg_catalog.quote_ident(tg.tgname) END,
       r.name, id.k1, id.k2, id.fp, NULL,
       CASE WHEN {{FULL}} THEN ARRAY[
         'definition', pg_catalog.md5(pg_catalog.regexp_replace((tg.tgtype || '|' || tg.tgfoid::pg_catalog.regprocedure::text || '|'
             || pg_catalog.encode(tg.tgargs, 'hex') || '|' || tg.tgattr::text || '|'
             || tg.tgdeferrable || tg.tginitdeferred || '|' || coalesce(tg.tgoldtable::text, '')
             || '|' || coalesce(tg.tgnewtable::text, '') || '|' || coalesce(tg.tgqual::text, ''))::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g')),
         'enabled', tg.tgenabled::text] END
  FROM pg_catalog.pg_trigger tg JOIN rel r ON r.oid = tg.tgrelid
  CROSS JOIN LATERAL (SELECT 'trigger'::text AS kind, tg.oid AS k1, 0::pg_catalog.oid AS k2,
                             ARRAY[tg.xmin] AS fp, NULL::text AS fv) id
  {{MATCH}}
 WHERE NOT tg.tgisinternal
UNION ALL
SELECT id.kind, {{NEW}} AS new, ty.name, NULL, id.k1, id.k2, id.fp, NULL,
       CASE WHEN {{FULL}} THEN ARRAY[
         'owner', (pg_catalog.pg_get_userbyid(ty.typowner))::text,
         'kind', ty.typtype::text,
         'base type', (CASE WHEN ty.typtype = 'd' THEN
                        pg_catalog.format_type(ty.typbasetype, ty.typtypmod) END)::text,
         'not null', ty.typnotnull::text,
         'default', ty.typdefault,
         'values', pg_catalog.array_to_json(CASE WHEN ty.typtype = 'e' THEN
                     (SELECT pg_catalog.array_agg(e.enumlabel ORDER BY e.enumsortorder)
                        FROM pg_catalog.pg_enum e WHERE e.enumtypid = ty.oid) END)::text,
         'attributes', pg_catalog.array_to_json(CASE WHEN ty.typtype = 'c' THEN
                         (SELECT pg_catalog.array_agg(pg_catalog.quote_ident(a.attname) || ' '
                                   || pg_catalog.format_type(a.atttypid, a.atttypmod)
                                   ORDER BY a.attnum)
                            FROM pg_catalog.pg_attribute a
                           WHERE a.attrelid = ty.typrelid AND a.attnum > 0
                             AND NOT a.attisdropped) END)::text,
         'subtype', (CASE WHEN ty.typtype = 'r' THEN
                      (SELECT rg.rngsubtype::pg_catalog.regtype::text FROM pg_catalog.pg_range rg
                        WHERE rg.rngtypid = ty.oid) END)::text] END
  FROM typ ty
  CROSS JOIN LATERAL (
    SELECT 'type'::text AS kind, ty.oid AS k1, 0::pg_catalog.oid AS k2,
           ARRAY[ty.x]
           || CASE WHEN ty.typtype = 'e' THEN
                (SELECT pg_catalog.array_agg(e.xmin ORDER BY e.oid)
                   FROM pg_catalog.pg_enum e WHERE e.enumtypid = ty.oid) END
           || CASE WHEN ty.typtype = 'c' THEN
                (SELECT pg_catalog.array_agg(a.xmin ORDER BY a.attnum)
                   FROM pg_catalog.pg_attribute a WHERE a.attrelid = ty.typrelid) END
           || CASE WHEN ty.typtype = 'r' THEN
                (SELECT pg_catalog.array_agg(rg.xmin)
                   FROM pg_catalog.pg_range rg WHERE rg.rngtypid = ty.oid) END AS fp, NULL::text AS fv) id
  {{MATCH}}
UNION ALL
SELECT id.kind, {{NEW}} AS new, CASE WHEN {{NEW}} THEN r.name || '.' || pg_catalog.quote_ident(pol.polname) END,
       r.name, id.k1, id.k2, id.fp, NULL,
       CASE WHEN {{FULL}} THEN ARRAY[
         'command', pol.polcmd::text, 'permissive', pol.polpermissive::text,
         'roles', pg_catalog.array_to_json((SELECT pg_catalog.array_agg(CASE WHEN x = 0 THEN 'public'
                                                   ELSE pg_catalog.pg_get_userbyid(x) END
                                              ORDER BY 1)
                     FROM pg_catalog.unnest(pol.polroles) AS x))::text,
         'using', pg_catalog.md5(pg_catalog.regexp_replace((coalesce(pol.polqual::text, ''))::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g')),
         'check', pg_catalog.md5(pg_catalog.regexp_replace((coalesce(pol.polwithcheck::text, ''))::text, ' :(stmt_)?(location|len) -?[0-9]+', '', 'g'))] END
  FROM pg_catalog.pg_policy pol JOIN rel r ON r.oid = pol.polrelid
  CROSS JOIN LATERAL (SELECT 'policy'::text AS kind, pol.oid AS k1, 0::pg_catalog.oid AS k2,
                             ARRAY[pol.xmin] AS fp, NULL::text AS fv) id
  {{MATCH}}
UNION ALL
SELECT id.kind, {{NEW}} AS new, CASE WHEN {{NEW}} THEN pg_catalog.quote_ident(e.extname) END, NULL,
       id.k1, id.k2, id.fp, NULL,
       CASE WHEN {{FULL}} THEN ARRAY[
         'version', e.extversion,
         'schema', ((SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid = e.extnamespace))::text] END
  FROM pg_catalog.pg_extension e
  CROSS JOIN LATERAL (SELECT 'extension'::text AS kind, e.oid AS k1, 0::pg_catalog.oid AS k2,
                             ARRAY[e.xmin] AS fp, NULL::text AS fv) id
  {{MATCH}}
UNION ALL
-- Roles: pg_authid (and so its xmin) is for superusers only; a role is fingerprinted by value.
SELECT id.kind, {{NEW}} AS new, CASE WHEN {{NEW}} THEN ro.name END, NULL, id.k1, id.k2, id.fp, id.fv,
       CASE WHEN {{FULL}} THEN ro.props END
  FROM (SELECT r.oid, pg_catalog.quote_ident(r.rolname) AS name,
               ARRAY[
                 'superuser', r.rolsuper::text, 'login', r.rolcanlogin::text, 'inherit', r.rolinherit::text,
                 'create role', r.rolcreaterole::text, 'create database', r.rolcreatedb::text,
                 'replication', r.rolreplication::text, 'bypass row security', r.rolbypassrls::text,
                 'connection limit', r.rolconnlimit::text, 'valid until', pg_catalog.to_jsonb(r.rolvaliduntil) OPERATOR(pg_catalog.#>>) '{}',
                 'member of', pg_catalog.array_to_json((SELECT pg_catalog.array_agg(pg_catalog.pg_get_userbyid(am.roleid) ORDER BY 1)
                                 FROM pg_catalog.pg_auth_members am WHERE am.member = r.oid))::text] AS props
          FROM pg_catalog.pg_roles r
         WHERE r.rolname !~ '^pg_') ro
  CROSS JOIN LATERAL (SELECT 'role'::text AS kind, ro.oid AS k1, 0::pg_catalog.oid AS k2,
                             '{}'::pg_catalog.xid[] AS fp,
                             pg_catalog.md5(ro.name || ro.props::text) AS fv) id
  {{MATCH}}
UNION ALL
-- Things other objects' props name, not reported themselves: their fingerprints only.
SELECT id.kind, {{NEW}} AS new, NULL, NULL, id.k1, id.k2, id.fp, NULL, NULL
  FROM (SELECT '~collation'::text AS kind, co.oid AS k1, co.xmin AS x
          FROM pg_catalog.pg_collation co JOIN ns ON ns.oid = co.collnamespace
        UNION ALL
        SELECT '~language', l.oid, l.xmin FROM pg_catalog.pg_language l
        UNION ALL
        SELECT '~access method', am.oid, am.xmin FROM pg_catalog.pg_am am
        UNION ALL
        SELECT '~operator', o.oid, o.xmin
          FROM pg_catalog.pg_operator o JOIN ns ON ns.oid = o.oprnamespace) h
  CROSS JOIN LATERAL (SELECT h.kind, h.k1, 0::pg_catalog.oid AS k2, ARRAY[h.x] AS fp, NULL::text AS fv) id
  {{MATCH}}
UNION ALL
-- Grants per object and grantee. The owner's own privileges are implied by ownership and
-- appear in the ACL only once any grant made it explicit, so they are left out.
SELECT id.kind, {{NEW}} AS new, CASE WHEN {{NEW}} THEN g.object || ' TO ' || g.grantee END, g.object,
       id.k1, id.k2, id.fp, NULL,
       CASE WHEN {{FULL}} OR ({{LIGHT}} AND {{NEW}}) THEN ARRAY['privileges', g.privileges] END
  FROM (
    SELECT x.oid, (pg_catalog.array_agg(x.x))[1] AS x, x.object, a.grantee AS grantee_oid,
           CASE WHEN a.grantee = 0 THEN 'PUBLIC'
                ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END AS grantee,
           pg_catalog.string_agg(a.privilege_type || CASE WHEN a.is_grantable THEN ' (with grant option)' ELSE '' END,
                                 ', ' ORDER BY a.privilege_type) AS privileges
      FROM (SELECT ns.oid, ns.x, pg_catalog.quote_ident(ns.nspname) AS object,
                   ns.nspacl AS acl, ns.nspowner AS owner FROM ns
             WHERE ns.nspacl IS NOT NULL
            UNION ALL
            SELECT r.oid, r.x, r.name, r.relacl, r.relowner FROM rel r WHERE r.relacl IS NOT NULL
            UNION ALL
            SELECT p.oid, p.x, p.name, p.proacl, p.proowner FROM proc p WHERE p.proacl IS NOT NULL) x,
           LATERAL pg_catalog.aclexplode(x.acl) a
     WHERE a.grantee <> x.owner
     GROUP BY x.oid, x.object, a.grantee) g
  CROSS JOIN LATERAL (SELECT 'grant'::text AS kind, g.oid AS k1, g.grantee_oid AS k2,
                             ARRAY[g.x] AS fp, NULL::text AS fv) id
  {{MATCH}}
