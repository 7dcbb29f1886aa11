//! Interviews in SQLite. Every write is one transaction: it is all on disk when it returns, or
//! none of it is.

use super::{Heading, Interview, InterviewSummary, Limits, Person, Status, ValidDraft};
use crate::enums::unreadable;
use crate::error::{Error, FieldError, Problem, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};
use serde::Serialize;

/// A page of the list: upcoming interviews soonest first, then past ones latest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ListPage {
    pub items: Vec<InterviewSummary>,
    /// All interviews, on every page.
    pub total: i64,
    /// Of those, how many are not over yet.
    pub upcoming: i64,
}

pub fn insert(conn: &mut Connection, valid: &ValidDraft, now: DateTime<Utc>) -> Result<Interview> {
    insert_then(conn, valid, now, |_, _| Ok(()))
}

/// Inserts, then runs `then` with the new id in the same transaction: what a new round copies
/// from the round before it is saved together with the round, or not at all.
pub fn insert_then(
    conn: &mut Connection,
    valid: &ValidDraft,
    now: DateTime<Utc>,
    then: impl FnOnce(&Transaction, i64) -> Result<()>,
) -> Result<Interview> {
    let tx = conn.transaction()?;
    check_previous_round(&tx, valid.draft.previous_round_id, None)?;
    let d = &valid.draft;
    let id = fresh_id(&tx, "interview")?;
    write_interview(
        &tx,
        "INSERT INTO interview (id, company, role, round, previous_round_id, start_local,
             time_zone, start_utc, duration_minutes, location, contact_name, contact_info,
             job_ad_url, job_ad_text, status, notes, created_at, updated_at, status_changed_at)
         VALUES (:id, :company, :role, :round, :previous, :start_local, :zone, :start_utc,
             :minutes, :location, :contact_name, :contact_info, :job_ad_url, :job_ad_text,
             :status, :notes, :now, :now, :now)",
        id,
        valid,
        now,
    )?;
    write_interviewers(&tx, id, &d.interviewers)?;
    then(&tx, id)?;
    let stored = get_in(&tx, id)?;
    tx.commit()?;
    Ok(stored)
}

pub fn update(
    conn: &mut Connection,
    id: i64,
    valid: &ValidDraft,
    now: DateTime<Utc>,
) -> Result<Interview> {
    update_then(conn, id, valid, now, |_, _| Ok(()))
}

/// Updates, then runs `then` in the same transaction (re-planning reminders, say).
pub fn update_then(
    conn: &mut Connection,
    id: i64,
    valid: &ValidDraft,
    now: DateTime<Utc>,
    then: impl FnOnce(&Transaction, i64) -> Result<()>,
) -> Result<Interview> {
    let tx = conn.transaction()?;
    check_previous_round(&tx, valid.draft.previous_round_id, Some(id))?;
    let d = &valid.draft;
    let changed = write_interview(
        &tx,
        "UPDATE interview SET company = :company, role = :role, round = :round,
             previous_round_id = :previous, start_local = :start_local, time_zone = :zone,
             start_utc = :start_utc, duration_minutes = :minutes, location = :location,
             contact_name = :contact_name, contact_info = :contact_info, job_ad_url = :job_ad_url,
             job_ad_text = :job_ad_text, status = :status, notes = :notes, updated_at = :now,
             status_changed_at = CASE WHEN status = :status THEN status_changed_at ELSE :now END
         WHERE id = :id",
        id,
        valid,
        now,
    )?;
    if changed == 0 {
        return Err(Error::NotFound);
    }
    tx.execute("DELETE FROM interviewer WHERE interview_id = ?1", [id])?;
    write_interviewers(&tx, id, &d.interviewers)?;
    then(&tx, id)?;
    let stored = get_in(&tx, id)?;
    tx.commit()?;
    Ok(stored)
}

pub fn delete(conn: &mut Connection, id: i64) -> Result<()> {
    // Later rounds keep existing; their link is cleared by ON DELETE SET NULL.
    match conn.execute("DELETE FROM interview WHERE id = ?1", [id])? {
        0 => Err(Error::NotFound),
        _ => Ok(()),
    }
}

pub fn get(conn: &Connection, id: i64) -> Result<Interview> {
    get_in(conn, id)
}

/// `NotFound` unless an interview with this id exists.
pub fn require(conn: &Connection, id: i64) -> Result<()> {
    conn.query_row("SELECT 1 FROM interview WHERE id = ?1", [id], |_| Ok(()))
        .optional()?
        .ok_or(Error::NotFound)
}

