-- Schema 11: calendar invitations and the interviews they made, and the status "cancelled".
--
-- invitation_link: which interview an imported invitation (by its event UID) became, and the
-- latest revision of it taken in (SEQUENCE, then DTSTAMP), so a later file of the same meeting
-- moves or cancels that interview instead of adding a second one, and an older file changes
-- nothing. Each device keeps its own (like os_notification): it is not synced, and a file
-- imported on the phone is not known to the desktop. A deleted interview takes its link along.
CREATE TABLE invitation_link (
    uid          TEXT    NOT NULL PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    sequence     INTEGER NOT NULL CHECK (sequence >= 0),
    -- DTSTAMP in UTC seconds, or NULL when the file had none.
    stamp        INTEGER
) STRICT, WITHOUT ROWID;

CREATE INDEX invitation_link_by_interview ON invitation_link (interview_id);

-- The status column's CHECK constraint learns 'cancelled' in the migration's hook
-- (db::allow_cancelled_status): SQLite cannot change a constraint with ALTER TABLE, and
-- rebuilding the table would take its foreign keys, search index and sync triggers down with it.
