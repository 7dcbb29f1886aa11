//! The preparation sheet of one interview: free texts that autosave, three ordered lists, and
//! the practice log. Every change is one transaction and checks the interview exists first.

use super::{bank, EarlierRound, Item, Limits, ListKind, Lists, PreparationView, Session};
use crate::enums::unreadable;
use crate::error::{Error, FieldError, Problem, Result};
use crate::interview::require;
use crate::interview::store::optional_instant_column;
use crate::text::TextRule;
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sheet {
    pub research: String,
    pub strengths: String,
    pub weaknesses: String,
    pub why_job: String,
    pub why_me: String,
    pub employer_gaps: String,
    pub next_step: String,
    pub task_brief: String,
    pub task_notes: String,
    /// When the sheet was last saved; `None` before the first save.
    pub updated_at: Option<DateTime<Utc>>,
}

/// Fields to save; the ones left out keep their text.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SheetChange {
    pub research: Option<String>,
    pub strengths: Option<String>,
    pub weaknesses: Option<String>,
    pub why_job: Option<String>,
    pub why_me: Option<String>,
    pub employer_gaps: Option<String>,
    pub next_step: Option<String>,
    pub task_brief: Option<String>,
    pub task_notes: Option<String>,
}

impl SheetChange {
    /// (JSON name, column, new text) for each field given. Columns come from this fixed list
    /// only, never from the request.
    fn fields(&self) -> Vec<(&'static str, &'static str, &str)> {
        [
            ("research", "research", &self.research),
            ("strengths", "strengths", &self.strengths),
            ("weaknesses", "weaknesses", &self.weaknesses),
            ("whyJob", "why_job", &self.why_job),
            ("whyMe", "why_me", &self.why_me),
            ("employerGaps", "employer_gaps", &self.employer_gaps),
            ("nextStep", "next_step", &self.next_step),
            ("taskBrief", "task_brief", &self.task_brief),
            ("taskNotes", "task_notes", &self.task_notes),
        ]
        .into_iter()
        .filter_map(|(name, column, value)| value.as_deref().map(|v| (name, column, v)))
        .collect()
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ItemChange {
    pub text: Option<String>,
    pub done: Option<bool>,
}

const SHEET_COLUMNS: &str = "research, strengths, weaknesses, why_job, why_me, employer_gaps,
    next_step, task_brief, task_notes, updated_at";

pub fn view(conn: &Connection, interview_id: i64) -> Result<PreparationView> {
    let previous = previous_round(conn, interview_id)?;
    let earlier_round = match previous {
        None => None,
        Some(id) => Some(earlier(conn, id)?),
    };
    Ok(PreparationView {
        interview_id,
        sheet: sheet(conn, interview_id)?,
        lists: lists(conn, interview_id)?,
        practice_log: sessions(conn, interview_id)?,
        questions: bank::for_interview(conn, interview_id)?,
        earlier_round,
        lessons: crate::reflection::lessons::open_for(conn, interview_id)?,
    })
}

/// Saves the given texts. Text is kept as typed (not trimmed): the user is mid-sentence.
pub fn update_sheet(
    conn: &mut Connection,
    interview_id: i64,
    change: &SheetChange,
    now: DateTime<Utc>,
) -> Result<Sheet> {
    let fields = change.fields();
    let rule = TextRule::long(Limits::SHEET_TEXT);
    let problems: Vec<_> = fields
        .iter()
        .filter_map(|(name, _, value)| rule.problem(value).map(|p| FieldError::new(*name, p)))
        .collect();
    if !problems.is_empty() {
        return Err(Error::Validation(problems));
    }
    let tx = conn.transaction()?;
    require(&tx, interview_id)?;
    tx.execute(
        "INSERT INTO preparation (interview_id, updated_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![interview_id, now.timestamp()],
    )?;
    for (_, column, value) in &fields {
        tx.execute(
            &format!("UPDATE preparation SET {column} = ?2 WHERE interview_id = ?1"),
            params![interview_id, value],
        )?;
    }
    tx.execute(
        "UPDATE preparation SET updated_at = ?2 WHERE interview_id = ?1",
        params![interview_id, now.timestamp()],
    )?;
    let saved = sheet(&tx, interview_id)?;
    tx.commit()?;
    Ok(saved)
}

pub fn add_item(
    conn: &mut Connection,
    interview_id: i64,
    list: ListKind,
    text: &str,
) -> Result<()> {
    let text = TextRule::required_line(Limits::ITEM_TEXT).clean("text", text)?;
    let tx = conn.transaction()?;
    require(&tx, interview_id)?;
    let count: i64 = tx.query_row(
        "SELECT count(*) FROM preparation_item WHERE interview_id = ?1 AND list = ?2",
        params![interview_id, list],
        |r| r.get(0),
    )?;
    if count as usize >= Limits::ITEMS_PER_LIST {
        return Err(Error::field(
            "text",
            Problem::TooMany {
                max: Limits::ITEMS_PER_LIST,
            },
        ));
    }
    tx.execute(
        "INSERT INTO preparation_item (interview_id, list, position, text) VALUES (?1, ?2, ?3, ?4)",
        params![interview_id, list, count, text],
    )?;
    Ok(tx.commit()?)
}

pub fn update_item(
    conn: &mut Connection,
    interview_id: i64,
    item_id: i64,
    change: &ItemChange,
) -> Result<()> {
    let text = match &change.text {
        Some(text) => Some(TextRule::required_line(Limits::ITEM_TEXT).clean("text", text)?),
        None => None,
    };
    let tx = conn.transaction()?;
    require_item(&tx, interview_id, item_id)?;
    if let Some(text) = text {
        tx.execute(
            "UPDATE preparation_item SET text = ?2 WHERE id = ?1",
            params![item_id, text],
        )?;
    }
    if let Some(done) = change.done {
        tx.execute(
            "UPDATE preparation_item SET done = ?2 WHERE id = ?1",
            params![item_id, done],
        )?;
    }
    Ok(tx.commit()?)
}

pub fn remove_item(conn: &mut Connection, interview_id: i64, item_id: i64) -> Result<()> {
    let tx = conn.transaction()?;
    let list = require_item(&tx, interview_id, item_id)?;
    tx.execute("DELETE FROM preparation_item WHERE id = ?1", [item_id])?;
    renumber(&tx, interview_id, list)?;
    Ok(tx.commit()?)
}

/// Puts a list in the order of `ids`, which must name each of its items exactly once.
pub fn reorder_items(
    conn: &mut Connection,
    interview_id: i64,
    list: ListKind,
    ids: &[i64],
) -> Result<()> {
    let tx = conn.transaction()?;
    require(&tx, interview_id)?;
    let mut current: Vec<i64> = items(&tx, interview_id, list)?
        .iter()
        .map(|i| i.id)
        .collect();
    let mut wanted = ids.to_vec();
    current.sort_unstable();
    wanted.sort_unstable();
    if current != wanted {
        return Err(Error::field("order", Problem::UnknownItem));
    }
    for (position, id) in ids.iter().enumerate() {
        tx.execute(
            "UPDATE preparation_item SET position = ?2 WHERE id = ?1",
            params![id, position as i64],
        )?;
    }
    Ok(tx.commit()?)
}

pub fn add_session(
    conn: &mut Connection,
    interview_id: i64,
    practised_on: &str,
    partner: &str,
    notes: &str,
) -> Result<()> {
    let date = crate::zone::parse_local_date(practised_on)
        .ok_or_else(|| Error::field("practisedOn", Problem::InvalidDateTime))?;
    let partner = TextRule::line(Limits::PARTNER).clean("partner", partner)?;
    let notes = TextRule::long(Limits::SESSION_NOTES).clean("notes", notes)?;
    let tx = conn.transaction()?;
    require(&tx, interview_id)?;
    if sessions(&tx, interview_id)?.len() >= Limits::SESSIONS {
        return Err(Error::field(
            "practisedOn",
            Problem::TooMany {
                max: Limits::SESSIONS,
            },
        ));
    }
    tx.execute(
        "INSERT INTO practice_session (interview_id, practised_on, partner, notes) VALUES (?1, ?2, ?3, ?4)",
        params![interview_id, date.to_string(), partner, notes],
    )?;
    Ok(tx.commit()?)
}

pub fn remove_session(conn: &mut Connection, interview_id: i64, session_id: i64) -> Result<()> {
    let tx = conn.transaction()?;
    require(&tx, interview_id)?;
    let removed = tx.execute(
        "DELETE FROM practice_session WHERE id = ?1 AND interview_id = ?2",
        params![session_id, interview_id],
    )?;
    if removed == 0 {
        return Err(Error::field("sessionId", Problem::UnknownItem));
    }
    Ok(tx.commit()?)
}

/// A new round starts from what was prepared for the round before it: the sheet's texts, the
/// ranked competencies, and the bank questions (not yet asked this time).
pub fn seed_from_previous(
    conn: &Connection,
    interview_id: i64,
    previous_id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO preparation (interview_id, research, strengths, weaknesses, why_job, why_me, updated_at)
         SELECT ?1, research, strengths, weaknesses, why_job, why_me, ?3
         FROM preparation WHERE interview_id = ?2
         ON CONFLICT DO NOTHING",
        params![interview_id, previous_id, now.timestamp()],
    )?;
    conn.execute(
        "INSERT INTO preparation_item (interview_id, list, position, text)
         SELECT ?1, list, position, text FROM preparation_item
         WHERE interview_id = ?2 AND list = 'competency' ORDER BY position",
        params![interview_id, previous_id],
    )?;
    conn.execute(
        "INSERT INTO question_use (question_id, interview_id)
         SELECT question_id, ?1 FROM question_use WHERE interview_id = ?2 ON CONFLICT DO NOTHING",
        params![interview_id, previous_id],
    )?;
    Ok(())
}

fn earlier(conn: &Connection, id: i64) -> Result<EarlierRound> {
    let interview = crate::interview::get(conn, id)?;
    Ok(EarlierRound {
        interview_id: id,
        round: interview.round,
        start_utc: interview.start_utc,
        time_zone: interview.time_zone,
        sheet: sheet(conn, id)?,
        lists: lists(conn, id)?,
        questions: bank::for_interview(conn, id)?,
        reflection: Some(crate::reflection::view(conn, id)?).filter(|r| !r.is_empty()),
    })
}

fn previous_round(conn: &Connection, interview_id: i64) -> Result<Option<i64>> {
    conn.query_row(
        "SELECT previous_round_id FROM interview WHERE id = ?1",
        [interview_id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or(Error::NotFound)
}

pub fn sheet(conn: &Connection, interview_id: i64) -> Result<Sheet> {
    let found = conn
        .query_row(
            &format!("SELECT {SHEET_COLUMNS} FROM preparation WHERE interview_id = ?1"),
            [interview_id],
            |r| {
                Ok(Sheet {
                    research: r.get(0)?,
                    strengths: r.get(1)?,
                    weaknesses: r.get(2)?,
                    why_job: r.get(3)?,
                    why_me: r.get(4)?,
                    employer_gaps: r.get(5)?,
                    next_step: r.get(6)?,
                    task_brief: r.get(7)?,
                    task_notes: r.get(8)?,
                    updated_at: optional_instant_column(r, 9)?,
                })
            },
        )
        .optional()
        .map_err(unreadable("preparation"))?;
    Ok(found.unwrap_or_default())
}

fn lists(conn: &Connection, interview_id: i64) -> Result<Lists> {
    Ok(Lists {
        ask: items(conn, interview_id, ListKind::Ask)?,
        gap: items(conn, interview_id, ListKind::Gap)?,
        competency: items(conn, interview_id, ListKind::Competency)?,
    })
}

fn items(conn: &Connection, interview_id: i64, list: ListKind) -> Result<Vec<Item>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, text, done FROM preparation_item WHERE interview_id = ?1 AND list = ?2
         ORDER BY position, id",
    )?;
    let rows = stmt.query_map(params![interview_id, list], |r| {
        Ok(Item {
            id: r.get(0)?,
            text: r.get(1)?,
            done: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn sessions(conn: &Connection, interview_id: i64) -> Result<Vec<Session>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, practised_on, partner, notes FROM practice_session WHERE interview_id = ?1
         ORDER BY practised_on DESC, id DESC",
    )?;
    let rows = stmt.query_map([interview_id], |r| {
        Ok(Session {
            id: r.get(0)?,
            practised_on: r.get(1)?,
            partner: r.get(2)?,
            notes: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Closes the gap a removed item leaves, so positions stay 0..n.
fn renumber(conn: &Connection, interview_id: i64, list: ListKind) -> Result<()> {
    conn.execute(
        "UPDATE preparation_item SET position = (
             SELECT count(*) FROM preparation_item AS o
             WHERE o.interview_id = preparation_item.interview_id AND o.list = preparation_item.list
               AND (o.position < preparation_item.position
                    OR (o.position = preparation_item.position AND o.id < preparation_item.id)))
         WHERE interview_id = ?1 AND list = ?2",
        params![interview_id, list],
    )?;
    Ok(())
}

/// The item belongs to this interview; returns its list.
fn require_item(conn: &Connection, interview_id: i64, item_id: i64) -> Result<ListKind> {
    require(conn, interview_id)?;
    conn.query_row(
        "SELECT list FROM preparation_item WHERE id = ?1 AND interview_id = ?2",
        params![item_id, interview_id],
        |r| r.get(0),
    )
    .optional()
    .map_err(unreadable("preparation item"))?
    .ok_or_else(|| Error::field("itemId", Problem::UnknownItem))
}
