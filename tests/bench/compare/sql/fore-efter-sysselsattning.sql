-- fore-efter-sysselsattning (Sysselsättning före och efter): exits dated in the period (never after
-- the cut-off): occupation (SYSSELSATTNING) at the start vs at the exit, in SUS's four groups
-- FORVARVSARBETE, STUDIER, ARBETSSOKANDE, OVRIGA, else OKAND (none, or a code in no such group).
-- FELREG exits never counted.
-- Main part, columns 0 Före, 1 Efter, 2 Förändring (after − before), 3 Totalt (exits with the
-- group before or after or both). Part fore-efter-sysselsattning-overgangar: before (rows) ×
-- after (columns 0..4 in the order above, then 5 Totalt).
WITH occupation_groups AS (
    SELECT c.code, c.code_group AS occupation_group
    FROM code c
    WHERE c.list_id = 'SYSSELSATTNING'
      AND c.code_group IN ('FORVARVSARBETE', 'STUDIER', 'ARBETSSOKANDE', 'OVRIGA')
),
group_columns(occupation_group, col) AS (
    VALUES ('FORVARVSARBETE', 0), ('STUDIER', 1), ('ARBETSSOKANDE', 2), ('OVRIGA', 3), ('OKAND', 4)
),
exits AS (
    SELECT e.occupation_before, x.occupation_after
    FROM enrollment_exit x
    JOIN enrollment e ON e.id = x.enrollment_id
    -- (an exit is never before its start, so its enrollment started by the cut-off too)
    WHERE x.exit_date BETWEEN :from AND min(:to, :cutoff)
      AND x.reason NOT IN (SELECT code FROM code
                           WHERE list_id = 'AVSLUTSORSAK' AND code_group = 'EXCLUDED')
),
grouped AS (
    SELECT coalesce(gb.occupation_group, 'OKAND') AS before,
           coalesce(ga.occupation_group, 'OKAND') AS after
    FROM exits x
    LEFT JOIN occupation_groups gb ON gb.code = x.occupation_before
    LEFT JOIN occupation_groups ga ON ga.code = x.occupation_after
),
transitions AS (
    SELECT before, after, count(*) AS n FROM grouped GROUP BY before, after
),
before_counts AS (SELECT before AS grp, sum(n) AS n FROM transitions GROUP BY before),
after_counts AS (SELECT after AS grp, sum(n) AS n FROM transitions GROUP BY after),
changed_after AS (
    SELECT after AS grp, sum(n) AS n FROM transitions WHERE after <> before GROUP BY after
),
main_rows AS (
    SELECT g.occupation_group AS grp,
           coalesce(b.n, 0) AS before_n,
           coalesce(a.n, 0) AS after_n,
           coalesce(b.n, 0) + coalesce(c.n, 0) AS either_n
    FROM group_columns g
    LEFT JOIN before_counts b ON b.grp = g.occupation_group
    LEFT JOIN after_counts a ON a.grp = g.occupation_group
    LEFT JOIN changed_after c ON c.grp = g.occupation_group
)
SELECT 'fore-efter-sysselsattning', grp, 0, before_n FROM main_rows
UNION ALL SELECT 'fore-efter-sysselsattning', grp, 1, after_n FROM main_rows
UNION ALL SELECT 'fore-efter-sysselsattning', grp, 2, after_n - before_n FROM main_rows
UNION ALL SELECT 'fore-efter-sysselsattning', grp, 3, either_n FROM main_rows
UNION ALL SELECT 'fore-efter-sysselsattning', '*total*', 0, sum(before_n) FROM main_rows
UNION ALL SELECT 'fore-efter-sysselsattning', '*total*', 1, sum(after_n) FROM main_rows
UNION ALL SELECT 'fore-efter-sysselsattning', '*total*', 2, sum(after_n - before_n) FROM main_rows
UNION ALL SELECT 'fore-efter-sysselsattning', '*total*', 3, sum(either_n) FROM main_rows
UNION ALL
SELECT 'fore-efter-sysselsattning-overgangar', t.before, c.col, t.n
FROM transitions t JOIN group_columns c ON c.occupation_group = t.after
UNION ALL
SELECT 'fore-efter-sysselsattning-overgangar', before, 5, sum(n) FROM transitions GROUP BY before
UNION ALL
SELECT 'fore-efter-sysselsattning-overgangar', '*total*', c.col, sum(t.n)
FROM transitions t JOIN group_columns c ON c.occupation_group = t.after
GROUP BY c.col
UNION ALL
SELECT 'fore-efter-sysselsattning-overgangar', '*total*', 5, coalesce(sum(n), 0) FROM transitions;
