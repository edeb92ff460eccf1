/*
<pgmi-meta
    id="6d2f7a10-3c4b-4e8a-9f51-2b7c8d9e0a11"
    idempotent="true">
  <description>
    Recipe, opt-in (--param semantic_curation=true): semantic curation of agent tools. A marker
    table for agent tools, a catalog view and a curator ranking tools by similarity to a query
    embedding, and a swappable embedding provider: a deterministic hashed bag-of-words in pure
    SQL (default: no extension, no network), or pgvector when you choose it and it is available.
  </description>
  <sortKeys>
    <key>600/010</key>
  </sortKeys>
</pgmi-meta>
*/
-- 1. Provider ----------------------------------------------------------------------------------
-- embeddings.text_embedding is the one type the rest depends on. With curation_provider=hashed
-- (default) it is a float8[256] and `<=>` a cosine-distance operator defined here; with
-- curation_provider=pgvector it is extensions.vector(256), pgvector's own `<=>` applies, and the
-- embeddings come from your worker (api.list_pending_tool_embeddings / api.upsert_tool_embedding).
-- pgvector (installed by bootstrap/020-schemas.sql when asked for) missing is a warning there
-- and the hashed provider is used here: a deploy never fails for it.
DO $provider$
DECLARE
    v_have text;
BEGIN
    SELECT CASE WHEN format_type(t.typbasetype, t.typtypmod) LIKE '%vector%' THEN 'pgvector' ELSE 'hashed' END
      INTO v_have
      FROM pg_type t WHERE t.typname = 'text_embedding' AND t.typnamespace = 'embeddings'::regnamespace;
    IF v_have IS NULL AND pg_temp.param('curation_provider') = 'pgvector'
       AND EXISTS (SELECT FROM pg_extension WHERE extname = 'vector') THEN
        EXECUTE 'CREATE DOMAIN embeddings.text_embedding AS extensions.vector(256)';
        v_have := 'pgvector';
    END IF;
    IF v_have IS NULL THEN
        CREATE DOMAIN embeddings.text_embedding AS float8[]
            CHECK (VALUE IS NULL OR cardinality(VALUE) = 256);
        v_have := 'hashed';
    END IF;
    RAISE NOTICE 'semantic curation: % provider', v_have;
END
$provider$;

-- Cosine distance of two float8 vectors (the hashed provider's `<=>`).
CREATE OR REPLACE FUNCTION embeddings.cosine_distance(a float8[], b float8[]) RETURNS float8
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
    SELECT 1 - CASE WHEN na = 0 OR nb = 0 THEN 0 ELSE dot / (sqrt(na) * sqrt(nb)) END
      FROM (SELECT sum(x * y) AS dot, sum(x * x) AS na, sum(y * y) AS nb
              FROM unnest(a, b) AS u (x, y)) s
$fn$;
DO $op$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_operator WHERE oprname = '<=>' AND oprnamespace = 'embeddings'::regnamespace) THEN
        CREATE OPERATOR embeddings.<=> (LEFTARG = float8[], RIGHTARG = float8[],
                                        FUNCTION = embeddings.cosine_distance, COMMUTATOR = OPERATOR(embeddings.<=>));
    END IF;
END
$op$;

