-- Phone service level per month: the share of calls answered within 60 seconds (sample data).
-- first_reply_minutes is a duration column, so SQL sees it in seconds.
SELECT substr(created, 1, 7) AS month,
       round(avg(CASE WHEN first_reply_minutes <= 60 THEN 1.0 ELSE 0.0 END), 3) AS service_level
FROM tickets_tickets
WHERE channel = 'phone' AND first_reply_minutes IS NOT NULL
GROUP BY month
ORDER BY month
