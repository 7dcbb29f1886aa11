-- Schema 7: an id is never given out twice. SQLite numbers a new row after the largest id left,
-- so deleting the newest interview (or reminder) freed its id for the next one, and an old
-- notification or link then opened a different interview. This keeps, per table, the largest id
-- ever deleted; new rows are numbered above it and above every id left (interview::store::
-- fresh_id). Deletions before this migration are not known.
--
-- Rebuilding the tables with AUTOINCREMENT would have said the same, but migrations run with
-- foreign keys on: dropping the old `interview` would delete everything that belongs to it.
CREATE TABLE id_high_water (
    table_name TEXT    NOT NULL PRIMARY KEY,
    id         INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Cascades fire these too: an interview's reminders raise the reminders' mark as it goes.
CREATE TRIGGER interview_id_high_water AFTER DELETE ON interview BEGIN
    INSERT INTO id_high_water (table_name, id) VALUES ('interview', OLD.id)
        ON CONFLICT (table_name) DO UPDATE SET id = max(id, excluded.id);
END;

CREATE TRIGGER reminder_id_high_water AFTER DELETE ON reminder BEGIN
    INSERT INTO id_high_water (table_name, id) VALUES ('reminder', OLD.id)
        ON CONFLICT (table_name) DO UPDATE SET id = max(id, excluded.id);
END;
