//! Whether the database file has passed its whole check. The app opens the file with a light
//! check (header, schema, settings: `db::open_quick`), so the first screen does not wait for a
//! read of the whole file; the whole check runs afterwards in the background (`Core::verify`).
//! Until it has passed, every write (and every backup) waits for it. If it fails, the connections
//! are closed, the file is set aside untouched and every write is refused, so nothing lands on a
//! damaged file.

use super::{lock, Core};
use crate::db;
use crate::error::{Error, Result};
use rusqlite::config::DbConfig;
use rusqlite::Connection;
use std::sync::{Condvar, Mutex};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Checked {
    Pending,
    Sound,
    /// The check found the file damaged (and it was set aside).
    Damaged,
    /// The check could not be run (an I/O error, logged): the file is not vouched for.
    Unchecked,
}

pub(super) struct Soundness {
    checked: Mutex<Checked>,
    settled: Condvar,
}

impl Soundness {
    pub(super) fn new(checked_whole: bool) -> Soundness {
        Soundness {
            checked: Mutex::new(match checked_whole {
                true => Checked::Sound,
                false => Checked::Pending,
            }),
            settled: Condvar::new(),
        }
    }

    /// Waits while the check runs; an error if the file failed it.
    pub(super) fn wait(&self) -> Result<()> {
        let mut checked = lock(&self.checked);
        while *checked == Checked::Pending {
            checked = self
                .settled
                .wait(checked)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        match *checked {
            Checked::Sound => Ok(()),
            Checked::Damaged => Err(Error::Corrupt),
            Checked::Pending | Checked::Unchecked => Err(Error::Io(std::io::Error::other(
                "the database file could not be checked",
            ))),
        }
    }

    /// Whether the file failed its check (or could not be checked): its connections are closed.
    pub(super) fn closed(&self) -> bool {
        matches!(self.current(), Checked::Damaged | Checked::Unchecked)
    }

    fn current(&self) -> Checked {
        *lock(&self.checked)
    }

    fn settle(&self, checked: Checked) {
        *lock(&self.checked) = checked;
        self.settled.notify_all();
    }
}

impl Core {
    /// The whole file's check, after a light open (see the module), on a read connection of its
    /// own: reads go on meanwhile. It holds the writer, so no write lands until the check has
    /// passed; then the start-up's first write (a reset reminder setting to tell of) follows. A
    /// damaged file is closed and set aside, and `Error::Corrupt` is returned: the shell then
    /// leaves this core for the recovery screen. Once it has passed, calling it again does
    /// nothing.
    pub fn verify(&self) -> Result<()> {
        let mut writer = lock(&self.writer);
        match self.soundness.current() {
            Checked::Pending => {}
            // Settled: sound, or closed for good (the connections are stand-ins now, so a
            // second check of the file must not reopen it for writing).
            Checked::Sound | Checked::Damaged | Checked::Unchecked => return self.soundness.wait(),
        }
        let verdict = match &self.data_dir {
            Some(dir) => db::open_reader(dir).and_then(|checker| db::check_whole(&checker)),
            // A database in memory was made by this process.
            None => Ok(()),
        };
        let Err(error) = verdict else {
            self.soundness.settle(Checked::Sound);
            drop(writer);
            return self.recover_unreadable_settings();
        };
        tracing::error!(error = %crate::error::chain(&error), "the database file failed its whole check; closing it");
        // The writer first; then the writes waiting for the check are refused (so none of them
        // holds on to a read connection while it waits); then every read in flight ends and its
        // connection closes too. Only then is the file moved.
        let mut closed = close(&mut writer);
        self.soundness.settle(match error {
            Error::Corrupt => Checked::Damaged,
            _ => Checked::Unchecked,
        });
        drop(writer);
        for reader in &self.readers {
            closed = closed.and(close(&mut lock(reader)));
        }
        let settled = match (&error, closed) {
            (Error::Corrupt, Ok(())) => match &self.data_dir {
                Some(dir) => db::set_aside_in(dir).map(|aside| {
                    tracing::warn!(aside = %aside.display(), "the damaged database was set aside");
                }),
                None => Ok(()),
            },
            (_, closed) => closed,
        };
        if let Err(failure) = &settled {
            tracing::error!(error = %crate::error::chain(failure), "the damaged database could not be closed and set aside");
        }
        Err(error)
    }
}

/// Closes a connection to the damaged file, leaving an empty in-memory one that refuses writes
/// in its place. It closes without the usual checkpoint, so the file is set aside exactly as the
/// check found it.
fn close(conn: &mut Connection) -> Result<()> {
    let stand_in = Connection::open_in_memory()?;
    stand_in.pragma_update(None, "query_only", "ON")?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    std::mem::replace(conn, stand_in)
        .close()
        .map_err(|(_, error)| Error::Storage(error))
}

#[cfg(test)]
mod tests {
    use crate::db::DATABASE_FILE;
    use crate::testing::{ask, t0};
    use crate::{Core, Environment, Error, ManualClock};
    use serde_json::json;
    use std::path::Path;
    use std::sync::{mpsc, Arc};
    use std::time::Duration;

