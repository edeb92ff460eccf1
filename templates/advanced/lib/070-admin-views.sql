/*
<pgmi-meta
    id="1513ff44-6261-4b91-a78a-bdcc0a09934e"
    idempotent="true">
  <description>
    Operators' views over the registry and the exchange audit: api.vw_handler_info (health and
    route of each handler), api.vw_route_info (every route of the three protocols),
    api.vw_rest_exchange_info, api.vw_rpc_exchange_info and
    api.vw_mcp_exchange_info, each with replay_sql, the SQL that runs the same request again.
    Owner and admins only: the api role reads none of them.
  </description>
  <sortKeys>
    <key>050/070</key>
  </sortKeys>
</pgmi-meta>
*/
CREATE OR REPLACE VIEW api.vw_handler_info AS
SELECT h.object_id, h.handler_type, h.handler_function_name, h.title, h.description,
       h.created_at, now() - h.created_at AS age, h.deleted_at,
       to_regprocedure(h.handler_func::text) IS NOT NULL AS function_exists,
       CASE WHEN to_regprocedure(h.handler_func::text) IS NULL THEN NULL
            ELSE h.def_hash IS DISTINCT FROM
                 encode(extensions.digest(pg_get_functiondef(h.handler_func), 'sha256'), 'hex')
       END AS definition_drifted,
       rr.address_regexp AS rest_pattern, rr.method_regexp AS rest_methods, rr.canonical_path,
       rp.method_name AS rpc_method, mr.mcp_type, mr.mcp_name,
       h.requires_auth, h.min_transaction_isolation, h.read_only,
       h.input_json_schema IS NOT NULL AS has_input_schema,
       h.output_json_schema IS NOT NULL AS has_output_schema,
       h.returns_type, h.language_name, h.volatility, h.security_definer, h.owner_name
  FROM api.handler h
  LEFT JOIN api.rest_route rr ON rr.handler_object_id = h.object_id
  LEFT JOIN api.rpc_route rp ON rp.handler_object_id = h.object_id
  LEFT JOIN api.mcp_route mr ON mr.handler_object_id = h.object_id;

-- Every route of the three protocols, one row each: the REST regex, the RPC method or the MCP
-- name (a resource's URI template beside it).
CREATE OR REPLACE VIEW api.vw_route_info AS
SELECT r.handler_object_id AS object_id, 'rest'::text AS route_type, r.address_regexp AS pattern,
       r.method_regexp, r.canonical_path, NULL::text AS uri_template, h.handler_function_name,
       h.requires_auth, r.auto_log, r.sequence_number, h.read_only, h.min_transaction_isolation,
       h.created_at, h.deleted_at
  FROM api.rest_route r JOIN api.handler h ON h.object_id = r.handler_object_id
UNION ALL
SELECT r.handler_object_id, 'rpc', r.method_name, NULL, NULL, NULL, h.handler_function_name,
       h.requires_auth, r.auto_log, NULL, h.read_only, h.min_transaction_isolation, h.created_at,
       h.deleted_at
  FROM api.rpc_route r JOIN api.handler h ON h.object_id = r.handler_object_id
UNION ALL
SELECT r.handler_object_id, 'mcp_' || r.mcp_type, r.mcp_name, NULL, NULL, r.uri_template,
       h.handler_function_name, h.requires_auth, true, NULL, h.read_only,
       h.min_transaction_isolation, h.created_at, h.deleted_at
  FROM api.mcp_route r JOIN api.handler h ON h.object_id = r.handler_object_id;

-- replay_sql runs the logged request again through the same gateway function (in a transaction
-- of your choosing: it writes what the handler writes). Identity headers are part of the request.
CREATE OR REPLACE VIEW api.vw_rest_exchange_info AS
SELECT e.sequence_number, e.object_id AS exchange_id, e.enqueued_at, now() - e.enqueued_at AS age,
       e.completed_at, e.completed_at - e.enqueued_at AS duration, e.response IS NULL AS is_pending,
       (e.request).method AS request_method, (e.request).url AS request_url,
       (e.response).status_code AS response_status,
       coalesce((e.response).status_code >= 400, false) AS is_error,
       e.handler_object_id, h.handler_function_name,
       format('SELECT * FROM api.rest_invoke(%L, %L, %L::extensions.hstore, %s);',
              (e.request).method, (e.request).url, coalesce((e.request).headers::text, ''),
              CASE WHEN (e.request).content IS NULL THEN 'NULL::bytea'
                   ELSE format('decode(%L, ''hex'')', encode((e.request).content, 'hex')) END)
           AS replay_sql
  FROM api.rest_exchange e
  LEFT JOIN api.handler h ON h.object_id = e.handler_object_id;

CREATE OR REPLACE VIEW api.vw_rpc_exchange_info AS
SELECT e.sequence_number, e.object_id AS exchange_id, e.enqueued_at, now() - e.enqueued_at AS age,
       e.completed_at, e.completed_at - e.enqueued_at AS duration, e.response IS NULL AS is_pending,
       r.method_name AS rpc_method, (e.response).status_code AS response_status,
       coalesce((e.response).status_code >= 400, false) AS is_error,
       e.handler_object_id, h.handler_function_name,
       format('SELECT * FROM api.rpc_invoke(%L::uuid, %L::extensions.hstore, %s);',
              e.handler_object_id, coalesce((e.request).headers::text, ''),
              CASE WHEN (e.request).content IS NULL THEN 'NULL::bytea'
                   ELSE format('decode(%L, ''hex'')', encode((e.request).content, 'hex')) END)
           AS replay_sql
  FROM api.rpc_exchange e
  LEFT JOIN api.handler h ON h.object_id = e.handler_object_id
  LEFT JOIN api.rpc_route r ON r.handler_object_id = e.handler_object_id;

CREATE OR REPLACE VIEW api.vw_mcp_exchange_info AS
SELECT e.sequence_number, e.object_id AS exchange_id, e.enqueued_at, now() - e.enqueued_at AS age,
       e.completed_at, e.completed_at - e.enqueued_at AS duration, e.mcp_type, e.mcp_name,
       coalesce((e.response).envelope ? 'error'
                OR ((e.response).envelope -> 'result' ->> 'isError')::boolean, false) AS is_error,
       e.handler_object_id, h.handler_function_name,
       CASE e.mcp_type
           WHEN 'tool' THEN format('SELECT * FROM api.mcp_call_tool(%L, %L::jsonb, %L::jsonb, %L::jsonb);',
                                   e.mcp_name, coalesce((e.request).arguments, '{}'),
                                   (e.request).context, (e.request).request_id)
           WHEN 'resource' THEN format('SELECT * FROM api.mcp_read_resource(%L, %L::jsonb, %L::jsonb);',
                                       (e.request).uri, (e.request).context, (e.request).request_id)
           WHEN 'prompt' THEN format('SELECT * FROM api.mcp_get_prompt(%L, %L::jsonb, %L::jsonb, %L::jsonb);',
                                     e.mcp_name, coalesce((e.request).arguments, '{}'),
                                     (e.request).context, (e.request).request_id)
       END AS replay_sql
  FROM api.mcp_exchange e
  LEFT JOIN api.handler h ON h.object_id = e.handler_object_id;
