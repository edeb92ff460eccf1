/*
<pgmi-meta
    id="c1ec48d7-78d9-44b6-8e00-0c15d8cf7371"
    idempotent="false">
  <description>
    Tenants: the organisations sharing this database.
  </description>
  <sortKeys>
    <key>100/001</key>
  </sortKeys>
</pgmi-meta>
*/
-- Run once (idempotent="false"): plain CREATE TABLE, no IF NOT EXISTS. Later changes go in new
-- scripts, never in this one (the ledger would report drift).
CREATE TABLE app.tenant (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug       text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    name       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app.tenant IS 'Organisations sharing this database';