pub fn list(conn: &Connection, now: DateTime<Utc>, limit: u32, offset: u32) -> Result<ListPage> {
    let now = now.timestamp();
    // An interview is upcoming until its expected end: upcoming ones soonest first, then the
    // rest latest first. Two range reads of the start index, so a page costs the same whatever
    // the total: no interview ends more than the longest duration after its start.
    let earliest_upcoming = now - Limits::MAX_MINUTES * 60;
    let upcoming: i64 = conn
        .prepare_cached(
            "SELECT count(*) FROM interview
             WHERE start_utc > ?1 AND start_utc + duration_minutes * 60 > ?2",
        )?
        .query_row([earliest_upcoming, now], |r| r.get(0))?;
    let total: i64 = conn
        .prepare_cached("SELECT count(*) FROM interview")?
        .query_row([], |r| r.get(0))?;
    let mut items = Vec::with_capacity(limit as usize);
    let offset = i64::from(offset);
    if offset < upcoming {
        let mut stmt = conn.prepare_cached(&format!(
            "{SUMMARY} WHERE start_utc > ?2 AND start_utc + duration_minutes * 60 > ?1
             ORDER BY start_utc, id LIMIT ?3 OFFSET ?4"
        ))?;
        let rows = stmt.query_map(params![now, earliest_upcoming, limit, offset], summary)?;
        items = rows
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(unreadable("interview"))?;
    }
    let wanted = i64::from(limit) - items.len() as i64;
    if wanted > 0 {
        let mut stmt = conn.prepare_cached(&format!(
            "{SUMMARY} WHERE start_utc + duration_minutes * 60 <= ?1
             ORDER BY start_utc DESC, id DESC LIMIT ?2 OFFSET ?3"
        ))?;
        let past_offset = (offset - upcoming).max(0);
        let rows = stmt.query_map(params![now, wanted, past_offset], summary)?;
        for row in rows {
            items.push(row.map_err(unreadable("interview"))?);
        }
    }
    Ok(ListPage {
        items,
        total,
        upcoming,
    })
}

/// The columns of a list row; `?1` is now.
const SUMMARY: &str = "SELECT id, company, role, round, status, start_local, time_zone, start_utc,
        duration_minutes, location, start_utc + duration_minutes * 60 > ?1 AS upcoming
    FROM interview";

/// The first eight columns of a row: id, company, role, round, status, start_local, time_zone,
/// start_utc.
pub(crate) fn heading(row: &Row) -> rusqlite::Result<Heading> {
    Ok(Heading {
        id: row.get(0)?,
        company: row.get(1)?,
        role: row.get(2)?,
        round: row.get(3)?,
        status: row.get(4)?,
        start_local: row.get(5)?,
        time_zone: row.get(6)?,
        start_utc: instant_column(row, 7)?,
    })
}

fn summary(row: &Row) -> rusqlite::Result<InterviewSummary> {
    Ok(InterviewSummary {
        heading: heading(row)?,
        duration_minutes: row.get(8)?,
        location: row.get(9)?,
        upcoming: row.get(10)?,
    })
}

