-- avslutade (Avslutade till): exits dated in the period (never after the cut-off), by exit
-- reason (AVSLUTSORSAK), and by the reason's group in part avslutade-grupperad.
-- FELREG (group EXCLUDED) removes the enrollment from every report. No series: column 0 = Totalt.
WITH exits AS (
    SELECT x.reason
    FROM enrollment_exit x
    -- (an exit is never before its start, so its enrollment started by the cut-off too)
    WHERE x.exit_date BETWEEN :from AND min(:to, :cutoff)
      AND x.reason NOT IN (SELECT code FROM code
                           WHERE list_id = 'AVSLUTSORSAK' AND code_group = 'EXCLUDED')
),
by_reason AS (
    SELECT reason, count(*) AS n FROM exits GROUP BY reason
),
by_group AS (
    SELECT coalesce(c.code_group, '') AS exit_group, sum(r.n) AS n
    FROM by_reason r
    LEFT JOIN code c ON c.list_id = 'AVSLUTSORSAK' AND c.code = r.reason
    GROUP BY 1
)
SELECT 'avslutade', reason, 0, n FROM by_reason
UNION ALL
SELECT 'avslutade', '*total*', 0, coalesce(sum(n), 0) FROM by_reason
UNION ALL
SELECT 'avslutade-grupperad', exit_group, 0, n FROM by_group
UNION ALL
SELECT 'avslutade-grupperad', '*total*', 0, coalesce(sum(n), 0) FROM by_group;
