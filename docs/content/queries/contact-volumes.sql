-- Contacts per month and channel, counted from the ticket sample: one row per month and channel.
SELECT substr(created, 1, 7) AS month, channel, count(*) AS contacts
FROM sample_tickets
GROUP BY month, channel
ORDER BY month, channel
