/*
<pgmi-meta
    id="5b0c1f0e-6d0a-4b8e-9a51-0f3c2a7e1030"
    idempotent="true">
  <description>
    The registrars: api.create_or_replace_rest_handler, api.create_or_replace_rpc_handler and
    api.create_or_replace_mcp_handler turn metadata and a PL/pgSQL body into a handler function
    and a route, with their checks done at registration (deploy) time.
  </description>
  <sortKeys>
    <key>050/030</key>
  </sortKeys>
</pgmi-meta>
*/
CREATE OR REPLACE FUNCTION api.check_name(p_name text, p_what text) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
    IF p_name IS NULL OR p_name !~ '^[a-zA-Z][a-zA-Z0-9_.-]{0,48}$' THEN
        RAISE EXCEPTION 'invalid %: % (letters, digits, _ . -; a letter first; at most 49 characters)',
            p_what, coalesce(quote_literal(p_name), 'NULL') USING ERRCODE = '22023';
    END IF;
END
$fn$;

-- `/users/{id}` → `^/users/([^/]+)$`; literal parts are escaped.
CREATE OR REPLACE FUNCTION api.path_to_regexp(p_path text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT '^' || regexp_replace(
                      regexp_replace(p_path, '([.^$*+?()\[\]\\|])', '\\\1', 'g'),
                      '\{[^}/]+\}', '([^/]+)', 'g') || '$'
$fn$;

-- The documented path of a regex route: anchors and a trailing optional query dropped, groups
-- numbered {p1}, {p2}, …, escapes removed.
CREATE OR REPLACE FUNCTION api.regexp_to_canonical_path(p_regexp text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
    v   text := p_regexp;
    v_n integer := 0;
BEGIN
    v := regexp_replace(v, '^\^', '');
    v := regexp_replace(v, '\$$', '');
    v := regexp_replace(v, '\(\\\?\.\*\)\?$', '');
    WHILE v ~ '\([^()]*\)' LOOP
        v_n := v_n + 1;
        v := regexp_replace(v, '\([^()]*\)', '{p' || v_n || '}');
    END LOOP;
    v := regexp_replace(v, '\\(.)', '\1', 'g');
    RETURN v;
END
$fn$;

CREATE OR REPLACE FUNCTION api.http_methods_of(p_method_regexp text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT coalesce(array_agg(m ORDER BY o), '{}')
      FROM unnest(ARRAY['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'])
           WITH ORDINALITY AS t (m, o)
     WHERE m ~ p_method_regexp
$fn$;

-- Creates (or replaces) api.<p_function>(request <type>) from a body, inside a dollar-quote tag
-- that the body does not contain, and returns its regprocedure.
CREATE OR REPLACE FUNCTION api.define_handler_function(p_function text, p_request_type text,
                                                       p_response_type text, p_body text)
RETURNS regprocedure
LANGUAGE plpgsql SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_tag text;
BEGIN
    LOOP
        v_tag := '$h' || substr(md5(random()::text), 1, 12) || '$';
        EXIT WHEN strpos(p_body, v_tag) = 0;
    END LOOP;
    EXECUTE format('CREATE OR REPLACE FUNCTION api.%I(request %s) RETURNS %s LANGUAGE plpgsql AS %s%s%s',
                   p_function, p_request_type, p_response_type, v_tag, p_body, v_tag);
    -- Handlers are reached only through the gateways, which check identity and policy first.
    EXECUTE format('REVOKE ALL ON FUNCTION api.%I(%s) FROM PUBLIC', p_function, p_request_type);
    RETURN format('api.%I(%s)', p_function, p_request_type)::regprocedure;
END
$fn$;

-- Common part of the three registrars: the handler row, its function, the old function dropped
-- when the name changed.
CREATE OR REPLACE FUNCTION api.register_handler(p_type api.handler_type, p_metadata jsonb,
                                                p_body text, p_function text,
                                                p_request_type text, p_response_type text,
                                                p_accepts text[], p_produces text[])
RETURNS uuid
LANGUAGE plpgsql SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_id       uuid;
    v_old      api.handler;
    v_func     regprocedure;
    v_owner    api.handler;
BEGIN
    BEGIN
        v_id := (p_metadata ->> 'id')::uuid;
    EXCEPTION WHEN OTHERS THEN
        RAISE EXCEPTION 'handler id must be a uuid, got %', p_metadata ->> 'id' USING ERRCODE = '22023';
    END;
    IF v_id IS NULL THEN
        RAISE EXCEPTION 'handler metadata needs an id (uuid)' USING ERRCODE = '22023';
    END IF;
    IF p_body IS NULL OR btrim(p_body) = '' THEN
        RAISE EXCEPTION 'handler % has no body', v_id USING ERRCODE = '22023';
    END IF;

    SELECT * INTO v_owner FROM api.handler
     WHERE handler_function_name = p_function AND object_id <> v_id;
    IF FOUND THEN
        RAISE EXCEPTION 'function api.% already belongs to handler %', p_function, v_owner.object_id
            USING ERRCODE = '23505';
    END IF;

    SELECT * INTO v_old FROM api.handler WHERE object_id = v_id;
    IF FOUND AND v_old.handler_type <> p_type THEN
        RAISE EXCEPTION 'handler % is a % handler, not %', v_id, v_old.handler_type, p_type
            USING ERRCODE = '22023';
    END IF;
    IF FOUND AND v_old.handler_function_name <> p_function AND v_old.handler_func IS NOT NULL THEN
        EXECUTE format('DROP FUNCTION IF EXISTS %s', v_old.handler_func);
    END IF;

    v_func := api.define_handler_function(p_function, p_request_type, p_response_type, p_body);

    INSERT INTO api.handler AS h (
        object_id, handler_type, handler_func, handler_function_name, accepts, produces,
        response_headers, requires_auth, min_transaction_isolation, read_only, handler_exec_sql,
        handler_sql_submitted, handler_sql_canonical, def_hash, returns_type, language_name,
        volatility, security_definer, owner_name, title, description, input_json_schema,
        output_json_schema, deleted_at)
    SELECT v_id, p_type, v_func, p_function, p_accepts, p_produces,
           coalesce(p_metadata -> 'responseHeaders', '{}'),
           coalesce((p_metadata ->> 'requiresAuth')::boolean, true),
           api.normalize_isolation_level(p_metadata ->> 'minTransactionIsolation'),
           coalesce((p_metadata ->> 'readOnly')::boolean, false),
           format('SELECT * FROM %s($1)', v_func::regproc),
           p_body, pg_get_functiondef(v_func),
           encode(extensions.digest(pg_get_functiondef(v_func), 'sha256'), 'hex'),
           format_type(p.prorettype, NULL), l.lanname, p.provolatile::text, p.prosecdef,
           pg_get_userbyid(p.proowner),
           p_metadata ->> 'title', p_metadata ->> 'description',
           (p_metadata -> 'inputSchema')::api.json_schema,
           (p_metadata -> 'outputSchema')::api.json_schema,
           NULL
      FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
     WHERE p.oid = v_func
    ON CONFLICT (object_id) DO UPDATE SET
        handler_func = EXCLUDED.handler_func,
        handler_function_name = EXCLUDED.handler_function_name,
        accepts = EXCLUDED.accepts, produces = EXCLUDED.produces,
        response_headers = EXCLUDED.response_headers, requires_auth = EXCLUDED.requires_auth,
        min_transaction_isolation = EXCLUDED.min_transaction_isolation,
        read_only = EXCLUDED.read_only, handler_exec_sql = EXCLUDED.handler_exec_sql,
        handler_sql_submitted = EXCLUDED.handler_sql_submitted,
        handler_sql_canonical = EXCLUDED.handler_sql_canonical, def_hash = EXCLUDED.def_hash,
        returns_type = EXCLUDED.returns_type, language_name = EXCLUDED.language_name,
        volatility = EXCLUDED.volatility, security_definer = EXCLUDED.security_definer,
        owner_name = EXCLUDED.owner_name, title = EXCLUDED.title,
        description = EXCLUDED.description, input_json_schema = EXCLUDED.input_json_schema,
        output_json_schema = EXCLUDED.output_json_schema, deleted_at = NULL;
    RETURN v_id;
END
$fn$;

CREATE OR REPLACE FUNCTION api.create_or_replace_rest_handler(p_metadata jsonb, p_handler_body text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_id        uuid;
    v_path      text := p_metadata ->> 'path';
    v_uri       text := p_metadata ->> 'uri';
    v_example   text := p_metadata ->> 'example';
    v_method    text := coalesce(p_metadata ->> 'httpMethod', '^(GET|POST|PUT|DELETE|PATCH)$');
    v_name      text := p_metadata ->> 'name';
    v_regexp    text;
    v_canonical text;
    v_other     record;
BEGIN
    IF v_path IS NULL AND v_uri IS NULL THEN
        RAISE EXCEPTION 'REST handler needs a path (such as /users/{id}) or a uri regex'
            USING ERRCODE = '22023';
    END IF;
    IF v_method !~ '^\^' OR v_method !~ '\$$' THEN
        RAISE EXCEPTION 'httpMethod must be an anchored regex such as ^GET$, got %', v_method
            USING ERRCODE = '22023';
    END IF;
    IF v_name IS NOT NULL THEN
        PERFORM api.check_name(v_name, 'REST handler name');
    END IF;

    IF v_path IS NOT NULL THEN
        IF v_path !~ '^/' THEN
            RAISE EXCEPTION 'path must start with /: %', v_path USING ERRCODE = '22023';
        END IF;
        v_canonical := v_path;
        v_regexp := coalesce(v_uri, api.path_to_regexp(v_path));
        IF v_uri IS NOT NULL AND v_path ~ '\{' AND v_example IS NULL THEN
            RAISE EXCEPTION 'path % has parameters and a uri is given: add an example URL that matches both', v_path
                USING ERRCODE = '22023';
        END IF;
    ELSE
        v_regexp := v_uri;
        v_canonical := api.regexp_to_canonical_path(v_uri);
    END IF;
    IF v_canonical !~ '\{' AND v_canonical !~ v_regexp THEN
        RAISE EXCEPTION 'path % does not match its own uri %', v_canonical, v_regexp
            USING ERRCODE = '22023';
    END IF;
    IF v_example IS NOT NULL AND api.url_path(v_example) !~ v_regexp THEN
        RAISE EXCEPTION 'example % does not match uri %', v_example, v_regexp USING ERRCODE = '22023';
    END IF;

    v_id := (p_metadata ->> 'id')::uuid;
    -- Two routes overlap when a literal path of one is matched by the other with a shared method.
    FOR v_other IN
        SELECT r.*, h.handler_function_name FROM api.rest_route r
          JOIN api.handler h ON h.object_id = r.handler_object_id
         WHERE h.deleted_at IS NULL AND r.handler_object_id <> v_id
           AND api.http_methods_of(r.method_regexp) && api.http_methods_of(v_method)
    LOOP
        IF (v_canonical !~ '\{' AND v_canonical ~ v_other.address_regexp)
           OR (v_other.canonical_path !~ '\{' AND v_other.canonical_path ~ v_regexp) THEN
            RAISE EXCEPTION 'Route overlap detected: % % and % % (handler %)',
                v_method, v_canonical, v_other.method_regexp, v_other.canonical_path,
                v_other.handler_function_name USING ERRCODE = '22023';
        END IF;
    END LOOP;

    PERFORM api.register_handler('rest', p_metadata, p_handler_body,
        coalesce(v_name, 'rest_handler_' || replace(v_id::text, '-', '_')),
        'api.rest_request', 'api.http_response',
        coalesce(ARRAY(SELECT jsonb_array_elements_text(p_metadata -> 'accepts')), '{*/*}'),
        coalesce(nullif(ARRAY(SELECT jsonb_array_elements_text(p_metadata -> 'produces')), '{}'),
                 '{application/json}'));
    IF NOT (p_metadata ? 'accepts') THEN
        UPDATE api.handler SET accepts = '{*/*}' WHERE object_id = v_id;
    END IF;

    INSERT INTO api.rest_route AS r (handler_object_id, address_regexp, method_regexp,
                                     version_regexp, route_name, auto_log, canonical_path)
    VALUES (v_id, v_regexp, v_method, coalesce(p_metadata ->> 'version', '.*'), v_name,
            coalesce((p_metadata ->> 'autoLog')::boolean, true), v_canonical)
    ON CONFLICT (handler_object_id) DO UPDATE SET
        sequence_number = DEFAULT, address_regexp = EXCLUDED.address_regexp,
        method_regexp = EXCLUDED.method_regexp, version_regexp = EXCLUDED.version_regexp,
        route_name = EXCLUDED.route_name, auto_log = EXCLUDED.auto_log,
        canonical_path = EXCLUDED.canonical_path;
END
$fn$;

CREATE OR REPLACE FUNCTION api.create_or_replace_rpc_handler(p_metadata jsonb, p_handler_body text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_method text := p_metadata ->> 'methodName';
    v_id     uuid;
    v_owner  uuid;
BEGIN
    PERFORM api.check_name(v_method, 'RPC methodName');
    v_id := api.register_handler('rpc', p_metadata, p_handler_body,
        'rpc_' || translate(v_method, '.-', '__'), 'api.rpc_request', 'api.http_response',
        coalesce(nullif(ARRAY(SELECT jsonb_array_elements_text(p_metadata -> 'accepts')), '{}'),
                 '{application/json}'),
        coalesce(nullif(ARRAY(SELECT jsonb_array_elements_text(p_metadata -> 'produces')), '{}'),
                 '{application/json}'));
    SELECT handler_object_id INTO v_owner FROM api.rpc_route
     WHERE method_name = v_method AND handler_object_id <> v_id;
    IF FOUND THEN
        RAISE EXCEPTION 'RPC method % already belongs to handler %', v_method, v_owner
            USING ERRCODE = '23505';
    END IF;
    INSERT INTO api.rpc_route (handler_object_id, method_name, auto_log)
    VALUES (v_id, v_method, coalesce((p_metadata ->> 'autoLog')::boolean, true))
    ON CONFLICT (handler_object_id) DO UPDATE
        SET method_name = EXCLUDED.method_name, auto_log = EXCLUDED.auto_log;
END
$fn$;

-- A resource's uri_template to the regex its URIs are matched with: each {x} is one segment.
-- Only level-1 templates: operators such as {+x} {?x} {#x} are refused.
CREATE OR REPLACE FUNCTION api.uri_template_to_regexp(p_template text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
    IF p_template ~ '\{[+?#./;&]' THEN
        RAISE EXCEPTION 'uriTemplate % uses an operator; only {name} placeholders are supported', p_template
            USING ERRCODE = '22023';
    END IF;
    RETURN api.path_to_regexp(p_template);
END
$fn$;

CREATE OR REPLACE FUNCTION api.create_or_replace_mcp_handler(p_metadata jsonb, p_handler_body text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_type  text := p_metadata ->> 'type';
    v_name  text := p_metadata ->> 'name';
    v_id    uuid;
    v_owner uuid;
    v_input jsonb;
BEGIN
    IF v_type IS NULL OR v_type NOT IN ('tool', 'resource', 'prompt') THEN
        RAISE EXCEPTION 'MCP handler type must be tool, resource or prompt, got %', coalesce(v_type, 'nothing')
            USING ERRCODE = '22023';
    END IF;
    PERFORM api.check_name(v_name, 'MCP name');
    IF v_type = 'resource' AND p_metadata ->> 'uriTemplate' IS NULL THEN
        RAISE EXCEPTION 'MCP resource % needs a uriTemplate', v_name USING ERRCODE = '22023';
    END IF;
    SELECT handler_object_id INTO v_owner FROM api.mcp_route
     WHERE mcp_name = v_name AND handler_object_id <> (p_metadata ->> 'id')::uuid;
    IF FOUND THEN
        RAISE EXCEPTION 'MCP name % already belongs to handler %', v_name, v_owner
            USING ERRCODE = '23505';
    END IF;
    v_input := CASE WHEN v_type = 'tool' THEN coalesce(p_metadata -> 'inputSchema', '{"type":"object"}')
                    ELSE p_metadata -> 'inputSchema' END;
    v_id := api.register_handler(('mcp_' || v_type)::api.handler_type,
        p_metadata || jsonb_strip_nulls(jsonb_build_object('inputSchema', v_input)),
        p_handler_body, 'mcp_' || v_type || '_' || translate(v_name, '.-', '__'),
        'api.mcp_request', 'api.mcp_response', '{application/json}', '{application/json}');
    INSERT INTO api.mcp_route AS r (handler_object_id, mcp_type, mcp_name, input_schema,
                                    uri_template, uri_regexp, mime_type, arguments, tags)
    VALUES (v_id, v_type, v_name, v_input, p_metadata ->> 'uriTemplate',
            api.uri_template_to_regexp(p_metadata ->> 'uriTemplate'),
            coalesce(p_metadata ->> 'mimeType', 'application/json'), p_metadata -> 'arguments',
            coalesce(ARRAY(SELECT jsonb_array_elements_text(p_metadata -> 'tags')), '{}'))
    ON CONFLICT (handler_object_id) DO UPDATE SET
        mcp_type = EXCLUDED.mcp_type, mcp_name = EXCLUDED.mcp_name,
        input_schema = EXCLUDED.input_schema, uri_template = EXCLUDED.uri_template,
        uri_regexp = EXCLUDED.uri_regexp, mime_type = EXCLUDED.mime_type,
        arguments = EXCLUDED.arguments, tags = EXCLUDED.tags;
END
$fn$;
