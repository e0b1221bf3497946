-- The audit trail (spec/privacy.md, "Audit log"): who read, wrote, exported or reported what,
-- when. Append-only and tamper-evident: every entry carries the SHA-256 of the previous entry's
-- hash and its own canonical form (core/security/AuditChain.h). The program has no statement
-- that changes or deletes an entry; on PostgreSQL the application role gets only INSERT and
-- SELECT on this table (docs/decisions.md, "Audit trail").
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    seq       INTEGER NOT NULL UNIQUE, -- 1, 2, 3, ... without gaps; two writers cannot both append n
    at        TEXT NOT NULL,           -- UTC, ISO 8601 with milliseconds
    username  TEXT NOT NULL,
    action    TEXT NOT NULL,           -- read, list, create, update, delete, export, report, import, ...
    entity    TEXT NOT NULL,           -- person, referral, enrollment, plan, contact, exit, ...
    entity_id INTEGER,
    person_id INTEGER,                 -- the person concerned (no foreign key: entries outlive it)
    detail    TEXT,                    -- JSON: writes {"old":{...},"new":{...}}; exports, reports
    prev_hash TEXT NOT NULL,           -- hash of entry seq - 1; 64 zeros for seq 1
    hash      TEXT NOT NULL
);
CREATE INDEX audit_log_person ON audit_log (person_id, seq);
