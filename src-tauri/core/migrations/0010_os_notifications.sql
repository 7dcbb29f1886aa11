-- Schema 10: what this device has handed to a phone's OS to show at a set time (see src/phone).
-- The OS keeps its own list, which a reboot empties; this ledger is how the app knows what it
-- asked for, so each later hand-over makes only the calls that differ. Each device has its own:
-- it does not sync, and on a computer it stays empty.
CREATE TABLE os_notification (
    -- The id the OS knows it by: 31 bits derived from reminder_key.
    os_id        INTEGER PRIMARY KEY,
    -- The interview's uid and the reminder's kind.
    reminder_key TEXT    NOT NULL,
    -- When it is to show, in UTC seconds.
    at           INTEGER NOT NULL,
    -- A digest of its time, texts and target: a change is handed over again.
    fingerprint  TEXT    NOT NULL
) STRICT;
