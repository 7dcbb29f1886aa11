//! Calendar tests beside the code: the typed readers behind an invitation (zone names from
//! CLDR's Windows table, RFC 5545 durations, date-time values as different writers spell them)
//! and VTIMEZONE parts checked against the time-zone database.

use super::*;
use crate::testing::{new_interview, t0};
use chrono::NaiveDateTime;
use rstest::rstest;

/// Windows names beyond the two dozen a hand table once held, in the case Windows writes them
/// and in another; IANA names and names ending in one.
#[rstest]
#[case("Tasmania Standard Time", Some("Australia/Hobart"))]
#[case("Jordan Standard Time", Some("Asia/Amman"))]
#[case("Sri Lanka Standard Time", Some("Asia/Colombo"))]
#[case("North Korea Standard Time", Some("Asia/Pyongyang"))]
#[case("W. Europe Standard Time", Some("Europe/Berlin"))]
#[case("GTB STANDARD TIME", Some("Europe/Bucharest"))]
#[case("  Romance Standard Time ", Some("Europe/Paris"))]
#[case("Europe/Oslo", Some("Europe/Oslo"))]
#[case("/citadel.org/20190101_1/America/Chicago", Some("America/Chicago"))]
#[case("UTC", Some("UTC"))]
#[case("Mars Standard Time", None)]
#[case("", None)]
fn zone_names_are_placed(#[case] name: &str, #[case] iana: Option<&str>) {
    assert_eq!(zone_named(name).map(|z| z.name()), iana, "{name}");
}

/// Invariant: every Windows name the table knows is placed, and in lower case it is placed
/// where CLDR puts it. (Spelt exactly, "UTC" is also an IANA name, which wins.)
#[test]
fn a_windows_name_in_any_case_is_placed_where_cldr_puts_it() {
    let mut seen = 0;
    for tz in chrono_tz::TZ_VARIANTS {
        let Ok(windows) = windows_timezones::WindowsTimezone::try_from(tz) else {
            continue;
        };
        assert!(zone_named(windows.name()).is_some(), "{}", windows.name());
        assert_eq!(
            zone_named(&windows.name().to_lowercase()),
            Some(Tz::from(windows)),
            "{}",
            windows.name()
        );
        seen += 1;
    }
    assert!(seen > 400, "only {seen} IANA zones have a Windows name");
}

#[rstest]
#[case("PT45M", Some(45))]
#[case("+PT45M", Some(45))]
#[case("PT1H30M", Some(90))]
#[case("PT90M", Some(90))]
#[case("P1DT2H", Some(26 * 60))]
#[case("P1W", Some(7 * 24 * 60))]
#[case(" PT30M ", Some(30))]
#[case("PT1H30M59S", Some(90))]
// A negative length is no length; years and months are not RFC 5545 durations (the hand
// parser once read `P1M` as a minute).
#[case("-PT15M", None)]
#[case("P1M", None)]
#[case("P1Y", None)]
#[case("PT45M and more", None)]
#[case("PT1X", None)]
#[case("45", None)]
#[case("", None)]
fn durations_are_read_as_rfc_5545_writes_them(#[case] raw: &str, #[case] minutes: Option<i64>) {
    assert_eq!(duration_minutes(raw), minutes, "{raw:?}");
}

fn invitation(dtstart: &str) -> Invitation {
    let text = format!(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n{dtstart}\r\nDURATION:PT45M\r\nSUMMARY:Intervju\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    );
    read_invitation(&text, chrono_tz::Europe::Oslo).unwrap_or_else(|e| panic!("{dtstart}: {e}"))
}

