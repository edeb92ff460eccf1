/*
<pgmi-meta
    id="ecfe6b5b-102f-467e-aead-b192bc030c22"
    idempotent="true">
  <description>
    The roles: owner, admin, application (the gateway's login), read-only, api (gateway
    rights, no login) and customer (row-level-security scoped). Created when missing; login,
    passwords, connection limits and memberships converge on every deploy.
  </description>
  <sortKeys>
    <key>000/010</key>
  </sortKeys>
</pgmi-meta>
*/
-- Runs as the deploying user, which needs CREATEROLE (or superuser). Role names and passwords
-- are parameters (parameters.json); passwords are never printed.
DO $roles$
DECLARE
    v_owner    text := pg_temp.param('owner_role');
    v_role     record;
BEGIN
    FOR v_role IN
        SELECT * FROM (VALUES
            (v_owner,                          false, NULL,                -1),
            (pg_temp.param('admin_role'),      true,  'admin_password',    5),
            (pg_temp.param('app_role'),        true,  'app_password',
                                                      pg_temp.param('app_connection_limit')::integer),
            (pg_temp.param('readonly_role'),   true,  'readonly_password', 10),
            (pg_temp.param('api_role'),        false, NULL,                -1),
            (pg_temp.param('customer_role'),   true,  'customer_password', -1)
        ) AS r (name, can_login, password_parameter, connection_limit)
    LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = v_role.name) THEN
            EXECUTE format('CREATE ROLE %I', v_role.name);
            RAISE NOTICE 'created role %', v_role.name;
        END IF;
        EXECUTE format('ALTER ROLE %I %s CONNECTION LIMIT %s',
                       v_role.name, CASE WHEN v_role.can_login THEN 'LOGIN' ELSE 'NOLOGIN' END,
                       v_role.connection_limit);

        IF pg_temp.param(v_role.password_parameter) IS NOT NULL THEN
            -- The statement holds the password: if it fails, report the failure without the
            -- statement (an error raised here carries no "SQL statement" context).
            BEGIN
                EXECUTE format('ALTER ROLE %I PASSWORD %L', v_role.name,
                               pg_temp.param(v_role.password_parameter));
            EXCEPTION WHEN OTHERS THEN
                RAISE EXCEPTION 'could not set the password of role %: %', v_role.name, SQLERRM
                    USING ERRCODE = SQLSTATE;
            END;
        END IF;

        -- The deploying user becomes a member of every role, so it can SET ROLE to the owner
        -- (step 3 of deploy.sql), to the others (the tests do) and build the owner's indexes.
        -- USAGE, not MEMBER: from PostgreSQL 16 on, the creator of a role holds only an admin
        -- grant on it, which neither lets it SET ROLE nor inherits the role's rights.
        IF NOT pg_has_role(session_user, v_role.name, 'USAGE') THEN
            EXECUTE format('GRANT %I TO %I', v_role.name, session_user);
        END IF;
    END LOOP;

    -- Admins act as the owner and may run the gateways; the application role (the gateway's
    -- login) holds the api role. The customer role holds neither.
    IF NOT pg_has_role(pg_temp.param('admin_role'), v_owner, 'USAGE') THEN
        EXECUTE format('GRANT %I TO %I', v_owner, pg_temp.param('admin_role'));
    END IF;
    IF NOT pg_has_role(pg_temp.param('admin_role'), pg_temp.param('api_role'), 'USAGE') THEN
        EXECUTE format('GRANT %I TO %I', pg_temp.param('api_role'), pg_temp.param('admin_role'));
    END IF;
    IF NOT pg_has_role(pg_temp.param('app_role'), pg_temp.param('api_role'), 'USAGE') THEN
        EXECUTE format('GRANT %I TO %I', pg_temp.param('api_role'), pg_temp.param('app_role'));
    END IF;

    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I, %I, %I', current_database(),
                   pg_temp.param('admin_role'), pg_temp.param('app_role'),
                   pg_temp.param('readonly_role'), pg_temp.param('customer_role'));
END
$roles$;
