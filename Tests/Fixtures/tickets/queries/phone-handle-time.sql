-- Average handle time of phone calls per month (talk plus after-call work), in seconds (sample data).
-- handle_minutes is a duration column, so SQL sees it in seconds.
SELECT substr(created, 1, 7) AS month,
       round(avg(handle_minutes)) AS handle_time
FROM tickets_tickets
WHERE channel = 'phone'
GROUP BY month
ORDER BY month
