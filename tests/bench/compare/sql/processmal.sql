-- processmal: process goals, as the register stood on the cut-off.
--  processmal: enrollments started in the period with the first action plan (lowest version made
--    by the cut-off) within 14 days of the start: 'met' / 'not_met'; one without a plan whose 14
--    days are not over at the cut-off is not counted yet.
--  processmal-kontakt: enrollments started by the end of the period and not exited by the cut-off:
--    'not_met' when a stretch start -> contacts -> cut-off is longer than 2 calendar months.
--  processmal-forslag: enrollments started in the period with a flerpartssamtal within 6 calendar
--    months of the start (that day included); one without, whose 6 months are not over and that
--    has not exited by the cut-off, is not counted yet.
--  processmal-undantag-handlingsplan / -kontakt: the not_met enrollments (key: enrollment id) with
--    the days to the plan (none: to the cut-off) / the longest stretch without a contact.
-- "n calendar months on" is d + n months with the day clamped to the month's last (31 Dec + 2
-- months = 28 Feb). Wrong registrations (exit reason group EXCLUDED) never count; exits, plans
-- and contacts dated after the cut-off are not there yet.

-- Goal 2 pairs every contact with the next one: two temporary tables, the second in (enrollment,
-- date) order so that row n + 1 is the contact after row n.
DROP TABLE IF EXISTS temp.enrollment_active;
DROP TABLE IF EXISTS temp.active_contact;
CREATE TEMP TABLE enrollment_active AS  -- started by the end of the period, not exited by the cut-off
SELECT e.id, e.start_date
FROM enrollment e
LEFT JOIN enrollment_exit x ON x.enrollment_id = e.id
WHERE e.start_date <= min(:to, :cutoff)
  AND (x.enrollment_id IS NULL
       OR (x.exit_date > :cutoff
           AND x.reason NOT IN (SELECT code FROM code
                                WHERE list_id = 'AVSLUTSORSAK' AND code_group = 'EXCLUDED')));

CREATE TEMP TABLE active_contact AS  -- day as a julian day number, to subtract
SELECT c.enrollment_id AS id, julianday(c.contact_date) AS day
FROM contact c
WHERE c.enrollment_id IN (SELECT id FROM enrollment_active) AND c.contact_date <= :cutoff
ORDER BY c.enrollment_id, c.contact_date;

WITH excluded_reason AS (
    SELECT code FROM code WHERE list_id = 'AVSLUTSORSAK' AND code_group = 'EXCLUDED'
),
enrollment_started AS MATERIALIZED (
    SELECT e.id, e.start_date,
           CASE WHEN x.exit_date <= :cutoff THEN x.exit_date END AS exit_date
    FROM enrollment e
    LEFT JOIN enrollment_exit x ON x.enrollment_id = e.id
    WHERE e.programme_id IN (SELECT id FROM programme)  -- lets the (programme_id, start_date) index serve
      AND e.start_date BETWEEN :from AND min(:to, :cutoff)
      AND (x.reason IS NULL OR x.reason NOT IN excluded_reason)
),
-- goal 1: action plan within 14 days
first_plan AS (
    SELECT s.id, s.start_date,
           (SELECT a.created_date FROM action_plan a
            WHERE a.enrollment_id = s.id AND a.created_date <= :cutoff
            ORDER BY a.version LIMIT 1) AS plan_date
    FROM enrollment_started s
),
plan_outcome AS MATERIALIZED (
    SELECT id, start_date, plan_date,
           CASE WHEN julianday(plan_date) - julianday(start_date) <= 14 THEN 'met'
                WHEN plan_date IS NULL AND date(start_date, '+14 days') > :cutoff THEN NULL  -- not yet
                ELSE 'not_met' END AS outcome
    FROM first_plan
),
-- goal 2: no stretch over 2 calendar months without a contact (days as julian day numbers)
stretch AS (
    SELECT a.id, a.day AS previous, b.day        -- from a contact to the next
    FROM active_contact a
    JOIN active_contact b ON b.rowid = a.rowid + 1 AND b.id = a.id
    UNION ALL
    SELECT e.id, julianday(e.start_date),        -- from the start to the first contact (or the cut-off)
           julianday(coalesce((SELECT min(c.contact_date) FROM contact c
                               WHERE c.enrollment_id = e.id AND c.contact_date <= :cutoff), :cutoff))
    FROM enrollment_active e
    UNION ALL
    SELECT id, julianday(last_contact), julianday(:cutoff)  -- from the last contact to the cut-off
    FROM (SELECT e.id, (SELECT max(c.contact_date) FROM contact c
                        WHERE c.enrollment_id = e.id AND c.contact_date <= :cutoff) AS last_contact
          FROM enrollment_active e)
    WHERE last_contact IS NOT NULL
),
contact_gap AS MATERIALIZED (  -- the enrollments with a stretch over 2 months, and their longest
    SELECT id, CAST(max(day - previous) AS INTEGER) AS longest
    FROM stretch
    WHERE day - previous >= 59  -- 2 calendar months are 59 to 62 days: only these stretches matter
    GROUP BY id
    HAVING max(CASE WHEN day - previous > 62 THEN 1
                    ELSE date(day) > min(date(previous, 'start of month', '+2 months',
                                              '+' || (strftime('%d', previous) - 1) || ' days'),
                                         date(previous, 'start of month', '+3 months', '-1 day'))
               END)
),
-- goal 3: proposal at a flerpartssamtal within 6 months
proposal AS (
    SELECT id, start_date, exit_date,
           min(date(start_date, 'start of month', '+6 months',
                    '+' || (strftime('%d', start_date) - 1) || ' days'),
               date(start_date, 'start of month', '+7 months', '-1 day')) AS six_months_on
    FROM enrollment_started
),
proposal_outcome AS MATERIALIZED (
    SELECT CASE WHEN EXISTS (SELECT 1 FROM contact c
                             WHERE c.enrollment_id = p.id AND c.contact_type = 'FLERPART'
                               AND c.contact_date BETWEEN p.start_date AND min(p.six_months_on, :cutoff))
                THEN 'met'
                WHEN p.six_months_on > :cutoff AND p.exit_date IS NULL THEN NULL  -- not yet
                ELSE 'not_met' END AS outcome
    FROM proposal p
)
SELECT 'processmal', outcome, 0, count(*) FROM plan_outcome WHERE outcome IS NOT NULL GROUP BY outcome
UNION ALL
SELECT 'processmal', '*total*', 0, count(outcome) FROM plan_outcome
UNION ALL
SELECT 'processmal-kontakt', 'not_met', 0, count(*) FROM contact_gap
UNION ALL
SELECT 'processmal-kontakt', 'met', 0, (SELECT count(*) FROM enrollment_active) - count(*) FROM contact_gap
UNION ALL
SELECT 'processmal-kontakt', '*total*', 0, count(*) FROM enrollment_active
UNION ALL
SELECT 'processmal-forslag', outcome, 0, count(*) FROM proposal_outcome WHERE outcome IS NOT NULL GROUP BY outcome
UNION ALL
SELECT 'processmal-forslag', '*total*', 0, count(outcome) FROM proposal_outcome
UNION ALL
SELECT 'processmal-undantag-handlingsplan', id, 0,
       CAST(julianday(coalesce(plan_date, :cutoff)) - julianday(start_date) AS INTEGER)
FROM plan_outcome WHERE outcome = 'not_met'
UNION ALL
SELECT 'processmal-undantag-kontakt', id, 0, longest FROM contact_gap;
