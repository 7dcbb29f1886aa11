//! Storage tests over an in-memory database: what is saved is what comes back, the list orders
//! upcoming before past, and links between rounds cannot dangle or loop.

use super::*;
use crate::db::open_in_memory;
use crate::error::Error;
use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::Oslo;
use proptest::prelude::*;
use rusqlite::Connection;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

fn draft(company: &str, start: &str) -> InterviewDraft {
    InterviewDraft {
        company: company.into(),
        role: "Utvikler".into(),
        round: Round::First,
        previous_round_id: None,
        start_local: start.into(),
        time_zone: Some("Europe/Oslo".into()),
        duration_minutes: 60,
        location: "Storgata 1".into(),
        interviewers: vec![Person {
            name: "Kari Nordmann".into(),
            role: "Daglig leder".into(),
        }],
        contact_name: String::new(),
        contact_info: String::new(),
        job_ad_url: "https://example.no/jobb/1".into(),
        job_ad_text: "Vi søker …".into(),
        status: Status::Planned,
        notes: String::new(),
    }
}

fn save(conn: &mut Connection, d: InterviewDraft) -> Interview {
    insert(
        conn,
        &ValidDraft::new(d, Oslo).unwrap(),
        at("2026-11-29T08:00:00Z"),
    )
    .unwrap()
}

fn count(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM interview", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn what_is_saved_comes_back_whole() {
    let mut conn = open_in_memory().unwrap();
    let saved = save(&mut conn, draft("Equinor", "2026-12-01T10:00"));
    let read = get(&conn, saved.id).unwrap();
    assert_eq!(read, saved);
    assert_eq!(read.company, "Equinor");
    assert_eq!(read.interviewers[0].name, "Kari Nordmann");
    assert_eq!(read.start_utc, at("2026-12-01T09:00:00Z"));
    assert_eq!(read.created_at, at("2026-11-29T08:00:00Z"));
}

#[test]
fn update_replaces_fields_and_interviewers_and_keeps_created_at() {
    let mut conn = open_in_memory().unwrap();
    let saved = save(&mut conn, draft("Equinor", "2026-12-01T10:00"));
    let mut changed = draft("Equinor ASA", "2026-12-02T13:30");
    changed.interviewers = vec![
        Person {
            name: "Ola".into(),
            role: String::new(),
        },
        Person {
            name: "Per".into(),
            role: "HR".into(),
        },
    ];
    changed.status = Status::Done;
    let valid = ValidDraft::new(changed, Oslo).unwrap();
    let updated = update(&mut conn, saved.id, &valid, at("2026-11-30T08:00:00Z")).unwrap();
    assert_eq!(updated.company, "Equinor ASA");
    assert_eq!(updated.status, Status::Done);
    assert_eq!(
        updated
            .interviewers
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["Ola", "Per"]
    );
    assert_eq!(updated.created_at, saved.created_at);
    assert_eq!(updated.updated_at, at("2026-11-30T08:00:00Z"));
    assert_eq!(get(&conn, saved.id).unwrap(), updated);
}

#[test]
fn unknown_ids_are_not_found_and_change_nothing() {
    let mut conn = open_in_memory().unwrap();
    save(&mut conn, draft("A", "2026-12-01T10:00"));
    let valid = ValidDraft::new(draft("B", "2026-12-01T10:00"), Oslo).unwrap();
    assert!(matches!(get(&conn, 999), Err(Error::NotFound)));
    assert!(matches!(
        update(&mut conn, 999, &valid, Utc::now()),
        Err(Error::NotFound)
    ));
    assert!(matches!(delete(&mut conn, 999), Err(Error::NotFound)));
    assert_eq!(count(&conn), 1);
}

