//! The hand-over to a phone's OS, against `FakeOs`. The property test states the promise: after
//! every hand-over the OS holds exactly the plan, no reminder shows twice, none the OS was given
//! is lost unless the phone rebooted (and then the app claims it), and a tap opens its screen —
//! for the interviews' reminders and the reporting reminders alike (`report_tests` has the
//! reporting reminders' own cases).

use super::*;
use crate::clock::{Clock, ManualClock};
use crate::reminders::{Kind, ReminderSettings};
use crate::reporting::{Authority, ReportingSettings};
use crate::service::{parse, Environment, MarkReportedRequest, ReportRequest, Screen};
use crate::testing::t0;
use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use serde_json::json;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

fn core(clock: Arc<ManualClock>) -> Core {
    let env = Environment {
        os_locale: "nb-NO".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    Core::open_in_memory(clock, env).unwrap()
}

/// An interview in Oslo starting `hours` after `now` (whole minutes), lasting `minutes`.
fn interview(core: &Core, now: DateTime<Utc>, hours: i64, minutes: i64) -> i64 {
    let start = (now + Duration::hours(hours)).with_timezone(&chrono_tz::Europe::Oslo);
    let draft = parse(Some(json!({
        "company": format!("Firma {hours}"), "role": "Rådgiver",
        "startLocal": start.format("%Y-%m-%dT%H:%M").to_string(),
        "timeZone": "Europe/Oslo", "durationMinutes": minutes,
    })))
    .unwrap();
    core.create_interview(draft).unwrap().id
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

#[test]
fn os_ids_are_positive_31_bit_and_stable_across_versions() {
    // Pinned: a changed derivation would orphan what phones already hold.
    assert_eq!(os_id("a1b2:after_end", 0), os_id("a1b2:after_end", 0));
    let pinned = os_id("00000000000000000000000000000000:evening_before", 0);
    assert_eq!(pinned, 193_493_401, "the id derivation changed");
    for key in (0..2000).map(|i| format!("{i:032x}:next_day")) {
        let id = os_id(&key, 0);
        assert!(id > 0, "{key} → {id}");
    }
}

#[test]
fn the_plan_is_the_soonest_future_reminders_in_whole_seconds() {
    let clock = Arc::new(ManualClock::new(t0()));
    let core = core(clock.clone());
    for day in 1..=40 {
        interview(&core, t0(), day * 24, 60);
    }
    let pending = core.pending_alerts().unwrap();
    assert!(pending.len() > SLOTS, "{} pending", pending.len());
    let plan = desired(t0(), pending.clone(), &HashSet::new(), SLOTS);
    assert_eq!(plan.len(), SLOTS);
    assert!(plan.windows(2).all(|w| w[0].at <= w[1].at), "soonest first");
    let mut sorted: Vec<_> = pending.iter().map(|a| a.due_at).collect();
    sorted.sort();
    assert_eq!(plan.last().unwrap().at, sorted[SLOTS - 1], "the soonest 60");
    assert!(plan.iter().all(|r| r.at.timestamp_subsec_nanos() == 0));
    let ids: HashSet<i32> = plan.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), SLOTS, "ids are unique");

    // A reminder due within the lead, or past, is not handed over.
    let first = sorted[0];
    let later = desired(first - LEAD, pending, &HashSet::new(), SLOTS);
    assert!(later.iter().all(|r| r.at > first));
}

#[test]
fn colliding_and_reserved_ids_move_to_the_next_candidate() {
    let clock = Arc::new(ManualClock::new(t0()));
    let core = core(clock);
    interview(&core, t0(), 48, 60);
    let pending = core.pending_alerts().unwrap();
    let free = desired(t0(), pending.clone(), &HashSet::new(), SLOTS);
    let reserved: HashSet<i32> = [free[0].id].into();
    let moved = desired(t0(), pending, &reserved, SLOTS);
    assert_eq!(moved[0].id, os_id(&moved[0].key, 1));
    assert_ne!(moved[0].id, free[0].id);
}

