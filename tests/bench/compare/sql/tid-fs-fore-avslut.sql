-- tid-fs-fore-avslut (Tid aktuell för försörjningsstöd före avslut): exits dated in the period
-- (never after the cut-off) by whole months from aktuell_fs_sedan to the exit date (a started
-- month not counted; 0 if the exit is earlier): 0-6 = 0..5, 6-12 = 6..11, 12- = 12 or more,
-- '' = aktuell_fs_sedan not known. Columns: the exit year for each year of the period, then
-- Totalt. FELREG exits are never counted.
WITH params AS (
    SELECT cast(substr(:from, 1, 4) AS INTEGER) AS first_year,
           cast(substr(min(:to, :cutoff), 1, 4) AS INTEGER) AS last_year
),
exits AS (
    SELECT x.exit_date, nullif(e.ssa_since, '') AS ssa_since
    FROM enrollment_exit x
    JOIN enrollment e ON e.id = x.enrollment_id
    -- (an exit is never before its start, so its enrollment started by the cut-off too)
    WHERE x.exit_date BETWEEN :from AND min(:to, :cutoff)
      AND x.reason NOT IN (SELECT code FROM code
                           WHERE list_id = 'AVSLUTSORSAK' AND code_group = 'EXCLUDED')
),
months_on_ssa AS (
    SELECT cast(substr(exit_date, 1, 4) AS INTEGER) AS exit_year,
           CASE
               WHEN ssa_since IS NULL THEN NULL
               WHEN exit_date < ssa_since THEN 0
               ELSE (substr(exit_date, 1, 4) - substr(ssa_since, 1, 4)) * 12
                    + (substr(exit_date, 6, 2) - substr(ssa_since, 6, 2))
                    - (substr(exit_date, 9, 2) < substr(ssa_since, 9, 2))
           END AS months
    FROM exits
),
banded AS (
    SELECT exit_year,
           CASE WHEN months IS NULL THEN ''
                WHEN months < 6 THEN '0-6'
                WHEN months < 12 THEN '6-12'
                ELSE '12-' END AS band
    FROM months_on_ssa
),
cells AS (
    SELECT band, exit_year, count(*) AS n FROM banded GROUP BY band, exit_year
)
SELECT 'tid-fs-fore-avslut', band, exit_year - first_year, n FROM cells, params
UNION ALL
SELECT 'tid-fs-fore-avslut', band, last_year - first_year + 1, sum(n) FROM cells, params
GROUP BY band
UNION ALL
SELECT 'tid-fs-fore-avslut', '*total*', exit_year - first_year, sum(n) FROM cells, params
GROUP BY exit_year
UNION ALL
SELECT 'tid-fs-fore-avslut', '*total*', (SELECT last_year - first_year + 1 FROM params),
       coalesce(sum(n), 0)
FROM cells;
