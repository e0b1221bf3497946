-- Surveys (enkäter, spec/domain.md "Survey"): instruments of questions, answered by participants
-- at the exit or at the 6- and 12-month follow-up (docs/decisions.md, "Surveys (issue 8)").
--
-- Versioned and append-only: saving a changed instrument adds a new survey_instrument_version
-- with its own questions and categories; a version's rows are never changed or deleted, so a
-- response always reads with the exact questions and categories it answered.

-- An instrument's identity across its versions.
CREATE TABLE survey_instrument (
    id             INTEGER PRIMARY KEY,
    instrument_key TEXT NOT NULL UNIQUE,      -- stable: [a-z0-9_], e.g. c2_avslut
    is_template    INTEGER NOT NULL DEFAULT 0 -- 1: shipped with Följsam (seed 002)
);

CREATE TABLE survey_instrument_version (
    id            INTEGER PRIMARY KEY,
    instrument_id INTEGER NOT NULL REFERENCES survey_instrument(id),
    version       INTEGER NOT NULL,
    name          TEXT NOT NULL,
    occasion      TEXT NOT NULL CHECK (occasion IN ('exit', 'follow_up')),
    source        TEXT,          -- where a template's wording comes from
    saved_at      TEXT NOT NULL, -- UTC, ISO 8601 with milliseconds
    saved_by      TEXT NOT NULL,
    UNIQUE (instrument_id, version)
);

CREATE TABLE survey_question (
    id                    INTEGER PRIMARY KEY,
    instrument_version_id INTEGER NOT NULL REFERENCES survey_instrument_version(id),
    position              INTEGER NOT NULL, -- 0, 1, 2, ... in the questionnaire's order
    question_key          TEXT NOT NULL,    -- the same question across versions (E1, F4, ...)
    kind                  TEXT NOT NULL CHECK (kind IN ('scale', 'single', 'multiple', 'text')),
    question_text         TEXT NOT NULL,
    scale_points          INTEGER,          -- scale: 2..10
    low_label             TEXT,             -- scale: the label of 1
    high_label            TEXT,             -- scale: the label of scale_points
    UNIQUE (instrument_version_id, position),
    UNIQUE (instrument_version_id, question_key)
);

-- The answer categories of a single or multiple choice question, in order.
CREATE TABLE survey_category (
    question_id INTEGER NOT NULL REFERENCES survey_question(id),
    position    INTEGER NOT NULL, -- 0, 1, 2, ...
    label       TEXT NOT NULL,
    PRIMARY KEY (question_id, position)
);

-- One participant's questionnaire: one per enrollment, instrument (any version) and occasion.
CREATE TABLE survey_response (
    id                    INTEGER PRIMARY KEY,
    enrollment_id         INTEGER NOT NULL REFERENCES enrollment(id),
    instrument_id         INTEGER NOT NULL REFERENCES survey_instrument(id),
    instrument_version_id INTEGER NOT NULL REFERENCES survey_instrument_version(id),
    follow_up_months      INTEGER NOT NULL CHECK (follow_up_months IN (0, 6, 12)), -- 0: exit
    response_date         TEXT NOT NULL,
    from_paper            INTEGER NOT NULL DEFAULT 0,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    UNIQUE (enrollment_id, instrument_id, follow_up_months)
);
CREATE INDEX survey_response_version ON survey_response (instrument_version_id);

-- An answered question (a question left unanswered has no row): scale_value for a scale,
-- text_value for free text, the chosen categories in survey_answer_choice for a choice.
CREATE TABLE survey_answer (
    response_id INTEGER NOT NULL REFERENCES survey_response(id),
    question_id INTEGER NOT NULL REFERENCES survey_question(id),
    scale_value INTEGER,
    text_value  TEXT,
    PRIMARY KEY (response_id, question_id)
);
CREATE INDEX survey_answer_question ON survey_answer (question_id);

CREATE TABLE survey_answer_choice (
    response_id       INTEGER NOT NULL,
    question_id       INTEGER NOT NULL,
    category_position INTEGER NOT NULL,
    PRIMARY KEY (response_id, question_id, category_position),
    FOREIGN KEY (response_id, question_id) REFERENCES survey_answer(response_id, question_id),
    FOREIGN KEY (question_id, category_position) REFERENCES survey_category(question_id, position)
);

