-- Schema 15: activity reporting to Arbetsförmedlingen or NAV (PRODUCT §14). The first three
-- tables are the user's and sync (migration 16); report_reminder is this device's delivery
-- state, like `reminder`.

-- Where the user reports: one row. authority NULL: to no one. nav_due: one due date of NAV's
-- employment status form (YYYY-MM-DD); the others follow every 14 days.
CREATE TABLE reporting (
    key        TEXT    NOT NULL PRIMARY KEY CHECK (key = 'reporting'),
    authority  TEXT    CHECK (authority IN ('arbetsformedlingen', 'nav')),
    nav_due    TEXT,
    updated_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Job-search activities besides the interviews: an application sent, a contact made. on_date is
-- the local date (YYYY-MM-DD).
CREATE TABLE activity (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('application', 'interview', 'contact', 'other')),
    on_date    TEXT    NOT NULL,
    employer   TEXT    NOT NULL,
    title      TEXT    NOT NULL DEFAULT '',
    place      TEXT    NOT NULL DEFAULT '',
    stage      TEXT    NOT NULL CHECK (stage IN ('waiting', 'interview', 'offer', 'rejected', 'withdrawn')),
    note       TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

CREATE INDEX activity_by_date ON activity (on_date);

-- A period the user marked reported, so the next report starts after it and its reminders stop.
CREATE TABLE report_period (
    authority    TEXT    NOT NULL CHECK (authority IN ('arbetsformedlingen', 'nav')),
    period_start TEXT    NOT NULL,
    period_end   TEXT    NOT NULL,
    reported_at  INTEGER NOT NULL,
    PRIMARY KEY (authority, period_start)
) STRICT, WITHOUT ROWID;

-- The reporting reminders: one per period and kind (opens: Arbetsförmedlingen's report opens on
-- the 1st; again: on the 10th if still not reported; due: NAV's due date), claimed in one
-- transaction before they are shown, so each is shown once.
CREATE TABLE report_reminder (
    id           INTEGER PRIMARY KEY,
    authority    TEXT    NOT NULL CHECK (authority IN ('arbetsformedlingen', 'nav')),
    period_start TEXT    NOT NULL,
    period_end   TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('opens', 'again', 'due')),
    due_at       INTEGER NOT NULL,
    state        TEXT    NOT NULL CHECK (state IN ('pending', 'fired', 'skipped')),
    fired_at     INTEGER,
    seen_at      INTEGER,
    UNIQUE (authority, period_start, kind)
) STRICT;

CREATE INDEX report_reminder_due ON report_reminder (state, due_at);