#[test]
fn delete_removes_interviewers_and_unlinks_later_rounds() {
    let mut conn = open_in_memory().unwrap();
    let first = save(&mut conn, draft("A", "2026-12-01T10:00"));
    let mut second = draft("A", "2026-12-08T10:00");
    second.round = Round::Second;
    second.previous_round_id = Some(first.id);
    let second = save(&mut conn, second);
    delete(&mut conn, first.id).unwrap();
    assert_eq!(get(&conn, second.id).unwrap().previous_round_id, None);
    let orphans: i64 = conn
        .query_row(
            "SELECT count(*) FROM interviewer WHERE interview_id = ?1",
            [first.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
}

#[test]
fn rounds_cannot_link_to_nothing_to_themselves_or_in_a_loop() {
    let mut conn = open_in_memory().unwrap();
    let first = save(&mut conn, draft("A", "2026-12-01T10:00"));
    let mut second = draft("A", "2026-12-08T10:00");
    second.previous_round_id = Some(first.id);
    let second = save(&mut conn, second);

    let problem = |result: crate::Result<Interview>| match result {
        Err(Error::Validation(f)) => (f[0].field.clone(), f[0].problem.code()),
        other => panic!("expected a validation error, got {other:?}"),
    };
    let mut dangling = draft("A", "2026-12-01T10:00");
    dangling.previous_round_id = Some(4242);
    let valid = ValidDraft::new(dangling, Oslo).unwrap();
    assert_eq!(
        problem(insert(&mut conn, &valid, Utc::now())),
        ("previousRoundId".into(), "unknown_interview")
    );

    let mut looped = draft("A", "2026-12-01T10:00");
    looped.previous_round_id = Some(second.id);
    let valid = ValidDraft::new(looped, Oslo).unwrap();
    assert_eq!(
        problem(update(&mut conn, first.id, &valid, Utc::now())),
        ("previousRoundId".into(), "links_to_itself")
    );
    assert_eq!(
        get(&conn, first.id).unwrap(),
        first,
        "a refused update changes nothing"
    );
    assert_eq!(count(&conn), 2);
}

#[test]
fn list_shows_upcoming_soonest_first_then_past_latest_first() {
    let mut conn = open_in_memory().unwrap();
    for (company, start) in [
        ("past-old", "2026-10-01T10:00"),
        ("soon", "2026-12-01T10:00"),
        ("now", "2026-11-29T09:30"),
        ("later", "2027-01-15T10:00"),
        ("past-recent", "2026-11-20T10:00"),
    ] {
        save(&mut conn, draft(company, start));
    }
    // 09:00 UTC is 10:00 in Oslo: "now" started at 09:30 local and runs until 10:30.
    let page = list(&conn, at("2026-11-29T09:00:00Z"), 100, 0).unwrap();
    let order: Vec<_> = page
        .items
        .iter()
        .map(|i| (i.heading.company.as_str(), i.upcoming))
        .collect();
    assert_eq!(
        order,
        [
            ("now", true),
            ("soon", true),
            ("later", true),
            ("past-recent", false),
            ("past-old", false)
        ]
    );
    assert_eq!((page.total, page.upcoming), (5, 3));

    let second_page = list(&conn, at("2026-11-29T09:00:00Z"), 2, 2).unwrap();
    let names: Vec<_> = second_page
        .items
        .iter()
        .map(|i| i.heading.company.as_str())
        .collect();
    assert_eq!(names, ["later", "past-recent"]);
    assert_eq!(second_page.total, 5);
}

#[test]
fn an_interview_in_another_zone_keeps_its_own_wall_clock() {
    let mut conn = open_in_memory().unwrap();
    let mut d = draft("Remote", "2026-12-01T09:00");
    d.time_zone = Some("America/New_York".into());
    let saved = save(&mut conn, d);
    assert_eq!(saved.start_local, "2026-12-01T09:00");
    assert_eq!(saved.time_zone, "America/New_York");
    assert_eq!(saved.start_utc, at("2026-12-01T14:00:00Z"));
    assert_eq!(
        saved.start_utc,
        Utc.with_ymd_and_hms(2026, 12, 1, 14, 0, 0).unwrap()
    );
}

proptest! {
    /// Invariant: any draft either is refused without a trace in the database, or is stored and
    /// read back exactly as validation normalised it.
    #[test]
    fn any_draft_is_refused_cleanly_or_round_trips(
        company in ".{0,130}",
        role in "\\PC{0,20}",
        start in "(19[0-9]{2}|20[0-9]{2}|2[1-9][0-9]{2})-(0[0-9]|1[0-3])-([0-3][0-9])T([0-2][0-9]):([0-6][0-9])",
        zone in prop::sample::select(vec!["Europe/Oslo", "Europe/Stockholm", "Asia/Kolkata", "Mars/Base", ""]),
        minutes in -10i64..800,
        url in prop::sample::select(vec!["", "https://nav.no/stilling/1", "ftp://x", "not a url"]),
    ) {
        let mut conn = open_in_memory().unwrap();
        let mut d = draft("x", "2026-01-01T10:00");
        d.company = company;
        d.role = role;
        d.start_local = start;
        d.time_zone = Some(zone.into());
        d.duration_minutes = minutes;
        d.job_ad_url = url.into();
        match ValidDraft::new(d, Oslo) {
            Ok(valid) => {
                let stored = insert(&mut conn, &valid, Utc::now()).unwrap();
                prop_assert_eq!(&stored.company, &valid.draft.company);
                prop_assert_eq!(stored.start_utc, valid.start_utc);
                prop_assert_eq!(get(&conn, stored.id).unwrap(), stored);
            }
            Err(Error::Validation(problems)) => {
                prop_assert!(!problems.is_empty());
                prop_assert_eq!(count(&conn), 0);
            }
            Err(other) => prop_assert!(false, "unexpected error {other:?}"),
        }
    }

    /// Invariant: a start is either refused with one field error, or stored and read back exactly
    /// as it was sent, its instant on a whole minute (no seconds hidden in one field only).
    #[test]
    fn an_accepted_start_is_stored_exactly_as_sent(
        // Half near misses of the shape, half in it (most of them real times).
        start in prop_oneof![
            r"[+ ]?20[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}T[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?",
            r"20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-9])T([01][0-9]|2[0-3]):[0-5][0-9]",
        ],
    ) {
        let mut conn = open_in_memory().unwrap();
        match ValidDraft::new(draft("x", &start), Oslo) {
            Ok(valid) => {
                let stored = insert(&mut conn, &valid, at("2026-11-29T08:00:00Z")).unwrap();
                prop_assert_eq!(&get(&conn, stored.id).unwrap().start_local, &start);
                prop_assert_eq!(stored.start_utc.timestamp() % 60, 0);
            }
            Err(Error::Validation(problems)) => {
                prop_assert_eq!(problems.len(), 1);
                prop_assert_eq!(problems[0].field.as_str(), "startLocal");
                let code = problems[0].problem.code();
                prop_assert!(code == "invalid_date_time" || code == "nonexistent_time", "{}", code);
            }
            Err(other) => prop_assert!(false, "unexpected error {other:?}"),
        }
    }
}

/// Invariant: an id is never given out twice — not after the newest interview is deleted, and
/// not after the app restarts — so an old notification or link cannot open another interview.
#[test]
fn ids_of_deleted_interviews_are_never_reused() {
    let mut conn = open_in_memory().unwrap();
    let ids: Vec<i64> = (0..3)
        .map(|_| save(&mut conn, draft("A", "2026-12-01T10:00")).id)
        .collect();
    assert_eq!(ids, [1, 2, 3]);
    delete(&mut conn, 3).unwrap();
    assert_eq!(save(&mut conn, draft("B", "2026-12-01T10:00")).id, 4);
    delete(&mut conn, 2).unwrap();
    delete(&mut conn, 4).unwrap();
    assert_eq!(save(&mut conn, draft("C", "2026-12-01T10:00")).id, 5);

    let dir = tempfile::tempdir().unwrap();
    {
        let mut conn = crate::db::open(dir.path()).unwrap();
        for _ in 0..3 {
            save(&mut conn, draft("A", "2026-12-01T10:00"));
        }
        delete(&mut conn, 3).unwrap();
    }
    let mut conn = crate::db::open(dir.path()).unwrap();
    assert_eq!(save(&mut conn, draft("B", "2026-12-01T10:00")).id, 4);
}
