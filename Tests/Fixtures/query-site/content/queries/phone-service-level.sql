-- Share of phone calls answered within 60 seconds, per month.
SELECT substr(created, 1, 7) AS month,
       round(avg(CASE WHEN first_reply_seconds <= 60 THEN 1.0 ELSE 0.0 END), 3) AS service_level
FROM support_tickets
WHERE channel = 'phone'
GROUP BY month
ORDER BY month
