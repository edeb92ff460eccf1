DO $$
DECLARE
    a bigint := (SELECT id FROM account WHERE email = 'alice@example.com');
    b bigint := (SELECT id FROM account WHERE email = 'bob@example.com');
BEGIN
    PERFORM transfer(a, b, 40);
    IF (SELECT balance FROM account WHERE id = a) IS DISTINCT FROM 60.00 THEN
        RAISE EXCEPTION 'alice should have 60 after the transfer';
    END IF;
    IF (SELECT balance FROM account WHERE id = b) IS DISTINCT FROM 40.00 THEN
        RAISE EXCEPTION 'bob should have 40 after the transfer';
    END IF;
END
$$;
