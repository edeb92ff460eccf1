/*
<pgmi-meta
    id="5b0c1f0e-6d0a-4b8e-9a51-0f3c2a7e1001"
    idempotent="false">
  <description>
    The application layer's types and tables: the handler registry (api.handler and its REST,
    RPC and MCP routes), the exchange audit, and membership (users, identities, organisations,
    API keys). Run once; later changes go in new scripts.
  </description>
  <sortKeys>
    <key>050/001</key>
  </sortKeys>
</pgmi-meta>
*/
-- Request and response types. Handlers receive one of the request types as their parameter
-- `request` and return an api.http_response (REST, RPC) or an api.mcp_response (MCP).
CREATE TYPE api.handler_type AS ENUM ('rest', 'rpc', 'mcp_tool', 'mcp_resource', 'mcp_prompt');
CREATE TYPE api.rest_request AS (method text, url text, headers extensions.hstore, content bytea);
CREATE TYPE api.rpc_request AS (route_id uuid, headers extensions.hstore, content bytea);
CREATE TYPE api.mcp_request AS (arguments jsonb, uri text, context jsonb, request_id jsonb);
CREATE TYPE api.http_response AS (status_code integer, headers extensions.hstore, content bytea);
-- A NULL envelope means: send nothing (a notification).
CREATE TYPE api.mcp_response AS (envelope jsonb);

