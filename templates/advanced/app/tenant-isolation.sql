/*
<pgmi-meta
    id="4eddfa17-7c84-44ac-8211-c3a3ed22e61f"
    idempotent="true">
  <description>
    Row-level security: a session sees and writes the rows of its own tenant only.
  </description>
  <sortKeys>
    <key>300/010</key>
  </sortKeys>
</pgmi-meta>
*/
-- The policies apply to every role except the tables' owner (no FORCE ROW LEVEL SECURITY):
-- the application role sees its tenant's rows; the report views, owned by the owner, see all.
ALTER TABLE app.tenant ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.task ENABLE ROW LEVEL SECURITY;

-- Policies have no CREATE OR REPLACE: drop and create, in the same transaction.
DROP POLICY IF EXISTS tenant_self ON app.tenant;
CREATE POLICY tenant_self ON app.tenant
    USING (id = api.current_tenant_id());

DROP POLICY IF EXISTS task_of_tenant ON app.task;
CREATE POLICY task_of_tenant ON app.task
    USING (tenant_id = api.current_tenant_id())
    WITH CHECK (tenant_id = api.current_tenant_id());
