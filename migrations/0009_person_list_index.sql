-- The participant list's default order (by name: last name or pseudonym, first name, id) as an
-- index, so that the first page of a large register is an index walk (docs/performance.md).
CREATE INDEX person_list_name ON person ((COALESCE(last_name, pseudonym)), (COALESCE(first_name, '')), id);
