-- OpenAPI, catalog version, RPC resolution, MCP identity reset and transaction policy
-- (app#23, 27–30, 49, 55–57).
DO $$
DECLARE
    v_doc     jsonb;
    v_before  text;
    v_after   text;
    v_resp    api.http_response;
    v_mcp     api.mcp_response;
    v_policy  record;
    v_missing text;
BEGIN
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "b0000000-0000-4000-8000-000000000001", "path": "/gone", "httpMethod": "^GET$", "requiresAuth": false}',
        'BEGIN RETURN api.json_response(200, ''{}''); END;');
    -- app#27: stable when nothing changes; a new route and a changed uri change it.
    v_before := api.catalog_version();
    IF api.catalog_version() <> v_before THEN
        RAISE EXCEPTION 'app#27: catalog version not stable';
    END IF;
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "b0000000-0000-4000-8000-000000000002", "path": "/also", "httpMethod": "^GET$", "requiresAuth": false}',
        'BEGIN RETURN api.json_response(200, ''{}''); END;');
    v_after := api.catalog_version();
    IF v_after = v_before THEN
        RAISE EXCEPTION 'app#27: adding a route did not change the catalog version';
    END IF;
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "b0000000-0000-4000-8000-000000000002", "path": "/also-moved", "httpMethod": "^GET$", "requiresAuth": false}',
        'BEGIN RETURN api.json_response(200, ''{}''); END;');
    IF api.catalog_version() = v_after THEN
        RAISE EXCEPTION 'app#27: changing a uri did not change the catalog version';
    END IF;

    -- app#23: a deleted handler is gone from routing and from the document.
    UPDATE api.handler SET deleted_at = now() WHERE object_id = 'b0000000-0000-4000-8000-000000000001';
    IF (api.rest_invoke('GET', '/gone')).status_code <> 404 OR api.openapi_document() -> 'paths' ? '/gone' THEN
        RAISE EXCEPTION 'app#23: deleted handler still routed or documented';
    END IF;

    -- app#28: paths = canonical paths of live routes, both ways; {vars} declared; security iff auth.
    v_doc := api.openapi_document();
    SELECT string_agg(p, ', ') INTO v_missing FROM (
        (SELECT r.canonical_path AS p FROM api.rest_route r JOIN api.handler h ON h.object_id = r.handler_object_id
          WHERE h.deleted_at IS NULL
         EXCEPT SELECT jsonb_object_keys(v_doc -> 'paths'))
        UNION ALL
        (SELECT jsonb_object_keys(v_doc -> 'paths')
         EXCEPT SELECT r.canonical_path FROM api.rest_route r JOIN api.handler h ON h.object_id = r.handler_object_id
          WHERE h.deleted_at IS NULL)) d;
    IF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'app#28: paths and routes differ: %', v_missing;
    END IF;
    IF EXISTS (
        SELECT FROM jsonb_each(v_doc -> 'paths') p, jsonb_each(p.value) o,
               regexp_matches(p.key, '\{([^}]+)\}', 'g') v
         WHERE NOT EXISTS (SELECT FROM jsonb_array_elements(o.value -> 'parameters') x
                            WHERE x ->> 'name' = v[1] AND x ->> 'in' = 'path')) THEN
        RAISE EXCEPTION 'app#28: a path variable is not declared';
    END IF;
    IF EXISTS (
        SELECT FROM jsonb_each(v_doc -> 'paths') p, jsonb_each(p.value) o
         WHERE (o.value ? 'security') <> (o.value -> 'responses' ? '401')
            OR (o.value ? 'security' AND o.value -> 'security' <> '[{"apiKeyAuth": []}]')) THEN
        RAISE EXCEPTION 'app#28: security and 401 do not go together';
    END IF;
    IF v_doc #> '{paths,/hello}' IS NULL AND v_doc #> '{paths,/tasks,get,security}' IS NULL THEN
        RAISE EXCEPTION 'app#28: GET /tasks (auth) has no security';
    END IF;

    -- app#29: floor and read-only extensions.
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "b0000000-0000-4000-8000-000000000003", "path": "/rr", "httpMethod": "^GET$", "readOnly": true,
          "minTransactionIsolation": "repeatable read", "requiresAuth": false}',
        'BEGIN RETURN api.json_response(200, ''{}''); END;');
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "b0000000-0000-4000-8000-000000000004", "path": "/ser", "httpMethod": "^GET$", "readOnly": true,
          "minTransactionIsolation": "serializable", "requiresAuth": false}',
        'BEGIN RETURN api.json_response(200, ''{}''); END;');
    v_doc := api.openapi_document();
    IF v_doc #>> '{paths,/rr,get,x-pgmi-min-transaction-isolation}' IS DISTINCT FROM 'repeatable read'
       OR NOT v_doc #> '{paths,/rr,get,responses}' ? '428'
       OR v_doc #> '{paths,/rr,get,x-pgmi-replica-safe}' IS DISTINCT FROM 'true'
       OR v_doc #> '{paths,/ser,get,x-pgmi-replica-safe}' IS DISTINCT FROM 'false'
       OR v_doc #> '{paths,/ser,get,x-pgmi-read-only}' IS DISTINCT FROM 'true' THEN
        RAISE EXCEPTION 'app#29: policy extensions wrong: % / %', v_doc #> '{paths,/rr}', v_doc #> '{paths,/ser}';
    END IF;

    -- app#30
    IF api.rpc_resolve('nope.x') IS NOT NULL THEN
        RAISE EXCEPTION 'app#30: rpc_resolve of an unknown method is not NULL';
    END IF;
    v_resp := api.rpc_invoke(NULL, '', convert_to('{"jsonrpc":"2.0","method":"nope.x","id":3}', 'UTF8'));
    IF v_resp.status_code <> 404 OR (api.content_json(v_resp.content) #>> '{error,code}') <> '-32601' THEN
        RAISE EXCEPTION 'app#30: rpc_invoke(NULL) → % %', v_resp.status_code, api.content_text(v_resp.content);
    END IF;

    -- app#55: the resolver for a read-only repeatable-read route.
    SELECT * INTO v_policy FROM api.rest_route_policy('GET', '/rr');
    IF (v_policy.transaction_isolation, v_policy.transaction_read_only, v_policy.transaction_deferrable)
       IS DISTINCT FROM ('repeatable read'::text, true, false) THEN
        RAISE EXCEPTION 'app#55: none → %', v_policy;
    END IF;
    SELECT * INTO v_policy FROM api.rest_route_policy('GET', '/rr', 'read committed');
    IF v_policy.transaction_isolation <> 'repeatable read' THEN
        RAISE EXCEPTION 'app#55: requested read committed went below the floor';
    END IF;
    SELECT * INTO v_policy FROM api.rest_route_policy('GET', '/rr', 'serializable');
    IF (v_policy.transaction_isolation, v_policy.transaction_read_only, v_policy.transaction_deferrable)
       IS DISTINCT FROM ('serializable'::text, true, true) THEN
        RAISE EXCEPTION 'app#55: serializable → %', v_policy;
    END IF;
    IF EXISTS (SELECT FROM api.rest_route_policy('GET', '/no/such/route')) THEN
        RAISE EXCEPTION 'app#55: a policy row for an unknown route';
    END IF;

    -- app#56/57: the deployment transaction is read committed and read-write, so a repeatable-read
    -- floor is unmet and a read-only route is refused, fail-closed, in all three protocols.
    IF current_setting('transaction_isolation') = 'read committed' THEN
        PERFORM api.create_or_replace_rest_handler(
            '{"id": "b0000000-0000-4000-8000-000000000005", "path": "/floor", "httpMethod": "^GET$",
              "minTransactionIsolation": "repeatable read", "requiresAuth": false}',
            'BEGIN RETURN api.json_response(200, ''{}''); END;');
        v_resp := api.rest_invoke('GET', '/floor');
        IF v_resp.status_code <> 428 OR api.content_json(v_resp.content) ->> 'code' IS DISTINCT FROM 'pgmi.transaction_isolation_too_weak' THEN
            RAISE EXCEPTION 'app#56: REST → % %', v_resp.status_code, api.content_text(v_resp.content);
        END IF;
        PERFORM api.create_or_replace_rpc_handler(
            '{"id": "b0000000-0000-4000-8000-000000000006", "methodName": "floor.rr", "requiresAuth": false,
              "minTransactionIsolation": "repeatable read"}', 'BEGIN RETURN NULL; END;');
        v_resp := api.rpc_invoke(api.rpc_resolve('floor.rr'), '', convert_to('{"jsonrpc":"2.0","method":"floor.rr","id":"r1"}', 'UTF8'));
        IF v_resp.status_code <> 428 OR api.content_json(v_resp.content) #>> '{error,code}' IS DISTINCT FROM '-32600'
           OR api.content_json(v_resp.content) #>> '{error,data,code}' IS DISTINCT FROM 'pgmi.transaction_isolation_too_weak'
           OR api.content_json(v_resp.content) ->> 'id' IS DISTINCT FROM 'r1' THEN
            RAISE EXCEPTION 'app#56: RPC → % %', v_resp.status_code, api.content_text(v_resp.content);
        END IF;
        PERFORM api.create_or_replace_mcp_handler(
            '{"id": "b0000000-0000-4000-8000-000000000007", "type": "tool", "name": "floor_tool", "requiresAuth": false,
              "minTransactionIsolation": "repeatable read"}', 'BEGIN RETURN NULL; END;');
        v_mcp := api.mcp_handle_request('{"jsonrpc":"2.0","id":77,"method":"tools/call","params":{"name":"floor_tool"}}');
        IF v_mcp.envelope #>> '{error,code}' IS DISTINCT FROM '-32600' OR v_mcp.envelope #>> '{error,data,code}' IS DISTINCT FROM 'pgmi.transaction_isolation_too_weak'
           OR v_mcp.envelope ->> 'id' IS DISTINCT FROM '77' THEN
            RAISE EXCEPTION 'app#56: MCP → %', v_mcp.envelope;
        END IF;
        v_resp := api.rest_invoke('GET', '/rr');
        IF api.content_json(v_resp.content) ->> 'code' IS DISTINCT FROM 'pgmi.transaction_isolation_too_weak' THEN
            RAISE EXCEPTION 'app#57: /rr → %', api.content_text(v_resp.content);
        END IF;
    END IF;
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "b0000000-0000-4000-8000-000000000008", "path": "/ro", "httpMethod": "^GET$", "readOnly": true, "requiresAuth": false}',
        'BEGIN RETURN api.json_response(200, ''{}''); END;');
    v_resp := api.rest_invoke('GET', '/ro');
    IF v_resp.status_code <> 428 OR api.content_json(v_resp.content) ->> 'code' IS DISTINCT FROM 'pgmi.transaction_read_only_required' THEN
        RAISE EXCEPTION 'app#57: read-only route in a read-write transaction → % %', v_resp.status_code, api.content_text(v_resp.content);
    END IF;
END
$$;

-- app#49: identity does not survive from one MCP request to the next in one transaction.
DO $$
DECLARE
    v_user uuid := membership.upsert_user('test', 'mcp-49', 'mcp49@example.com');
    v_with jsonb;
    v_without jsonb;
BEGIN
    PERFORM api.create_or_replace_mcp_handler(
        '{"id": "b0000000-0000-4000-8000-000000000009", "type": "tool", "name": "needs_user_49"}', 'BEGIN RETURN NULL; END;');
    v_with := (api.mcp_handle_request('{"jsonrpc":"2.0","id":1,"method":"tools/list"}', '{"user_id":"test|mcp-49"}')).envelope;
    v_without := (api.mcp_handle_request('{"jsonrpc":"2.0","id":2,"method":"tools/list"}')).envelope;
    IF NOT v_with::text LIKE '%needs_user_49%' OR v_without::text LIKE '%needs_user_49%' THEN
        RAISE EXCEPTION 'app#49: with context % / without %', v_with, v_without;
    END IF;
END
$$;
