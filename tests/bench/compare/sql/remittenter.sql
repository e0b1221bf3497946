-- remittenter: referrals received in the period (never after the cut-off), by referring actor
-- (AKTOR; none: ''). Part remittenter-andra: each other actor named on those same referrals.
WITH referral_in_period AS MATERIALIZED (
    SELECT id, coalesce(referring_actor, '') AS referring_actor
    FROM referral
    WHERE received_date BETWEEN :from AND min(:to, :cutoff)
),
other_actor AS (
    SELECT a.actor
    FROM referral_in_period r
    JOIN referral_actor a ON a.referral_id = r.id
)
SELECT 'remittenter', referring_actor, 0, count(*) FROM referral_in_period GROUP BY referring_actor
UNION ALL
SELECT 'remittenter', '*total*', 0, count(*) FROM referral_in_period
UNION ALL
SELECT 'remittenter-andra', actor, 0, count(*) FROM other_actor GROUP BY actor
UNION ALL
SELECT 'remittenter-andra', '*total*', 0, count(*) FROM other_actor;
