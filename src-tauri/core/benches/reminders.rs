//! Reminder benchmark: re-planning 10,000 interviews (70,000 reminders) beside a baseline — the
//! bare SQLite inserts of the same rows in the same run — and the scheduler's wake-ups over a
//! simulated idle day with 10,000 reminders pending, told by the OS of clock changes and resumes
//! and not. Run with `make bench`.

use chrono::{DateTime, Duration, Utc};
use intervju_core::reminders::OsSignals;
use intervju_core::{Core, Environment, ManualClock};
use serde_json::json;
use std::sync::Arc;
use std::time::Instant;

const INTERVIEWS: usize = 10_000;

fn median(mut runs: Vec<f64>) -> f64 {
    runs.sort_by(f64::total_cmp);
    runs[runs.len() / 2]
}

fn main() {
    let t0 = DateTime::parse_from_rfc3339("2026-11-29T08:00:00Z")
        .unwrap()
        .with_timezone(&Utc);
    let env = || Environment {
        os_locale: "en".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(t0));
    let core = Core::open(dir.path(), clock.clone(), env()).unwrap();
    let created = Instant::now();
    for i in 0..INTERVIEWS {
        // Spread over the coming 200 days, at working hours.
        let start = t0 + Duration::minutes(60 * 24 + (i as i64 * 28_771) % (200 * 24 * 60));
        let local = start
            .with_timezone(&chrono_tz::Europe::Oslo)
            .format("%Y-%m-%dT%H:00")
            .to_string();
        let draft = intervju_core::parse(Some(
            json!({"company": format!("Company {i}"), "role": "Role", "startLocal": local}),
        ))
        .unwrap();
        if core.create_interview(draft).is_err() {
            continue; // a start inside a daylight-saving gap
        }
    }
    let create_ms = created.elapsed().as_secs_f64() * 1e3;

    // Re-planning everything (what a settings change does) against the bare inserts of as many
    // reminder rows into a table of the same shape.
    let replan = median(
        (0..5)
            .map(|_| {
                let started = Instant::now();
                core.replan_reminders().unwrap();
                started.elapsed().as_secs_f64() * 1e3
            })
            .collect(),
    );
    let baseline = median((0..5).map(|_| {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE r (id INTEGER PRIMARY KEY, interview_id INTEGER, kind TEXT, due_at INTEGER, state TEXT, UNIQUE (interview_id, kind))").unwrap();
        let started = Instant::now();
        let tx = conn.unchecked_transaction().unwrap();
        {
            let mut stmt = tx.prepare("INSERT INTO r (interview_id, kind, due_at, state) VALUES (?1, ?2, ?3, 'pending')").unwrap();
            for i in 0..INTERVIEWS as i64 {
                for k in 0..7 {
                    stmt.execute(rusqlite::params![i, k.to_string(), t0.timestamp() + i * 60 + k]).unwrap();
                }
            }
        }
        tx.commit().unwrap();
        started.elapsed().as_secs_f64() * 1e3
    }).collect());

    // An idle day: wake, fire what is due, sleep as told. Count wake-ups and due instants, once
    // told by the OS of clock changes and resumes (Linux) and once not (the five-minute
    // fallback), each on its own copy of the same plan.
    let copy = tempfile::tempdir().unwrap();
    core.backup_now().unwrap();
    let taken = core.backups().unwrap().remove(0);
    std::fs::copy(
        dir.path().join(&taken.name),
        copy.path().join(intervju_core::db::DATABASE_FILE),
    )
    .unwrap();
    let second_clock = Arc::new(ManualClock::new(t0));
    let second = Core::open(copy.path(), second_clock.clone(), env()).unwrap();
    let told = idle_day(&core, &clock, t0, OsSignals::ALL);
    let fallback = idle_day(&second, &second_clock, t0, OsSignals::NONE);
    let rechecks = 24 * 12;

    println!("| measure | figure |");
    println!("| --- | --- |");
    println!("| interviews created (each with its plan) | {INTERVIEWS} in {create_ms:.0} ms |");
    println!("| re-plan all 10,000 (median of 5) | {replan:.1} ms |");
    println!("| baseline: bare insert of 70,000 rows (median of 5) | {baseline:.1} ms |");
    println!("| ratio | {:.2}× |", replan / baseline);
    println!(
        "| wake-ups over an idle day, told by the OS (Linux) | {} for {} due instants |",
        told.wakes, told.due_instants
    );
    println!(
        "| wake-ups over an idle day, not told (5-minute re-checks) | {} (limit {rechecks} + {}) |",
        fallback.wakes, fallback.due_instants
    );
    println!("| reminders fired that day | {} |", told.fired);
    assert_eq!(
        told.wakes, told.due_instants,
        "told by the OS, the scheduler woke for nothing"
    );
    assert!(
        fallback.wakes <= rechecks + fallback.due_instants,
        "the scheduler woke more often than it had reason to"
    );
    assert_eq!(told.fired, fallback.fired, "both fired the same reminders");
}

struct Day {
    wakes: usize,
    due_instants: usize,
    fired: usize,
}

/// The desktop scheduler's loop over one simulated day from `t0`, as `Core::next_wake` tells it.
fn idle_day(core: &Core, clock: &ManualClock, t0: DateTime<Utc>, signals: OsSignals) -> Day {
    let day_end = t0 + Duration::days(1);
    let mut day = Day {
        wakes: 0,
        due_instants: 0,
        fired: 0,
    };
    let mut now = t0;
    loop {
        // A reminder, or the next day's backup.
        let next_due = [
            core.next_reminder_due().unwrap(),
            Some(intervju_core::backup::next_daily(now)),
        ]
        .into_iter()
        .flatten()
        .min();
        let Some(wait) = core.next_wake(signals).unwrap() else {
            break;
        };
        now += Duration::from_std(wait).unwrap();
        if now >= day_end {
            break;
        }
        clock.set(now);
        day.wakes += 1;
        if next_due.is_some_and(|d| d <= now) {
            day.due_instants += 1;
        }
        core.backup_if_due().unwrap();
        day.fired += core.fire_due_reminders().unwrap().len();
    }
    day
}
