//! Opening the database: one constructor sets every PRAGMA, refuses a schema newer than this
//! binary, backs the file up before it migrates, then applies the embedded migrations atomically.

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{Migrations, M};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::Duration;

/// Ordered and append-only: a released migration is never edited, only followed by a new one.
/// Schema version N is the state after the first N of these.
const MIGRATION_SQL: &[&str] = &[
    include_str!("../migrations/0001_interviews.sql"),
    include_str!("../migrations/0002_checklist.sql"),
    include_str!("../migrations/0003_preparation.sql"),
    include_str!("../migrations/0004_reflection.sql"),
    include_str!("../migrations/0005_reminders.sql"),
    include_str!("../migrations/0006_search.sql"),
    include_str!("../migrations/0007_id_high_water.sql"),
    include_str!("../migrations/0008_interview_by_start_local.sql"),
    include_str!("../migrations/0009_sync.sql"),
    include_str!("../migrations/0010_os_notifications.sql"),
    include_str!("../migrations/0011_invitations.sql"),
    include_str!("../migrations/0012_search_tags.sql"),
    include_str!("../migrations/0013_lan.sql"),
    include_str!("../migrations/0014_reflection_totals.sql"),
    include_str!("../migrations/0015_reporting.sql"),
    include_str!("../migrations/0016_reporting_sync.sql"),
];

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(
        MIGRATION_SQL
            .iter()
            .enumerate()
            .map(|(i, sql)| match i + 1 {
                // A CHECK constraint widened in place, in the same transaction as the SQL.
                11 => M::up_with_hook(sql, crate::check_constraint::allow_cancelled_status),
                _ => M::up(sql),
            })
            .collect(),
    )
});

/// The schema version this binary writes.
pub fn latest_version() -> i64 {
    MIGRATION_SQL.len() as i64
}

/// The file name of the database inside the data folder.
pub const DATABASE_FILE: &str = "intervju.sqlite3";

/// Opens (creating if needed) the database in `dir` and brings it to the latest schema. A damaged
/// file is detected here (`quick_check` of the whole file), set aside untouched, and reported as
/// `Error::Corrupt`.
pub fn open(dir: &Path) -> Result<Connection> {
    open_with(dir, Check::Whole).map(|(conn, _)| conn)
}

/// Opens the database in `dir` like [`open`], but reads only the header, the schema and the
/// settings to see that the file is sound, so opening does not grow with the file (`quick_check`
/// reads all of it: 1.3–1.8 s at 100,000 interviews). The second value says whether the whole
/// file was checked anyway (a new file, or one that migrated: a migration writes, so it is
/// checked first); if not, [`check_whole`] must pass before anything is written.
pub fn open_quick(dir: &Path) -> Result<(Connection, bool)> {
    open_with(dir, Check::Light)
}

/// How much of the file is read to see that it is sound before it is used.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Check {
    Whole,
    /// The header, the schema and the settings table.
    Light,
}

fn open_with(dir: &Path, check: Check) -> Result<(Connection, bool)> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(DATABASE_FILE);
    match open_checked(&path, check) {
        Err(error) if is_corruption(&error) => {
            set_aside(&path)?;
            Err(Error::Corrupt)
        }
        other => other,
    }
}

/// The whole file's check, which [`open_quick`] leaves for later: `Error::Corrupt` if it is
/// damaged (then [`set_aside_in`] keeps it for rescue).
pub fn check_whole(conn: &Connection) -> Result<()> {
    let found: Result<String> = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(Error::from);
    match found {
        Ok(check) if check == "ok" => Ok(()),
        Ok(_) => Err(Error::Corrupt),
        Err(error) if is_corruption(&error) => Err(Error::Corrupt),
        Err(error) => Err(error),
    }
}

/// Sets the damaged database in `dir` aside (see [`set_aside`]); its connections must be closed.
pub fn set_aside_in(dir: &Path) -> Result<PathBuf> {
    set_aside(&dir.join(DATABASE_FILE))
}

fn is_corruption(error: &Error) -> bool {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    match error {
        Error::Corrupt => true,
        Error::Storage(rusqlite::Error::SqliteFailure(e, _)) => {
            matches!(e.code, DatabaseCorrupt | NotADatabase)
        }
        Error::Migration(rusqlite_migration::Error::RusqliteError {
            err: rusqlite::Error::SqliteFailure(e, _),
            ..
        }) => {
            matches!(e.code, DatabaseCorrupt | NotADatabase)
        }
        _ => false,
    }
}

