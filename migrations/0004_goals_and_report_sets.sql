-- Programme goals and the saved report sets of the quarterly report.

-- A programme's goals per year (volume now; process and outcome goals, budget and cost later).
-- Append-only: a change is a new row, the latest row of a (programme, year, measure) is the goal
-- in force, and the rows before it are its history. value NULL: the goal was removed.
-- A report sees the goals as they were recorded on its cut-off date.
CREATE TABLE programme_goal (
    id           INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programme(id),
    year         INTEGER NOT NULL,
    measure      TEXT NOT NULL,
    value        REAL,
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL
);
CREATE INDEX programme_goal_key ON programme_goal (programme_id, year, measure, id);

-- The reports of a document (the quarterly report), in order, saved per förbund
-- (association_id NULL: the register's own set, for a register without a förbund).
CREATE TABLE report_set (
    id             INTEGER PRIMARY KEY,
    association_id INTEGER REFERENCES association(id),
    name           TEXT NOT NULL,
    report_ids     TEXT NOT NULL,
    saved_at       TEXT NOT NULL,
    saved_by       TEXT NOT NULL
);
CREATE INDEX report_set_key ON report_set (association_id, name);
