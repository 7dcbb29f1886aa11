//! Reporting: periods as the authorities count them (months; 14 days across year ends and
//! daylight-saving changes), the report's rows, and reminders that come at the right local time,
//! once, and stop when the period is marked reported.

use super::period::{self, Period};
use super::remind::{self, ReminderKind};
use super::*;
use crate::clock::ManualClock;
use crate::reminders::QuietHours;
use crate::service::{Environment, ReportRequest};
use crate::testing::ask;
use crate::Core;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde_json::json;
use std::sync::Arc;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

fn p(start: &str, end: &str) -> Period {
    Period {
        start: d(start),
        end: d(end),
    }
}

const QUIET: QuietHours = QuietHours {
    enabled: true,
    start: 22 * 60,
    end: 8 * 60,
};

#[rstest::rstest]
#[case::leap_february("2028-02-10", "2028-02-01", "2028-02-29")]
#[case::plain_february("2027-02-28", "2027-02-01", "2027-02-28")]
#[case::december("2026-12-31", "2026-12-01", "2026-12-31")]
#[case::first_day("2026-03-01", "2026-03-01", "2026-03-31")]
fn a_month_is_the_calendar_month(#[case] day: &str, #[case] start: &str, #[case] end: &str) {
    assert_eq!(period::month_of(d(day)), p(start, end));
}

/// NAV's periods are 14 days ending the day before the due date, counted from any due date the
/// user knows, forwards and backwards, across the year's end.
#[rstest::rstest]
#[case::on_the_due_date("2026-12-08", "2026-12-08", "2026-11-24", "2026-12-07")]
#[case::the_day_after("2026-12-08", "2026-12-09", "2026-12-08", "2026-12-21")]
#[case::across_new_year("2026-12-08", "2026-12-30", "2026-12-22", "2027-01-04")]
#[case::before_the_anchor("2026-12-08", "2026-11-20", "2026-11-10", "2026-11-23")]
#[case::years_later("2026-12-08", "2028-01-01", "2027-12-21", "2028-01-03")]
fn nav_periods_follow_the_due_date(
    #[case] anchor: &str,
    #[case] today: &str,
    #[case] start: &str,
    #[case] end: &str,
) {
    let period = period::nav_period_due_from(d(anchor), d(today));
    assert_eq!(period, p(start, end));
    assert_eq!(period.days(), 14);
    // The due date is a whole number of periods from the anchor, on or after today.
    let due = period::due_date(Authority::Nav, period);
    assert_eq!((due - d(anchor)).num_days().rem_euclid(14), 0);
    assert!(due >= d(today) && due - d(today) < Duration::days(14));
}

/// Over a daylight-saving change the period is still 14 whole days (dates, not hours).
#[test]
fn a_nav_period_across_a_daylight_saving_change_is_fourteen_days() {
    let period = period::nav_period_due_from(d("2027-04-06"), d("2027-04-06"));
    assert_eq!(period, p("2027-03-23", "2027-04-05"));
    assert!(
        period.contains(d("2027-03-28")),
        "Europe's change to summer time"
    );
    assert_eq!(period.days(), 14);
}

#[test]
fn arbetsformedlingen_reports_last_month_by_the_fourteenth() {
    let period = period::suggested(Authority::Arbetsformedlingen, None, d("2027-01-03"), None);
    assert_eq!(period, p("2026-12-01", "2026-12-31"));
    assert_eq!(
        period::due_date(Authority::Arbetsformedlingen, period),
        d("2027-01-14")
    );
}

