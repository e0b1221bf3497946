-- Följsam register schema, version 1: the whole participant journey (spec/domain.md).
-- Dates are ISO 8601 text (YYYY-MM-DD); timestamps are ISO 8601 UTC text; booleans are 0/1.
-- Kept portable between SQLite and PostgreSQL: no AUTOINCREMENT, no triggers, no SQLite-only types.

CREATE TABLE register_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Code lists (kodverk). Codes are deactivated, never deleted or reused.
CREATE TABLE code_list (
    list_id TEXT PRIMARY KEY,
    label   TEXT NOT NULL
);

CREATE TABLE code (
    list_id     TEXT NOT NULL REFERENCES code_list(list_id),
    code        TEXT NOT NULL,
    label       TEXT NOT NULL,
    sort_order  INTEGER NOT NULL,
    code_group  TEXT,
    is_goal     INTEGER NOT NULL DEFAULT 0,
    is_public   INTEGER NOT NULL DEFAULT 0,
    is_enrolled INTEGER NOT NULL DEFAULT 0,
    is_active   INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (list_id, code)
);

CREATE TABLE code_alias (
    list_id TEXT NOT NULL,
    alias   TEXT NOT NULL,
    code    TEXT NOT NULL,
    PRIMARY KEY (list_id, alias),
    FOREIGN KEY (list_id, code) REFERENCES code(list_id, code)
);

