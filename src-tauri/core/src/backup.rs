//! Automatic rotating backups: once a day the database is copied beside itself with SQLite's
//! online backup API (consistent while the app runs), the newest few are kept, and any of them can
//! be restored into the live database — after a safety copy of what is being replaced.

use crate::db::DATABASE_FILE;
use crate::error::{Error, Problem, Result};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How many daily backups are kept.
pub const KEEP: usize = 7;

const DAILY: &str = ".daily-";
const MANUAL: &str = ".manual-";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupFile {
    /// The file name; what `restore` takes.
    pub name: String,
    pub bytes: u64,
    /// When the copy was taken (the file's modification time).
    pub taken_at: Option<DateTime<Utc>>,
}

fn daily_name(day: NaiveDate) -> String {
    format!("{DATABASE_FILE}{DAILY}{day}.bak")
}

/// Copies the database to `target` with SQLite's online backup API. `conn` is a read connection:
/// the copy is taken in one step, inside one read transaction, so it is a consistent snapshot
/// and saves on the writer go on meanwhile (a copy in several steps would start over at every
/// save from another connection).
fn copy_to(conn: &Connection, target: &Path) -> Result<()> {
    let mut out = Connection::open(target)?;
    let backup = Backup::new(conn, &mut out)?;
    // -1: every page in one step. Busy or locked only while another process holds the file for
    // a moment (a second app starting): try again a few times, then say so.
    for _ in 0..50 {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            _ => std::thread::sleep(Duration::from_millis(100)),
        }
    }
    Err(Error::Io(std::io::Error::other(
        "the database stayed locked during the backup",
    )))
}

/// Copies to `target` under a temporary name first, so a crash or a full disk mid-copy never
/// leaves a half backup that looks whole; a failed copy leaves nothing behind.
fn copy_whole(conn: &Connection, target: &Path) -> Result<()> {
    let mut partial = target.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let copied = copy_to(conn, &partial).and_then(|()| Ok(put_in_place(&partial, target)?));
    if let Err(error) = copied {
        let mut journal = partial.clone().into_os_string();
        journal.push("-journal");
        for leftover in [partial, PathBuf::from(journal)] {
            if let Err(e) = std::fs::remove_file(&leftover) {
                if e.kind() != std::io::ErrorKind::NotFound {
                    tracing::warn!(error = %e, file = %leftover.display(), "a partial backup could not be removed");
                }
            }
        }
        return Err(error);
    }
    Ok(())
}

/// Renames a finished file (already synced) over `target`, then syncs the folder: the rename
/// itself is durable once the folder is synced (not possible everywhere, so not required).
pub(crate) fn put_in_place(partial: &Path, target: &Path) -> std::io::Result<()> {
    std::fs::rename(partial, target)?;
    if let Some(folder) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Ok(folder) = std::fs::File::open(folder) {
            let _ = folder.sync_all();
        }
    }
    Ok(())
}

/// Copies the database to `name` in `dir` (see `copy_whole`), then keeps only the newest `KEEP`
/// backups whose names contain `kind`.
fn take(conn: &Connection, dir: &Path, name: &str, kind: &str) -> Result<PathBuf> {
    let target = dir.join(name);
    copy_whole(conn, &target)?;
    let mut same_kind: Vec<String> = list(dir)?
        .into_iter()
        .map(|b| b.name)
        .filter(|n| n.contains(kind))
        .collect();
    // Names carry the date and time, so they sort oldest first.
    same_kind.sort();
    let excess = same_kind.len().saturating_sub(KEEP);
    for old in &same_kind[..excess] {
        std::fs::remove_file(dir.join(old))?;
    }
    Ok(target)
}

/// Takes today's backup unless it exists, then keeps only the newest `KEEP` daily ones.
/// Returns the new file, if one was taken.
pub fn daily(conn: &Connection, dir: &Path, now: DateTime<Utc>) -> Result<Option<PathBuf>> {
    let name = daily_name(now.date_naive());
    if dir.join(&name).exists() {
        return Ok(None);
    }
    take(conn, dir, &name, DAILY).map(Some)
}

/// When the next day's backup is due: the next midnight, UTC (the day a daily backup is named
/// after).
pub fn next_daily(now: DateTime<Utc>) -> DateTime<Utc> {
    let tomorrow = now.date_naive() + chrono::Days::new(1);
    tomorrow.and_time(chrono::NaiveTime::MIN).and_utc()
}

/// A backup the user asked for (Settings → "Back up now"); the newest `KEEP` of these are kept.
pub fn manual(conn: &Connection, dir: &Path, now: DateTime<Utc>) -> Result<BackupFile> {
    let name = format!("{DATABASE_FILE}{MANUAL}{}.bak", now.format("%Y%m%dT%H%M%S"));
    take(conn, dir, &name, MANUAL)?;
    list(dir)?
        .into_iter()
        .find(|b| b.name == name)
        .ok_or(Error::NotFound)
}

/// Every backup beside the database, newest first.
pub fn list(dir: &Path) -> Result<Vec<BackupFile>> {
    let mut found: Vec<BackupFile> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            if !(name.starts_with(&format!("{DATABASE_FILE}.")) && name.ends_with(".bak")) {
                return None;
            }
            let meta = e.metadata().ok()?;
            let taken_at = meta.modified().ok().map(DateTime::<Utc>::from);
            Some(BackupFile {
                name,
                bytes: meta.len(),
                taken_at,
            })
        })
        .collect();
    found.sort_by(|a, b| b.taken_at.cmp(&a.taken_at).then(b.name.cmp(&a.name)));
    Ok(found)
}