/// Moves a damaged database (and its write-ahead log) to the first free `….corrupt-N` name, so
/// it is never overwritten and can be handed to someone who can rescue it.
fn set_aside(path: &Path) -> Result<PathBuf> {
    let mut n = 1;
    let target = loop {
        let mut name = path.as_os_str().to_owned();
        name.push(format!(".corrupt-{n}"));
        let candidate = PathBuf::from(name);
        if !candidate.exists() {
            break candidate;
        }
        n += 1;
    };
    std::fs::rename(path, &target)?;
    for (suffix, keep) in [("-wal", true), ("-shm", false)] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let side = PathBuf::from(side);
        if side.exists() {
            if keep {
                let mut moved = target.as_os_str().to_owned();
                moved.push(suffix);
                std::fs::rename(&side, PathBuf::from(moved))?;
            } else {
                std::fs::remove_file(&side)?;
            }
        }
    }
    Ok(target)
}

fn open_checked(path: &Path, check: Check) -> Result<(Connection, bool)> {
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    // Another process (a second instance, a backup tool) may hold a lock for a moment; wait for
    // it rather than failing a user's save.
    conn.busy_timeout(Duration::from_secs(5))?;
    // Checked before any PRAGMA that writes the header, so a newer file is left byte-for-byte as is.
    let found = schema_version(&conn)?;
    refuse_newer(found)?;
    // A damaged file must be noticed before anything is written to it. A migration writes, and a
    // new file is small: those check the whole file now; otherwise a light open leaves the whole
    // file to `check_whole`, which the core runs before its first write.
    let migrating = found < latest_version();
    let whole = check == Check::Whole || migrating;
    let pragma = match whole {
        true => "PRAGMA quick_check",
        false => "PRAGMA quick_check(setting)",
    };
    let verdict: String = conn.query_row(pragma, [], |r| r.get(0))?;
    if verdict != "ok" {
        return Err(Error::Corrupt);
    }
    configure(&conn)?;
    if found > 0 && migrating {
        backup_before_migration(&conn, path, found)?;
    }
    MIGRATIONS.to_latest(&mut conn)?;
    Ok((conn, whole))
}

/// A read connection to the database in `dir`, opened after the writer (which created and
/// migrated it). In WAL mode a reader sees the last committed state and neither waits for the
/// writer nor holds it up, so screens stay quick during a save, an import or a backup.
pub fn open_reader(dir: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        dir.join(DATABASE_FILE),
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    // Only a checkpoint or a second app could keep a reader waiting, and only for a moment.
    conn.busy_timeout(Duration::from_secs(5))?;
    // A reader that tried to write would bypass the writer's lock and its transaction rules:
    // make that an error instead of a silent second writer.
    conn.pragma_update(None, "query_only", "ON")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(conn)
}

/// Brings a connection's schema to the latest (after a restore from an older backup).
pub fn migrate(conn: &mut Connection) -> Result<()> {
    refuse_newer(schema_version(conn)?)?;
    Ok(MIGRATIONS.to_latest(conn)?)
}

/// A private, empty, fully migrated database for tests.
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    configure(&conn)?;
    MIGRATIONS.to_latest(&mut conn)?;
    Ok(conn)
}

