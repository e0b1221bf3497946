-- tid-i-insats (Tid i insats): exits dated in the period (never after the cut-off) by whole
-- months from the start to the exit (a started month not counted): 0–3 = 0..2, 3–6 = 3..5,
-- 6–12 = 6..11, 12–24 = 12..23, 24– = 24 or more. No series: column 0 = Totalt.
-- FELREG exits are never counted. (The keys use an en dash, as Följsam's.)
WITH exits AS (
    SELECT x.exit_date, e.start_date
    FROM enrollment_exit x
    JOIN enrollment e ON e.id = x.enrollment_id
    -- (an exit is never before its start, so its enrollment started by the cut-off too)
    WHERE x.exit_date BETWEEN :from AND min(:to, :cutoff)
      AND x.reason NOT IN (SELECT code FROM code
                           WHERE list_id = 'AVSLUTSORSAK' AND code_group = 'EXCLUDED')
),
months_enrolled AS (
    SELECT CASE
               WHEN exit_date < start_date THEN 0
               ELSE (substr(exit_date, 1, 4) - substr(start_date, 1, 4)) * 12
                    + (substr(exit_date, 6, 2) - substr(start_date, 6, 2))
                    - (substr(exit_date, 9, 2) < substr(start_date, 9, 2))
           END AS months
    FROM exits
),
by_band AS (
    SELECT CASE WHEN months < 3 THEN '0–3'
                WHEN months < 6 THEN '3–6'
                WHEN months < 12 THEN '6–12'
                WHEN months < 24 THEN '12–24'
                ELSE '24–' END AS band,
           count(*) AS n
    FROM months_enrolled
    GROUP BY band
)
SELECT 'tid-i-insats', band, 0, n FROM by_band
UNION ALL
SELECT 'tid-i-insats', '*total*', 0, coalesce(sum(n), 0) FROM by_band;
