//! Every earlier schema upgrades to the latest: a fixture database for each released version (see
//! scripts/make-fixtures.py) is opened by this binary, keeps all its data, and leaves a backup of
//! itself as it was beside the upgraded file.

use intervju_core::db::{latest_version, pre_migration_backup_path, DATABASE_FILE};
use intervju_core::service::{parse, InterviewRequest};
use intervju_core::{Core, Environment, ManualClock};
use rusqlite::Connection;
use serde_json::json;
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
        // Features of later schemas work on the upgraded data: reminders can be planned.
        core.replan_reminders().unwrap();
        assert_eq!(core.reminders(request()).unwrap().len(), 7);

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
