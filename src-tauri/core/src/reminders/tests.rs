//! Reminder tests with an injected clock: the plan in the interview's own zone across the 2026
//! daylight-saving changes, quiet hours, exactly-once firing across edits, restarts and clock
//! jumps, and the scheduler's wake-ups.

use super::*;
use crate::db::open_in_memory;
use crate::interview::{self, InterviewDraft, Status, ValidDraft};
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use chrono_tz::Europe::{Oslo, Stockholm};
use chrono_tz::Tz;
use proptest::prelude::*;
use rstest::rstest;
use rusqlite::Connection;
use std::collections::{HashMap, HashSet};

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

fn input(start: &str, zone: Tz, status: Status) -> PlanInput {
    PlanInput {
        start_local: NaiveDateTime::parse_from_str(start, "%Y-%m-%dT%H:%M").unwrap(),
        zone,
        duration_minutes: 60,
        status,
        status_changed_at: None,
        done: Done::default(),
    }
}

fn due_of(plan: &[Planned], kind: Kind) -> Option<String> {
    plan.iter()
        .find(|p| p.kind == kind)
        .map(|p| p.due.format("%Y-%m-%dT%H:%MZ").to_string())
}

fn quiet_off() -> ReminderSettings {
    let mut settings = ReminderSettings::default();
    settings.quiet_hours.enabled = false;
    settings
}

fn with_value(mut settings: ReminderSettings, kind: Kind, value: u32) -> ReminderSettings {
    for (k, s) in &mut settings.kinds {
        if *k == kind {
            s.value = value;
            s.enabled = true;
        }
    }
    settings
}

/// Table of due instants in Oslo and Stockholm around 29 March and 25 October 2026.
#[rstest]
// Spring forward: the interview is on the first CEST day; the evening before is still CET.
#[case(
    Oslo,
    "2026-03-29T13:00",
    Kind::EveningBefore,
    quiet_off(),
    Some("2026-03-28T18:00Z")
)]
#[case(
    Oslo,
    "2026-03-29T13:00",
    Kind::HoursBefore,
    quiet_off(),
    Some("2026-03-29T08:00Z")
)]
#[case(
    Oslo,
    "2026-03-29T13:00",
    Kind::AfterEnd,
    quiet_off(),
    Some("2026-03-29T12:30Z")
)]
#[case(
    Oslo,
    "2026-03-29T13:00",
    Kind::NextDay,
    quiet_off(),
    Some("2026-03-30T08:00Z")
)]
// An evening-before time inside the gap (02:30 on 29 March) moves to the first valid instant.
#[case(
    Oslo,
    "2026-03-30T09:00",
    Kind::EveningBefore,
    with_value(quiet_off(), Kind::EveningBefore, 150),
    Some("2026-03-29T01:00Z")
)]
// Fall back: 02:30 on 25 October happens twice; the earlier one counts.
#[case(
    Stockholm,
    "2026-10-26T09:00",
    Kind::EveningBefore,
    with_value(quiet_off(), Kind::EveningBefore, 150),
    Some("2026-10-25T00:30Z")
)]
// The next day after an interview on the last CEST day is already CET.
#[case(
    Stockholm,
    "2026-10-24T14:00",
    Kind::NextDay,
    quiet_off(),
    Some("2026-10-25T09:00Z")
)]
#[case(
    Stockholm,
    "2026-10-24T14:00",
    Kind::FollowUp,
    quiet_off(),
    Some("2026-10-31T09:00Z")
)]
// Quiet hours (22–08 in Oslo): a reflection reminder at 22:15 waits until 08:00.
#[case(
    Oslo,
    "2026-11-30T20:45",
    Kind::AfterEnd,
    ReminderSettings::default(),
    Some("2026-12-01T07:00Z")
)]
// ...but a "before" reminder that would be pushed past an early start keeps its time.
#[case(
    Oslo,
    "2026-12-01T07:30",
    Kind::HoursBefore,
    ReminderSettings::default(),
    Some("2026-12-01T03:30Z")
)]
// The calm-down is off unless switched on.
#[case(
    Oslo,
    "2026-12-01T13:00",
    Kind::MinutesBefore,
    ReminderSettings::default(),
    None
)]
#[case(
    Oslo,
    "2026-12-01T13:00",
    Kind::MinutesBefore,
    with_value(ReminderSettings::default(), Kind::MinutesBefore, 10),
    Some("2026-12-01T11:50Z")
)]
fn plans_in_the_interviews_own_zone(
    #[case] zone: Tz,
    #[case] start: &str,
    #[case] kind: Kind,
    #[case] settings: ReminderSettings,
    #[case] expected: Option<&str>,
) {
    let plan = plan(&input(start, zone, Status::Planned), &settings, &[], zone);
    assert_eq!(due_of(&plan, kind).as_deref(), expected);
}