/// Once a period is reported, the next report starts where it ended: the next whole period, or
/// the rest of one reported only in part.
#[rstest::rstest]
#[case::whole_month_reported(
    Authority::Arbetsformedlingen,
    "2026-11-30",
    "2026-12-01",
    "2026-12-31"
)]
#[case::part_reported(
    Authority::Arbetsformedlingen,
    "2026-11-20",
    "2026-11-21",
    "2026-11-30"
)]
#[case::nav_reported(Authority::Nav, "2026-12-07", "2026-12-08", "2026-12-21")]
fn the_next_report_starts_where_the_last_ended(
    #[case] authority: Authority,
    #[case] reported_to: &str,
    #[case] start: &str,
    #[case] end: &str,
) {
    let period = period::suggested(
        authority,
        Some(d("2026-12-08")),
        d("2026-12-03"),
        Some(d(reported_to)),
    );
    assert_eq!(period, p(start, end));
}

fn planned(
    settings: ReportingSettings,
    today: &str,
    reported: &[Period],
    zone: Tz,
) -> Vec<remind::Planned> {
    remind::plan(&settings, d(today), reported, QUIET, zone)
}

const SWEDEN: ReportingSettings = ReportingSettings {
    authority: Some(Authority::Arbetsformedlingen),
    nav_due: None,
};

/// Arbetsförmedlingen: on the 1st and again on the 10th at nine where the user is — in winter
/// and in summer time alike (08:00 and 07:00 UTC in Stockholm).
#[test]
fn arbetsformedlingen_reminds_on_the_first_and_the_tenth_at_nine_local() {
    let plan = planned(SWEDEN, "2027-03-15", &[], chrono_tz::Europe::Stockholm);
    let seen: Vec<(ReminderKind, DateTime<Utc>)> = plan.iter().map(|p| (p.kind, p.due)).collect();
    assert_eq!(
        seen,
        vec![
            (ReminderKind::Opens, at("2027-03-01T08:00:00Z")),
            (ReminderKind::Again, at("2027-03-10T08:00:00Z")),
            // After the change to summer time on 28 March.
            (ReminderKind::Opens, at("2027-04-01T07:00:00Z")),
            (ReminderKind::Again, at("2027-04-10T07:00:00Z")),
        ]
    );
    assert_eq!(plan[0].period, p("2027-02-01", "2027-02-28"));
}

/// Quiet hours that last past nine move the reminder to their end, as for every reminder.
#[test]
fn quiet_hours_move_a_reporting_reminder() {
    let late = QuietHours {
        enabled: true,
        start: 22 * 60,
        end: 10 * 60 + 30,
    };
    let plan = remind::plan(
        &SWEDEN,
        d("2027-01-20"),
        &[],
        late,
        chrono_tz::Europe::Stockholm,
    );
    assert_eq!(plan[0].due, at("2027-01-01T09:30:00Z"));
}

/// A reported period has no reminders; the planner goes on to the next ones.
#[test]
fn a_reported_period_is_not_reminded_of() {
    let plan = planned(
        SWEDEN,
        "2026-12-03",
        &[p("2026-11-01", "2026-11-30")],
        chrono_tz::Europe::Stockholm,
    );
    let periods: Vec<Period> = plan.iter().map(|p| p.period).collect();
    assert!(!periods.contains(&p("2026-11-01", "2026-11-30")));
    assert_eq!(periods[0], p("2026-12-01", "2026-12-31"));
    assert_eq!(periods[2], p("2027-01-01", "2027-01-31"));
}

/// NAV: on the due date, at nine in Oslo, also on the day summer time begins (07:00 UTC).
#[test]
fn nav_reminds_on_the_due_date() {
    let settings = ReportingSettings {
        authority: Some(Authority::Nav),
        nav_due: Some(d("2027-03-28")),
    };
    let plan = planned(settings, "2027-03-20", &[], chrono_tz::Europe::Oslo);
    assert_eq!(plan.len(), remind::AHEAD);
    assert_eq!(plan[0].kind, ReminderKind::Due);
    assert_eq!(plan[0].due, at("2027-03-28T07:00:00Z"));
    assert_eq!(plan[0].period, p("2027-03-14", "2027-03-27"));
    assert_eq!(plan[1].due, at("2027-04-11T07:00:00Z"));
}

