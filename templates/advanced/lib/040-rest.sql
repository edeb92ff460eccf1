/*
<pgmi-meta
    id="5b0c1f0e-6d0a-4b8e-9a51-0f3c2a7e1040"
    idempotent="true">
  <description>
    REST: canonical paths, routing in PostgreSQL (404/405), identity (401), transaction policy
    (428), content negotiation (415/406), handler exceptions mapped to problem+json, audit,
    HEAD; the route policy resolvers the gateway calls before BEGIN.
  </description>
  <sortKeys>
    <key>050/040</key>
  </sortKeys>
</pgmi-meta>
*/
-- Percent-encoding normalised (hex upper-cased, unreserved characters decoded, %2F kept),
-- dot-segments removed, // collapsed, leading / ensured, trailing / dropped. Case is kept.
CREATE OR REPLACE FUNCTION api.canonical_path(p_path text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
    v_in   text := coalesce(p_path, '');
    v_out  text := '';
    v_i    integer := 1;
    v_hex  text;
    v_chr  text;
    v_segs text[] := '{}';
    v_seg  text;
BEGIN
    WHILE v_i <= length(v_in) LOOP
        v_chr := substr(v_in, v_i, 1);
        v_hex := substr(v_in, v_i + 1, 2);
        IF v_chr = '%' AND v_hex ~ '^[0-9A-Fa-f]{2}$' THEN
            v_chr := chr(('x' || lpad(v_hex, 2, '0'))::bit(8)::integer);
            v_out := v_out || CASE WHEN v_chr ~ '^[A-Za-z0-9._~-]$' THEN v_chr
                                   ELSE '%' || upper(v_hex) END;
            v_i := v_i + 3;
        ELSE
            v_out := v_out || v_chr;
            v_i := v_i + 1;
        END IF;
    END LOOP;
    FOREACH v_seg IN ARRAY string_to_array(v_out, '/') LOOP
        IF v_seg = '' OR v_seg = '.' THEN
            CONTINUE;
        ELSIF v_seg = '..' THEN
            v_segs := v_segs[1:cardinality(v_segs) - 1];
        ELSE
            v_segs := v_segs || v_seg;
        END IF;
    END LOOP;
    RETURN '/' || array_to_string(v_segs, '/');
END
$fn$;

-- Does an Accept header admit one of the types a route produces? No header admits everything;
-- q=0 refuses; */* and type/* are wildcards; otherwise types must be equal.
CREATE OR REPLACE FUNCTION api.accept_matches(p_accept text, p_produces text[]) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $fn$
    WITH items AS (
        SELECT lower(btrim(split_part(item, ';', 1))) AS media,
               coalesce((regexp_match(item, ';\s*q\s*=\s*([0-9.]+)'))[1]::numeric, 1) AS q
          FROM unnest(string_to_array(p_accept, ',')) AS item
    )
    SELECT p_accept IS NULL OR btrim(p_accept) = '' OR EXISTS (
        SELECT FROM unnest(p_produces) AS p (media), items i
         WHERE i.q > 0
           AND (i.media = '*/*' OR i.media = lower(p.media)
                OR (i.media LIKE '%/*' AND split_part(i.media, '/', 1) = split_part(lower(p.media), '/', 1)))
           AND NOT EXISTS (SELECT FROM items z WHERE z.q = 0 AND z.media = lower(p.media)))
$fn$;

CREATE OR REPLACE FUNCTION api.content_type_accepted(p_content_type text, p_accepts text[])
RETURNS boolean
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT p_content_type IS NULL OR EXISTS (
        SELECT FROM unnest(p_accepts) a
         WHERE a = '*/*' OR lower(a) = lower(btrim(split_part(p_content_type, ';', 1)))
            OR (a LIKE '%/*' AND split_part(lower(a), '/', 1)
                                 = split_part(lower(btrim(split_part(p_content_type, ';', 1))), '/', 1)))
$fn$;

