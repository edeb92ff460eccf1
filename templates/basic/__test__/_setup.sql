-- Fixture: runs before the tests of this directory. Each test sees this data and nothing a
-- previous test did; pgmi rolls all of it back after the last test.
SELECT register_customer('grace@test.example', 'Grace Hopper');
SELECT register_customer('edsger@test.example');
SELECT place_order('grace@test.example', 42.50);
