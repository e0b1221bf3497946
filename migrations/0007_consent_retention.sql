-- Consent scope and retention (spec/privacy.md, "Consent and anonymous participants" and
-- "Retention (gallring)"; docs/decisions.md, "Consent and retention").

-- The scope of an enrollment's consent: the actors (AKTOR) that may exchange information about
-- the participant. Empty with a consent date: consent without a recorded scope.
CREATE TABLE enrollment_consent_actor (
    enrollment_id INTEGER NOT NULL REFERENCES enrollment(id),
    actor         TEXT NOT NULL,
    PRIMARY KEY (enrollment_id, actor)
);

-- When and why a person's identity was removed: 'retention' (gallring) or 'withdrawal' (consent
-- withdrawn). NULL: not anonymised. An anonymised person is never identified again.
ALTER TABLE person ADD COLUMN anonymised_at TEXT;
ALTER TABLE person ADD COLUMN anonymised_reason TEXT;

-- The age at start, kept when the birth date is removed, so that the age bands of the reports
-- stay the same (NULL while the birth date is known).
ALTER TABLE enrollment ADD COLUMN start_age INTEGER;

-- Retention per programme: a person is anonymised this many whole years after the end of the
-- last of their referrals and enrollments, when every programme they took part in has a policy.
CREATE TABLE retention_policy (
    programme_id     INTEGER PRIMARY KEY REFERENCES programme(id),
    years_after_exit INTEGER NOT NULL CHECK (years_after_exit BETWEEN 2 AND 99),
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL
);
