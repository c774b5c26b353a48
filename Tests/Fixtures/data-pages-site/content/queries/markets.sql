-- One row per market: the rows of the markets template.
SELECT 'Sverige' AS market, 3 AS teams
UNION ALL SELECT 'România', 1
