//! An invitation in: the first event of a calendar file (from Outlook, Teams, Google Calendar,
//! Apple Calendar…) read into a draft interview for the user to check and save.

use crate::error::{Error, Problem, Result};
use crate::interview::{self, InterviewDraft, Limits, Person, Round, Status};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::{Tz, TZ_VARIANTS};
use icalendar::parser::{Parameter, Property};
use icalendar::{CalendarDateTime, DatePerhapsTime};
use serde::Serialize;
use windows_timezones::WindowsTimezone;

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
                match zone_named(&tzid) {
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
    let all_day = matches!(start, When::Day(_));

    // The form shows the interview in its own zone; a UTC or floating time is shown where the
    // user is.
    let (start_local, zone) = match start {
        When::Day(d) => (d.and_hms_opt(9, 0, 0).expect("09:00 exists"), device),
        When::Zoned(t, tz) => (t, tz),
        When::Floating(t) => (t, device),
        When::Utc(t) => (t.with_timezone(&device).naive_local(), device),
    };
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
            .and_then(|d| duration_minutes(d.val.as_str()));
        by_end.or(by_duration).unwrap_or(60)
    }
    .clamp(Limits::MIN_MINUTES, Limits::MAX_MINUTES);

    let (organizer_name, organizer_mail) = match event.find_prop("ORGANIZER") {
        Some(p) => (
            p.params
                .iter()
                .find(|p| p.key.as_str().eq_ignore_ascii_case("CN"))
                .and_then(|p| p.val.as_ref())
                .map(|v| v.as_str().trim_matches('"').trim().to_owned())
                .unwrap_or_default(),
            mail_address(p.val.as_str()),
        ),
        None => (String::new(), String::new()),
    };
    let description = value("DESCRIPTION");
    let mut location = value("LOCATION");
    if location.is_empty() {
        location = meeting_link(&description).unwrap_or_default();
    }
    let url = value("URL");
    let draft = InterviewDraft {
        company: one_line(&company_from_mail(&organizer_mail), Limits::NAME),
        role: one_line(&value("SUMMARY"), Limits::NAME),
        round: Round::First,
        previous_round_id: None,
        start_local: crate::zone::format_local_date_time(start_local),
        time_zone: Some(zone.name().to_owned()),
        duration_minutes: minutes,
        location: one_line(&location, Limits::LOCATION),
        interviewers: match organizer_name.is_empty() {
            true => vec![],
            false => vec![Person {
                name: one_line(&organizer_name, Limits::NAME),
                role: String::new(),
            }],
        },
        contact_name: one_line(&organizer_name, Limits::NAME),
        contact_info: one_line(&organizer_mail, Limits::CONTACT_INFO),
        job_ad_url: if url.starts_with("https://") && url.len() <= Limits::URL {
            url
        } else {
            String::new()
        },
        job_ad_text: String::new(),
        status: Status::Planned,
        notes: clip(&description, Limits::LONG_TEXT),
    };
    Ok(Invitation {
        draft,
        all_day,
        zone_guessed,
        events: events.len(),
    })
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

