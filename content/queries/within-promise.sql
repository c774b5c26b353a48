-- The share of contacts answered within the promise, per channel and month (sample data): phone and
-- chat within three minutes, e-mail within one working day (480 minutes). first_reply_minutes is a
-- duration column, so SQL sees it in seconds. A long table: one row per month and channel.
SELECT substr(created, 1, 7) AS month,
       channel,
       round(avg(CASE WHEN first_reply_minutes <= (CASE channel WHEN 'email' THEN 28800 ELSE 180 END)
                      THEN 1.0 ELSE 0.0 END), 3) AS within_promise
FROM tickets_tickets
WHERE first_reply_minutes IS NOT NULL
GROUP BY month, channel
ORDER BY month, channel
