-- Row-level security on the membership tables, as the customer role: a member sees the
-- memberships of their own organisations and no other's; an invited user sees their invitation
-- and, once they accept, the organisation's members; nobody sees anything without an identity.
DO $$
DECLARE
    v_cust text := pg_temp.param('customer_role');
    v_ann  uuid := membership.upsert_user('test', 'ann-mrls', 'ann-mrls@example.com');
    v_ben  uuid := membership.upsert_user('test', 'ben-mrls', 'ben-mrls@example.com');
    v_cid  uuid := membership.upsert_user('test', 'cid-mrls', 'cid-mrls@example.com');
    v_org_ann uuid;
    v_org_ben uuid;
    v_team uuid;
    v_seen text[];
    v_n    bigint;
BEGIN
    SELECT object_id INTO v_org_ann FROM membership.organization WHERE owner_user_id = v_ann;
    SELECT object_id INTO v_org_ben FROM membership.organization WHERE owner_user_id = v_ben;
    INSERT INTO membership.organization (slug, name, owner_user_id)
    VALUES ('team-mrls', 'Team', v_ann) RETURNING object_id INTO v_team;
    INSERT INTO membership.organization_member (organization_id, user_id, role, joined_at)
    VALUES (v_team, v_ann, 'admin', now()), (v_team, v_cid, 'reader', now());
    -- ann (an admin of the team) invites ben.
    PERFORM api.apply_identity('test|ann-mrls', NULL, NULL);
    PERFORM membership.invite_member(v_team, 'BEN-mrls@example.com', 'contributor');
    IF (SELECT status FROM membership.organization_member
         WHERE organization_id = v_team AND user_id = v_ben) IS DISTINCT FROM 'pending' THEN
        RAISE EXCEPTION 'invite_member: no pending row for ben';
    END IF;
    -- cid, a reader, may not invite.
    PERFORM api.apply_identity('test|cid-mrls', NULL, NULL);
    BEGIN
        PERFORM membership.invite_member(v_team, 'ann-mrls@example.com');
        RAISE EXCEPTION 'invite_member: a reader invited someone';
    EXCEPTION WHEN SQLSTATE 'P0404' THEN NULL;
    END;

    -- As the customer role, whose identity is the request's (auth.idp_subject).
    PERFORM set_config('role', v_cust, true);

    -- Without an identity: nothing.
    PERFORM set_config('auth.idp_subject', '', true);
    SELECT count(*) INTO v_n FROM membership.organization_member;
    IF v_n <> 0 THEN
        RAISE EXCEPTION 'membership RLS: % memberships visible without an identity', v_n;
    END IF;
    SELECT count(*) INTO v_n FROM membership."user";
    IF v_n <> 0 THEN
        RAISE EXCEPTION 'membership RLS: % users visible without an identity', v_n;
    END IF;

    -- ann: her personal organisation and the team, with all their memberships (the pending one
    -- included); nothing of ben's personal organisation.
    PERFORM set_config('auth.idp_subject', 'test|ann-mrls', true);
    SELECT array_agg(DISTINCT organization_id::text ORDER BY organization_id::text) INTO v_seen
      FROM membership.organization_member;
    IF v_seen IS DISTINCT FROM (SELECT array_agg(x::text ORDER BY x::text) FROM unnest(ARRAY[v_org_ann, v_team]) x) THEN
        RAISE EXCEPTION 'membership RLS: ann sees memberships of %', v_seen;
    END IF;
    SELECT count(*) INTO v_n FROM membership.organization_member WHERE organization_id = v_team;
    IF v_n <> 3 THEN
        RAISE EXCEPTION 'membership RLS: ann sees % of the team''s 3 memberships', v_n;
    END IF;
    IF EXISTS (SELECT FROM membership.organization WHERE object_id = v_org_ben)
       OR EXISTS (SELECT FROM membership.vw_active_memberships WHERE organization_id = v_org_ben) THEN
        RAISE EXCEPTION 'membership RLS: ann sees ben''s personal organisation';
    END IF;
    SELECT array_agg(email ORDER BY email) INTO v_seen FROM membership."user";
    IF v_seen IS DISTINCT FROM ARRAY['ann-mrls@example.com', 'ben-mrls@example.com', 'cid-mrls@example.com'] THEN
        RAISE EXCEPTION 'membership RLS: ann sees the users %', v_seen;
    END IF;
    SELECT array_agg(idp_subject_id) INTO v_seen FROM membership.user_identity;
    IF v_seen IS DISTINCT FROM ARRAY['ann-mrls'] THEN
        RAISE EXCEPTION 'membership RLS: ann sees the identities %', v_seen;
    END IF;
    -- Direct writes are not the customer's.
    BEGIN
        INSERT INTO membership.organization_member (organization_id, user_id, role)
        VALUES (v_org_ben, v_ann, 'admin');
        RAISE EXCEPTION 'membership RLS: the customer role added a membership';
    EXCEPTION WHEN insufficient_privilege THEN NULL;
    END;
    BEGIN
        PERFORM key_hash FROM membership.api_key;
        RAISE EXCEPTION 'membership RLS: the customer role read key hashes';
    EXCEPTION WHEN insufficient_privilege THEN NULL;
    END;

    -- ben: his own organisation; of the team only his invitation, until he accepts.
    PERFORM set_config('auth.idp_subject', 'test|ben-mrls', true);
    SELECT count(*) INTO v_n FROM membership.organization_member WHERE organization_id = v_team;
    IF v_n <> 1 OR NOT EXISTS (SELECT FROM membership.vw_pending_invitations
                                WHERE organization_id = v_team AND user_id = v_ben) THEN
        RAISE EXCEPTION 'membership RLS: invited ben sees % team rows / no invitation', v_n;
    END IF;
    IF EXISTS (SELECT FROM membership."user" WHERE object_id = v_cid) THEN
        RAISE EXCEPTION 'membership RLS: invited ben sees the team''s members';
    END IF;
    IF EXISTS (SELECT FROM membership.organization_member WHERE organization_id = v_org_ann) THEN
        RAISE EXCEPTION 'membership RLS: ben sees ann''s personal organisation';
    END IF;
    PERFORM membership.accept_invitation(v_team);
    SELECT count(*) INTO v_n FROM membership.vw_active_memberships WHERE organization_id = v_team;
    IF v_n <> 3 THEN
        RAISE EXCEPTION 'membership RLS: after accepting, ben sees % active team members', v_n;
    END IF;
    IF (SELECT joined_at FROM membership.organization_member
         WHERE organization_id = v_team AND user_id = v_ben) IS NULL THEN
        RAISE EXCEPTION 'accept_invitation: joined_at not set';
    END IF;
    BEGIN
        PERFORM membership.decline_invitation(v_team);
        RAISE EXCEPTION 'decline_invitation: answered an invitation twice';
    EXCEPTION WHEN SQLSTATE 'P0404' THEN NULL;
    END;

    -- Inviting is not the customer's (a session without identity would pass as an operator).
    BEGIN
        PERFORM membership.invite_member(v_org_ben, 'cid-mrls@example.com');
        RAISE EXCEPTION 'invite_member: the customer role may invite';
    EXCEPTION WHEN insufficient_privilege THEN NULL;
    END;

    PERFORM set_config('role', pg_temp.param('owner_role'), true);
    PERFORM api.reset_auth_context();
    -- The administrators' claims view.
    IF (SELECT member_org_ids FROM membership.vw_user_claims WHERE user_id = v_ben)
       IS DISTINCT FROM (SELECT array_agg(x ORDER BY x) FROM unnest(ARRAY[v_org_ben, v_team]) x) THEN
        RAISE EXCEPTION 'vw_user_claims: ben''s organisations are %',
            (SELECT member_org_ids FROM membership.vw_user_claims WHERE user_id = v_ben);
    END IF;
    IF has_table_privilege(v_cust, 'membership.vw_user_claims', 'SELECT') THEN
        RAISE EXCEPTION 'vw_user_claims: the customer role may read every user''s claims';
    END IF;
END
$$;
