/*
<pgmi-meta
    id="5b0c1f0e-6d0a-4b8e-9a51-0f3c2a7e1060"
    idempotent="true">
  <description>
    The OpenAPI 3.1 document generated from the REST registry, the exchange views and
    api.purge_exchanges.
  </description>
  <sortKeys>
    <key>050/060</key>
  </sortKeys>
</pgmi-meta>
*/
-- `^GET$` → {get}; `^(A|B)$` → {a,b}; anything else → the five default methods.
CREATE OR REPLACE FUNCTION api.openapi_methods(p_method_regexp text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE
        WHEN p_method_regexp ~ '^\^[A-Z]+\$$' THEN ARRAY[lower(substr(p_method_regexp, 2, length(p_method_regexp) - 2))]
        WHEN p_method_regexp ~ '^\^\([A-Z]+(\|[A-Z]+)*\)\$$'
        THEN string_to_array(lower(substr(p_method_regexp, 3, length(p_method_regexp) - 4)), '|')
        ELSE ARRAY['get', 'post', 'put', 'delete', 'patch'] END
$fn$;

CREATE OR REPLACE FUNCTION api.openapi_operation(p_h api.handler, p_r api.rest_route, p_method text)
RETURNS jsonb
LANGUAGE sql STABLE AS $fn$
    SELECT jsonb_strip_nulls(jsonb_build_object(
        'operationId', p_h.handler_function_name || CASE WHEN cardinality(api.openapi_methods(p_r.method_regexp)) > 1
                                                         THEN '_' || p_method ELSE '' END,
        'summary', p_h.title,
        'description', p_h.description,
        'parameters', (SELECT jsonb_agg(jsonb_build_object('name', m[1], 'in', 'path', 'required', true,
                                                           'schema', jsonb_build_object('type', 'string')))
                         FROM regexp_matches(p_r.canonical_path, '\{([^}]+)\}', 'g') m),
        'requestBody', CASE WHEN p_method IN ('post', 'put', 'patch') THEN jsonb_build_object(
            'content', jsonb_build_object(p_h.accepts[1], jsonb_build_object(
                'schema', coalesce(p_h.input_json_schema::jsonb, '{"type":"object"}')))) END,
        'responses', jsonb_build_object(
            '200', jsonb_build_object('description', 'Success', 'content', jsonb_build_object(
                p_h.produces[1], jsonb_build_object('schema',
                    coalesce(p_h.output_json_schema::jsonb, '{"type":"object"}')))),
            '404', '{"description":"Not Found"}'::jsonb, '405', '{"description":"Method Not Allowed"}'::jsonb,
            '406', '{"description":"Not Acceptable"}'::jsonb, '415', '{"description":"Unsupported Media Type"}'::jsonb,
            '422', '{"description":"Unprocessable Content"}'::jsonb)
            || CASE WHEN p_h.requires_auth THEN '{"401":{"description":"Unauthorized"}}'::jsonb ELSE '{}' END
            || CASE WHEN p_h.min_transaction_isolation IS NOT NULL
                    THEN '{"428":{"description":"Precondition Required"}}'::jsonb ELSE '{}' END,
        'security', CASE WHEN p_h.requires_auth THEN '[{"apiKeyAuth":[]}]'::jsonb END,
        'x-pgmi-min-transaction-isolation', p_h.min_transaction_isolation,
        'x-pgmi-read-only', CASE WHEN p_h.read_only THEN true END,
        'x-pgmi-replica-safe', CASE WHEN p_h.read_only
            THEN api.isolation_rank(p_h.min_transaction_isolation) <= 2 END))
$fn$;

CREATE OR REPLACE FUNCTION api.openapi_document() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT jsonb_build_object(
        'openapi', '3.1.0',
        'info', jsonb_build_object('title', current_database() || ' API', 'version', '1.0.0'),
        'paths', coalesce((
            SELECT jsonb_object_agg(path, ops)
              FROM (SELECT r.canonical_path AS path,
                           jsonb_object_agg(m, api.openapi_operation(h, r, m)) AS ops
                      FROM api.rest_route r JOIN api.handler h ON h.object_id = r.handler_object_id,
                           unnest(api.openapi_methods(r.method_regexp)) m
                     WHERE h.deleted_at IS NULL
                     GROUP BY r.canonical_path) p), '{}'),
        'components', jsonb_build_object('securitySchemes', jsonb_build_object(
            'apiKeyAuth', jsonb_build_object('type', 'apiKey', 'in', 'header', 'name', 'x-user-id'))))
$fn$;

-- Exchange audit ------------------------------------------------------------------------------
CREATE OR REPLACE VIEW api.inbound_queue_with_protocol AS
SELECT q.sequence_number, q.object_id, q.enqueued_at, q.handler_object_id,
       CASE c.relname WHEN 'rest_exchange' THEN 'rest' WHEN 'rpc_exchange' THEN 'rpc' ELSE 'mcp' END AS protocol
  FROM api.inbound_queue q JOIN pg_class c ON c.oid = q.tableoid;

-- Deletes exchange rows older than the retention, batch by batch, at most max_batches batches.
CREATE OR REPLACE PROCEDURE api.purge_exchanges(retention_interval interval DEFAULT '30 days',
                                                batch_size integer DEFAULT 5000,
                                                max_batches integer DEFAULT 100)
LANGUAGE plpgsql AS $fn$
DECLARE
    v_batch   integer := 0;
    v_deleted bigint;
    v_total   bigint := 0;
BEGIN
    LOOP
        v_batch := v_batch + 1;
        EXIT WHEN v_batch > max_batches;
        WITH old AS (
            SELECT tableoid, object_id FROM api.inbound_queue
             WHERE enqueued_at < now() - retention_interval LIMIT batch_size
        ), d1 AS (DELETE FROM api.rest_exchange e USING old WHERE e.object_id = old.object_id RETURNING 1),
           d2 AS (DELETE FROM api.rpc_exchange e USING old WHERE e.object_id = old.object_id RETURNING 1),
           d3 AS (DELETE FROM api.mcp_exchange e USING old WHERE e.object_id = old.object_id RETURNING 1)
        SELECT (SELECT count(*) FROM d1) + (SELECT count(*) FROM d2) + (SELECT count(*) FROM d3)
          INTO v_deleted;
        v_total := v_total + v_deleted;
        EXIT WHEN v_deleted < batch_size;
    END LOOP;
    RAISE NOTICE 'purged % exchange row(s)', v_total;
END
$fn$;
