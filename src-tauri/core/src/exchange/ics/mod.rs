//! Calendars: interviews out as an iCalendar file (RFC 5545) with a VTIMEZONE for every zone
//! used, and an invitation in (from Outlook, Google Calendar, Teams, Apple Calendar…) as a
//! draft interview for the user to confirm.
//!
//! The `icalendar` crate parses, and writes the events (escaping, folding at 75 octets). Its
//! builder cannot make a VTIMEZONE, so those are written here from the zone's changes
//! ([`crate::zone::transitions`]) — numbers and zone names only, nothing that needs escaping.

#[cfg(test)]
mod corpus;
mod invitation;
mod notes;
mod people;
#[cfg(test)]
mod reading_tests;
#[cfg(test)]
mod tests;
mod values;
mod wording;

pub use invitation::{read_invitation, Invitation};
pub use values::{duration_minutes, zone_named};

use crate::error::{Error, Result};
use crate::i18n::{text, Locale};
use crate::interview::{self, Status};
use crate::zone;
use chrono::{DateTime, Duration, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike};
use rusqlite::Connection;
use std::collections::BTreeSet;
use std::fmt::Write;

pub fn render(
    conn: &Connection,
    ids: &[i64],
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<String> {
    let mut calendar = Calendar::new();
    calendar.name(&text(locale, "app-name", None));
    let mut zones = BTreeSet::new();
    let mut years = (i32::MAX, i32::MIN);
    for &id in ids {
        let i = interview::get(conn, id)?;
        // Saving wrote it in the one shape; anything else is a damaged row, not the user's input.
        let start = zone::parse_local_date_time(&i.start_local)
            .ok_or_else(|| Error::stored("interview start", &i.start_local))?;
        let end = start + Duration::minutes(i.duration_minutes);
        use chrono::Datelike;
        years = (years.0.min(start.year()), years.1.max(end.year()));
        zones.insert(i.time_zone.clone());
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("company", i.company.as_str());
        args.set("role", i.role.as_str());
        let mut description = vec![text(locale, &format!("round-{}", i.round.as_str()), None)];
        for person in &i.interviewers {
            description.push(match person.role.is_empty() {
                true => person.name.clone(),
                false => format!("{} ({})", person.name, person.role),
            });
        }
        if !i.contact_name.is_empty() || !i.contact_info.is_empty() {
            description.push(
                format!("{} {}", i.contact_name, i.contact_info)
                    .trim()
                    .to_owned(),
            );
        }
        if !i.job_ad_url.is_empty() {
            description.push(i.job_ad_url.clone());
        }
        let mut event = Event::new();
        event
            .uid(&format!(
                "interview-{}-{}@intervju",
                i.id,
                i.created_at.timestamp()
            ))
            .timestamp(now)
            .summary(&text(locale, "ics-summary", Some(&args)))
            .description(&description.join("\n"))
            .starts(CalendarDateTime::WithTimezone {
                date_time: start,
                tzid: i.time_zone.clone(),
            })
            .ends(CalendarDateTime::WithTimezone {
                date_time: end,
                tzid: i.time_zone.clone(),
            });
        if !i.location.is_empty() {
            event.location(&i.location);
        }
        if matches!(i.status, Status::Withdrawn | Status::Cancelled) {
            event.status(icalendar::EventStatus::Cancelled);
        }
        calendar.push(event.done());
    }
    let mut out = calendar.done().to_string();
    let mut vtimezones = String::new();
    for name in zones {
        // An event whose zone has no VTIMEZONE is read as floating time by some calendars: a
        // stored name that no longer parses is an error, not an hour's shift in the file.
        let tz = name
            .parse::<Tz>()
            .map_err(|_| Error::stored("interview time zone", &name))?;
        vtimezone(&mut vtimezones, tz, years.0, years.1);
    }
    // Zones go before the events that use them (RFC 5545 allows any order; some readers don't).
    let at = out
        .find("BEGIN:VEVENT")
        .unwrap_or_else(|| out.len() - "END:VCALENDAR\r\n".len());
    out.insert_str(at, &vtimezones);
    Ok(out)
}

/// A VTIMEZONE with every offset change of `tz` in the years given (and one before, so the
/// offset in force at the first event is defined), each as its own STANDARD or DAYLIGHT part.
pub fn vtimezone(out: &mut String, tz: Tz, first_year: i32, last_year: i32) {
    let from = Utc
        .with_ymd_and_hms(first_year - 1, 1, 1, 0, 0, 0)
        .single()
        .expect("1 January exists");
    let until = Utc
        .with_ymd_and_hms(last_year + 1, 12, 31, 0, 0, 0)
        .single()
        .expect("31 December exists");
    let _ = write!(out, "BEGIN:VTIMEZONE\r\nTZID:{}\r\n", tz.name());
    let changes = zone::transitions(tz, from, until);
    for change in &changes {
        part(out, &change.before, &change.after, change.at);
    }
    if changes.is_empty() {
        // A zone without changes: one part that always applies.
        let offset = zone::offset_at(tz, from);
        part(out, &offset, &offset, from);
    }
    out.push_str("END:VTIMEZONE\r\n");
}

fn part(
    out: &mut String,
    before: &<Tz as TimeZone>::Offset,
    after: &<Tz as TimeZone>::Offset,
    at: DateTime<Utc>,
) {
    let kind = if after.dst_offset().is_zero() {
        "STANDARD"
    } else {
        "DAYLIGHT"
    };
    let from = before.fix().local_minus_utc();
    let to = after.fix().local_minus_utc();
    // DTSTART is the wall clock just before the change, in the offset in force then.
    let local = at.naive_utc() + Duration::seconds(from.into());
    let _ = write!(
        out,
        "BEGIN:{kind}\r\nDTSTART:{}\r\nTZOFFSETFROM:{}\r\nTZOFFSETTO:{}\r\n",
        local.format("%Y%m%dT%H%M%S"),
        utc_offset(from),
        utc_offset(to)
    );
    if let Some(name) = after.abbreviation().filter(|n| {
        n.chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-".contains(c))
    }) {
        let _ = write!(out, "TZNAME:{name}\r\n");
    }
    let _ = write!(out, "END:{kind}\r\n");
}

fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    format!("{sign}{:02}{:02}", s / 3600, s % 3600 / 60)
}
