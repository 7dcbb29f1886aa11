//! Reporting in SQLite: the user's choice of authority, the activities they add and the periods
//! they marked reported; the reminders, claimed once each like the interviews', are in
//! `reminders`.

mod reminders;

pub use reminders::{claim_due, next_due, replan, waiting, ReportDue};

use super::period::Period;
use super::{ActivityKind, Authority, ReportingSettings, Stage};
use crate::enums::unreadable;
use crate::error::{Error, Problem, Result};
use crate::interview::store::instant_column;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

/// A stored date (YYYY-MM-DD); anything else is a damaged row, never a default date.
fn date_column(row: &Row, index: usize) -> rusqlite::Result<NaiveDate> {
    let text: String = row.get(index)?;
    NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub fn settings(conn: &Connection) -> Result<ReportingSettings> {
    conn.query_row(
        "SELECT authority, nav_due FROM reporting WHERE key = 'reporting'",
        [],
        |r| {
            let nav_due = match r.get::<_, Option<String>>(1)? {
                Some(_) => Some(date_column(r, 1)?),
                None => None,
            };
            Ok(ReportingSettings {
                authority: r.get(0)?,
                nav_due,
            })
        },
    )
    .optional()
    .map_err(unreadable("reporting settings"))
    .map(Option::unwrap_or_default)
}

pub fn save_settings(
    conn: &Connection,
    settings: &ReportingSettings,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO reporting (key, authority, nav_due, updated_at) VALUES ('reporting', ?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET authority = excluded.authority,
             nav_due = excluded.nav_due, updated_at = excluded.updated_at",
        params![
            settings.authority,
            settings.nav_due.map(date_text),
            now.timestamp()
        ],
    )?;
    Ok(())
}

/// An activity the user added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub id: i64,
    pub kind: ActivityKind,
    pub date: NaiveDate,
    pub employer: String,
    pub title: String,
    pub place: String,
    pub stage: Stage,
    pub note: String,
}

/// An activity as the form sends it, checked by `service::reporting` before it gets here.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ActivityDraft {
    pub kind: ActivityKind,
    pub date: NaiveDate,
    pub employer: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub place: String,
    pub stage: Stage,
    #[serde(default)]
    pub note: String,
}

const ACTIVITY_COLUMNS: &str = "id, kind, on_date, employer, title, place, stage, note";

fn activity_row(r: &Row) -> rusqlite::Result<Activity> {
    Ok(Activity {
        id: r.get(0)?,
        kind: r.get(1)?,
        date: date_column(r, 2)?,
        employer: r.get(3)?,
        title: r.get(4)?,
        place: r.get(5)?,
        stage: r.get(6)?,
        note: r.get(7)?,
    })
}

pub fn add_activity(conn: &Connection, draft: &ActivityDraft, now: DateTime<Utc>) -> Result<i64> {
    write_activity(
        conn,
        "INSERT INTO activity (kind, on_date, employer, title, place, stage, note, created_at, updated_at, id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)",
        draft,
        now,
        None,
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn update_activity(
    conn: &Connection,
    id: i64,
    draft: &ActivityDraft,
    now: DateTime<Utc>,
) -> Result<()> {
    let changed = write_activity(
        conn,
        "UPDATE activity SET kind = ?1, on_date = ?2, employer = ?3, title = ?4, place = ?5,
             stage = ?6, note = ?7, updated_at = ?8 WHERE id = ?9",
        draft,
        now,
        Some(id),
    )?;
    match changed {
        0 => Err(Error::NotFound),
        _ => Ok(()),
    }
}

/// Runs `sql` with the draft's fields as ?1–?7, `now` as ?8 and `id` as ?9 (none: a new row's
/// id is SQLite's to give); the number of rows written.
fn write_activity(
    conn: &Connection,
    sql: &str,
    draft: &ActivityDraft,
    now: DateTime<Utc>,
    id: Option<i64>,
) -> Result<usize> {
    Ok(conn.execute(
        sql,
        params![
            draft.kind,
            date_text(draft.date),
            draft.employer,
            draft.title,
            draft.place,
            draft.stage,
            draft.note,
            now.timestamp(),
            id
        ],
    )?)
}

pub fn delete_activity(conn: &Connection, id: i64) -> Result<()> {
    match conn.execute("DELETE FROM activity WHERE id = ?1", [id])? {
        0 => Err(Error::NotFound),
        _ => Ok(()),
    }
}

pub fn activity(conn: &Connection, id: i64) -> Result<Activity> {
    conn.prepare_cached(&format!(
        "SELECT {ACTIVITY_COLUMNS} FROM activity WHERE id = ?1"
    ))?
    .query_row([id], activity_row)
    .optional()
    .map_err(unreadable("activity"))?
    .ok_or(Error::NotFound)
}

/// The activities in `period`, by date.
pub fn activities_in(conn: &Connection, period: Period) -> Result<Vec<Activity>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ACTIVITY_COLUMNS} FROM activity WHERE on_date BETWEEN ?1 AND ?2 ORDER BY on_date, id"
    ))?;
    let rows = stmt.query_map(
        params![date_text(period.start), date_text(period.end)],
        activity_row,
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(unreadable("activity"))
}

