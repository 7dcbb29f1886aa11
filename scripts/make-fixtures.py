#!/usr/bin/env python3
"""Writes src-tauri/core/tests/fixtures/schema-N.sqlite3: a database as each released schema
version left it (the first N migrations), with a little data of that version's features. The
migration tests upgrade every one of them to the latest. Run once when a migration is added; the
files are committed, so later changes to this script cannot rewrite history."""
import pathlib
import sqlite3
import sys

root = pathlib.Path(__file__).resolve().parent.parent / "src-tauri" / "core"
migrations = sorted((root / "migrations").glob("*.sql"))
out = root / "tests" / "fixtures"
out.mkdir(parents=True, exist_ok=True)

SEED = {
    1: """INSERT INTO interview (id, company, role, round, start_local, time_zone, start_utc,
              duration_minutes, status, created_at, updated_at)
          VALUES (1, 'Fixture AS', 'Tester', 'first', '2026-12-01T10:00', 'Europe/Oslo',
                  1796115600, 60, 'done', 1764403200, 1764403200);
          INSERT INTO interviewer VALUES (1, 0, 'Kari', 'HR');
          INSERT INTO setting VALUES ('language', 'nb'), ('welcome_seen', '1');""",
    2: """INSERT INTO checklist_check VALUES (1, 'dress.clean', 1764403200);
          INSERT INTO checklist_item (id, interview_id, section, text, created_at)
          VALUES (1, NULL, 'dress', 'Umbrella', 1764403200);""",
    3: """INSERT INTO preparation (interview_id, research, updated_at) VALUES (1, 'Old notes', 1764403200);
          INSERT INTO question (id, text, answer, tags, created_at, updated_at)
          VALUES (1, 'Why us?', 'Because', '["motivation"]', 1764403200, 1764403200);
          INSERT INTO question_use VALUES (1, 1, 1);""",
    4: """INSERT INTO reflection (interview_id, feeling, forgot, updated_at) VALUES (1, 4, 'My CV', 1764403200);
          INSERT INTO lesson (interview_id, kind, text, key, created_at)
          VALUES (1, 'forgot', 'My CV', 'my cv', 1764403200);""",
    5: """UPDATE interview SET status_changed_at = 1764403200 WHERE id = 1;
          INSERT INTO reminder (interview_id, kind, due_at, state, fired_at)
          VALUES (1, 'after_end', 1796122800, 'fired', 1796122800);
          INSERT INTO reminder_switch VALUES (1, 'minutes_before', 1, 10);""",
}

latest = len(migrations)
for version in range(1, latest):
    path = out / f"schema-{version}.sqlite3"
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    if sqlite3.sqlite_version_info < (3, 44, 0):
        # concat_ws (used by the search triggers) came with SQLite 3.44; an older Python
        # library gets the same function, and the stored triggers run on the app's newer one.
        db.create_function("concat_ws", -1, lambda sep, *parts: sep.join(str(p) for p in parts if p is not None), deterministic=True)
    for number, migration in enumerate(migrations[:version], start=1):
        db.executescript(migration.read_text())
        if number in SEED:
            db.executescript(SEED[number])
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()
    print(f"wrote {path.relative_to(root)}", file=sys.stderr)
