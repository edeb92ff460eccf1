-- Moves money between two accounts; fails when the source would go negative.
CREATE OR REPLACE FUNCTION transfer(p_from bigint, p_to bigint, p_amount numeric)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF p_amount <= 0 THEN
        RAISE EXCEPTION 'amount must be positive, got %', p_amount;
    END IF;
    UPDATE account SET balance = balance - p_amount WHERE id = p_from;
    UPDATE account SET balance = balance + p_amount WHERE id = p_to;
END
$$;
