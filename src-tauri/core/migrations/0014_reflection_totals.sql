-- Schema 14: the review's totals over every reflection (how many, the averages' sums and counts,
-- the yes/partly/no tallies), kept by triggers as reflections are written, so the trends read one
-- row instead of every reflection: the same time at 100,000 interviews as at 1,000. A reflection
-- counts once any answer the charts show is given. Each trigger adds what the new row counts for
-- and takes away what the old one did; every write reaches reflections through SQL (the app, an
-- import, a sync, a restore migrating an older backup), so none gets past them. The totals are
-- derived: sync and the JSON backup leave them out, and this migration computes them once.
CREATE TABLE reflection_totals (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    reflections                 INTEGER NOT NULL,
    feeling_sum                 INTEGER NOT NULL,
    feeling_count               INTEGER NOT NULL,
    first_rating_sum            INTEGER NOT NULL,
    first_rating_count          INTEGER NOT NULL,
    later_rating_sum            INTEGER NOT NULL,
    later_rating_count          INTEGER NOT NULL,
    enough_time_yes             INTEGER NOT NULL,
    enough_time_partly          INTEGER NOT NULL,
    enough_time_no              INTEGER NOT NULL,
    said_everything_yes         INTEGER NOT NULL,
    said_everything_partly      INTEGER NOT NULL,
    said_everything_no          INTEGER NOT NULL,
    presented_strengths_yes     INTEGER NOT NULL,
    presented_strengths_partly  INTEGER NOT NULL,
    presented_strengths_no      INTEGER NOT NULL
) STRICT;

INSERT INTO reflection_totals
SELECT 1,
       coalesce(sum((coalesce(r.feeling, r.enough_time, r.said_everything, r.presented_strengths, r.first_rating, r.later_rating) IS NOT NULL)), 0),
       coalesce(sum(coalesce(r.feeling, 0)), 0),
       coalesce(sum((r.feeling IS NOT NULL)), 0),
       coalesce(sum(coalesce(r.first_rating, 0)), 0),
       coalesce(sum((r.first_rating IS NOT NULL)), 0),
       coalesce(sum(coalesce(r.later_rating, 0)), 0),
       coalesce(sum((r.later_rating IS NOT NULL)), 0),
       coalesce(sum((r.enough_time IS 'yes')), 0),
       coalesce(sum((r.enough_time IS 'partly')), 0),
       coalesce(sum((r.enough_time IS 'no')), 0),
       coalesce(sum((r.said_everything IS 'yes')), 0),
       coalesce(sum((r.said_everything IS 'partly')), 0),
       coalesce(sum((r.said_everything IS 'no')), 0),
       coalesce(sum((r.presented_strengths IS 'yes')), 0),
       coalesce(sum((r.presented_strengths IS 'partly')), 0),
       coalesce(sum((r.presented_strengths IS 'no')), 0)
FROM reflection r;

CREATE TRIGGER reflection_totals_insert AFTER INSERT ON reflection BEGIN
    UPDATE reflection_totals SET
        reflections = reflections + (coalesce(NEW.feeling, NEW.enough_time, NEW.said_everything, NEW.presented_strengths, NEW.first_rating, NEW.later_rating) IS NOT NULL),
        feeling_sum = feeling_sum + coalesce(NEW.feeling, 0),
        feeling_count = feeling_count + (NEW.feeling IS NOT NULL),
        first_rating_sum = first_rating_sum + coalesce(NEW.first_rating, 0),
        first_rating_count = first_rating_count + (NEW.first_rating IS NOT NULL),
        later_rating_sum = later_rating_sum + coalesce(NEW.later_rating, 0),
        later_rating_count = later_rating_count + (NEW.later_rating IS NOT NULL),
        enough_time_yes = enough_time_yes + (NEW.enough_time IS 'yes'),
        enough_time_partly = enough_time_partly + (NEW.enough_time IS 'partly'),
        enough_time_no = enough_time_no + (NEW.enough_time IS 'no'),
        said_everything_yes = said_everything_yes + (NEW.said_everything IS 'yes'),
        said_everything_partly = said_everything_partly + (NEW.said_everything IS 'partly'),
        said_everything_no = said_everything_no + (NEW.said_everything IS 'no'),
        presented_strengths_yes = presented_strengths_yes + (NEW.presented_strengths IS 'yes'),
        presented_strengths_partly = presented_strengths_partly + (NEW.presented_strengths IS 'partly'),
        presented_strengths_no = presented_strengths_no + (NEW.presented_strengths IS 'no')
    WHERE id = 1;
