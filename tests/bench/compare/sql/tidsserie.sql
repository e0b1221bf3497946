-- tidsserie: per calendar year of the period (cut to the period), the persons with an enrollment
-- active at some time in that year (started by its end, not exited before its start), each once
-- a year. The total is the sum of the years. Wrong registrations never count; exits after the
-- cut-off are not made yet.
WITH RECURSIVE
year_span(year, span_from, span_to) AS (
    SELECT CAST(strftime('%Y', :from) AS INTEGER), :from,
           min(min(:to, :cutoff), strftime('%Y', :from) || '-12-31')
    UNION ALL
    SELECT year + 1, (year + 1) || '-01-01', min(min(:to, :cutoff), (year + 1) || '-12-31')
    FROM year_span WHERE year < CAST(strftime('%Y', min(:to, :cutoff)) AS INTEGER)
),
excluded_reason AS (
    SELECT code FROM code WHERE list_id = 'AVSLUTSORSAK' AND code_group = 'EXCLUDED'
),
enrollment_in_period AS MATERIALIZED (
    SELECT e.person_id, e.start_date,
           CASE WHEN x.exit_date <= :cutoff THEN x.exit_date END AS exit_date
    FROM enrollment e
    LEFT JOIN enrollment_exit x ON x.enrollment_id = e.id
    WHERE e.start_date <= min(:to, :cutoff)
      AND (x.exit_date IS NULL OR x.exit_date >= :from)
      AND (x.reason IS NULL OR x.reason NOT IN excluded_reason)
),
active_per_year AS MATERIALIZED (
    SELECT y.year,
           (SELECT count(DISTINCT e.person_id) FROM enrollment_in_period e
            WHERE e.start_date <= y.span_to
              AND (e.exit_date IS NULL OR e.exit_date >= y.span_from)) AS active
    FROM year_span y
)
SELECT 'tidsserie', year, 0, active FROM active_per_year
UNION ALL
SELECT 'tidsserie', '*total*', 0, sum(active) FROM active_per_year;
