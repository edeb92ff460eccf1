-- Fixture: runs before the tests of this directory, rolled back after them.
INSERT INTO account (email, balance) VALUES ('alice@example.com', 100), ('bob@example.com', 0);
