//! An invitation in: the first event of a calendar file (from Outlook, Teams, Google Calendar,
//! Apple Calendar, Thunderbird, Proton, Zoom…) read into a draft interview for the user to check
//! and save, with what tells a later file of the same meeting from it (its UID, SEQUENCE and
//! DTSTAMP) and whether the file cancels the meeting.

use super::values::{clip, one_line, tidy};
use super::{notes, people, wording};
use crate::error::{Error, Problem, Result};
use crate::interview::{self, InterviewDraft, Limits, Status};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use icalendar::{CalendarDateTime, DatePerhapsTime};
use serde::Serialize;

/// An invitation read from a calendar file, not saved: the form shows it for the user to check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    pub draft: InterviewDraft,
    /// The event had a date and no time: the start is set to 09:00 for the user to correct.
    pub all_day: bool,
    /// The file named a zone we could not place; the device's zone is used instead.
    pub zone_guessed: bool,
    /// How many events the file held (the first one is taken).
    pub events: usize,
    /// The event's UID, the same in every update and cancellation of it; empty if it has none.
    pub uid: String,
    /// The event's SEQUENCE: each revision the organiser sends counts it up (0 if not given).
    pub sequence: i64,
    /// The event's DTSTAMP: when this revision was written. Tells two files of one sequence apart.
    pub stamp: Option<DateTime<Utc>>,
    /// The file cancels the meeting (`METHOD:CANCEL`, or `STATUS:CANCELLED` on the event).
    pub cancelled: bool,
    /// The start is a wall-clock time that a daylight-saving change skips in its zone (02:30 on
    /// the last Sunday of March in Oslo): the form warns at once, and saving it is refused.
    pub start_in_gap: bool,
}

fn not_a_calendar() -> Error {
    Error::field("file", Problem::NotACalendar)
}

/// When an event starts or ends, as written.
#[derive(Debug, Clone, Copy, PartialEq)]
enum When {
    Day(NaiveDate),
    Utc(DateTime<Utc>),
    Zoned(NaiveDateTime, Tz),
    /// No zone: "the same wall-clock time wherever you are".
    Floating(NaiveDateTime),
}

impl When {
    fn instant(self, device: Tz) -> Option<DateTime<Utc>> {
        match self {
            When::Day(d) => interview::resolve_start(d.and_hms_opt(0, 0, 0)?, device),
            When::Utc(t) => Some(t),
            When::Zoned(t, tz) => interview::resolve_start(t, tz),
            When::Floating(t) => interview::resolve_start(t, device),
        }
    }
}

