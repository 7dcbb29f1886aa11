//! Helpers shared by the core's unit tests.

use crate::interview::{self, InterviewDraft, ValidDraft};
use chrono::{DateTime, Utc};
use rusqlite::Connection;

/// 29 November 2026, 08:00 UTC: the "now" of most tests.
pub fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-29T08:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// Stores an interview in Oslo starting at `start` (local), saved at `t0`; returns its id.
pub fn new_interview(conn: &mut Connection, company: &str, start: &str) -> i64 {
    let draft: InterviewDraft = serde_json::from_value(serde_json::json!({
        "company": company, "role": "Role", "startLocal": start, "timeZone": "Europe/Oslo"
    }))
    .unwrap();
    let valid = ValidDraft::new(draft, chrono_tz::Europe::Oslo).unwrap();
    interview::insert(conn, &valid, t0()).unwrap().id
}

/// The field and code of the first problem in a validation error; panics on anything else.
pub fn problem(result: crate::Result<impl std::fmt::Debug>) -> (String, &'static str) {
    match result {
        Err(crate::Error::Validation(f)) => (f[0].field.clone(), f[0].problem.code()),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

/// A core over an in-memory database, its clock at `t0`, the device in Oslo, English.
pub fn core() -> crate::Core {
    crate::Core::open_in_memory(
        std::sync::Arc::new(crate::ManualClock::new(t0())),
        crate::Environment {
            os_locale: "en-GB".into(),
            device_zone: chrono_tz::Europe::Oslo,
        },
    )
    .unwrap()
}

/// Sends a request to a core method the way the shell does, from JSON.
pub fn ask<T: serde::de::DeserializeOwned, R>(
    method: impl FnOnce(T) -> crate::Result<R>,
    request: serde_json::Value,
) -> R {
    method(crate::parse(Some(request)).unwrap()).unwrap()
}

/// What the user writes around one interview, everything that has a place to go: the sheet,
/// the lists, a practice, a question, the checklist, a reflection with lessons, feedback.
pub struct Story<'a> {
    pub company: &'a str,
    pub role: &'a str,
    pub start: &'a str,
    pub notes: &'a str,
    pub research: &'a str,
    pub learned: &'a str,
    pub forgot: &'a str,
    pub question: &'a str,
    pub feeling: i64,
    pub rating: i64,
}

impl Default for Story<'_> {
    fn default() -> Self {
        Story {
            company: "Acme",
            role: "Developer",
            start: "2026-11-20T10:00",
            notes: "",
            research: "",
            learned: "",
            forgot: "",
            question: "",
            feeling: 3,
            rating: 3,
        }
    }
}

pub fn tell(core: &crate::Core, story: &Story) -> i64 {
    use serde_json::json;
    let id = ask(
        |d| core.create_interview(d),
        json!({"company": story.company, "role": story.role, "startLocal": story.start,
               "timeZone": "Europe/Oslo", "notes": story.notes,
               "interviewers": [{"name": "Kari Nordmann", "role": "Lead"}]}),
    )
    .id;
    ask(
        |r| core.update_sheet(r),
        json!({"interviewId": id, "changes": {"research": story.research, "strengths": "Calm"}}),
    );
    ask(
        |r| core.add_prep_item(r),
        json!({"interviewId": id, "list": "ask", "text": "What does a good first year look like?"}),
    );
    ask(
        |r| core.add_practice_session(r),
        json!({"interviewId": id, "practisedOn": "2026-11-18", "partner": "Ola", "notes": "Slow down"}),
    );
    if !story.question.is_empty() {
        ask(
            |r| core.create_question(r),
            json!({"text": story.question, "answer": "An answer", "interviewId": id}),
        );
    }
    ask(
        |r| core.check_item(r),
        json!({"interviewId": id, "key": "dress.clean", "checked": true}),
    );
    ask(
        |r| core.update_reflection(r),
        json!({"interviewId": id, "changes": {
            "feeling": story.feeling, "firstRating": story.rating, "saidEverything": "partly",
            "enoughTime": "yes", "presentedStrengths": "no", "learned": story.learned,
            "forgot": story.forgot, "doDifferently": "Arrive ten minutes early"}}),
    );
    ask(
        |r| core.update_feedback(r),
        json!({"interviewId": id, "feedback": "Good energy", "asked": true}),
    );
    id
}

/// The search index as (rowid, text), in rowid order.
pub fn search_index(core: &crate::Core) -> Vec<(i64, String)> {
    let conn = core.read();
    let mut stmt = conn
        .prepare("SELECT rowid, body FROM search_text ORDER BY rowid")
        .unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

/// Runs `f` with a subscriber that records every log event of this thread, and returns what it
/// wrote: tests check that a failure is logged with its cause, and that nothing personal is.
pub fn capture_logs<T>(f: impl FnOnce() -> T) -> (T, String) {
    use std::sync::{Arc, Mutex};
    #[derive(Clone, Default)]
    struct Sink(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Sink {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let sink = Sink::default();
    let writer = sink.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::INFO)
        .finish();
    let out = tracing::subscriber::with_default(subscriber, f);
    let text = String::from_utf8(sink.0.lock().unwrap().clone()).unwrap();
    (out, text)
}

#[test]
fn captured_logs_hold_the_error_and_its_cause() {
    let (_, log) = capture_logs(|| {
        crate::Error::stored("reminder kind", "bogus").to_payload(crate::Locale::En)
    });
    assert!(log.contains("ERROR"), "{log}");
    assert!(
        log.contains("code=\"storage\"") || log.contains("code=storage"),
        "{log}"
    );
    assert!(log.contains("reminder kind is unreadable: bogus"), "{log}");
}
