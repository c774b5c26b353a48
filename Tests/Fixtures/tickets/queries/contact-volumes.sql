-- Contacts per month and channel, counted ticket by ticket from the helpdesk export (sample data).
-- A long table: one row per month and channel, for `series: channel` or `facet: channel`.
SELECT substr(created, 1, 7) AS month,
       channel,
       count(*) AS contacts
FROM tickets_tickets
GROUP BY month, channel
ORDER BY month, channel
