-- Tests can read the project's files too: project.json is valid and names the application.
DO $$
DECLARE
    v_project jsonb;
BEGIN
    SELECT content::jsonb INTO STRICT v_project
      FROM pg_temp.pgmi_source_view WHERE path = './project.json';
    IF coalesce(v_project ->> 'app_name', '') = '' THEN
        RAISE EXCEPTION 'project.json has no app_name';
    END IF;
END
$$;
