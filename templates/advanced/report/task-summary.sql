/*
<pgmi-meta
    id="cb87d9b5-7623-421a-a054-e14f7ee1ade3"
    idempotent="true">
  <description>
    Reporting view: open and done tasks per tenant, across tenants.
  </description>
  <sortKeys>
    <key>400/010</key>
  </sortKeys>
</pgmi-meta>
*/
-- The view runs with its owner's rights (the owner role, which row-level security does not
-- restrict), so the read-only role sees every tenant here without any access to app.task.
CREATE OR REPLACE VIEW report.task_summary AS
SELECT t.slug AS tenant,
       count(k.id) FILTER (WHERE NOT k.done) AS open_tasks,
       count(k.id) FILTER (WHERE k.done)     AS done_tasks
  FROM app.tenant t
  LEFT JOIN app.task k ON k.tenant_id = t.id
 GROUP BY t.slug;
COMMENT ON VIEW report.task_summary IS 'Open and done tasks per tenant';
