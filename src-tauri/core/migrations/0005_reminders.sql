-- Schema 5: reminders. Each interview has at most one reminder of each kind; a reminder is
-- claimed (pending → fired) in one transaction before it is shown, so it is shown exactly once.

-- When the status last changed: "after a rejection" counts from here.
ALTER TABLE interview ADD COLUMN status_changed_at INTEGER;

CREATE TABLE reminder (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('evening_before', 'hours_before', 'minutes_before',
                                                  'after_end', 'next_day', 'follow_up', 'after_rejection')),
    due_at       INTEGER NOT NULL,
    -- pending: waits for due_at; snoozed: pending again, at a time the user chose;
    -- fired: shown; skipped: a "before" reminder whose interview had begun when it came due.
    state        TEXT    NOT NULL CHECK (state IN ('pending', 'snoozed', 'fired', 'skipped')),
    fired_at     INTEGER,
    -- When the user opened or dismissed it in the app.
    seen_at      INTEGER,
    UNIQUE (interview_id, kind)
) STRICT;

CREATE INDEX reminder_due ON reminder (state, due_at);

-- One interview's own choice for a reminder kind, over the global setting: on or off, and its
-- own time or offset. NULL follows the global setting.
CREATE TABLE reminder_switch (
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,
    enabled      INTEGER CHECK (enabled IN (0, 1)),
    value        INTEGER,
    PRIMARY KEY (interview_id, kind)
) STRICT, WITHOUT ROWID;
