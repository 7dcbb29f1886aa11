//! The typed values of a calendar file as different writers spell them: zone names (IANA,
//! Mozilla's prefixed ones, Windows'), RFC 5545 durations, date-time properties, mail addresses,
//! and text cut to what a form field holds.

use chrono_tz::{Tz, TZ_VARIANTS};
use icalendar::parser::{Parameter, Property};
use windows_timezones::WindowsTimezone;

/// A date or date-time property as `icalendar`'s typed reader expects it. RFC 5545 makes
/// parameter names case-insensitive, but the reader looks for `TZID` as written; values are
/// digits, `T` and `Z`, which some writers send in lower case or with stray blanks.
pub(super) fn tidy(prop: &Property<'_>) -> Property<'static> {
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
pub(super) fn one_line(text: &str, max: usize) -> String {
    let joined = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    clip(&joined, max)
}

/// At most `max` characters, without control characters other than line breaks and tabs.
pub(super) fn clip(text: &str, max: usize) -> String {
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

pub(super) fn mail_address(value: &str) -> String {
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
