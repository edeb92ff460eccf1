-- Fixture of ./__test__/app/ and its subdirectories: two more tasks for acme. They exist for the
-- tests of this directory and of rls/, and are rolled back at this directory's teardown.
INSERT INTO app.task (tenant_id, title, priority) VALUES
    ('00000000-0000-4000-8000-00000000a001', 'Water the plants', 5),
    ('00000000-0000-4000-8000-00000000a001', 'Renew the domain', 2);