/// An interview as an activity: (id, local date, employer, role, place, status).
pub type InterviewActivity = (
    i64,
    NaiveDate,
    String,
    String,
    String,
    crate::interview::Status,
);

/// The interviews in `period` that had begun by `now` (one planned for later is not an activity
/// yet), cancelled ones left out: (id, local date, employer, role, place, status).
pub fn interviews_in(
    conn: &Connection,
    period: Period,
    now: DateTime<Utc>,
) -> Result<Vec<InterviewActivity>> {
    // start_local is "YYYY-MM-DDTHH:MM": its first ten characters are the local date, which the
    // index on start_local serves.
    let mut stmt = conn.prepare_cached(
        "SELECT id, substr(start_local, 1, 10), company, role, location, status FROM interview
         WHERE start_local >= ?1 AND start_local < ?2 AND start_utc <= ?3 AND status != 'cancelled'
         ORDER BY start_local, id",
    )?;
    let after_end = period.end + chrono::Duration::days(1);
    let rows = stmt.query_map(
        params![
            date_text(period.start),
            date_text(after_end),
            now.timestamp()
        ],
        |r| {
            Ok((
                r.get(0)?,
                date_column(r, 1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        },
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(unreadable("interview"))
}

/// A period marked reported, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reported {
    pub authority: Authority,
    pub period: Period,
    pub reported_at: DateTime<Utc>,
}

/// Every period marked reported to `authority`, latest first.
pub fn reported(conn: &Connection, authority: Authority) -> Result<Vec<Reported>> {
    let mut stmt = conn.prepare_cached(
        "SELECT period_start, period_end, reported_at FROM report_period
         WHERE authority = ?1 ORDER BY period_end DESC",
    )?;
    let rows = stmt.query_map([authority], |r| {
        Ok(Reported {
            authority,
            period: Period {
                start: date_column(r, 0)?,
                end: date_column(r, 1)?,
            },
            reported_at: instant_column(r, 2)?,
        })
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(unreadable("reported period"))
}

pub fn mark_reported(
    conn: &Connection,
    authority: Authority,
    period: Period,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO report_period (authority, period_start, period_end, reported_at)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (authority, period_start) DO UPDATE SET period_end = excluded.period_end,
             reported_at = excluded.reported_at",
        params![
            authority,
            date_text(period.start),
            date_text(period.end),
            now.timestamp()
        ],
    )?;
    Ok(())
}

pub fn unmark_reported(conn: &Connection, authority: Authority, start: NaiveDate) -> Result<()> {
    match conn.execute(
        "DELETE FROM report_period WHERE authority = ?1 AND period_start = ?2",
        params![authority, date_text(start)],
    )? {
        0 => Err(Error::field("start", Problem::UnknownItem)),
        _ => Ok(()),
    }
}
