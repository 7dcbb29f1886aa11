-- Schema 12: a question's tags go into the search index as words. The question table keeps its
-- tags as a JSON list (`["lønn","motivasjon"]`), and migration 6 indexed that text as it was,
-- so a hit on a tag showed the list's brackets and quotes in its snippet. The index now holds
-- the tags joined by commas ("lønn, motivasjon"); a value that is not a JSON list (none is
-- written so, but an old file may hold one) is indexed as it is rather than failing the save.
DROP TRIGGER search_question_insert;
DROP TRIGGER search_question_update;

CREATE TRIGGER search_question_insert AFTER INSERT ON question BEGIN
    INSERT INTO search_text (rowid, body) VALUES (new.id * 8 + 6,
        concat_ws(char(10), new.text, new.answer,
            CASE WHEN json_valid(new.tags) THEN
                CASE WHEN json_type(new.tags) = 'array' THEN
                    (SELECT group_concat(value, ', ') FROM json_each(new.tags))
                ELSE new.tags END
            ELSE new.tags END));
END;
CREATE TRIGGER search_question_update AFTER UPDATE OF text, answer, tags ON question BEGIN
    UPDATE search_text SET body = concat_ws(char(10), new.text, new.answer,
            CASE WHEN json_valid(new.tags) THEN
                CASE WHEN json_type(new.tags) = 'array' THEN
                    (SELECT group_concat(value, ', ') FROM json_each(new.tags))
                ELSE new.tags END
            ELSE new.tags END)
    WHERE rowid = new.id * 8 + 6;
END;

-- The questions already indexed, written again the new way.
UPDATE search_text SET body = (
    SELECT concat_ws(char(10), q.text, q.answer,
        CASE WHEN json_valid(q.tags) THEN
            CASE WHEN json_type(q.tags) = 'array' THEN
                (SELECT group_concat(value, ', ') FROM json_each(q.tags))
            ELSE q.tags END
        ELSE q.tags END)
    FROM question q WHERE q.id * 8 + 6 = search_text.rowid)
WHERE rowid % 8 = 6 AND rowid / 8 IN (SELECT id FROM question);