/// An interview in New York seen from Oslo: times follow New York's clock (already on summer
/// time on 10 March); quiet hours follow the user's, in Oslo.
#[test]
fn an_interview_in_another_zone_than_the_device() {
    let plan = plan(
        &input(
            "2026-03-10T09:00",
            "America/New_York".parse().unwrap(),
            Status::Planned,
        ),
        &ReminderSettings::default(),
        &[],
        Oslo,
    );
    // 19:00 in New York is 00:00 in Oslo: quiet, so 08:00 Oslo time.
    assert_eq!(
        due_of(&plan, Kind::EveningBefore).as_deref(),
        Some("2026-03-10T07:00Z")
    );
    assert_eq!(
        due_of(&plan, Kind::HoursBefore).as_deref(),
        Some("2026-03-10T10:00Z")
    );
    assert_eq!(
        due_of(&plan, Kind::AfterEnd).as_deref(),
        Some("2026-03-10T14:30Z")
    );
}

#[test]
fn the_status_decides_which_reminders_remain() {
    let settings = ReminderSettings::default();
    let kinds = |status, changed: Option<&str>| {
        let mut i = input("2026-12-01T13:00", Oslo, status);
        i.status_changed_at = changed.map(utc);
        plan(&i, &settings, &[], Oslo)
            .into_iter()
            .map(|p| p.kind)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds(Status::Planned, None),
        [
            Kind::EveningBefore,
            Kind::HoursBefore,
            Kind::AfterEnd,
            Kind::NextDay,
            Kind::FollowUp
        ]
    );
    assert_eq!(
        kinds(Status::Offer, None),
        [
            Kind::EveningBefore,
            Kind::HoursBefore,
            Kind::AfterEnd,
            Kind::NextDay
        ]
    );
    assert!(kinds(Status::Withdrawn, None).is_empty());
    assert!(kinds(Status::Cancelled, None).is_empty());
    assert_eq!(
        kinds(Status::Rejected, Some("2026-12-05T15:00:00Z")),
        [Kind::AfterRejection]
    );
    let mut rejected = input("2026-12-01T13:00", Oslo, Status::Rejected);
    rejected.status_changed_at = Some(utc("2026-12-05T15:00:00Z"));
    assert_eq!(
        due_of(&plan(&rejected, &settings, &[], Oslo), Kind::AfterRejection).as_deref(),
        Some("2026-12-06T09:00Z")
    );
    let switched = plan(
        &input("2026-12-01T13:00", Oslo, Status::Planned),
        &settings,
        &[
            (
                Kind::NextDay,
                Override {
                    enabled: Some(false),
                    value: None,
                },
            ),
            (
                Kind::MinutesBefore,
                Override {
                    enabled: Some(true),
                    value: None,
                },
            ),
        ],
        Oslo,
    );
    assert!(due_of(&switched, Kind::NextDay).is_none());
    assert_eq!(
        due_of(&switched, Kind::MinutesBefore).as_deref(),
        Some("2026-12-01T11:45Z")
    );
}

/// Invariant: a reminder whose task the user has already done (here or on a paired device) is
/// not planned; while the task is open, it is. Each task covers its own reminder only, and a
/// follow-up or a "before" reminder has no task to be done.
#[rstest]
#[case::reflection_done(Status::Done, Done { reflection: true, ..Done::default() }, Kind::AfterEnd, false)]
#[case::reflection_open(Status::Done, Done::default(), Kind::AfterEnd, true)]
#[case::second_look_open_after_reflecting(Status::Done, Done { reflection: true, ..Done::default() }, Kind::NextDay, true)]
#[case::second_look_done(Status::Done, Done { second_look: true, ..Done::default() }, Kind::NextDay, false)]
#[case::second_look_open(Status::Done, Done::default(), Kind::NextDay, true)]
#[case::reflection_open_after_second_look(Status::Done, Done { second_look: true, ..Done::default() }, Kind::AfterEnd, true)]
#[case::feedback_asked(Status::Rejected, Done { feedback_asked: true, ..Done::default() }, Kind::AfterRejection, false)]
#[case::feedback_not_asked(Status::Rejected, Done::default(), Kind::AfterRejection, true)]
#[case::follow_up_waits_for_an_outcome_only(Status::Awaiting, ALL_DONE, Kind::FollowUp, true)]
#[case::before_reminders_have_no_task(Status::Planned, ALL_DONE, Kind::HoursBefore, true)]
fn a_reminder_whose_task_is_done_is_not_planned(
    #[case] status: Status,
    #[case] done: Done,
    #[case] kind: Kind,
    #[case] planned: bool,
) {
    let mut i = input("2026-12-01T13:00", Oslo, status);
    i.status_changed_at = Some(utc("2026-12-05T15:00:00Z"));
    i.done = done;
    let plan = plan(&i, &ReminderSettings::default(), &[], Oslo);
    assert_eq!(due_of(&plan, kind).is_some(), planned, "{plan:?}");
}

