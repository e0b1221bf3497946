-- Child rows read by their parent had no index and were found by scanning the whole table: a
-- plan's goals and activities (the participant card, the export), an enrollment's journal notes.
-- At 300 000 enrollments each such read took a scan of over a million rows
-- (docs/performance.md).
CREATE INDEX plan_goal_plan ON plan_goal (plan_id, position);
CREATE INDEX plan_activity_plan ON plan_activity (plan_id, position);
CREATE INDEX journal_note_enrollment ON journal_note (enrollment_id, note_date);
