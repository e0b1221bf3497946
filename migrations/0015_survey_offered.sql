-- Which survey instruments the exit and follow-up dialogs offer (docs/decisions.md, "Surveys in
-- the program (issue 8)"). An instrument a samordnare makes is offered from the start; the
-- shipped templates (seed 002) are not: a förbund copies one and adapts it, or turns it on.
-- A property of the instrument, not of a version: turning it off or on makes no new version.
ALTER TABLE survey_instrument ADD COLUMN offered INTEGER NOT NULL DEFAULT 1;
UPDATE survey_instrument SET offered = 0 WHERE is_template = 1;
