//! Export and import, each checked by reading the file back: our own importer for JSON, Python's
//! `csv` module for CSV, the independent `ical` crate for ICS; files that are no invitation
//! (the corpus of invitations is read in `ics::corpus`).

use super::*;
use crate::testing::{ask, core, problem, search_index, tell, Story};
use crate::Core;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;

fn export(core: &Core, format: &str) -> Vec<u8> {
    core.export(&crate::parse(Some(json!({ "format": format }))).unwrap())
        .unwrap()
}

fn tables(bytes: &[u8]) -> Value {
    let doc: Value = serde_json::from_slice(bytes).unwrap();
    doc["tables"].clone()
}

/// A line: letters the app meets, and the characters that break naive formats.
fn line() -> impl Strategy<Value = String> {
    "[a-zA-ZæøåÆØÅäö ,;\"'#*\\\\-]{0,24}"
}

/// A text of several lines.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(line(), 0..3).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Invariant: export → import into an empty database → export gives the same data, ids
    /// and all (even with gaps left by deleted interviews).
    #[test]
    fn json_round_trip_is_exact(
        stories in prop::collection::vec((line(), text(), 0u32..400, 1i64..=5, 1i64..=5, text()), 1..6),
        delete_first in any::<bool>(),
    ) {
        let a = core();
        let mut ids = vec![];
        for (i, (company, notes, day, feeling, rating, learned)) in stories.iter().enumerate() {
            let start = (chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
                + chrono::Duration::days(i64::from(*day))).format("%Y-%m-%dT10:00").to_string();
            let company = format!("Firma {company}");
            ids.push(tell(&a, &Story {
                company: company.trim(), start: &start, notes, learned,
                question: &format!("Question {i} {}", learned.replace('\n', " ")), feeling: *feeling, rating: *rating,
                forgot: notes, ..Story::default()
            }));
        }
        if delete_first && ids.len() > 1 {
            ask(|r| a.delete_interview(r), json!({"id": ids[0]}));
        }
        let first = export(&a, "json");
        let b = core();
        let summary = b.import_backup(std::str::from_utf8(&first).unwrap()).unwrap();
        prop_assert_eq!(summary.duplicates, 0);
        prop_assert_eq!(tables(&export(&b, "json")), tables(&first));
        // And the triggers rebuilt the search index with the same rows (its internal pages
        // differ with the order of writes, so those are not compared).
        prop_assert_eq!(search_index(&a), search_index(&b));
    }
}

/// Invariant: importing a backup again adds nothing and changes nothing.
#[test]
fn importing_twice_recognises_every_interview() {
    let core = core();
    tell(
        &core,
        &Story {
            question: "Why us?",
            ..Story::default()
        },
    );
    tell(
        &core,
        &Story {
            company: "Bring",
            start: "2026-11-21T09:00",
            ..Story::default()
        },
    );
    let backup = String::from_utf8(export(&core, "json")).unwrap();
    let before = core.dump().unwrap();
    let summary = core.import_backup(&backup).unwrap();
    assert_eq!((summary.interviews, summary.duplicates), (0, 2));
    assert_eq!((summary.questions, summary.existing_questions), (0, 1));
    assert_eq!(core.dump().unwrap(), before);
}

/// Invariant: into a database that has its own interviews, a backup's interviews get new ids
/// and everything that belongs to them follows; the earlier round stays linked.
#[test]
fn importing_into_a_used_database_renumbers_and_links() {
    let source = core();
    let first = tell(
        &source,
        &Story {
            company: "Posten",
            research: "parcels",
            ..Story::default()
        },
    );
    let second = ask(
        |d| source.create_interview(d),
        json!({"company": "Posten", "role": "Developer", "round": "second",
               "startLocal": "2026-12-02T10:00", "previousRoundId": first}),
    );
    let backup = String::from_utf8(export(&source, "json")).unwrap();

    let target = core();
    let own = tell(
        &target,
        &Story {
            company: "Own",
            question: "Why us?",
            ..Story::default()
        },
    );
    let summary = target.import_backup(&backup).unwrap();
    assert_eq!((summary.interviews, summary.duplicates), (2, 0));
    let page = ask(
        |r| target.review(r),
        json!({"company": "posten", "descending": false}),
    );
    let ids: Vec<i64> = page.rows.iter().map(|r| r.heading.id).collect();
    assert_eq!(ids.len(), 2);
    assert!(!ids.contains(&own));
    let round2 = target
        .interview(crate::parse(Some(json!({"id": ids[1]}))).unwrap())
        .unwrap();
    assert_eq!(round2.previous_round_id, Some(ids[0]));
    assert_ne!(
        second.id, ids[1],
        "the id was taken, so a new one was given"
    );
    let hits = ask(|r| target.search(r), json!({"query": "parcels"}));
    assert_eq!(hits[0].interview_id, Some(ids[0]));
    let own_view = target
        .preparation(crate::parse(Some(json!({"interviewId": own}))).unwrap())
        .unwrap();
    assert_eq!(
        own_view.sheet.research, "",
        "the user's own interview is untouched"
    );
}

