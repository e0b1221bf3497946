-- kon-alder: enrollments started in the period (never after the cut-off) by age band at start
-- (default bands 16-24, 25-29, 30-39, 40-49, 50-66; other ages: '') x sex (columns in KON order,
-- then the total). Age: the kept start_age, else from the birth date, else start year - birth year.
WITH excluded_reason AS (
    SELECT code FROM code WHERE list_id = 'AVSLUTSORSAK' AND code_group = 'EXCLUDED'
),
sex_column AS (
    SELECT code AS sex, row_number() OVER (ORDER BY sort_order) - 1 AS col
    FROM code WHERE list_id = 'KON'
),
enrollment_started AS (
    SELECT p.sex,
           coalesce(e.start_age,
                    CASE WHEN p.birth_date IS NOT NULL
                         THEN substr(e.start_date, 1, 4) - substr(p.birth_date, 1, 4)
                              - (substr(e.start_date, 6) < substr(p.birth_date, 6))  -- birthday not yet
                         WHEN p.birth_year > 0 THEN substr(e.start_date, 1, 4) - p.birth_year
                    END) AS age
    FROM enrollment e
    JOIN person p ON p.id = e.person_id
    WHERE e.programme_id IN (SELECT id FROM programme)  -- lets the (programme_id, start_date) index serve
      AND e.start_date BETWEEN :from AND min(:to, :cutoff)
      AND NOT EXISTS (SELECT 1 FROM enrollment_exit x
                      WHERE x.enrollment_id = e.id AND x.reason IN excluded_reason)
),
cell AS MATERIALIZED (
    SELECT CASE WHEN s.age BETWEEN 16 AND 24 THEN '16–24'
                WHEN s.age BETWEEN 25 AND 29 THEN '25–29'
                WHEN s.age BETWEEN 30 AND 39 THEN '30–39'
                WHEN s.age BETWEEN 40 AND 49 THEN '40–49'
                WHEN s.age BETWEEN 50 AND 66 THEN '50–66'
                ELSE '' END AS band,  -- the default age bands; other ages (or none known): ''
           c.col, count(*) AS n
    FROM enrollment_started s
    LEFT JOIN sex_column c ON c.sex = s.sex
    GROUP BY 1, 2
),
total_col AS (SELECT count(*) AS col FROM sex_column)
SELECT 'kon-alder', band, col, sum(n) FROM cell WHERE col IS NOT NULL GROUP BY band, col
UNION ALL
SELECT 'kon-alder', band, (SELECT col FROM total_col), sum(n) FROM cell GROUP BY band
UNION ALL
SELECT 'kon-alder', '*total*', col, sum(n) FROM cell WHERE col IS NOT NULL GROUP BY col
UNION ALL
SELECT 'kon-alder', '*total*', (SELECT col FROM total_col), sum(n) FROM cell;
