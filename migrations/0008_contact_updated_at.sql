-- A contact's change stamp (optimistic concurrency, as person, referral and enrollment have it):
-- two users editing the same contact get register.conflict for the second save instead of a lost
-- update. Existing contacts start from their creation time.
ALTER TABLE contact ADD COLUMN updated_at TEXT;
UPDATE contact SET updated_at = created_at;
