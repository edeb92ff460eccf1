/*
<pgmi-meta
    id="5b0c1f0e-6d0a-4b8e-9a51-0f3c2a7e1020"
    idempotent="true">
  <description>
    Identity per request (auth.* settings, reset on every request), users and organisations,
    API keys (stored as sha256 only), and the row-level security helper core.apply_org_rls.
  </description>
  <sortKeys>
    <key>050/020</key>
  </sortKeys>
</pgmi-meta>
*/
-- The identity of the current request lives in transaction-local settings. Every gateway resets
-- them first, so nothing leaks from one request to the next on a pooled connection.
CREATE OR REPLACE FUNCTION api.reset_auth_context() RETURNS void
LANGUAGE sql AS $fn$
    SELECT set_config('auth.user_id', '', true), set_config('auth.idp_subject', '', true),
           set_config('auth.user_email', '', true), set_config('auth.tenant_id', '', true),
           set_config('auth.token', '', true)
$fn$;

-- A usable identity is `provider|subject`, both parts non-empty.
CREATE OR REPLACE FUNCTION api.is_well_formed_identity(p_id text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $fn$ SELECT coalesce(p_id ~ '^[^|\s]+\|\S.*$' AND length(p_id) <= 4096, false) $fn$;

CREATE OR REPLACE FUNCTION api.apply_identity(p_user_id text, p_email text, p_tenant_id text,
                                              p_token text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
BEGIN
    PERFORM api.reset_auth_context();
    IF api.is_well_formed_identity(p_user_id) THEN
        PERFORM set_config('auth.user_id', p_user_id, true);
        PERFORM set_config('auth.idp_subject', p_user_id, true);
        IF length(p_email) BETWEEN 3 AND 4096 AND p_email LIKE '%@%' THEN
            PERFORM set_config('auth.user_email', lower(p_email), true);
        END IF;
    END IF;
    IF length(p_tenant_id) <= 4096 THEN
        PERFORM set_config('auth.tenant_id', coalesce(p_tenant_id, ''), true);
    END IF;
    IF length(p_token) <= 4096 THEN
        PERFORM set_config('auth.token', coalesce(p_token, ''), true);
    END IF;
    -- Just-in-time provisioning: a well-formed identity with an email, in a transaction that
    -- may write, becomes a user (or is linked to the user with that email).
    IF current_setting('auth.user_email') <> ''
       AND current_setting('transaction_read_only') = 'off'
       AND split_part(p_user_id, '|', 1) <> 'apikey' THEN
        PERFORM membership.upsert_user(split_part(p_user_id, '|', 1),
                                       substr(p_user_id, strpos(p_user_id, '|') + 1),
                                       current_setting('auth.user_email'), NULL, false);
    END IF;
END
$fn$;

-- REST and RPC: x-user-id, x-user-email, x-tenant-id, authorization (values over 4096
-- characters are ignored).
CREATE OR REPLACE FUNCTION api.set_auth_context(p_headers extensions.hstore) RETURNS void
LANGUAGE sql AS $fn$
    SELECT api.apply_identity(api.header(p_headers, 'x-user-id'),
                              api.header(p_headers, 'x-user-email'),
                              api.header(p_headers, 'x-tenant-id'),
                              api.header(p_headers, 'authorization'))
$fn$;

-- MCP: context.user_id, context.user_email, context.tenant_id.
CREATE OR REPLACE FUNCTION api.set_mcp_context(p_context jsonb) RETURNS void
LANGUAGE sql AS $fn$
    SELECT api.apply_identity(p_context ->> 'user_id', p_context ->> 'user_email',
                              p_context ->> 'tenant_id')
$fn$;

CREATE OR REPLACE FUNCTION api.current_idp_subject() RETURNS text
LANGUAGE sql STABLE AS $fn$ SELECT nullif(current_setting('auth.idp_subject', true), '') $fn$;

-- The active user behind the request's identity; for API keys only while the key is usable.
CREATE OR REPLACE FUNCTION api.current_user_id() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT u.object_id
      FROM membership.user_identity i
      JOIN membership."user" u ON u.object_id = i.user_object_id
     WHERE i.idp_provider = split_part(api.current_idp_subject(), '|', 1)
       AND i.idp_subject_id = substr(api.current_idp_subject(),
                                     strpos(api.current_idp_subject(), '|') + 1)
       AND u.is_active
       AND (i.idp_provider <> 'apikey' OR EXISTS (
               SELECT FROM membership.api_key k
                WHERE k.key_id = i.idp_subject_id AND k.status = 'active'
                  AND k.deleted_at IS NULL AND k.activated_at <= now()
                  AND (k.expires_at IS NULL OR k.expires_at > now())))
$fn$;

CREATE OR REPLACE FUNCTION api.is_authenticated() RETURNS boolean
LANGUAGE sql STABLE AS $fn$ SELECT api.current_user_id() IS NOT NULL $fn$;

CREATE OR REPLACE FUNCTION api.current_user_is_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT EXISTS (SELECT FROM membership.user_role ur JOIN membership.role r
                             ON r.object_id = ur.role_object_id
                    WHERE ur.user_object_id = api.current_user_id() AND r.name = 'superuser')
$fn$;

CREATE OR REPLACE FUNCTION api.current_api_key_org_id() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT k.organization_id FROM membership.api_key k
     WHERE split_part(api.current_idp_subject(), '|', 1) = 'apikey'
       AND k.key_id = substr(api.current_idp_subject(), 8)
       AND api.current_user_id() IS NOT NULL
$fn$;

-- Active memberships in active organisations; in an API-key request only the key's organisation.
CREATE OR REPLACE FUNCTION api.current_member_org_ids() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT coalesce(array_agg(m.organization_id ORDER BY m.organization_id), '{}')
      FROM membership.organization_member m
      JOIN membership.organization o ON o.object_id = m.organization_id
     WHERE m.user_id = api.current_user_id() AND m.status = 'active' AND o.is_active
       AND (split_part(api.current_idp_subject(), '|', 1) <> 'apikey'
            OR m.organization_id = api.current_api_key_org_id())
$fn$;

CREATE OR REPLACE FUNCTION api.current_owner_org_ids() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT coalesce(array_agg(o.object_id ORDER BY o.object_id), '{}')
      FROM membership.organization o
     WHERE o.owner_user_id = api.current_user_id() AND o.is_active
       AND o.object_id = ANY (api.current_member_org_ids())
$fn$;

CREATE OR REPLACE VIEW api.vw_current_user AS
SELECT u.object_id AS user_id, u.email, u.display_name, u.email_verified,
       api.current_member_org_ids() AS member_org_ids, api.current_owner_org_ids() AS owner_org_ids
  FROM membership."user" u
 WHERE u.object_id = api.current_user_id();

-- Users ----------------------------------------------------------------------------------------
-- Idempotent. A new user gets a personal organisation (admin, active); an unknown identity whose
-- email is known is linked to that user.
CREATE OR REPLACE FUNCTION membership.upsert_user(p_provider text, p_subject text, p_email text,
                                                  p_display_name text DEFAULT NULL,
                                                  p_email_verified boolean DEFAULT false)
RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_user uuid;
    v_org  uuid;
BEGIN
    SELECT user_object_id INTO v_user FROM membership.user_identity
     WHERE idp_provider = p_provider AND idp_subject_id = p_subject;
    IF FOUND THEN
        RETURN v_user;
    END IF;
    SELECT object_id INTO v_user FROM membership."user" WHERE email = lower(p_email);
    IF NOT FOUND THEN
        INSERT INTO membership."user" (email, display_name, email_verified)
        VALUES (lower(p_email), p_display_name, coalesce(p_email_verified, false))
        ON CONFLICT (email) DO NOTHING
        RETURNING object_id INTO v_user;
        IF v_user IS NULL THEN
            SELECT object_id INTO v_user FROM membership."user" WHERE email = lower(p_email);
        ELSE
            v_org := gen_random_uuid();
            INSERT INTO membership.organization (object_id, slug, name, owner_user_id, is_personal)
            VALUES (v_org, 'personal-' || v_user, 'Personal', v_user, true);
            INSERT INTO membership.organization_member (organization_id, user_id, role, status)
            VALUES (v_org, v_user, 'admin', 'active');
        END IF;
    END IF;
    INSERT INTO membership.user_identity (user_object_id, idp_provider, idp_subject_id)
    VALUES (v_user, p_provider, p_subject)
    ON CONFLICT (idp_provider, idp_subject_id) DO NOTHING;
    RETURN v_user;
END
$fn$;

CREATE OR REPLACE FUNCTION membership.get_member_role(p_org_id uuid, p_user_id uuid) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT role FROM membership.organization_member
     WHERE organization_id = p_org_id AND user_id = p_user_id AND status = 'active'
$fn$;

CREATE OR REPLACE FUNCTION membership.is_organization_owner(p_org_id uuid, p_user_id uuid)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT EXISTS (SELECT FROM membership.organization
                    WHERE object_id = p_org_id AND owner_user_id = p_user_id)
$fn$;

-- API keys -------------------------------------------------------------------------------------
-- `<prefix>_<12 hex key id>_<64 hex secret>`; prefix from the setting pgmi.api_key_prefix.
CREATE OR REPLACE FUNCTION membership.generate_api_key_material(
    OUT api_key text, OUT key_id text, OUT key_hash text)
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, extensions, pg_temp AS $fn$
BEGIN
    key_id := encode(extensions.gen_random_bytes(6), 'hex');
    api_key := coalesce(nullif(current_setting('pgmi.api_key_prefix', true), ''), 'pgmi')
               || '_' || key_id || '_' || encode(extensions.gen_random_bytes(32), 'hex');
    key_hash := encode(extensions.digest(api_key, 'sha256'), 'hex');
END
$fn$;

-- Constant-time comparison of two hex digests.
CREATE OR REPLACE FUNCTION membership.eq_hash_safe(p_a text, p_b text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT length(p_a) = length(p_b)
       AND (SELECT bit_or(get_byte(decode(p_a, 'hex'), i) # get_byte(decode(p_b, 'hex'), i))
              FROM generate_series(0, length(p_a) / 2 - 1) i) = 0
$fn$;

-- No identity at all (an operator's own SQL session) is allowed; otherwise the platform
-- superuser, the user for themselves in an organisation they belong to, or an org owner/admin.
CREATE OR REPLACE FUNCTION membership.can_create_api_key(p_user_id uuid, p_org_id uuid)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT api.current_idp_subject() IS NULL
        OR api.current_user_is_admin()
        OR (api.current_user_id() = p_user_id AND p_org_id = ANY (api.current_member_org_ids()))
        OR (p_org_id = ANY (api.current_member_org_ids())
            AND (membership.get_member_role(p_org_id, api.current_user_id()) = 'admin'
                 OR membership.is_organization_owner(p_org_id, api.current_user_id())))
$fn$;

CREATE OR REPLACE FUNCTION membership.can_manage_api_key(p_key_object_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
    SELECT EXISTS (
        SELECT FROM membership.api_key k
         WHERE k.object_id = p_key_object_id AND k.deleted_at IS NULL
           AND (api.current_idp_subject() IS NULL OR api.current_user_is_admin()
                OR k.user_id = api.current_user_id()
                OR (k.organization_id = ANY (api.current_member_org_ids())
                    AND (membership.get_member_role(k.organization_id, api.current_user_id()) = 'admin'
                         OR membership.is_organization_owner(k.organization_id, api.current_user_id())))))
$fn$;

CREATE OR REPLACE FUNCTION membership.create_api_key(
    p_user_id uuid, p_org_id uuid, p_display_name text,
    p_expires_at timestamptz DEFAULT NULL, p_activated_at timestamptz DEFAULT NULL,
    OUT out_api_key text, OUT out_key_id text, OUT out_object_id uuid)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_hash text;
BEGIN
    IF NOT EXISTS (SELECT FROM membership.organization WHERE object_id = p_org_id)
       OR NOT membership.can_create_api_key(p_user_id, p_org_id) THEN
        RAISE EXCEPTION 'Organization not found' USING ERRCODE = 'P0404';
    END IF;
    IF membership.get_member_role(p_org_id, p_user_id) IS NULL THEN
        RAISE EXCEPTION 'User is not a member of the organization' USING ERRCODE = 'P0403';
    END IF;
    SELECT m.api_key, m.key_id, m.key_hash INTO out_api_key, out_key_id, v_hash
      FROM membership.generate_api_key_material() m;
    INSERT INTO membership.api_key (key_id, key_hash, user_id, organization_id, display_name,
                                    expires_at, activated_at)
    VALUES (out_key_id, v_hash, p_user_id, p_org_id, p_display_name, p_expires_at,
            coalesce(p_activated_at, now()))
    RETURNING object_id INTO out_object_id;
    INSERT INTO membership.user_identity (user_object_id, idp_provider, idp_subject_id)
    VALUES (p_user_id, 'apikey', out_key_id);
END
$fn$;

CREATE OR REPLACE FUNCTION membership.validate_api_key(p_raw text,
    OUT is_valid boolean, OUT user_id uuid, OUT organization_id uuid, OUT key_id text,
    OUT reason text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_parts text[] := regexp_match(p_raw, '^(.+)_([0-9a-f]{6,})_([0-9a-f]{64})$');
    v_key   membership.api_key;
BEGIN
    is_valid := false;
    IF v_parts IS NULL THEN
        reason := 'malformed key';
        RETURN;
    END IF;
    SELECT * INTO v_key FROM membership.api_key k WHERE k.key_id = v_parts[2];
    IF NOT FOUND OR v_key.deleted_at IS NOT NULL THEN
        reason := 'unknown key';
        RETURN;
    END IF;
    key_id := v_key.key_id;
    IF NOT membership.eq_hash_safe(encode(extensions.digest(p_raw, 'sha256'), 'hex'), v_key.key_hash) THEN
        reason := 'invalid secret';
    ELSIF v_key.status = 'disabled' THEN
        reason := 'key is disabled';
    ELSIF v_key.status = 'revoked' THEN
        reason := 'key is revoked';
    ELSIF v_key.activated_at > now() THEN
        reason := 'key not yet active';
    ELSIF v_key.expires_at IS NOT NULL AND v_key.expires_at <= now() THEN
        reason := 'key expired';
    ELSIF NOT (SELECT is_active FROM membership."user" WHERE object_id = v_key.user_id) THEN
        reason := 'user is inactive';
    ELSIF NOT (SELECT is_active FROM membership.organization WHERE object_id = v_key.organization_id) THEN
        reason := 'organization is inactive';
    ELSE
        is_valid := true;
        user_id := v_key.user_id;
        organization_id := v_key.organization_id;
        IF current_setting('transaction_read_only') = 'off' THEN
            UPDATE membership.api_key SET last_used_at = now() WHERE object_id = v_key.object_id;
        END IF;
    END IF;
END
$fn$;

CREATE OR REPLACE FUNCTION membership.set_api_key_status(p_key_object_id uuid, p_status text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_key membership.api_key;
BEGIN
    IF NOT membership.can_manage_api_key(p_key_object_id) THEN
        RAISE EXCEPTION 'API key not found' USING ERRCODE = 'P0404';
    END IF;
    SELECT * INTO v_key FROM membership.api_key WHERE object_id = p_key_object_id FOR UPDATE;
    IF v_key.status = 'revoked' AND p_status <> 'revoked' THEN
        RAISE EXCEPTION 'API key is revoked' USING ERRCODE = 'P0409';
    END IF;
    UPDATE membership.api_key SET status = p_status WHERE object_id = p_key_object_id;
    IF p_status = 'revoked' THEN
        DELETE FROM membership.user_identity
         WHERE idp_provider = 'apikey' AND idp_subject_id = v_key.key_id;
    END IF;
END
$fn$;

CREATE OR REPLACE FUNCTION membership.disable_api_key(p_key_object_id uuid) RETURNS void
LANGUAGE sql AS $fn$ SELECT membership.set_api_key_status(p_key_object_id, 'disabled') $fn$;
CREATE OR REPLACE FUNCTION membership.enable_api_key(p_key_object_id uuid) RETURNS void
LANGUAGE sql AS $fn$ SELECT membership.set_api_key_status(p_key_object_id, 'active') $fn$;
CREATE OR REPLACE FUNCTION membership.revoke_api_key(p_key_object_id uuid) RETURNS void
LANGUAGE sql AS $fn$ SELECT membership.set_api_key_status(p_key_object_id, 'revoked') $fn$;

-- Row-level security for a tenant table with an organization_id column: ENABLE + FORCE (the
-- handlers run as the owner, who would otherwise bypass it) and one policy per command.
CREATE OR REPLACE FUNCTION core.apply_org_rls(p_table regclass, p_has_created_by boolean DEFAULT true)
RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    v_pred text := 'organization_id IN (SELECT unnest(api.current_member_org_ids()))';
    v_cmd  text;
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', p_table);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', p_table);
    FOREACH v_cmd IN ARRAY ARRAY['select', 'insert', 'update', 'delete'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS %I ON %s', 'org_' || v_cmd, p_table);
    END LOOP;
    EXECUTE format('CREATE POLICY org_select ON %s FOR SELECT USING (%s)', p_table, v_pred);
    EXECUTE format('CREATE POLICY org_insert ON %s FOR INSERT WITH CHECK (%s%s)', p_table, v_pred,
                   CASE WHEN p_has_created_by THEN ' AND created_by_user_id = api.current_user_id()'
                        ELSE '' END);
    EXECUTE format('CREATE POLICY org_update ON %s FOR UPDATE USING (%s) WITH CHECK (%s)',
                   p_table, v_pred, v_pred);
    EXECUTE format('CREATE POLICY org_delete ON %s FOR DELETE USING (%s)', p_table, v_pred);
END
$fn$;
