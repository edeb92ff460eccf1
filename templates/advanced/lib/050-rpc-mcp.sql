/*
<pgmi-meta
    id="5b0c1f0e-6d0a-4b8e-9a51-0f3c2a7e1050"
    idempotent="true">
  <description>
    JSON-RPC 2.0 (api.rpc_resolve, api.rpc_invoke) and the MCP dispatcher
    (api.mcp_handle_request: initialize, ping, tools, resources, resource templates, prompts,
    notifications), with their transaction policy resolvers.
  </description>
  <sortKeys>
    <key>050/050</key>
  </sortKeys>
</pgmi-meta>
*/
CREATE OR REPLACE FUNCTION api.rpc_resolve(p_method_name text) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT r.handler_object_id FROM api.rpc_route r JOIN api.handler h ON h.object_id = r.handler_object_id
     WHERE r.method_name = p_method_name AND h.deleted_at IS NULL
$fn$;

CREATE OR REPLACE FUNCTION api.rpc_route_policy(p_method_name text, p_requested text DEFAULT NULL)
RETURNS TABLE (transaction_isolation text, transaction_read_only boolean,
               transaction_deferrable boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT p.* FROM (SELECT api.rpc_resolve(p_method_name) AS id) r,
                    LATERAL api.handler_policy(r.id, p_requested) p
     WHERE r.id IS NOT NULL
$fn$;

CREATE OR REPLACE FUNCTION api.rpc_invoke(p_route_id uuid,
    p_headers extensions.hstore DEFAULT ''::extensions.hstore, p_content bytea DEFAULT NULL)
RETURNS api.http_response
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_started timestamptz := clock_timestamp();
    v_headers extensions.hstore := coalesce(p_headers, ''::extensions.hstore);
    v_body    jsonb := api.content_json(p_content);
    v_rpc_id  jsonb;
    v_h       api.handler;
    v_route   api.rpc_route;
    v_code    text;
    v_resp    api.http_response;
    v_logged  api.http_response;
    v_state   text;
    v_detail  text;
    v_err     record;
BEGIN
    PERFORM api.reset_auth_context();
    IF v_body IS NULL THEN
        RETURN api.gate_response(api.jsonrpc_error(-32700, 'Parse error', NULL), v_started);
    END IF;
    v_rpc_id := CASE WHEN jsonb_typeof(v_body) = 'object' THEN v_body -> 'id' END;
    SELECT h.* INTO v_h FROM api.handler h
     WHERE h.object_id = p_route_id AND h.deleted_at IS NULL AND h.handler_type = 'rpc';
    IF NOT FOUND THEN
        RETURN api.gate_response(api.jsonrpc_error(-32601, 'Method not found', v_rpc_id), v_started);
    END IF;
    SELECT * INTO v_route FROM api.rpc_route WHERE handler_object_id = p_route_id;

    PERFORM api.set_auth_context(v_headers);
    IF v_h.requires_auth AND api.current_user_id() IS NULL THEN
        v_resp := api.jsonrpc_error(-32001, 'Authentication required', v_rpc_id);
        v_resp.headers := v_resp.headers OPERATOR(extensions.||) extensions.hstore('www-authenticate',
            coalesce(nullif(current_setting('api.www_authenticate', true), ''), 'X-User-Id'));
        RETURN api.gate_response(v_resp, v_started);
    END IF;
    v_code := api.policy_violation(v_h);
    IF v_code IS NOT NULL THEN
        v_resp := api.jsonrpc_error(-32600, 'Transaction policy not met', v_rpc_id,
                                    jsonb_build_object('code', v_code));
        v_resp.status_code := 428;
        RETURN api.gate_response(v_resp, v_started);
    END IF;

    BEGIN
        EXECUTE v_h.handler_exec_sql INTO v_resp USING ROW(p_route_id, v_headers, p_content)::api.rpc_request;
        v_resp.content := api.include_schema(v_resp.content, v_h, true);
        v_logged := v_resp;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_detail = MESSAGE_TEXT;
        IF v_state IN ('40001', '40P01') THEN
            RAISE;
        END IF;
        SELECT * INTO v_err FROM api.exception_status(v_state, v_h.read_only);
        v_resp := api.jsonrpc_error(CASE WHEN v_err.status = 500 THEN -32603
                                         WHEN v_err.status = 428 THEN -32600 ELSE -32602 END,
                                    CASE WHEN v_err.status = 500 THEN 'Internal error' ELSE v_err.title END,
                                    v_rpc_id);
        v_resp.status_code := v_err.status;
        v_logged := ROW(v_err.status,
                        v_resp.headers OPERATOR(extensions.||) extensions.hstore('x-error-sqlstate', v_state),
                        convert_to(format('sqlstate=%s detail=%s', v_state, left(v_detail, 200)), 'UTF8')
                       )::api.http_response;
    END;
    v_resp := api.finalize_response(v_resp, v_h, v_started);
    IF v_resp.status_code < 400 THEN
        v_resp.headers := v_resp.headers OPERATOR(extensions.||)
                          extensions.hstore('x-rpc-method', v_route.method_name);
    END IF;
    IF v_route.auto_log AND current_setting('transaction_read_only') = 'off' THEN
        INSERT INTO api.rpc_exchange (handler_object_id, request, response, completed_at)
        VALUES (p_route_id, ROW(p_route_id, v_headers OPERATOR(extensions.-) 'authorization'::text, p_content),
                v_logged, clock_timestamp());
    END IF;
    RETURN v_resp;
END
$fn$;

-- MCP ------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION api.mcp_initialize(p_params jsonb, p_request_id jsonb)
RETURNS api.mcp_response
LANGUAGE sql STABLE AS $fn$
    SELECT CASE WHEN p_params ->> 'protocolVersion' IS NULL
        THEN api.mcp_error(-32602, 'Invalid params: protocolVersion is required', p_request_id)
        ELSE api.mcp_success(jsonb_build_object(
            'protocolVersion', CASE WHEN p_params ->> 'protocolVersion'
                                         IN ('2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25')
                                    THEN p_params ->> 'protocolVersion' ELSE '2025-11-25' END,
            'serverInfo', jsonb_build_object(
                'name', coalesce(nullif(current_setting('mcp.server_name', true), ''), current_database()),
                'version', coalesce(nullif(current_setting('mcp.server_version', true), ''), '1.0.0')),
            'capabilities', jsonb_build_object('tools', '{}'::jsonb, 'resources', '{}'::jsonb,
                                               'prompts', '{}'::jsonb)), p_request_id)
    END
$fn$;

-- Live MCP entries the current identity may see.
CREATE OR REPLACE FUNCTION api.mcp_visible(p_type text)
RETURNS TABLE (h api.handler, r api.mcp_route)
LANGUAGE sql STABLE AS $fn$
    SELECT h, r FROM api.mcp_route r JOIN api.handler h ON h.object_id = r.handler_object_id
     WHERE r.mcp_type = p_type AND h.deleted_at IS NULL
       AND (NOT h.requires_auth OR api.current_user_id() IS NOT NULL)
$fn$;

CREATE OR REPLACE FUNCTION api.mcp_list_tools(p_tags text[] DEFAULT NULL) RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT jsonb_build_object('tools', coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
               'name', (v.r).mcp_name, 'title', (v.h).title, 'description', (v.h).description,
               'inputSchema', coalesce((v.r).input_schema, '{"type":"object"}'),
               'outputSchema', (v.h).output_json_schema,
               '_meta', CASE WHEN cardinality((v.r).tags) > 0
                             THEN jsonb_build_object('tags', to_jsonb((v.r).tags)) END))
           ORDER BY (v.r).mcp_name), '[]'))
      FROM api.mcp_visible('tool') v
     WHERE p_tags IS NULL OR (v.r).tags && p_tags