#[test]
fn reconcile_makes_only_the_calls_that_differ() {
    let clock = Arc::new(ManualClock::new(t0()));
    let core = core(clock);
    interview(&core, t0(), 48, 60);
    let plan = desired(t0(), core.pending_alerts().unwrap(), &HashSet::new(), 3);
    let held: Vec<Held> = plan.iter().map(OsReminder::held).collect();
    assert!(reconcile(&plan, &held, t0()).is_empty());

    // A changed text (a language change) is handed again under the same id.
    let mut retitled = plan.clone();
    retitled[1].title.push('!');
    let calls = reconcile(&retitled, &held, t0());
    assert_eq!(calls.schedule, vec![retitled[1].clone()]);
    assert!(calls.cancel.is_empty());

    // One no longer planned is cancelled by its id; one about to show is left alone.
    let calls = reconcile(&plan[..2], &held, t0());
    assert_eq!(calls.cancel, vec![plan[2].id]);
    let calls = reconcile(&plan[..2], &held, plan[2].at - LEAD);
    assert!(calls.cancel.is_empty(), "{calls:?}");
}

#[test]
fn the_plugin_gets_utc_instants_on_android_and_wall_clock_times_on_ios() {
    let oslo = chrono_tz::Europe::Oslo;
    // 10:00 UTC is 11:00 in Oslo in winter and 12:00 in summer.
    let winter = at("2026-12-01T10:00:00Z");
    let summer = at("2026-07-01T10:00:00Z");
    assert_eq!(
        wire_seconds(winter, oslo, DateReading::Instant),
        winter.timestamp()
    );
    assert_eq!(
        wire_seconds(winter, oslo, DateReading::DeviceWallClock),
        at("2026-12-01T11:00:00Z").timestamp()
    );
    assert_eq!(
        wire_seconds(summer, oslo, DateReading::DeviceWallClock),
        at("2026-07-01T12:00:00Z").timestamp()
    );
    // The night the clocks go back: 00:30 and 01:30 UTC are both 02:30 on the wall.
    assert_eq!(
        wire_seconds(
            at("2026-10-25T00:30:00Z"),
            oslo,
            DateReading::DeviceWallClock
        ),
        wire_seconds(
            at("2026-10-25T01:30:00Z"),
            oslo,
            DateReading::DeviceWallClock
        )
    );
}

#[test]
fn a_start_hands_everything_over_again_and_a_change_only_the_difference() {
    let clock = Arc::new(ManualClock::new(t0()));
    let core = core(clock.clone());
    let id = interview(&core, t0(), 72, 60);
    let mut os = FakeOs::new(Platform::Android, t0());
    let first = core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    assert_eq!(first.scheduled, 5, "{first:?}");
    assert_eq!(os.scheduled().len(), 5);

    let again = core.hand_over_reminders(&mut os, Occasion::Change).unwrap();
    assert_eq!((again.scheduled, again.cancelled), (0, 0));

    // Moved by a day: the five are replaced under their ids; nothing else is held.
    let before: Vec<i32> = os.scheduled().keys().copied().collect();
    let draft = parse(Some(json!({"id": id, "interview": {
        "company": "Firma", "role": "Rådgiver", "startLocal": "2026-12-03T09:00",
        "timeZone": "Europe/Oslo", "durationMinutes": 60}})))
    .unwrap();
    core.update_interview(draft).unwrap();
    let moved = core.hand_over_reminders(&mut os, Occasion::Change).unwrap();
    assert_eq!((moved.scheduled, moved.cancelled), (5, 0), "{moved:?}");
    assert_eq!(
        os.scheduled().keys().copied().collect::<Vec<_>>(),
        before,
        "same ids"
    );

    // Deleted: every one cancelled by id (Android's cancel_all would have done nothing).
    os.cancel_all();
    core.delete_interview(parse(Some(json!({"id": id}))).unwrap())
        .unwrap();
    let gone = core.hand_over_reminders(&mut os, Occasion::Change).unwrap();
    assert_eq!(gone.cancelled, 5);
    assert!(os.scheduled().is_empty());

    // A reboot empties the OS; the next start hands the plan over again.
    interview(&core, t0(), 30, 60);
    core.hand_over_reminders(&mut os, Occasion::Change).unwrap();
    let held = os.scheduled().len();
    assert!(held > 0);
    os.reboot();
    core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    assert_eq!(os.scheduled().len(), held);
}