-- The live route for a request, by precedence (latest registration first).
CREATE OR REPLACE FUNCTION api.rest_find_route(p_method text, p_url text, p_version text DEFAULT '')
RETURNS uuid
LANGUAGE sql STABLE AS $fn$
    SELECT r.handler_object_id
      FROM (SELECT api.canonical_path(api.url_path(p_url)) AS path,
                   CASE WHEN upper(p_method) = 'HEAD' THEN 'GET' ELSE upper(p_method) END AS method
            OFFSET 0) q  -- computed once, not per route
      JOIN api.rest_route r ON q.path ~ r.address_regexp AND q.method ~ r.method_regexp
      JOIN api.handler h ON h.object_id = r.handler_object_id
     WHERE h.deleted_at IS NULL
       AND coalesce(p_version, '') ~ r.version_regexp
     ORDER BY r.sequence_number DESC, r.route_name
     LIMIT 1
$fn$;

-- The fingerprint of the REST catalog, computed when routes change (statement triggers below)
-- and read on every response (x-pgmi-catalog-version, the ETag of /openapi.json).
CREATE OR REPLACE FUNCTION api.compute_catalog_version() RETURNS text
LANGUAGE sql STABLE AS $fn$
    SELECT coalesce(encode(extensions.digest(string_agg(f, E'\n' ORDER BY f), 'sha256'), 'hex'), 'empty')
      FROM (SELECT concat_ws('|', h.object_id, h.handler_function_name, h.title, h.description,
                             h.requires_auth, h.min_transaction_isolation, h.read_only,
                             h.accepts::text, h.produces::text, h.input_json_schema::text,
                             h.output_json_schema::text, r.address_regexp, r.method_regexp,
                             r.canonical_path) AS f
              FROM api.rest_route r JOIN api.handler h ON h.object_id = r.handler_object_id
             WHERE h.deleted_at IS NULL) s
$fn$;

CREATE TABLE IF NOT EXISTS internal.catalog_state (
    id      boolean PRIMARY KEY DEFAULT true CHECK (id),
    version text NOT NULL
);

CREATE OR REPLACE FUNCTION internal.refresh_catalog_version() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    INSERT INTO internal.catalog_state (id, version) VALUES (true, api.compute_catalog_version())
    ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version;
    RETURN NULL;
END
$fn$;

DROP TRIGGER IF EXISTS catalog_version ON api.handler;
CREATE TRIGGER catalog_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON api.handler
    FOR EACH STATEMENT EXECUTE FUNCTION internal.refresh_catalog_version();
DROP TRIGGER IF EXISTS catalog_version ON api.rest_route;
CREATE TRIGGER catalog_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON api.rest_route
    FOR EACH STATEMENT EXECUTE FUNCTION internal.refresh_catalog_version();

CREATE OR REPLACE FUNCTION api.catalog_version() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT coalesce((SELECT version FROM internal.catalog_state), api.compute_catalog_version())
$fn$;

-- (isolation, read only, deferrable) for a handler and the isolation the caller asked for.
CREATE OR REPLACE FUNCTION api.handler_policy(p_handler uuid, p_requested text,
    OUT transaction_isolation text, OUT transaction_read_only boolean,
    OUT transaction_deferrable boolean)
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    v_h         api.handler;
    v_requested text := api.normalize_isolation_level(p_requested);
BEGIN
    SELECT * INTO v_h FROM api.handler WHERE object_id = p_handler AND deleted_at IS NULL;
    transaction_isolation := CASE
        WHEN api.isolation_rank(v_h.min_transaction_isolation) > api.isolation_rank(v_requested)
        THEN v_h.min_transaction_isolation ELSE v_requested END;
    transaction_read_only := coalesce(v_h.read_only, false);
    transaction_deferrable := transaction_read_only AND transaction_isolation = 'serializable';
END
$fn$;

CREATE OR REPLACE FUNCTION api.rest_route_policy(p_method text, p_url text,
    p_requested text DEFAULT NULL, p_version text DEFAULT '')