$fn$;

CREATE OR REPLACE FUNCTION api.mcp_list_resources() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT jsonb_build_object('resources', coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
               'name', (v.r).mcp_name, 'title', (v.h).title, 'description', (v.h).description,
               'uri', (v.r).uri_template, 'mimeType', (v.r).mime_type))
           ORDER BY (v.r).mcp_name), '[]'))
      FROM api.mcp_visible('resource') v
     WHERE (v.r).uri_template !~ '\{'
$fn$;

CREATE OR REPLACE FUNCTION api.mcp_list_resource_templates() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT jsonb_build_object('resourceTemplates', coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
               'name', (v.r).mcp_name, 'title', (v.h).title, 'description', (v.h).description,
               'uriTemplate', (v.r).uri_template, 'mimeType', (v.r).mime_type))
           ORDER BY (v.r).mcp_name), '[]'))
      FROM api.mcp_visible('resource') v
     WHERE (v.r).uri_template ~ '\{'
$fn$;

CREATE OR REPLACE FUNCTION api.mcp_list_prompts() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT jsonb_build_object('prompts', coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
               'name', (v.r).mcp_name, 'title', (v.h).title, 'description', (v.h).description,
               'arguments', (v.r).arguments))
           ORDER BY (v.r).mcp_name), '[]'))
      FROM api.mcp_visible('prompt') v
$fn$;

