-- Customers. By default every migration runs on every deploy (see README.md, "Two ways to run
-- migrations"), so each one is written to be safe to run again.
CREATE TABLE IF NOT EXISTS customer (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email        text NOT NULL UNIQUE CHECK (email = lower(email)),
    display_name text,
    created_at   timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE customer IS 'People who place orders';
COMMENT ON COLUMN customer.email IS 'Contact and login address, stored lower-case';
COMMENT ON COLUMN customer.display_name IS 'Name shown to people; optional';
