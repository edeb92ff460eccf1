-- The loader's set-based twin of pg_temp.pgmi_register_file (schema.sql): the same
-- normalisation and derivations, applied to every file in one INSERT. Inserting through the
-- function costs one executor start per file, and each start prepares all ~25 CHECK expressions
-- of _pgmi_source again (several times slower over thousands of files). An integration test
-- keeps the two in step.
--
-- No ORDER BY: row order is not observable, and sorting would copy every file's content
-- (spilling to disk for large files).
--
-- Each derivation step is its own subquery with OFFSET 0, which keeps the planner from pulling
-- it up: pulled up, every later reference would repeat the regular expressions of every earlier
-- step.
--
-- $1 paths, $3 checksums, $4 normalised checksums (text[]); the contents are one UTF-8 byte
-- string $2 (bytea, sent in binary: nothing to escape or parse) cut at the 1-based byte offsets
-- $5 with the byte lengths $6 (int[]). convert_from checks the bytes as any text parameter would.
INSERT INTO pg_temp._pgmi_source (
  path, name, directory, extension, depth, content, size_bytes, checksum, pgmi_checksum,
  path_parts, is_sql_file, is_test_file, parent_folder_name)
SELECT s.path,
       s.parts[cardinality(s.parts)],
       left(s.path, length(s.path) - length(s.parts[cardinality(s.parts)])),
       coalesce(substring(s.parts[cardinality(s.parts)] FROM '[.][A-Za-z0-9]+$'), ''),
       cardinality(s.parts) - 2,
       s.content,
       octet_length(s.content),
       s.checksum,
       s.pgmi_checksum,
       s.parts,
       pg_temp.pgmi_is_sql_file(s.path),
       strpos(s.path, '/__test__/') > 0 OR strpos(s.path, '/__tests__/') > 0,
       CASE WHEN cardinality(s.parts) > 2 THEN s.parts[cardinality(s.parts) - 1] END
  FROM (
    SELECT n.*, string_to_array(n.path, '/') AS parts
      FROM (
        SELECT p.content, p.checksum, p.pgmi_checksum,
               CASE WHEN strpos(p.path, '//') > 0 THEN regexp_replace(p.path, '/{2,}', '/', 'g')
                    ELSE p.path END AS path
          FROM (
            SELECT t.content, t.checksum, t.pgmi_checksum,
                   CASE WHEN left(t.path, 2) = './' THEN t.path
                        ELSE './' || regexp_replace(t.path, '^([.]/|/)+', '') END AS path
              FROM (
                SELECT convert_from(substring($2::bytea FROM f.content_offset FOR f.content_length),
                                    'UTF8') AS content,
                       f.checksum, f.pgmi_checksum,
                       replace(btrim(f.in_path, ' '), chr(92), '/') AS path
                  FROM unnest($1::text[], $5::int[], $6::int[], $3::text[], $4::text[])
                         AS f (in_path, content_offset, content_length, checksum, pgmi_checksum)
                OFFSET 0) t
            OFFSET 0) p
        OFFSET 0) n
    OFFSET 0) s