-- Runs one MCP handler after the auth and policy gates; logs the exchange.
CREATE OR REPLACE FUNCTION api.mcp_execute(p_h api.handler, p_r api.mcp_route, p_request api.mcp_request)
RETURNS api.mcp_response
LANGUAGE plpgsql AS $fn$
DECLARE
    v_code   text;
    v_resp   api.mcp_response;
    v_logged api.mcp_response;
    v_state  text;
    v_detail text;
BEGIN
    IF p_h.requires_auth AND api.current_user_id() IS NULL THEN
        RETURN api.mcp_error(-32001, 'Authentication required: no user resolved from context',
                             p_request.request_id);
    END IF;
    v_code := api.policy_violation(p_h);
    IF v_code IS NOT NULL THEN
        RETURN api.mcp_error(-32600, 'Transaction policy not met', p_request.request_id,
                             jsonb_build_object('code', v_code));
    END IF;
    BEGIN
        EXECUTE p_h.handler_exec_sql INTO v_resp USING p_request;
        v_logged := v_resp;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_detail = MESSAGE_TEXT;
        IF v_state IN ('40001', '40P01') THEN
            RAISE;
        END IF;
        v_resp := CASE WHEN p_r.mcp_type = 'tool'
            THEN api.mcp_tool_result(jsonb_build_array(api.mcp_text('Tool execution failed')),
                                     p_request.request_id, true)
            ELSE api.mcp_error(-32603, 'Internal error', p_request.request_id) END;
        v_logged := ROW(v_resp.envelope || jsonb_build_object('_log',
                        format('sqlstate=%s detail=%s', v_state, left(v_detail, 200))))::api.mcp_response;
    END;
    IF current_setting('transaction_read_only') = 'off' THEN
        INSERT INTO api.mcp_exchange (handler_object_id, mcp_type, mcp_name, request, response, completed_at)
        VALUES (p_h.object_id, p_r.mcp_type, p_r.mcp_name, p_request, v_logged, clock_timestamp());
    END IF;
    RETURN v_resp;
END
$fn$;

CREATE OR REPLACE FUNCTION api.mcp_call_tool(p_name text, p_arguments jsonb,
    p_context jsonb DEFAULT NULL, p_request_id jsonb DEFAULT NULL)
RETURNS api.mcp_response
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_h api.handler;
    v_r api.mcp_route;
BEGIN
    PERFORM api.set_mcp_context(p_context);
    SELECT r.* INTO v_r FROM api.mcp_route r JOIN api.handler h ON h.object_id = r.handler_object_id
     WHERE r.mcp_type = 'tool' AND r.mcp_name = p_name AND h.deleted_at IS NULL;
    IF NOT FOUND THEN
        RETURN api.mcp_error(-32602, 'Tool not found: ' || coalesce(p_name, ''), p_request_id);
    END IF;
    SELECT * INTO v_h FROM api.handler WHERE object_id = v_r.handler_object_id;
    RETURN api.mcp_execute(v_h, v_r, ROW(coalesce(p_arguments, '{}'), NULL, p_context, p_request_id)::api.mcp_request);
END
$fn$;

CREATE OR REPLACE FUNCTION api.mcp_read_resource(p_uri text, p_context jsonb DEFAULT NULL,
                                                 p_request_id jsonb DEFAULT NULL)
RETURNS api.mcp_response
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_h api.handler;
    v_r api.mcp_route;
BEGIN
    PERFORM api.set_mcp_context(p_context);
    SELECT r.* INTO v_r FROM api.mcp_route r JOIN api.handler h ON h.object_id = r.handler_object_id
     WHERE r.mcp_type = 'resource' AND h.deleted_at IS NULL AND p_uri ~ r.uri_regexp
     ORDER BY length(r.uri_template) DESC, r.mcp_name LIMIT 1;
    IF NOT FOUND THEN
        RETURN api.mcp_error(-32602, 'Resource not found: ' || coalesce(p_uri, ''), p_request_id);
    END IF;
    SELECT * INTO v_h FROM api.handler WHERE object_id = v_r.handler_object_id;
    RETURN api.mcp_execute(v_h, v_r, ROW('{}'::jsonb, p_uri, p_context, p_request_id)::api.mcp_request);
END
$fn$;

CREATE OR REPLACE FUNCTION api.mcp_get_prompt(p_name text, p_arguments jsonb,
    p_context jsonb DEFAULT NULL, p_request_id jsonb DEFAULT NULL)
RETURNS api.mcp_response
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_h api.handler;
    v_r api.mcp_route;
