-- Exchange audit (app#65, 66) and the privilege invariants (app#67).
DO $$
DECLARE
    v_n      bigint;
    v_api    text := pg_temp.param('api_role');
    v_cust   text := pg_temp.param('customer_role');
    v_bad    text;
BEGIN
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "d0000000-0000-4000-8000-000000000001", "path": "/logged", "httpMethod": "^GET$", "requiresAuth": false}',
        'BEGIN RETURN api.json_response(200, ''{}''); END;');
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "d0000000-0000-4000-8000-000000000002", "path": "/unlogged", "httpMethod": "^GET$", "requiresAuth": false, "autoLog": false}',
        'BEGIN RAISE EXCEPTION ''x''; END;');
    PERFORM api.rest_invoke('GET', '/logged');
    PERFORM api.rest_invoke('GET', '/unlogged');
    PERFORM api.rest_invoke('GET', '/no-such-route');
    SELECT count(*) INTO v_n FROM api.rest_exchange WHERE handler_object_id = 'd0000000-0000-4000-8000-000000000001';
    IF v_n <> 1 THEN
        RAISE EXCEPTION 'app#65: % rows for the logged route', v_n;
    END IF;
    IF EXISTS (SELECT FROM api.rest_exchange WHERE handler_object_id = 'd0000000-0000-4000-8000-000000000002') THEN
        RAISE EXCEPTION 'app#65: autoLog false logged a failure';
    END IF;
    IF has_table_privilege(v_api, 'api.rest_exchange', 'SELECT') OR NOT has_table_privilege(v_api, 'api.rest_exchange', 'INSERT') THEN
        RAISE EXCEPTION 'app#65: the api role may read the exchange log (or may not write it)';
    END IF;

    -- app#66
    PERFORM api.create_or_replace_mcp_handler(
        '{"id": "d0000000-0000-4000-8000-000000000003", "type": "tool", "name": "logged_tool", "requiresAuth": false}',
        'BEGIN RETURN api.mcp_tool_result(''[]'', (request).request_id); END;');
    SELECT count(*) INTO v_n FROM api.mcp_exchange;
    PERFORM api.mcp_handle_request('{"jsonrpc":"2.0","id":1,"method":"tools/list"}');
    IF (SELECT count(*) FROM api.mcp_exchange) <> v_n THEN
        RAISE EXCEPTION 'app#66: tools/list was logged';
    END IF;
    PERFORM api.mcp_handle_request('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"logged_tool"}}');
    IF NOT EXISTS (SELECT FROM api.mcp_exchange WHERE mcp_name = 'logged_tool' AND mcp_type = 'tool') THEN
        RAISE EXCEPTION 'app#66: tools/call not logged';
    END IF;
    BEGIN
        INSERT INTO api.inbound_queue (handler_object_id) VALUES (NULL);
        RAISE EXCEPTION 'app#66: a row went into the abstract inbound_queue';
    EXCEPTION WHEN check_violation THEN NULL;
    END;

    -- app#67: no api/membership routine is PUBLIC-executable; every SECURITY DEFINER function
    -- pins its search_path; the customer cannot reach gateways, registrars or key validation;
    -- the api role cannot register handlers or mint key material; customer is in neither role.
    SELECT string_agg(p.oid::regprocedure::text, ', ') INTO v_bad
      FROM pg_proc p
     WHERE p.pronamespace IN ('api'::regnamespace, 'membership'::regnamespace)
       AND has_function_privilege('public', p.oid, 'EXECUTE');
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'app#67: PUBLIC may execute %', v_bad;
    END IF;
    SELECT string_agg(p.oid::regprocedure::text, ', ') INTO v_bad
      FROM pg_proc p
     WHERE p.pronamespace IN ('api'::regnamespace, 'membership'::regnamespace)
       AND p.prosecdef AND NOT EXISTS (SELECT FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%');
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'app#67: SECURITY DEFINER without search_path: %', v_bad;
    END IF;
    IF has_function_privilege(v_cust, 'api.rest_invoke(text, text, extensions.hstore, bytea)', 'EXECUTE')
       OR has_function_privilege(v_cust, 'api.mcp_handle_request(jsonb, jsonb)', 'EXECUTE')
       OR has_function_privilege(v_cust, 'api.create_or_replace_rest_handler(jsonb, text)', 'EXECUTE')
       OR has_function_privilege(v_cust, 'membership.validate_api_key(text)', 'EXECUTE') THEN
        RAISE EXCEPTION 'app#67: the customer role reaches a gateway, registrar or key validation';
    END IF;
    IF has_function_privilege(v_api, 'api.create_or_replace_mcp_handler(jsonb, text)', 'EXECUTE')
       OR has_function_privilege(v_api, 'membership.generate_api_key_material()', 'EXECUTE')
       OR has_function_privilege(v_api, 'membership.upsert_user(text, text, text, text, boolean)', 'EXECUTE')
       OR NOT has_function_privilege(v_api, 'api.rest_invoke(text, text, extensions.hstore, bytea)', 'EXECUTE') THEN
        RAISE EXCEPTION 'app#67: api role rights wrong';
    END IF;
    IF pg_has_role(v_cust, v_api, 'MEMBER') OR pg_has_role(v_cust, pg_temp.param('owner_role'), 'MEMBER') THEN
        RAISE EXCEPTION 'app#67: the customer role is in the api or owner role';
    END IF;
    IF NOT has_function_privilege(pg_temp.param('admin_role'), 'api.create_or_replace_rest_handler(jsonb, text)', 'EXECUTE') THEN
        RAISE EXCEPTION 'app#67: admins cannot register handlers';
    END IF;
END
$$;
