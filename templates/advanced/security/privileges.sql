/*
<pgmi-meta
    id="10e6fdfc-17fd-48f1-a7c3-3a1269f25047"
    idempotent="true">
  <description>
    Privileges converge on every deploy, after every object (handlers included) exists: the api
    role runs the gateways, the application role holds it and uses its tenant's rows, the
    customer role sees what row-level security lets it, the read-only role reads reports and the
    ledger. Registrars are for admins only.
  </description>
  <sortKeys>
    <key>900/010</key>
  </sortKeys>
</pgmi-meta>
*/
DO $privileges$
DECLARE
    v_app      text := pg_temp.param('app_role');
    v_readonly text := pg_temp.param('readonly_role');
    v_api      text := pg_temp.param('api_role');
    v_customer text := pg_temp.param('customer_role');
    v_admin    text := pg_temp.param('admin_role');
    v_fn       regprocedure;
BEGIN
    -- Nothing in these schemas is executable by PUBLIC.
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA api, membership, core, common, internal FROM PUBLIC;
    REVOKE ALL ON ALL PROCEDURES IN SCHEMA api FROM PUBLIC;
    EXECUTE format('GRANT USAGE ON SCHEMA extensions, common TO %I, %I, %I', v_api, v_customer, v_app);
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA common TO %I', v_api);

    -- The api role: every api function except the handlers themselves (reached only through
    -- the gateways, which check identity and policy first) and the registration machinery.
    EXECUTE format('GRANT USAGE ON SCHEMA api, membership TO %I', v_api);
    FOR v_fn IN
        SELECT p.oid::regprocedure FROM pg_proc p
         WHERE p.pronamespace = 'api'::regnamespace AND p.prokind = 'f'
    LOOP
        IF EXISTS (SELECT FROM api.handler WHERE handler_func = v_fn)
           OR v_fn::regproc::text IN ('api.create_or_replace_rest_handler', 'api.create_or_replace_rpc_handler',
                                      'api.create_or_replace_mcp_handler', 'api.register_handler',
                                      'api.define_handler_function', 'api.create_or_replace_agent_tool') THEN
            EXECUTE format('REVOKE ALL ON FUNCTION %s FROM %I', v_fn, v_api);
        ELSE
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', v_fn, v_api);
        END IF;
    END LOOP;
    EXECUTE format('GRANT EXECUTE ON FUNCTION membership.validate_api_key(text) TO %I', v_api);
    -- The gateways' audit: the api role may add exchange rows but never read them.
    EXECUTE format('GRANT INSERT ON api.rest_exchange, api.rpc_exchange, api.mcp_exchange TO %I', v_api);
    EXECUTE format('GRANT SELECT ON api.vw_current_user TO %I, %I', v_api, v_customer);

    -- Registrars: admins (who act as the owner) only.
    EXECUTE format('GRANT EXECUTE ON FUNCTION api.create_or_replace_rest_handler(jsonb, text), '
                   'api.create_or_replace_rpc_handler(jsonb, text), '
                   'api.create_or_replace_mcp_handler(jsonb, text) TO %I', v_admin);

    -- Customer: who am I, which organisations; no gateway, no registrar, no key validation.
    EXECUTE format('GRANT USAGE ON SCHEMA api TO %I', v_customer);
    EXECUTE format('GRANT EXECUTE ON FUNCTION api.current_idp_subject(), api.current_user_id(), '
                   'api.is_authenticated(), api.current_member_org_ids(), api.current_owner_org_ids(), '
                   'api.current_api_key_org_id(), api.current_user_is_admin() TO %I', v_customer);
    -- Membership for direct SQL, narrowed by row-level security (membership/025-views-rls.sql):
    -- the organisations and memberships the user belongs to, their own identities and keys
    -- (never the key hash), invitations to answer.
    EXECUTE format('GRANT USAGE ON SCHEMA membership TO %I', v_customer);
    EXECUTE format('GRANT SELECT ON membership.organization, membership.organization_member, '
                   'membership."user", membership.user_identity, membership.user_role, membership.role, '
                   'membership.vw_active_users, membership.vw_active_organizations, '
                   'membership.vw_user_memberships, membership.vw_active_memberships, '
                   'membership.vw_pending_invitations, membership.vw_active_organization_member TO %I',
                   v_customer);
    EXECUTE format('GRANT SELECT (object_id, key_id, user_id, organization_id, display_name, status, '
                   'activated_at, expires_at, last_used_at, created_at) ON membership.api_key TO %I',
                   v_customer);
    -- Answering one's own invitation; inviting is for handlers and operators (it trusts a session
    -- without identity as an operator's).
    EXECUTE format('GRANT EXECUTE ON FUNCTION membership.respond_to_invitation(uuid, boolean), '
                   'membership.accept_invitation(uuid), membership.decline_invitation(uuid) TO %I, %I',
                   v_customer, v_api);
    EXECUTE format('GRANT SELECT ON membership.vw_user_claims TO %I', v_admin);

    -- Application (the gateway's login role; holds the api role): its tenant's rows.
    EXECUTE format('GRANT USAGE ON SCHEMA api, app TO %I', v_app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA app TO %I', v_app);
    EXECUTE format('GRANT EXECUTE ON FUNCTION api.current_tenant_id(), api.create_task(text, smallint), '
                   'api.complete_task(bigint), api.open_tasks() TO %I', v_app);

    -- Read-only: the reports and the ledger, nothing in app.
    EXECUTE format('GRANT USAGE ON SCHEMA report, ledger TO %I', v_readonly);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA report, ledger TO %I', v_readonly);
END
$privileges$;
