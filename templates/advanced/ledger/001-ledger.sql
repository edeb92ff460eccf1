/*
<pgmi-meta
    id="4e405a5d-af1a-4884-b114-2c276c52bc32"
    idempotent="false">
  <description>
    The ledger: what deploy.sql has run, keyed by script id and checksum. It records itself as its
    first entry.
  </description>
  <sortKeys>
    <key>010/001</key>
  </sortKeys>
</pgmi-meta>
*/
CREATE TABLE ledger.script (
    script_id        uuid PRIMARY KEY,
    path             text NOT NULL,
    checksum         text NOT NULL,
    idempotent       boolean NOT NULL,
    run_count        integer NOT NULL DEFAULT 1,
    first_applied_at timestamptz NOT NULL DEFAULT now(),
    last_applied_at  timestamptz NOT NULL DEFAULT now(),
    last_xact_id     xid8 NOT NULL DEFAULT pg_current_xact_id()
);
COMMENT ON TABLE ledger.script IS 'One row per script deploy.sql has run: its id, path and the checksum of what ran last';
COMMENT ON COLUMN ledger.script.checksum IS 'pgmi_checksum: blind to comments, letter case of keywords and white space';

CREATE TABLE ledger.execution (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    script_id   uuid NOT NULL REFERENCES ledger.script,
    path        text NOT NULL,
    checksum    text NOT NULL,
    idempotent  boolean NOT NULL,
    sort_key    text NOT NULL,
    executed_at timestamptz NOT NULL DEFAULT now(),
    executed_by text NOT NULL DEFAULT session_user,
    xact_id     xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX execution_script_idx ON ledger.execution (script_id, executed_at);
COMMENT ON TABLE ledger.execution IS 'One row per script execution, with the deploying transaction';