#[test]
fn what_the_os_showed_is_claimed_once_and_what_it_never_had_is_shown_by_the_app() {
    let clock = Arc::new(ManualClock::new(t0()));
    let core = core(clock.clone());
    let id = interview(&core, t0(), 30, 60);
    let mut os = FakeOs::new(Platform::Ios, t0());
    core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    // The evening before and hours before have shown; the interview has not begun.
    let later = t0() + Duration::hours(28);
    clock.set(later);
    os.advance_to(later);
    let by_os = os.shown().len();
    assert_eq!(by_os, 2);
    let report = core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    assert_eq!(report.shown, 0, "what the OS showed is not shown again");
    assert_eq!(report.claimed.len(), by_os);
    assert!(report.claimed.iter().all(|n| n.target.interview_id == id));
    let waiting = core.due_reminders().unwrap();
    assert_eq!(waiting.len(), by_os, "listed in the waiting strip");

    // A tap names the notification on iOS: it opens that reminder's screen.
    let tapped = core.tapped(os.tap(0).unwrap()).unwrap().unwrap();
    assert_eq!(tapped, os.shown()[0].tap);
}

#[test]
fn a_tap_opens_its_screen_after_the_reminder_was_snoozed_and_its_kind_switched_off() {
    // Snoozing a fired reminder makes it pending again, and switching its kind off then deletes
    // its row; the notification the OS showed is still there, and a tap on it must open it.
    let clock = Arc::new(ManualClock::new(t0()));
    let core = core(clock.clone());
    let id = interview(&core, t0(), 30, 60);
    let mut os = FakeOs::new(Platform::Ios, t0());
    core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    let later = t0() + Duration::hours(28);
    clock.set(later);
    os.advance_to(later);
    core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    let shown = os.shown()[0].clone();
    let kind = kind_of(&shown.key);
    let request = json!({"reminderId": shown.reminder_id, "snooze": "hour_1"});
    core.snooze_reminder(parse(Some(request)).unwrap()).unwrap();
    let mut settings = core.reminder_settings().unwrap();
    let index = Kind::ALL.iter().position(|k| *k == kind).unwrap();
    settings.kinds[index].1.enabled = false;
    core.update_reminder_settings(settings).unwrap();
    core.hand_over_reminders(&mut os, Occasion::Change).unwrap();
    assert!(
        core.reminders(parse(Some(json!({"interviewId": id}))).unwrap())
            .unwrap()
            .iter()
            .all(|r| r.kind != kind || r.id.is_none()),
        "the reminder is gone"
    );

    let tapped = core.tapped(os.tap(0).unwrap()).unwrap();
    assert_eq!(
        tapped,
        Some(TapTarget {
            reminder_id: TapTarget::NO_REMINDER,
            ..shown.tap
        })
    );
}

#[test]
fn a_reminder_beyond_the_slots_that_came_due_while_closed_is_shown_on_start() {
    let clock = Arc::new(ManualClock::new(t0()));
    let core = core(clock.clone());
    interview(&core, t0(), 30, 60);
    // Handed over nothing (as if every slot were taken), then the time passes.
    let mut os = FakeOs::new(Platform::Android, t0());
    let later = t0() + Duration::hours(25);
    clock.set(later);
    os.advance_to(later);
    let report = core.hand_over_reminders(&mut os, Occasion::Start).unwrap();
    assert!(report.shown > 0, "{report:?}");
    assert_eq!(os.shown().len(), report.shown);
    assert!(os.shown().iter().all(|s| s.by == ShownBy::App));
}

