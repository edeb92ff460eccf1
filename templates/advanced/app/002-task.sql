/*
<pgmi-meta
    id="b97eba19-63b1-4b48-9817-72dc1fdd32cf"
    idempotent="false">
  <description>
    Tasks, each belonging to one tenant.
  </description>
  <sortKeys>
    <key>100/002</key>
  </sortKeys>
</pgmi-meta>
*/
CREATE TABLE app.task (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES app.tenant ON DELETE CASCADE,
    title        text NOT NULL CHECK (title <> ''),
    done         boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    completed_at timestamptz,
    CHECK (done = (completed_at IS NOT NULL))
);
COMMENT ON TABLE app.task IS 'Tasks of a tenant';