/// A date or date-time property as `icalendar`'s typed reader expects it. RFC 5545 makes
/// parameter names case-insensitive, but the reader looks for `TZID` as written; values are
/// digits, `T` and `Z`, which some writers send in lower case or with stray blanks.
fn tidy(prop: &Property<'_>) -> Property<'static> {
    Property {
        name: prop.name.to_owned(),
        val: prop.val.as_str().trim().to_ascii_uppercase().into(),
        params: prop
            .params
            .iter()
            .map(|p| Parameter {
                key: p.key.as_str().to_ascii_uppercase().into(),
                val: p.val.as_ref().map(|v| v.to_owned()),
            })
            .collect(),
    }
}

/// A one-line field: the lines of a multi-line value (an address, say) joined with commas.
fn one_line(text: &str, max: usize) -> String {
    let joined = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    clip(&joined, max)
}

/// At most `max` characters, without control characters other than line breaks and tabs.
fn clip(text: &str, max: usize) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .take(max)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// An IANA name, a name that ends in one (`/mozilla.org/20050126_1/Europe/Oslo`), or one of
/// the Windows names Outlook and Teams write (`W. Europe Standard Time`), through CLDR's
/// windowsZones mapping as the `windows-timezones` crate carries it (its world-wide default,
/// territory "001", for each name).
pub fn zone_named(tzid: &str) -> Option<Tz> {
    let tzid = tzid.trim();
    if let Ok(tz) = tzid.parse::<Tz>() {
        return Some(tz);
    }
    if let Some(tz) = tzid
        .char_indices()
        .filter(|(_, c)| *c == '/')
        .find_map(|(i, _)| tzid[i + 1..].parse::<Tz>().ok())
    {
        return Some(tz);
    }
    if let Ok(windows) = tzid.parse::<WindowsTimezone>() {
        return Some(windows.into());
    }
    // The crate matches names as Windows spells them; a writer that changed their case is still
    // understood. It lists its zones only by the IANA zones that map to them, so the names are
    // gathered from there (every Windows zone's own default maps back to it).
    TZ_VARIANTS
        .iter()
        .filter_map(|&tz| WindowsTimezone::try_from(tz).ok())
        .find(|windows| windows.name().eq_ignore_ascii_case(tzid))
        .map(Tz::from)
}

/// Minutes of an RFC 5545 duration such as `PT45M`, `PT1H30M`, `P1D` or `P1W`, read by the
/// `iso8601` crate (the one `icalendar` itself uses for durations).
pub fn duration_minutes(raw: &str) -> Option<i64> {
    let raw = raw.trim();
    // RFC 5545 allows a sign before the `P`; ISO 8601 does not. A negative length is no length.
    let raw = raw.strip_prefix('+').unwrap_or(raw);
    // The crate's `duration()` ignores what follows a valid start (`PT1X` would be zero); its
    // parser tells what is left over.
    let Ok((rest, duration)) = iso8601::parsers::parse_duration(raw.as_bytes()) else {
        return None;
    };
    if !rest.is_empty() {
        return None;
    }
    match duration {
        iso8601::Duration::Weeks(weeks) => Some(i64::from(weeks) * 7 * 24 * 60),
        // RFC 5545 durations have no years or months (their length depends on the calendar).
        iso8601::Duration::YMDHMS {
            year: 0,
            month: 0,
            day,
            hour,
            minute,
            ..
        } => {
            // Seconds are below what the form holds and are dropped, as they always were.
            Some((i64::from(day) * 24 + i64::from(hour)) * 60 + i64::from(minute))
        }
        iso8601::Duration::YMDHMS { .. } => None,
    }
}

fn mail_address(value: &str) -> String {
    let v = value.trim();
    let v = v
        .get(..7)
        .filter(|p| p.eq_ignore_ascii_case("mailto:"))
        .map_or(v, |_| &v[7..]);
    if v.contains('@') {
        v.to_owned()
    } else {
        String::new()
    }
}

/// A guess at the employer from the organiser's address: `kari@bring.no` → "Bring". Addresses
/// at mail providers say nothing about the employer.
fn company_from_mail(mail: &str) -> String {
    const PROVIDERS: &[&str] = &[
        "gmail",
        "googlemail",
        "outlook",
        "hotmail",
        "live",
        "msn",
        "yahoo",
        "icloud",
        "me",
        "mac",
        "proton",
        "protonmail",
        "online",
        "telia",
        "gmx",
        "aol",
    ];
    let Some(domain) = mail.rsplit('@').next().filter(|_| mail.contains('@')) else {
        return String::new();
    };
    let labels: Vec<&str> = domain.split('.').collect();
    let name = match labels.len() {
        0 | 1 => return String::new(),
        n => labels[n - 2],
    };
    if PROVIDERS.contains(&name.to_lowercase().as_str()) {
        return String::new();
    }
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The first meeting link in a text (Teams, Zoom, Meet, Whereby…), for an empty location.
fn meeting_link(text: &str) -> Option<String> {
    text.split(|c: char| c.is_whitespace() || "<>\"".contains(c))
        .find(|w| {
            w.starts_with("https://")
                && [
                    "teams.microsoft.com",
                    "zoom.us",
                    "meet.google.com",
                    "whereby.com",
                ]
                .iter()
                .any(|host| w.contains(host))
        })
        .map(|w| w.chars().take(Limits::LOCATION).collect())
}