RETURNS TABLE (transaction_isolation text, transaction_read_only boolean,
               transaction_deferrable boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT p.* FROM (SELECT api.rest_find_route(p_method, p_url, p_version) AS id) r,
                    LATERAL api.handler_policy(r.id, p_requested) p
     WHERE r.id IS NOT NULL
$fn$;

CREATE OR REPLACE FUNCTION api.rest_route_policy_for(p_method text, p_url text,
    p_headers extensions.hstore, p_requested text DEFAULT NULL)
RETURNS TABLE (transaction_isolation text, transaction_read_only boolean,
               transaction_deferrable boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT * FROM api.rest_route_policy(p_method, p_url, p_requested,
        coalesce(api.header(p_headers, 'x-api-version'), api.header(p_headers, 'accept-version'), ''))
$fn$;

-- The fail-closed re-check inside the dispatch transaction: NULL when the transaction satisfies
-- the handler's floor and read-only flag, else the problem code.
CREATE OR REPLACE FUNCTION api.policy_violation(p_handler api.handler) RETURNS text
LANGUAGE sql STABLE AS $fn$
    SELECT CASE
        WHEN api.isolation_rank(p_handler.min_transaction_isolation)
             > api.isolation_rank(current_setting('transaction_isolation'))
        THEN 'pgmi.transaction_isolation_too_weak'
        WHEN p_handler.read_only AND current_setting('transaction_read_only') = 'off'
        THEN 'pgmi.transaction_read_only_required'
    END
$fn$;

-- A handler's exception as (status, title) for the client; 40001/40P01 are never mapped here.
CREATE OR REPLACE FUNCTION api.exception_status(p_sqlstate text, p_read_only boolean,
                                                OUT status integer, OUT title text)
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT s, t FROM (SELECT CASE
        WHEN p_sqlstate = '23505' THEN 409
        WHEN p_sqlstate IN ('23514', '22001', '22003', '22008') THEN 422
        WHEN p_sqlstate IN ('23502', '23503', '22P02', '22023', '22007') THEN 400
        WHEN p_sqlstate = '25006' AND NOT p_read_only THEN 428
        ELSE 500 END AS s) x,
    LATERAL (SELECT CASE s WHEN 409 THEN 'Resource already exists'
                           WHEN 500 THEN 'An internal error occurred'
                           WHEN 428 THEN 'Read-write transaction required'
                           WHEN 422 THEN 'Unprocessable Content' ELSE 'Bad Request' END AS t) y
$fn$;

-- Headers every REST and RPC response carries.
CREATE OR REPLACE FUNCTION api.finalize_response(p_response api.http_response,
                                                 p_handler api.handler, p_started timestamptz)
RETURNS api.http_response
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    v_headers extensions.hstore := ''::extensions.hstore;
    v_key     text;
    v_status  integer := coalesce(p_response.status_code, 200);
    v_extra   jsonb := coalesce(p_handler.response_headers, '{}'::jsonb);
BEGIN
    FOR v_key IN SELECT jsonb_object_keys(v_extra) LOOP
        IF lower(v_key) <> 'x-include-schema' THEN
            v_headers := v_headers OPERATOR(extensions.||) extensions.hstore(lower(v_key), v_extra ->> v_key);
        END IF;
    END LOOP;
    IF p_response.headers IS NOT NULL THEN
        FOR v_key IN SELECT extensions.skeys(p_response.headers) LOOP
            v_headers := v_headers OPERATOR(extensions.||)
                         extensions.hstore(lower(v_key), p_response.headers OPERATOR(extensions.->) v_key);
        END LOOP;
    END IF;
    IF v_status NOT IN (204, 304) THEN
        v_headers := v_headers OPERATOR(extensions.||) extensions.hstore('content-length',
                         coalesce(length(p_response.content), 0)::text);
        IF NOT v_headers OPERATOR(extensions.?) 'content-type' THEN
            v_headers := v_headers OPERATOR(extensions.||)
                         extensions.hstore('content-type', 'application/json; charset=utf-8');
        END IF;
    ELSE
        v_headers := v_headers OPERATOR(extensions.-) ARRAY['content-length', 'content-type'];
    END IF;
    v_headers := v_headers OPERATOR(extensions.||) extensions.hstore(ARRAY[
        'x-execution-time-ms', round(extract(epoch FROM clock_timestamp() - p_started) * 1000, 3)::text,
        'x-pgmi-catalog-version', api.catalog_version(),
        'vary', 'accept, x-api-version, accept-version, x-user-id']);
    IF p_handler.requires_auth THEN
        v_headers := v_headers OPERATOR(extensions.||) extensions.hstore('cache-control', 'private, no-store');
    END IF;
    RETURN ROW(v_status, v_headers,
               CASE WHEN v_status IN (204, 304) THEN NULL ELSE p_response.content END)::api.http_response;
END
$fn$;

-- Responses the gateway itself makes (no handler): no-store.
CREATE OR REPLACE FUNCTION api.gate_response(p_response api.http_response, p_started timestamptz)
RETURNS api.http_response
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    v_none api.handler;
BEGIN
    v_none.requires_auth := false;
    v_none.response_headers := '{}';
    p_response.headers := coalesce(p_response.headers, ''::extensions.hstore)
        OPERATOR(extensions.||) extensions.hstore('cache-control', 'no-store');
    RETURN api.finalize_response(p_response, v_none, p_started);
END
$fn$;

CREATE OR REPLACE FUNCTION api.unauthorized_response() RETURNS api.http_response
LANGUAGE sql STABLE AS $fn$
    SELECT ROW(r.status_code,
               r.headers OPERATOR(extensions.||) extensions.hstore('www-authenticate',
                   coalesce(nullif(current_setting('api.www_authenticate', true), ''), 'X-User-Id')),
               r.content)::api.http_response
      FROM api.problem_response(401, 'Unauthorized', 'Authentication required') r
$fn$;

-- `x-include-schema: true`: the output schema travels with the body.
CREATE OR REPLACE FUNCTION api.include_schema(p_content bytea, p_handler api.handler, p_rpc boolean)
RETURNS bytea
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
    v_body jsonb := api.content_json(p_content);
BEGIN
    IF p_handler.output_json_schema IS NULL
       OR lower(coalesce(p_handler.response_headers ->> 'x-include-schema', '')) <> 'true'
       OR v_body IS NULL THEN
        RETURN p_content;
    END IF;
    IF p_rpc THEN
        IF jsonb_typeof(v_body -> 'result') = 'object' THEN
            RETURN convert_to(jsonb_set(v_body, '{result,$schema}', p_handler.output_json_schema)::text, 'UTF8');
        END IF;
        RETURN p_content;
    END IF;
    IF jsonb_typeof(v_body) = 'object' THEN
        RETURN convert_to((v_body || jsonb_build_object('$schema', p_handler.output_json_schema))::text, 'UTF8');
    END IF;
    RETURN convert_to(jsonb_build_object('data', v_body, '$schema', p_handler.output_json_schema)::text, 'UTF8');
END
$fn$;

CREATE OR REPLACE FUNCTION api.rest_invoke(p_method text, p_url text,
    p_headers extensions.hstore DEFAULT ''::extensions.hstore, p_content bytea DEFAULT NULL)
RETURNS api.http_response
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_started  timestamptz := clock_timestamp();
    v_headers  extensions.hstore := coalesce(p_headers, ''::extensions.hstore);
    v_version  text;
    v_id       uuid;
    v_h        api.handler;
    v_route    api.rest_route;
    v_allow    text[];
    v_code     text;
    v_resp     api.http_response;
    v_logged   api.http_response;
    v_state    text;
    v_detail   text;
    v_err      record;
BEGIN
    PERFORM api.reset_auth_context();
    IF length(p_method) > 16 THEN
        RETURN api.gate_response(api.problem_response(400, 'Bad Request', 'Method too long'), v_started);
    END IF;
    IF length(p_url) > 8192 THEN
        RETURN api.gate_response(api.problem_response(414), v_started);
    END IF;
    v_version := coalesce(api.header(v_headers, 'x-api-version'), api.header(v_headers, 'accept-version'), '');
    v_id := api.rest_find_route(p_method, p_url, v_version);
    IF v_id IS NULL THEN
        SELECT array_agg(DISTINCT m) INTO v_allow
          FROM api.rest_route r JOIN api.handler h ON h.object_id = r.handler_object_id,
               unnest(api.http_methods_of(r.method_regexp)) m
         WHERE h.deleted_at IS NULL AND m IN ('GET', 'POST', 'PUT', 'DELETE', 'PATCH')
           AND api.canonical_path(api.url_path(p_url)) ~ r.address_regexp;
        IF v_allow IS NULL THEN
            RETURN api.gate_response(api.problem_response(404, 'Not Found',
                'No route for ' || api.canonical_path(api.url_path(p_url))), v_started);
        END IF;
        IF 'GET' = ANY (v_allow) THEN
            v_allow := v_allow || 'HEAD'::text;
        END IF;
        v_resp := api.problem_response(405, 'Method Not Allowed', NULL);
        v_resp.headers := v_resp.headers OPERATOR(extensions.||) extensions.hstore('allow',
            (SELECT string_agg(m, ', ' ORDER BY array_position(
                        ARRAY['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'], m))
               FROM unnest(v_allow) m));
        RETURN api.gate_response(v_resp, v_started);
    END IF;
    SELECT * INTO v_h FROM api.handler WHERE object_id = v_id;
    SELECT * INTO v_route FROM api.rest_route WHERE handler_object_id = v_id;

    PERFORM api.set_auth_context(v_headers);
    IF v_h.requires_auth AND api.current_user_id() IS NULL THEN
        RETURN api.gate_response(api.unauthorized_response(), v_started);
    END IF;
    v_code := api.policy_violation(v_h);
    IF v_code IS NOT NULL THEN
        RETURN api.gate_response(api.problem_response(428, 'Precondition Required',
            'The transaction does not meet this route''s policy', NULL, NULL, v_code), v_started);
    END IF;
    IF NOT api.content_type_accepted(api.header(v_headers, 'content-type'), v_h.accepts) THEN
        RETURN api.gate_response(api.problem_response(415), v_started);
    END IF;
    IF NOT api.accept_matches(api.header(v_headers, 'accept'), v_h.produces) THEN
        RETURN api.gate_response(api.problem_response(406), v_started);
    END IF;

    BEGIN
        EXECUTE v_h.handler_exec_sql INTO v_resp
          USING ROW(upper(p_method), p_url, v_headers, p_content)::api.rest_request;
        v_resp.content := api.include_schema(v_resp.content, v_h, false);
        v_logged := v_resp;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_detail = MESSAGE_TEXT;
        IF v_state IN ('40001', '40P01') THEN
            RAISE;
        END IF;
        SELECT * INTO v_err FROM api.exception_status(v_state, v_h.read_only);
        v_resp := api.problem_response(v_err.status, v_err.title);
        IF v_err.status = 428 THEN
            v_resp.headers := v_resp.headers OPERATOR(extensions.||)
                              extensions.hstore('x-pgmi-transaction-required', 'read-write');
        END IF;
        v_logged := ROW(v_err.status,
                        v_resp.headers OPERATOR(extensions.||) extensions.hstore('x-error-sqlstate', v_state),
                        convert_to(format('sqlstate=%s detail=%s', v_state, left(v_detail, 200)), 'UTF8')
                       )::api.http_response;
    END;
    v_resp := api.finalize_response(v_resp, v_h, v_started);
    IF v_resp.status_code < 400 THEN
        v_resp.headers := v_resp.headers OPERATOR(extensions.||) extensions.hstore('x-route-id', v_id::text);
    END IF;
    IF v_route.auto_log AND current_setting('transaction_read_only') = 'off' THEN
        INSERT INTO api.rest_exchange (handler_object_id, request, response, completed_at)
        VALUES (v_id, ROW(upper(p_method), p_url, v_headers OPERATOR(extensions.-) 'authorization'::text, p_content),
                v_logged, clock_timestamp());
    END IF;
    IF upper(p_method) = 'HEAD' THEN
        v_resp.content := NULL;
    END IF;
    RETURN v_resp;
END
$fn$;

CREATE OR REPLACE FUNCTION api.rest_invoke(p_method text, p_url text, p_headers extensions.hstore,
                                           p_content jsonb)
RETURNS api.http_response
LANGUAGE sql AS $fn$
    SELECT api.rest_invoke(p_method, p_url,
        CASE WHEN coalesce(p_headers, '') OPERATOR(extensions.?) 'content-type' THEN p_headers
             ELSE coalesce(p_headers, '') OPERATOR(extensions.||)
                  extensions.hstore('content-type', 'application/json') END,
        convert_to(p_content::text, 'UTF8'))
$fn$;

CREATE OR REPLACE FUNCTION api.rest_invoke(p_method text, p_url text, p_headers extensions.hstore,
                                           p_content xml)
RETURNS api.http_response
LANGUAGE sql AS $fn$
    SELECT api.rest_invoke(p_method, p_url,
        CASE WHEN coalesce(p_headers, '') OPERATOR(extensions.?) 'content-type' THEN p_headers
             ELSE coalesce(p_headers, '') OPERATOR(extensions.||)
                  extensions.hstore('content-type', 'application/xml') END,
        convert_to(p_content::text, 'UTF8'))
$fn$;
