//! When the reporting reminders come: Arbetsförmedlingen's on the 1st of the month after the
//! period (the report opens) and again on the 10th if it is still not reported (it closes on the
//! 14th); NAV's on the form's due date. Each at nine in the morning where the user is, moved out
//! of the quiet hours like every reminder. Pure: no clock, no database.

use super::period::{self, Period};
use super::{Authority, ReportingSettings};
use crate::reminders::{quiet, resolve_local, time_of_day, QuietHours};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

crate::enums::named_enum! {
    /// Which of a period's reminders.
    #[derive(Hash, PartialOrd, Ord)]
    pub enum ReminderKind {
        /// Arbetsförmedlingen: the report for the month can be sent from today.
        Opens,
        /// Arbetsförmedlingen: the report is still not sent, four days before it closes.
        Again,
        /// NAV: the employment status form is due today.
        Due,
    }
}

crate::enums::sql_text!(ReminderKind);

/// The time of day the reminders come, in minutes after midnight where the user is.
pub const REMIND_AT: u32 = 9 * 60;

/// The day of the month Arbetsförmedlingen's second reminder comes.
pub const AGAIN_ON_DAY: i64 = 10;

/// How many periods not yet reported have their reminders planned: the one to report now and
/// the next, so a reminder always waits (and wakes the scheduler, which then plans further).
pub const AHEAD: usize = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Planned {
    pub authority: Authority,
    pub period: Period,
    pub kind: ReminderKind,
    pub due: DateTime<Utc>,
}

/// Whether `period` is reported, given the periods marked reported (a report that reached the
/// period's last day covers it, whatever dates the user chose for it).
pub fn is_reported(period: Period, reported: &[Period]) -> bool {
    reported
        .iter()
        .any(|r| r.start <= period.end && r.end >= period.end)
}

/// The reminders to plan on `today`, soonest first.
pub fn plan(
    settings: &ReportingSettings,
    today: NaiveDate,
    reported: &[Period],
    quiet_hours: QuietHours,
    device_zone: Tz,
) -> Vec<Planned> {
    let Some(authority) = settings.authority else {
        return Vec::new();
    };
    let mut period = match authority {
        // Last month's report may still be open (until the 14th).
        Authority::Arbetsformedlingen => period::suggested(authority, None, today, None),
        Authority::Nav => match settings.nav_due {
            Some(anchor) => period::nav_period_due_from(anchor, today),
            None => return Vec::new(),
        },
    };
    let at = |date: NaiveDate| {
        let due = resolve_local(date.and_time(time_of_day(REMIND_AT)), device_zone);
        quiet(due, quiet_hours, device_zone)
    };
    let mut planned = Vec::new();
    let mut open = 0;
    // Bounded: a run of reported periods ahead ends the search after a year or so.
    for _ in 0..30 {
        if open == AHEAD {
            break;
        }
        if !is_reported(period, reported) {
            open += 1;
            let first_day_after = period.end + Duration::days(1);
            let kinds: &[(ReminderKind, NaiveDate)] = match authority {
                Authority::Arbetsformedlingen => &[
                    (ReminderKind::Opens, first_day_after),
                    (
                        ReminderKind::Again,
                        first_day_after + Duration::days(AGAIN_ON_DAY - 1),
                    ),
                ],
                Authority::Nav => &[(ReminderKind::Due, period::due_date(authority, period))],
            };
            planned.extend(kinds.iter().map(|&(kind, date)| Planned {
                authority,
                period,
                kind,
                due: at(date),
            }));
        }
        period = period::following(authority, period);
    }
    planned
}
