-- Schema 8: an import asks, for each interview in the file, whether the same interview (employer,
-- role, round, wall-clock start, zone) is already there. Without an index on the start that was
-- a scan of every interview per row: adding 1,000 interviews to 100,000 took 84 s. Interviews
-- that share a start to the minute are few, so the start alone narrows it to a handful of rows.
CREATE INDEX interview_by_start_local ON interview (start_local);
