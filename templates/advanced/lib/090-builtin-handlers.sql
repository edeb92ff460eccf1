/*
<pgmi-meta
    id="5b0c1f0e-6d0a-4b8e-9a51-0f3c2a7e1090"
    idempotent="true">
  <description>
    Built-in REST handlers: GET /openapi.json (with an ETag from api.catalog_version) and
    GET /docs (an API reference page).
  </description>
  <sortKeys>
    <key>050/090</key>
  </sortKeys>
</pgmi-meta>
*/
SELECT api.create_or_replace_rest_handler(
    jsonb_build_object(
        'id', '0f3c2a7e-0000-4000-8000-00000000a001',
        'path', '/openapi.json',
        'httpMethod', '^GET$',
        'name', 'openapi_spec',
        'title', 'OpenAPI document',
        'description', 'The OpenAPI 3.1 document of every REST route',
        'requiresAuth', false,
        'autoLog', false
    ),
    $body$
DECLARE
    v_tag   text := '"' || api.catalog_version() || '"';
    v_match text := api.header((request).headers, 'if-none-match');
BEGIN
    IF v_match IS NOT NULL AND (btrim(v_match) = '*' OR EXISTS (
           SELECT FROM unnest(string_to_array(v_match, ',')) t
            WHERE regexp_replace(btrim(t), '^W/', '') = v_tag)) THEN
        RETURN ROW(304, extensions.hstore(ARRAY['etag', v_tag, 'cache-control', 'no-cache']), NULL)::api.http_response;
    END IF;
    RETURN ROW(200, extensions.hstore(ARRAY['etag', v_tag, 'cache-control', 'no-cache',
                                            'content-type', 'application/json; charset=utf-8']),
               convert_to(api.openapi_document()::text, 'UTF8'))::api.http_response;
END;
    $body$
);

SELECT api.create_or_replace_rest_handler(
    jsonb_build_object(
        'id', '0f3c2a7e-0000-4000-8000-00000000a002',
        'path', '/docs',
        'httpMethod', '^GET$',
        'name', 'openapi_docs',
        'title', 'API reference',
        'requiresAuth', false,
        'autoLog', false,
        'produces', jsonb_build_array('text/html')
    ),
    $body$
BEGIN
    RETURN ROW(200, extensions.hstore('content-type', 'text/html; charset=utf-8'),
        convert_to('<!doctype html><html><head><title>' || current_database() || ' API</title>'
            || '<meta charset="utf-8"></head><body>'
            || '<script id="api-reference" data-url="/openapi.json"></script>'
            || '<script src="https://cdn.jsdelivr.net/npm/@scalar/api-reference"></script>'
            || '</body></html>', 'UTF8'))::api.http_response;
END;
    $body$
);
