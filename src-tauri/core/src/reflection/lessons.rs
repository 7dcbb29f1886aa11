//! Lessons: every line of "what I will do differently" and of "what I forgot to say" becomes a
//! lesson that comes back on later interviews — on the preparation sheet and on the way in — until
//! the user marks it learned. The same point written after several interviews is one lesson that
//! recurs, and is shown with how often it came up.

use crate::enums::unreadable;
use crate::error::{Error, Problem, Result};
use crate::interview::store::instant_column;
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

crate::enums::named_enum! {
    /// Where a lesson came from; each name is also the reflection column it is written in.
    pub enum LessonKind {
        DoDifferently,
        Forgot,
    }
}

crate::enums::sql_text!(LessonKind);

/// The kind of lesson a reflection column holds, if it holds lessons.
pub(super) fn kind_of(column: &str) -> Option<LessonKind> {
    column.parse().ok()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Lesson {
    /// The newest lesson with this text; marking it learned retires every copy.
    pub id: i64,
    pub kind: LessonKind,
    pub text: String,
    /// How many interviews it was written after.
    pub occurrences: u32,
    /// The interview it was last written after.
    pub company: String,
    pub start_utc: DateTime<Utc>,
}

/// A line as it is matched with other lines: case, spacing and end punctuation do not count.
pub fn key(line: &str) -> String {
    line.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_matches(|c: char| c.is_ascii_punctuation() || c == '…' || c == '–')
        .trim()
        .to_owned()
}

/// The lessons in a text: one a line, without list bullets, empty lines skipped.
pub fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.trim().trim_start_matches(['-', '*', '•', '–']).trim())
        .map(|l| match l.split_once(". ") {
            Some((n, rest)) if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => {
                rest.trim()
            }
            _ => l,
        })
        .filter(|l| !key(l).is_empty())
        .map(|l| l.chars().take(300).collect())
        .collect()
}

/// Makes the lessons of one interview and kind match `text`: new lines are added, removed lines
/// go, and lines that stay keep whether they were learned.
pub(super) fn sync(
    conn: &Connection,
    interview_id: i64,
    kind: LessonKind,
    text: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let wanted = lines(text);
    let keys: Vec<String> = wanted.iter().map(|l| key(l)).collect();
    let mut existing =
        conn.prepare_cached("SELECT id, key FROM lesson WHERE interview_id = ?1 AND kind = ?2")?;
    let stale: Vec<i64> = existing
        .query_map(params![interview_id, kind], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|(_, k)| !keys.contains(k))
        .map(|(id, _)| id)
        .collect();
    for id in stale {
        conn.execute("DELETE FROM lesson WHERE id = ?1", [id])?;
    }
    for (line, key) in wanted.iter().zip(&keys) {
        conn.execute(
            "INSERT INTO lesson (interview_id, kind, text, key, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (interview_id, kind, key) DO UPDATE SET text = excluded.text",
            params![interview_id, kind, line, key, now.timestamp()],
        )?;
    }
    Ok(())
}

/// Open lessons for an interview: written after interviews that started before it, not learned.
pub fn open_for(conn: &Connection, interview_id: i64) -> Result<Vec<Lesson>> {
    let start: i64 = conn.query_row(
        "SELECT start_utc FROM interview WHERE id = ?1",
        [interview_id],
        |r| r.get(0),
    )?;
    query(conn, "i2.start_utc < ?1", start)
}

/// Every open lesson, for the review at home.
pub fn all_open(conn: &Connection) -> Result<Vec<Lesson>> {
    query(conn, "?1 = ?1", 0)
}

/// `filter` is a condition on `i2` (the interview a lesson came from) with one parameter, `?1`.
fn query(conn: &Connection, filter: &str, value: i64) -> Result<Vec<Lesson>> {
    // One row per point: the newest text, how many interviews it came from.
    let sql = format!(
        "SELECT l.id, l.kind, l.text, n.occurrences, i.company, i.start_utc
         FROM (SELECT l2.kind, l2.key, count(DISTINCT l2.interview_id) AS occurrences,
                      max(i2.start_utc * 1000000 + l2.id) AS newest
               FROM lesson l2 JOIN interview i2 ON i2.id = l2.interview_id
               WHERE l2.learned_at IS NULL AND {filter}
               GROUP BY l2.kind, l2.key) n
         -- CROSS JOIN keeps this order: from the (few) open points to their lessons, then to
         -- the interview by key. Left to itself the planner walked every interview.
         CROSS JOIN lesson l ON l.kind = n.kind AND l.key = n.key
         CROSS JOIN interview i ON i.id = l.interview_id
         WHERE n.newest = i.start_utc * 1000000 + l.id
         ORDER BY n.occurrences DESC, i.start_utc DESC, l.id DESC
         LIMIT 50"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([value], |r| {
        Ok(Lesson {
            id: r.get(0)?,
            kind: r.get(1)?,
            text: r.get(2)?,
            occurrences: r.get(3)?,
            company: r.get(4)?,
            start_utc: instant_column(r, 5)?,
        })
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(unreadable("lesson"))
}

/// Marks a lesson learned (or not) — every copy of the same point, from every interview.
pub fn set_learned(
    conn: &mut Connection,
    lesson_id: i64,
    learned: bool,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    let found: Option<(String, String)> = tx
        .query_row(
            "SELECT kind, key FROM lesson WHERE id = ?1",
            [lesson_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((kind, key)) = found else {
        return Err(Error::field("lessonId", Problem::UnknownItem));
    };
    tx.execute(
        "UPDATE lesson SET learned_at = ?3 WHERE kind = ?1 AND key = ?2",
        params![kind, key, learned.then_some(now.timestamp())],
    )?;
    Ok(tx.commit()?)
}