#[derive(Debug, Clone)]
enum Step {
    Create {
        hours: i64,
        minutes: i64,
    },
    Move {
        which: usize,
        hours: i64,
    },
    Delete {
        which: usize,
    },
    Reflect {
        which: usize,
    },
    Switch {
        kind: usize,
        on: bool,
    },
    Snooze,
    Advance {
        minutes: i64,
    },
    Reboot,
    Start,
    Tap {
        which: usize,
    },
    /// 0: to no one; 1: Arbetsförmedlingen; 2: NAV, its form due `days` from today.
    Reporting {
        to: u8,
        days: i64,
    },
    /// The period the report screen suggests is marked reported.
    MarkReported,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (-20i64..400, 15i64..180).prop_map(|(hours, minutes)| Step::Create { hours, minutes }),
        2 => (any::<usize>(), -10i64..300).prop_map(|(which, hours)| Step::Move { which, hours }),
        1 => any::<usize>().prop_map(|which| Step::Delete { which }),
        1 => any::<usize>().prop_map(|which| Step::Reflect { which }),
        1 => (0usize..7, any::<bool>()).prop_map(|(kind, on)| Step::Switch { kind, on }),
        1 => Just(Step::Snooze),
        4 => (1i64..3000).prop_map(|minutes| Step::Advance { minutes }),
        1 => Just(Step::Reboot),
        2 => Just(Step::Start),
        1 => any::<usize>().prop_map(|which| Step::Tap { which }),
        2 => (0u8..3, 0i64..20).prop_map(|(to, days)| Step::Reporting { to, days }),
        1 => Just(Step::MarkReported),
    ]
}

/// The world of one run: the app's core, the phone's OS, and what the test remembers.
struct World {
    clock: Arc<ManualClock>,
    core: Core,
    os: FakeOs,
    platform: Platform,
    interviews: Vec<i64>,
    running: bool,
    /// What the OS was given at the last hand-over and must show unless the phone reboots.
    promised: HashMap<(String, DateTime<Utc>), ()>,
    /// What a reboot took from the OS before its time.
    lost: HashSet<(String, DateTime<Utc>)>,
    rebooted_since_shown: bool,
    /// Every reminder the app claimed, as (key, due).
    claimed: Vec<(String, DateTime<Utc>)>,
}

impl World {
    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    fn hand_over(&mut self, occasion: Occasion) {
        self.running = true;
        let report = self
            .core
            .hand_over_reminders(&mut self.os, occasion)
            .unwrap();
        assert_eq!(report.failed, 0, "{report:?}");
        for claimed in &report.claimed {
            self.claimed
                .push((key(&claimed.reminder), claimed.reminder.due_at));
        }
        for claimed in &report.claimed_reports {
            self.claimed
                .push((report_key(&claimed.reminder), claimed.reminder.due_at));
        }
        assert_eq!(self.os.refused, 0, "a past date was handed to the OS");
        // The OS holds exactly the plan (what it holds within the lead may be showing).
        let now = self.now();
        // Ids of what showed lately stay taken (see `KEEP_SHOWN`).
        let reserved: HashSet<i32> = ledger::held(&self.core.read())
            .unwrap()
            .iter()
            .filter(|h| h.at <= now + LEAD)
            .map(|h| h.id)
            .collect();
        let plan = desired(now, self.core.pending_alerts().unwrap(), &reserved, SLOTS);
        let holds: Vec<&OsReminder> = self
            .os
            .scheduled()
            .values()
            .filter(|r| r.at > now + LEAD)
            .collect();
        let mut expected: Vec<&OsReminder> = plan.iter().collect();
        expected.sort_by_key(|r| r.id);
        assert_eq!(holds, expected, "the OS holds exactly the plan");
        self.promised = self
            .os
            .scheduled()
            .values()
            .map(|r| ((r.key.clone(), r.at), ()))
            .collect();
    }

    fn pick(&self, which: usize) -> Option<i64> {
        (!self.interviews.is_empty()).then(|| self.interviews[which % self.interviews.len()])
    }

