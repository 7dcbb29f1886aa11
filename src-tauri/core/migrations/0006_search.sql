-- Full-text search over everything the user wrote, and indexes for the review's filters.
--
-- One FTS5 row per (owner, source): rowid = owner_id * 8 + source, so a trigger finds its row
-- by rowid and never scans. Sources: 0 the interview's own fields, 1 the preparation sheet,
-- 2 the reflection, 3 the employer's feedback, 4 the preparation lists, 5 practice notes
-- (owner: the interview), 6 a question of the bank and its answer (owner: the question).
-- remove_diacritics 0: å, ä and ö are letters of their own in Norwegian and Swedish ("får" is
-- not "far"), so they are not folded into a and o. Prefix indexes make "as you type" cheap.
CREATE VIRTUAL TABLE search_text USING fts5 (body, tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3');

CREATE TRIGGER search_interview_insert AFTER INSERT ON interview BEGIN
    INSERT INTO search_text (rowid, body) VALUES (new.id * 8,
        concat_ws(char(10), new.company, new.role, new.location, new.contact_name, new.notes,
                  new.job_ad_text));
END;
CREATE TRIGGER search_interview_update AFTER UPDATE OF company, role, location, contact_name,
        notes, job_ad_text ON interview BEGIN
    UPDATE search_text SET body = concat_ws(char(10), new.company, new.role, new.location,
        new.contact_name, new.notes, new.job_ad_text) WHERE rowid = new.id * 8;
END;
-- Child rows go with their interview by ON DELETE CASCADE, whose delete triggers run too;
-- this removes every source of the interview in one go anyway.
CREATE TRIGGER search_interview_delete AFTER DELETE ON interview BEGIN
    DELETE FROM search_text WHERE rowid BETWEEN old.id * 8 AND old.id * 8 + 5;
END;

CREATE TRIGGER search_preparation_insert AFTER INSERT ON preparation BEGIN
    INSERT INTO search_text (rowid, body) VALUES (new.interview_id * 8 + 1,
        concat_ws(char(10), new.research, new.strengths, new.weaknesses, new.why_job, new.why_me,
                  new.employer_gaps, new.next_step, new.task_brief, new.task_notes));
END;
CREATE TRIGGER search_preparation_update AFTER UPDATE ON preparation BEGIN
    UPDATE search_text SET body = concat_ws(char(10), new.research, new.strengths,
        new.weaknesses, new.why_job, new.why_me, new.employer_gaps, new.next_step,
        new.task_brief, new.task_notes) WHERE rowid = new.interview_id * 8 + 1;
END;
CREATE TRIGGER search_preparation_delete AFTER DELETE ON preparation BEGIN
    DELETE FROM search_text WHERE rowid = old.interview_id * 8 + 1;
END;

CREATE TRIGGER search_reflection_insert AFTER INSERT ON reflection BEGIN
    INSERT INTO search_text (rowid, body) VALUES (new.interview_id * 8 + 2,
        concat_ws(char(10), new.forgot, new.mood_when, new.unsure_moments,
                  new.strengths_presented, new.learned, new.positive, new.negative,
                  new.impression, new.next_round_questions, new.do_differently));
END;
CREATE TRIGGER search_reflection_update AFTER UPDATE ON reflection BEGIN
    UPDATE search_text SET body = concat_ws(char(10), new.forgot, new.mood_when,
        new.unsure_moments, new.strengths_presented, new.learned, new.positive, new.negative,
        new.impression, new.next_round_questions, new.do_differently)
    WHERE rowid = new.interview_id * 8 + 2;
END;
CREATE TRIGGER search_reflection_delete AFTER DELETE ON reflection BEGIN
    DELETE FROM search_text WHERE rowid = old.interview_id * 8 + 2;
END;

CREATE TRIGGER search_feedback_insert AFTER INSERT ON feedback BEGIN
    INSERT INTO search_text (rowid, body) VALUES (new.interview_id * 8 + 3, new.feedback);
END;
CREATE TRIGGER search_feedback_update AFTER UPDATE OF feedback ON feedback BEGIN
    UPDATE search_text SET body = new.feedback WHERE rowid = new.interview_id * 8 + 3;
END;
CREATE TRIGGER search_feedback_delete AFTER DELETE ON feedback BEGIN
    DELETE FROM search_text WHERE rowid = old.interview_id * 8 + 3;
END;

-- The preparation lists and the practice notes are many rows per interview: their FTS row is
-- the whole list again, rebuilt on any change (lists are short).
CREATE TRIGGER search_items_insert AFTER INSERT ON preparation_item BEGIN
    INSERT OR REPLACE INTO search_text (rowid, body) VALUES (new.interview_id * 8 + 4,
        (SELECT group_concat(text, char(10)) FROM preparation_item
         WHERE interview_id = new.interview_id));
END;
CREATE TRIGGER search_items_update AFTER UPDATE OF text ON preparation_item BEGIN
    INSERT OR REPLACE INTO search_text (rowid, body) VALUES (new.interview_id * 8 + 4,
        (SELECT group_concat(text, char(10)) FROM preparation_item
         WHERE interview_id = new.interview_id));
END;
-- A cascade from a deleted interview must not leave an empty row behind: only while the
-- interview exists is its list written again.
CREATE TRIGGER search_items_delete AFTER DELETE ON preparation_item BEGIN
    INSERT OR REPLACE INTO search_text (rowid, body)
        SELECT old.interview_id * 8 + 4,
            (SELECT coalesce(group_concat(text, char(10)), '') FROM preparation_item
             WHERE interview_id = old.interview_id)
        WHERE EXISTS (SELECT 1 FROM interview WHERE id = old.interview_id);
END;

CREATE TRIGGER search_sessions_insert AFTER INSERT ON practice_session BEGIN
    INSERT OR REPLACE INTO search_text (rowid, body) VALUES (new.interview_id * 8 + 5,
        (SELECT group_concat(concat_ws(' ', partner, notes), char(10)) FROM practice_session
         WHERE interview_id = new.interview_id));
END;
CREATE TRIGGER search_sessions_update AFTER UPDATE ON practice_session BEGIN
    INSERT OR REPLACE INTO search_text (rowid, body) VALUES (new.interview_id * 8 + 5,
        (SELECT group_concat(concat_ws(' ', partner, notes), char(10)) FROM practice_session
         WHERE interview_id = new.interview_id));
END;
CREATE TRIGGER search_sessions_delete AFTER DELETE ON practice_session BEGIN
    INSERT OR REPLACE INTO search_text (rowid, body)
        SELECT old.interview_id * 8 + 5,
            (SELECT coalesce(group_concat(concat_ws(' ', partner, notes), char(10)), '')
             FROM practice_session WHERE interview_id = old.interview_id)
        WHERE EXISTS (SELECT 1 FROM interview WHERE id = old.interview_id);
END;

-- Questions live in their own id space: their rows are (question id) * 8 + 6, never an
-- interview's row since every interview source is below 6.
CREATE TRIGGER search_question_insert AFTER INSERT ON question BEGIN
    INSERT INTO search_text (rowid, body) VALUES (new.id * 8 + 6,
        concat_ws(char(10), new.text, new.answer, new.tags));
END;
CREATE TRIGGER search_question_update AFTER UPDATE OF text, answer, tags ON question BEGIN
    UPDATE search_text SET body = concat_ws(char(10), new.text, new.answer, new.tags)
    WHERE rowid = new.id * 8 + 6;
END;
CREATE TRIGGER search_question_delete AFTER DELETE ON question BEGIN
    DELETE FROM search_text WHERE rowid = old.id * 8 + 6;
END;

-- What is already there goes in once.
INSERT INTO search_text (rowid, body)
    SELECT id * 8, concat_ws(char(10), company, role, location, contact_name, notes, job_ad_text)
    FROM interview;
INSERT INTO search_text (rowid, body)
    SELECT interview_id * 8 + 1, concat_ws(char(10), research, strengths, weaknesses, why_job,
        why_me, employer_gaps, next_step, task_brief, task_notes) FROM preparation;
INSERT INTO search_text (rowid, body)
    SELECT interview_id * 8 + 2, concat_ws(char(10), forgot, mood_when, unsure_moments,
        strengths_presented, learned, positive, negative, impression, next_round_questions,
        do_differently) FROM reflection;
INSERT INTO search_text (rowid, body) SELECT interview_id * 8 + 3, feedback FROM feedback;
INSERT INTO search_text (rowid, body)
    SELECT interview_id * 8 + 4, group_concat(text, char(10)) FROM preparation_item
    GROUP BY interview_id;
INSERT INTO search_text (rowid, body)
    SELECT interview_id * 8 + 5, group_concat(concat_ws(' ', partner, notes), char(10))
    FROM practice_session GROUP BY interview_id;
INSERT INTO search_text (rowid, body)
    SELECT id * 8 + 6, concat_ws(char(10), text, answer, tags) FROM question;

-- The review filters and sorts by these; lessons are found by their point.
CREATE INDEX interview_by_company ON interview (company COLLATE NOCASE, start_utc);
CREATE INDEX interview_by_status ON interview (status, start_utc);
CREATE INDEX lesson_by_key ON lesson (kind, key);
