//! Putting a reminder off: by a quarter of an hour, an hour, or to tomorrow morning.

use super::{kind_at, settings};
use crate::enums::unreadable;
use crate::error::{Error, Problem, Result};
use crate::interview::store::instant_column;
use crate::reminders::{resolve_local, time_of_day, Kind, ReminderSettings};
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension};

crate::enums::named_enum! {
    /// How long to put a reminder off. The names are the UI's (`minutes_15`, not the `minutes15`
    /// snake case would make of `Minutes15`), spelled out for serde and strum alike.
    pub enum Snooze {
        #[serde(rename = "minutes_15")]
        #[strum(serialize = "minutes_15")]
        Minutes15,
        #[serde(rename = "hour_1")]
        #[strum(serialize = "hour_1")]
        Hour1,
        /// Tomorrow at the end of the quiet hours (08:00 by default), where the user is.
        #[serde(rename = "tomorrow_morning")]
        #[strum(serialize = "tomorrow_morning")]
        TomorrowMorning,
    }
}

/// Asks for a reminder again later. A "before" reminder cannot be put off past the start.
pub fn snooze(
    conn: &mut Connection,
    reminder_id: i64,
    how: Snooze,
    now: DateTime<Utc>,
    device_zone: Tz,
) -> Result<()> {
    let tx = conn.transaction()?;
    let found: Option<(Kind, DateTime<Utc>)> = tx
        .query_row(
            "SELECT r.kind, i.start_utc FROM reminder r JOIN interview i ON i.id = r.interview_id
             WHERE r.id = ?1 AND r.state IN ('pending', 'snoozed', 'fired')",
            [reminder_id],
            |r| Ok((kind_at(r, 0)?, instant_column(r, 1)?)),
        )
        .optional()
        .map_err(unreadable("reminder"))?;
    let Some((kind, start)) = found else {
        return Err(Error::field("reminderId", Problem::UnknownItem));
    };
    let due = snoozed_until(how, now, device_zone, &settings(&tx)?);
    if !may_snooze_to(kind, start, due) {
        return Err(Error::field("snooze", Problem::SnoozePastStart));
    }
    tx.execute(
        "UPDATE reminder SET state = 'snoozed', due_at = ?2, seen_at = NULL WHERE id = ?1",
        params![reminder_id, due.timestamp()],
    )?;
    Ok(tx.commit()?)
}

/// When a reminder put off `how` at `now` comes again. "Tomorrow morning" is where the user is:
/// at the end of the quiet hours, or 08:00 without them.
pub fn snoozed_until(
    how: Snooze,
    now: DateTime<Utc>,
    device_zone: Tz,
    settings: &ReminderSettings,
) -> DateTime<Utc> {
    match how {
        Snooze::Minutes15 => now + Duration::minutes(15),
        Snooze::Hour1 => now + Duration::hours(1),
        Snooze::TomorrowMorning => {
            let tomorrow = now.with_timezone(&device_zone).date_naive() + Duration::days(1);
            let morning = if settings.quiet_hours.enabled {
                settings.quiet_hours.end
            } else {
                8 * 60
            };
            resolve_local(tomorrow.and_time(time_of_day(morning)), device_zone)
        }
    }
}

/// A "before" reminder is of no use once the interview has begun, so it cannot be put off to
/// the start or past it; the others can be put off to any time.
pub fn may_snooze_to(kind: Kind, start: DateTime<Utc>, until: DateTime<Utc>) -> bool {
    !kind.is_before() || until < start
}
