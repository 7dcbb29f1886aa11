//! Every earlier schema upgrades to the latest: a fixture database for each released version (see
//! scripts/make-fixtures.py) is opened by this binary, keeps all its data, and leaves a backup of
//! itself as it was beside the upgraded file. The upgrade to sync (schema 9) gives every row its
//! uid and notes every synced row, so all of it reaches a newly paired device; the upgrade to
//! schema 11 widens the status CHECK in place (no table rebuilt) so "cancelled" can be saved; a
//! migration that fails leaves the file as it was.

use intervju_core::db::{self, latest_version, pre_migration_backup_path, DATABASE_FILE};
use intervju_core::service::{parse, CodeRequest, InterviewRequest, PeerRequest};
use intervju_core::sync::{schema, triggers};
use intervju_core::{Core, Environment, ManualClock};
use rusqlite::Connection;
use serde_json::json;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

fn fixture(version: i64) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/schema-{version}.sqlite3"))
}

fn open(dir: &std::path::Path) -> Core {
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let env = Environment {
        os_locale: "en".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    Core::open(dir, clock, env).expect("an older database opens")
}

#[test]
fn there_is_a_fixture_for_every_earlier_schema() {
    for version in 1..latest_version() {
        assert!(
            fixture(version).exists(),
            "no fixture for schema {version}: run scripts/make-fixtures.py"
        );
    }
}

/// Invariant: upgrading from any earlier schema keeps every row and backs the file up first.
#[test]
fn every_earlier_schema_upgrades_to_the_latest_keeping_its_data() {
    for version in 1..latest_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        std::fs::copy(fixture(version), &path).unwrap();
        let core = open(dir.path());

        let conn = Connection::open(&path).unwrap();
        let now: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(now, latest_version(), "schema {version} upgraded");
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
        // Schema 14's totals start from what the reflections already held.
        let totals: (i64, i64, i64) = conn
            .query_row(
                "SELECT reflections, feeling_sum, feeling_count FROM reflection_totals",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        let scanned: (i64, i64, i64) = conn
            .query_row(
                "SELECT count(*), coalesce(sum(feeling), 0), count(feeling) FROM reflection",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(totals, scanned, "schema {version}'s reflections counted");
        if version >= 4 {
            assert_eq!(totals, (1, 4, 1), "schema {version}'s fixture reflection");
        }

        let interview = core
            .interview(parse(Some(json!({"id": 1}))).unwrap())
            .unwrap();
        assert_eq!(
            (
                interview.company.as_str(),
                interview.interviewers[0].name.as_str()
            ),
            ("Fixture AS", "Kari")
        );
        assert!(core.settings().unwrap().welcome_seen);
        let request = || InterviewRequest { interview_id: 1 };
        if version >= 2 {
            let checklist = core.checklist(request()).unwrap();
            assert!(checklist.sections[0]
                .items
                .iter()
                .any(|i| i.key == "dress.clean" && i.checked));
            assert!(checklist.sections[0]
                .items
                .iter()
                .any(|i| i.text.as_deref() == Some("Umbrella")));
        }
        if version >= 3 {
            let sheet = core.preparation(request()).unwrap();
            assert_eq!(sheet.sheet.research, "Old notes");
            assert_eq!(sheet.questions[0].tags, ["motivation"]);
        }
        if version >= 4 {
            let reflection = core.reflection(request()).unwrap();
            assert_eq!(reflection.answers["feeling"], 4);
        }
        if version >= 5 {
            let fired = core.reminders(request()).unwrap();
            assert!(
                fired.iter().any(|r| r.state.as_deref() == Some("fired")),
                "{fired:?}"
            );
        }
        // Schema 6 indexed what was already there: the search finds the old texts.
        let search = |q: &str| {
            core.search(parse(Some(json!({ "query": q }))).unwrap())
                .unwrap()
                .len()
        };
        assert_eq!(search("fixture"), 1);
        assert_eq!(search("old notes"), usize::from(version >= 3));
        assert_eq!(search("motivation"), usize::from(version >= 3));
        // Schema 12 wrote the questions' tags again as words, not as the stored JSON list.
        if version >= 3 {
            let hits = core
                .search(parse(Some(json!({ "query": "motivation" }))).unwrap())
                .unwrap();
            let snippet = hits[0].snippet.replace(['\u{E000}', '\u{E001}'], "");
            assert!(
                snippet.contains("motivation") && !snippet.contains(['[', '"']),
                "schema {version}: {snippet:?}"
            );
        }
        // Features of later schemas work on the upgraded data: reminders can be planned.
        core.replan_reminders().unwrap();
        assert_eq!(core.reminders(request()).unwrap().len(), 7);
        // Schema 11: "cancelled" is a status the upgraded file takes, and the new link table is
        // there; the old interview kept its status and its interviewer (no cascade ran).
        let later = core
            .create_interview(
                parse(Some(json!({"company": "Later AS", "role": "Tester",
                    "startLocal": "2027-01-10T10:00", "timeZone": "Europe/Oslo"})))
                .unwrap(),
            )
            .unwrap();
        let cancelled = core
            .set_outcome(
                parse(Some(
                    json!({"interviewId": later.id, "status": "cancelled"}),
                ))
                .unwrap(),
            )
            .unwrap();
        assert_eq!(cancelled.status.as_str(), "cancelled", "schema {version}");
        let planned = core
            .reminders(InterviewRequest {
                interview_id: later.id,
            })
            .unwrap();
        assert!(
            planned
                .iter()
                .all(|r| r.state.as_deref() != Some("pending")),
            "schema {version}: a cancelled interview has no reminders: {planned:?}"
        );
        let old = core
            .interview(parse(Some(json!({"id": 1}))).unwrap())
            .unwrap();
        assert_eq!((old.status.as_str(), old.interviewers.len()), ("done", 1));
        let links: i64 = conn
            .query_row("SELECT count(*) FROM invitation_link", [], |r| r.get(0))
            .unwrap();
        assert_eq!(links, 0);
        // The edited table and its indexes (the whole file was checked after the upgrade; the
        // search index is left out: FTS5 reports a checksum mismatch on these upgraded files
        // after any ordinary save, with or without migration 11 — a matter of its own).
        let ok: String = conn
            .query_row("PRAGMA integrity_check(interview)", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            ok, "ok",
            "schema {version} after a cancelled status was saved"
        );

        let backup = pre_migration_backup_path(&path, version);
        let old = Connection::open(&backup)
            .unwrap_or_else(|e| panic!("no backup for schema {version}: {e}"));
        let was: i64 = old
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(was, version, "the backup is the file as it was");
        let company: String = old
            .query_row("SELECT company FROM interview WHERE id = 1", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(company, "Fixture AS");
    }
}

/// The fixture versions there are (`there_is_a_fixture_for_every_earlier_schema` names any
/// that is missing).
fn fixture_versions() -> Vec<i64> {
    let versions: Vec<i64> = (1..latest_version())
        .filter(|v| fixture(*v).exists())
        .collect();
    assert!(versions.len() >= 7, "fixtures: {versions:?}");
    versions
}

/// A copy of the fixture of `version` in a fresh data folder, opened (so migrated) by a core.
fn migrated(version: i64) -> (tempfile::TempDir, Core) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    std::fs::copy(fixture(version), &path).unwrap();
    let core = open(dir.path());
    let backup = Connection::open(pre_migration_backup_path(&path, version)).unwrap();
    let was: i64 = backup
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(was, version, "the copy aside is the file as it was");
    (dir, core)
}

/// A second connection to a core's database, for what no method of the core shows.
fn connect(dir: &tempfile::TempDir) -> Connection {
    Connection::open(dir.path().join(DATABASE_FILE)).unwrap()
}

/// Every synced row's document key, as (table, key).
fn synced_keys(conn: &Connection) -> BTreeSet<(String, String)> {
    let mut keys = BTreeSet::new();
    for table in schema::TABLES {
        let only = table
            .only
            .map(|c| format!(" WHERE {c}"))
            .unwrap_or_default();
        let sql = format!(
            "SELECT k FROM (SELECT {} AS k FROM {} AS row{only}) WHERE k IS NOT NULL",
            triggers::key_expr(table, "row"),
            table.name
        );
        let mut stmt = conn.prepare(&sql).unwrap();
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
        keys.extend(rows.map(|k| (table.name.to_owned(), k.unwrap())));
    }
    keys
}

fn noted(conn: &Connection) -> BTreeSet<(String, String)> {
    conn.prepare("SELECT table_name, key FROM sync_dirty")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// Invariant: after the upgrade to sync, every row with its own identity has a uid of its own,
/// and every synced row is noted as new to the record of changes (so the first pairing sends
/// all of it), nothing else.
#[test]
fn every_earlier_schema_gets_a_distinct_uid_per_row_and_notes_every_synced_row() {
    for version in fixture_versions() {
        let (dir, _core) = migrated(version);
        let conn = connect(&dir);
        for table in schema::TABLES.iter().filter(|t| t.has_uid()) {
            let (rows, uids, distinct): (i64, i64, i64) = conn
                .query_row(
                    &format!(
                        "SELECT count(*), count(uid), count(DISTINCT uid) FROM {}",
                        table.name
                    ),
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .unwrap();
            assert_eq!(
                (uids, distinct),
                (rows, rows),
                "schema {version}, {}",
                table.name
            );
        }
        let keys = synced_keys(&conn);
        let interview: String = conn
            .query_row("SELECT uid FROM interview WHERE id = 1", [], |r| r.get(0))
            .unwrap();
        assert!(keys.contains(&("interview".to_owned(), interview.clone())));
        assert!(
            keys.contains(&("interviewer".to_owned(), format!("{interview}/0"))),
            "schema {version}: {keys:?}"
        );
        assert_eq!(noted(&conn), keys, "schema {version}");
    }
}

fn fresh_core() -> (tempfile::TempDir, Core) {
    let dir = tempfile::tempdir().unwrap();
    let core = open(dir.path());
    (dir, core)
}

/// Invariant: the data of any earlier schema reaches a newly paired device whole: after one
/// bundle both hold the same synced data, the fixture's interview and what belongs to it.
#[test]
fn every_earlier_schema_syncs_whole_to_a_new_device() {
    for version in fixture_versions() {
        let (old_dir, old) = migrated(version);
        let (new_dir, new) = fresh_core();
        let offer = old.start_pairing().unwrap();
        new.enter_pairing_code(CodeRequest { code: offer.code })
            .unwrap();
        let bytes = old
            .bundle_for(PeerRequest {
                peer_id: offer.peer.id,
            })
            .unwrap();
        let received = new.receive_bundle(&bytes, &mut |_, _| {}).unwrap();
        assert_eq!(
            received.brought.get("interview"),
            Some(&1),
            "schema {version}"
        );

        let sent = intervju_core::sync::dump(&connect(&old_dir)).unwrap();
        let got = intervju_core::sync::dump(&connect(&new_dir)).unwrap();
        assert_eq!(got, sent, "schema {version}");
        let mut expected = vec!["\"Fixture AS\"", "\"Kari\""];
        if version >= 2 {
            expected.extend(["dress.clean", "\"Umbrella\""]);
        }
        if version >= 3 {
            expected.extend(["\"Old notes\"", "\"Why us?\"", "question_use "]);
        }
        if version >= 4 {
            expected.extend(["reflection ", "/forgot/my cv "]);
        }
        if version >= 5 {
            expected.push("reminder_switch ");
        }
        for text in expected {
            assert!(got.contains(text), "schema {version}: {text} in\n{got}");
        }
        // The device that got it shows it, not only stores it.
        let interviews = new.review(parse(None).unwrap()).unwrap();
        assert_eq!(interviews.total, 1, "schema {version}");
    }
}

/// Everything a database is made of (objects, rows, version), to tell whether anything changed.
fn whole(path: &std::path::Path) -> String {
    let conn = Connection::open(path).unwrap();
    let objects: Vec<String> = conn
        .prepare(
            "SELECT type || ' ' || name || ' ' || ifnull(sql, '') FROM sqlite_master ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    format!("{}\n{}", objects.join("\n"), db::dump(&conn).unwrap())
}

/// Invariant: migrating is all or nothing. When migration 9 fails late (a trigger it creates
/// for the last synced table is already there), the file is left at its old version with every
/// object and row it had, no uid column or sync table half-made, and it opens once the obstacle
/// is gone.
#[test]
fn a_migration_that_fails_midway_leaves_the_old_schema_and_data() {
    let last = schema::TABLES.iter().rfind(|t| t.since == 9).unwrap().name;
    let obstacle = format!("{last}_sync_delete");
    assert!(
        triggers::migration_sql(9).contains(&format!("CREATE TRIGGER {obstacle} ")),
        "migration 9 creates {obstacle}, late"
    );
    // Only the schemas migration 9 applies to: later ones have the trigger already.
    for version in fixture_versions().into_iter().filter(|v| *v < 9) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        std::fs::copy(fixture(version), &path).unwrap();
        Connection::open(&path)
            .unwrap()
            .execute_batch(&format!(
                "CREATE TRIGGER {obstacle} AFTER DELETE ON {last} BEGIN SELECT 1; END;"
            ))
            .unwrap();
        let before = whole(&path);

        let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
        let env = Environment {
            os_locale: "en".into(),
            device_zone: chrono_tz::Europe::Oslo,
        };
        let error = Core::open(dir.path(), clock, env)
            .err()
            .unwrap_or_else(|| panic!("schema {version}: migration 9 must fail"));
        assert!(
            matches!(error, intervju_core::Error::Migration(_)),
            "schema {version}: {error:?}"
        );
        assert!(path.exists(), "not set aside as damaged");
        assert_eq!(whole(&path), before, "schema {version}");
        assert!(before.contains(&format!("user_version {version}\n")));
        assert!(!before.contains("sync_dirty"));

        Connection::open(&path)
            .unwrap()
            .execute_batch(&format!("DROP TRIGGER {obstacle}"))
            .unwrap();
        let core = open(dir.path());
        let interview = core
            .interview(parse(Some(json!({"id": 1}))).unwrap())
            .unwrap();
        assert_eq!(interview.company, "Fixture AS");
    }
}

/// Invariant: migration 11 is one transaction with its hook. When the hook refuses (the status
/// CHECK is not the one migration 1 wrote: a hand-edited file), nothing of schema 11 is left —
/// no link table, the old CHECK, the old version — and every row is as it was.
#[test]
fn a_refused_check_edit_rolls_the_whole_migration_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    std::fs::copy(fixture(10), &path).unwrap();
    {
        let mut conn = Connection::open(&path).unwrap();
        let tx = conn.transaction().unwrap();
        let version: i64 = tx
            .query_row("PRAGMA schema_version", [], |r| r.get(0))
            .unwrap();
        tx.execute_batch(&format!(
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_schema SET sql = replace(sql, '''withdrawn'')', '''withdrawn'', ''gone'')')
               WHERE type = 'table' AND name = 'interview';
             PRAGMA schema_version = {};
             PRAGMA writable_schema = OFF;",
            version + 1
        ))
        .unwrap();
        tx.commit().unwrap();
    }
    let before = whole(&path);
    assert!(before.contains("'gone'"));
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let env = Environment {
        os_locale: "en".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    let error = Core::open(dir.path(), clock, env)
        .err()
        .expect("the hook refuses an unexpected CHECK");
    assert!(
        matches!(error, intervju_core::Error::Migration(_)),
        "{error:?}"
    );
    assert_eq!(whole(&path), before);
    assert!(before.contains("user_version 10\n"));
    assert!(!before.contains("invitation_link"));
}
