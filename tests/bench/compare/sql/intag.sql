-- intag: referrals received in the period (never after the cut-off), by intake decision as it
-- stood on the cut-off (INTAGSBESLUT; a decision dated after the cut-off is not made yet: '').
WITH referral_in_period AS MATERIALIZED (
    SELECT CASE WHEN decision_date > :cutoff THEN '' ELSE coalesce(decision, '') END AS decision
    FROM referral
    WHERE received_date BETWEEN :from AND min(:to, :cutoff)
)
SELECT 'intag', decision, 0, count(*) FROM referral_in_period GROUP BY decision
UNION ALL
SELECT 'intag', '*total*', 0, count(*) FROM referral_in_period;
