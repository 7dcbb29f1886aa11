-- Schema 2: the on-the-way-in checklist. Built-in items live in code with stable ids; the
-- database keeps only what the user did with them: ticks, hidden items, and items of their own.

CREATE TABLE checklist_item (
    id           INTEGER PRIMARY KEY,
    -- NULL: the item is on every interview's list.
    interview_id INTEGER REFERENCES interview (id) ON DELETE CASCADE,
    section      TEXT    NOT NULL CHECK (section IN ('dress', 'first_minute', 'conduct')),
    text         TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
) STRICT;

CREATE INDEX checklist_item_by_interview ON checklist_item (interview_id);

CREATE TABLE checklist_hidden (
    -- NULL: hidden on every interview's list.
    interview_id INTEGER REFERENCES interview (id) ON DELETE CASCADE,
    item_key     TEXT    NOT NULL
) STRICT;

CREATE UNIQUE INDEX checklist_hidden_everywhere ON checklist_hidden (item_key)
    WHERE interview_id IS NULL;
CREATE UNIQUE INDEX checklist_hidden_per_interview ON checklist_hidden (interview_id, item_key)
    WHERE interview_id IS NOT NULL;

CREATE TABLE checklist_check (
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    item_key     TEXT    NOT NULL,
    checked_at   INTEGER NOT NULL,
    PRIMARY KEY (interview_id, item_key)
) STRICT, WITHOUT ROWID;
