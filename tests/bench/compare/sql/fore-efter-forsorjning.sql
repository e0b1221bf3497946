-- fore-efter-forsorjning (Försörjning före och efter): exits dated in the period (never after the
-- cut-off): the main income source (FORSORJNING, position 0 = first) at the start vs at the exit;
-- none recorded = the list's "uppgift saknas" code (group OKAND). FELREG exits never counted.
-- Main part, columns 0 Före (exits with the source before), 1 Efter (after), 2 Förändring
-- (after − before), 3 Totalt (exits with the source before or after or both).
-- Part fore-efter-forsorjning-overgangar: before (rows) × after (columns in code-list order,
-- then Totalt).
WITH missing AS (
    SELECT coalesce((SELECT code FROM code WHERE list_id = 'FORSORJNING' AND code_group = 'OKAND'
                     ORDER BY sort_order LIMIT 1), '') AS code
),
income_codes AS (   -- the matrix's columns
    SELECT code, row_number() OVER (ORDER BY sort_order) - 1 AS col
    FROM code WHERE list_id = 'FORSORJNING'
    UNION ALL
    SELECT '', (SELECT count(*) FROM code WHERE list_id = 'FORSORJNING')
    FROM missing WHERE code = ''
),
exits AS (
    SELECT x.enrollment_id
    FROM enrollment_exit x
    -- (an exit is never before its start, so its enrollment started by the cut-off too)
    WHERE x.exit_date BETWEEN :from AND min(:to, :cutoff)
      AND x.reason NOT IN (SELECT code FROM code
                           WHERE list_id = 'AVSLUTSORSAK' AND code_group = 'EXCLUDED')
),
main_sources AS (
    SELECT coalesce((SELECT i.income_source FROM enrollment_income i
                     WHERE i.enrollment_id = x.enrollment_id AND i.phase = 'BEFORE'
                     ORDER BY i.position LIMIT 1), missing.code) AS before,
           coalesce((SELECT i.income_source FROM enrollment_income i
                     WHERE i.enrollment_id = x.enrollment_id AND i.phase = 'AFTER'
                     ORDER BY i.position LIMIT 1), missing.code) AS after
    FROM exits x, missing
),
transitions AS (
    SELECT before, after, count(*) AS n FROM main_sources GROUP BY before, after
),
before_counts AS (SELECT before AS source, sum(n) AS n FROM transitions GROUP BY before),
after_counts AS (SELECT after AS source, sum(n) AS n FROM transitions GROUP BY after),
changed_after AS (
    SELECT after AS source, sum(n) AS n FROM transitions WHERE after <> before GROUP BY after
),
sources AS (SELECT source FROM before_counts UNION SELECT source FROM after_counts),
main_rows AS (
    SELECT s.source,
           coalesce(b.n, 0) AS before_n,
           coalesce(a.n, 0) AS after_n,
           coalesce(b.n, 0) + coalesce(c.n, 0) AS either_n
    FROM sources s
    LEFT JOIN before_counts b ON b.source = s.source
    LEFT JOIN after_counts a ON a.source = s.source
    LEFT JOIN changed_after c ON c.source = s.source
)
SELECT 'fore-efter-forsorjning', source, 0, before_n FROM main_rows
UNION ALL SELECT 'fore-efter-forsorjning', source, 1, after_n FROM main_rows
UNION ALL SELECT 'fore-efter-forsorjning', source, 2, after_n - before_n FROM main_rows
UNION ALL SELECT 'fore-efter-forsorjning', source, 3, either_n FROM main_rows
UNION ALL SELECT 'fore-efter-forsorjning', '*total*', 0, coalesce(sum(before_n), 0) FROM main_rows
UNION ALL SELECT 'fore-efter-forsorjning', '*total*', 1, coalesce(sum(after_n), 0) FROM main_rows
UNION ALL SELECT 'fore-efter-forsorjning', '*total*', 2,
                 coalesce(sum(after_n - before_n), 0) FROM main_rows
UNION ALL SELECT 'fore-efter-forsorjning', '*total*', 3, coalesce(sum(either_n), 0) FROM main_rows
-- the transition matrix; an after value outside the code list only reaches the Totalt column
UNION ALL
SELECT 'fore-efter-forsorjning-overgangar', t.before, c.col, sum(t.n)
FROM transitions t JOIN income_codes c ON c.code = t.after
GROUP BY t.before, c.col
UNION ALL
SELECT 'fore-efter-forsorjning-overgangar', before, (SELECT count(*) FROM income_codes), sum(n)
FROM transitions GROUP BY before
UNION ALL
SELECT 'fore-efter-forsorjning-overgangar', '*total*', c.col, sum(t.n)
FROM transitions t JOIN income_codes c ON c.code = t.after
GROUP BY c.col
UNION ALL
SELECT 'fore-efter-forsorjning-overgangar', '*total*', (SELECT count(*) FROM income_codes),
       coalesce(sum(n), 0)
FROM transitions;
