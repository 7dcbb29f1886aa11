//! A phone's hand-over through the shell's own machinery, on Linux: after a command, the work
//! that follows saved changes (`AppState::after_changes`, which `mobile.rs` fills with the
//! hand-over) brings the fake OS in line — a new interview's reminders arrive, a moved one's
//! move, a deleted one's are cancelled — without the UI asking.
mod common;

use chrono::TimeZone;
use common::Ui;
use intervju_core::phone::{FakeOs, Occasion, Platform};
use intervju_core::{Core, Environment, ManualClock};
use intervju_lib::AppState;
use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Polls `check` until it holds, for at most 20 s (the fold waits 2 s after the last command).
fn eventually(what: &str, check: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !check() {
        assert!(
            Instant::now() < deadline,
            "{what} did not happen within 20 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn saves_reach_the_phones_os_without_the_ui_asking() {
    let now = chrono::Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap();
    let env = Environment {
        os_locale: "nb-NO".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    let core = Core::open_in_memory(Arc::new(ManualClock::new(now)), env).unwrap();
    let state = AppState::new(Ok(core));
    let os = Arc::new(Mutex::new(FakeOs::new(Platform::Android, now)));
    let fake = os.clone();
    state.after_changes(Box::new(move |core, _folded| {
        let mut os = fake.lock().unwrap();
        core.hand_over_reminders(&mut *os, Occasion::Change)
            .unwrap();
    }));
    state.fold_changes_in_background();
    let ui = Ui::with_state(state);
    let held = || os.lock().unwrap().scheduled().clone();

    let interview = ui.ok(
        "create_interview",
        json!({"request": {"company": "Equinor", "role": "Analytiker", "startLocal": "2026-12-03T10:00"}}),
    );
    eventually("the new interview's reminders reaching the OS", || {
        held().len() == 5
    });
    assert!(held().values().any(|r| r.title.contains("Equinor")));
    let before: Vec<_> = held().values().map(|r| r.at).collect();

    ui.ok(
        "update_interview",
        json!({"request": {"id": interview["id"], "interview": {
            "company": "Equinor", "role": "Analytiker", "startLocal": "2026-12-04T10:00"}}}),
    );
    eventually("the moved interview's reminders moving", || {
        let after: Vec<_> = held().values().map(|r| r.at).collect();
        after.len() == 5
            && after
                .iter()
                .zip(&before)
                .all(|(a, b)| *a == *b + chrono::Duration::days(1))
    });

    ui.ok(
        "delete_interview",
        json!({"request": {"id": interview["id"]}}),
    );
    eventually("the deleted interview's reminders cancelled", || {
        held().is_empty()
    });
    assert_eq!(os.lock().unwrap().refused, 0);
}

#[test]
fn on_the_desktop_no_tap_waits_and_the_permission_needs_the_plugin() {
    let ui = Ui::new();
    assert_eq!(ui.ok("take_opened_reminder", json!({})), json!(null));
    // The mock runtime has no notification plugin: a clear error, not a hang or a panic.
    let error = ui.err("notification_permission", json!({}));
    assert_eq!(error["code"], "io");
    assert!(!error["message"].as_str().unwrap().is_empty());
}