-- A JSON Schema, checked shallowly: an object with at least one schema keyword, or a boolean.
-- The check function is replaced by lib/010-common.sql on every deploy.
CREATE FUNCTION api.is_valid_json_schema(p_schema jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $fn$ SELECT jsonb_typeof(p_schema) IN ('object', 'boolean') $fn$;
CREATE DOMAIN api.json_schema AS jsonb CHECK (VALUE IS NULL OR api.is_valid_json_schema(VALUE));
CREATE DOMAIN api.xml_schema AS xml;

CREATE TABLE api.handler (
    object_id                 uuid PRIMARY KEY,
    handler_type              api.handler_type NOT NULL,
    handler_func              regprocedure UNIQUE,
    handler_function_name     text NOT NULL,
    accepts                   text[] NOT NULL DEFAULT '{}',
    produces                  text[] NOT NULL DEFAULT '{application/json}',
    response_headers          jsonb NOT NULL DEFAULT '{}',
    requires_auth             boolean NOT NULL DEFAULT true,
    min_transaction_isolation text CHECK (min_transaction_isolation IN
                                  ('read committed', 'repeatable read', 'serializable')),
    read_only                 boolean NOT NULL DEFAULT false,
    handler_exec_sql          text,
    handler_sql_submitted     text,
    handler_sql_canonical     text,
    def_hash                  text,
    returns_type              text,
    language_name             text,
    volatility                text,
    security_definer          boolean,
    owner_name                text,
    title                     text,
    description               text,
    input_json_schema         api.json_schema,
    output_json_schema        api.json_schema,
    input_xml_schema          api.xml_schema,
    output_xml_schema         api.xml_schema,
    created_at                timestamptz NOT NULL DEFAULT now(),
    deleted_at                timestamptz
);
COMMENT ON TABLE api.handler IS 'Every REST, RPC and MCP handler; rows with deleted_at are invisible';

CREATE TABLE api.rest_route (
    handler_object_id uuid PRIMARY KEY REFERENCES api.handler ON DELETE CASCADE,
    sequence_number   bigint GENERATED ALWAYS AS IDENTITY,
    address_regexp    text NOT NULL,
    method_regexp     text NOT NULL DEFAULT '^(GET|POST|PUT|DELETE|PATCH)$',
    version_regexp    text NOT NULL DEFAULT '.*',
    route_name        text UNIQUE,
    auto_log          boolean NOT NULL DEFAULT true,
    canonical_path    text NOT NULL
);

CREATE TABLE api.rpc_route (
    handler_object_id uuid PRIMARY KEY REFERENCES api.handler ON DELETE CASCADE,
    method_name       text NOT NULL UNIQUE,
    auto_log          boolean NOT NULL DEFAULT true
);

CREATE TABLE api.mcp_route (
    handler_object_id uuid PRIMARY KEY REFERENCES api.handler ON DELETE CASCADE,
    mcp_type          text NOT NULL CHECK (mcp_type IN ('tool', 'resource', 'prompt')),
    mcp_name          text NOT NULL UNIQUE,
    input_schema      api.json_schema,
    uri_template      text,
    uri_regexp        text,
    mime_type         text NOT NULL DEFAULT 'application/json',
    arguments         jsonb,
    tags              text[] NOT NULL DEFAULT '{}'
);

-- Exchange audit: one abstract parent, a child per protocol.
CREATE SEQUENCE api.inbound_queue_seq;
CREATE TABLE api.inbound_queue (
    sequence_number   bigint NOT NULL DEFAULT nextval('api.inbound_queue_seq'),
    object_id         uuid NOT NULL DEFAULT gen_random_uuid(),
    enqueued_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    handler_object_id uuid,
    CONSTRAINT inbound_queue_is_abstract CHECK (false) NO INHERIT
);
CREATE TABLE api.rest_exchange (
    request      api.rest_request,
    response     api.http_response,
    completed_at timestamptz,
    PRIMARY KEY (object_id)
) INHERITS (api.inbound_queue);
CREATE TABLE api.rpc_exchange (
    request      api.rpc_request,
    response     api.http_response,
    completed_at timestamptz,
    PRIMARY KEY (object_id)
) INHERITS (api.inbound_queue);
CREATE TABLE api.mcp_exchange (
    mcp_type     text,
    mcp_name     text,
    request      api.mcp_request,
    response     api.mcp_response,
    completed_at timestamptz,
    PRIMARY KEY (object_id)
) INHERITS (api.inbound_queue);
CREATE INDEX rest_exchange_enqueued_idx ON api.rest_exchange (enqueued_at);
CREATE INDEX rpc_exchange_enqueued_idx ON api.rpc_exchange (enqueued_at);
CREATE INDEX mcp_exchange_enqueued_idx ON api.mcp_exchange (enqueued_at);

-- Membership: users, their identities at identity providers, organisations, API keys.
CREATE TABLE membership."user" (
    object_id      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email          text NOT NULL UNIQUE CHECK (email = lower(email)),
    display_name   text,
    email_verified boolean NOT NULL DEFAULT false,
    is_active      boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE membership.user_identity (
    object_id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_object_id   uuid NOT NULL REFERENCES membership."user" ON DELETE CASCADE,
    idp_provider     text NOT NULL,
    idp_subject_id   text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (idp_provider, idp_subject_id)
);
CREATE TABLE membership.role (
    object_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name      text NOT NULL UNIQUE
);
INSERT INTO membership.role (name) VALUES ('superuser');
CREATE TABLE membership.user_role (
    user_object_id uuid NOT NULL REFERENCES membership."user" ON DELETE CASCADE,
    role_object_id uuid NOT NULL REFERENCES membership.role ON DELETE CASCADE,
    PRIMARY KEY (user_object_id, role_object_id)
);
CREATE TABLE membership.organization (
    object_id     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug          text NOT NULL UNIQUE,
    name          text NOT NULL,
    owner_user_id uuid REFERENCES membership."user",
    is_personal   boolean NOT NULL DEFAULT false,
    is_active     boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE membership.organization_member (
    organization_id uuid NOT NULL REFERENCES membership.organization ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES membership."user" ON DELETE CASCADE,
    role            text NOT NULL CHECK (role IN ('reader', 'contributor', 'admin')),
    status          text NOT NULL DEFAULT 'active'
                         CHECK (status IN ('pending', 'active', 'declined', 'removed')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, user_id)
);
-- API keys are kept as the hex sha256 of the whole key, never in plain text.
CREATE TABLE membership.api_key (
    object_id       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    key_id          text NOT NULL UNIQUE CHECK (key_id ~ '^[0-9a-f]{6,}$'),
    key_hash        text NOT NULL CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    user_id         uuid NOT NULL REFERENCES membership."user" ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES membership.organization ON DELETE CASCADE,
    display_name    text NOT NULL,
    status          text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'revoked')),
    activated_at    timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz,
    last_used_at    timestamptz,
    deleted_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);