-- ---------------------------------------------------------------------------------------------
-- Templates: the two questionnaires of seed 002 ("Utvärdering av C2 Projektet", Lycksele,
-- Berith Westman, januari 2010), Tabell 6–10, with the wording as printed. Ids are left to the
-- database (the same statements run on PostgreSQL), rows are found by key.
--
-- What the seed does not give, and what was decided instead:
-- * The number of scale points of E1–E4 and F1–F3: only the two end labels survive the
--   transcript. 5 points is assumed (editable: a change makes a new version).
-- * Whether F4 allowed several answers: not stated. Multiple choice here (one may have lived on
--   more than one source in half a year; the report counts persons).
-- * F5 and F6: single choice. The categories are the chart's axis labels as printed; the report
--   ("34 personer av 55", "9 st vet ej") counts persons once each. They may have been free-text
--   answers coded afterwards.
-- * F4's first category is printed "Arbetat/ Aktivitetsstöd" and F5's first two
--   "Arbeta/Studera /aktivitetsstöd/ söka arbete": where one chart label ends and the next begins
--   is lost. Read here as "Arbetat" + "Aktivitetsstöd" and "Arbeta/Studera" +
--   "Aktivitetsstöd/söka arbete" (seed notes, §2.6); "Sjuk ersättning" (a line break) is
--   "Sjukersättning", "Studiestöd/ studiebidrag" is "Studiestöd/studiebidrag" and
--   "Nytt projekt/ Försörjningsstöd" is "Nytt projekt/Försörjningsstöd".
-- * F4–F6 follow Tabell 7 and are placed in the follow-up questionnaire ("det senaste
--   halvåret" fits 6–12 months after the exit), though their N (58/55/52) could also mean they
--   were asked at the exit.
-- * E5–E7 are the headings of the participants' comments printed after Tabell 6 (the exit
--   questionnaire). The follow-up questionnaire's free-text questions, if it had any, are not in
--   the seed, nor are the questionnaires' instructions or introductions.
-- * The follow-up title is printed "... efter att individen avlutat projektet"; the name here
--   corrects the typing error to "avslutat".
-- ---------------------------------------------------------------------------------------------

INSERT INTO survey_instrument (instrument_key, is_template) VALUES ('c2_avslut', 1);
INSERT INTO survey_instrument (instrument_key, is_template) VALUES ('c2_uppfoljning', 1);

INSERT INTO survey_instrument_version (instrument_id, version, name, occasion, source, saved_at,
                                       saved_by)
SELECT id, 1, 'Utvärdering efter att individerna har slutat i projektet', 'exit',
       'Utvärdering av C2 Projektet (Lycksele, januari 2010), Tabell 6',
       '2026-12-06T00:00:00.000Z', 'system'
FROM survey_instrument WHERE instrument_key = 'c2_avslut';

INSERT INTO survey_instrument_version (instrument_id, version, name, occasion, source, saved_at,
                                       saved_by)
SELECT id, 1, 'Utvärdering 6-12 månader efter att individen avslutat projektet', 'follow_up',
       'Utvärdering av C2 Projektet (Lycksele, januari 2010), Tabell 7–10',
       '2026-12-06T00:00:00.000Z', 'system'
FROM survey_instrument WHERE instrument_key = 'c2_uppfoljning';

-- Tabell 6: at the exit.
INSERT INTO survey_question (instrument_version_id, position, question_key, kind, question_text,
                             scale_points, low_label, high_label)
SELECT v.id, q.column1, q.column2, q.column3, q.column4, q.column5, q.column6, q.column7
FROM survey_instrument_version v
JOIN survey_instrument i ON i.id = v.instrument_id,
(VALUES
    (0, 'E1', 'scale', 'Bättre livskvalitet', 5, 'Ingen förändring', 'Mycket förhöjd'),
    (1, 'E2', 'scale', 'Delaktighet i process och val av aktiviteter', 5, 'Låg', 'Mycket hög'),
    (2, 'E3', 'scale', 'Får stöd som behövs vid individuella träffar/uppgifter', 5, 'Dåligt',
     'Mycket bra'),
    (3, 'E4', 'scale',
     'Projektet bidragit till en bättre planering för framtiden mot arbete/Studier', 5, 'Dåligt',
     'Mycket bra'),
    (4, 'E5', 'text', 'Vad har varit bäst i projektet?', NULL, NULL, NULL),
    (5, 'E6', 'text', 'Vad har varit sämst/svårt i projektet?', NULL, NULL, NULL),
    (6, 'E7', 'text', 'Övriga synpunkter', NULL, NULL, NULL)
) AS q
WHERE i.instrument_key = 'c2_avslut' AND v.version = 1;