const ALL_DONE: Done = Done {
    reflection: true,
    second_look: true,
    feedback_asked: true,
};

#[rstest]
#[case("2026-11-30T20:59:00Z", "2026-11-30T20:59Z")] // 21:59 Oslo: not yet quiet
#[case("2026-11-30T21:00:00Z", "2026-12-01T07:00Z")] // 22:00: quiet until 08:00 tomorrow
#[case("2026-12-01T05:00:00Z", "2026-12-01T07:00Z")] // 06:00: quiet until 08:00 today
#[case("2026-12-01T07:00:00Z", "2026-12-01T07:00Z")] // 08:00: quiet is over
fn quiet_hours_move_a_reminder_to_their_end(#[case] due: &str, #[case] expected: &str) {
    let moved = plan::quiet(utc(due), ReminderSettings::default().quiet_hours, Oslo);
    assert_eq!(moved.format("%Y-%m-%dT%H:%MZ").to_string(), expected);
}

// ---- The store: exactly once, across edits and restarts ----

fn new_interview(conn: &mut Connection, start: &str, now: DateTime<Utc>) -> i64 {
    let draft: InterviewDraft = serde_json::from_value(serde_json::json!({
        "company": "Equinor", "role": "Engineer", "startLocal": start, "timeZone": "Europe/Oslo"
    }))
    .unwrap();
    let valid = ValidDraft::new(draft, Oslo).unwrap();
    interview::insert_then(conn, &valid, now, |tx, id| replan(tx, id, now, Oslo))
        .unwrap()
        .id
}

fn move_to(conn: &mut Connection, id: i64, start: &str, now: DateTime<Utc>) {
    let draft: InterviewDraft = serde_json::from_value(serde_json::json!({
        "company": "Equinor", "role": "Engineer", "startLocal": start, "timeZone": "Europe/Oslo"
    }))
    .unwrap();
    let valid = ValidDraft::new(draft, Oslo).unwrap();
    interview::update_then(conn, id, &valid, now, |tx, id| replan(tx, id, now, Oslo)).unwrap();
}

fn states(conn: &Connection, id: i64) -> HashMap<Kind, String> {
    list_for(conn, id)
        .unwrap()
        .into_iter()
        .filter_map(|r| Some((r.kind, r.state?)))
        .collect()
}

#[test]
fn each_reminder_fires_once_and_edits_never_refire_it() {
    let mut conn = open_in_memory().unwrap();
    let now = utc("2026-11-29T08:00:00Z");
    let id = new_interview(&mut conn, "2026-12-01T13:00", now);
    assert_eq!(
        next_due(&conn).unwrap(),
        Some(utc("2026-11-30T18:00:00Z")),
        "the evening before, 19:00 Oslo"
    );

    let evening = utc("2026-11-30T18:00:00Z");
    let fired = take_due(&mut conn, evening).unwrap();
    assert_eq!(
        fired.iter().map(|d| d.kind).collect::<Vec<_>>(),
        [Kind::EveningBefore]
    );
    assert!(
        take_due(&mut conn, evening).unwrap().is_empty(),
        "claimed once, never again"
    );

    // Moving the interview a day later re-plans what is pending; the fired one stays fired.
    move_to(
        &mut conn,
        id,
        "2026-12-02T13:00",
        evening + Duration::minutes(5),
    );
    assert_eq!(states(&conn, id)[&Kind::EveningBefore], "fired");
    assert!(
        take_due(&mut conn, utc("2026-12-01T18:00:00Z"))
            .unwrap()
            .is_empty(),
        "not fired again for the new date"
    );
    let before = take_due(&mut conn, utc("2026-12-02T09:00:00Z")).unwrap();
    assert_eq!(
        before.iter().map(|d| d.kind).collect::<Vec<_>>(),
        [Kind::HoursBefore]
    );
}

