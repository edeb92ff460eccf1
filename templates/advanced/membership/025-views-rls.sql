/*
<pgmi-meta
    id="dc59f9ea-57d8-4a6e-bd4c-bc6e0d514ece"
    idempotent="true">
  <description>
    Membership views (active users, organisations and memberships, pending invitations, the
    administrators' claims view), invitations (invite, accept, decline) and row-level security on
    the membership tables for direct SQL by the customer role: a user sees their own user row
    and identities, the organisations they belong to or are invited to, the memberships of those
    organisations, and the users in them.
  </description>
  <sortKeys>
    <key>050/025</key>
  </sortKeys>
</pgmi-meta>
*/
-- Views run with the caller's rights (security_invoker), so row-level security below applies to
-- whoever reads them; the owner, who is not subject to it, sees everything.
-- vw_pending_invitations was once a plain view over organization_member: replaced once.
DO $$
BEGIN
    IF to_regclass('membership.vw_user_memberships') IS NULL THEN
        DROP VIEW IF EXISTS membership.vw_pending_invitations;
    END IF;
END
$$;
CREATE OR REPLACE VIEW membership.vw_active_users WITH (security_invoker = true) AS
SELECT object_id, email, display_name, email_verified, created_at
  FROM membership."user" WHERE is_active;

CREATE OR REPLACE VIEW membership.vw_active_organizations WITH (security_invoker = true) AS
SELECT object_id, name, slug, owner_user_id, is_personal, created_at
  FROM membership.organization WHERE is_active;

CREATE OR REPLACE VIEW membership.vw_user_memberships WITH (security_invoker = true) AS
SELECT m.organization_id, m.user_id, m.role, m.status, m.invited_at, m.joined_at, m.created_at,
       o.name AS organization_name, o.slug AS organization_slug, o.is_personal
  FROM membership.organization_member m
  JOIN membership.organization o ON o.object_id = m.organization_id
 WHERE o.is_active;

CREATE OR REPLACE VIEW membership.vw_active_memberships WITH (security_invoker = true) AS
SELECT * FROM membership.vw_user_memberships WHERE status = 'active';

CREATE OR REPLACE VIEW membership.vw_pending_invitations WITH (security_invoker = true) AS
SELECT * FROM membership.vw_user_memberships WHERE status = 'pending';

CREATE OR REPLACE VIEW membership.vw_active_organization_member WITH (security_invoker = true) AS
SELECT m.* FROM membership.organization_member m
  JOIN membership.organization o ON o.object_id = m.organization_id
  JOIN membership."user" u ON u.object_id = m.user_id
 WHERE m.status = 'active' AND o.is_active AND u.is_active;

-- Claims of every user, for administrators (granted to the admin role only): roles, the
-- organisations they are an active member or owner of, their identities.
CREATE OR REPLACE VIEW membership.vw_user_claims AS
SELECT u.object_id AS user_id, u.email, u.display_name, u.email_verified, u.is_active,
       coalesce((SELECT array_agg(r.name ORDER BY r.name) FROM membership.user_role ur
                   JOIN membership.role r ON r.object_id = ur.role_object_id
                  WHERE ur.user_object_id = u.object_id), '{}') AS roles,
       coalesce((SELECT array_agg(m.organization_id ORDER BY m.organization_id)
                   FROM membership.organization_member m
                  WHERE m.user_id = u.object_id AND m.status = 'active'), '{}') AS member_org_ids,
       coalesce((SELECT array_agg(o.object_id ORDER BY o.object_id) FROM membership.organization o
                  WHERE o.owner_user_id = u.object_id AND o.is_active), '{}') AS owner_org_ids,
       coalesce((SELECT jsonb_agg(jsonb_build_object('provider', i.idp_provider,
                                                     'subject_id', i.idp_subject_id)
                                  ORDER BY i.idp_provider, i.idp_subject_id)
                   FROM membership.user_identity i
                  WHERE i.user_object_id = u.object_id), '[]') AS identities
  FROM membership."user" u;

