-- source: warehouse
-- Share of tickets the customer came back about (reopened), per month, all channels (sample data).
-- Runs on the warehouse database; `folio pull` writes content/data/snapshots/reopened-share.csv.
SELECT substr(created, 1, 7) AS month,
       round(avg(reopened), 3) AS reopened_share
FROM tickets
GROUP BY month
ORDER BY month
