-- register_customer, find_customer and remove_customer.
DO $$
DECLARE
    v_id    bigint;
    v_again bigint;
    v_row   customer;
BEGIN
    -- The fixture's customers are there.
    v_row := find_customer('grace@test.example');
    IF v_row.display_name IS DISTINCT FROM 'Grace Hopper' THEN
        RAISE EXCEPTION 'fixture customer missing: got %', v_row;
    END IF;

    -- E-mail is case-insensitive and registering twice returns the same id.
    v_id := register_customer('Barbara@Test.Example', 'Barbara Liskov');
    v_again := register_customer('barbara@test.example');
    IF v_again IS DISTINCT FROM v_id THEN
        RAISE EXCEPTION 'registering an existing customer gave a new id: % then %', v_id, v_again;
    END IF;

    -- Omitting the name keeps the stored one; passing one updates it.
    IF (find_customer('barbara@test.example')).display_name IS DISTINCT FROM 'Barbara Liskov' THEN
        RAISE EXCEPTION 'a NULL name erased the stored name';
    END IF;
    PERFORM register_customer('barbara@test.example', 'B. Liskov');
    IF (find_customer('BARBARA@test.example')).display_name IS DISTINCT FROM 'B. Liskov' THEN
        RAISE EXCEPTION 'the display name was not updated';
    END IF;

    -- An unknown customer is NULL.
    IF (find_customer('nobody@test.example')).id IS NOT NULL THEN
        RAISE EXCEPTION 'find_customer invented a customer';
    END IF;

    -- Removing reports whether something was removed.
    IF remove_customer('barbara@test.example') IS DISTINCT FROM true THEN
        RAISE EXCEPTION 'remove_customer did not remove an existing customer';
    END IF;
    IF remove_customer('barbara@test.example') IS DISTINCT FROM false THEN
        RAISE EXCEPTION 'remove_customer removed a customer twice';
    END IF;
END
$$;
