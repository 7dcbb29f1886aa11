//! Power loss below the process: the crash test (`crash.rs`) kills the app, but the OS still
//! writes what SQLite handed it; here the disk keeps only what was made durable by fsync, plus
//! any subset of the writes after it (see `vfs`). A workload of saves, edits, a delete and a
//! backup runs until the power goes at a chosen operation; then the database is opened as the
//! app opens it after a restart. Invariants: it opens clean (or is found damaged and set aside,
//! counted: none expected); every save that returned before the cut is there, as saved; a
//! delete that returned stays deleted; an import that returned is there whole; every backup
//! the app lists is whole.
//!
//! `POWER_CUTS` cut points spread over the workload's operations (`make test`: 24, `make
//! stress`: 240), each with its own seeded choice of which pending writes the disk kept.

mod vfs;

use intervju_core::{parse, Core, Environment, ManualClock};
use serde_json::json;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// A small seeded generator: which cut points, which pending writes survive.
struct Coins(u64);

impl Coins {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn open(dir: &Path) -> intervju_core::Result<Core> {
    let env = Environment {
        os_locale: "nb-NO".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-29T08:00:00Z")
        .unwrap()
        .to_utc();
    Core::open(dir, Arc::new(ManualClock::new(now)), env)
}

/// What the app acknowledged: interviews by id with their notes, and the ids whose delete
/// returned.
#[derive(Default, Debug)]
struct Acknowledged {
    interviews: BTreeMap<i64, (String, String)>,
    deleted: Vec<i64>,
    backups: usize,
    imported: bool,
}

/// Interviews in the backup the workload imports.
const IMPORTED: usize = 3;

/// A JSON backup of another database holding `IMPORTED` interviews (made before any cut).
fn backup_to_import() -> String {
    let dir = tempfile::tempdir().unwrap();
    let other = open(dir.path()).unwrap();
    for i in 0..IMPORTED {
        let draft = json!({"company": format!("Importert {i}"), "role": "Rolle", "startLocal": "2026-12-02T10:00",
            "timeZone": "Europe/Oslo"});
        other.create_interview(parse(Some(draft)).unwrap()).unwrap();
    }
    let bytes = other
        .export(&parse(Some(json!({"format": "json"}))).unwrap())
        .unwrap();
    String::from_utf8(bytes).unwrap()
}

/// The user's saves, until the power goes (every call after the cut fails, as the app would
/// have stopped). Returns what was acknowledged.
fn workload(dir: &Path, backup: &str) -> Acknowledged {
    let mut done = Acknowledged::default();
    let Ok(core) = open(dir) else {
        return done;
    };
    for i in 0..24 {
        let company = format!("Firma {i}");
        // As the app keeps it: trimmed.
        let notes = format!("notat {i} ").repeat(40).trim_end().to_owned();
        let draft = json!({"company": company, "role": "Utvikler", "startLocal": "2026-12-01T10:00",
            "timeZone": "Europe/Oslo", "notes": notes});
        if let Ok(saved) = core.respond(|c| c.create_interview(parse(Some(draft))?)) {
            done.interviews.insert(saved.id, (company, notes));
        }
        if i % 4 == 3 {
            // An edit of an earlier one.
            if let Some((&id, (company, _))) = done.interviews.iter().next() {
                let notes = format!("endret {i}");
                let change = json!({"id": id, "interview": {"company": company, "role": "Utvikler",
                    "startLocal": "2026-12-01T10:00", "timeZone": "Europe/Oslo", "notes": notes}});
                let company = company.clone();
                if core
                    .respond(|c| c.update_interview(parse(Some(change))?))
                    .is_ok()
                {
                    done.interviews.insert(id, (company, notes));
                }
            }
        }
        if i == 10 && core.respond(|c| c.backup_now()).is_ok() {
            done.backups += 1;
        }
        // An import: a safety copy, then every row in one transaction.
        if i == 13 && core.respond(|c| c.import_backup(backup)).is_ok() {
            done.imported = true;
        }
        if i == 16 {
            if let Some(&id) = done.interviews.keys().nth(1) {
                if core
                    .respond(|c| c.delete_interview(parse(Some(json!({"id": id})))?))
                    .is_ok()
                {
                    done.interviews.remove(&id);
                    done.deleted.push(id);
                }
            }
        }
        if vfs::cut() {
            break;
        }
    }
    done
}

/// The notes of interview `id` as the reopened app shows it; None if it is not there.
fn notes(core: &Core, id: i64) -> Option<(String, String)> {
    let found = core.respond(|c| c.interview(parse(Some(json!({"id": id})))?));
    found.ok().map(|i| (i.company, i.notes))
}

/// Each listed backup opens and passes SQLite's integrity check.
fn backups_whole(core: &Core, dir: &Path) -> Result<usize, String> {
    let listed = core
        .backups()
        .map_err(|e| format!("listing backups: {e}"))?;
    for backup in &listed {
        let conn = rusqlite::Connection::open_with_flags(
            dir.join(&backup.name),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .map_err(|e| format!("{}: {e}", backup.name))?;
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|e| format!("{}: {e}", backup.name))?;
        if check != "ok" {
            return Err(format!("{} is not whole: {check}", backup.name));
        }
    }
    Ok(listed.len())
}

#[test]
fn every_acknowledged_save_survives_a_power_cut() {
    vfs::install();
    let cuts: u64 = std::env::var("POWER_CUTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(24);

    // The database is made before the counting starts: the power goes during use, not setup.
    let fresh = tempfile::tempdir().unwrap();
    drop(open(fresh.path()).unwrap());
    let template = std::fs::read(fresh.path().join("intervju.sqlite3")).unwrap();
    let prepare = || {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("intervju.sqlite3"), &template).unwrap();
        dir
    };

    let backup = backup_to_import();
    // How many operations the whole workload takes with the power on.
    let dir = prepare();
    vfs::arm(None);
    let all = workload(dir.path(), &backup);
    let total = vfs::ops();
    vfs::power_back(|| true);
    assert_eq!(
        all.interviews.len(),
        23,
        "the workload runs whole with the power on"
    );
    assert!(
        total > 100,
        "only {total} operations counted: is the VFS in use?"
    );

    let mut coins = Coins(0x9e37_79b9_7f4a_7c15);
    let (mut lost, mut damaged, mut acknowledged, mut backups, mut imports) = (vec![], 0, 0, 0, 0);
    for n in 0..cuts {
        // Spread over the workload, each in its own stretch, at a random place in it.
        let stretch = total / cuts;
        let cut_at = 1 + n * stretch + coins.next() % stretch.max(1);
        let dir = prepare();
        vfs::arm(Some(cut_at));
        let done = workload(dir.path(), &backup);
        assert!(vfs::cut(), "cut {cut_at} of {total} never came");
        let seed = coins.next();
        let mut keep = Coins(seed | 1);
        vfs::power_back(|| keep.next().is_multiple_of(2));

        acknowledged += done.interviews.len();
        imports += usize::from(done.imported);
        let core = match open(dir.path()) {
            Ok(core) => core,
            Err(error) => {
                // The recovery path: the app finds the file damaged and sets it aside.
                assert_eq!(error.code(), "corrupt_database", "cut {cut_at}: {error:?}");
                damaged += 1;
                continue;
            }
        };
        for (id, saved) in &done.interviews {
            match notes(&core, *id) {
                Some(found) if &found == saved => {}
                other => lost.push(format!(
                    "cut {cut_at} (seed {seed}): interview {id} is {other:?}"
                )),
            }
        }
        let listed = core
            .respond(|c| c.list_interviews(parse(Some(json!({"limit": 100})))?))
            .unwrap();
        let imported = listed
            .items
            .iter()
            .filter(|i| i.heading.company.starts_with("Importert"))
            .count();
        if (done.imported && imported != IMPORTED) || ![0, IMPORTED].contains(&imported) {
            lost.push(format!("cut {cut_at}: {imported} of {IMPORTED} imported interviews (import acknowledged: {})", done.imported));
        }
        for id in &done.deleted {
            if notes(&core, *id).is_some() {
                lost.push(format!("cut {cut_at}: deleted interview {id} came back"));
            }
        }
        match backups_whole(&core, dir.path()) {
            Ok(n) => backups += n,
            Err(why) => lost.push(format!("cut {cut_at}: {why}")),
        }
    }
    println!(
        "{cuts} power cuts over {total} operations: {acknowledged} acknowledged saves and {imports} \
         acknowledged imports checked, {} lost, {damaged} files found damaged, {backups} backups whole",
        lost.len()
    );
    assert!(lost.is_empty(), "{}", lost.join("\n"));
    assert_eq!(
        damaged, 0,
        "a file damaged by a power cut: synchronous=FULL should prevent it"
    );
}
