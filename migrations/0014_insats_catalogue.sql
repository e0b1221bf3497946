-- The insats catalogue (issue 8; seed 004 §2.11 and §4; docs/decisions.md, "Insats catalogue
-- (issue 8)"): every insats available in the area, run by anyone, with the kommuner it serves
-- and its conditions. Not the förbund's own programmes (table programme).

CREATE TABLE insats_catalogue (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE,
    principal          TEXT,             -- huvudman: AKTOR, NULL when not known
    unit               TEXT,             -- the kommun unit or department
    form               TEXT NOT NULL CHECK (form IN ('ordinarie', 'projekt', 'implementerat')),
    level              TEXT NOT NULL CHECK (level IN ('sysselsattning', 'forberedande',
                                                      'arbetslivsinriktad', 'medicinsk',
                                                      'social')),
    method             TEXT,
    min_age            INTEGER,
    max_age            INTEGER,
    residence_required INTEGER NOT NULL DEFAULT 0, -- 1: kommuntillhörighet required
    open_to_ae         TEXT NOT NULL CHECK (open_to_ae IN ('ja', 'nej', 'okant')),
    ae_justification   TEXT,             -- required when open_to_ae = 'nej'
    status             TEXT NOT NULL CHECK (status IN ('pagaende', 'avslutad')),
    last_verified      TEXT,             -- ISO date
    note               TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

-- The kommuner an entry serves: at least one.
CREATE TABLE insats_catalogue_municipality (
    catalogue_id      INTEGER NOT NULL REFERENCES insats_catalogue(id),
    municipality_code TEXT NOT NULL REFERENCES municipality(code),
    PRIMARY KEY (catalogue_id, municipality_code)
);
CREATE INDEX insats_catalogue_municipality_code
    ON insats_catalogue_municipality (municipality_code);

-- The income sources (FORSORJNING) of which a participant must have one; none: no requirement.
CREATE TABLE insats_catalogue_income (
    catalogue_id  INTEGER NOT NULL REFERENCES insats_catalogue(id),
    income_source TEXT NOT NULL,
    PRIMARY KEY (catalogue_id, income_source)
);
