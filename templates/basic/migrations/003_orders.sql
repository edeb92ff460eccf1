-- Orders, and a function to place one.
CREATE TABLE IF NOT EXISTS customer_order (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    amount      numeric(12, 2) NOT NULL CHECK (amount > 0),
    placed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS customer_order_customer_idx ON customer_order (customer_id);

COMMENT ON TABLE customer_order IS 'Orders placed by customers';

-- Places an order for an existing customer; returns the order id.
CREATE OR REPLACE FUNCTION place_order(p_email text, p_amount numeric)
RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v_customer_id bigint;
    v_order_id    bigint;
BEGIN
    SELECT id INTO v_customer_id FROM customer WHERE email = lower(p_email);
    IF v_customer_id IS NULL THEN
        RAISE EXCEPTION 'no customer with e-mail %', p_email USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO customer_order (customer_id, amount) VALUES (v_customer_id, p_amount)
    RETURNING id INTO v_order_id;
    RETURN v_order_id;
END
$$;
COMMENT ON FUNCTION place_order(text, numeric) IS 'Place an order for a customer; returns the order id';
