-- place_order and the order constraints.
DO $$
DECLARE
    v_orders integer;
BEGIN
    PERFORM place_order('edsger@test.example', 10);
    SELECT count(*) INTO v_orders
      FROM customer_order o JOIN customer c ON c.id = o.customer_id
     WHERE c.email = 'edsger@test.example';
    IF v_orders IS DISTINCT FROM 1 THEN
        RAISE EXCEPTION 'expected 1 order for edsger, found %', v_orders;
    END IF;

    -- An unknown customer cannot order.
    BEGIN
        PERFORM place_order('nobody@test.example', 10);
        RAISE EXCEPTION 'an order was placed for an unknown customer';
    EXCEPTION WHEN no_data_found THEN
        NULL; -- expected
    END;

    -- Amounts must be positive.
    BEGIN
        PERFORM place_order('edsger@test.example', 0);
        RAISE EXCEPTION 'an order of 0 was accepted';
    EXCEPTION WHEN check_violation THEN
        NULL; -- expected
    END;

    -- Removing a customer removes their orders.
    PERFORM remove_customer('grace@test.example');
    IF EXISTS (SELECT FROM customer_order o
                WHERE NOT EXISTS (SELECT FROM customer c WHERE c.id = o.customer_id)) THEN
        RAISE EXCEPTION 'orders outlived their customer';
    END IF;
END
$$;
