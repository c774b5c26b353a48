-- p95 first reply per channel and month, in seconds, for the live channels (phone and chat), whose
-- long-wait target is 95 % answered within three minutes (sample data): the target is met in a month
-- when p95 is three minutes or less. A long table: one row per month and channel.
SELECT substr(created, 1, 7) AS month,
       channel,
       round(percentile(first_reply_minutes, 95)) AS p95
FROM tickets_tickets
WHERE channel IN ('phone', 'chat')
GROUP BY month, channel
ORDER BY month, channel
