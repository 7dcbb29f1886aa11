//! Reminders in SQLite. A reminder is claimed (pending → fired) inside one transaction before it
//! is shown, so two schedulers, a restart or a clock jump can never show it twice. Re-planning
//! after an edit moves what is still pending and never touches what already fired.

use super::{plan, Done, Kind, Override, PlanInput, ReminderSettings};
use crate::enums::{unreadable, UnknownName};
use crate::error::{Error, Problem, Result};
use crate::interview::store::{fresh_id, instant_column, optional_instant_column};
use crate::interview::Status;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use std::collections::HashMap;

mod due;
mod settings;
mod snooze;

pub use due::{claim_due, fired_unseen, mark_seen, next_due, pending, take_due, Claimed, Due};
pub use settings::{
    save_settings, settings, settings_unreadable, take_settings_notice, SettingsNotice,
};
pub use snooze::{may_snooze_to, snooze, snoozed_until, Snooze};

crate::enums::named_enum! {
    /// Where a stored reminder state stands (the `state` column).
    #[derive(Hash)]
    pub(super) enum State {
        /// Waits for its time.
        Pending,
        /// Pending again, at a time the user chose.
        Snoozed,
        /// Shown.
        Fired,
        /// A "before" reminder whose interview had begun when it came due, one whose task was
        /// already done when it came due, or one whose time had passed when it was planned.
        Skipped,
    }
}

crate::enums::sql_text!(State);

/// A reminder kind read back. (`Kind` has no `FromSql` of its own: its names live in `mod.rs`.)
fn kind_at(row: &Row, index: usize) -> rusqlite::Result<Kind> {
    let name: String = row.get(index)?;
    Kind::from_sql_name(&name).ok_or_else(|| UnknownName::new("reminder kind", &name).at(index))
}

/// The joins and columns that say what the user has already done (see `Done`), for a query over
/// `interview i`: the planner and the claim read the same three facts.
const DONE_JOINS: &str = "LEFT JOIN reflection rf ON rf.interview_id = i.id
     LEFT JOIN feedback fb ON fb.interview_id = i.id";
const DONE_COLUMNS: &str =
    "rf.finished_at IS NOT NULL, rf.second_look_at IS NOT NULL, fb.asked_at IS NOT NULL";

/// The `DONE_COLUMNS` read back, starting at `first`.
fn done_at(row: &Row, first: usize) -> rusqlite::Result<Done> {
    Ok(Done {
        reflection: row.get(first)?,
        second_look: row.get(first + 1)?,
        feedback_asked: row.get(first + 2)?,
    })
}

fn input(conn: &Connection, interview_id: i64) -> Result<Option<PlanInput>> {
    type Stored = (String, String, i64, String, Option<i64>, Done);
    let row: Option<Stored> = conn
        .prepare_cached(&format!(
            "SELECT i.start_local, i.time_zone, i.duration_minutes, i.status, i.status_changed_at, {DONE_COLUMNS}
             FROM interview i {DONE_JOINS} WHERE i.id = ?1"
        ))?
        .query_row([interview_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, done_at(r, 5)?))
        })
        .optional()?;
    let Some((local, zone, duration, status, changed, done)) = row else {
        return Ok(None);
    };
    let zone = super::plan::stored_zone(interview_id, &zone)?;
    // What cannot be read cannot be planned: an error, never an interview that silently gets no
    // reminders.
    let start_local = crate::zone::parse_local_date_time(&local).ok_or_else(|| {
        tracing::error!(interview_id, "unreadable stored start");
        Error::stored("interview start", format!("interview {interview_id}"))
    })?;
    let status = Status::from_sql_name(&status).ok_or_else(|| {
        tracing::error!(interview_id, "unreadable stored status");
        Error::stored("interview status", format!("interview {interview_id}"))
    })?;
    let status_changed_at = match changed {
        None => None,
        Some(t) => Some(DateTime::from_timestamp(t, 0).ok_or_else(|| {
            Error::stored("status change time", format!("interview {interview_id}"))
        })?),
    };
    Ok(Some(PlanInput {
        start_local,
        zone,
        duration_minutes: duration,
        status,
        status_changed_at,
        done,
    }))
}

