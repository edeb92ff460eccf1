-- Semantic tool curation (recipes/semantic-tool-curation.sql), when enabled: a query about the
-- weather ranks the weather tools first with the deterministic hashed provider.
DO $$
DECLARE
    v_top text[];
    v_all bigint;
BEGIN
    IF pg_temp.param('semantic_curation') IS DISTINCT FROM 'true' THEN
        IF to_regclass('api.agent_tool') IS NOT NULL AND NOT EXISTS (
               SELECT FROM ledger.script WHERE path LIKE './recipes/%') THEN
            RAISE EXCEPTION 'curation is off but api.agent_tool exists without a ledger entry';
        END IF;
        RETURN;
    END IF;
    PERFORM api.create_or_replace_agent_tool(
        '{"id": "f0000000-0000-4000-8000-000000000001", "name": "weather_forecast", "category": "weather",
          "toolDescription": "Weather forecast for a city: temperature, rain and wind for the next days", "requiresAuth": false}',
        'BEGIN RETURN api.mcp_tool_result(''[]'', (request).request_id); END;');
    PERFORM api.create_or_replace_agent_tool(
        '{"id": "f0000000-0000-4000-8000-000000000002", "methodName": "weather.current", "category": "weather",
          "toolDescription": "Current weather conditions and temperature at a location"}',
        'BEGIN RETURN NULL; END;');
    PERFORM api.create_or_replace_agent_tool(
        '{"id": "f0000000-0000-4000-8000-000000000003", "name": "currency_convert", "category": "finance",
          "toolDescription": "Convert an amount of money between currencies at today''s exchange rate"}',
        'BEGIN RETURN NULL; END;');
    PERFORM api.create_or_replace_agent_tool(
        '{"id": "f0000000-0000-4000-8000-000000000004", "name": "send_email", "category": "messaging",
          "toolDescription": "Send an email message to a recipient with a subject and a body"}',
        'BEGIN RETURN NULL; END;');

    SELECT array_agg(name ORDER BY similarity DESC NULLS LAST, name) INTO v_top
      FROM (SELECT * FROM api.pvw_list_agent_tools(embeddings.embed_text('what will the weather be tomorrow in Oslo, rain or sun?'))
             ORDER BY similarity DESC NULLS LAST, name LIMIT 2) t;
    IF v_top IS DISTINCT FROM ARRAY['weather.current', 'weather_forecast']
       AND v_top IS DISTINCT FROM ARRAY['weather_forecast', 'weather.current'] THEN
        RAISE EXCEPTION 'curation: top two for a weather query are %', v_top;
    END IF;
    SELECT count(*) INTO v_all FROM api.pvw_list_agent_tools() WHERE similarity IS NULL;
    IF v_all < 4 THEN
        RAISE EXCEPTION 'curation: without a query every tool is listed (got %)', v_all;
    END IF;
    -- Same text, same vector: the provider is deterministic.
    IF embeddings.embed_text('weather in Oslo') IS DISTINCT FROM embeddings.embed_text('Weather in OSLO') THEN
        RAISE EXCEPTION 'curation: the hashed embedding is not deterministic';
    END IF;
END
$$;
