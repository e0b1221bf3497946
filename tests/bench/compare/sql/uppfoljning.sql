-- uppfoljning (Uppföljning 6–12 månader efter avslut): exits dated in the period (never after the
-- cut-off) and at least 6 months before the cut-off, that have an answered (SVARAT) follow-up
-- performed 6 to 12 months after the exit (both ends included, performed by the cut-off), by the
-- status of the latest such follow-up. No series: column 0 = Totalt. FELREG exits never counted.
-- "N months after" is a calendar step clamped to the month's end (2025-08-31 + 6 = 2026-02-28);
-- SQLite's own '+6 months' would roll over into March, hence the CASE.
WITH exits AS (
    SELECT x.enrollment_id,
           CASE WHEN substr(date(x.exit_date, '+6 months'), 9, 2) = substr(x.exit_date, 9, 2)
                THEN date(x.exit_date, '+6 months')
                ELSE date(x.exit_date, '+6 months', 'start of month', '-1 day') END AS six_after,
           CASE WHEN substr(date(x.exit_date, '+12 months'), 9, 2) = substr(x.exit_date, 9, 2)
                THEN date(x.exit_date, '+12 months')
                ELSE date(x.exit_date, '+12 months', 'start of month', '-1 day') END AS twelve_after
    FROM enrollment_exit x
    -- (an exit is never before its start, so its enrollment started by the cut-off too)
    WHERE x.exit_date BETWEEN :from AND min(:to, :cutoff)
      AND x.reason NOT IN (SELECT code FROM code
                           WHERE list_id = 'AVSLUTSORSAK' AND code_group = 'EXCLUDED')
),
followed_up_exits AS (   -- old enough to have been followed up
    SELECT * FROM exits WHERE six_after <= :cutoff
),
answered_in_window AS (
    SELECT f.enrollment_id, coalesce(f.status, '') AS status,
           row_number() OVER (PARTITION BY f.enrollment_id
                              ORDER BY f.performed_date DESC, f.months DESC) AS latest_first
    FROM followed_up_exits x
    JOIN follow_up f ON f.enrollment_id = x.enrollment_id
    WHERE f.response = 'SVARAT'
      AND f.performed_date <= :cutoff
      AND f.performed_date BETWEEN x.six_after AND x.twelve_after
),
by_status AS (
    SELECT status, count(*) AS n FROM answered_in_window WHERE latest_first = 1 GROUP BY status
)
SELECT 'uppfoljning', status, 0, n FROM by_status
UNION ALL
SELECT 'uppfoljning', '*total*', 0, coalesce(sum(n), 0) FROM by_status;
