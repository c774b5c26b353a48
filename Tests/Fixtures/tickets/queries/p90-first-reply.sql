-- p90 first reply per channel and month, in seconds, for the live channels (phone and chat), whose
-- target is one minute (sample data). A long table: one row per month and channel.
SELECT substr(created, 1, 7) AS month,
       channel,
       round(percentile(first_reply_minutes, 90)) AS p90
FROM tickets_tickets
WHERE channel IN ('phone', 'chat')
GROUP BY month, channel
ORDER BY month, channel
