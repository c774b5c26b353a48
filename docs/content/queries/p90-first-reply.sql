-- p90 first reply per channel and month, in seconds, for phone and chat.
SELECT substr(created, 1, 7) AS month, channel, percentile(first_reply_minutes, 90) AS p90
FROM sample_tickets
WHERE channel IN ('phone', 'chat')
GROUP BY month, channel
ORDER BY month, channel