/// Invariant: a file that is not a good backup is refused with a clear error, and nothing of
/// it is saved — even when the bad row comes after good ones.
#[test]
fn bad_backups_are_refused_and_change_nothing() {
    let core = core();
    tell(&core, &Story::default());
    let good: Value = serde_json::from_slice(&export(&core, "json")).unwrap();
    let other = crate::testing::core();
    tell(
        &other,
        &Story {
            company: "Other",
            ..Story::default()
        },
    );
    let mut late_bad: Value = serde_json::from_slice(&export(&other, "json")).unwrap();
    late_bad["tables"]["reflection"][0]["feeling"] = json!(9);
    let mut unknown_column = good.clone();
    unknown_column["tables"]["interview"][0]["salary; DROP TABLE x"] = json!(1);
    let mut unknown_table = good.clone();
    unknown_table["tables"]["sqlite_master"] = json!([]);
    let mut newer = good.clone();
    newer["schema"] = json!(99);
    let before = core.dump().unwrap();
    for (text, code) in [
        ("not json".to_owned(), "not_a_backup"),
        ("{}".to_owned(), "not_a_backup"),
        (
            json!({"format": "other", "version": 1}).to_string(),
            "not_a_backup",
        ),
        (late_bad.to_string(), "not_a_backup"),
        (unknown_column.to_string(), "not_a_backup"),
        (unknown_table.to_string(), "not_a_backup"),
        (newer.to_string(), "backup_too_new"),
    ] {
        assert_eq!(
            problem(core.import_backup(&text)),
            ("file".into(), code),
            "{text:.80}"
        );
        assert_eq!(core.dump().unwrap(), before);
    }
}

/// Invariant: an import never gives an interview an id this database used before, even when
/// the file's own id is free here, and the file's marks of deleted ids come along.
#[test]
fn importing_never_reuses_a_deleted_id() {
    let source = core();
    for company in ["A", "B", "C"] {
        tell(
            &source,
            &Story {
                company,
                ..Story::default()
            },
        );
    }
    ask(|r| source.delete_interview(r), json!({"id": 3}));
    let backup = String::from_utf8(export(&source, "json")).unwrap();
    let target = core();
    for company in ["X", "Y", "Z"] {
        tell(
            &target,
            &Story {
                company,
                ..Story::default()
            },
        );
    }
    ask(|r| target.delete_interview(r), json!({"id": 3}));
    ask(|r| target.delete_interview(r), json!({"id": 2}));
    target.import_backup(&backup).unwrap();
    let page = ask(|r| target.review(r), json!({"descending": false}));
    let mut ids: Vec<i64> = page.rows.iter().map(|r| r.heading.id).collect();
    ids.sort_unstable();
    assert_eq!(ids, [1, 4, 5], "1 is X's; 2 and 3 were Y's and Z's");
    let fresh = core();
    fresh.import_backup(&backup).unwrap();
    let created = ask(
        |d| fresh.create_interview(d),
        json!({"company": "D", "role": "R", "startLocal": "2026-12-01T10:00"}),
    );
    assert_eq!(created.id, 4, "never 3, which the source had deleted");
}

/// Invariant: a good backup that cannot be written is not called "not a backup": the failure
/// is the database's (here it is read-only), and the user is told that instead.
#[test]
fn a_storage_failure_while_importing_is_not_blamed_on_the_file() {
    let source = core();
    tell(&source, &Story::default());
    let backup = String::from_utf8(export(&source, "json")).unwrap();
    let target = core();
    // Planted: every write now fails as on a read-only disk.
    target
        .write()
        .unwrap()
        .pragma_update(None, "query_only", "ON")
        .unwrap();
    let error = target.import_backup(&backup).unwrap_err();
    assert!(matches!(error, crate::Error::Storage(_)), "{error:?}");
    assert_eq!(error.code(), "read_only");
}