#[test]
fn no_authority_no_reminders() {
    let none = ReportingSettings::default();
    assert!(planned(none, "2027-03-20", &[], chrono_tz::Europe::Oslo).is_empty());
}

/// A core in Stockholm, Swedish, its clock at `now`.
fn swedish_core(now: &str) -> (Core, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::new(at(now)));
    let env = Environment {
        os_locale: "sv_SE.UTF-8".into(),
        device_zone: chrono_tz::Europe::Stockholm,
    };
    (Core::open_in_memory(clock.clone(), env).unwrap(), clock)
}

/// The whole loop on one device: chosen in the settings, reminded on the 1st exactly once,
/// reminded again on the 10th only while not reported, and silent once reported.
#[test]
fn the_reminder_comes_once_and_stops_when_the_period_is_reported() {
    let (core, clock) = swedish_core("2026-11-20T12:00:00Z");
    core.update_reporting(SWEDEN).unwrap();
    let next = core.reporting().unwrap().next_reminder.unwrap();
    assert_eq!(next, at("2026-12-01T08:00:00Z"));

    clock.set(at("2026-12-01T08:00:30Z"));
    let fired = core.fire_due_report_reminders().unwrap();
    assert_eq!(fired.len(), 1);
    assert_eq!(fired[0].reminder.kind, ReminderKind::Opens);
    assert_eq!(fired[0].reminder.period, p("2026-11-01", "2026-11-30"));
    assert!(
        fired[0].title.contains("Arbetsförmedlingen"),
        "{}",
        fired[0].title
    );
    assert!(fired[0].body.contains("2026-12-14"), "{}", fired[0].body);
    assert!(core.fire_due_report_reminders().unwrap().is_empty(), "once");
    // The view says a report is due until the 14th.
    let due = core.reporting().unwrap().due.unwrap();
    assert_eq!(due.period, p("2026-11-01", "2026-11-30"));
    assert!(!due.overdue);

    // Marked reported on the 3rd: the 10th passes in silence, and the next reminder is for
    // December's report.
    clock.set(at("2026-12-03T10:00:00Z"));
    ask(
        |r| core.mark_reported(r),
        json!({"authority": "arbetsformedlingen", "start": "2026-11-01", "end": "2026-11-30"}),
    );
    assert_eq!(core.reporting().unwrap().due, None);
    clock.set(at("2026-12-10T09:00:00Z"));
    assert!(core.fire_due_report_reminders().unwrap().is_empty());
    assert_eq!(
        core.reporting().unwrap().next_reminder,
        Some(at("2027-01-01T08:00:00Z"))
    );
}

/// Not reported: the second reminder comes on the 10th. Reported on another device (the row
/// arrives by sync, the reminder still pending here): the reminder is skipped when it comes due.
#[test]
fn the_second_reminder_comes_unless_the_period_was_reported_anywhere() {
    let (core, clock) = swedish_core("2026-12-05T12:00:00Z");
    core.update_reporting(SWEDEN).unwrap();
    clock.set(at("2026-12-10T08:00:00Z"));
    let fired = core.fire_due_report_reminders().unwrap();
    assert_eq!(fired.len(), 1);
    assert_eq!(fired[0].reminder.kind, ReminderKind::Again);

    // December's report: reported on the phone; here the reminder of 1 January still waits.
    clock.set(at("2026-12-31T12:00:00Z"));
    core.write()
        .unwrap()
        .execute(
            "INSERT INTO report_period VALUES ('arbetsformedlingen', '2026-12-01', '2026-12-31', 0)",
            [],
        )
        .unwrap();
    clock.set(at("2027-01-01T08:00:00Z"));
    assert!(core.fire_due_report_reminders().unwrap().is_empty());
}

/// Choosing no authority takes the waiting reminders away.
#[test]
fn reporting_to_no_one_removes_the_reminders() {
    let (core, _) = swedish_core("2026-11-20T12:00:00Z");
    core.update_reporting(SWEDEN).unwrap();
    let view = core.update_reporting(ReportingSettings::default()).unwrap();
    assert_eq!(view.next_reminder, None);
}

