/*
<pgmi-meta
    id="30f61e80-b659-40bc-a840-fa523b00e0cb"
    idempotent="true">
  <description>
    Operators' endpoints under /admin/: handlers, routes, the exchange audit across REST, RPC and MCP,
    and the replay SQL of one exchange. They show every organisation's traffic, so each one
    answers 403 unless the caller has the platform role 'superuser' (api.current_user_is_admin());
    grant it with an INSERT into membership.user_role. Delete this file if you do not want them.
  </description>
  <sortKeys>
    <key>500/030</key>
  </sortKeys>
</pgmi-meta>
*/
SELECT api.create_or_replace_rest_handler(
    jsonb_build_object(
        'id', '30f61e80-0001-4000-8000-000000000001',
        'path', '/admin/handlers',
        'httpMethod', '^GET$',
        'name', 'admin_handlers',
        'title', 'Handlers',
        'description', 'Live handlers with their route, policy and health (function present, definition drifted); ?limit=&offset=',
        'readOnly', true,
        'outputSchema', jsonb_build_object('type', 'object', 'required', jsonb_build_array('handlers', 'total'),
            'properties', jsonb_build_object('handlers', jsonb_build_object('type', 'array'),
                                             'total', jsonb_build_object('type', 'integer')))
    ),
    $body$
DECLARE
    v_page record;
BEGIN
    SELECT * INTO v_page FROM api.pagination_params(api.query_params((request).url));
    IF NOT api.current_user_is_admin() THEN
        RETURN api.problem_response(403, 'Forbidden', 'Administrator privileges required');
    END IF;
    RETURN api.json_response(200, jsonb_build_object(
        'total', (SELECT count(*) FROM api.vw_handler_info WHERE deleted_at IS NULL),
        'limit', v_page.page_limit, 'offset', v_page.page_offset,
        'handlers', coalesce((
            SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                       'objectId', object_id, 'handlerType', handler_type,
                       'functionName', handler_function_name, 'title', title,
                       'restPattern', rest_pattern, 'rpcMethod', rpc_method, 'mcpName', mcp_name,
                       'requiresAuth', requires_auth, 'readOnly', read_only,
                       'minTransactionIsolation', min_transaction_isolation,
                       'functionExists', function_exists, 'definitionDrifted', definition_drifted,
                       'createdAt', created_at)) ORDER BY created_at, handler_function_name)
              FROM (SELECT * FROM api.vw_handler_info WHERE deleted_at IS NULL
                     ORDER BY created_at, handler_function_name
                     LIMIT v_page.page_limit OFFSET v_page.page_offset) s), '[]')));
END;
    $body$
);

SELECT api.create_or_replace_rest_handler(
    jsonb_build_object(
        'id', '30f61e80-0001-4000-8000-000000000002',
        'path', '/admin/exchanges',
        'httpMethod', '^GET$',
        'name', 'admin_exchanges',
        'title', 'Exchange audit',
        'description', 'Logged exchanges of every protocol, newest first; ?protocol=rest|rpc|mcp&limit=&offset=',
        'readOnly', true,
        'outputSchema', jsonb_build_object('type', 'object', 'required', jsonb_build_array('exchanges', 'total'),
            'properties', jsonb_build_object('exchanges', jsonb_build_object('type', 'array'),
                                             'total', jsonb_build_object('type', 'integer')))
    ),
    $body$
DECLARE
    v_q        extensions.hstore := api.query_params((request).url);
    v_page     record;
    v_protocol text := v_q OPERATOR(extensions.->) 'protocol';
BEGIN
    SELECT * INTO v_page FROM api.pagination_params(v_q);
    IF NOT api.current_user_is_admin() THEN
        RETURN api.problem_response(403, 'Forbidden', 'Administrator privileges required');
    END IF;
    IF v_protocol IS NOT NULL AND v_protocol NOT IN ('rest', 'rpc', 'mcp') THEN
        RETURN api.problem_response(400, 'Bad Request', 'protocol must be rest, rpc or mcp', NULL, NULL,
            NULL, jsonb_build_array(api.invalid_param('protocol', 'one of rest, rpc, mcp')));
    END IF;
    RETURN (
        WITH unified AS (
            SELECT 'rest' AS protocol, exchange_id, sequence_number, enqueued_at, duration,
                   handler_function_name, response_status, is_error,
                   request_method || ' ' || request_url AS summary
              FROM api.vw_rest_exchange_info WHERE v_protocol IS NULL OR v_protocol = 'rest'
            UNION ALL
            SELECT 'rpc', exchange_id, sequence_number, enqueued_at, duration,
                   handler_function_name, response_status, is_error, rpc_method
              FROM api.vw_rpc_exchange_info WHERE v_protocol IS NULL OR v_protocol = 'rpc'
            UNION ALL
            SELECT 'mcp', exchange_id, sequence_number, enqueued_at, duration,
                   handler_function_name, NULL, is_error, mcp_type || ':' || mcp_name
              FROM api.vw_mcp_exchange_info WHERE v_protocol IS NULL OR v_protocol = 'mcp'
        ), page AS (
            SELECT * FROM unified ORDER BY sequence_number DESC
             LIMIT v_page.page_limit OFFSET v_page.page_offset
        )
        SELECT api.json_response(200, jsonb_build_object(
            'total', (SELECT count(*) FROM unified),
            'limit', v_page.page_limit, 'offset', v_page.page_offset,
            'exchanges', coalesce((
                SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                           'protocol', protocol, 'exchangeId', exchange_id, 'enqueuedAt', enqueued_at,
                           'duration', duration::text, 'functionName', handler_function_name,
                           'statusCode', response_status, 'isError', is_error, 'summary', summary))
                           ORDER BY sequence_number DESC)
                  FROM page), '[]'))));
