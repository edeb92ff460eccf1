/*
<pgmi-meta
    id="3a9d8c41-5e2b-4f70-8c1d-6b2e9f0a7d21"
    idempotent="true">
  <description>
    The task service over HTTP: REST routes, JSON-RPC methods and MCP tools, all calling the
    same functions of api/tasks.sql. The caller names its organisation with x-tenant-id (MCP:
    context tenant_id) and must be an active member of it.
  </description>
  <sortKeys>
    <key>500/010</key>
  </sortKeys>
</pgmi-meta>
*/
SELECT api.create_or_replace_rest_handler(
    jsonb_build_object(
        'id', '3a9d8c41-0001-4000-8000-000000000001',
        'path', '/tasks',
        'httpMethod', '^GET$',
        'name', 'list_tasks',
        'title', 'Open tasks',
        'description', 'Open tasks of the caller''s organisation (x-tenant-id), most urgent first',
        'readOnly', true,
        'outputSchema', jsonb_build_object('type', 'object', 'properties', jsonb_build_object(
            'tasks', jsonb_build_object('type', 'array')))
    ),
    $body$
BEGIN
    IF api.current_tenant_id() IS NULL THEN
        RETURN api.problem_response(403, 'Forbidden', 'Name an organisation you belong to in x-tenant-id');
    END IF;
    RETURN api.json_response(200, jsonb_build_object('tasks', coalesce(
        (SELECT jsonb_agg(to_jsonb(t)) FROM api.open_tasks() t), '[]'::jsonb)));
END;
    $body$
);

SELECT api.create_or_replace_rest_handler(
    jsonb_build_object(
        'id', '3a9d8c41-0001-4000-8000-000000000002',
        'path', '/tasks',
        'httpMethod', '^POST$',
        'name', 'create_task',
        'title', 'Add a task',
        'accepts', jsonb_build_array('application/json'),
        'inputSchema', jsonb_build_object('type', 'object', 'required', jsonb_build_array('title'),
            'properties', jsonb_build_object(
                'title', jsonb_build_object('type', 'string'),
                'priority', jsonb_build_object('type', 'integer', 'minimum', 1, 'maximum', 5)))
    ),
    $body$
DECLARE
    v_body jsonb := api.content_json((request).content);
BEGIN
    IF api.current_tenant_id() IS NULL THEN
        RETURN api.problem_response(403, 'Forbidden', 'Name an organisation you belong to in x-tenant-id');
    END IF;
    IF v_body ->> 'title' IS NULL THEN
        RETURN api.problem_response(422, NULL, 'title is required', NULL, NULL, NULL,
                                    jsonb_build_array(api.invalid_param('title', 'required')));
    END IF;
    PERFORM api.ensure_tenant();
    RETURN api.json_response(201, jsonb_build_object('id',
        api.create_task(v_body ->> 'title', coalesce((v_body ->> 'priority')::smallint, 3::smallint))));
END;
    $body$
);

SELECT api.create_or_replace_rest_handler(
    jsonb_build_object(
        'id', '3a9d8c41-0001-4000-8000-000000000003',
        'path', '/tasks/{id}/complete',
        'httpMethod', '^POST$',
        'name', 'complete_task',
        'title', 'Mark a task done'
    ),
    $body$
DECLARE
    v_id bigint := common.try_cast(split_part(api.url_path((request).url), '/', 3), NULL::bigint);
BEGIN
    IF v_id IS NULL OR NOT api.complete_task(v_id) THEN
        RETURN api.problem_response(404, 'Not Found', 'No open task with that id in this organisation');
    END IF;
    RETURN api.json_response(200, jsonb_build_object('id', v_id, 'done', true));
END;
    $body$
);

SELECT api.create_or_replace_rpc_handler(
    jsonb_build_object(
        'id', '3a9d8c41-0002-4000-8000-000000000001',
        'methodName', 'tasks.create',
        'description', 'Add a task to the caller''s organisation',
        'inputSchema', jsonb_build_object('type', 'object', 'required', jsonb_build_array('title'))
    ),
    $body$
DECLARE
    v_env jsonb := api.content_json((request).content);
BEGIN
    IF api.current_tenant_id() IS NULL THEN
        RETURN api.jsonrpc_error(-32602, 'Name an organisation you belong to in x-tenant-id', v_env -> 'id');
    END IF;
    PERFORM api.ensure_tenant();
    RETURN api.jsonrpc_success(jsonb_build_object('id', api.create_task(v_env -> 'params' ->> 'title',
        coalesce((v_env -> 'params' ->> 'priority')::smallint, 3::smallint))), v_env -> 'id');
END;
    $body$
);

SELECT api.create_or_replace_rpc_handler(
    jsonb_build_object(
        'id', '3a9d8c41-0002-4000-8000-000000000002',
        'methodName', 'tasks.list',
        'description', 'Open tasks of the caller''s organisation',
        'readOnly', true
    ),
    $body$
BEGIN
    RETURN api.jsonrpc_success(jsonb_build_object('tasks', coalesce(
        (SELECT jsonb_agg(to_jsonb(t)) FROM api.open_tasks() t), '[]'::jsonb)),
        api.content_json((request).content) -> 'id');
END;
    $body$
);

SELECT api.create_or_replace_mcp_handler(
    jsonb_build_object(
        'id', '3a9d8c41-0003-4000-8000-000000000001',
        'type', 'tool',
        'name', 'open_tasks',
        'title', 'Open tasks',
        'description', 'List the open tasks of the caller''s organisation, most urgent first',
        'readOnly', true,
        'outputSchema', jsonb_build_object('type', 'object', 'properties', jsonb_build_object(
            'tasks', jsonb_build_object('type', 'array'))),
        'tags', jsonb_build_array('tasks')
    ),
    $body$
DECLARE
    v_tasks jsonb := coalesce((SELECT jsonb_agg(to_jsonb(t)) FROM api.open_tasks() t), '[]'::jsonb);
BEGIN
    RETURN api.mcp_tool_result(jsonb_build_array(api.mcp_text(v_tasks::text)), (request).request_id,
                               false, jsonb_build_object('tasks', v_tasks));
END;
    $body$
);

SELECT api.create_or_replace_mcp_handler(
    jsonb_build_object(
        'id', '3a9d8c41-0003-4000-8000-000000000002',
        'type', 'tool',
        'name', 'create_task',
        'title', 'Add a task',
        'description', 'Add a task to the caller''s organisation',
        'inputSchema', jsonb_build_object('type', 'object', 'required', jsonb_build_array('title'),
            'properties', jsonb_build_object('title', jsonb_build_object('type', 'string'),
                                             'priority', jsonb_build_object('type', 'integer'))),
        'tags', jsonb_build_array('tasks')
    ),
    $body$
DECLARE
    v_id bigint;
BEGIN
    IF api.current_tenant_id() IS NULL THEN
        RETURN api.mcp_tool_error('Name an organisation you belong to (tenant_id)', (request).request_id);
    END IF;
    PERFORM api.ensure_tenant();
    v_id := api.create_task((request).arguments ->> 'title',
                            coalesce(((request).arguments ->> 'priority')::smallint, 3::smallint));
    RETURN api.mcp_tool_result(jsonb_build_array(api.mcp_text('Created task ' || v_id)),
                               (request).request_id, false, jsonb_build_object('id', v_id));
END;
    $body$
);