CREATE TABLE county (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE municipality (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    county_code TEXT NOT NULL REFERENCES county(code)
);

CREATE TABLE association (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE association_municipality (
    association_id    INTEGER NOT NULL REFERENCES association(id),
    municipality_code TEXT NOT NULL REFERENCES municipality(code),
    PRIMARY KEY (association_id, municipality_code)
);

CREATE TABLE programme (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    association_id INTEGER REFERENCES association(id),
    start_date     TEXT,
    end_date       TEXT,
    target_group   TEXT,
    min_age        INTEGER,
    max_age        INTEGER,
    created_at     TEXT NOT NULL
);

CREATE TABLE programme_municipality (
    programme_id      INTEGER NOT NULL REFERENCES programme(id),
    municipality_code TEXT NOT NULL REFERENCES municipality(code),
    PRIMARY KEY (programme_id, municipality_code)
);

-- Users of the program (coaches and others); accounts and roles come with their own migration.
CREATE TABLE app_user (
    id           INTEGER PRIMARY KEY,
    username     TEXT NOT NULL UNIQUE,
    display_name TEXT,
    is_active    INTEGER NOT NULL DEFAULT 1
);

-- A participant. identity_kind: PNR (personnummer), SAMORD (samordningsnummer), ANON (anonymous).
CREATE TABLE person (
    id                 INTEGER PRIMARY KEY,
    identity_kind      TEXT NOT NULL CHECK (identity_kind IN ('PNR', 'SAMORD', 'ANON')),
    pin                TEXT UNIQUE,
    external_id        TEXT UNIQUE,
    pseudonym          TEXT NOT NULL UNIQUE,
    first_name         TEXT,
    last_name          TEXT,
    sex                TEXT NOT NULL,
    birth_date         TEXT,
    birth_year         INTEGER NOT NULL,
    protected_identity INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

-- Home kommun is dated: a person can move.
CREATE TABLE person_municipality (
    person_id         INTEGER NOT NULL REFERENCES person(id),
    valid_from        TEXT NOT NULL,
    municipality_code TEXT NOT NULL REFERENCES municipality(code),
    PRIMARY KEY (person_id, valid_from)
);

CREATE TABLE referral (
    id                 INTEGER PRIMARY KEY,
    person_id          INTEGER NOT NULL REFERENCES person(id),
    programme_id       INTEGER NOT NULL REFERENCES programme(id),
    received_date      TEXT NOT NULL,
    referring_actor    TEXT,
    referring_officer  TEXT,
    reason             TEXT,
    decision           TEXT,
    decision_date      TEXT,
    first_meeting_date TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX referral_person ON referral(person_id);
CREATE INDEX referral_received ON referral(received_date);

CREATE TABLE referral_actor (
    referral_id INTEGER NOT NULL REFERENCES referral(id),
    actor       TEXT NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (referral_id, actor)
);

-- One period of a person in a programme, with the baseline (FÖRE) recorded at start.
CREATE TABLE enrollment (
    id                     INTEGER PRIMARY KEY,
    person_id              INTEGER NOT NULL REFERENCES person(id),
    programme_id           INTEGER NOT NULL REFERENCES programme(id),
    referral_id            INTEGER UNIQUE REFERENCES referral(id),
    previous_enrollment_id INTEGER REFERENCES enrollment(id),
    start_date             TEXT NOT NULL,
    coach_id               INTEGER REFERENCES app_user(id),
    prior_support          TEXT,
    ssa_since              TEXT,
    occupation_before      TEXT,
    education              TEXT,
    consent_date           TEXT,
    consent_withdrawn_date TEXT,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX enrollment_person ON enrollment(person_id);
CREATE INDEX enrollment_programme_start ON enrollment(programme_id, start_date);

-- Prior support (stöd före) per actor.
CREATE TABLE enrollment_prior_support (
    enrollment_id INTEGER NOT NULL REFERENCES enrollment(id),
    actor         TEXT NOT NULL,
    duration      TEXT NOT NULL,
    PRIMARY KEY (enrollment_id, actor)
);

-- Income sources before (at start) and after (at exit); position 0 is the main source.
CREATE TABLE enrollment_income (
    enrollment_id INTEGER NOT NULL REFERENCES enrollment(id),
    phase         TEXT NOT NULL CHECK (phase IN ('BEFORE', 'AFTER')),
    position      INTEGER NOT NULL,
    income_source TEXT NOT NULL,
    PRIMARY KEY (enrollment_id, phase, position)
);

CREATE TABLE action_plan (
    id            INTEGER PRIMARY KEY,
    enrollment_id INTEGER NOT NULL REFERENCES enrollment(id),
    version       INTEGER NOT NULL,
    created_date  TEXT NOT NULL,
    note          TEXT,
    created_at    TEXT NOT NULL,
    UNIQUE (enrollment_id, version)
);

CREATE TABLE plan_goal (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES action_plan(id),
    position    INTEGER NOT NULL,
    description TEXT NOT NULL,
    target_date TEXT,
    status      TEXT NOT NULL
);

CREATE TABLE plan_activity (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES action_plan(id),
    position       INTEGER NOT NULL,
    activity_type  TEXT NOT NULL,
    provider       TEXT,
    start_date     TEXT,
    end_date       TEXT,
    extent_percent INTEGER
);

CREATE TABLE contact (
    id                INTEGER PRIMARY KEY,
    enrollment_id     INTEGER NOT NULL REFERENCES enrollment(id),
    contact_date      TEXT NOT NULL,
    contact_type      TEXT NOT NULL,
    note              TEXT,
    next_planned_date TEXT,
    created_at        TEXT NOT NULL
);
CREATE INDEX contact_enrollment ON contact(enrollment_id, contact_date);

CREATE TABLE contact_actor (
    contact_id INTEGER NOT NULL REFERENCES contact(id),
    actor      TEXT NOT NULL,
    PRIMARY KEY (contact_id, actor)
);

CREATE TABLE journal_note (
    id            INTEGER PRIMARY KEY,
    enrollment_id INTEGER NOT NULL REFERENCES enrollment(id),
    note_date     TEXT NOT NULL,
    author_id     INTEGER REFERENCES app_user(id),
    body          TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

-- The end of an enrollment (avslut) with the situation after (EFTER).
CREATE TABLE enrollment_exit (
    enrollment_id   INTEGER PRIMARY KEY REFERENCES enrollment(id),
    exit_date       TEXT NOT NULL,
    reason          TEXT NOT NULL,
    next_step       TEXT,
    next_step_actor TEXT,
    occupation_after TEXT,
    extent_percent  INTEGER,
    subsidy_percent INTEGER,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX exit_date ON enrollment_exit(exit_date);

-- Follow-ups 6 and 12 months after the exit. months is 6 or 12.
CREATE TABLE follow_up (
    id             INTEGER PRIMARY KEY,
    enrollment_id  INTEGER NOT NULL REFERENCES enrollment(id),
    months         INTEGER NOT NULL CHECK (months IN (6, 12)),
    performed_date TEXT NOT NULL,
    mode           TEXT,
    response       TEXT NOT NULL,
    status         TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (enrollment_id, months)
);

CREATE TABLE follow_up_income (
    follow_up_id  INTEGER NOT NULL REFERENCES follow_up(id),
    position      INTEGER NOT NULL,
    income_source TEXT NOT NULL,
    PRIMARY KEY (follow_up_id, position)
);