    fn run(&mut self, step: Step) {
        let edits = !matches!(
            step,
            Step::Advance { .. } | Step::Reboot | Step::Start | Step::Tap { .. }
        );
        if edits && !self.running {
            // The user opens the app to edit.
            self.hand_over(Occasion::Start);
        }
        let now = self.now();
        match step {
            Step::Create { hours, minutes } => {
                let id = interview(&self.core, now, hours, minutes);
                self.interviews.push(id);
            }
            Step::Move { which, hours } => {
                let Some(id) = self.pick(which) else { return };
                let start = (now + Duration::hours(hours)).with_timezone(&chrono_tz::Europe::Oslo);
                let draft = parse(Some(json!({"id": id, "interview": {
                    "company": "Flyttet", "role": "Rådgiver",
                    "startLocal": start.format("%Y-%m-%dT%H:%M").to_string(),
                    "timeZone": "Europe/Oslo", "durationMinutes": 60}})))
                .unwrap();
                self.core.update_interview(draft).unwrap();
            }
            Step::Delete { which } => {
                let Some(id) = self.pick(which) else { return };
                self.core
                    .delete_interview(parse(Some(json!({"id": id}))).unwrap())
                    .unwrap();
                self.interviews.retain(|i| *i != id);
            }
            Step::Reflect { which } => {
                let Some(id) = self.pick(which) else { return };
                let request = parse(Some(json!({"interviewId": id, "part": "after"}))).unwrap();
                self.core.complete_reflection(request).unwrap();
            }
            Step::Switch { kind, on } => {
                let mut settings: ReminderSettings = self.core.reminder_settings().unwrap();
                settings.kinds[kind].1.enabled = on;
                assert_eq!(settings.kinds[kind].0, Kind::ALL[kind]);
                self.core.update_reminder_settings(settings).unwrap();
            }
            Step::Snooze => {
                let waiting = self.core.due_reminders().unwrap();
                let Some(first) = waiting.first() else { return };
                let request = parse(Some(
                    json!({"reminderId": first.reminder.id, "snooze": "hour_1"}),
                ))
                .unwrap();
                match self.core.snooze_reminder(request) {
                    // A "before" reminder cannot be snoozed past the interview's start.
                    Err(crate::Error::Validation(_)) => return,
                    other => other.unwrap(),
                }
            }
            Step::Reporting { to, days } => {
                let today = now.with_timezone(&chrono_tz::Europe::Oslo).date_naive();
                let settings = match to {
                    0 => ReportingSettings::default(),
                    1 => ReportingSettings {
                        authority: Some(Authority::Arbetsformedlingen),
                        nav_due: None,
                    },
                    _ => ReportingSettings {
                        authority: Some(Authority::Nav),
                        nav_due: Some(today + Duration::days(days)),
                    },
                };
                self.core.update_reporting(settings).unwrap();
            }
            Step::MarkReported => {
                let report = self.core.report(ReportRequest::default()).unwrap();
                self.core
                    .mark_reported(MarkReportedRequest {
                        authority: report.authority,
                        start: report.suggested.start,
                        end: report.suggested.end,
                    })
                    .unwrap();
            }
            Step::Advance { minutes } => {
                let later = now + Duration::minutes(minutes);
                self.clock.set(later);
                let before = self.os.shown().len();
                self.os.advance_to(later);
                let shown: HashSet<(String, DateTime<Utc>)> = self.os.shown()[before..]
                    .iter()
                    .map(|s| (s.key.clone(), s.due))
                    .collect();
                for (promise, ()) in &self.promised {
                    if promise.1 <= later {
                        assert!(
                            shown.contains(promise)
                                || self.os.shown()[..before]
                                    .iter()
                                    .any(|s| (&s.key, s.due) == (&promise.0, promise.1)),
                            "the OS was given {promise:?} and did not show it"
                        );
                    }
                }
                self.promised.retain(|p, ()| p.1 > later);
                if !shown.is_empty() {
                    self.rebooted_since_shown = false;
                }
                return;
            }
            Step::Reboot => {
                for r in self.os.scheduled().values() {
                    self.lost.insert((r.key.clone(), r.at));
                }
                self.os.reboot();
                self.promised.clear();
                self.running = false;
                self.rebooted_since_shown = true;
                return;
            }
            Step::Start => {
                self.hand_over(Occasion::Start);
                return;
            }
            Step::Tap { which } => {
                self.tap(which);
                return;
            }
        }
        self.hand_over(Occasion::Change);
    }

