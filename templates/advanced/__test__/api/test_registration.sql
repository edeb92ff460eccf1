-- Registration-time checks of the three registrars (app#1–9). Every registration here is rolled
-- back with the test.
DO $$
DECLARE
    v_regexp text;
    v_resp   api.http_response;
    v_count  integer;
BEGIN
    -- app#1: neither path nor uri.
    BEGIN
        PERFORM api.create_or_replace_rest_handler('{"id": "a0000000-0000-4000-8000-000000000001"}',
            'BEGIN RETURN api.json_response(200, ''{}''); END;');
        RAISE EXCEPTION 'app#1: a REST handler without path or uri was accepted';
    EXCEPTION WHEN SQLSTATE '22023' THEN NULL;
    END;

    -- app#2: a path template becomes an anchored regex, and routes.
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "a0000000-0000-4000-8000-000000000002", "path": "/items/{itemId}", "httpMethod": "^GET$", "requiresAuth": false}',
        'BEGIN RETURN api.json_response(200, jsonb_build_object(''path'', (request).url)); END;');
    SELECT address_regexp INTO v_regexp FROM api.rest_route
     WHERE handler_object_id = 'a0000000-0000-4000-8000-000000000002';
    IF v_regexp IS DISTINCT FROM '^/items/([^/]+)$' THEN
        RAISE EXCEPTION 'app#2: regex %', v_regexp;
    END IF;
    v_resp := api.rest_invoke('GET', '/items/42');
    IF v_resp.status_code <> 200 THEN
        RAISE EXCEPTION 'app#2: GET /items/42 → %', v_resp.status_code;
    END IF;

    -- app#3: an unanchored method regex.
    BEGIN
        PERFORM api.create_or_replace_rest_handler(
            '{"id": "a0000000-0000-4000-8000-000000000003", "path": "/m", "httpMethod": "GET"}', 'BEGIN RETURN NULL; END;');
        RAISE EXCEPTION 'app#3: unanchored httpMethod accepted';
    EXCEPTION WHEN SQLSTATE '22023' THEN NULL;
    END;

    -- app#4: path and uri that disagree; a parameterised path with a uri but no example.
    BEGIN
        PERFORM api.create_or_replace_rest_handler(
            '{"id": "a0000000-0000-4000-8000-000000000004", "path": "/a", "uri": "^/b$"}', 'BEGIN RETURN NULL; END;');
        RAISE EXCEPTION 'app#4: path /a with uri ^/b$ accepted';
    EXCEPTION WHEN SQLSTATE '22023' THEN NULL;
    END;
    BEGIN
        PERFORM api.create_or_replace_rest_handler(
            '{"id": "a0000000-0000-4000-8000-000000000004", "path": "/c/{x}", "uri": "^/c/([0-9]+)$"}', 'BEGIN RETURN NULL; END;');
        RAISE EXCEPTION 'app#4: parameterised path and uri without example accepted';
    EXCEPTION WHEN SQLSTATE '22023' THEN NULL;
    END;

    -- app#5: /users/me under /users/{id} with a shared method overlaps; disjoint methods do not.
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "a0000000-0000-4000-8000-000000000005", "path": "/users/{id}", "httpMethod": "^GET$"}', 'BEGIN RETURN NULL; END;');
    BEGIN
        PERFORM api.create_or_replace_rest_handler(
            '{"id": "a0000000-0000-4000-8000-000000000006", "path": "/users/me", "httpMethod": "^GET$"}', 'BEGIN RETURN NULL; END;');
        RAISE EXCEPTION 'app#5: overlapping routes accepted';
    EXCEPTION WHEN SQLSTATE '22023' THEN
        IF SQLERRM NOT LIKE 'Route overlap detected%' THEN
            RAISE EXCEPTION 'app#5: wrong message %', SQLERRM;
        END IF;
    END;
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "a0000000-0000-4000-8000-000000000006", "path": "/users/me", "httpMethod": "^POST$"}', 'BEGIN RETURN NULL; END;');

    -- app#6: names: 50 characters and empty are refused, 49 accepted.
    BEGIN
        PERFORM api.create_or_replace_rest_handler(jsonb_build_object('id', 'a0000000-0000-4000-8000-000000000007',
            'path', '/n50', 'name', 'n' || repeat('x', 49)), 'BEGIN RETURN NULL; END;');
        RAISE EXCEPTION 'app#6: 50-character name accepted';
    EXCEPTION WHEN SQLSTATE '22023' THEN NULL;
    END;
    BEGIN
        PERFORM api.create_or_replace_mcp_handler('{"id": "a0000000-0000-4000-8000-000000000007", "type": "tool", "name": ""}',
            'BEGIN RETURN NULL; END;');
        RAISE EXCEPTION 'app#6: empty name accepted';
    EXCEPTION WHEN SQLSTATE '22023' THEN NULL;
    END;
    PERFORM api.create_or_replace_rest_handler(jsonb_build_object('id', 'a0000000-0000-4000-8000-000000000007',
        'path', '/n49', 'name', 'n' || repeat('x', 48)), 'BEGIN RETURN NULL; END;');

    -- app#7: a new id reusing a name; the same id replacing its body; a renamed handler drops
    -- its old function.
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "a0000000-0000-4000-8000-000000000008", "path": "/seven", "name": "seven", "requiresAuth": false}',
        'BEGIN RETURN api.json_response(200, ''{"v": 1}''); END;');
    BEGIN
        PERFORM api.create_or_replace_rest_handler(
            '{"id": "a0000000-0000-4000-8000-000000000009", "path": "/seven-b", "name": "seven"}', 'BEGIN RETURN NULL; END;');
        RAISE EXCEPTION 'app#7: REST name reused by another id';
    EXCEPTION WHEN unique_violation THEN NULL;
    END;
    PERFORM api.create_or_replace_mcp_handler('{"id": "a0000000-0000-4000-8000-00000000000a", "type": "tool", "name": "t7"}',
        'BEGIN RETURN NULL; END;');
    BEGIN
        PERFORM api.create_or_replace_mcp_handler('{"id": "a0000000-0000-4000-8000-00000000000b", "type": "prompt", "name": "t7"}',
            'BEGIN RETURN NULL; END;');
        RAISE EXCEPTION 'app#7: MCP name reused by another id';
    EXCEPTION WHEN unique_violation THEN NULL;
    END;
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "a0000000-0000-4000-8000-000000000008", "path": "/seven", "name": "seven", "requiresAuth": false}',
        'BEGIN RETURN api.json_response(200, ''{"v": 2}''); END;');
    IF api.content_json((api.rest_invoke('GET', '/seven')).content) ->> 'v' IS DISTINCT FROM '2' THEN
        RAISE EXCEPTION 'app#7: re-registration did not replace the body';
    END IF;
    PERFORM api.create_or_replace_rest_handler(
        '{"id": "a0000000-0000-4000-8000-000000000008", "path": "/seven", "name": "seven_renamed", "requiresAuth": false}',
        'BEGIN RETURN api.json_response(200, ''{"v": 3}''); END;');
    IF to_regprocedure('api.seven(api.rest_request)') IS NOT NULL
       OR to_regprocedure('api.seven_renamed(api.rest_request)') IS NULL THEN
        RAISE EXCEPTION 'app#7: renaming did not replace api.seven by api.seven_renamed';
    END IF;

    -- app#8: schemas {} and "x" are refused; a tool without one lists {"type":"object"}.
    BEGIN
        PERFORM api.create_or_replace_mcp_handler('{"id": "a0000000-0000-4000-8000-00000000000c", "type": "tool", "name": "s8", "inputSchema": {}}',
            'BEGIN RETURN NULL; END;');
        RAISE EXCEPTION 'app#8: inputSchema {} accepted';
    EXCEPTION WHEN check_violation THEN NULL;
    END;
    BEGIN
        PERFORM api.create_or_replace_mcp_handler('{"id": "a0000000-0000-4000-8000-00000000000c", "type": "tool", "name": "s8", "inputSchema": "x"}',
            'BEGIN RETURN NULL; END;');
        RAISE EXCEPTION 'app#8: inputSchema "x" accepted';
    EXCEPTION WHEN check_violation THEN NULL;
    END;
    PERFORM api.create_or_replace_mcp_handler('{"id": "a0000000-0000-4000-8000-00000000000c", "type": "tool", "name": "s8", "requiresAuth": false}',
        'BEGIN RETURN NULL; END;');
    SELECT count(*) INTO v_count FROM jsonb_array_elements(api.mcp_list_tools() -> 'tools') t
     WHERE t ->> 'name' = 's8' AND t -> 'inputSchema' = '{"type": "object"}';
    IF v_count <> 1 THEN
        RAISE EXCEPTION 'app#8: tool without inputSchema does not list {"type":"object"}';
    END IF;

    -- app#9: isolation levels are normalised; unknown ones refused.
    PERFORM api.create_or_replace_rpc_handler(
        '{"id": "a0000000-0000-4000-8000-00000000000d", "methodName": "iso.rr", "minTransactionIsolation": "Repeatable-Read"}',
        'BEGIN RETURN NULL; END;');
    IF (SELECT min_transaction_isolation FROM api.handler WHERE object_id = 'a0000000-0000-4000-8000-00000000000d')
       IS DISTINCT FROM 'repeatable read' THEN
        RAISE EXCEPTION 'app#9: Repeatable-Read not stored as repeatable read';
    END IF;
    BEGIN
        PERFORM api.create_or_replace_rpc_handler(
            '{"id": "a0000000-0000-4000-8000-00000000000e", "methodName": "iso.snap", "minTransactionIsolation": "snapshot"}',
            'BEGIN RETURN NULL; END;');
        RAISE EXCEPTION 'app#9: snapshot accepted';
    EXCEPTION WHEN SQLSTATE '22023' THEN
        IF SQLERRM NOT LIKE 'unsupported transaction isolation level%' THEN
            RAISE EXCEPTION 'app#9: wrong message %', SQLERRM;
        END IF;
    END;
END
$$;
