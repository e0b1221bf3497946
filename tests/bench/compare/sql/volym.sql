-- volym: per calendar year of the period (cut to the period), as the register stood on the cut-off:
-- series 0 enrollments started, 1 persons with an enrollment active at some time in the year,
-- 2 exits, 3 the volume goal (sum of the programmes' goals in force for the year, rounded), 4 what
-- remains to the goal so far: cumulative goal - cumulative enrollments started in programmes with a
-- goal that year, never below 0. Total row: sums, but active = distinct persons in the whole period.
-- Goal in force: the latest record (by id) of (programme, year, 'volym') made on or before the
-- cut-off (recorded_at's local date); a NULL value means removed. Wrong registrations never count.
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
enrollment_at_cutoff AS MATERIALIZED (
    SELECT e.id, e.person_id, e.programme_id, e.start_date,
           CASE WHEN x.exit_date <= :cutoff THEN x.exit_date END AS exit_date
    FROM enrollment e
    LEFT JOIN enrollment_exit x ON x.enrollment_id = e.id
    WHERE e.start_date <= min(:to, :cutoff)
      AND (x.exit_date IS NULL OR x.exit_date >= :from)  -- the rest are never in the period
      AND (x.reason IS NULL OR x.reason NOT IN excluded_reason)
),
goal_in_force AS (
    SELECT g.programme_id, g.year, CAST(round(g.value) AS INTEGER) AS goal
    FROM programme_goal g
    WHERE g.measure = 'volym' AND g.value IS NOT NULL
      AND g.id = (SELECT max(h.id) FROM programme_goal h
                  WHERE h.programme_id = g.programme_id AND h.year = g.year AND h.measure = 'volym'
                    AND date(h.recorded_at, 'localtime') <= :cutoff)
),
per_year AS MATERIALIZED (
    SELECT y.year,
           (SELECT count(*) FROM enrollment_at_cutoff e
            WHERE e.start_date BETWEEN y.span_from AND y.span_to) AS started,
           (SELECT count(DISTINCT e.person_id) FROM enrollment_at_cutoff e
            WHERE e.start_date <= y.span_to
              AND (e.exit_date IS NULL OR e.exit_date >= y.span_from)) AS active,
           (SELECT count(*) FROM enrollment_at_cutoff e
            WHERE e.exit_date BETWEEN y.span_from AND y.span_to) AS exited,
           (SELECT sum(g.goal) FROM goal_in_force g WHERE g.year = y.year) AS goal,
           (SELECT count(*) FROM enrollment_at_cutoff e
            WHERE e.start_date BETWEEN y.span_from AND y.span_to
              AND e.programme_id IN (SELECT g.programme_id FROM goal_in_force g
                                     WHERE g.year = y.year)) AS against_goal
    FROM year_span y
),
with_remainder AS (
    SELECT *,
           CASE WHEN goal IS NOT NULL THEN
               max(0, sum(coalesce(goal, 0)) OVER running - sum(against_goal) OVER running)
           END AS remainder
    FROM per_year
    WINDOW running AS (ORDER BY year ROWS UNBOUNDED PRECEDING)
)
SELECT 'volym', year, 0, started FROM with_remainder
UNION ALL SELECT 'volym', year, 1, active FROM with_remainder
UNION ALL SELECT 'volym', year, 2, exited FROM with_remainder
UNION ALL SELECT 'volym', year, 3, goal FROM with_remainder WHERE goal IS NOT NULL
UNION ALL SELECT 'volym', year, 4, remainder FROM with_remainder WHERE goal IS NOT NULL
UNION ALL SELECT 'volym', '*total*', 0, sum(started) FROM per_year
UNION ALL
SELECT 'volym', '*total*', 1, count(DISTINCT person_id) FROM enrollment_at_cutoff
UNION ALL SELECT 'volym', '*total*', 2, sum(exited) FROM per_year
UNION ALL SELECT 'volym', '*total*', 3, sum(goal) FROM per_year HAVING count(goal) > 0
UNION ALL
SELECT 'volym', '*total*', 4, max(0, sum(goal) - sum(CASE WHEN goal IS NOT NULL THEN against_goal END))
FROM per_year HAVING count(goal) > 0;
