-- Tickets per month and channel (a long table: one row per month and channel).
SELECT substr(created, 1, 7) AS month, channel, count(*) AS tickets
FROM support_tickets
GROUP BY month, channel
ORDER BY month, channel
