-- sqlite only: PostgreSQL records this step and keeps searching with LIKE (docs/performance.md).
--
-- Search-as-you-type over 300 000 persons: full-text indexes (SQLite FTS5) of what the
-- participant search matches, so that a search is an index lookup instead of a scan of every
-- person. Kept up to date by triggers on person; rowid = person.id.
-- person_search: trigrams, for a text of three characters or more anywhere in the fields;
-- names: "first last" and "last first" on two lines; keys: participant key and pseudonym.
-- person_prefix: words (names, keys, personnummer) with a prefix index of one and two
-- characters, for a text of one or two characters at the start of a word (such a text would
-- match a third of the register anywhere); å, ä and ö are letters of their own, not a, a, o.
CREATE VIRTUAL TABLE person_search USING fts5(names, keys, pin, tokenize = 'trigram');
CREATE VIRTUAL TABLE person_prefix
    USING fts5(names, keys, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2');

INSERT INTO person_prefix (rowid, names, keys)
SELECT id, COALESCE(first_name, '') || ' ' || COALESCE(last_name, ''),
       COALESCE(external_id, '') || ' ' || COALESCE(pseudonym, '') || ' ' || COALESCE(pin, '')
FROM person;

INSERT INTO person_search (rowid, names, keys, pin)
SELECT id,
       COALESCE(first_name, '') || ' ' || COALESCE(last_name, '') || char(10) ||
           COALESCE(last_name, '') || ' ' || COALESCE(first_name, ''),
       COALESCE(external_id, '') || char(10) || COALESCE(pseudonym, ''),
       COALESCE(pin, '')
FROM person;

CREATE TRIGGER person_search_insert AFTER INSERT ON person
BEGIN
    INSERT INTO person_search (rowid, names, keys, pin)
    VALUES (new.id,
            COALESCE(new.first_name, '') || ' ' || COALESCE(new.last_name, '') || char(10) ||
                COALESCE(new.last_name, '') || ' ' || COALESCE(new.first_name, ''),
            COALESCE(new.external_id, '') || char(10) || COALESCE(new.pseudonym, ''),
            COALESCE(new.pin, ''));
    INSERT INTO person_prefix (rowid, names, keys)
    VALUES (new.id, COALESCE(new.first_name, '') || ' ' || COALESCE(new.last_name, ''),
            COALESCE(new.external_id, '') || ' ' || COALESCE(new.pseudonym, '') ||
                ' ' || COALESCE(new.pin, ''));
END;

CREATE TRIGGER person_search_update
AFTER UPDATE OF first_name, last_name, external_id, pseudonym, pin ON person
BEGIN
    UPDATE person_search
    SET names = COALESCE(new.first_name, '') || ' ' || COALESCE(new.last_name, '') || char(10) ||
                    COALESCE(new.last_name, '') || ' ' || COALESCE(new.first_name, ''),
        keys = COALESCE(new.external_id, '') || char(10) || COALESCE(new.pseudonym, ''),
        pin = COALESCE(new.pin, '')
    WHERE rowid = new.id;
    UPDATE person_prefix
    SET names = COALESCE(new.first_name, '') || ' ' || COALESCE(new.last_name, ''),
        keys = COALESCE(new.external_id, '') || ' ' || COALESCE(new.pseudonym, '') ||
                ' ' || COALESCE(new.pin, '')
    WHERE rowid = new.id;
END;

CREATE TRIGGER person_search_delete AFTER DELETE ON person
BEGIN
    DELETE FROM person_search WHERE rowid = old.id;
    DELETE FROM person_prefix WHERE rowid = old.id;
END;