    fn open_quick(dir: &Path) -> crate::Result<Core> {
        Core::open_quick(
            dir,
            Arc::new(ManualClock::new(t0())),
            Environment {
                os_locale: "en-GB".into(),
                device_zone: chrono_tz::Europe::Oslo,
            },
        )
    }

    fn new_interview(core: &Core, company: &str) -> crate::Result<crate::interview::Interview> {
        core.create_interview(crate::parse(Some(json!({
            "company": company, "role": "Role", "startLocal": "2026-12-10T10:00",
            "timeZone": "Europe/Oslo"})))?)
    }

    /// A database at the latest schema with `interviews` interviews and a filler table after
    /// them, its log folded into the file and closed.
    fn made(dir: &Path, interviews: usize) {
        let core = open_quick(dir).unwrap();
        for n in 0..interviews {
            new_interview(&core, &format!("Firm {n}")).unwrap();
        }
        core.write()
            .unwrap()
            .execute_batch(
                "CREATE TABLE filler (x);
                 WITH RECURSIVE n(i) AS (SELECT 1 UNION SELECT i + 1 FROM n WHERE i < 2000)
                 INSERT INTO filler SELECT randomblob(200) FROM n;
                 PRAGMA wal_checkpoint(TRUNCATE);",
            )
            .unwrap();
    }

    /// Scribbles over the filler's pages near the end of the file; header, schema and settings
    /// stay as they were. Returns the file's bytes as damaged.
    fn damage(dir: &Path) -> Vec<u8> {
        let path = dir.join(DATABASE_FILE);
        let mut bytes = std::fs::read(&path).unwrap();
        let end = bytes.len() - 8192;
        bytes[end - 65536..end].fill(0x5A);
        std::fs::write(&path, &bytes).unwrap();
        bytes
    }

    /// Invariant: a sound file opened lightly is read at once, but nothing is written to it
    /// until its whole check has passed; then the waiting save lands.
    #[test]
    fn a_write_waits_for_the_whole_check_and_then_lands() {
        let dir = tempfile::tempdir().unwrap();
        made(dir.path(), 3);
        let core = Arc::new(open_quick(dir.path()).unwrap());
        let page = ask(|r| core.list_interviews(r), json!({"limit": 30}));
        assert_eq!(page.items.len(), 3, "reads do not wait");

        let (done, saved) = mpsc::channel();
        let writer = Arc::clone(&core);
        let save = std::thread::spawn(move || {
            done.send(new_interview(&writer, "Waiting AS").map(|i| i.id))
                .unwrap()
        });
        assert!(
            saved.recv_timeout(Duration::from_millis(300)).is_err(),
            "the save landed before the file was checked"
        );
        core.verify().unwrap();
        let id = saved.recv().unwrap().unwrap();
        save.join().unwrap();
        assert_eq!(
            core.interview(crate::service::IdRequest { id })
                .unwrap()
                .company,
            "Waiting AS"
        );
        core.verify().unwrap();
    }