#[test]
fn after_a_restart_before_reminders_are_skipped_once_begun_and_after_reminders_fire_late() {
    let mut conn = open_in_memory().unwrap();
    let id = new_interview(&mut conn, "2026-12-01T13:00", utc("2026-11-29T08:00:00Z"));
    // The app was closed (or the laptop asleep) from before the evening until after the interview.
    let late = utc("2026-12-01T15:00:00Z");
    let fired = take_due(&mut conn, late).unwrap();
    assert_eq!(
        fired.iter().map(|d| d.kind).collect::<Vec<_>>(),
        [Kind::AfterEnd]
    );
    let s = states(&conn, id);
    assert_eq!(
        (
            s[&Kind::EveningBefore].as_str(),
            s[&Kind::HoursBefore].as_str()
        ),
        ("skipped", "skipped")
    );
    assert!(
        fired_unseen(&conn)
            .unwrap()
            .iter()
            .any(|d| d.kind == Kind::AfterEnd),
        "shown first when the app opens"
    );
    mark_seen(&conn, fired[0].id, late).unwrap();
    assert!(fired_unseen(&conn).unwrap().is_empty());
}

/// Invariant: an interview whose stored zone no longer parses is an error whenever its
/// reminders are planned, never an interview that quietly has none.
#[test]
fn an_unknown_stored_zone_is_an_error_not_silence() {
    let mut conn = open_in_memory().unwrap();
    let now = utc("2026-11-29T08:00:00Z");
    let id = new_interview(&mut conn, "2026-12-01T13:00", now);
    conn.execute(
        "UPDATE interview SET time_zone = 'Europe/Atlantis' WHERE id = ?1",
        [id],
    )
    .unwrap();
    match replan(&conn, id, now, Oslo) {
        Err(crate::Error::StoredValue { what, detail }) => {
            assert_eq!(
                (what, detail.as_str()),
                ("interview time zone", "Europe/Atlantis")
            )
        }
        other => panic!("expected a stored-value error, got {other:?}"),
    }
    // Re-planning everything counts it and goes on with the others.
    let other = new_interview(&mut conn, "2026-12-03T13:00", now);
    conn.execute("DELETE FROM reminder WHERE interview_id = ?1", [other])
        .unwrap();
    assert_eq!(replan_all(&conn, now, Oslo).unwrap(), 1);
    assert!(
        !list_for(&conn, other)
            .unwrap()
            .iter()
            .all(|r| r.due_at.is_none()),
        "the readable interview was planned again"
    );
}

/// Samoa skipped the whole of 30 December 2011. A reminder set for that evening comes at the
/// first instant after the gap (midnight, 31 December), not at a guess.
#[test]
fn a_reminder_in_a_day_long_gap_comes_when_the_gap_ends() {
    let apia: Tz = "Pacific/Apia".parse().unwrap();
    let plan = plan(
        &input("2011-12-31T10:00", apia, Status::Planned),
        &quiet_off(),
        &[],
        apia,
    );
    assert_eq!(
        due_of(&plan, Kind::EveningBefore).as_deref(),
        Some("2011-12-30T10:00Z")
    );
}

#[test]
fn adding_a_past_interview_sets_off_nothing_old() {
    let mut conn = open_in_memory().unwrap();
    new_interview(&mut conn, "2026-11-02T13:00", utc("2026-11-29T08:00:00Z"));
    let fired = take_due(&mut conn, utc("2026-11-29T08:00:01Z")).unwrap();
    assert!(fired.is_empty(), "{fired:?}");
}

#[test]
fn snooze_asks_again_later_but_never_past_the_start() {
    let mut conn = open_in_memory().unwrap();
    let id = new_interview(&mut conn, "2026-12-01T13:00", utc("2026-11-29T08:00:00Z"));
    let after = take_due(&mut conn, utc("2026-12-01T13:31:00Z")).unwrap();
    let reflect = after.iter().find(|d| d.kind == Kind::AfterEnd).unwrap().id;
    snooze(
        &mut conn,
        reflect,
        Snooze::Hour1,
        utc("2026-12-01T13:31:00Z"),
        Oslo,
    )
    .unwrap();
    assert!(take_due(&mut conn, utc("2026-12-01T14:00:00Z"))
        .unwrap()
        .is_empty());
    let again = take_due(&mut conn, utc("2026-12-01T14:31:00Z")).unwrap();
    assert_eq!(again.iter().map(|d| d.id).collect::<Vec<_>>(), [reflect]);

    let mut conn = open_in_memory().unwrap();
    new_interview(&mut conn, "2026-12-01T13:00", utc("2026-11-29T08:00:00Z"));
    let hours = take_due(&mut conn, utc("2026-12-01T09:00:00Z")).unwrap();
    let checklist = hours
        .iter()
        .find(|d| d.kind == Kind::HoursBefore)
        .unwrap()
        .id;
    let too_late = snooze(
        &mut conn,
        checklist,
        Snooze::TomorrowMorning,
        utc("2026-12-01T09:00:00Z"),
        Oslo,
    );
    assert!(
        matches!(too_late, Err(crate::Error::Validation(f)) if f[0].problem.code() == "snooze_past_start")
    );
    let _ = id;
}