fn switches(conn: &Connection, interview_id: i64) -> Result<Vec<(Kind, Override)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, enabled, value FROM reminder_switch WHERE interview_id = ?1",
    )?;
    let rows = stmt.query_map([interview_id], |r| {
        let own = Override {
            enabled: r.get(1)?,
            value: r.get(2)?,
        };
        Ok((kind_at(r, 0)?, own))
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(unreadable("reminder switch"))
}

/// Brings one interview's reminders in line with its plan. Pending ones move; a skipped one whose
/// new time is still ahead waits again; fired and snoozed ones stay as they are; a reminder new to
/// the plan whose time has already passed is recorded as skipped, so adding last week's interview
/// does not set off last week's reminders. A pending or snoozed one the plan no longer holds (its
/// kind switched off, its task done, the status moved on) is deleted; a fired one stays fired.
pub fn replan(
    conn: &Connection,
    interview_id: i64,
    now: DateTime<Utc>,
    device_zone: Tz,
) -> Result<()> {
    replan_with(conn, &settings(conn)?, interview_id, now, device_zone)
}

fn replan_with(
    conn: &Connection,
    settings: &ReminderSettings,
    interview_id: i64,
    now: DateTime<Utc>,
    device_zone: Tz,
) -> Result<()> {
    let Some(input) = input(conn, interview_id)? else {
        return Ok(());
    };
    let planned: HashMap<Kind, DateTime<Utc>> = plan(
        &input,
        settings,
        &switches(conn, interview_id)?,
        device_zone,
    )
    .into_iter()
    .map(|p| (p.kind, p.due))
    .collect();
    let start = super::resolve_local(input.start_local, input.zone);
    let mut stmt =
        conn.prepare_cached("SELECT id, kind, state FROM reminder WHERE interview_id = ?1")?;
    let existing: HashMap<Kind, (i64, State)> = stmt
        .query_map([interview_id], |r| {
            Ok((kind_at(r, 1)?, (r.get(0)?, r.get(2)?)))
        })?
        .collect::<rusqlite::Result<_>>()
        .map_err(unreadable("reminder"))?;
    for kind in Kind::ALL {
        let due = planned.get(&kind).copied();
        let still_useful = |due: DateTime<Utc>| due > now && !(kind.is_before() && start <= now);
        match (due, existing.get(&kind)) {
            (Some(due), None) => {
                let state = if still_useful(due) {
                    State::Pending
                } else {
                    State::Skipped
                };
                conn.execute(
                    "INSERT INTO reminder (id, interview_id, kind, due_at, state)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        fresh_id(conn, "reminder")?,
                        interview_id,
                        kind.as_str(),
                        due.timestamp(),
                        state
                    ],
                )?;
            }
            (Some(due), Some((id, State::Pending))) => {
                conn.execute(
                    "UPDATE reminder SET due_at = ?2 WHERE id = ?1",
                    params![id, due.timestamp()],
                )?;
            }
            (Some(due), Some((id, State::Skipped))) if still_useful(due) => {
                conn.execute(
                    "UPDATE reminder SET due_at = ?2, state = 'pending' WHERE id = ?1",
                    params![id, due.timestamp()],
                )?;
            }
            (None, Some((id, State::Pending | State::Snoozed))) => {
                conn.execute("DELETE FROM reminder WHERE id = ?1", [id])?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Re-plans every interview whose reminders may still matter (after a settings change, and at
/// start-up, where the device's zone may have changed). An interview whose stored zone, start or
/// status cannot be read keeps the reminders it had: it is logged (by the planner) and counted
/// in the answer, so one damaged row neither blocks the others nor the settings being saved.
/// Call it inside a transaction.
pub fn replan_all(conn: &Connection, now: DateTime<Utc>, device_zone: Tz) -> Result<usize> {
    let horizon = (now - Duration::days(70)).timestamp();
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM interview WHERE start_utc >= ?1 OR status = 'rejected'")?
        .query_map([horizon], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let settings = settings(conn)?;
    let mut unplanned = 0;
    for id in ids {
        match replan_with(conn, &settings, id, now, device_zone) {
            Err(Error::StoredValue { .. }) => unplanned += 1,
            other => other?,
        }
    }
    Ok(unplanned)
}

/// One kind of reminder for one interview, as the interview's reminder list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReminderView {
    pub kind: Kind,
    /// Whether this kind is on for this interview (its own switch, or the global setting).
    pub enabled: bool,
    /// The time or offset in effect (see `KindSetting::value`).
    pub value: u32,
    /// This interview's own choices, where it has any.
    pub own: Override,
    pub id: Option<i64>,
    pub due_at: Option<DateTime<Utc>>,
    pub state: Option<String>,
    pub fired_at: Option<DateTime<Utc>>,
}

pub fn list_for(conn: &Connection, interview_id: i64) -> Result<Vec<ReminderView>> {
    crate::interview::require(conn, interview_id)?;
    let settings = settings(conn)?;
    let own = switches(conn, interview_id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, due_at, state, fired_at FROM reminder WHERE interview_id = ?1",
    )?;
    type Row = (i64, DateTime<Utc>, State, Option<DateTime<Utc>>);
    let rows: HashMap<Kind, Row> = stmt
        .query_map([interview_id], |r| {
            let row = (
                r.get(0)?,
                instant_column(r, 2)?,
                r.get(3)?,
                optional_instant_column(r, 4)?,
            );
            Ok((kind_at(r, 1)?, row))
        })?
        .collect::<rusqlite::Result<_>>()
        .map_err(unreadable("reminder"))?;
    Ok(Kind::ALL
        .into_iter()
        .map(|kind| {
            let mine = own
                .iter()
                .find(|(k, _)| *k == kind)
                .map(|(_, o)| *o)
                .unwrap_or_default();
            let row = rows.get(&kind);
            ReminderView {
                kind,
                enabled: mine.enabled.unwrap_or(settings.kind(kind).enabled),
                value: mine.value.unwrap_or(settings.kind(kind).value),
                own: mine,
                id: row.map(|r| r.0),
                due_at: row.map(|r| r.1),
                state: row.map(|r| <&str>::from(r.2).to_owned()),
                fired_at: row.and_then(|r| r.3),
            }
        })
        .collect())
}

/// Sets one interview's own choice for a kind (all `None` follows the global setting again).
pub fn set_switch(conn: &Connection, interview_id: i64, kind: Kind, own: Override) -> Result<()> {
    crate::interview::require(conn, interview_id)?;
    if let Some(value) = own.value {
        let (min, max) = kind.value_range();
        if !(min..=max).contains(&value) {
            let problem = Problem::OutOfRange {
                min: min.into(),
                max: max.into(),
            };
            return Err(Error::field("value", problem));
        }
    }
    if own == Override::default() {
        conn.execute(
            "DELETE FROM reminder_switch WHERE interview_id = ?1 AND kind = ?2",
            params![interview_id, kind.as_str()],
        )?;
    } else {
        conn.execute(
            "INSERT INTO reminder_switch (interview_id, kind, enabled, value) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (interview_id, kind) DO UPDATE SET enabled = excluded.enabled, value = excluded.value",
            params![interview_id, kind.as_str(), own.enabled, own.value],
        )?;
    }
    Ok(())
}
