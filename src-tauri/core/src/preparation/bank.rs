//! The question bank: questions I expect, my practised answers, where each was prepared and
//! where it actually came up, and how practice went. Practice puts the weakest first.

use super::Limits;
use crate::enums::unreadable;
use crate::error::{Error, Problem, Result};
use crate::interview::require;
use crate::interview::store::optional_instant_column;
use crate::text::TextRule;
use chrono::{DateTime, Utc};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, Type, ValueRef};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

crate::enums::named_enum! {
    /// How an answer went in practice. Stored as its number (1–3, worst first), named in JSON.
    #[derive(PartialOrd, Ord, strum::FromRepr)]
    #[repr(u8)]
    pub enum Rating {
        Poor = 1,
        Okay = 2,
        Good = 3,
    }
}

impl ToSql for Rating {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok((*self as u8).into())
    }
}

impl FromSql for Rating {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let number = value.as_i64()?;
        u8::try_from(number)
            .ok()
            .and_then(Rating::from_repr)
            .ok_or(FromSqlError::OutOfRange(number))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuestionDraft {
    pub text: String,
    #[serde(default)]
    pub answer: String,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Prepare it for this interview straight away.
    #[serde(default)]
    pub interview_id: Option<i64>,
    /// It already came up in that interview (a new question noted in the reflection).
    #[serde(default)]
    pub asked: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuestionChange {
    pub id: i64,
    pub text: Option<String>,
    pub answer: Option<String>,
    pub tags: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionView {
    pub id: i64,
    pub text: String,
    pub answer: String,
    pub tags: Vec<String>,
    /// Interviews it was prepared for.
    pub prepared_for: Vec<i64>,
    /// Interviews where it actually came up.
    pub asked_in: Vec<i64>,
    pub attempts: u32,
    pub last_rating: Option<Rating>,
    pub last_practised_at: Option<DateTime<Utc>>,
}

const SELECT: &str = "
    SELECT q.id, q.text, q.answer, q.tags,
           (SELECT group_concat(interview_id) FROM question_use u WHERE u.question_id = q.id),
           (SELECT group_concat(interview_id) FROM question_use u WHERE u.question_id = q.id AND asked),
           (SELECT count(*) FROM practice_attempt a WHERE a.question_id = q.id),
           (SELECT rating FROM practice_attempt a WHERE a.question_id = q.id ORDER BY at DESC, id DESC LIMIT 1),
           (SELECT max(at) FROM practice_attempt a WHERE a.question_id = q.id)
    FROM question q";

fn from_row(r: &Row) -> rusqlite::Result<QuestionView> {
    let ids = |i: usize| -> rusqlite::Result<Vec<i64>> {
        let list: Option<String> = r.get(i)?;
        let mut ids: Vec<i64> = list
            .unwrap_or_default()
            .split(',')
            .filter_map(|s| s.parse().ok())
            .collect();
        ids.sort_unstable();
        Ok(ids)
    };
    let tags: String = r.get(3)?;
    let tags = serde_json::from_str(&tags).map_err(|e| {
        // Only where the JSON broke, never the tags themselves.
        let at = format!(
            "not a list of tags at line {} column {}",
            e.line(),
            e.column()
        );
        rusqlite::Error::FromSqlConversionFailure(3, Type::Text, at.into())
    })?;
    Ok(QuestionView {
        id: r.get(0)?,
        text: r.get(1)?,
        answer: r.get(2)?,
        tags,
        prepared_for: ids(4)?,
        asked_in: ids(5)?,
        attempts: r.get(6)?,
        last_rating: r.get(7)?,
        last_practised_at: optional_instant_column(r, 8)?,
    })
}

pub fn question(conn: &Connection, id: i64) -> Result<QuestionView> {
    conn.query_row(&format!("{SELECT} WHERE q.id = ?1"), [id], from_row)
        .optional()
        .map_err(unreadable("question"))?
        .ok_or_else(|| Error::field("questionId", Problem::UnknownItem))
}

/// Every question in the bank, most recently changed first.
pub fn list_questions(conn: &Connection) -> Result<Vec<QuestionView>> {
    let mut stmt =
        conn.prepare_cached(&format!("{SELECT} ORDER BY q.updated_at DESC, q.id DESC"))?;
    let rows = stmt.query_map([], from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(unreadable("question"))
}

/// The questions prepared for one interview, in the order they were added to the bank.
pub fn for_interview(conn: &Connection, interview_id: i64) -> Result<Vec<QuestionView>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE q.id IN (SELECT question_id FROM question_use WHERE interview_id = ?1) ORDER BY q.id"
    ))?;
    let rows = stmt.query_map([interview_id], from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(unreadable("question"))
}

/// What to practise, weakest first: never practised, then the last try went poorly, so-so, well;
/// among equals, the one practised longest ago. `interview_id` narrows it to that interview.
pub fn practice_deck(conn: &Connection, interview_id: Option<i64>) -> Result<Vec<QuestionView>> {
    let mut questions = match interview_id {
        Some(id) => {
            require(conn, id)?;
            for_interview(conn, id)?
        }
        None => list_questions(conn)?,
    };
    questions.sort_by_key(|q| {
        (
            q.last_rating.map_or(0, |r| r as u8),
            q.last_practised_at,
            q.id,
        )
    });
    Ok(questions)
}

pub fn create_question(
    conn: &mut Connection,
    draft: &QuestionDraft,
    now: DateTime<Utc>,
) -> Result<QuestionView> {
    let text = TextRule::required_line(Limits::QUESTION).clean("text", &draft.text)?;
    let answer = TextRule::long(Limits::ANSWER).clean("answer", &draft.answer)?;
    let tags = clean_tags(&draft.tags)?;
    let tx = conn.transaction()?;
    if let Some(id) = draft.interview_id {
        require(&tx, id)?;
    }
    tx.execute(
        "INSERT INTO question (text, answer, tags, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
        params![text, answer, tags, now.timestamp()],
    )?;
    let id = tx.last_insert_rowid();
    if let Some(interview_id) = draft.interview_id {
        tx.execute(
            "INSERT INTO question_use (question_id, interview_id, asked) VALUES (?1, ?2, ?3)",
            params![id, interview_id, draft.asked],
        )?;
    }
    let created = question(&tx, id)?;
    tx.commit()?;
    Ok(created)
}

pub fn update_question(
    conn: &mut Connection,
    change: &QuestionChange,
    now: DateTime<Utc>,
) -> Result<QuestionView> {
    let text = change
        .text
        .as_deref()
        .map(|t| TextRule::required_line(Limits::QUESTION).clean("text", t))
        .transpose()?;
    let answer = change
        .answer
        .as_deref()
        .map(|a| TextRule::long(Limits::ANSWER).clean("answer", a))
        .transpose()?;
    let tags = change.tags.as_deref().map(clean_tags).transpose()?;
    let tx = conn.transaction()?;
    question(&tx, change.id)?;
    for (column, value) in [("text", text), ("answer", answer), ("tags", tags)] {
        if let Some(value) = value {
            tx.execute(
                &format!("UPDATE question SET {column} = ?2 WHERE id = ?1"),
                params![change.id, value],
            )?;
        }
    }
    tx.execute(
        "UPDATE question SET updated_at = ?2 WHERE id = ?1",
        params![change.id, now.timestamp()],
    )?;
    let updated = question(&tx, change.id)?;
    tx.commit()?;
    Ok(updated)
}

pub fn delete_question(conn: &mut Connection, id: i64) -> Result<()> {
    match conn.execute("DELETE FROM question WHERE id = ?1", [id])? {
        0 => Err(Error::field("questionId", Problem::UnknownItem)),
        _ => Ok(()),
    }
}

/// Marks a question as prepared for an interview (or not), and whether it came up there.
pub fn set_question_use(
    conn: &mut Connection,
    question_id: i64,
    interview_id: i64,
    prepared: bool,
    asked: bool,
) -> Result<QuestionView> {
    let tx = conn.transaction()?;
    require(&tx, interview_id)?;
    question(&tx, question_id)?;
    if prepared || asked {
        tx.execute(
            "INSERT INTO question_use (question_id, interview_id, asked) VALUES (?1, ?2, ?3)
             ON CONFLICT DO UPDATE SET asked = excluded.asked",
            params![question_id, interview_id, asked],
        )?;
    } else {
        tx.execute(
            "DELETE FROM question_use WHERE question_id = ?1 AND interview_id = ?2",
            params![question_id, interview_id],
        )?;
    }
    let view = question(&tx, question_id)?;
    tx.commit()?;
    Ok(view)
}

pub fn record_practice(
    conn: &mut Connection,
    question_id: i64,
    rating: Rating,
    now: DateTime<Utc>,
) -> Result<QuestionView> {
    let tx = conn.transaction()?;
    question(&tx, question_id)?;
    tx.execute(
        "INSERT INTO practice_attempt (question_id, at, rating) VALUES (?1, ?2, ?3)",
        params![question_id, now.timestamp(), rating],
    )?;
    let view = question(&tx, question_id)?;
    tx.commit()?;
    Ok(view)
}

/// Tags trimmed, split at commas, without empties or case-insensitive repeats; stored as a JSON
/// array. The count is checked before any work and again as tags are kept, and repeats are found
/// in a set, so a request with tens of thousands of tags is refused at once instead of costing
/// seconds of comparisons.
fn clean_tags(tags: &[String]) -> Result<String> {
    let too_many = || Error::field("tags", Problem::TooMany { max: Limits::TAGS });
    // Each entry gives at least one tag or is empty; more entries than tags is refused as is.
    if tags.len() > Limits::TAGS {
        return Err(too_many());
    }
    let rule = TextRule::line(Limits::TAG);
    let mut kept: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    // "salary, values" typed in one box is two tags.
    for (i, tag) in tags
        .iter()
        .enumerate()
        .flat_map(|(i, t)| t.split(',').map(move |t| (i, t)))
    {
        let tag = rule.clean(&format!("tags.{i}"), tag)?;
        if !tag.is_empty() && seen.insert(tag.to_lowercase()) {
            if kept.len() == Limits::TAGS {
                return Err(too_many());
            }
            kept.push(tag);
        }
    }
    serde_json::to_string(&kept).map_err(|e| Error::InvalidRequest(e.to_string()))
}
