-- The customer API. CREATE OR REPLACE keeps this file safe to run on every deploy.

-- Adds a customer, or updates the display name of an existing one. A NULL name never erases a
-- stored name. Returns the customer's id.
CREATE OR REPLACE FUNCTION register_customer(p_email text, p_display_name text DEFAULT NULL)
RETURNS bigint
LANGUAGE sql AS $$
    INSERT INTO customer (email, display_name)
    VALUES (lower(p_email), p_display_name)
    ON CONFLICT (email) DO UPDATE
        SET display_name = coalesce(EXCLUDED.display_name, customer.display_name)
    RETURNING id;
$$;
COMMENT ON FUNCTION register_customer(text, text) IS 'Insert or update a customer by e-mail; returns its id';

-- The customer with this e-mail (any case), or NULL.
CREATE OR REPLACE FUNCTION find_customer(p_email text)
RETURNS customer
LANGUAGE sql STABLE AS $$
    SELECT * FROM customer WHERE email = lower(p_email);
$$;
COMMENT ON FUNCTION find_customer(text) IS 'Customer by e-mail, or NULL';

-- Removes a customer and their orders; true when a customer was removed.
CREATE OR REPLACE FUNCTION remove_customer(p_email text)
RETURNS boolean
LANGUAGE sql AS $$
    WITH removed AS (DELETE FROM customer WHERE email = lower(p_email) RETURNING 1)
    SELECT count(*) > 0 FROM removed;
$$;
COMMENT ON FUNCTION remove_customer(text) IS 'Delete a customer by e-mail; true when one was deleted';
