-- core.apply_org_rls: ENABLE + FORCE row-level security on organization_id; a user sees and
-- writes the rows of the organisations they are an active member of, even as the table owner.
DO $$
DECLARE
    v_ann  uuid := membership.upsert_user('test', 'ann-rls', 'ann-rls@example.com');
    v_ben  uuid := membership.upsert_user('test', 'ben-rls', 'ben-rls@example.com');
    v_org_ann uuid;
    v_org_ben uuid;
    v_seen bigint;
BEGIN
    SELECT object_id INTO v_org_ann FROM membership.organization WHERE owner_user_id = v_ann;
    SELECT object_id INTO v_org_ben FROM membership.organization WHERE owner_user_id = v_ben;
    CREATE TABLE app.rls_probe (id serial PRIMARY KEY, organization_id uuid NOT NULL,
                                created_by_user_id uuid NOT NULL, note text);
    INSERT INTO app.rls_probe (organization_id, created_by_user_id, note)
    VALUES (v_org_ann, v_ann, 'ann'), (v_org_ben, v_ben, 'ben');
    PERFORM core.apply_org_rls('app.rls_probe');

    -- The owner itself is limited now (FORCE): no identity, no rows.
    SELECT count(*) INTO v_seen FROM app.rls_probe;
    IF v_seen <> 0 THEN
        RAISE EXCEPTION 'apply_org_rls: % rows visible without an identity', v_seen;
    END IF;
    PERFORM api.apply_identity('test|ann-rls', NULL, NULL);
    IF (SELECT array_agg(note) FROM app.rls_probe) IS DISTINCT FROM ARRAY['ann'] THEN
        RAISE EXCEPTION 'apply_org_rls: ann sees %', (SELECT array_agg(note) FROM app.rls_probe);
    END IF;
    -- Writing into another organisation, or as someone else, is refused.
    BEGIN
        INSERT INTO app.rls_probe (organization_id, created_by_user_id, note) VALUES (v_org_ben, v_ann, 'x');
        RAISE EXCEPTION 'apply_org_rls: ann wrote into ben''s organisation';
    EXCEPTION WHEN insufficient_privilege THEN NULL;
    END;
    BEGIN
        INSERT INTO app.rls_probe (organization_id, created_by_user_id, note) VALUES (v_org_ann, v_ben, 'x');
        RAISE EXCEPTION 'apply_org_rls: ann wrote a row as ben';
    EXCEPTION WHEN insufficient_privilege THEN NULL;
    END;
    UPDATE app.rls_probe SET note = 'hijacked' WHERE organization_id = v_org_ben;
    PERFORM api.reset_auth_context();
    PERFORM api.apply_identity('test|ben-rls', NULL, NULL);
    IF (SELECT note FROM app.rls_probe) IS DISTINCT FROM 'ben' THEN
        RAISE EXCEPTION 'apply_org_rls: ann changed ben''s row';
    END IF;

    -- The customer role, scoped the same way.
    EXECUTE format('GRANT USAGE ON SCHEMA app TO %I', pg_temp.param('customer_role'));
    EXECUTE format('GRANT SELECT ON app.rls_probe TO %I', pg_temp.param('customer_role'));
    PERFORM set_config('role', pg_temp.param('customer_role'), true);
    IF (SELECT array_agg(note) FROM app.rls_probe) IS DISTINCT FROM ARRAY['ben'] THEN
        RAISE EXCEPTION 'apply_org_rls: the customer role as ben sees %', (SELECT array_agg(note) FROM app.rls_probe);
    END IF;
    PERFORM set_config('role', pg_temp.param('owner_role'), true);
    PERFORM api.reset_auth_context();
END
$$;
