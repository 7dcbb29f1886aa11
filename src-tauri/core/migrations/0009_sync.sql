-- Schema 9: sync. Written by `sync::triggers::migration_sql` from `sync::schema` and frozen here
-- (a test compares the two).
--
-- sync_dirty: rows changed since they last went into the document, by document key. Triggers
-- below add to it in the same transaction as the change; the engine empties it in the same
-- transaction that stores the document update made from it.
-- sync_update, sync_snapshot: the document itself (Loro), as a snapshot and the updates since.
-- sync_device: this device's id and name. sync_peer: paired devices (device_id is NULL until
-- the first bundle from a device that was given the pairing code).
CREATE TABLE sync_dirty (
    table_name TEXT NOT NULL,
    key        TEXT NOT NULL,
    PRIMARY KEY (table_name, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_update (
    id    INTEGER PRIMARY KEY,
    bytes BLOB    NOT NULL
) STRICT;

CREATE TABLE sync_snapshot (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    bytes BLOB    NOT NULL
) STRICT;

CREATE TABLE sync_device (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT    NOT NULL,
    name      TEXT    NOT NULL
) STRICT;

CREATE TABLE sync_peer (
    id            INTEGER PRIMARY KEY,
    device_id     TEXT    UNIQUE,
    name          TEXT    NOT NULL DEFAULT '',
    key           BLOB    NOT NULL UNIQUE,
    paired_at     INTEGER NOT NULL,
    last_exchange INTEGER,
    brought       TEXT    NOT NULL DEFAULT '{}',
    their_version BLOB
) STRICT;

INSERT INTO sync_device (id, device_id, name) VALUES (1, lower(hex(randomblob(16))), '');

ALTER TABLE interview ADD COLUMN uid TEXT;
UPDATE interview SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX interview_by_uid ON interview (uid);
CREATE TRIGGER interview_uid AFTER INSERT ON interview WHEN NEW.uid IS NULL BEGIN
    UPDATE interview SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

ALTER TABLE preparation_item ADD COLUMN uid TEXT;
UPDATE preparation_item SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX preparation_item_by_uid ON preparation_item (uid);
CREATE TRIGGER preparation_item_uid AFTER INSERT ON preparation_item WHEN NEW.uid IS NULL BEGIN
    UPDATE preparation_item SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

ALTER TABLE practice_session ADD COLUMN uid TEXT;
UPDATE practice_session SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX practice_session_by_uid ON practice_session (uid);
CREATE TRIGGER practice_session_uid AFTER INSERT ON practice_session WHEN NEW.uid IS NULL BEGIN
    UPDATE practice_session SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

ALTER TABLE question ADD COLUMN uid TEXT;
UPDATE question SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX question_by_uid ON question (uid);
CREATE TRIGGER question_uid AFTER INSERT ON question WHEN NEW.uid IS NULL BEGIN
    UPDATE question SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

ALTER TABLE practice_attempt ADD COLUMN uid TEXT;
UPDATE practice_attempt SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX practice_attempt_by_uid ON practice_attempt (uid);
CREATE TRIGGER practice_attempt_uid AFTER INSERT ON practice_attempt WHEN NEW.uid IS NULL BEGIN
    UPDATE practice_attempt SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

ALTER TABLE checklist_item ADD COLUMN uid TEXT;
UPDATE checklist_item SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX checklist_item_by_uid ON checklist_item (uid);
CREATE TRIGGER checklist_item_uid AFTER INSERT ON checklist_item WHEN NEW.uid IS NULL BEGIN
    UPDATE checklist_item SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

CREATE TRIGGER interview_sync_insert AFTER INSERT ON interview WHEN NEW.uid IS NOT NULL BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'interview', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER interview_sync_update AFTER UPDATE ON interview BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'interview', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'interview', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER interview_sync_delete AFTER DELETE ON interview BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'interview', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER interviewer_sync_insert AFTER INSERT ON interviewer BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'interviewer', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END || '/' || CAST(NEW.position AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER interviewer_sync_update AFTER UPDATE ON interviewer BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'interviewer', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END || '/' || CAST(OLD.position AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'interviewer', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END || '/' || CAST(NEW.position AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER interviewer_sync_delete AFTER DELETE ON interviewer BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'interviewer', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END || '/' || CAST(OLD.position AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER preparation_sync_insert AFTER INSERT ON preparation BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'preparation', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER preparation_sync_update AFTER UPDATE ON preparation BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'preparation', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'preparation', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER preparation_sync_delete AFTER DELETE ON preparation BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'preparation', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER preparation_item_sync_insert AFTER INSERT ON preparation_item WHEN NEW.uid IS NOT NULL BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'preparation_item', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER preparation_item_sync_update AFTER UPDATE ON preparation_item BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'preparation_item', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'preparation_item', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER preparation_item_sync_delete AFTER DELETE ON preparation_item BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'preparation_item', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER practice_session_sync_insert AFTER INSERT ON practice_session WHEN NEW.uid IS NOT NULL BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'practice_session', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER practice_session_sync_update AFTER UPDATE ON practice_session BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'practice_session', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'practice_session', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER practice_session_sync_delete AFTER DELETE ON practice_session BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'practice_session', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER question_sync_insert AFTER INSERT ON question WHEN NEW.uid IS NOT NULL BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'question', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER question_sync_update AFTER UPDATE ON question BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'question', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'question', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER question_sync_delete AFTER DELETE ON question BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'question', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER question_use_sync_insert AFTER INSERT ON question_use BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'question_use', k FROM (SELECT CASE WHEN NEW.question_id IS NULL THEN '*' ELSE (SELECT uid FROM question WHERE id = NEW.question_id) END || '/' || CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER question_use_sync_update AFTER UPDATE ON question_use BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'question_use', k FROM (SELECT CASE WHEN OLD.question_id IS NULL THEN '*' ELSE (SELECT uid FROM question WHERE id = OLD.question_id) END || '/' || CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'question_use', k FROM (SELECT CASE WHEN NEW.question_id IS NULL THEN '*' ELSE (SELECT uid FROM question WHERE id = NEW.question_id) END || '/' || CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER question_use_sync_delete AFTER DELETE ON question_use BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'question_use', k FROM (SELECT CASE WHEN OLD.question_id IS NULL THEN '*' ELSE (SELECT uid FROM question WHERE id = OLD.question_id) END || '/' || CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER practice_attempt_sync_insert AFTER INSERT ON practice_attempt WHEN NEW.uid IS NOT NULL BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'practice_attempt', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER practice_attempt_sync_update AFTER UPDATE ON practice_attempt BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'practice_attempt', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'practice_attempt', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER practice_attempt_sync_delete AFTER DELETE ON practice_attempt BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'practice_attempt', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER checklist_item_sync_insert AFTER INSERT ON checklist_item WHEN NEW.uid IS NOT NULL BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'checklist_item', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER checklist_item_sync_update AFTER UPDATE ON checklist_item BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'checklist_item', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'checklist_item', k FROM (SELECT NEW.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER checklist_item_sync_delete AFTER DELETE ON checklist_item BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'checklist_item', k FROM (SELECT OLD.uid AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER checklist_hidden_sync_insert AFTER INSERT ON checklist_hidden BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'checklist_hidden', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END || '/' || CAST(NEW.item_key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER checklist_hidden_sync_update AFTER UPDATE ON checklist_hidden BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'checklist_hidden', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END || '/' || CAST(OLD.item_key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'checklist_hidden', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END || '/' || CAST(NEW.item_key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER checklist_hidden_sync_delete AFTER DELETE ON checklist_hidden BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'checklist_hidden', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END || '/' || CAST(OLD.item_key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER checklist_check_sync_insert AFTER INSERT ON checklist_check BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'checklist_check', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END || '/' || CAST(NEW.item_key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER checklist_check_sync_update AFTER UPDATE ON checklist_check BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'checklist_check', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END || '/' || CAST(OLD.item_key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'checklist_check', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END || '/' || CAST(NEW.item_key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER checklist_check_sync_delete AFTER DELETE ON checklist_check BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'checklist_check', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END || '/' || CAST(OLD.item_key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER reflection_sync_insert AFTER INSERT ON reflection BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'reflection', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER reflection_sync_update AFTER UPDATE ON reflection BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'reflection', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'reflection', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER reflection_sync_delete AFTER DELETE ON reflection BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'reflection', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER lesson_sync_insert AFTER INSERT ON lesson BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'lesson', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END || '/' || CAST(NEW.kind AS TEXT) || '/' || CAST(NEW.key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER lesson_sync_update AFTER UPDATE ON lesson BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'lesson', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END || '/' || CAST(OLD.kind AS TEXT) || '/' || CAST(OLD.key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'lesson', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END || '/' || CAST(NEW.kind AS TEXT) || '/' || CAST(NEW.key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER lesson_sync_delete AFTER DELETE ON lesson BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'lesson', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END || '/' || CAST(OLD.kind AS TEXT) || '/' || CAST(OLD.key AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER feedback_sync_insert AFTER INSERT ON feedback BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'feedback', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER feedback_sync_update AFTER UPDATE ON feedback BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'feedback', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'feedback', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER feedback_sync_delete AFTER DELETE ON feedback BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'feedback', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER reminder_switch_sync_insert AFTER INSERT ON reminder_switch BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'reminder_switch', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END || '/' || CAST(NEW.kind AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER reminder_switch_sync_update AFTER UPDATE ON reminder_switch BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'reminder_switch', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END || '/' || CAST(OLD.kind AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'reminder_switch', k FROM (SELECT CASE WHEN NEW.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = NEW.interview_id) END || '/' || CAST(NEW.kind AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER reminder_switch_sync_delete AFTER DELETE ON reminder_switch BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'reminder_switch', k FROM (SELECT CASE WHEN OLD.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = OLD.interview_id) END || '/' || CAST(OLD.kind AS TEXT) AS k) WHERE k IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER setting_sync_insert AFTER INSERT ON setting BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'setting', k FROM (SELECT CAST(NEW.key AS TEXT) AS k) WHERE k IS NOT NULL AND NEW.key = 'reminders'
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER setting_sync_update AFTER UPDATE ON setting BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'setting', k FROM (SELECT CAST(OLD.key AS TEXT) AS k) WHERE k IS NOT NULL AND OLD.key = 'reminders'
        ON CONFLICT DO NOTHING;
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'setting', k FROM (SELECT CAST(NEW.key AS TEXT) AS k) WHERE k IS NOT NULL AND NEW.key = 'reminders'
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER setting_sync_delete AFTER DELETE ON setting BEGIN
    INSERT INTO sync_dirty (table_name, key)
        SELECT 'setting', k FROM (SELECT CAST(OLD.key AS TEXT) AS k) WHERE k IS NOT NULL AND OLD.key = 'reminders'
        ON CONFLICT DO NOTHING;
END;

-- Everything already written is new to the document: it is built from these.
INSERT INTO sync_dirty (table_name, key)
    SELECT 'interview', k FROM (SELECT row.uid AS k FROM interview AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'interviewer', k FROM (SELECT CASE WHEN row.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = row.interview_id) END || '/' || CAST(row.position AS TEXT) AS k FROM interviewer AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'preparation', k FROM (SELECT CASE WHEN row.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = row.interview_id) END AS k FROM preparation AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'preparation_item', k FROM (SELECT row.uid AS k FROM preparation_item AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'practice_session', k FROM (SELECT row.uid AS k FROM practice_session AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'question', k FROM (SELECT row.uid AS k FROM question AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'question_use', k FROM (SELECT CASE WHEN row.question_id IS NULL THEN '*' ELSE (SELECT uid FROM question WHERE id = row.question_id) END || '/' || CASE WHEN row.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = row.interview_id) END AS k FROM question_use AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'practice_attempt', k FROM (SELECT row.uid AS k FROM practice_attempt AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'checklist_item', k FROM (SELECT row.uid AS k FROM checklist_item AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'checklist_hidden', k FROM (SELECT CASE WHEN row.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = row.interview_id) END || '/' || CAST(row.item_key AS TEXT) AS k FROM checklist_hidden AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'checklist_check', k FROM (SELECT CASE WHEN row.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = row.interview_id) END || '/' || CAST(row.item_key AS TEXT) AS k FROM checklist_check AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'reflection', k FROM (SELECT CASE WHEN row.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = row.interview_id) END AS k FROM reflection AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'lesson', k FROM (SELECT CASE WHEN row.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = row.interview_id) END || '/' || CAST(row.kind AS TEXT) || '/' || CAST(row.key AS TEXT) AS k FROM lesson AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'feedback', k FROM (SELECT CASE WHEN row.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = row.interview_id) END AS k FROM feedback AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'reminder_switch', k FROM (SELECT CASE WHEN row.interview_id IS NULL THEN '*' ELSE (SELECT uid FROM interview WHERE id = row.interview_id) END || '/' || CAST(row.kind AS TEXT) AS k FROM reminder_switch AS row) WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO sync_dirty (table_name, key)
    SELECT 'setting', k FROM (SELECT CAST(row.key AS TEXT) AS k FROM setting AS row WHERE row.key = 'reminders') WHERE k IS NOT NULL
    ON CONFLICT DO NOTHING;
