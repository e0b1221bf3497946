-- Aggregate statistics (spec/domain.md "AggregateStatistic"): counts the förbund cannot hold per
-- person, imported from a published source (e.g. Försäkringskassan's number of people with
-- aktivitetsersättning per kommun each December). Reports show them beside, never mixed into,
-- participant counts, always with their source line (docs/decisions.md, "Aggregate statistics
-- (issue 8)").

-- One import run: who imported which file when, and what it did.
CREATE TABLE statistic_import (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,    -- the file's name (not its folder)
    imported_at   TEXT NOT NULL,    -- UTC, ISO 8601 with milliseconds
    imported_by   TEXT NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_new      INTEGER NOT NULL,
    rows_replaced INTEGER NOT NULL
);

-- One published value. The key is source, as-of date, measure, category and area: importing a
-- value with the same key again replaces it (the import it came from is then the later one).
CREATE TABLE aggregate_statistic (
    id                INTEGER PRIMARY KEY,
    source            TEXT NOT NULL,     -- as imported: "Statistik från Försäkringskassan"
    as_of_date        TEXT NOT NULL,     -- YYYY-MM-DD
    measure           TEXT NOT NULL,
    category          TEXT NOT NULL DEFAULT '', -- '': no category
    area_kind         TEXT NOT NULL CHECK (area_kind IN ('kommun', 'forbund', 'total')),
    -- The area within its kind: the SCB kommun code, the förbund's id as text, '' for the total.
    area_key          TEXT NOT NULL,
    municipality_code TEXT REFERENCES municipality(code), -- kommun only
    association_id    INTEGER REFERENCES association(id), -- förbund only
    value             INTEGER NOT NULL CHECK (value >= 0),
    note              TEXT NOT NULL DEFAULT '',
    import_id         INTEGER NOT NULL REFERENCES statistic_import(id),
    UNIQUE (measure, source, as_of_date, category, area_kind, area_key)
);
CREATE INDEX aggregate_statistic_import ON aggregate_statistic (import_id);
