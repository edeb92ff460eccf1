/*
<pgmi-meta
    id="2aaa08ee-336a-4160-8adc-5c94dc4e4d67"
    idempotent="true">
  <description>
    The schemas, owned by the owner role and closed to PUBLIC; the hstore and pgcrypto
    extensions in schema extensions.
  </description>
  <sortKeys>
    <key>000/020</key>
  </sortKeys>
</pgmi-meta>
*/
DO $schemas$
DECLARE
    v_schema  record;
BEGIN
    FOR v_schema IN
        SELECT * FROM (VALUES
            ('ledger', 'What deploy.sql has run: one row per script, one per execution'),
            ('app',    'Tables of the application; tenants see their own rows only'),
            ('api',    'Functions the application calls'),
            ('report', 'Read-only views across tenants, for reporting'),
            ('internal', 'Implementation details of the application layer'),
            ('membership', 'Users, identities, organisations, API keys'),
            ('core', 'Shared building blocks such as the organisation row-level security helper'),
            ('common', 'Small generic functions'),
            ('extensions', 'Extensions: hstore and pgcrypto'),
            ('embeddings', 'Embeddings for semantic tool curation (recipes/, opt-in)')
        ) AS s (name, description)
    LOOP
        IF to_regnamespace(v_schema.name) IS NULL THEN
            EXECUTE format('CREATE SCHEMA %I AUTHORIZATION %I', v_schema.name, pg_temp.param('owner_role'));
            EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', v_schema.name);
            RAISE NOTICE 'created schema %', v_schema.name;
        END IF;
        EXECUTE format('COMMENT ON SCHEMA %I IS %L', v_schema.name, v_schema.description);
    END LOOP;
END
$schemas$;

-- hstore (request headers) and pgcrypto (digests, random bytes for API keys) are trusted
-- extensions: the database owner may install them without superuser.
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;

-- pgvector, only when the curation recipe asks for it: it is not a trusted extension and not on
-- every managed service, so its absence is a warning (the recipe falls back to its pure-SQL
-- provider), never a failed deploy.
DO $pgvector$
BEGIN
    IF pg_temp.param('semantic_curation') = 'true' AND pg_temp.param('curation_provider') = 'pgvector' THEN
        IF NOT EXISTS (SELECT FROM pg_available_extensions WHERE name = 'vector') THEN
            RAISE WARNING 'pgvector is not available on this server; tool curation uses the hashed provider';
        ELSE
            BEGIN
                CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA extensions;
            EXCEPTION WHEN OTHERS THEN
                RAISE WARNING 'pgvector could not be installed (%); tool curation uses the hashed provider', SQLERRM;
            END;
        END IF;
    END IF;
END
$pgvector$;