fn get_in(conn: &Connection, id: i64) -> Result<Interview> {
    let mut interview = conn
        .query_row(
            "SELECT id, company, role, round, previous_round_id, start_local, time_zone, start_utc,
                    duration_minutes, location, contact_name, contact_info, job_ad_url,
                    job_ad_text, status, notes, created_at, updated_at
             FROM interview WHERE id = ?1",
            [id],
            |row| {
                Ok(Interview {
                    id: row.get(0)?,
                    company: row.get(1)?,
                    role: row.get(2)?,
                    round: row.get(3)?,
                    previous_round_id: row.get(4)?,
                    start_local: row.get(5)?,
                    time_zone: row.get(6)?,
                    start_utc: instant_column(row, 7)?,
                    duration_minutes: row.get(8)?,
                    location: row.get(9)?,
                    interviewers: Vec::new(),
                    contact_name: row.get(10)?,
                    contact_info: row.get(11)?,
                    job_ad_url: row.get(12)?,
                    job_ad_text: row.get(13)?,
                    status: row.get(14)?,
                    next_statuses: Vec::new(),
                    notes: row.get(15)?,
                    created_at: instant_column(row, 16)?,
                    updated_at: instant_column(row, 17)?,
                })
            },
        )
        .optional()
        .map_err(unreadable("interview"))?
        .ok_or(Error::NotFound)?;
    interview.next_statuses = Status::ALL
        .into_iter()
        .filter(|&to| {
            to != interview.status && crate::reflection::outcome::allowed(interview.status, to)
        })
        .collect();
    let mut stmt = conn.prepare_cached(
        "SELECT name, role FROM interviewer WHERE interview_id = ?1 ORDER BY position",
    )?;
    interview.interviewers = stmt
        .query_map([id], |row| {
            Ok(Person {
                name: row.get(0)?,
                role: row.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(interview)
}

/// Runs the INSERT or UPDATE of one interview; its SQL names the draft's fields (`:id`,
/// `:company`, `:role`, … `:now`), so both statements bind them the same way.
fn write_interview(
    tx: &Transaction,
    sql: &str,
    id: i64,
    valid: &ValidDraft,
    now: DateTime<Utc>,
) -> Result<usize> {
    let d = &valid.draft;
    let zone = valid.time_zone.name();
    let (start_utc, now) = (valid.start_utc.timestamp(), now.timestamp());
    let params: [(&str, &dyn rusqlite::ToSql); 17] = [
        (":id", &id),
        (":company", &d.company),
        (":role", &d.role),
        (":round", &d.round),
        (":previous", &d.previous_round_id),
        (":start_local", &d.start_local),
        (":zone", &zone),
        (":start_utc", &start_utc),
        (":minutes", &d.duration_minutes),
        (":location", &d.location),
        (":contact_name", &d.contact_name),
        (":contact_info", &d.contact_info),
        (":job_ad_url", &d.job_ad_url),
        (":job_ad_text", &d.job_ad_text),
        (":status", &d.status),
        (":notes", &d.notes),
        (":now", &now),
    ];
    Ok(tx.execute(sql, params.as_slice())?)
}

fn write_interviewers(tx: &Transaction, id: i64, people: &[Person]) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO interviewer (interview_id, position, name, role) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, person) in people.iter().enumerate() {
        stmt.execute(params![id, position as i64, person.name, person.role])?;
    }
    Ok(())
}

/// A round may link to an earlier one that exists, never to itself or to a later round of its
/// own chain (that would make a loop of "earlier rounds").
fn check_previous_round(tx: &Transaction, previous: Option<i64>, this: Option<i64>) -> Result<()> {
    let Some(previous) = previous else {
        return Ok(());
    };
    let field = |problem| {
        Err(Error::Validation(vec![FieldError::new(
            "previousRoundId",
            problem,
        )]))
    };
    if Some(previous) == this {
        return field(Problem::LinksToItself);
    }
    let chain: Vec<i64> = tx
        .prepare_cached(
            "WITH RECURSIVE chain(id, previous) AS (
                 SELECT id, previous_round_id FROM interview WHERE id = ?1
                 UNION SELECT i.id, i.previous_round_id FROM interview i JOIN chain ON i.id = chain.previous
             ) SELECT id FROM chain",
        )?
        .query_map([previous], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if chain.is_empty() {
        return field(Problem::UnknownInterview);
    }
    if this.is_some_and(|id| chain.contains(&id)) {
        return field(Problem::LinksToItself);
    }
    Ok(())
}

/// An id for a new row of `table` (`interview` or `reminder`, always a constant) that no row
/// of it has ever had. SQLite alone would give the largest id + 1, which is the id of the newest
/// row if that was deleted; then an old notification or link would open something else. So the
/// new id is above both the largest id and the largest id ever deleted, which migration 7 keeps
/// in `id_high_water`. (Deletions before migration 7 are not known.)
pub(crate) fn fresh_id(conn: &Connection, table: &'static str) -> Result<i64> {
    debug_assert!(matches!(table, "interview" | "reminder"));
    let next = conn
        .prepare_cached(&format!(
            "SELECT max(coalesce((SELECT max(id) FROM {table}), 0),
                        coalesce((SELECT id FROM id_high_water WHERE table_name = ?1), 0)) + 1"
        ))?
        .query_row([table], |r| r.get(0))?;
    Ok(next)
}

/// A stored instant (seconds since 1970); one out of range is an error, never 1970 itself.
pub(crate) fn instant_column(row: &Row, index: usize) -> rusqlite::Result<DateTime<Utc>> {
    let seconds: i64 = row.get(index)?;
    DateTime::from_timestamp(seconds, 0)
        .ok_or(rusqlite::Error::IntegralValueOutOfRange(index, seconds))
}

/// As `instant_column`, for a column that may be empty.
pub(crate) fn optional_instant_column(
    row: &Row,
    index: usize,
) -> rusqlite::Result<Option<DateTime<Utc>>> {
    match row.get::<_, Option<i64>>(index)? {
        None => Ok(None),
        Some(_) => instant_column(row, index).map(Some),
    }
}