    /// A tap opens the screen of the reminder it stands for, while the ledger remembers it and
    /// its interview is there.
    fn tap(&mut self, which: usize) {
        let shown: Vec<&Shown> = self
            .os
            .shown()
            .iter()
            .filter(|s| s.by == ShownBy::Os)
            .collect();
        if shown.is_empty() {
            return;
        }
        let pick = match self.platform {
            // Android names no notification: only the last one shown can be meant.
            Platform::Android => shown.len() - 1,
            Platform::Ios => which % shown.len(),
        };
        let target = shown[pick];
        let index = self.os.shown().iter().position(|s| s == target).unwrap();
        let fresh = self.now() - target.at < Duration::days(2);
        // The report is always there; an interview's screen only while the interview is.
        let exists =
            is_report_key(&target.key) || self.interviews.contains(&target.tap.interview_id);
        let resolved = self.core.tapped(self.os.tap(index).unwrap()).unwrap();
        if !(fresh && exists) || (self.platform == Platform::Android && self.rebooted_since_shown) {
            return;
        }
        let resolved = resolved.expect("a tap on a fresh notification opens something");
        // Android's tap names nothing: of notifications shown at the same instant, any one.
        let meant: Vec<TapTarget> = match self.platform {
            Platform::Ios => vec![target.tap],
            Platform::Android => shown
                .iter()
                .filter(|s| s.at == target.at)
                .map(|s| s.tap)
                .collect(),
        };
        assert!(
            meant.iter().any(|m| m.target() == resolved.target()),
            "{:?}: a tap on {target:?} opened {resolved:?}",
            self.platform
        );
        assert_eq!(resolved.screen, screen_of(&target.key));
    }

    /// At the end: the app starts once more. Every reminder that came due is claimed; each
    /// shows at most once per due time; each fired one was shown, or was taken by a reboot.
    fn finish(&mut self) {
        self.hand_over(Occasion::Start);
        let mut seen = HashSet::new();
        for shown in self.os.shown() {
            assert!(
                seen.insert((shown.key.clone(), shown.due)),
                "shown twice: {shown:?}"
            );
        }
        let now = self.now();
        for alert in self.core.pending_alerts().unwrap() {
            assert!(alert.due_at > now, "still pending: {alert:?}");
        }
        for claimed in &self.claimed {
            assert!(
                seen.contains(claimed) || self.lost.contains(claimed),
                "claimed but never shown: {claimed:?}"
            );
        }
    }
}

fn kind_of(key: &str) -> Kind {
    Kind::from_sql_name(key.rsplit_once(':').unwrap().1).unwrap()
}

/// The screen a notification with `key` stands for.
fn screen_of(key: &str) -> Screen {
    match is_report_key(key) {
        true => Screen::Report,
        false => Screen::of(kind_of(key)),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn the_os_always_holds_the_plan_and_nothing_shows_twice(
        steps in proptest::collection::vec(step(), 1..45),
        ios in any::<bool>(),
    ) {
        let clock = Arc::new(ManualClock::new(t0()));
        let platform = if ios { Platform::Ios } else { Platform::Android };
        let mut world = World {
            core: core(clock.clone()),
            os: FakeOs::new(platform, t0()),
            clock,
            platform,
            interviews: Vec::new(),
            running: false,
            promised: HashMap::new(),
            lost: HashSet::new(),
            rebooted_since_shown: false,
            claimed: Vec::new(),
        };
        for step in steps {
            world.run(step);
        }
        world.finish();
    }
}