#[test]
fn switching_a_kind_off_for_one_interview_removes_only_its_pending_reminder() {
    let mut conn = open_in_memory().unwrap();
    let now = utc("2026-11-29T08:00:00Z");
    let a = new_interview(&mut conn, "2026-12-01T13:00", now);
    let b = new_interview(&mut conn, "2026-12-02T13:00", now);
    set_switch(
        &conn,
        a,
        Kind::NextDay,
        Override {
            enabled: Some(false),
            value: None,
        },
    )
    .unwrap();
    replan(&conn, a, now, Oslo).unwrap();
    assert!(!states(&conn, a).contains_key(&Kind::NextDay));
    assert!(states(&conn, b).contains_key(&Kind::NextDay));
    let view = list_for(&conn, a).unwrap();
    let next_day = view.iter().find(|r| r.kind == Kind::NextDay).unwrap();
    assert_eq!(
        (next_day.enabled, next_day.own.enabled),
        (false, Some(false))
    );

    // Its own time: the evening-before reminder at 20:30 for this interview only.
    set_switch(
        &conn,
        b,
        Kind::EveningBefore,
        Override {
            enabled: None,
            value: Some(20 * 60 + 30),
        },
    )
    .unwrap();
    replan(&conn, b, now, Oslo).unwrap();
    let evening = list_for(&conn, b)
        .unwrap()
        .into_iter()
        .find(|r| r.kind == Kind::EveningBefore)
        .unwrap();
    assert_eq!(evening.due_at, Some(utc("2026-12-01T19:30:00Z")));
    assert_eq!(evening.value, 20 * 60 + 30);
    let refused = set_switch(
        &conn,
        b,
        Kind::MinutesBefore,
        Override {
            enabled: Some(true),
            value: Some(999),
        },
    );
    assert!(matches!(refused, Err(crate::Error::Validation(_))));
}

/// The desktop scheduler's loop over a simulated idle day. Where the OS tells it of clock changes
/// and of waking from sleep, it wakes exactly at the due instants and at no other time; where it
/// does not, it also looks at the wall clock every five minutes — the count of due instants plus
/// those re-checks, nothing more.
#[rstest::rstest]
#[case::told_by_the_os(OsSignals::ALL, 0)]
#[case::not_told(OsSignals::NONE, 24 * 12)]
fn over_an_idle_day_the_scheduler_wakes_only_when_something_is_due(
    #[case] signals: OsSignals,
    #[case] rechecks: usize,
) {
    let mut conn = open_in_memory().unwrap();
    let t0 = utc("2026-11-30T00:00:00Z");
    for start in ["2026-11-30T10:00", "2026-11-30T15:00", "2026-12-01T09:00"] {
        new_interview(&mut conn, start, t0 - Duration::days(1));
    }
    let day_end = t0 + Duration::days(1);
    let (mut now, mut wakes, mut dues) = (t0, 0, HashSet::new());
    let mut last = t0;
    loop {
        let next = next_due(&conn).unwrap();
        let Some(wait) = next_wake(now, next, signals) else {
            break;
        };
        now += Duration::from_std(wait).unwrap();
        if now >= day_end {
            break;
        }
        wakes += 1;
        let fired = take_due(&mut conn, now).unwrap();
        let at_due = next.is_some_and(|d| d <= now);
        assert!(
            at_due || (!signals.complete() && now - last == Duration::minutes(5)),
            "woke at {now} for nothing"
        );
        if at_due {
            dues.insert(now);
        }
        assert!(fired.iter().all(|d| d.due_at <= now));
        last = now;
    }
    assert!(!dues.is_empty());
    assert!(
        wakes <= dues.len() + rechecks,
        "{wakes} wake-ups for {} due instants",
        dues.len()
    );
    if signals.complete() {
        assert_eq!(wakes, dues.len(), "one wake-up per due instant");
    }
}

// ---- A task done is not asked for again ----

/// A core whose clock the test moves, the device in Oslo.
fn core_at(now: DateTime<Utc>) -> (crate::Core, std::sync::Arc<crate::ManualClock>) {
    let clock = std::sync::Arc::new(crate::ManualClock::new(now));
    let env = crate::Environment {
        os_locale: "en".into(),
        device_zone: Oslo,
    };
    (
        crate::Core::open_in_memory(clock.clone(), env).unwrap(),
        clock,
    )
}

