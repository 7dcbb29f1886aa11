-- Schema 4: after the interview — the reflection while it is fresh, the second look, lessons that
-- come back on later interviews, and the feedback asked for after a rejection.

CREATE TABLE reflection (
    interview_id         INTEGER PRIMARY KEY REFERENCES interview (id) ON DELETE CASCADE,
    -- Right after. Scales are 1..5; answers are 'yes', 'partly' or 'no'; NULL is not answered.
    feeling              INTEGER CHECK (feeling BETWEEN 1 AND 5),
    said_everything      TEXT    CHECK (said_everything IN ('yes', 'partly', 'no')),
    forgot               TEXT    NOT NULL DEFAULT '',
    enough_time          TEXT    CHECK (enough_time IN ('yes', 'partly', 'no')),
    mood_changed         TEXT    CHECK (mood_changed IN ('yes', 'partly', 'no')),
    mood_when            TEXT    NOT NULL DEFAULT '',
    friendly             TEXT    CHECK (friendly IN ('yes', 'partly', 'no')),
    unsure_moments       TEXT    NOT NULL DEFAULT '',
    was_myself           TEXT    CHECK (was_myself IN ('yes', 'partly', 'no')),
    presented_strengths  TEXT    CHECK (presented_strengths IN ('yes', 'partly', 'no')),
    strengths_presented  TEXT    NOT NULL DEFAULT '',
    learned              TEXT    NOT NULL DEFAULT '',
    know_more            TEXT    CHECK (know_more IN ('yes', 'partly', 'no')),
    positive             TEXT    NOT NULL DEFAULT '',
    negative             TEXT    NOT NULL DEFAULT '',
    first_rating         INTEGER CHECK (first_rating BETWEEN 1 AND 5),
    finished_at          INTEGER,
    -- Later, when calm.
    later_rating         INTEGER CHECK (later_rating BETWEEN 1 AND 5),
    want_job             TEXT    CHECK (want_job IN ('yes', 'partly', 'no')),
    know_enough          TEXT    CHECK (know_enough IN ('yes', 'partly', 'no')),
    will_fit             TEXT    CHECK (will_fit IN ('yes', 'partly', 'no')),
    matches_plans        TEXT    CHECK (matches_plans IN ('yes', 'partly', 'no')),
    impression           TEXT    NOT NULL DEFAULT '',
    next_round_questions TEXT    NOT NULL DEFAULT '',
    do_differently       TEXT    NOT NULL DEFAULT '',
    second_look_at       INTEGER,
    updated_at           INTEGER NOT NULL
) STRICT;

-- Lessons: each line of "what I will do differently" and of "what I forgot to say" becomes one,
-- shown on later interviews until marked learned. `key` is the line normalised for matching.
CREATE TABLE lesson (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('do_differently', 'forgot')),
    text         TEXT    NOT NULL,
    key          TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    learned_at   INTEGER,
    UNIQUE (interview_id, kind, key)
) STRICT;

CREATE INDEX lesson_open ON lesson (learned_at, kind, key);

-- After a rejection: whether feedback was asked for, and what the employer said.
CREATE TABLE feedback (
    interview_id INTEGER PRIMARY KEY REFERENCES interview (id) ON DELETE CASCADE,
    asked_at     INTEGER,
    feedback     TEXT    NOT NULL DEFAULT '',
    updated_at   INTEGER NOT NULL
) STRICT;
