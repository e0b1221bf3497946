-- per-kommun: persons with an enrollment active at some time in the period (started by its end,
-- not exited before its start), each once, by home kommun on the cut-off (the person_municipality
-- row with the latest valid_from on or before it; none: ''). Wrong registrations never count;
-- exits after the cut-off are not made yet.
WITH excluded_reason AS (
    SELECT code FROM code WHERE list_id = 'AVSLUTSORSAK' AND code_group = 'EXCLUDED'
),
person_active AS (
    SELECT DISTINCT e.person_id
    FROM enrollment e
    LEFT JOIN enrollment_exit x ON x.enrollment_id = e.id
    WHERE e.start_date <= min(:to, :cutoff)
      AND (x.enrollment_id IS NULL OR x.exit_date > :cutoff OR x.exit_date >= :from)
      AND (x.reason IS NULL OR x.reason NOT IN excluded_reason)
),
person_kommun AS MATERIALIZED (
    SELECT coalesce((SELECT m.municipality_code FROM person_municipality m
                     WHERE m.person_id = a.person_id AND m.valid_from <= :cutoff
                     ORDER BY m.valid_from DESC LIMIT 1), '') AS kommun
    FROM person_active a
)
SELECT 'per-kommun', kommun, 0, count(*) FROM person_kommun GROUP BY kommun
UNION ALL
SELECT 'per-kommun', '*total*', 0, count(*) FROM person_kommun;