#[test]
fn nav_needs_a_due_date() {
    let (core, _) = swedish_core("2026-11-20T12:00:00Z");
    let refused = core.update_reporting(ReportingSettings {
        authority: Some(Authority::Nav),
        nav_due: None,
    });
    assert_eq!(
        crate::testing::problem(refused),
        ("navDue".into(), "required")
    );
}

/// The report for a month: the interview that took place and the activity added, by date, each
/// with the fields of Arbetsförmedlingen's form in Swedish; a later interview, a cancelled one
/// and an activity of another month are not in it.
#[test]
fn the_report_lists_each_activity_in_the_forms_words() {
    let (core, clock) = swedish_core("2026-11-01T09:00:00Z");
    let interview = ask(
        |r| core.create_interview(r),
        json!({"company": "Volvo", "role": "Utvecklare", "startLocal": "2026-11-12T10:00",
               "timeZone": "Europe/Stockholm", "location": "Göteborg"}),
    );
    let cancelled = ask(
        |r| core.create_interview(r),
        json!({"company": "Saab", "role": "Testare", "startLocal": "2026-11-13T10:00",
               "timeZone": "Europe/Stockholm"}),
    );
    core.write()
        .unwrap()
        .execute(
            "UPDATE interview SET status = 'cancelled' WHERE id = ?1",
            [cancelled.id],
        )
        .unwrap();
    ask(
        |r| core.create_interview(r),
        json!({"company": "Later AB", "role": "Chef", "startLocal": "2026-12-20T10:00",
               "timeZone": "Europe/Stockholm"}),
    );
    let applied = ask(
        |r| core.add_activity(r),
        json!({"kind": "application", "date": "2026-11-05", "employer": " Ikea ",
               "title": "Lagerarbetare", "place": "Älmhult", "stage": "waiting"}),
    );
    assert_eq!(applied.employer, "Ikea", "trimmed");
    ask(
        |r| core.add_activity(r),
        json!({"kind": "contact", "date": "2026-10-31", "employer": "Oktober AB", "stage": "waiting"}),
    );

    clock.set(at("2026-12-02T09:00:00Z"));
    let report = core
        .report(ReportRequest {
            authority: Some(Authority::Arbetsformedlingen),
            ..ReportRequest::default()
        })
        .unwrap();
    assert_eq!(report.period, p("2026-11-01", "2026-11-30"));
    assert_eq!(report.due_date, d("2026-12-14"));
    let lines: Vec<&str> = report.rows.iter().map(|r| r.line.as_str()).collect();
    assert_eq!(
        lines,
        vec![
            "Aktivitet: Sökt jobb; Datum: 2026-11-05; Arbetsgivare: Ikea; Yrke: Lagerarbetare; Ort: Älmhult; Hur långt det kom: Väntar på svar",
            "Aktivitet: Intervju; Datum: 2026-11-12; Arbetsgivare: Volvo; Yrke: Utvecklare; Ort: Göteborg; Hur långt det kom: Intervju",
        ]
    );
    assert_eq!(report.rows[1].source, form::Source::Interview(interview.id));
    assert_eq!(report.fields.len(), 6);
}

/// A period the user chooses must make sense: start before end, within a year, real dates.
#[rstest::rstest]
#[case::backwards(json!({"start": "2026-11-30", "end": "2026-11-01"}), "end")]
#[case::too_long(json!({"start": "2024-01-01", "end": "2026-11-01"}), "end")]
#[case::far_future(json!({"start": "9999-01-01", "end": "9999-01-02"}), "start")]
#[case::half(json!({"start": "2026-11-01"}), "end")]
fn a_chosen_period_is_checked(#[case] request: serde_json::Value, #[case] field: &str) {
    let (core, _) = swedish_core("2026-12-02T09:00:00Z");
    let refused = core.report(crate::parse(Some(request)).unwrap());
    assert_eq!(crate::testing::problem(refused).0, field);
}