fn create(core: &crate::Core, start: &str) -> i64 {
    crate::testing::ask(
        |d| core.create_interview(d),
        serde_json::json!({"company": "Equinor", "role": "Engineer", "startLocal": start, "timeZone": "Europe/Oslo"}),
    )
    .id
}

fn core_states(core: &crate::Core, id: i64) -> HashMap<Kind, String> {
    crate::testing::ask(
        |r| core.reminders(r),
        serde_json::json!({"interviewId": id}),
    )
    .into_iter()
    .filter_map(|r| Some((r.kind, r.state?)))
    .collect()
}

/// Invariant: completing the reflection through the app deletes that interview's pending
/// "reflect" reminder (and nothing else); one that already fired stays fired and never fires
/// again.
#[test]
fn completing_a_reflection_removes_its_pending_reminder_and_leaves_a_fired_one() {
    let (core, clock) = core_at(utc("2026-11-29T08:00:00Z"));
    let waiting = create(&core, "2026-12-01T13:00");
    let shown = create(&core, "2026-11-30T13:00");
    // 30 minutes after the end of the first interview (14:00 Oslo): its reflection reminder fires.
    clock.set(utc("2026-11-30T13:31:00Z"));
    let fired = core.fire_due_reminders().unwrap();
    assert!(fired
        .iter()
        .any(|n| n.reminder.interview_id == shown && n.reminder.kind == Kind::AfterEnd));
    assert_eq!(core_states(&core, waiting)[&Kind::AfterEnd], "pending");

    for id in [waiting, shown] {
        crate::testing::ask(
            |r| core.complete_reflection(r),
            serde_json::json!({"interviewId": id, "part": "after"}),
        );
    }
    let waiting_states = core_states(&core, waiting);
    assert!(
        !waiting_states.contains_key(&Kind::AfterEnd),
        "{waiting_states:?}"
    );
    assert_eq!(
        waiting_states[&Kind::NextDay],
        "pending",
        "the second look is still to do"
    );
    assert_eq!(core_states(&core, shown)[&Kind::AfterEnd], "fired");

    clock.set(utc("2026-12-20T12:00:00Z"));
    let later = core.fire_due_reminders().unwrap();
    assert!(
        later.iter().all(|n| n.reminder.kind != Kind::AfterEnd),
        "{later:?}"
    );
}

/// Invariant: each task done through the app takes away its own pending reminder in the same
/// save; taking "feedback asked" back brings its reminder back.
#[test]
fn the_second_look_and_asking_for_feedback_take_their_reminders_away() {
    let (core, _clock) = core_at(utc("2026-11-29T08:00:00Z"));
    let id = create(&core, "2026-12-01T13:00");
    crate::testing::ask(
        |r| core.complete_reflection(r),
        serde_json::json!({"interviewId": id, "part": "later"}),
    );
    let states = core_states(&core, id);
    assert!(!states.contains_key(&Kind::NextDay), "{states:?}");
    assert_eq!(states[&Kind::AfterEnd], "pending");

    crate::testing::ask(
        |r| core.set_outcome(r),
        serde_json::json!({"interviewId": id, "status": "rejected"}),
    );
    assert_eq!(core_states(&core, id)[&Kind::AfterRejection], "pending");
    let asked = |asked: bool| {
        crate::testing::ask(
            |r| core.update_feedback(r),
            serde_json::json!({"interviewId": id, "feedback": null, "asked": asked}),
        );
        core_states(&core, id).get(&Kind::AfterRejection).cloned()
    };
    assert_eq!(asked(true), None);
    assert_eq!(asked(false).as_deref(), Some("pending"));
}

/// Invariant: a reminder that comes due once its task is done is skipped, not shown — even when
/// nothing re-planned it (a task written in the same instant, or an interview whose re-plan
/// cannot read its zone). A reminder whose task is open beside it still fires.
#[test]
fn a_due_reminder_whose_task_is_done_is_skipped_not_shown() {
    let (core, clock) = core_at(utc("2026-11-29T08:00:00Z"));
    let damaged = create(&core, "2026-12-01T13:00");
    let open = create(&core, "2026-12-01T13:00");
    core.write()
        .unwrap()
        .execute(
            "UPDATE interview SET time_zone = 'Europe/Atlantis' WHERE id = ?1",
            [damaged],
        )
        .unwrap();
    // The reflection is saved although its reminders cannot be re-planned.
    let view = crate::testing::ask(
        |r| core.complete_reflection(r),
        serde_json::json!({"interviewId": damaged, "part": "after"}),
    );
    assert!(view.finished_at.is_some());
    assert_eq!(core_states(&core, damaged)[&Kind::AfterEnd], "pending");

    clock.set(utc("2026-12-01T13:31:00Z"));
    let fired: Vec<(i64, Kind)> = core
        .fire_due_reminders()
        .unwrap()
        .into_iter()
        .map(|n| (n.reminder.interview_id, n.reminder.kind))
        .collect();
    assert!(fired.contains(&(open, Kind::AfterEnd)), "{fired:?}");
    assert!(!fired.contains(&(damaged, Kind::AfterEnd)), "{fired:?}");
    assert_eq!(core_states(&core, damaged)[&Kind::AfterEnd], "skipped");
}

