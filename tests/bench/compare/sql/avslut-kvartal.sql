-- avslut-kvartal (Avslutade ärenden per kvartal): exits dated in the period (never after the
-- cut-off) by quarter of the exit date (rows K1..K4) and year of the exit date (one column per
-- year of the period, then Totalt). FELREG exits are never counted.
WITH params AS (
    SELECT cast(substr(:from, 1, 4) AS INTEGER) AS first_year,
           cast(substr(min(:to, :cutoff), 1, 4) AS INTEGER) AS last_year
),
exits AS (
    SELECT cast(substr(x.exit_date, 1, 4) AS INTEGER) AS exit_year,
           'K' || ((cast(substr(x.exit_date, 6, 2) AS INTEGER) + 2) / 3) AS quarter
    FROM enrollment_exit x
    -- (an exit is never before its start, so its enrollment started by the cut-off too)
    WHERE x.exit_date BETWEEN :from AND min(:to, :cutoff)
      AND x.reason NOT IN (SELECT code FROM code
                           WHERE list_id = 'AVSLUTSORSAK' AND code_group = 'EXCLUDED')
),
cells AS (
    SELECT quarter, exit_year, count(*) AS n FROM exits GROUP BY quarter, exit_year
)
-- quarter x year
SELECT 'avslut-kvartal', quarter, exit_year - first_year, n FROM cells, params
UNION ALL
-- quarter, all years (the Totalt column)
SELECT 'avslut-kvartal', quarter, last_year - first_year + 1, sum(n) FROM cells, params
GROUP BY quarter
UNION ALL
-- total row per year
SELECT 'avslut-kvartal', '*total*', exit_year - first_year, sum(n) FROM cells, params
GROUP BY exit_year
UNION ALL
SELECT 'avslut-kvartal', '*total*', (SELECT last_year - first_year + 1 FROM params),
       coalesce(sum(n), 0)
FROM cells;