fn python_csv(bytes: &[u8], delimiter: char) -> Vec<Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.csv");
    std::fs::write(&path, bytes).unwrap();
    let script = format!(
        "import csv, json, sys\n\
         with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n\
         \x20   print(json.dumps(list(csv.reader(f, delimiter='{delimiter}'))))"
    );
    let out = std::process::Command::new("python3")
        .args(["-c", &script, path.to_str().unwrap()])
        .output()
        .expect("python3 reads the CSV (installed by scripts/system-deps.sh)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Invariant: Python's csv module reads our CSV back field for field, in each language, with
/// commas, semicolons, quotes and line breaks inside fields.
#[test]
fn csv_reads_back_with_an_independent_parser() {
    let core = core();
    tell(
        &core,
        &Story {
            company: "Nordlys; \"AS\"",
            role: "Dev, backend",
            start: "2026-11-02T09:30",
            ..Story::default()
        },
    );
    tell(
        &core,
        &Story {
            company: "Ålesund Kommune",
            start: "2026-10-01T13:00",
            ..Story::default()
        },
    );
    for (language, delimiter, heading, kind) in [
        ("en", ',', "Employer", "Job interview"),
        ("nb", ';', "Arbeidsgiver", "Jobbintervju"),
        ("sv", ';', "Arbetsgivare", "Anställningsintervju"),
    ] {
        core.update_settings(crate::parse(Some(json!({"language": language}))).unwrap())
            .unwrap();
        let rows = python_csv(&export(&core, "csv"), delimiter);
        assert_eq!(
            rows.len(),
            3,
            "{language}: heading and one row per interview"
        );
        assert_eq!(rows[0][2], heading);
        assert_eq!(
            rows[1][..5],
            ["2026-10-01", "13:00", "Ålesund Kommune", "Developer", kind]
        );
        assert_eq!(rows[2][2..4], ["Nordlys; \"AS\"", "Dev, backend"]);
        assert_eq!(rows[2][5], "Kari Nordmann");
    }
}

/// The ICS export as the `ical` crate reads it: events with their property values
/// (unescaped here, as `ical` leaves escapes in) and the zones' offsets.
fn read_ics(text: &str) -> ical::parser::ical::component::IcalCalendar {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = parser
        .next()
        .expect("one calendar")
        .expect("valid iCalendar");
    assert!(parser.next().is_none());
    calendar
}

fn prop<'a>(props: &'a [ical::property::Property], name: &str) -> &'a ical::property::Property {
    props
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name}"))
}

fn unescape(v: &str) -> String {
    v.replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
}

/// Invariant: every interview is an event at its own wall-clock time in its own zone, and each
/// zone used has a VTIMEZONE whose offsets agree with the time-zone database at that time.
#[test]
fn ics_reads_back_with_an_independent_parser() {
    let core = core();
    tell(
        &core,
        &Story {
            company: "Posten, Norge",
            role: "Dev; ops",
            start: "2026-11-20T10:00",
            ..Story::default()
        },
    );
    ask(
        |d| core.create_interview(d),
        json!({"company": "NYC", "role": "PM", "startLocal": "2027-06-15T09:00",
               "timeZone": "America/New_York", "durationMinutes": 45, "location": "5th Ave"}),
    );
    let text = String::from_utf8(export(&core, "ics")).unwrap();
    assert!(text.lines().all(|l| l.len() <= 75), "folded at 75 octets");
    assert!(text.contains("\r\n"));
    let calendar = read_ics(&text);
    assert_eq!(calendar.events.len(), 2);
    let oslo = &calendar.events[0].properties;
    assert_eq!(
        unescape(prop(oslo, "SUMMARY").value.as_deref().unwrap()),
        "Interview: Dev; ops, Posten, Norge"
    );
    let start = prop(oslo, "DTSTART");
    assert_eq!(start.value.as_deref(), Some("20261120T100000"));
    assert_eq!(
        start.params.as_ref().unwrap()[0],
        ("TZID".into(), vec!["Europe/Oslo".into()])
    );
    assert_eq!(
        prop(oslo, "DTEND").value.as_deref(),
        Some("20261120T110000")
    );
    let nyc = &calendar.events[1].properties;
    assert_eq!(prop(nyc, "DTEND").value.as_deref(), Some("20270615T094500"));

    let zones: BTreeMap<String, &ical::parser::ical::component::IcalTimeZone> = calendar
        .timezones
        .iter()
        .map(|z| (prop(&z.properties, "TZID").value.clone().unwrap(), z))
        .collect();
    assert_eq!(
        zones.keys().collect::<Vec<_>>(),
        ["America/New_York", "Europe/Oslo"]
    );
    // The part in force at each event (the last change before it) gives the right offset.
    for (zone, local, expected) in [
        ("Europe/Oslo", "20261120T100000", "+0100"),
        ("America/New_York", "20270615T090000", "-0400"),
    ] {
        let offset = zones[zone]
            .transitions
            .iter()
            .map(|t| {
                (
                    prop(&t.properties, "DTSTART").value.clone().unwrap(),
                    prop(&t.properties, "TZOFFSETTO").value.clone().unwrap(),
                )
            })
            .filter(|(start, _)| start.as_str() <= local)
            .max()
            .unwrap()
            .1;
        assert_eq!(offset, expected, "{zone}");
    }
}

