/*
<pgmi-meta
    id="5b0c1f0e-6d0a-4b8e-9a51-0f3c2a7e1010"
    idempotent="true">
  <description>
    Helpers for handler bodies: reading requests (content, headers, query parameters) and
    building responses (JSON, problem+json, JSON-RPC, MCP results); JSON Schema check; isolation
    level names.
  </description>
  <sortKeys>
    <key>050/010</key>
  </sortKeys>
</pgmi-meta>
*/
CREATE OR REPLACE FUNCTION common.try_cast(p_value text, p_default anyelement) RETURNS anyelement
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
    v_result p_default%TYPE;
BEGIN
    EXECUTE format('SELECT %L::%s', p_value, pg_typeof(p_default)) INTO v_result;
    RETURN v_result;
EXCEPTION WHEN OTHERS THEN
    RETURN p_default;
END
$fn$;

CREATE OR REPLACE FUNCTION common.utf8(p_text text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $fn$ SELECT convert_to(p_text, 'UTF8') $fn$;

-- Shallow JSON Schema check: a boolean, or an object holding at least one schema keyword whose
-- well-known keywords have the right shape. `{}` is refused: it would accept anything silently.
CREATE OR REPLACE FUNCTION api.is_valid_json_schema(p_schema jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE jsonb_typeof(p_schema)
        WHEN 'boolean' THEN true
        WHEN 'object' THEN
            p_schema ?| ARRAY['type', 'properties', '$ref', 'items', 'enum', 'const', 'anyOf',
                              'oneOf', 'allOf', 'not', 'required', '$schema', '$defs',
                              'additionalProperties', 'format', 'pattern']
            AND (NOT p_schema ? 'type' OR jsonb_typeof(p_schema -> 'type') IN ('string', 'array'))
            AND (NOT p_schema ? 'properties' OR jsonb_typeof(p_schema -> 'properties') = 'object')
            AND (NOT p_schema ? 'required' OR jsonb_typeof(p_schema -> 'required') = 'array')
            AND (NOT p_schema ? 'enum' OR jsonb_typeof(p_schema -> 'enum') = 'array')
            AND (NOT p_schema ? 'items' OR jsonb_typeof(p_schema -> 'items') IN ('object', 'boolean'))
        ELSE false
    END
$fn$;

-- 'Repeatable-Read', 'REPEATABLE_READ' → 'repeatable read'; read uncommitted is read committed
-- in PostgreSQL. Anything else raises.
CREATE OR REPLACE FUNCTION api.normalize_isolation_level(p_level text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
    v text := btrim(regexp_replace(lower(p_level), '[-_\s]+', ' ', 'g'));
BEGIN
    IF p_level IS NULL THEN
        RETURN NULL;
    END IF;
    IF v = 'read uncommitted' THEN
        RETURN 'read committed';
    END IF;
    IF v IN ('read committed', 'repeatable read', 'serializable') THEN
        RETURN v;
    END IF;
    RAISE EXCEPTION 'unsupported transaction isolation level: %', p_level USING ERRCODE = '22023';
END
$fn$;

CREATE OR REPLACE FUNCTION api.isolation_rank(p_level text) RETURNS integer
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE p_level WHEN 'read committed' THEN 1 WHEN 'repeatable read' THEN 2
                        WHEN 'serializable' THEN 3 ELSE 0 END
$fn$;

-- Request helpers ------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION api.content_text(p_content bytea) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$ SELECT convert_from(p_content, 'UTF8') $fn$;

-- NULL for no content or content that is not JSON.
CREATE OR REPLACE FUNCTION api.content_json(p_content bytea) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
    IF p_content IS NULL OR length(p_content) = 0 THEN
        RETURN NULL;
    END IF;
    RETURN convert_from(p_content, 'UTF8')::jsonb;
EXCEPTION WHEN OTHERS THEN
    RETURN NULL;
END
$fn$;

CREATE OR REPLACE FUNCTION api.header(p_headers extensions.hstore, p_name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$ SELECT p_headers OPERATOR(extensions.->) lower(p_name) $fn$;

CREATE OR REPLACE FUNCTION api.url_path(p_url text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$ SELECT split_part(coalesce(p_url, ''), '?', 1) $fn$;

CREATE OR REPLACE FUNCTION api.url_decode(p_text text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
    v_bytes bytea := '';
    v_i     integer := 1;
    v_s     text := replace(coalesce(p_text, ''), '+', ' ');
    v_c     text;
BEGIN
    WHILE v_i <= length(v_s) LOOP
        v_c := substr(v_s, v_i, 1);
        IF v_c = '%' AND substr(v_s, v_i + 1, 2) ~ '^[0-9A-Fa-f]{2}$' THEN
            v_bytes := v_bytes || decode(substr(v_s, v_i + 1, 2), 'hex');
            v_i := v_i + 3;
        ELSE
            v_bytes := v_bytes || convert_to(v_c, 'UTF8');
            v_i := v_i + 1;
        END IF;
    END LOOP;
    RETURN convert_from(v_bytes, 'UTF8');
EXCEPTION WHEN OTHERS THEN
    RETURN p_text;
END
$fn$;

-- Query parameters: the first value of a repeated name wins.
CREATE OR REPLACE FUNCTION api.query_params(p_url text) RETURNS extensions.hstore
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT coalesce(extensions.hstore(array_agg(k ORDER BY n), array_agg(v ORDER BY n)),
                    ''::extensions.hstore)
      FROM (SELECT DISTINCT ON (k) k, v, n
              FROM (SELECT api.url_decode(split_part(pair, '=', 1)) AS k,
                           api.url_decode(substr(pair, length(split_part(pair, '=', 1)) + 2)) AS v,
                           n
                      FROM unnest(string_to_array(
                               nullif(substr(p_url, strpos(p_url, '?') + 1), ''), '&'))
                           WITH ORDINALITY AS p (pair, n)
                     WHERE strpos(p_url, '?') > 0 AND pair <> '') q
             ORDER BY k, n) d
$fn$;

-- Every value of every name: {"tag": ["a", "b"]}.
CREATE OR REPLACE FUNCTION api.query_params_multi(p_url text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT coalesce(jsonb_object_agg(k, vs), '{}'::jsonb)
      FROM (SELECT k, jsonb_agg(v ORDER BY n) AS vs
              FROM (SELECT api.url_decode(split_part(pair, '=', 1)) AS k,
                           api.url_decode(substr(pair, length(split_part(pair, '=', 1)) + 2)) AS v,
                           n
                      FROM unnest(string_to_array(
                               nullif(substr(p_url, strpos(p_url, '?') + 1), ''), '&'))
                           WITH ORDINALITY AS p (pair, n)
                     WHERE strpos(p_url, '?') > 0 AND pair <> '') q
             GROUP BY k) g
$fn$;

-- limit (1..100, default 20) and offset (≥ 0) from query parameters.
CREATE OR REPLACE FUNCTION api.pagination_params(p_params extensions.hstore,
                                                 OUT page_limit integer, OUT page_offset integer)
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT least(greatest(common.try_cast(p_params OPERATOR(extensions.->) 'limit', 20), 1), 100),
           greatest(common.try_cast(p_params OPERATOR(extensions.->) 'offset', 0), 0)
$fn$;

-- Response helpers -----------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION api.json_response(p_status integer, p_body jsonb)
RETURNS api.http_response
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT ROW(p_status,
               extensions.hstore('content-type', 'application/json; charset=utf-8'),
               CASE WHEN p_body IS NULL THEN NULL ELSE convert_to(p_body::text, 'UTF8') END
           )::api.http_response
$fn$;

CREATE OR REPLACE FUNCTION api.invalid_param(p_name text, p_reason text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $fn$ SELECT jsonb_build_object('name', p_name, 'reason', p_reason) $fn$;

CREATE OR REPLACE FUNCTION api.status_title(p_status integer) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE p_status
        WHEN 400 THEN 'Bad Request' WHEN 401 THEN 'Unauthorized' WHEN 403 THEN 'Forbidden'
        WHEN 404 THEN 'Not Found' WHEN 405 THEN 'Method Not Allowed'
        WHEN 406 THEN 'Not Acceptable' WHEN 409 THEN 'Conflict' WHEN 414 THEN 'URI Too Long'
        WHEN 415 THEN 'Unsupported Media Type' WHEN 422 THEN 'Unprocessable Content'
        WHEN 428 THEN 'Precondition Required' WHEN 500 THEN 'Internal Server Error'
        ELSE 'Error' END
$fn$;

CREATE OR REPLACE FUNCTION api.problem_response(
    p_status_code integer, p_title text DEFAULT NULL, p_detail text DEFAULT NULL,
    p_type_uri text DEFAULT NULL, p_instance text DEFAULT NULL, p_code text DEFAULT NULL,
    p_invalid_params jsonb DEFAULT NULL)
RETURNS api.http_response
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT ROW(p_status_code,
               extensions.hstore('content-type', 'application/problem+json'),
               convert_to(jsonb_strip_nulls(jsonb_build_object(
                   'type', coalesce(p_type_uri, 'about:blank'),
                   'title', coalesce(p_title, api.status_title(p_status_code)),
                   'status', p_status_code, 'detail', p_detail, 'instance', p_instance,
                   'code', p_code, 'invalid-params', p_invalid_params))::text, 'UTF8')
           )::api.http_response
$fn$;

CREATE OR REPLACE FUNCTION api.error_response(p_status integer, p_message text)
RETURNS api.http_response
LANGUAGE sql IMMUTABLE AS $fn$ SELECT api.problem_response(p_status, NULL, p_message) $fn$;

CREATE OR REPLACE FUNCTION api.jsonrpc_success(p_result jsonb, p_id jsonb)
RETURNS api.http_response
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT api.json_response(200, jsonb_build_object('jsonrpc', '2.0', 'result', p_result,
                                                     'id', coalesce(p_id, 'null'::jsonb)))
$fn$;

CREATE OR REPLACE FUNCTION api.jsonrpc_error(p_code integer, p_message text, p_id jsonb,
                                             p_data jsonb DEFAULT NULL)
RETURNS api.http_response
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT api.json_response(
        CASE WHEN p_code IN (-32700, -32600, -32602) THEN 400 WHEN p_code = -32601 THEN 404
             WHEN p_code = -32001 THEN 401 ELSE 500 END,
        jsonb_build_object('jsonrpc', '2.0',
                           'error', jsonb_strip_nulls(jsonb_build_object(
                               'code', p_code, 'message', p_message, 'data', p_data)),
                           'id', coalesce(p_id, 'null'::jsonb)))
$fn$;

-- MCP helpers ----------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION api.mcp_success(p_result jsonb, p_request_id jsonb)
RETURNS api.mcp_response
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT ROW(jsonb_build_object('jsonrpc', '2.0', 'id', coalesce(p_request_id, 'null'::jsonb),
                                  'result', p_result))::api.mcp_response
$fn$;

CREATE OR REPLACE FUNCTION api.mcp_error(p_code integer, p_message text, p_request_id jsonb,
                                         p_data jsonb DEFAULT NULL)
RETURNS api.mcp_response
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT ROW(jsonb_build_object('jsonrpc', '2.0', 'id', coalesce(p_request_id, 'null'::jsonb),
                                  'error', jsonb_strip_nulls(jsonb_build_object(
                                      'code', p_code, 'message', p_message, 'data', p_data))
           ))::api.mcp_response
$fn$;

CREATE OR REPLACE FUNCTION api.mcp_text(p_text text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $fn$ SELECT jsonb_build_object('type', 'text', 'text', p_text) $fn$;

CREATE OR REPLACE FUNCTION api.mcp_tool_result(p_content jsonb, p_request_id jsonb,
                                               p_is_error boolean DEFAULT false,
                                               p_structured_content jsonb DEFAULT NULL)
RETURNS api.mcp_response
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT api.mcp_success(
        jsonb_build_object('content', coalesce(p_content, '[]'::jsonb), 'isError', p_is_error)
        || CASE WHEN p_structured_content IS NULL THEN '{}'::jsonb
                ELSE jsonb_build_object('structuredContent', p_structured_content) END,
        p_request_id)
$fn$;

CREATE OR REPLACE FUNCTION api.mcp_tool_error(p_message text, p_request_id jsonb)
RETURNS api.mcp_response
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT api.mcp_tool_result(jsonb_build_array(api.mcp_text(p_message)), p_request_id, true)
$fn$;

CREATE OR REPLACE FUNCTION api.mcp_resource_result(p_contents jsonb, p_request_id jsonb)
RETURNS api.mcp_response
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT api.mcp_success(jsonb_build_object('contents', p_contents), p_request_id)
$fn$;

CREATE OR REPLACE FUNCTION api.mcp_prompt_result(p_messages jsonb, p_request_id jsonb,
                                                 p_description text DEFAULT NULL)
RETURNS api.mcp_response
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT api.mcp_success(jsonb_strip_nulls(jsonb_build_object(
        'description', p_description, 'messages', p_messages)), p_request_id)
$fn$;

CREATE OR REPLACE FUNCTION api.mcp_resource_error(p_message text, p_request_id jsonb)
RETURNS api.mcp_response
LANGUAGE sql IMMUTABLE AS $fn$ SELECT api.mcp_error(-32603, p_message, p_request_id) $fn$;

CREATE OR REPLACE FUNCTION api.mcp_prompt_error(p_message text, p_request_id jsonb)
RETURNS api.mcp_response
LANGUAGE sql IMMUTABLE AS $fn$ SELECT api.mcp_error(-32603, p_message, p_request_id) $fn$;
