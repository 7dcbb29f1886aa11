//! The reporting reminders on a phone, against `FakeOs`, on both platforms: handed to the OS
//! with the interviews' (one budget of slots, soonest first), cancelled once their period is
//! reported here or on a paired device or the user reports to no one, claimed once, shown by
//! the app only if the OS never had them, and a tap on one opens the report.

use super::*;
use crate::clock::ManualClock;
use crate::reporting::{Authority, ReportingSettings};
use crate::service::{parse, Environment, MarkReportedRequest, Screen};
use crate::testing::t0;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use rstest::rstest;
use serde_json::json;
use std::collections::HashSet;
use std::sync::Arc;

/// NAV's form due on Monday 7 December 2026 (and every 14 days after).
const NAV: ReportingSettings = ReportingSettings {
    authority: Some(Authority::Nav),
    nav_due: NaiveDate::from_ymd_opt(2026, 12, 7),
};

/// A Norwegian core in Oslo at `t0()` (Sunday 29 November 2026), reporting to NAV.
fn core(clock: Arc<ManualClock>) -> Core {
    let env = Environment {
        os_locale: "nb-NO".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    let core = Core::open_in_memory(clock, env).unwrap();
    core.update_reporting(NAV).unwrap();
    core
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

/// 09:00 in Oslo on each due date.
fn first_due() -> DateTime<Utc> {
    at("2026-12-07T08:00:00Z")
}

fn second_due() -> DateTime<Utc> {
    at("2026-12-21T08:00:00Z")
}

fn reports(os: &FakeOs) -> Vec<&OsReminder> {
    os.scheduled()
        .values()
        .filter(|r| is_report_key(&r.key))
        .collect()
}

#[test]
fn a_reporting_reminders_key_is_its_authority_period_and_kind_never_a_rowid() {
    // Pinned: a changed key would orphan what phones already hold.
    let clock = Arc::new(ManualClock::new(t0()));
    let core = core(clock);
    let pending = core.pending_report_notifications().unwrap();
    let keys: Vec<String> = pending.iter().map(|n| report_key(&n.reminder)).collect();
    assert_eq!(
        keys,
        ["report:nav:2026-11-23:due", "report:nav:2026-12-07:due"]
    );
    assert!(keys.iter().all(|k| is_report_key(k)));
    assert!(!is_report_key(
        "00000000000000000000000000000000:evening_before"
    ));
    assert!(!is_report_key("row-7:next_day"));
}

#[rstest]
#[case::ios(Platform::Ios)]
#[case::android(Platform::Android)]
fn a_reporting_reminder_is_handed_to_the_os_at_its_time_with_its_translated_title(
    #[case] platform: Platform,
) {
    let clock = Arc::new(ManualClock::new(t0()));
    let core = core(clock);
    let mut os = FakeOs::new(platform, t0());
    let report = core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    assert_eq!((report.scheduled, report.failed), (2, 0), "{report:?}");
    let held = reports(&os);
    let mut times: Vec<DateTime<Utc>> = held.iter().map(|r| r.at).collect();
    times.sort();
    assert_eq!(times, [first_due(), second_due()]);
    for reminder in held {
        assert_eq!(reminder.title, "Meldekortet til NAV skal sendes i dag");
        assert_eq!(reminder.tap, TapTarget::REPORT);
        assert_eq!(reminder.id, os_id(&reminder.key, 0));
    }
    // Nothing changed: nothing is handed again.
    let again = core.hand_over_reminders(&mut os, Occasion::Change).unwrap();
    assert_eq!((again.scheduled, again.cancelled), (0, 0), "{again:?}");
}

#[test]
fn interviews_and_reports_share_the_slots_soonest_first() {
    let clock = Arc::new(ManualClock::new(t0()));
    let core = core(clock);
    // An interview every day from tomorrow: far more reminders than slots.
    for day in 1..=40 {
        let start = (t0() + Duration::days(day)).with_timezone(&chrono_tz::Europe::Oslo);
        let draft = parse(Some(json!({
            "company": format!("Firma {day}"), "role": "Rådgiver",
            "startLocal": start.format("%Y-%m-%dT%H:%M").to_string(),
            "timeZone": "Europe/Oslo", "durationMinutes": 60,
        })))
        .unwrap();
        core.create_interview(draft).unwrap();
    }
    let pending = core.pending_alerts().unwrap();
    let plan = desired(t0(), pending.clone(), &HashSet::new(), SLOTS);
    assert_eq!(plan.len(), SLOTS);
    let mut all: Vec<DateTime<Utc>> = pending.iter().map(|a| a.due_at).collect();
    all.sort();
    let last = plan.iter().map(|r| r.at).max().unwrap();
    assert_eq!(last, all[SLOTS - 1], "the soonest 60 of both kinds");
    let handed: Vec<DateTime<Utc>> = plan
        .iter()
        .filter(|r| is_report_key(&r.key))
        .map(|r| r.at)
        .collect();
    // The first form is within the soonest 60, the second beyond them.
    assert!(second_due() > last, "{last}");
    assert_eq!(handed, [first_due()]);
}

#[rstest]
#[case::ios(Platform::Ios)]
#[case::android(Platform::Android)]
fn a_period_marked_reported_here_or_by_sync_or_no_authority_cancels_at_the_next_hand_over(
    #[case] platform: Platform,
) {
    let clock = Arc::new(ManualClock::new(t0()));
    let core = core(clock);
    let mut os = FakeOs::new(platform, t0());
    core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    let pending = core.pending_report_notifications().unwrap();
    let (first, second) = (pending[0].reminder.period, pending[1].reminder.period);

    // Marked reported here: that period's reminder is cancelled by its id; the next one stays
    // (and the plan, two periods ahead, now holds the one after).
    core.mark_reported(MarkReportedRequest {
        authority: Authority::Nav,
        start: first.start,
        end: first.end,
    })
    .unwrap();
    let report = core.hand_over_reminders(&mut os, Occasion::Change).unwrap();
    assert_eq!(report.cancelled, 1, "{report:?}");
    let times: HashSet<DateTime<Utc>> = reports(&os).iter().map(|r| r.at).collect();
    assert!(!times.contains(&first_due()), "{times:?}");
    assert!(times.contains(&second_due()), "{times:?}");

    // Marked reported on a paired device: the row arrives by sync and nothing here re-plans;
    // the next hand-over still cancels it.
    core.write()
        .unwrap()
        .execute(
            "INSERT INTO report_period VALUES ('nav', ?1, ?2, 0)",
            [
                second.start.format("%Y-%m-%d").to_string(),
                second.end.format("%Y-%m-%d").to_string(),
            ],
        )
        .unwrap();
    // Not offered to the OS even before anything re-plans (the claim in every hand-over does).
    let waiting = core.pending_report_notifications().unwrap();
    assert!(
        waiting.iter().all(|n| n.reminder.period != second),
        "{waiting:?}"
    );
    core.hand_over_reminders(&mut os, Occasion::Change).unwrap();
    let times: HashSet<DateTime<Utc>> = reports(&os).iter().map(|r| r.at).collect();
    assert!(!times.contains(&second_due()), "{times:?}");

    // Reporting to no one: every reporting reminder is cancelled.
    assert!(!reports(&os).is_empty());
    core.update_reporting(ReportingSettings::default()).unwrap();
    core.hand_over_reminders(&mut os, Occasion::Change).unwrap();
    assert!(reports(&os).is_empty(), "{:?}", os.scheduled());
}

#[rstest]
#[case::ios(Platform::Ios)]
#[case::android(Platform::Android)]
fn a_due_reporting_reminder_the_os_showed_is_claimed_once_and_a_tap_opens_the_report(
    #[case] platform: Platform,
) {
    let clock = Arc::new(ManualClock::new(t0()));
    let core = core(clock.clone());
    let mut os = FakeOs::new(platform, t0());
    core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    let later = first_due() + Duration::minutes(5);
    clock.set(later);
    os.advance_to(later);
    assert_eq!(os.shown().len(), 1);
    assert_eq!(os.shown()[0].by, ShownBy::Os);

    let report = core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    assert_eq!(report.claimed_reports.len(), 1, "{report:?}");
    assert_eq!(report.claimed_reports[0].reminder.due_at, first_due());
    assert_eq!(report.shown, 0, "what the OS showed is not shown again");
    let again = core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    assert!(again.claimed_reports.is_empty(), "claimed once");
    assert_eq!(os.shown().len(), 1);

    let tapped = core.tapped(os.tap(0).unwrap()).unwrap();
    assert_eq!(tapped, Some(TapTarget::REPORT));
    assert_eq!(tapped.unwrap().screen, Screen::Report);
}

#[rstest]
#[case::ios(Platform::Ios)]
#[case::android(Platform::Android)]
fn a_due_reporting_reminder_the_os_never_had_is_shown_by_the_app_once(#[case] platform: Platform) {
    let clock = Arc::new(ManualClock::new(t0()));
    let core = core(clock.clone());
    // Nothing handed over before its time (as if the app never ran since the setting).
    let mut os = FakeOs::new(platform, t0());
    let later = first_due() + Duration::hours(1);
    clock.set(later);
    os.advance_to(later);
    let report = core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    assert_eq!((report.claimed_reports.len(), report.shown), (1, 1));
    let again = core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    assert_eq!((again.claimed_reports.len(), again.shown), (0, 0));
    let shown = os.shown();
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].by, ShownBy::App);
    assert_eq!(shown[0].due, first_due());
    assert_eq!(shown[0].tap, TapTarget::REPORT);
}