#[test]
fn vtimezone_lists_each_change_with_its_offsets() {
    let mut out = String::new();
    ics::vtimezone(&mut out, chrono_tz::Europe::Oslo, 2026, 2026);
    // 2025 to 2027: two changes a year.
    assert_eq!(out.matches("BEGIN:DAYLIGHT").count(), 3);
    assert_eq!(out.matches("BEGIN:STANDARD").count(), 3);
    assert!(out.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"));
    assert!(out.contains(
        "BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
    ));
    let mut utc = String::new();
    ics::vtimezone(&mut utc, chrono_tz::UTC, 2026, 2026);
    assert_eq!(utc.matches("BEGIN:STANDARD").count(), 1);
}

#[test]
fn files_that_are_not_invitations_are_refused() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics");
    let core = core();
    assert_eq!(
        problem(core.read_invitation_file(&dir.join("broken-not-ics.ics"))),
        ("file".into(), "not_a_calendar")
    );
    assert_eq!(
        problem(core.read_invitation_file(&dir.join("broken-no-vevent.ics"))),
        ("file".into(), "no_event")
    );
    assert_eq!(
        problem(core.read_invitation("")),
        ("file".into(), "not_a_calendar")
    );
    let unknown = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Mars/Olympus:20261201T100000\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let guessed = core.read_invitation(unknown).unwrap().invitation;
    assert!(guessed.zone_guessed);
    assert_eq!(guessed.draft.start_local, "2026-12-01T10:00");
}

#[test]
fn durations_and_zone_names_are_understood() {
    for (raw, minutes) in [
        ("PT45M", Some(45)),
        ("PT1H30M", Some(90)),
        ("P1D", Some(1440)),
        ("P1W", Some(10080)),
        ("PT90S", Some(0)),
        ("1H", None),
        ("PT1X", None),
    ] {
        assert_eq!(ics::duration_minutes(raw), minutes, "{raw}");
    }
    for (name, iana) in [
        ("Europe/Oslo", "Europe/Oslo"),
        (
            "/mozilla.org/20050126_1/Europe/Stockholm",
            "Europe/Stockholm",
        ),
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("romance standard time", "Europe/Paris"),
    ] {
        assert_eq!(
            ics::zone_named(name).map(|z| z.name().to_owned()),
            Some(iana.to_owned()),
            "{name}"
        );
    }
}

/// Invariant: the report is Markdown in the user's language, and what the user wrote stays text.
#[test]
fn the_markdown_report_escapes_what_the_user_wrote() {
    let core = core();
    tell(
        &core,
        &Story {
            company: "# Not a heading",
            notes: "*not bold* [no link](x)",
            learned: "They use Rust",
            ..Story::default()
        },
    );
    core.update_settings(crate::parse(Some(json!({"language": "nb"}))).unwrap())
        .unwrap();
    let text = String::from_utf8(export(&core, "markdown")).unwrap();
    assert!(text.starts_with("# Intervjuer — rapport per 2026-11-29\n"));
    assert!(text.contains("\\# Not a heading"));
    assert!(text.contains("> \\*not bold\\* \\[no link\\]\\(x\\)"));
    assert!(text.contains("They use Rust"));
    assert!(text.contains("**Hvordan følte du deg under samtalen?**") || text.contains("Hvordan"));
    assert!(text.contains("Lærdommer som fortsatt er åpne"));
}

/// Invariant: an export replaces the chosen file whole and leaves nothing else behind.
#[test]
fn export_files_are_written_whole() {
    let core = core();
    tell(&core, &Story::default());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("intervju.json");
    std::fs::write(&path, "old").unwrap();
    core.export_to(
        &crate::parse(Some(json!({"format": "json"}))).unwrap(),
        &path,
    )
    .unwrap();
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["intervju.json"]);
    let fresh = crate::testing::core();
    fresh.import_backup_file(&path).unwrap();
    assert_eq!(fresh.review(crate::parse(None).unwrap()).unwrap().total, 1);
    assert_eq!(core.export_name(Format::Csv), "intervju-2026-11-29.csv");
}
