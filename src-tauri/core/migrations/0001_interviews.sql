-- Schema 1: interviews, the people met at them, and the app's settings.
CREATE TABLE interview (
    id                INTEGER PRIMARY KEY,
    company           TEXT    NOT NULL,
    role              TEXT    NOT NULL,
    round             TEXT    NOT NULL CHECK (round IN ('first', 'second', 'task', 'other')),
    previous_round_id INTEGER REFERENCES interview (id) ON DELETE SET NULL,
    -- The wall-clock start as the user entered it, in the interview's own zone.
    start_local       TEXT    NOT NULL,
    time_zone         TEXT    NOT NULL,
    -- Derived from the two above; kept for ordering and for "upcoming or past".
    start_utc         INTEGER NOT NULL,
    duration_minutes  INTEGER NOT NULL CHECK (duration_minutes > 0),
    location          TEXT    NOT NULL DEFAULT '',
    contact_name      TEXT    NOT NULL DEFAULT '',
    contact_info      TEXT    NOT NULL DEFAULT '',
    job_ad_url        TEXT    NOT NULL DEFAULT '',
    job_ad_text       TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL CHECK (status IN
                      ('planned', 'done', 'awaiting', 'next_round', 'offer', 'rejected', 'withdrawn')),
    notes             TEXT    NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
) STRICT;

CREATE INDEX interview_by_start ON interview (start_utc);
CREATE INDEX interview_by_previous_round ON interview (previous_round_id);

CREATE TABLE interviewer (
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    role         TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (interview_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE setting (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
