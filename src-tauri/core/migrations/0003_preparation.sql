-- Schema 3: preparing for an interview, and the question bank shared by all interviews.

-- One sheet per interview, made on first save. Text fields autosave as the user types.
CREATE TABLE preparation (
    interview_id INTEGER PRIMARY KEY REFERENCES interview (id) ON DELETE CASCADE,
    research     TEXT    NOT NULL DEFAULT '',
    strengths    TEXT    NOT NULL DEFAULT '',
    weaknesses   TEXT    NOT NULL DEFAULT '',
    why_job      TEXT    NOT NULL DEFAULT '',
    why_me       TEXT    NOT NULL DEFAULT '',
    -- Second round: where my strengths fill a gap the employer has.
    employer_gaps TEXT   NOT NULL DEFAULT '',
    -- Second round: what to find out about the next step.
    next_step    TEXT    NOT NULL DEFAULT '',
    task_brief   TEXT    NOT NULL DEFAULT '',
    task_notes   TEXT    NOT NULL DEFAULT '',
    updated_at   INTEGER NOT NULL
) STRICT;

-- Ordered lists on the sheet: questions to ask them, knowledge gaps, ranked competencies.
CREATE TABLE preparation_item (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    list         TEXT    NOT NULL CHECK (list IN ('ask', 'gap', 'competency')),
    position     INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    done         INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
) STRICT;

CREATE INDEX preparation_item_by_list ON preparation_item (interview_id, list, position);

-- Rehearsals: when, with whom, how it went.
CREATE TABLE practice_session (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    practised_on TEXT    NOT NULL,
    partner      TEXT    NOT NULL DEFAULT '',
    notes        TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX practice_session_by_interview ON practice_session (interview_id);

-- The question bank: questions I expect, with the answers I have practised.
CREATE TABLE question (
    id         INTEGER PRIMARY KEY,
    text       TEXT    NOT NULL,
    answer     TEXT    NOT NULL DEFAULT '',
    tags       TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

-- Which interviews a question was prepared for, and whether it was actually asked.
CREATE TABLE question_use (
    question_id  INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    asked        INTEGER NOT NULL DEFAULT 0 CHECK (asked IN (0, 1)),
    PRIMARY KEY (question_id, interview_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX question_use_by_interview ON question_use (interview_id);

-- Each time a question is practised: 1 = went poorly, 2 = so-so, 3 = went well.
CREATE TABLE practice_attempt (
    id          INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 3)
) STRICT;

CREATE INDEX practice_attempt_by_question ON practice_attempt (question_id, at);
