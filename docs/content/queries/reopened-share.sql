-- The share of reopened tickets per month, from the ticket sample.
SELECT substr(created, 1, 7) AS month, round(avg(reopened), 3) AS reopened_share
FROM sample_tickets
GROUP BY month
ORDER BY month
