-- Root fixture: two tenants with a few tasks. Every test below sees them; pgmi rolls them back
-- when the whole suite is done. Runs as the owner role, which row-level security does not limit.
INSERT INTO app.tenant (id, slug, name) VALUES
    ('00000000-0000-4000-8000-00000000a001', 'fixture-acme', 'Acme Corporation (test fixture)'),
    ('00000000-0000-4000-8000-00000000a002', 'fixture-globex', 'Globex (test fixture)');

INSERT INTO app.task (tenant_id, title, priority) VALUES
    ('00000000-0000-4000-8000-00000000a001', 'Order paper', 3),
    ('00000000-0000-4000-8000-00000000a001', 'Fix the printer', 1),
    ('00000000-0000-4000-8000-00000000a002', 'Plan the offsite', 2);
