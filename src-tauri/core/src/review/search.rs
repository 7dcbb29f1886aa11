//! Full-text search over everything the user wrote (SQLite FTS5; the table and the triggers
//! that keep it in step are in migration 0006).

use crate::error::{Error, Problem, Result};
use crate::interview::store::instant_column;
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

/// An index row joins its parts with line breaks, empty parts too, so a snippet could start
/// with empty lines or hold several in a row: keep one line break between the lines that hold
/// words.
fn tidy(snippet: &str) -> String {
    snippet
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Marks around a match inside a snippet: private-use characters, which no keyboard types (one
/// pasted in would at worst mis-highlight). The UI splits on them and builds `<mark>` elements,
/// so no HTML ever crosses over.
pub const MARK_START: char = '\u{E000}';
pub const MARK_END: char = '\u{E001}';

pub const MAX_QUERY: usize = 200;
pub const MAX_HITS: u32 = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Interview,
    Preparation,
    Reflection,
    Feedback,
    Lists,
    Practice,
    Question,
}

impl Source {
    /// The source an index row's id names (`rowid = owner * 8 + source`); a code the triggers
    /// never write is a damaged index, reported rather than read as a question.
    fn from_code(code: i64) -> crate::Result<Source> {
        Ok(match code {
            0 => Source::Interview,
            1 => Source::Preparation,
            2 => Source::Reflection,
            3 => Source::Feedback,
            4 => Source::Lists,
            5 => Source::Practice,
            6 => Source::Question,
            other => return Err(crate::Error::stored("search index source", other)),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Hit {
    pub source: Source,
    /// The interview the text belongs to; `None` for a question of the bank.
    pub interview_id: Option<i64>,
    pub question_id: Option<i64>,
    /// What to call the hit: the employer and role, or the question.
    pub company: String,
    pub role: String,
    pub start_local: Option<String>,
    pub start_utc: Option<DateTime<Utc>>,
    /// A few words around the matches, each match between [`MARK_START`] and [`MARK_END`].
    pub snippet: String,
}

/// The user's words as an FTS5 query: every word must occur, each may be the start of a longer
/// word, and nothing the user types is FTS syntax (each word is a quoted string).
pub fn fts_query(input: &str) -> Option<String> {
    let words: Vec<String> = input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

pub fn search(conn: &Connection, input: &str, limit: u32) -> Result<Vec<Hit>> {
    if input.chars().count() > MAX_QUERY {
        return Err(Error::field("query", Problem::TooLong { max: MAX_QUERY }));
    }
    // Out of range is `invalid_request`, as for every list's limit (README).
    if !(1..=MAX_HITS).contains(&limit) {
        return Err(Error::InvalidRequest(format!("limit {limit}")));
    }
    let Some(query) = fts_query(input) else {
        return Ok(vec![]);
    };
    // Best matches first (bm25); the join names each hit by its interview or question.
    let mut stmt = conn.prepare_cached(
        "SELECT s.rowid, snippet(search_text, 0, char(57344), char(57345), '…', 14),
                i.company, i.role, i.start_local, i.start_utc, q.text
         FROM search_text s
         LEFT JOIN interview i ON s.rowid % 8 < 6 AND i.id = s.rowid / 8
         LEFT JOIN question q ON s.rowid % 8 = 6 AND q.id = s.rowid / 8
         WHERE search_text MATCH ?1
         ORDER BY s.rank LIMIT ?2",
    )?;
    let hits = stmt
        .query_map(rusqlite::params![query, limit], |r| {
            let rowid: i64 = r.get(0)?;
            let source = Source::from_code(rowid % 8).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    0,
                    rusqlite::types::Type::Integer,
                    e.into(),
                )
            })?;
            let owner = rowid / 8;
            let question = source == Source::Question;
            Ok(Hit {
                source,
                interview_id: (!question).then_some(owner),
                question_id: question.then_some(owner),
                company: if question {
                    r.get::<_, Option<String>>(6)?.unwrap_or_default()
                } else {
                    r.get::<_, Option<String>>(2)?.unwrap_or_default()
                },
                role: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                start_local: r.get(4)?,
                start_utc: match r.get::<_, Option<i64>>(5)? {
                    Some(_) => Some(instant_column(r, 5)?),
                    None => None,
                },
                snippet: tidy(&r.get::<_, String>(1)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(hits)
}
