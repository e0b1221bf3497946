-- stod-fore: enrollments started in the period (never after the cut-off), by prior support
-- (STOD_FORE; none: ''). An enrollment with a wrong-registration exit (group EXCLUDED) never counts.
WITH excluded_reason AS (
    SELECT code FROM code WHERE list_id = 'AVSLUTSORSAK' AND code_group = 'EXCLUDED'
),
enrollment_started AS MATERIALIZED (
    SELECT coalesce(e.prior_support, '') AS prior_support
    FROM enrollment e
    WHERE e.programme_id IN (SELECT id FROM programme)  -- lets the (programme_id, start_date) index serve
      AND e.start_date BETWEEN :from AND min(:to, :cutoff)
      AND NOT EXISTS (SELECT 1 FROM enrollment_exit x
                      WHERE x.enrollment_id = e.id AND x.reason IN excluded_reason)
)
SELECT 'stod-fore', prior_support, 0, count(*) FROM enrollment_started GROUP BY prior_support
UNION ALL
SELECT 'stod-fore', '*total*', 0, count(*) FROM enrollment_started;
