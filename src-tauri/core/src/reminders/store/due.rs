//! Reminders that come due: claimed once each by the scheduler, listed until the user opens
//! them, handed to a phone's OS while they wait.

use super::{done_at, kind_at, State, DONE_COLUMNS, DONE_JOINS};
use crate::enums::unreadable;
use crate::error::{Error, Problem, Result};
use crate::interview::store::{instant_column, optional_instant_column};
use crate::reminders::{Done, Kind};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};
use serde::Serialize;

/// A reminder that came due, as the notification and the app show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Due {
    pub id: i64,
    pub interview_id: i64,
    /// The interview's lasting identity (a phone's OS knows the reminder by it).
    pub interview_uid: String,
    pub kind: Kind,
    pub due_at: DateTime<Utc>,
    pub company: String,
    pub role: String,
    pub start_utc: DateTime<Utc>,
    pub time_zone: String,
    pub start_local: String,
}

const DUE_COLUMNS: &str = "r.id, r.interview_id, coalesce(i.uid, 'row-' || i.id), r.kind, r.due_at, i.company, i.role, i.start_utc, i.time_zone, i.start_local";
/// How many `DUE_COLUMNS` there are: what follows them starts at this index.
const DUE_COLUMN_COUNT: usize = 10;
const DUE_FROM: &str = "FROM reminder r JOIN interview i ON i.id = r.interview_id";

/// A damaged row is an error, not a reminder of another kind or one due in 1970.
fn due_row(r: &Row) -> rusqlite::Result<Due> {
    Ok(Due {
        id: r.get(0)?,
        interview_id: r.get(1)?,
        interview_uid: r.get(2)?,
        kind: kind_at(r, 3)?,
        due_at: instant_column(r, 4)?,
        company: r.get(5)?,
        role: r.get(6)?,
        start_utc: instant_column(r, 7)?,
        time_zone: r.get(8)?,
        start_local: r.get(9)?,
    })
}

/// Claims every reminder due at `now` and returns the ones to show. A "before" reminder whose
/// interview has begun, or one whose task is already done, is skipped instead; an "after"
/// reminder fires late rather than never.
pub fn take_due(conn: &mut Connection, now: DateTime<Utc>) -> Result<Vec<Due>> {
    claim_due(conn, now).map(|claimed| claimed.due)
}

/// What one wake of the scheduler claimed.
#[derive(Debug, Default)]
pub struct Claimed {
    /// The reminders to show now.
    pub due: Vec<Due>,
    /// Due rows that could not be read (a damaged file): set aside as skipped and logged, so
    /// one damaged row neither blocks every other reminder nor is read as something it is not.
    pub set_aside: usize,
}

/// [`take_due`], also saying how many damaged rows were set aside on the way.
pub fn claim_due(conn: &mut Connection, now: DateTime<Utc>) -> Result<Claimed> {
    let tx = conn.transaction()?;
    // Each row with what the user has already done: a task done in the same instant the reminder
    // came due (or on an interview whose re-plan failed) is not asked for again.
    let rows: Vec<(i64, rusqlite::Result<(Due, Done)>)> = tx
        .prepare_cached(&format!(
            "SELECT {DUE_COLUMNS}, {DONE_COLUMNS} {DUE_FROM} {DONE_JOINS}
             WHERE r.state IN ('pending', 'snoozed') AND r.due_at <= ?1 ORDER BY r.due_at, r.id"
        ))?
        .query_map([now.timestamp()], |r| {
            Ok((
                r.get(0)?,
                due_row(r).and_then(|due| Ok((due, done_at(r, DUE_COLUMN_COUNT)?))),
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut claimed = Claimed::default();
    for (id, row) in rows {
        let (due, done) = match row {
            Ok(row) => row,
            Err(error) => {
                tracing::error!(reminder_id = id, %error, "unreadable due reminder set aside as skipped");
                tx.execute("UPDATE reminder SET state = 'skipped' WHERE id = ?1", [id])?;
                claimed.set_aside += 1;
                continue;
            }
        };
        let too_late = due.kind.is_before() && due.start_utc <= now;
        let skip = too_late || done.covers(due.kind);
        let state = if skip { State::Skipped } else { State::Fired };
        let taken = tx.execute(
            "UPDATE reminder SET state = ?2, fired_at = CASE WHEN ?2 = 'fired' THEN ?3 END
             WHERE id = ?1 AND state IN ('pending', 'snoozed')",
            params![due.id, state, now.timestamp()],
        )?;
        if taken == 1 && !skip {
            claimed.due.push(due);
        }
    }
    tx.commit()?;
    Ok(claimed)
}

/// Every reminder still waiting, soonest first: what a phone hands to the OS to schedule.
pub fn pending(conn: &Connection) -> Result<Vec<Due>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {DUE_COLUMNS} {DUE_FROM} WHERE r.state IN ('pending', 'snoozed') ORDER BY r.due_at, r.id"
    ))?;
    let rows = stmt.query_map([], due_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(unreadable("reminder"))
}

/// The next instant a reminder is due, if any is waiting.
pub fn next_due(conn: &Connection) -> Result<Option<DateTime<Utc>>> {
    conn.query_row(
        "SELECT min(due_at) FROM reminder WHERE state IN ('pending', 'snoozed')",
        [],
        |r| optional_instant_column(r, 0),
    )
    .map_err(unreadable("reminder"))
}

/// Fired reminders the user has not opened yet, newest first: shown first when the app opens.
pub fn fired_unseen(conn: &Connection) -> Result<Vec<Due>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {DUE_COLUMNS} {DUE_FROM} WHERE r.state = 'fired' AND r.seen_at IS NULL ORDER BY r.fired_at DESC, r.id DESC LIMIT 20"
    ))?;
    let rows = stmt.query_map([], due_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(unreadable("reminder"))
}

pub fn mark_seen(conn: &Connection, reminder_id: i64, now: DateTime<Utc>) -> Result<()> {
    match conn.execute(
        "UPDATE reminder SET seen_at = coalesce(seen_at, ?2) WHERE id = ?1",
        params![reminder_id, now.timestamp()],
    )? {
        0 => Err(Error::field("reminderId", Problem::UnknownItem)),
        _ => Ok(()),
    }
}
