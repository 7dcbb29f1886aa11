//! After the interview (PRODUCT §5–§7): the reflection while it is fresh, the second look when
//! calm, lessons that come back on later interviews, and the outcome with its transitions.
//!
//! The reflection is a set of optional answers saved one by one as the user taps and types, so a
//! half-done reflection is simply one with some answers missing.

pub mod lessons;
pub mod outcome;

#[cfg(test)]
mod tests;

use crate::error::{Error, FieldError, Problem, Result};
use crate::interview::require;
use crate::text::TextRule;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::{Map, Value};

pub use lessons::Lesson;

crate::enums::named_enum! {
    /// Which part of the reflection a field belongs to.
    pub enum Part {
        /// Right after the interview, on the phone.
        After,
        /// The second look, a day later.
        Later,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// 1 to 5.
    Scale,
    /// "yes", "partly" or "no".
    Answer,
    /// Free text up to this many characters.
    Text(usize),
}

/// Every answer: JSON name, column, kind, part. Columns come from this list only.
const FIELDS: &[(&str, &str, Kind, Part)] = &[
    ("feeling", "feeling", Kind::Scale, Part::After),
    (
        "saidEverything",
        "said_everything",
        Kind::Answer,
        Part::After,
    ),
    ("forgot", "forgot", Kind::Text(2_000), Part::After),
    ("enoughTime", "enough_time", Kind::Answer, Part::After),
    ("moodChanged", "mood_changed", Kind::Answer, Part::After),
    ("moodWhen", "mood_when", Kind::Text(1_000), Part::After),
    ("friendly", "friendly", Kind::Answer, Part::After),
    (
        "unsureMoments",
        "unsure_moments",
        Kind::Text(2_000),
        Part::After,
    ),
    ("wasMyself", "was_myself", Kind::Answer, Part::After),
    (
        "presentedStrengths",
        "presented_strengths",
        Kind::Answer,
        Part::After,
    ),
    (
        "strengthsPresented",
        "strengths_presented",
        Kind::Text(2_000),
        Part::After,
    ),
    ("learned", "learned", Kind::Text(4_000), Part::After),
    ("knowMore", "know_more", Kind::Answer, Part::After),
    ("positive", "positive", Kind::Text(4_000), Part::After),
    ("negative", "negative", Kind::Text(4_000), Part::After),
    ("firstRating", "first_rating", Kind::Scale, Part::After),
    ("laterRating", "later_rating", Kind::Scale, Part::Later),
    ("wantJob", "want_job", Kind::Answer, Part::Later),
    ("knowEnough", "know_enough", Kind::Answer, Part::Later),
    ("willFit", "will_fit", Kind::Answer, Part::Later),
    ("matchesPlans", "matches_plans", Kind::Answer, Part::Later),
    ("impression", "impression", Kind::Text(4_000), Part::Later),
    (
        "nextRoundQuestions",
        "next_round_questions",
        Kind::Text(4_000),
        Part::Later,
    ),
    (
        "doDifferently",
        "do_differently",
        Kind::Text(4_000),
        Part::Later,
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionView {
    pub interview_id: i64,
    /// Every answer by its JSON name: a number, "yes"/"partly"/"no", a text, or null.
    pub answers: Map<String, Value>,
    pub after: Progress,
    pub later: Progress,
    /// When the right-after part was marked done.
    pub finished_at: Option<DateTime<Utc>>,
    /// When the second look was marked done.
    pub second_look_at: Option<DateTime<Utc>>,
    pub updated_at: Option<DateTime<Utc>>,
}

impl ReflectionView {
    /// Nothing answered yet.
    pub fn is_empty(&self) -> bool {
        self.after.answered + self.later.answered == 0
    }
}

pub fn view(conn: &Connection, interview_id: i64) -> Result<ReflectionView> {
    require(conn, interview_id)?;
    let columns: Vec<&str> = FIELDS.iter().map(|f| f.1).collect();
    let sql = format!(
        "SELECT {}, finished_at, second_look_at, updated_at FROM reflection WHERE interview_id = ?1",
        columns.join(", ")
    );
    let row: Option<(Vec<Value>, [Option<i64>; 3])> = conn
        .query_row(&sql, [interview_id], |r| {
            let mut values = Vec::with_capacity(FIELDS.len());
            for (i, (_, _, kind, _)) in FIELDS.iter().enumerate() {
                values.push(match kind {
                    Kind::Scale => r.get::<_, Option<i64>>(i)?.map_or(Value::Null, Value::from),
                    Kind::Answer => r
                        .get::<_, Option<String>>(i)?
                        .map_or(Value::Null, Value::from),
                    Kind::Text(_) => Value::from(r.get::<_, String>(i)?),
                });
            }
            let n = FIELDS.len();
            Ok((values, [r.get(n)?, r.get(n + 1)?, r.get(n + 2)?]))
        })
        .optional()?;
    let (values, times) = row.unwrap_or_else(|| {
        let empty = FIELDS
            .iter()
            .map(|f| match f.2 {
                Kind::Text(_) => Value::from(""),
                _ => Value::Null,
            })
            .collect();
        (empty, [None; 3])
    });
    let progress = |part: Part| Progress {
        answered: FIELDS
            .iter()
            .zip(&values)
            .filter(|((.., p), v)| *p == part && answered(v))
            .count(),
        total: FIELDS.iter().filter(|f| f.3 == part).count(),
    };
    let instant = |t: Option<i64>| t.and_then(|t| DateTime::from_timestamp(t, 0));
    Ok(ReflectionView {
        interview_id,
        after: progress(Part::After),
        later: progress(Part::Later),
        answers: FIELDS.iter().map(|f| f.0.to_owned()).zip(values).collect(),
        finished_at: instant(times[0]),
        second_look_at: instant(times[1]),
        updated_at: instant(times[2]),
    })
}

fn answered(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        _ => true,
    }
}

/// Saves the given answers (`null` clears one). Lessons follow "forgot" and "do differently".
pub fn update(
    conn: &mut Connection,
    interview_id: i64,
    changes: &Map<String, Value>,
    now: DateTime<Utc>,
) -> Result<ReflectionView> {
    let mut problems = Vec::new();
    let mut writes: Vec<(&str, rusqlite::types::Value)> = Vec::new();
    for (name, value) in changes {
        let Some(&(_, column, kind, _)) = FIELDS.iter().find(|f| f.0 == name) else {
            return Err(Error::InvalidRequest(format!("unknown answer {name}")));
        };
        match checked(kind, value) {
            Ok(sql) => writes.push((column, sql)),
            Err(problem) => problems.push(FieldError::new(name.as_str(), problem)),
        }
    }
    if !problems.is_empty() {
        return Err(Error::Validation(problems));
    }
    let tx = conn.transaction()?;
    require(&tx, interview_id)?;
    ensure_row(&tx, interview_id, now)?;
    for (column, value) in &writes {
        tx.execute(
            &format!(
                "UPDATE reflection SET {column} = ?2, updated_at = ?3 WHERE interview_id = ?1"
            ),
            params![interview_id, value, now.timestamp()],
        )?;
        if let (Some(kind), rusqlite::types::Value::Text(text)) = (lessons::kind_of(column), value)
        {
            lessons::sync(&tx, interview_id, kind, text, now)?;
        }
    }
    tx.commit()?;
    view(conn, interview_id)
}

/// Marks a part done (the first time only: "done at" does not move when edited later), and
/// re-plans the interview's reminders in the same transaction: a done part is not asked for
/// again (the reflection's reminder right after, the second look's the next day).
pub fn complete(
    conn: &mut Connection,
    interview_id: i64,
    part: Part,
    now: DateTime<Utc>,
    device_zone: Tz,
) -> Result<ReflectionView> {
    let column = match part {
        Part::After => "finished_at",
        Part::Later => "second_look_at",
    };
    let tx = conn.transaction()?;
    require(&tx, interview_id)?;
    ensure_row(&tx, interview_id, now)?;
    tx.execute(
        &format!("UPDATE reflection SET {column} = coalesce({column}, ?2) WHERE interview_id = ?1"),
        params![interview_id, now.timestamp()],
    )?;
    replan_reminders(&tx, interview_id, now, device_zone)?;
    tx.commit()?;
    view(conn, interview_id)
}

/// Re-plans an interview's reminders after a task one of them asks for was done or undone. An
/// interview whose stored zone, start or status cannot be read (logged by the planner) keeps the
/// reminders it had rather than losing the user's answer: the scheduler checks the task again
/// when the reminder comes due (`reminders::claim_due`).
fn replan_reminders(
    tx: &Connection,
    interview_id: i64,
    now: DateTime<Utc>,
    device_zone: Tz,
) -> Result<()> {
    match crate::reminders::replan(tx, interview_id, now, device_zone) {
        Err(Error::StoredValue { .. }) => Ok(()),
        other => other,
    }
}

/// A reflection row exists from its first answer (or its first "done") on.
fn ensure_row(conn: &Connection, interview_id: i64, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "INSERT INTO reflection (interview_id, updated_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![interview_id, now.timestamp()],
    )?;
    Ok(())
}

fn checked(kind: Kind, value: &Value) -> std::result::Result<rusqlite::types::Value, Problem> {
    use rusqlite::types::Value as Sql;
    match (kind, value) {
        (Kind::Scale | Kind::Answer, Value::Null) => Ok(Sql::Null),
        (Kind::Scale, Value::Number(n)) => match n.as_i64() {
            Some(v @ 1..=5) => Ok(Sql::Integer(v)),
            _ => Err(Problem::OutOfRange { min: 1, max: 5 }),
        },
        (Kind::Scale, _) => Err(Problem::OutOfRange { min: 1, max: 5 }),
        (Kind::Answer, Value::String(s)) if matches!(s.as_str(), "yes" | "partly" | "no") => {
            Ok(Sql::Text(s.clone()))
        }
        (Kind::Answer, _) => Err(Problem::InvalidChoice),
        (Kind::Text(_), Value::Null) => Ok(Sql::Text(String::new())),
        (Kind::Text(max), Value::String(s)) => match TextRule::long(max).problem(s) {
            None => Ok(Sql::Text(s.clone())),
            Some(problem) => Err(problem),
        },
        (Kind::Text(_), _) => Err(Problem::InvalidChoice),
    }
}
