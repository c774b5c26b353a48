-- CSAT per channel and quarter: the share of rated tickets rated 4 or 5, as a fraction to 0.1 percentage
-- point (sample data).
-- Only whole quarters (2025-Q1 to 2026-Q3); unrated tickets (csat empty, NULL in SQL) are left out.
-- A long table: one row per quarter and channel, with the quarter's label in each language.
SELECT substr(created, 1, 4) || '-Q' || ((CAST(substr(created, 6, 2) AS INTEGER) + 2) / 3) AS quarter,
       'K' || ((CAST(substr(created, 6, 2) AS INTEGER) + 2) / 3) || ' ' || substr(created, 1, 4) AS label_sv,
       'T' || ((CAST(substr(created, 6, 2) AS INTEGER) + 2) / 3) || ' ' || substr(created, 1, 4) AS label_ro,
       channel,
       round(avg(csat >= 4), 3) AS csat
FROM tickets_tickets
WHERE csat IS NOT NULL AND created >= '2025-01' AND created < '2026-10'
GROUP BY quarter, channel
ORDER BY quarter, channel