-- Invitations ----------------------------------------------------------------------------------
-- An owner or admin of the organisation (or an operator's own SQL session, without identity)
-- invites a known user by email; the row stays 'pending' until the user accepts or declines.
CREATE OR REPLACE FUNCTION membership.invite_member(p_org_id uuid, p_email text,
                                                    p_role text DEFAULT 'reader')
RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
DECLARE
    v_user uuid;
BEGIN
    IF NOT EXISTS (SELECT FROM membership.organization WHERE object_id = p_org_id AND is_active)
       OR NOT (api.current_idp_subject() IS NULL OR api.current_user_is_admin()
               OR (p_org_id = ANY (api.current_member_org_ids())
                   AND (membership.get_member_role(p_org_id, api.current_user_id()) = 'admin'
                        OR membership.is_organization_owner(p_org_id, api.current_user_id())))) THEN
        RAISE EXCEPTION 'Organization not found' USING ERRCODE = 'P0404';
    END IF;
    SELECT object_id INTO v_user FROM membership."user" WHERE email = lower(p_email) AND is_active;
    IF v_user IS NULL THEN
        RAISE EXCEPTION 'User not found' USING ERRCODE = 'P0404';
    END IF;
    INSERT INTO membership.organization_member (organization_id, user_id, role, status, invited_at)
    VALUES (p_org_id, v_user, p_role, 'pending', now())
    ON CONFLICT (organization_id, user_id) DO UPDATE
       SET role = EXCLUDED.role, status = 'pending', invited_at = now(), joined_at = NULL
     WHERE membership.organization_member.status IN ('declined', 'removed');
    IF NOT FOUND THEN
        RAISE EXCEPTION 'User is already a member or invited' USING ERRCODE = 'P0409';
    END IF;
    RETURN v_user;
END
$fn$;

-- The invited user (the request's identity) answers their own invitation.
CREATE OR REPLACE FUNCTION membership.respond_to_invitation(p_org_id uuid, p_accept boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, extensions, pg_temp AS $fn$
BEGIN
    UPDATE membership.organization_member
       SET status = CASE WHEN p_accept THEN 'active' ELSE 'declined' END,
           joined_at = CASE WHEN p_accept THEN now() END
     WHERE organization_id = p_org_id AND user_id = api.current_user_id() AND status = 'pending';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Invitation not found' USING ERRCODE = 'P0404';
    END IF;
END
$fn$;

CREATE OR REPLACE FUNCTION membership.accept_invitation(p_org_id uuid) RETURNS void
LANGUAGE sql AS $fn$ SELECT membership.respond_to_invitation(p_org_id, true) $fn$;
CREATE OR REPLACE FUNCTION membership.decline_invitation(p_org_id uuid) RETURNS void
LANGUAGE sql AS $fn$ SELECT membership.respond_to_invitation(p_org_id, false) $fn$;

-- Row-level security for direct SQL (the customer role has SELECT on these tables, granted in
-- security/privileges.sql). Not FORCEd: the owner, and the SECURITY DEFINER functions and
-- gateways running as the owner, are not subject to it. Policies are for SELECT only: the
-- customer role writes nothing here directly.
ALTER TABLE membership.organization ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership.organization_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership."user" ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership.user_identity ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership.user_role ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership.api_key ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS member_read ON membership.organization_member;
CREATE POLICY member_read ON membership.organization_member FOR SELECT
    USING (organization_id = ANY (api.current_member_org_ids()) OR user_id = api.current_user_id());

DROP POLICY IF EXISTS member_read ON membership.organization;
CREATE POLICY member_read ON membership.organization FOR SELECT
    USING (object_id = ANY (api.current_member_org_ids())
           OR object_id IN (SELECT organization_id FROM membership.organization_member
                             WHERE user_id = api.current_user_id()));

DROP POLICY IF EXISTS member_read ON membership."user";
CREATE POLICY member_read ON membership."user" FOR SELECT
    USING (object_id = api.current_user_id()
           OR object_id IN (SELECT user_id FROM membership.organization_member
                             WHERE organization_id = ANY (api.current_member_org_ids())));

DROP POLICY IF EXISTS own_read ON membership.user_identity;
CREATE POLICY own_read ON membership.user_identity FOR SELECT
    USING (user_object_id = api.current_user_id());

DROP POLICY IF EXISTS own_read ON membership.user_role;
CREATE POLICY own_read ON membership.user_role FOR SELECT
    USING (user_object_id = api.current_user_id());

-- API keys: a user's own keys (no secret is stored; the hash is kept from the customer role by
-- a column grant).
DROP POLICY IF EXISTS own_read ON membership.api_key;
CREATE POLICY own_read ON membership.api_key FOR SELECT
    USING (user_id = api.current_user_id());