fn configure(conn: &Connection) -> Result<()> {
    // Write-ahead logging: a crash mid-write leaves the last committed state intact, and readers
    // do not block the writer.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL syncs the WAL on every commit, so a save that returned survives a power cut, not only
    // a crash of the app. The cost is one fsync per save, which a person typing never notices.
    conn.pragma_update(None, "synchronous", "FULL")?;
    // SQLite leaves foreign keys off by default; rounds link to rounds and interviewers belong to
    // interviews, and those links must hold.
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

fn schema_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

fn refuse_newer(found: i64) -> Result<()> {
    if found > latest_version() {
        return Err(Error::DatabaseTooNew {
            found,
            supported: latest_version(),
        });
    }
    Ok(())
}

/// The copy taken before migrating from schema `from`; kept beside the database.
pub fn pre_migration_backup_path(db_path: &Path, from: i64) -> PathBuf {
    let mut name = db_path.as_os_str().to_owned();
    name.push(format!(".before-schema-{}.bak", from + 1));
    PathBuf::from(name)
}

fn backup_before_migration(conn: &Connection, db_path: &Path, from: i64) -> Result<()> {
    let target = pre_migration_backup_path(db_path, from);
    let mut copy = Connection::open(&target)?;
    rusqlite::backup::Backup::new(conn, &mut copy)?.run_to_completion(256, Duration::ZERO, None)?;
    Ok(())
}

/// Every row of every table, sorted, and the schema version, as text (see `Core::dump`).
pub fn dump(conn: &Connection) -> Result<String> {
    let mut out = format!("user_version {}\n", schema_version(conn)?);
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\""))?;
        let columns = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                (0..columns)
                    .map(|i| r.get_ref(i).map(|v| format!("{v:?}")))
                    .collect::<rusqlite::Result<Vec<_>>>()
                    .map(|cells| cells.join("|"))
            })?
            .collect::<rusqlite::Result<_>>()?;
        rows.sort();
        out.push_str(&format!("{table}: {}\n", rows.join("\n  ")));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS.validate().expect("migrations apply cleanly");
        assert_eq!(
            schema_version(&open_in_memory().unwrap()).unwrap(),
            latest_version()
        );
    }

    /// Invariant: an import's "is this interview already here?" is an index lookup, not a scan
    /// of every interview (84 s for 1,000 rows into 100,000 before schema 8).
    #[test]
    fn the_import_duplicate_check_is_an_index_lookup() {
        let conn = open_in_memory().unwrap();
        let plan: Vec<String> = conn
            .prepare(
                "EXPLAIN QUERY PLAN SELECT id FROM interview WHERE company = ?1 AND role = ?2
                 AND round = ?3 AND start_local = ?4 AND time_zone = ?5",
            )
            .unwrap()
            .query_map(
                ["a", "b", "first", "2026-12-01T10:00", "Europe/Oslo"],
                |r| r.get::<_, String>(3),
            )
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(
            plan.iter().any(|step| step.contains("USING INDEX")),
            "{plan:?}"
        );
    }

    #[test]
    fn open_sets_durable_pragmas() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open(dir.path()).unwrap();
        let journal: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        let synchronous: i64 = conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap();
        let foreign_keys: i64 = conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert_eq!(journal, "wal");
        assert_eq!(synchronous, 2, "FULL");
        assert_eq!(foreign_keys, 1);
    }

    /// Invariant: a database written by a newer app is refused and left byte-for-byte untouched.
    #[test]
    fn newer_database_is_refused_and_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        match open(dir.path()) {
            Err(Error::DatabaseTooNew {
                found: 99,
                supported,
            }) => {
                assert_eq!(supported, latest_version())
            }
            other => panic!("expected DatabaseTooNew, got {other:?}"),
        }
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    /// Invariant: a damaged file is detected at open and set aside untouched, never overwritten.
    #[rstest::rstest]
    #[case::garbage(false)]
    #[case::damaged_pages(true)]
    fn a_damaged_database_is_detected_and_kept_aside(#[case] partly: bool) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        {
            let conn = open(dir.path()).unwrap();
            conn.execute_batch("CREATE TABLE filler (x); WITH RECURSIVE n(i) AS (SELECT 1 UNION SELECT i + 1 FROM n WHERE i < 2000)
                                INSERT INTO filler SELECT randomblob(200) FROM n; PRAGMA wal_checkpoint(TRUNCATE);").unwrap();
        }
        let mut bytes = std::fs::read(&path).unwrap();
        if partly {
            // Scribble over pages in the middle; the header stays valid.
            for b in &mut bytes[8192..40960] {
                *b = 0x5A;
            }
        } else {
            bytes.iter_mut().for_each(|b| *b = 0x42);
        }
        std::fs::write(&path, &bytes).unwrap();

        assert!(matches!(open(dir.path()), Err(Error::Corrupt)));
        let aside = dir.path().join(format!("{DATABASE_FILE}.corrupt-1"));
        assert_eq!(
            std::fs::read(&aside).unwrap(),
            bytes,
            "kept aside byte for byte"
        );
        assert!(!path.exists());
        // The next open starts afresh, and a second damaged file would not overwrite the first.
        open(dir.path()).unwrap();
    }

    #[test]
    fn a_data_folder_that_cannot_be_made_is_an_io_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, "x").unwrap();
        assert!(matches!(open(&file.join("data")), Err(Error::Io(_))));
    }

    #[test]
    fn reopening_keeps_data_and_takes_no_backup_when_nothing_migrates() {
        let dir = tempfile::tempdir().unwrap();
        open(dir.path())
            .unwrap()
            .execute("INSERT INTO setting (key, value) VALUES ('k', 'v')", [])
            .unwrap();
        let conn = open(dir.path()).unwrap();
        let value: String = conn
            .query_row("SELECT value FROM setting WHERE key = 'k'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(value, "v");
        let backups = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".bak")
            })
            .count();
        assert_eq!(backups, 0);
    }
}