END;
    $body$
);

SELECT api.create_or_replace_rest_handler(
    jsonb_build_object(
        'id', '30f61e80-0001-4000-8000-000000000003',
        'path', '/admin/exchanges/{id}/replay',
        'httpMethod', '^GET$',
        'name', 'admin_exchange_replay',
        'title', 'Replay SQL of an exchange',
        'description', 'The SQL that runs a logged request again through its gateway function',
        'readOnly', true,
        'outputSchema', jsonb_build_object('type', 'object',
            'required', jsonb_build_array('exchangeId', 'protocol', 'replaySql'),
            'properties', jsonb_build_object('exchangeId', jsonb_build_object('type', 'string'),
                                             'protocol', jsonb_build_object('type', 'string'),
                                             'replaySql', jsonb_build_object('type', 'string')))
    ),
    $body$
DECLARE
    v_id  uuid := common.try_cast(split_part(api.url_path((request).url), '/', 4), NULL::uuid);
    v_row record;
BEGIN
    IF NOT api.current_user_is_admin() THEN
        RETURN api.problem_response(403, 'Forbidden', 'Administrator privileges required');
    END IF;
    SELECT * INTO v_row FROM (
        SELECT 'rest' AS protocol, replay_sql FROM api.vw_rest_exchange_info WHERE exchange_id = v_id
        UNION ALL
        SELECT 'rpc', replay_sql FROM api.vw_rpc_exchange_info WHERE exchange_id = v_id
        UNION ALL
        SELECT 'mcp', replay_sql FROM api.vw_mcp_exchange_info WHERE exchange_id = v_id) s;
    IF NOT FOUND THEN
        RETURN api.problem_response(404, 'Not Found', 'No such exchange');
    END IF;
    RETURN api.json_response(200, jsonb_build_object('exchangeId', v_id, 'protocol', v_row.protocol,
                                                     'replaySql', v_row.replay_sql));
END;
    $body$
);

SELECT api.create_or_replace_rest_handler(
    jsonb_build_object(
        'id', '30f61e80-0001-4000-8000-000000000004',
        'path', '/admin/routes',
        'httpMethod', '^GET$',
        'name', 'admin_routes',
        'title', 'Routes',
        'description', 'Live routes of REST, JSON-RPC and MCP; ?type=rest|rpc|mcp_tool|mcp_resource|mcp_prompt&limit=&offset=',
        'readOnly', true,
        'outputSchema', jsonb_build_object('type', 'object', 'required', jsonb_build_array('routes', 'total'),
            'properties', jsonb_build_object('routes', jsonb_build_object('type', 'array'),
                                             'total', jsonb_build_object('type', 'integer')))
    ),
    $body$
DECLARE
    v_q    extensions.hstore := api.query_params((request).url);
    v_type text := v_q OPERATOR(extensions.->) 'type';
    v_page record;
BEGIN
    SELECT * INTO v_page FROM api.pagination_params(v_q);
    IF NOT api.current_user_is_admin() THEN
        RETURN api.problem_response(403, 'Forbidden', 'Administrator privileges required');
    END IF;
    RETURN api.json_response(200, jsonb_build_object(
        'total', (SELECT count(*) FROM api.vw_route_info
                   WHERE deleted_at IS NULL AND (v_type IS NULL OR route_type = v_type)),
        'limit', v_page.page_limit, 'offset', v_page.page_offset,
        'routes', coalesce((
            SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                       'objectId', object_id, 'routeType', route_type, 'pattern', pattern,
                       'methodRegexp', method_regexp, 'canonicalPath', canonical_path,
                       'uriTemplate', uri_template, 'functionName', handler_function_name,
                       'requiresAuth', requires_auth, 'autoLog', auto_log, 'readOnly', read_only,
                       'minTransactionIsolation', min_transaction_isolation))
                       ORDER BY route_type, pattern)
              FROM (SELECT * FROM api.vw_route_info
                     WHERE deleted_at IS NULL AND (v_type IS NULL OR route_type = v_type)
                     ORDER BY route_type, pattern
                     LIMIT v_page.page_limit OFFSET v_page.page_offset) s), '[]')));
END;
    $body$
);