-- Tabell 7–10: 6–12 months after the exit.
INSERT INTO survey_question (instrument_version_id, position, question_key, kind, question_text,
                             scale_points, low_label, high_label)
SELECT v.id, q.column1, q.column2, q.column3, q.column4, q.column5, q.column6, q.column7
FROM survey_instrument_version v
JOIN survey_instrument i ON i.id = v.instrument_id,
(VALUES
    (0, 'F1', 'scale',
     'Hur vill du betygsätta de insatser som ingått i projekt C2 så här i efterhand', 5, 'Dålig',
     'Mycket bra'),
    (1, 'F2', 'scale', 'Hur vill du betygsätta din egen insats under tiden i projektet', 5,
     'Dålig', 'Mycket bra'),
    (2, 'F3', 'scale',
     'Har din medverkan i projekt C2 medfört att din livssituation har förbättrats', 5,
     'Ingen förbättring', 'Förbättrats mycket'),
    (3, 'F4', 'multiple', 'Hur har du försörjt dig det senaste halvåret?', NULL, NULL, NULL),
    (4, 'F5', 'single', 'Vad kommer du att göra det närmsta året', NULL, NULL, NULL),
    (5, 'F6', 'single', 'Hur tror du din situation är om två år', NULL, NULL, NULL)
) AS q
WHERE i.instrument_key = 'c2_uppfoljning' AND v.version = 1;

-- Tabell 8.
INSERT INTO survey_category (question_id, position, label)
SELECT sq.id, c.column1, c.column2
FROM survey_question sq
JOIN survey_instrument_version v ON v.id = sq.instrument_version_id
JOIN survey_instrument i ON i.id = v.instrument_id,
(VALUES
    (0, 'Arbetat'),
    (1, 'Aktivitetsstöd'),
    (2, 'Ingen inkomst'),
    (3, 'Studiestöd/studiebidrag'),
    (4, 'Lönebidrag'),
    (5, 'Sjukersättning'),
    (6, 'Försörjningsstöd')
) AS c
WHERE i.instrument_key = 'c2_uppfoljning' AND v.version = 1 AND sq.question_key = 'F4';

-- Tabell 9.
INSERT INTO survey_category (question_id, position, label)
SELECT sq.id, c.column1, c.column2
FROM survey_question sq
JOIN survey_instrument_version v ON v.id = sq.instrument_version_id
JOIN survey_instrument i ON i.id = v.instrument_id,
(VALUES
    (0, 'Arbeta/Studera'),
    (1, 'Aktivitetsstöd/söka arbete'),
    (2, 'Vet inte'),
    (3, 'Föräldraledig'),
    (4, 'Studera'),
    (5, 'Lönebidrag'),
    (6, 'Rehabiliteras'),
    (7, 'Sjukersättning'),
    (8, 'Nytt projekt/Försörjningsstöd')
) AS c
WHERE i.instrument_key = 'c2_uppfoljning' AND v.version = 1 AND sq.question_key = 'F5';

-- Tabell 10.
INSERT INTO survey_category (question_id, position, label)
SELECT sq.id, c.column1, c.column2
FROM survey_question sq
JOIN survey_instrument_version v ON v.id = sq.instrument_version_id
JOIN survey_instrument i ON i.id = v.instrument_id,
(VALUES
    (0, 'Arbete/studier/egen företagare'),
    (1, 'Studerar'),
    (2, 'Bättre'),
    (3, 'Vet inte'),
    (4, 'Uppnått flera delmål bl a ekonomi'),
    (5, 'Hanka mig fram')
) AS c
WHERE i.instrument_key = 'c2_uppfoljning' AND v.version = 1 AND sq.question_key = 'F6';
