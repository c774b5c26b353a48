-- Average speed of answer (ASA) in the phone queue per month, in seconds (sample data): the mean wait of
-- the answered calls, a callback counting until the customer is called back. first_reply_minutes is a
-- duration column, so SQL sees it in seconds.
SELECT substr(created, 1, 7) AS month,
       round(avg(first_reply_minutes)) AS asa
FROM tickets_tickets
WHERE channel = 'phone' AND first_reply_minutes IS NOT NULL
GROUP BY month
ORDER BY month
