-- API keys (app#61–64): format, hash at rest, every validation outcome, key sessions, rights.
DO $$
DECLARE
    v_alice uuid := membership.upsert_user('test', 'alice-61', 'alice61@example.com');
    v_bob   uuid := membership.upsert_user('test', 'bob-61', 'bob61@example.com');
    v_carol uuid := membership.upsert_user('test', 'carol-61', 'carol61@example.com');
    v_org   uuid;
    v_other uuid;
    v_key   record;
    v_val   record;
    v_k2    record;
    v_ok    boolean;
BEGIN
    SELECT object_id INTO v_org FROM membership.organization WHERE owner_user_id = v_alice;
    SELECT object_id INTO v_other FROM membership.organization WHERE owner_user_id = v_bob;

    -- app#61: <prefix>_<12 hex>_<64 hex>; only its sha256 is stored; identity apikey|<key id>.
    SELECT * INTO v_key FROM membership.create_api_key(v_alice, v_org, 'ci');
    IF v_key.out_api_key !~ '^pgmi_[0-9a-f]{12}_[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'app#61: key format %', left(v_key.out_api_key, 18);
    END IF;
    IF (SELECT key_hash FROM membership.api_key WHERE object_id = v_key.out_object_id)
       IS DISTINCT FROM encode(extensions.digest(v_key.out_api_key, 'sha256'), 'hex') THEN
        RAISE EXCEPTION 'app#61: key_hash is not the sha256 of the key';
    END IF;
    IF EXISTS (SELECT FROM membership.api_key k WHERE to_jsonb(k)::text LIKE '%' || split_part(v_key.out_api_key, '_', 3) || '%') THEN
        RAISE EXCEPTION 'app#61: the secret is stored';
    END IF;
    IF NOT EXISTS (SELECT FROM membership.user_identity WHERE idp_provider = 'apikey'
                    AND idp_subject_id = v_key.out_key_id AND user_object_id = v_alice) THEN
        RAISE EXCEPTION 'app#61: no apikey identity';
    END IF;
    PERFORM set_config('pgmi.api_key_prefix', 'acme_prod', true);
    SELECT * INTO v_k2 FROM membership.create_api_key(v_alice, v_org, 'prod');
    PERFORM set_config('pgmi.api_key_prefix', '', true);
    IF v_k2.out_api_key !~ '^acme_prod_[0-9a-f]{12}_[0-9a-f]{64}$'
       OR NOT (SELECT is_valid FROM membership.validate_api_key(v_k2.out_api_key)) THEN
        RAISE EXCEPTION 'app#61: prefix with an underscore';
    END IF;

    -- app#62: every reason.
    SELECT * INTO v_val FROM membership.validate_api_key(v_key.out_api_key);
    IF NOT v_val.is_valid OR v_val.user_id <> v_alice OR v_val.organization_id <> v_org
       OR (SELECT last_used_at FROM membership.api_key WHERE object_id = v_key.out_object_id) IS NULL THEN
        RAISE EXCEPTION 'app#62: a good key did not validate (or last_used_at not set)';
    END IF;
    IF (SELECT reason FROM membership.validate_api_key('garbage')) IS DISTINCT FROM 'malformed key'
       OR (SELECT reason FROM membership.validate_api_key('pgmi_000000000000_' || repeat('0', 64))) IS DISTINCT FROM 'unknown key'
       OR (SELECT reason FROM membership.validate_api_key(left(v_key.out_api_key, length(v_key.out_api_key) - 1)
                                                          || CASE WHEN right(v_key.out_api_key, 1) = '0' THEN '1' ELSE '0' END)) <> 'invalid secret' THEN
        RAISE EXCEPTION 'app#62: malformed/unknown/invalid secret';
    END IF;
    PERFORM membership.disable_api_key(v_key.out_object_id);
    IF (SELECT reason FROM membership.validate_api_key(v_key.out_api_key)) IS DISTINCT FROM 'key is disabled' THEN
        RAISE EXCEPTION 'app#62: disabled';
    END IF;
    PERFORM membership.enable_api_key(v_key.out_object_id);
    SELECT * INTO v_k2 FROM membership.create_api_key(v_alice, v_org, 'later', NULL, now() + interval '1 day');
    IF (SELECT reason FROM membership.validate_api_key(v_k2.out_api_key)) IS DISTINCT FROM 'key not yet active' THEN
        RAISE EXCEPTION 'app#62: not yet active';
    END IF;
    SELECT * INTO v_k2 FROM membership.create_api_key(v_alice, v_org, 'old', now() - interval '1 second', now() - interval '1 day');
    IF (SELECT reason FROM membership.validate_api_key(v_k2.out_api_key)) IS DISTINCT FROM 'key expired' THEN
        RAISE EXCEPTION 'app#62: expired';
    END IF;
    SELECT * INTO v_k2 FROM membership.create_api_key(v_alice, v_org, 'inactive user');
    UPDATE membership."user" SET is_active = false WHERE object_id = v_alice;
    IF (SELECT reason FROM membership.validate_api_key(v_k2.out_api_key)) IS DISTINCT FROM 'user is inactive' THEN
        RAISE EXCEPTION 'app#62: user inactive';
    END IF;
    UPDATE membership."user" SET is_active = true WHERE object_id = v_alice;
    UPDATE membership.organization SET is_active = false WHERE object_id = v_org;
    IF (SELECT reason FROM membership.validate_api_key(v_k2.out_api_key)) IS DISTINCT FROM 'organization is inactive' THEN
        RAISE EXCEPTION 'app#62: organization inactive';
    END IF;
    UPDATE membership.organization SET is_active = true WHERE object_id = v_org;
    PERFORM membership.revoke_api_key(v_k2.out_object_id);
    IF (SELECT reason FROM membership.validate_api_key(v_k2.out_api_key)) IS DISTINCT FROM 'key is revoked' THEN
        RAISE EXCEPTION 'app#62: revoked';
    END IF;

    -- app#63: a key session is its user, in the key's organisation only; disabled → nobody.
    INSERT INTO membership.organization_member (organization_id, user_id, role) VALUES (v_other, v_alice, 'reader');
    PERFORM set_config('auth.idp_subject', 'apikey|' || v_key.out_key_id, true);
    IF api.current_user_id() IS DISTINCT FROM v_alice OR api.current_member_org_ids() <> ARRAY[v_org] THEN
        RAISE EXCEPTION 'app#63: key session is % in %', api.current_user_id(), api.current_member_org_ids();
    END IF;
    PERFORM membership.disable_api_key(v_key.out_object_id);
    IF api.current_user_id() IS NOT NULL THEN
        RAISE EXCEPTION 'app#63: a disabled key still resolves a user';
    END IF;
    PERFORM api.reset_auth_context();

    -- app#64: rights to manage and mint keys.
    PERFORM membership.revoke_api_key(v_key.out_object_id);
    BEGIN
        PERFORM membership.enable_api_key(v_key.out_object_id);
        RAISE EXCEPTION 'app#64: a revoked key was enabled';
    EXCEPTION WHEN SQLSTATE 'P0409' THEN NULL;
    END;
    SELECT * INTO v_k2 FROM membership.create_api_key(v_bob, v_other, 'bob key');
    PERFORM set_config('auth.idp_subject', 'test|alice-61', true);
    BEGIN
        PERFORM membership.disable_api_key(v_k2.out_object_id);  -- alice is only a reader there
        RAISE EXCEPTION 'app#64: a foreign key was disabled';
    EXCEPTION WHEN SQLSTATE 'P0404' THEN NULL;
    END;
    INSERT INTO membership.organization_member (organization_id, user_id, role) VALUES (v_org, v_carol, 'contributor');
    INSERT INTO membership.organization_member (organization_id, user_id, role) VALUES (v_org, v_bob, 'contributor');
    PERFORM set_config('auth.idp_subject', 'test|carol-61', true);
    BEGIN
        PERFORM membership.create_api_key(v_bob, v_org, 'minted by a peer');
        RAISE EXCEPTION 'app#64: a contributor minted a peer''s key';
    EXCEPTION WHEN SQLSTATE 'P0404' THEN NULL;
    END;
    PERFORM set_config('auth.idp_subject', 'test|alice-61', true);  -- alice owns and administers v_org
    SELECT true INTO v_ok FROM membership.create_api_key(v_bob, v_org, 'minted by the org admin');
    PERFORM api.reset_auth_context();
END
$$;