/// Each form of DTSTART lands on the wall clock and zone the form should show.
#[rstest]
#[case(
    "DTSTART;TZID=Europe/Stockholm:20261201T100000",
    "2026-12-01T10:00",
    "Europe/Stockholm",
    false
)]
// Parameter names are case-insensitive (RFC 5545 §3.2), and so, in practice, are `T` and `Z`.
#[case(
    "DTSTART;tzid=Europe/Stockholm:20261201T100000",
    "2026-12-01T10:00",
    "Europe/Stockholm",
    false
)]
#[case("DTSTART:20261201t090000z", "2026-12-01T10:00", "Europe/Oslo", false)]
#[case(
    "DTSTART;TZID=Tasmania Standard Time:20261201T100000",
    "2026-12-01T10:00",
    "Australia/Hobart",
    false
)]
#[case(
    "DTSTART;TZID=\"Jordan Standard Time\":20270601T100000",
    "2027-06-01T10:00",
    "Asia/Amman",
    false
)]
#[case("DTSTART:20261201T100000", "2026-12-01T10:00", "Europe/Oslo", false)]
#[case(
    "DTSTART;TZID=Mars/Olympus:20261201T100000",
    "2026-12-01T10:00",
    "Europe/Oslo",
    true
)]
fn each_kind_of_start_is_read(
    #[case] dtstart: &str,
    #[case] start_local: &str,
    #[case] zone: &str,
    #[case] guessed: bool,
) {
    let read = invitation(dtstart);
    assert_eq!(read.draft.start_local, start_local);
    assert_eq!(read.draft.time_zone.as_deref(), Some(zone));
    assert_eq!(read.zone_guessed, guessed);
    assert_eq!(read.draft.duration_minutes, 45);
}

#[test]
fn a_start_that_is_no_date_is_refused() {
    let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:next tuesday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let refused = read_invitation(text, chrono_tz::Europe::Oslo);
    assert!(
        matches!(&refused, Err(Error::Validation(f)) if f[0].problem.code() == "not_a_calendar"),
        "{refused:?}"
    );
}

/// Invariant: every part of a VTIMEZONE agrees with the database — its DTSTART, read in its
/// TZOFFSETFROM, is the instant the offset becomes TZOFFSETTO, to the second — for zones that
/// move by half an hour, skip a day, or change twice a year.
#[rstest]
#[case(chrono_tz::Europe::Oslo)]
#[case(chrono_tz::America::New_York)]
#[case(chrono_tz::Australia::Lord_Howe)]
#[case(chrono_tz::Africa::Casablanca)]
#[case(chrono_tz::Pacific::Apia)]
fn vtimezone_parts_match_the_database(#[case] tz: Tz) {
    let mut out = String::new();
    vtimezone(&mut out, tz, 2011, 2027);
    let seconds = |offset: &str| {
        let sign = if offset.starts_with('-') { -1 } else { 1 };
        let (h, m): (i64, i64) = (offset[1..3].parse().unwrap(), offset[3..5].parse().unwrap());
        sign * (h * 3600 + m * 60)
    };
    let lines: Vec<&str> = out.split("\r\n").collect();
    let mut parts = 0;
    for (i, line) in lines.iter().enumerate() {
        let Some(start) = line.strip_prefix("DTSTART:") else {
            continue;
        };
        let from = seconds(lines[i + 1].strip_prefix("TZOFFSETFROM:").unwrap());
        let to = seconds(lines[i + 2].strip_prefix("TZOFFSETTO:").unwrap());
        let local = NaiveDateTime::parse_from_str(start, "%Y%m%dT%H%M%S").unwrap();
        let at = (local - Duration::seconds(from)).and_utc();
        let offset = |at: DateTime<Utc>| i64::from(zone::offset_at(tz, at).fix().local_minus_utc());
        assert_eq!(offset(at - Duration::seconds(1)), from, "{tz} {start}");
        assert_eq!(offset(at), to, "{tz} {start}");
        parts += 1;
    }
    assert!(parts >= 2, "{tz}: {parts} parts");
}

/// Invariant: an interview whose stored zone or start cannot be read makes the export fail
/// with the stored-value error, not a calendar that quietly shifts or drops its time.
#[rstest]
#[case(
    "UPDATE interview SET time_zone = 'Europe/Atlantis'",
    "interview time zone"
)]
#[case(
    "UPDATE interview SET start_local = '2026-12-1T10:00'",
    "interview start"
)]
fn an_unreadable_stored_interview_fails_the_export(#[case] damage: &str, #[case] what: &str) {
    let mut conn = crate::db::open_in_memory().unwrap();
    let id = new_interview(&mut conn, "Acme", "2026-12-01T10:00");
    assert!(render(&conn, &[id], Locale::En, t0()).is_ok());
    conn.execute(damage, []).unwrap();
    match render(&conn, &[id], Locale::En, t0()) {
        Err(Error::StoredValue { what: found, .. }) => assert_eq!(found, what),
        other => panic!("expected a stored-value error, got {other:?}"),
    }
}
