/*
<pgmi-meta
    id="4718421d-b905-4916-b669-b89daef05784"
    idempotent="true">
  <description>
    Organisations over HTTP: the caller's memberships, and the members of an organisation the
    caller belongs to. Handlers run as the owner, which row-level security does not limit, so
    each query names the caller's organisations (api.current_member_org_ids()) itself.
  </description>
  <sortKeys>
    <key>500/020</key>
  </sortKeys>
</pgmi-meta>
*/
SELECT api.create_or_replace_rest_handler(
    jsonb_build_object(
        'id', '4718421d-0001-4000-8000-000000000001',
        'path', '/organizations',
        'httpMethod', '^GET$',
        'name', 'list_my_organizations',
        'title', 'My organisations',
        'description', 'The organisations the caller is an active member of, and pending invitations',
        'readOnly', true,
        'outputSchema', jsonb_build_object('type', 'object', 'properties', jsonb_build_object(
            'organizations', jsonb_build_object('type', 'array')))
    ),
    $body$
BEGIN
    RETURN api.json_response(200, jsonb_build_object('organizations', coalesce(
        (SELECT jsonb_agg(jsonb_build_object('id', m.organization_id, 'name', m.organization_name,
                                             'slug', m.organization_slug, 'role', m.role,
                                             'status', m.status) ORDER BY m.organization_slug)
           FROM membership.vw_user_memberships m
          WHERE m.user_id = api.current_user_id()
            AND (m.status = 'pending' OR m.organization_id = ANY (api.current_member_org_ids()))),
        '[]'::jsonb)));
END;
    $body$
);

SELECT api.create_or_replace_rest_handler(
    jsonb_build_object(
        'id', '4718421d-0001-4000-8000-000000000002',
        'path', '/organizations/{id}/members',
        'httpMethod', '^GET$',
        'name', 'list_organization_members',
        'title', 'Members of an organisation',
        'description', 'Memberships of an organisation the caller is an active member of; 404 for any other',
        'readOnly', true,
        'outputSchema', jsonb_build_object('type', 'object', 'properties', jsonb_build_object(
            'members', jsonb_build_object('type', 'array')))
    ),
    $body$
DECLARE
    v_org uuid := common.try_cast(split_part(api.url_path((request).url), '/', 3), NULL::uuid);
BEGIN
    IF v_org IS NULL OR NOT v_org = ANY (api.current_member_org_ids()) THEN
        RETURN api.problem_response(404, 'Not Found', 'No such organisation');
    END IF;
    RETURN api.json_response(200, jsonb_build_object('members', coalesce(
        (SELECT jsonb_agg(jsonb_build_object('user_id', m.user_id, 'email', u.email,
                                             'role', m.role, 'status', m.status) ORDER BY u.email)
           FROM membership.organization_member m
           JOIN membership."user" u ON u.object_id = m.user_id
          WHERE m.organization_id = v_org),
        '[]'::jsonb)));
END;
    $body$
);