END;

CREATE TRIGGER reflection_totals_delete AFTER DELETE ON reflection BEGIN
    UPDATE reflection_totals SET
        reflections = reflections - (coalesce(OLD.feeling, OLD.enough_time, OLD.said_everything, OLD.presented_strengths, OLD.first_rating, OLD.later_rating) IS NOT NULL),
        feeling_sum = feeling_sum - coalesce(OLD.feeling, 0),
        feeling_count = feeling_count - (OLD.feeling IS NOT NULL),
        first_rating_sum = first_rating_sum - coalesce(OLD.first_rating, 0),
        first_rating_count = first_rating_count - (OLD.first_rating IS NOT NULL),
        later_rating_sum = later_rating_sum - coalesce(OLD.later_rating, 0),
        later_rating_count = later_rating_count - (OLD.later_rating IS NOT NULL),
        enough_time_yes = enough_time_yes - (OLD.enough_time IS 'yes'),
        enough_time_partly = enough_time_partly - (OLD.enough_time IS 'partly'),
        enough_time_no = enough_time_no - (OLD.enough_time IS 'no'),
        said_everything_yes = said_everything_yes - (OLD.said_everything IS 'yes'),
        said_everything_partly = said_everything_partly - (OLD.said_everything IS 'partly'),
        said_everything_no = said_everything_no - (OLD.said_everything IS 'no'),
        presented_strengths_yes = presented_strengths_yes - (OLD.presented_strengths IS 'yes'),
        presented_strengths_partly = presented_strengths_partly - (OLD.presented_strengths IS 'partly'),
        presented_strengths_no = presented_strengths_no - (OLD.presented_strengths IS 'no')
    WHERE id = 1;
END;

CREATE TRIGGER reflection_totals_update AFTER UPDATE OF feeling, enough_time, said_everything, presented_strengths, first_rating, later_rating ON reflection BEGIN
    UPDATE reflection_totals SET
        reflections = reflections + (coalesce(NEW.feeling, NEW.enough_time, NEW.said_everything, NEW.presented_strengths, NEW.first_rating, NEW.later_rating) IS NOT NULL) - (coalesce(OLD.feeling, OLD.enough_time, OLD.said_everything, OLD.presented_strengths, OLD.first_rating, OLD.later_rating) IS NOT NULL),
        feeling_sum = feeling_sum + coalesce(NEW.feeling, 0) - coalesce(OLD.feeling, 0),
        feeling_count = feeling_count + (NEW.feeling IS NOT NULL) - (OLD.feeling IS NOT NULL),
        first_rating_sum = first_rating_sum + coalesce(NEW.first_rating, 0) - coalesce(OLD.first_rating, 0),
        first_rating_count = first_rating_count + (NEW.first_rating IS NOT NULL) - (OLD.first_rating IS NOT NULL),
        later_rating_sum = later_rating_sum + coalesce(NEW.later_rating, 0) - coalesce(OLD.later_rating, 0),
        later_rating_count = later_rating_count + (NEW.later_rating IS NOT NULL) - (OLD.later_rating IS NOT NULL),
        enough_time_yes = enough_time_yes + (NEW.enough_time IS 'yes') - (OLD.enough_time IS 'yes'),
        enough_time_partly = enough_time_partly + (NEW.enough_time IS 'partly') - (OLD.enough_time IS 'partly'),
        enough_time_no = enough_time_no + (NEW.enough_time IS 'no') - (OLD.enough_time IS 'no'),
        said_everything_yes = said_everything_yes + (NEW.said_everything IS 'yes') - (OLD.said_everything IS 'yes'),
        said_everything_partly = said_everything_partly + (NEW.said_everything IS 'partly') - (OLD.said_everything IS 'partly'),
        said_everything_no = said_everything_no + (NEW.said_everything IS 'no') - (OLD.said_everything IS 'no'),
        presented_strengths_yes = presented_strengths_yes + (NEW.presented_strengths IS 'yes') - (OLD.presented_strengths IS 'yes'),
        presented_strengths_partly = presented_strengths_partly + (NEW.presented_strengths IS 'partly') - (OLD.presented_strengths IS 'partly'),
        presented_strengths_no = presented_strengths_no + (NEW.presented_strengths IS 'no') - (OLD.presented_strengths IS 'no')
    WHERE id = 1;
END;
