-- Operators' views: vw_handler_info notices a drifted handler function; every exchange view's
-- replay_sql runs the logged request again with the same answer; the api role reads none of
-- them. (/admin/* are read-only routes, answered 428 in this read-write transaction: they are
-- tested over HTTP, in __tests__/app-gateway.int.test.ts.)
DO $$
DECLARE
    v_api  text := pg_temp.param('api_role');
    v_sql  text;
    v_resp api.http_response;
    v_env  jsonb;
    v_n    bigint;
BEGIN
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "d1000000-0000-4000-8000-000000000001", "path": "/replayable", "httpMethod": "^POST$", "requiresAuth": false}',
        'BEGIN RETURN api.json_response(201, jsonb_build_object(''got'', api.content_json((request).content),
                                                                ''who'', api.header((request).headers, ''x-probe''))); END;');
    PERFORM api.create_or_replace_rpc_handler(
        '{"id": "d1000000-0000-4000-8000-000000000002", "methodName": "test.replay", "requiresAuth": false}',
        'BEGIN RETURN api.jsonrpc_success(api.content_json((request).content) -> ''params'', api.content_json((request).content) -> ''id''); END;');
    PERFORM api.create_or_replace_mcp_handler(
        '{"id": "d1000000-0000-4000-8000-000000000003", "type": "tool", "name": "replay_tool", "requiresAuth": false}',
        'BEGIN RETURN api.mcp_tool_result(jsonb_build_array(api.mcp_text((request).arguments ->> ''say'')), (request).request_id); END;');

    -- vw_handler_info: present and unchanged, then drifted when the function is edited by hand.
    IF (SELECT (function_exists, definition_drifted, rest_pattern) FROM api.vw_handler_info
         WHERE object_id = 'd1000000-0000-4000-8000-000000000001')
       IS DISTINCT FROM (true, false, '^/replayable$'::text) THEN
        RAISE EXCEPTION 'vw_handler_info: %', (SELECT to_jsonb(i) FROM api.vw_handler_info i
                                                 WHERE object_id = 'd1000000-0000-4000-8000-000000000001');
    END IF;

    -- vw_route_info: one row per route, whatever the protocol.
    IF (SELECT array_agg(route_type || ' ' || pattern ORDER BY route_type) FROM api.vw_route_info
         WHERE object_id IN ('d1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000002',
                             'd1000000-0000-4000-8000-000000000003'))
       IS DISTINCT FROM ARRAY['mcp_tool replay_tool', 'rest ^/replayable$', 'rpc test.replay'] THEN
        RAISE EXCEPTION 'vw_route_info: %', (SELECT array_agg(route_type || ' ' || pattern) FROM api.vw_route_info
                                              WHERE object_id::text LIKE 'd1000000-%');
    END IF;

    -- REST: logged, then replayed from replay_sql with the same status and body.
    v_resp := api.rest_invoke('POST', '/replayable?x=1', extensions.hstore('x-probe', 'p1'),
                              convert_to('{"a": 1}', 'UTF8'));
    SELECT replay_sql INTO v_sql FROM api.vw_rest_exchange_info
     WHERE handler_object_id = 'd1000000-0000-4000-8000-000000000001' AND response_status = 201
       AND request_url = '/replayable?x=1';
    IF v_sql IS NULL THEN
        RAISE EXCEPTION 'vw_rest_exchange_info: no row for the logged request';
    END IF;
    EXECUTE v_sql INTO v_resp;
    IF v_resp.status_code <> 201
       OR api.content_json(v_resp.content) <> '{"got": {"a": 1}, "who": "p1"}'::jsonb THEN
        RAISE EXCEPTION 'REST replay_sql % answered % %', v_sql, v_resp.status_code, api.content_text(v_resp.content);
    END IF;
    SELECT count(*) INTO v_n FROM api.rest_exchange WHERE handler_object_id = 'd1000000-0000-4000-8000-000000000001';
    IF v_n <> 2 THEN
        RAISE EXCEPTION 'REST replay: % exchange rows, expected 2', v_n;
    END IF;

    -- RPC
    PERFORM api.rpc_invoke(api.rpc_resolve('test.replay'), '',
                           convert_to('{"jsonrpc":"2.0","id":7,"method":"test.replay","params":{"b":2}}', 'UTF8'));
    SELECT replay_sql INTO v_sql FROM api.vw_rpc_exchange_info WHERE rpc_method = 'test.replay';
    EXECUTE v_sql INTO v_resp;
    IF api.content_json(v_resp.content) <> '{"jsonrpc": "2.0", "id": 7, "result": {"b": 2}}'::jsonb THEN
        RAISE EXCEPTION 'RPC replay_sql % answered %', v_sql, api.content_text(v_resp.content);
    END IF;

    -- MCP
    PERFORM api.mcp_handle_request('{"jsonrpc":"2.0","id":"r1","method":"tools/call","params":{"name":"replay_tool","arguments":{"say":"again"}}}');
    SELECT replay_sql INTO v_sql FROM api.vw_mcp_exchange_info WHERE mcp_name = 'replay_tool' AND NOT is_error;
    EXECUTE v_sql INTO v_env;
    IF v_env -> 'result' -> 'content' -> 0 ->> 'text' IS DISTINCT FROM 'again' OR v_env ->> 'id' <> 'r1' THEN
        RAISE EXCEPTION 'MCP replay_sql % answered %', v_sql, v_env;
    END IF;

    -- The api role reads none of it.
    IF has_table_privilege(v_api, 'api.vw_rest_exchange_info', 'SELECT')
       OR has_table_privilege(v_api, 'api.vw_mcp_exchange_info', 'SELECT')
       OR has_table_privilege(v_api, 'api.vw_handler_info', 'SELECT') THEN
        RAISE EXCEPTION 'the api role may read the operators'' views';
    END IF;

    -- Drift: the handler's function edited outside the registrar.
    CREATE OR REPLACE FUNCTION api.mcp_tool_replay_tool(request api.mcp_request) RETURNS api.mcp_response
    LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END;';
    IF NOT (SELECT definition_drifted FROM api.vw_handler_info WHERE mcp_name = 'replay_tool') THEN
        RAISE EXCEPTION 'vw_handler_info: an edited handler function is not reported as drifted';
    END IF;
    PERFORM api.reset_auth_context();
END
$$;