/// The newest backup beside the database, if any.
pub fn latest(dir: &Path) -> Option<PathBuf> {
    list(dir).ok()?.into_iter().next().map(|b| dir.join(b.name))
}

/// Puts the newest backup in place of a database that was set aside. Never overwrites a database.
pub fn restore_latest(dir: &Path) -> Result<()> {
    let target = dir.join(DATABASE_FILE);
    let backup = latest(dir).ok_or(Error::NotFound)?;
    if target.exists() {
        let exists = std::io::Error::new(std::io::ErrorKind::AlreadyExists, "database exists");
        return Err(Error::Io(exists));
    }
    std::fs::copy(backup, target)?;
    Ok(())
}

/// Replaces the live database's content with a backup's, inside the running app. What is replaced
/// is first copied to `….before-restore-<time>.bak`, so a restore can itself be undone.
pub fn restore(conn: &mut Connection, dir: &Path, name: &str, now: DateTime<Utc>) -> Result<()> {
    let known = list(dir)?.into_iter().any(|b| b.name == name);
    // Only a listed file name: never a path from the request.
    if !known || name.contains(['/', '\\']) {
        return Err(Error::field("name", Problem::UnknownItem));
    }
    let source = Connection::open(dir.join(name))?;
    let check: String = source.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(Error::Corrupt);
    }
    safety_copy(conn, dir, "restore", now)?;
    Backup::new(&source, conn)?.run_to_completion(512, Duration::ZERO, None)?;
    // A backup from an older version is brought up to date like any older database.
    crate::db::migrate(conn)?;
    Ok(())
}

/// Copies the live database aside as `….before-<what>-<time>.bak` before a change the user may
/// want to undo (a restore, an import); it is listed and restorable like any backup.
pub fn safety_copy(conn: &Connection, dir: &Path, what: &str, now: DateTime<Utc>) -> Result<()> {
    let safety = dir.join(format!(
        "{DATABASE_FILE}.before-{what}-{}.bak",
        now.format("%Y%m%dT%H%M%S")
    ));
    copy_whole(conn, &safety)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db;
    use chrono::Duration as Days;

    fn t(day: i64) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-01T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
            + Days::days(day)
    }

    #[test]
    fn the_newest_backup_can_take_the_place_of_a_damaged_file() {
        let dir = tempfile::tempdir().unwrap();
        assert!(latest(dir.path()).is_none());
        let backup = dir
            .path()
            .join(format!("{DATABASE_FILE}.before-schema-2.bak"));
        {
            let conn = Connection::open(&backup).unwrap();
            conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES ('kept');")
                .unwrap();
        }
        assert_eq!(latest(dir.path()), Some(backup));
        restore_latest(dir.path()).unwrap();
        let conn = Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
        let x: String = conn.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(x, "kept");
        assert!(
            restore_latest(dir.path()).is_err(),
            "never over an existing database"
        );
    }

    #[test]
    fn one_backup_a_day_and_only_the_newest_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let conn = db::open(dir.path()).unwrap();
        assert!(daily(&conn, dir.path(), t(0)).unwrap().is_some());
        assert!(
            daily(&conn, dir.path(), t(0)).unwrap().is_none(),
            "once a day"
        );
        for day in 1..12 {
            daily(&conn, dir.path(), t(day)).unwrap();
        }
        let names: Vec<String> = list(dir.path())
            .unwrap()
            .into_iter()
            .map(|b| b.name)
            .collect();
        assert_eq!(names.len(), KEEP);
        assert!(names.contains(&daily_name(t(11).date_naive())));
        assert!(
            !names.contains(&daily_name(t(4).date_naive())),
            "the oldest went"
        );
        assert!(!std::fs::read_dir(dir.path()).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with(".partial")));
    }

    /// Invariant: a restore brings back exactly the backed-up data and keeps what it replaced.
    #[test]
    fn a_backup_restores_into_the_running_database_after_a_safety_copy() {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = db::open(dir.path()).unwrap();
        conn.execute("INSERT INTO setting VALUES ('k', 'old')", [])
            .unwrap();
        let taken = daily(&conn, dir.path(), t(0)).unwrap().unwrap();
        conn.execute("UPDATE setting SET value = 'new' WHERE key = 'k'", [])
            .unwrap();

        let name = taken.file_name().unwrap().to_string_lossy().into_owned();
        restore(&mut conn, dir.path(), &name, t(1)).unwrap();
        let value: String = conn
            .query_row("SELECT value FROM setting WHERE key = 'k'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(value, "old");
        let safety = list(dir.path())
            .unwrap()
            .into_iter()
            .find(|b| b.name.contains("before-restore"))
            .unwrap();
        let kept = Connection::open(dir.path().join(safety.name)).unwrap();
        let value: String = kept
            .query_row("SELECT value FROM setting WHERE key = 'k'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(value, "new", "what was replaced is kept");

        for bad in ["../../etc/passwd", "intervju.sqlite3", "nothing.bak"] {
            assert!(
                matches!(
                    restore(&mut conn, dir.path(), bad, t(2)),
                    Err(Error::Validation(_))
                ),
                "{bad}"
            );
        }
    }
}
