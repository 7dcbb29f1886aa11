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
