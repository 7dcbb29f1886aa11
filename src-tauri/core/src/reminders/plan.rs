//! The reminder plan of one interview: pure arithmetic over its wall-clock start in its own zone,
//! the settings, and the device's zone (for quiet hours). No clock, no database.

use super::{time_of_day, Kind, Override, QuietHours, ReminderSettings};
use crate::error::{Error, Result};
use crate::interview::Status;
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

/// What planning needs to know about an interview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanInput {
    pub start_local: NaiveDateTime,
    pub zone: Tz,
    pub duration_minutes: i64,
    pub status: Status,
    pub status_changed_at: Option<DateTime<Utc>>,
    /// What the user has already done of what the reminders ask.
    pub done: Done,
}

/// The tasks reminders ask for that the user has already done (here or on a paired device). A
/// reminder for a done task is not planned, and one that comes due anyway is not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Done {
    /// The right-after reflection is marked done (`reflection.finished_at`).
    pub reflection: bool,
    /// The second look is marked done (`reflection.second_look_at`).
    pub second_look: bool,
    /// Feedback was asked for after a rejection (`feedback.asked_at`).
    pub feedback_asked: bool,
}

impl Done {
    /// Whether the task `kind` asks for is done. A follow-up has no task of its own: it waits for
    /// an outcome, which the status says.
    pub fn covers(self, kind: Kind) -> bool {
        match kind {
            Kind::AfterEnd => self.reflection,
            Kind::NextDay => self.second_look,
            Kind::AfterRejection => self.feedback_asked,
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Planned {
    pub kind: Kind,
    pub due: DateTime<Utc>,
}

/// The instant a wall-clock time names in `zone`. A time skipped by a daylight-saving change
/// becomes the first valid instant after the gap; a time that occurs twice means the first.
pub fn resolve_local(local: NaiveDateTime, zone: Tz) -> DateTime<Utc> {
    crate::zone::resolve(zone, local).earlier_or_after_gap()
}

/// The zone an interview was saved with. Saving checks the name, so one that no longer parses
/// is a damaged row (or a zone a newer time-zone database dropped): an error, logged with the
/// interview it belongs to, rather than an interview that silently gets no reminders.
pub fn stored_zone(interview_id: i64, name: &str) -> Result<Tz> {
    name.parse().map_err(|_| {
        tracing::error!(
            interview_id,
            zone = name,
            "stored time zone is unknown; the interview's reminders cannot be planned"
        );
        Error::stored("interview time zone", name)
    })
}

fn at_day(date: NaiveDate, minutes: u32, zone: Tz) -> DateTime<Utc> {
    resolve_local(date.and_time(time_of_day(minutes)), zone)
}

/// The reminders an interview should have. `own` are this interview's own choices (on/off and
/// time), which win over the global ones. None is planned for a task already done.
pub fn plan(
    input: &PlanInput,
    settings: &ReminderSettings,
    own: &[(Kind, Override)],
    device_zone: Tz,
) -> Vec<Planned> {
    let start = resolve_local(input.start_local, input.zone);
    let end = start + Duration::minutes(input.duration_minutes);
    let end_date = end.with_timezone(&input.zone).date_naive();
    // A cancelled interview is treated as a withdrawn one: nothing to prepare, reflect on or
    // follow up.
    let still_on = !matches!(
        input.status,
        Status::Withdrawn | Status::Rejected | Status::Cancelled
    );
    let no_outcome = matches!(
        input.status,
        Status::Planned | Status::Done | Status::Awaiting
    );

    Kind::ALL
        .into_iter()
        .filter_map(|kind| {
            let mine = own
                .iter()
                .find(|(k, _)| *k == kind)
                .map(|(_, o)| *o)
                .unwrap_or_default();
            let global = settings.kind(kind);
            if !mine.enabled.unwrap_or(global.enabled) || input.done.covers(kind) {
                return None;
            }
            let value = mine.value.unwrap_or(global.value);
            let due = match kind {
                Kind::EveningBefore if still_on => Some(at_day(
                    input.start_local.date() - Duration::days(1),
                    value,
                    input.zone,
                )),
                Kind::HoursBefore | Kind::MinutesBefore if still_on => {
                    Some(start - Duration::minutes(value.into()))
                }
                Kind::AfterEnd if still_on => Some(end + Duration::minutes(value.into())),
                Kind::NextDay if still_on => {
                    Some(at_day(end_date + Duration::days(1), value, input.zone))
                }
                Kind::FollowUp if no_outcome => {
                    let at = settings.kind(Kind::NextDay).value;
                    Some(at_day(
                        end_date + Duration::days(value.into()),
                        at,
                        input.zone,
                    ))
                }
                Kind::AfterRejection if input.status == Status::Rejected => {
                    let day = input
                        .status_changed_at?
                        .with_timezone(&input.zone)
                        .date_naive();
                    Some(at_day(day + Duration::days(1), value, input.zone))
                }
                _ => None,
            }?;
            let quieted = quiet(due, settings.quiet_hours, device_zone);
            // A "before" reminder that quiet hours would push past the start stays where it was:
            // with an interview that early, the user is up anyway. One already at or past the
            // start has no use.
            let due = match kind.is_before() {
                true if quieted < start => quieted,
                true if due < start => due,
                true => return None,
                false => quieted,
            };
            Some(Planned { kind, due })
        })
        .collect()
}

/// Moves an instant that falls in the quiet hours (read where the user is) to their end.
pub fn quiet(due: DateTime<Utc>, hours: QuietHours, device_zone: Tz) -> DateTime<Utc> {
    if !hours.enabled || hours.start == hours.end {
        return due;
    }
    let local = due.with_timezone(&device_zone).naive_local();
    let minute = local
        .time()
        .signed_duration_since(chrono::NaiveTime::MIN)
        .num_minutes() as u32;
    let wraps = hours.start > hours.end;
    let inside = if wraps {
        minute >= hours.start || minute < hours.end
    } else {
        (hours.start..hours.end).contains(&minute)
    };
    if !inside {
        return due;
    }
    // In the evening part of a window that wraps past midnight, the end is tomorrow.
    let end_date = if wraps && minute >= hours.start {
        local.date() + Duration::days(1)
    } else {
        local.date()
    };
    at_day(end_date, hours.end, device_zone)
}