-- Deterministic hashed bag of words: lower-cased word tokens (a trailing plural s dropped),
-- each counted in one of 256 buckets chosen by md5, L2-normalised. No extension, no network:
-- the same text gives the same vector on every server.
CREATE OR REPLACE FUNCTION embeddings.hashed_embedding(p_text text) RETURNS float8[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    WITH tokens AS (
        SELECT regexp_replace(t[1], '(.{3,})s$', '\1') AS token
          FROM regexp_matches(lower(coalesce(p_text, '')), '[a-z0-9]+', 'g') AS t
         WHERE length(t[1]) > 1
           AND t[1] NOT IN ('the', 'and', 'for', 'of', 'in', 'to', 'a', 'an', 'is', 'what', 'it', 'on', 'at', 'with', 'by')
    ), buckets AS (
        SELECT ('x' || substr(md5(token), 1, 8))::bit(32)::bigint % 256 AS b, count(*)::float8 AS n
          FROM tokens GROUP BY 1
    ), norm AS (SELECT sqrt(sum(n * n)) AS z FROM buckets)
    SELECT array_agg(coalesce(b.n / nullif(norm.z, 0), 0) ORDER BY g.i)
      FROM generate_series(0, 255) AS g (i)
      LEFT JOIN buckets b ON b.b = g.i
      CROSS JOIN norm
$fn$;

-- 2. Marker and embeddings --------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS api.agent_tool (
    handler_object_id uuid PRIMARY KEY REFERENCES api.handler ON DELETE CASCADE,
    category          text NOT NULL,
    is_active         boolean NOT NULL DEFAULT true,
    input_schema      jsonb,
    tool_description  text,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS embeddings.tool_embedding (
    handler_object_id uuid PRIMARY KEY REFERENCES api.agent_tool ON DELETE CASCADE,
    embedding         embeddings.text_embedding NOT NULL,
    embedded_at       timestamptz NOT NULL DEFAULT now()
);

-- The provider in use, as recorded by the type of embeddings.text_embedding.
CREATE OR REPLACE FUNCTION embeddings.provider() RETURNS text
LANGUAGE sql STABLE AS $fn$
    SELECT CASE WHEN format_type(t.typbasetype, t.typtypmod) LIKE '%vector%' THEN 'pgvector' ELSE 'hashed' END
      FROM pg_type t WHERE t.typname = 'text_embedding' AND t.typnamespace = 'embeddings'::regnamespace
$fn$;

-- Query text → embedding, for the hashed provider (with pgvector, embed queries in your worker).
CREATE OR REPLACE FUNCTION embeddings.embed_text(p_text text) RETURNS embeddings.text_embedding
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    IF embeddings.provider() <> 'hashed' THEN
        RAISE EXCEPTION 'embed_text is the hashed provider; with pgvector, embed text in your worker'
            USING ERRCODE = 'feature_not_supported';
    END IF;
    RETURN embeddings.hashed_embedding(p_text)::embeddings.text_embedding;
END
$fn$;

CREATE OR REPLACE FUNCTION api.list_pending_tool_embeddings()
RETURNS TABLE (handler_object_id uuid, tool_description text)
LANGUAGE sql STABLE AS $fn$
    SELECT a.handler_object_id, coalesce(a.tool_description, h.description, '')
      FROM api.agent_tool a JOIN api.handler h ON h.object_id = a.handler_object_id
      LEFT JOIN embeddings.tool_embedding e ON e.handler_object_id = a.handler_object_id
     WHERE a.is_active AND h.deleted_at IS NULL AND (e.handler_object_id IS NULL OR e.embedded_at < h.created_at)
$fn$;

CREATE OR REPLACE FUNCTION api.upsert_tool_embedding(p_handler_object_id uuid, p_embedding embeddings.text_embedding)
RETURNS void
LANGUAGE sql AS $fn$
    INSERT INTO embeddings.tool_embedding (handler_object_id, embedding) VALUES (p_handler_object_id, p_embedding)
    ON CONFLICT (handler_object_id) DO UPDATE SET embedding = EXCLUDED.embedding, embedded_at = now()
$fn$;

-- A handler that is also an agent tool: `category` and `toolDescription` are required and kept
-- on the marker; the rest registers an RPC handler (metadata with methodName) or an MCP tool.
-- With the hashed provider the tool is embedded at once.
CREATE OR REPLACE FUNCTION api.create_or_replace_agent_tool(p_metadata jsonb, p_handler_body text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_id   uuid := (p_metadata ->> 'id')::uuid;
    v_meta jsonb := p_metadata - 'category' - 'toolDescription';
BEGIN
    IF p_metadata ->> 'category' IS NULL OR p_metadata ->> 'toolDescription' IS NULL THEN
        RAISE EXCEPTION 'an agent tool needs a category and a toolDescription' USING ERRCODE = '22023';
    END IF;
    IF v_meta ? 'methodName' THEN
        PERFORM api.create_or_replace_rpc_handler(v_meta, p_handler_body);
    ELSE
        PERFORM api.create_or_replace_mcp_handler(v_meta || '{"type": "tool"}', p_handler_body);
    END IF;
    INSERT INTO api.agent_tool AS a (handler_object_id, category, input_schema, tool_description)
    VALUES (v_id, p_metadata ->> 'category', p_metadata -> 'inputSchema', p_metadata ->> 'toolDescription')
    ON CONFLICT (handler_object_id) DO UPDATE SET category = EXCLUDED.category,
        input_schema = EXCLUDED.input_schema, tool_description = EXCLUDED.tool_description, is_active = true;
    IF embeddings.provider() = 'hashed' THEN
        PERFORM api.upsert_tool_embedding(v_id, embeddings.embed_text(
            coalesce(p_metadata ->> 'methodName', p_metadata ->> 'name') || ' ' || (p_metadata ->> 'toolDescription')));
    END IF;
END
$fn$;

-- 3. Catalog and curator ----------------------------------------------------------------------
CREATE OR REPLACE VIEW api.vw_agent_tool AS
SELECT a.handler_object_id, coalesce(rr.method_name, mr.mcp_name) AS name,
       coalesce(a.tool_description, h.description) AS description,
       coalesce(a.input_schema, h.input_json_schema::jsonb) AS input_schema, a.category, e.embedding
  FROM api.agent_tool a
  JOIN api.handler h ON h.object_id = a.handler_object_id AND h.deleted_at IS NULL
  LEFT JOIN api.rpc_route rr ON rr.handler_object_id = a.handler_object_id
  LEFT JOIN api.mcp_route mr ON mr.handler_object_id = a.handler_object_id
  LEFT JOIN embeddings.tool_embedding e ON e.handler_object_id = a.handler_object_id
 WHERE a.is_active;

-- Every active tool with its similarity to the query (NULL without a query: list all). No
-- order, threshold or limit here: the caller writes
--   ORDER BY similarity DESC NULLS LAST, name LIMIT k
CREATE OR REPLACE FUNCTION api.pvw_list_agent_tools(p_query_embedding embeddings.text_embedding DEFAULT NULL)
RETURNS TABLE (handler_object_id uuid, name text, description text, input_schema jsonb, category text,
               similarity numeric)
LANGUAGE sql STABLE SET search_path = embeddings, extensions, pg_catalog, pg_temp AS $fn$
    SELECT t.handler_object_id, t.name, t.description, t.input_schema, t.category,
           CASE WHEN p_query_embedding IS NOT NULL AND t.embedding IS NOT NULL
                THEN round((1 - (t.embedding <=> p_query_embedding))::numeric, 4) END
      FROM api.vw_agent_tool t
$fn$;