pub fn read_invitation(input: &str, device: Tz) -> Result<Invitation> {
    // One line ending throughout (a file mixing CRLF and LF confuses the parser), no BOM.
    let input = input.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let unfolded = icalendar::parser::unfold(&input);
    let calendar = icalendar::parser::read_calendar(&unfolded).map_err(|_| not_a_calendar())?;
    let mut events = vec![];
    collect_events(&calendar.components, &mut events);
    if calendar.components.is_empty() {
        return Err(not_a_calendar());
    }
    let event = *events
        .first()
        .ok_or_else(|| Error::field("file", Problem::NoEvent))?;
    let value = |name: &str| {
        event
            .find_prop(name)
            .map(|p| p.val.as_str().trim().to_owned())
            .unwrap_or_default()
    };
    let mut zone_guessed = false;
    let mut when = |name: &str| -> Result<Option<When>> {
        let Some(prop) = event.find_prop(name) else {
            return Ok(None);
        };
        let value = DatePerhapsTime::try_from(&tidy(prop)).map_err(|_| not_a_calendar())?;
        Ok(Some(match value {
            DatePerhapsTime::Date(day) => When::Day(day),
            DatePerhapsTime::DateTime(CalendarDateTime::Utc(at)) => When::Utc(at),
            DatePerhapsTime::DateTime(CalendarDateTime::Floating(time)) => When::Floating(time),
            DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid }) => {
                match super::zone_named(&tzid) {
                    Some(tz) => When::Zoned(date_time, tz),
                    None => {
                        zone_guessed = true;
                        When::Floating(date_time)
                    }
                }
            }
        }))
    };
    let start = when("DTSTART")?.ok_or_else(not_a_calendar)?;
    let end = when("DTEND")?;
    let stamp = match when("DTSTAMP") {
        Ok(Some(stamp)) => stamp.instant(device),
        // A stamp is only a tie-breaker between revisions: an unreadable one is no stamp.
        _ => None,
    };
    let all_day = matches!(start, When::Day(_));

    // The form shows the interview in its own zone; a UTC or floating time is shown where the
    // user is.
    let (start_local, zone) = match start {
        When::Day(d) => (d.and_hms_opt(9, 0, 0).expect("09:00 exists"), device),
        When::Zoned(t, tz) => (t, tz),
        When::Floating(t) => (t, device),
        When::Utc(t) => (t.with_timezone(&device).naive_local(), device),
    };
    let start_in_gap = !all_day && interview::resolve_start(start_local, zone).is_none();
    let minutes = if all_day {
        60
    } else {
        let start_at = start.instant(device);
        let by_end = end
            .and_then(|e| e.instant(device))
            .zip(start_at)
            .map(|(e, s)| (e - s).num_minutes());
        let by_duration = event
            .find_prop("DURATION")
            .and_then(|d| super::duration_minutes(d.val.as_str()));
        by_end.or(by_duration).unwrap_or(60)
    }
    .clamp(Limits::MIN_MINUTES, Limits::MAX_MINUTES);

    let who = people::read(event);
    let summary = value("SUMMARY");
    let description = value("DESCRIPTION");
    let notes = notes::clean(&description);

    let organiser = people::organiser_label(&who);
    let from_words = wording::employer(&summary, &notes, organiser.as_deref(), &who.names);
    let in_summary = from_words
        .as_deref()
        .is_some_and(|name| summary.contains(name));
    let company =
        from_words.unwrap_or_else(|| people::company_from_organiser(&who, &value("LOCATION")));

    // The link to the meeting: from the properties the services write it in, else the text.
    let link_props = [
        "X-MICROSOFT-SKYPETEAMSMEETINGURL",
        "X-GOOGLE-CONFERENCE",
        "CONFERENCE",
        "LOCATION",
    ]
    .map(value);
    let link = notes::meeting_link(
        link_props
            .iter()
            .map(String::as_str)
            .chain([description.as_str()]),
    );
    let mut location = value("LOCATION");
    let mut notes = notes;
    if let Some(link) = &link {
        if names_only_a_service(&location) {
            location = link.clone();
        } else if !location.contains(link.as_str()) && !notes.contains(link.as_str()) {
            // A place and a link: the place stays the place, the link is kept in the notes.
            notes = format!("{notes}\n\n{link}").trim().to_owned();
        }
    }

    let url = value("URL");
    let draft = InterviewDraft {
        company: one_line(&company, Limits::NAME),
        role: one_line(&wording::role(&summary, &notes, in_summary), Limits::NAME),
        round: wording::round(&summary),
        previous_round_id: None,
        start_local: crate::zone::format_local_date_time(start_local),
        time_zone: Some(zone.name().to_owned()),
        duration_minutes: minutes,
        location: one_line(&location, Limits::LOCATION),
        interviewers: who.interviewers,
        contact_name: who.contact_name,
        contact_info: who.contact_info,
        job_ad_url: if url.starts_with("https://") && url.len() <= Limits::URL {
            url
        } else {
            String::new()
        },
        job_ad_text: String::new(),
        status: Status::Planned,
        notes: clip(&notes, Limits::LONG_TEXT),
    };
    let method = calendar
        .properties
        .iter()
        .find(|p| p.name.as_str().eq_ignore_ascii_case("METHOD"))
        .map(|p| p.val.as_str().trim().to_ascii_uppercase())
        .unwrap_or_default();
    Ok(Invitation {
        draft,
        all_day,
        zone_guessed,
        events: events.len(),
        uid: clip(&value("UID"), 1_000),
        sequence: value("SEQUENCE").parse::<i64>().unwrap_or(0).max(0),
        stamp,
        cancelled: method == "CANCEL" || value("STATUS").eq_ignore_ascii_case("CANCELLED"),
        start_in_gap,
    })
}

/// A place that only names the meeting service ("Microsoft Teams Meeting", "Microsoft
/// Teams-møte", "Zoom", "Google Meet"), or none: the meeting's link says more.
fn names_only_a_service(location: &str) -> bool {
    let l = location.to_lowercase();
    let services = ["microsoft teams", "teams", "zoom", "google meet", "whereby"];
    l.trim().is_empty()
        || l.starts_with("https://")
        || (services.iter().any(|s| l.contains(s)) && !l.chars().any(|c| c.is_ascii_digit()))
}

fn collect_events<'a>(
    components: &'a [icalendar::parser::Component<'a>],
    out: &mut Vec<&'a icalendar::parser::Component<'a>>,
) {
    for c in components {
        if c.name.as_str().eq_ignore_ascii_case("VEVENT") {
            out.push(c);
        }
        collect_events(&c.components, out);
    }
}