proptest! {
    /// Over random interviews, edits, restarts and clock jumps (forward and back): every reminder
    /// fires at most once, no "before" reminder fires once its interview has begun, and no due
    /// "after" reminder is lost.
    #[test]
    fn exactly_once_across_edits_restarts_and_clock_jumps(
        starts in prop::collection::vec(0i64..(6 * 24 * 60), 1..5),
        steps in prop::collection::vec((-120i64..(24 * 60), prop::option::of((0usize..5, 0i64..(6 * 24 * 60)))), 1..40),
    ) {
        let mut conn = open_in_memory().unwrap();
        let base = utc("2026-03-27T00:00:00Z"); // spans the spring change
        let local = |m: i64| (base + Duration::minutes(m)).with_timezone(&Oslo).format("%Y-%m-%dT%H:%M").to_string();
        let valid_start = |m: i64| {
            let text = local(m / 15 * 15);
            let naive = NaiveDateTime::parse_from_str(&text, "%Y-%m-%dT%H:%M").unwrap();
            crate::interview::resolve_start(naive, Oslo).map(|_| text)
        };
        let mut now = base;
        let ids: Vec<i64> = starts.iter().filter_map(|&m| valid_start(m)).map(|s| new_interview(&mut conn, &s, now)).collect();
        let mut fired: HashSet<i64> = HashSet::new();
        let mut ever_pending_after: HashSet<i64> = HashSet::new();
        for (jump, edit) in steps {
            now += Duration::minutes(jump); // negative: the clock was set back
            if let Some((which, m)) = edit {
                if let (Some(&id), Some(start)) = (ids.get(which % ids.len().max(1)), valid_start(m)) {
                    move_to(&mut conn, id, &start, now);
                }
            }
            for id in &ids {
                for r in list_for(&conn, *id).unwrap() {
                    if !r.kind.is_before() && r.state.as_deref() == Some("pending") {
                        ever_pending_after.insert(r.id.unwrap());
                    }
                }
            }
            // A restart is a new scheduler over the same database: nothing in memory survives.
            for due in take_due(&mut conn, now).unwrap() {
                prop_assert!(fired.insert(due.id), "reminder {} fired twice", due.id);
                if due.kind.is_before() {
                    prop_assert!(now < due.start_utc, "a before reminder fired after the start");
                }
            }
        }
        // Much later, everything that was waiting has come due.
        let end = now + Duration::days(90);
        for due in take_due(&mut conn, end).unwrap() {
            prop_assert!(fired.insert(due.id));
        }
        for id in ever_pending_after {
            prop_assert!(fired.contains(&id), "after reminder {id} was lost");
        }
    }
}

// ---- Stored values this version cannot read ----

/// Invariant: reminder settings that cannot be read (not JSON, or a value out of bounds) give
/// the defaults, are kept byte for byte under another key, and are reported once.
#[rstest]
#[case::not_json("{\"kinds\": [")]
#[case::out_of_range(&serde_json::to_string(&with_value(quiet_off(), Kind::FollowUp, 999)).unwrap())]
fn unreadable_settings_are_set_aside_and_reported_once(#[case] stored: &str) {
    let conn = open_in_memory().unwrap();
    let now = utc("2026-11-29T08:00:00Z");
    conn.execute(
        "INSERT INTO setting (key, value) VALUES ('reminders', ?1)",
        [stored],
    )
    .unwrap();
    assert_eq!(settings(&conn).unwrap(), ReminderSettings::default());
    let notice = store::take_settings_notice(&conn, now)
        .unwrap()
        .expect("a notice");
    assert_eq!(notice.kept_as, "reminders.unreadable.2026-11-29T08:00:00Z");
    assert_eq!(notice.set_aside_at, now);
    let kept: String = conn
        .query_row(
            "SELECT value FROM setting WHERE key = ?1",
            [&notice.kept_as],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept, stored);
    assert_eq!(
        store::take_settings_notice(&conn, now).unwrap(),
        None,
        "once"
    );
    assert_eq!(settings(&conn).unwrap(), ReminderSettings::default());
}

