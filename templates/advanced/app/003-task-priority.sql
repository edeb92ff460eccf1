/*
<pgmi-meta
    id="8b493e8d-1277-4f19-baf8-6d8d4bc736c5"
    idempotent="false">
  <description>
    Tasks get a priority, 1 (highest) to 5. A change to an existing table is a new run-once
    script.
  </description>
  <sortKeys>
    <key>100/003</key>
  </sortKeys>
</pgmi-meta>
*/
ALTER TABLE app.task
    ADD COLUMN priority smallint NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5);
COMMENT ON COLUMN app.task.priority IS '1 (highest) to 5';
