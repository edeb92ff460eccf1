SELECT 1 AS probe;
