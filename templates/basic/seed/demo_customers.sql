-- Demo data for local development. deploy.sql runs ./seed/ only when env is development, on
-- every deploy, so this file must be safe to run again (register_customer is an upsert).
SELECT register_customer('ada@example.com', 'Ada Lovelace');
SELECT register_customer('alan@example.com', 'Alan Turing');
SELECT place_order('ada@example.com', 12.00)
 WHERE NOT EXISTS (SELECT FROM customer_order o JOIN customer c ON c.id = o.customer_id
                    WHERE c.email = 'ada@example.com');