/// A bad activity is refused with every problem at once, and nothing is stored.
#[test]
fn a_bad_activity_changes_nothing() {
    let (core, _) = swedish_core("2026-12-02T09:00:00Z");
    let draft = crate::parse(Some(json!({"kind": "other", "date": "1066-10-14",
        "employer": "  ", "stage": "waiting", "note": "x".repeat(2001)})))
    .unwrap();
    match core.add_activity(draft) {
        Err(crate::Error::Validation(problems)) => {
            let fields: Vec<&str> = problems.iter().map(|f| f.field.as_str()).collect();
            assert_eq!(fields, vec!["employer", "note", "date"]);
        }
        other => panic!("{other:?}"),
    }
    let count: i64 = core
        .read()
        .query_row("SELECT count(*) FROM activity", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 0);
}

/// What the user adds for reporting is theirs on every device: settings, activities and the
/// periods marked reported travel like the interviews.
#[test]
fn reporting_syncs_between_devices() {
    let (a, b, ab, ba) = crate::sync::tests::paired();
    a.update_reporting(ReportingSettings {
        authority: Some(Authority::Nav),
        nav_due: Some(d("2026-12-08")),
    })
    .unwrap();
    let activity = ask(
        |r| a.add_activity(r),
        json!({"kind": "application", "date": "2026-11-25", "employer": "Equinor", "stage": "waiting"}),
    );
    ask(
        |r| a.mark_reported(r),
        json!({"authority": "nav", "start": "2026-11-10", "end": "2026-11-23"}),
    );
    assert_eq!(b.reporting().unwrap().next_reminder, None);
    crate::sync::tests::send(&a, ab, &b);
    assert_eq!(
        b.reporting().unwrap().settings,
        a.reporting().unwrap().settings
    );
    // The choice that came by sync plans b's own reminders: NAV's next due date, at nine.
    assert_eq!(
        b.reporting().unwrap().next_reminder,
        Some(at("2026-12-08T08:00:00Z"))
    );
    let here = b
        .read()
        .query_row("SELECT employer FROM activity", [], |r| {
            r.get::<_, String>(0)
        })
        .unwrap();
    assert_eq!(here, "Equinor");
    let report = b.report(ReportRequest::default()).unwrap();
    assert_eq!(
        report.last_reported.unwrap().period,
        p("2026-11-10", "2026-11-23")
    );

    // Deleted on b: gone on a too.
    let id_on_b: i64 = b
        .read()
        .query_row("SELECT id FROM activity", [], |r| r.get(0))
        .unwrap();
    b.delete_activity(crate::service::IdRequest { id: id_on_b })
        .unwrap();
    crate::sync::tests::send(&b, ba, &a);
    assert!(matches!(
        a.get_activity(crate::service::IdRequest { id: activity.id }),
        Err(crate::Error::NotFound)
    ));
}

/// A full backup holds the activities and reported periods; importing it twice adds nothing.
#[test]
fn a_backup_carries_the_activities_once() {
    let (core, _) = swedish_core("2026-12-02T09:00:00Z");
    ask(
        |r| core.add_activity(r),
        json!({"kind": "contact", "date": "2026-11-25", "employer": "Spotify", "stage": "interview"}),
    );
    ask(
        |r| core.mark_reported(r),
        json!({"authority": "arbetsformedlingen", "start": "2026-11-01", "end": "2026-11-30"}),
    );
    let backup = crate::exchange::json::export(&core.read(), at("2026-12-02T09:00:00Z")).unwrap();
    let (other, _) = swedish_core("2026-12-02T09:00:00Z");
    for _ in 0..2 {
        crate::exchange::json::import(&mut other.write().unwrap(), &backup.to_string()).unwrap();
    }
    let (activities, periods): (i64, i64) = other
        .read()
        .query_row(
            "SELECT (SELECT count(*) FROM activity), (SELECT count(*) FROM report_period)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((activities, periods), (1, 1));
}
