-- source: warehouse
-- Tickets, average CSAT and reopened tickets per month and channel (sample data).
SELECT substr(created, 1, 7) AS month,
       channel,
       count(*) AS tickets,
       round(avg(csat), 3) AS csat,
       sum(reopened) AS reopened
FROM tickets
GROUP BY month, channel
ORDER BY month, channel