#[test]
fn readable_settings_give_no_notice() {
    let conn = open_in_memory().unwrap();
    let now = utc("2026-11-29T08:00:00Z");
    assert_eq!(store::take_settings_notice(&conn, now).unwrap(), None);
    save_settings(&conn, &quiet_off()).unwrap();
    assert_eq!(store::take_settings_notice(&conn, now).unwrap(), None);
    assert_eq!(settings(&conn).unwrap(), quiet_off());
}

/// Invariant: a reminder row of an unknown kind, or with a time out of range, is an error
/// wherever it is read — never a reminder "after the end" or one due in 1970.
#[rstest]
#[case::unknown_kind("UPDATE reminder SET kind = 'soon' WHERE kind = 'after_end'")]
#[case::due_out_of_range(
    "UPDATE reminder SET due_at = 9223372036854775807 WHERE kind = 'after_end'"
)]
#[case::unknown_switch("INSERT INTO reminder_switch VALUES (1, 'soon', 1, NULL)")]
fn a_damaged_reminder_row_is_an_error(#[case] plant: &str) {
    let mut conn = open_in_memory().unwrap();
    let now = utc("2026-11-29T08:00:00Z");
    let id = new_interview(&mut conn, "2026-12-01T13:00", now);
    // The CHECK constraints keep the app from writing these; a damaged file can hold them.
    conn.execute_batch("PRAGMA ignore_check_constraints = ON")
        .unwrap();
    conn.execute_batch(plant).unwrap();
    let stored = |result: crate::Result<()>| match result {
        Err(crate::Error::StoredValue { what, .. }) => what,
        other => panic!("expected a stored-value error, got {other:?}"),
    };
    assert!(stored(list_for(&conn, id).map(drop)).starts_with("reminder"));
    if plant.contains("reminder_switch") {
        stored(replan(&conn, id, now, Oslo));
    } else {
        stored(pending(&conn).map(drop));
    }
    if plant.contains("'soon' WHERE") {
        // The scheduler sets the damaged row aside (logged) and fires the others.
        let (claimed, log) = crate::testing::capture_logs(|| {
            store::claim_due(&mut conn, utc("2026-12-02T09:30:00Z")).unwrap()
        });
        assert_eq!(claimed.set_aside, 1);
        assert!(claimed.due.iter().all(|d| d.kind != Kind::AfterEnd));
        assert!(!claimed.due.is_empty(), "the readable reminders still fire");
        assert!(log.contains("unreadable due reminder set aside"), "{log}");
        let state: String = conn
            .query_row("SELECT state FROM reminder WHERE kind = 'soon'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(
            state, "skipped",
            "set aside, so it is not read again at every wake"
        );
    }
}

/// The UI sends `minutes_15`, `hour_1` and `tomorrow_morning` (see ui/js/reminders.js).
#[test]
fn snooze_reads_the_uis_names() {
    for (sent, meant) in [
        ("minutes_15", Snooze::Minutes15),
        ("hour_1", Snooze::Hour1),
        ("tomorrow_morning", Snooze::TomorrowMorning),
    ] {
        assert_eq!(
            serde_json::from_value::<Snooze>(sent.into()).unwrap(),
            meant
        );
    }
    assert!(serde_json::from_value::<Snooze>("minutes15".into()).is_err());
    crate::enums::names_agree::<Snooze>();
    crate::enums::names_agree::<store::State>();
}

/// Invariant: a reminder id is never given out twice, so a notification still on screen for a
/// deleted reminder cannot open another one.
#[test]
fn reminder_ids_are_never_reused() {
    let mut conn = open_in_memory().unwrap();
    let now = utc("2026-11-29T08:00:00Z");
    new_interview(&mut conn, "2026-12-01T13:00", now);
    let second = new_interview(&mut conn, "2026-12-02T13:00", now);
    let highest = |conn: &Connection| -> i64 {
        conn.query_row("SELECT max(id) FROM reminder", [], |r| r.get(0))
            .unwrap()
    };
    let before = highest(&conn);
    interview::delete(&mut conn, second).unwrap();
    assert!(highest(&conn) < before, "the newest reminders went with it");
    let third = new_interview(&mut conn, "2026-12-03T13:00", now);
    let ids: Vec<i64> = list_for(&conn, third)
        .unwrap()
        .into_iter()
        .filter_map(|r| r.id)
        .collect();
    assert!(!ids.is_empty());
    assert!(ids.iter().all(|&id| id > before), "{ids:?} after {before}");
}
