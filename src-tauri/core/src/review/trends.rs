//! Trends across interviews: how the reflections right after and the second looks move over
//! time, and which points keep being forgotten.

use crate::error::Result;
use crate::interview::store::instant_column;
use crate::reflection::lessons::{self, Lesson};
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

/// The newest reflections a chart shows; older ones still count in the totals.
pub const MAX_POINTS: u32 = 200;

/// One reflected interview on the charts' time axis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Point {
    pub interview_id: i64,
    pub company: String,
    pub start_local: String,
    pub start_utc: DateTime<Utc>,
    /// 1 relaxed … 5 stressed.
    pub feeling: Option<i64>,
    /// "yes", "partly" or "no".
    pub enough_time: Option<String>,
    pub said_everything: Option<String>,
    pub presented_strengths: Option<String>,
    pub first_rating: Option<i64>,
    pub later_rating: Option<i64>,
}

/// How often a yes/partly/no question got each answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub yes: i64,
    pub partly: i64,
    pub no: i64,
}

/// A point the user wrote under "what I forgot" after more than one interview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Recurring {
    pub text: String,
    pub occurrences: i64,
    pub learned: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Trends {
    /// Oldest first, the newest [`MAX_POINTS`].
    pub points: Vec<Point>,
    pub reflections: i64,
    pub average_feeling: Option<f64>,
    pub average_first_rating: Option<f64>,
    pub average_later_rating: Option<f64>,
    pub enough_time: Tally,
    pub said_everything: Tally,
    pub presented_strengths: Tally,
    pub forgotten: Vec<Recurring>,
    pub open_lessons: Vec<Lesson>,
}

pub fn trends(conn: &Connection) -> Result<Trends> {
    let mut stmt = conn.prepare_cached(
        "SELECT * FROM (
             SELECT i.id, i.company, i.start_local, i.start_utc, r.feeling, r.enough_time,
                    r.said_everything, r.presented_strengths, r.first_rating, r.later_rating
             FROM reflection r JOIN interview i ON i.id = r.interview_id
             WHERE coalesce(r.feeling, r.enough_time, r.said_everything, r.presented_strengths,
                            r.first_rating, r.later_rating) IS NOT NULL
             ORDER BY i.start_utc DESC, i.id DESC LIMIT ?1)
         ORDER BY start_utc, id",
    )?;
    let points = stmt
        .query_map([MAX_POINTS], |r| {
            Ok(Point {
                interview_id: r.get(0)?,
                company: r.get(1)?,
                start_local: r.get(2)?,
                start_utc: instant_column(r, 3)?,
                feeling: r.get(4)?,
                enough_time: r.get(5)?,
                said_everything: r.get(6)?,
                presented_strengths: r.get(7)?,
                first_rating: r.get(8)?,
                later_rating: r.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    // Every count and average from the totals the triggers keep (schema 14): one row, however
    // many reflections there are.
    let tally = |r: &rusqlite::Row, at: usize| -> rusqlite::Result<Tally> {
        Ok(Tally {
            yes: r.get(at)?,
            partly: r.get(at + 1)?,
            no: r.get(at + 2)?,
        })
    };
    let average = |r: &rusqlite::Row, at: usize| -> rusqlite::Result<Option<f64>> {
        let (sum, count): (i64, i64) = (r.get(at)?, r.get(at + 1)?);
        Ok((count > 0).then(|| sum as f64 / count as f64))
    };
    let (reflections, averages, tallies) = conn.query_row(
        "SELECT reflections, feeling_sum, feeling_count, first_rating_sum, first_rating_count,
                later_rating_sum, later_rating_count,
                enough_time_yes, enough_time_partly, enough_time_no,
                said_everything_yes, said_everything_partly, said_everything_no,
                presented_strengths_yes, presented_strengths_partly, presented_strengths_no
         FROM reflection_totals WHERE id = 1",
        [],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                (average(r, 1)?, average(r, 3)?, average(r, 5)?),
                (tally(r, 7)?, tally(r, 10)?, tally(r, 13)?),
            ))
        },
    )?;
    let (average_feeling, average_first_rating, average_later_rating) = averages;
    let (enough_time, said_everything, presented_strengths) = tallies;
    Ok(Trends {
        points,
        reflections,
        average_feeling,
        average_first_rating,
        average_later_rating,
        enough_time,
        said_everything,
        presented_strengths,
        forgotten: forgotten(conn)?,
        open_lessons: lessons::all_open(conn)?,
    })
}

/// Forgotten points written after two or more interviews, the most frequent first, in the
/// words of the latest interview they were written after.
fn forgotten(conn: &Connection) -> Result<Vec<Recurring>> {
    let mut stmt = conn.prepare_cached(
        "SELECT (SELECT l2.text FROM lesson l2 JOIN interview i2 ON i2.id = l2.interview_id
                 WHERE l2.kind = 'forgot' AND l2.key = l.key
                 ORDER BY i2.start_utc DESC, l2.id DESC LIMIT 1),
                count(DISTINCT l.interview_id) AS n, min(l.learned_at IS NOT NULL)
         FROM lesson l WHERE l.kind = 'forgot'
         GROUP BY l.key HAVING n > 1
         ORDER BY n DESC, l.key LIMIT 20",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Recurring {
                text: r.get(0)?,
                occurrences: r.get(1)?,
                learned: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