BEGIN
    PERFORM api.set_mcp_context(p_context);
    SELECT r.* INTO v_r FROM api.mcp_route r JOIN api.handler h ON h.object_id = r.handler_object_id
     WHERE r.mcp_type = 'prompt' AND r.mcp_name = p_name AND h.deleted_at IS NULL;
    IF NOT FOUND THEN
        RETURN api.mcp_error(-32602, 'Prompt not found: ' || coalesce(p_name, ''), p_request_id);
    END IF;
    SELECT * INTO v_h FROM api.handler WHERE object_id = v_r.handler_object_id;
    RETURN api.mcp_execute(v_h, v_r, ROW(coalesce(p_arguments, '{}'), NULL, p_context, p_request_id)::api.mcp_request);
END
$fn$;

-- One JSON-RPC message in, one envelope out (NULL: nothing to send, a notification).
CREATE OR REPLACE FUNCTION api.mcp_handle_request(p_request jsonb, p_context jsonb DEFAULT NULL)
RETURNS api.mcp_response
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_id     jsonb;
    v_method text;
    v_params jsonb;
    v_state  text;
BEGIN
    PERFORM api.reset_auth_context();
    IF p_request IS NULL OR jsonb_typeof(p_request) <> 'object' THEN
        RETURN api.mcp_error(-32600, 'Invalid Request', NULL);
    END IF;
    IF NOT p_request ? 'id' THEN
        RETURN ROW(NULL)::api.mcp_response;
    END IF;
    v_id := p_request -> 'id';
    IF p_request ->> 'jsonrpc' IS DISTINCT FROM '2.0' THEN
        RETURN api.mcp_error(-32600, 'Invalid Request: jsonrpc must be "2.0"',
                             CASE WHEN jsonb_typeof(v_id) IN ('string', 'number') THEN v_id END);
    END IF;
    IF jsonb_typeof(v_id) NOT IN ('string', 'number') THEN
        RETURN api.mcp_error(-32600, 'Invalid Request: id must be a string or a number', NULL);
    END IF;
    v_method := p_request ->> 'method';
    IF v_method IS NULL THEN
        RETURN api.mcp_error(-32600, 'Invalid Request: method is required', v_id);
    END IF;
    IF v_method LIKE 'notifications/%' THEN
        RETURN ROW(NULL)::api.mcp_response;
    END IF;
    v_params := coalesce(p_request -> 'params', '{}');
    PERFORM api.set_mcp_context(p_context);
    BEGIN
        RETURN CASE v_method
            WHEN 'initialize' THEN api.mcp_initialize(v_params, v_id)
            WHEN 'ping' THEN api.mcp_success('{}', v_id)
            WHEN 'tools/list' THEN api.mcp_success(api.mcp_list_tools(), v_id)
            WHEN 'resources/list' THEN api.mcp_success(api.mcp_list_resources(), v_id)
            WHEN 'resources/templates/list' THEN api.mcp_success(api.mcp_list_resource_templates(), v_id)
            WHEN 'prompts/list' THEN api.mcp_success(api.mcp_list_prompts(), v_id)
            WHEN 'tools/call' THEN api.mcp_call_tool(v_params ->> 'name', v_params -> 'arguments', p_context, v_id)
            WHEN 'resources/read' THEN api.mcp_read_resource(v_params ->> 'uri', p_context, v_id)
            WHEN 'prompts/get' THEN api.mcp_get_prompt(v_params ->> 'name', v_params -> 'arguments', p_context, v_id)
            ELSE api.mcp_error(-32601, 'Method not found: ' || v_method, v_id)
        END;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE;
        IF v_state IN ('40001', '40P01') THEN
            RAISE;
        END IF;
        RETURN api.mcp_error(-32603, 'Internal error', v_id);
    END;
END
$fn$;

-- Always one row: the handler a request would reach decides; other methods get the default.
CREATE OR REPLACE FUNCTION api.mcp_request_policy(p_request jsonb, p_requested text DEFAULT NULL)
RETURNS TABLE (transaction_isolation text, transaction_read_only boolean,
               transaction_deferrable boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT p.* FROM (SELECT CASE p_request ->> 'method'
        WHEN 'tools/call' THEN (SELECT handler_object_id FROM api.mcp_route
                                 WHERE mcp_type = 'tool' AND mcp_name = p_request -> 'params' ->> 'name')
        WHEN 'prompts/get' THEN (SELECT handler_object_id FROM api.mcp_route
                                  WHERE mcp_type = 'prompt' AND mcp_name = p_request -> 'params' ->> 'name')
        WHEN 'resources/read' THEN (SELECT handler_object_id FROM api.mcp_route
                                     WHERE mcp_type = 'resource' AND p_request -> 'params' ->> 'uri' ~ uri_regexp
                                     ORDER BY length(uri_template) DESC, mcp_name LIMIT 1)
        END AS id) r,
        LATERAL api.handler_policy(r.id, p_requested) p
$fn$;
