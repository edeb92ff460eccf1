-- A transfer that would overdraw the source account must fail.
DO $$
DECLARE
    a bigint := (SELECT id FROM account WHERE email = 'alice@example.com');
    b bigint := (SELECT id FROM account WHERE email = 'bob@example.com');
BEGIN
    BEGIN
        PERFORM transfer(b, a, 1);
        RAISE EXCEPTION 'overdraft was accepted';
    EXCEPTION WHEN check_violation THEN
        NULL; -- expected
    END;
END
$$;