    /// Invariant: a file damaged where the light open does not look opens, shows what can be
    /// read, and then fails its whole check: no write lands on it (the one waiting is refused
    /// as `Error::Corrupt`), and it is set aside byte for byte; the next open starts afresh.
    #[test]
    fn a_file_damaged_past_the_light_check_is_set_aside_before_any_write() {
        let dir = tempfile::tempdir().unwrap();
        made(dir.path(), 2);
        let damaged = damage(dir.path());
        let core = Arc::new(open_quick(dir.path()).expect("the light check passes"));
        assert!(
            core.settings().is_ok(),
            "settings are read before the check"
        );

        let writer = Arc::clone(&core);
        let save = std::thread::spawn(move || new_interview(&writer, "Too early AS"));
        assert!(matches!(core.verify(), Err(Error::Corrupt)));
        assert!(matches!(save.join().unwrap(), Err(Error::Corrupt)));
        assert!(matches!(
            new_interview(&core, "Later AS"),
            Err(Error::Corrupt)
        ));
        assert!(matches!(core.verify(), Err(Error::Corrupt)));

        let aside = dir.path().join(format!("{DATABASE_FILE}.corrupt-1"));
        assert_eq!(std::fs::read(aside).unwrap(), damaged, "set aside as found");
        assert!(!dir.path().join(DATABASE_FILE).exists());
        drop(core);
        let fresh = open_quick(dir.path()).unwrap();
        fresh.verify().unwrap();
        assert!(ask(|r| fresh.list_interviews(r), json!({"limit": 30}))
            .items
            .is_empty());
    }

    /// Invariant: unreadable reminder settings are told of from the light open on (the first
    /// screen shows the notice), once; they are set aside only when the check allows writes.
    #[test]
    fn unreadable_settings_are_told_at_once_and_set_aside_after_the_check() {
        let dir = tempfile::tempdir().unwrap();
        made(dir.path(), 1);
        rusqlite::Connection::open(dir.path().join(DATABASE_FILE))
            .unwrap()
            .execute(
                "INSERT OR REPLACE INTO setting (key, value) VALUES ('reminders', '{not json')",
                [],
            )
            .unwrap();
        let planted = "SELECT count(*) FROM setting WHERE key = 'reminders'";
        let core = open_quick(dir.path()).unwrap();
        let told: Vec<_> = core.take_notices().unwrap();
        assert_eq!(told.len(), 1, "{told:?}");
        let still: i64 = core.read().query_row(planted, [], |r| r.get(0)).unwrap();
        assert_eq!(still, 1, "nothing written before the check");
        core.verify().unwrap();
        let kept: i64 = core.read().query_row(planted, [], |r| r.get(0)).unwrap();
        assert_eq!(kept, 0, "set aside after the check");
        assert!(core.take_notices().unwrap().is_empty(), "told once");
    }

    /// Invariant: the full open (`Core::open`) still refuses the same file at once.
    #[test]
    fn the_full_open_refuses_a_file_damaged_past_the_light_check() {
        let dir = tempfile::tempdir().unwrap();
        made(dir.path(), 1);
        let damaged = damage(dir.path());
        let opened = Core::open(
            dir.path(),
            Arc::new(ManualClock::new(t0())),
            Environment {
                os_locale: "en-GB".into(),
                device_zone: chrono_tz::Europe::Oslo,
            },
        );
        assert!(matches!(opened, Err(Error::Corrupt)));
        let aside = dir.path().join(format!("{DATABASE_FILE}.corrupt-1"));
        assert_eq!(std::fs::read(aside).unwrap(), damaged);
    }
}
