//! Reminders in SQLite. A reminder is claimed (pending → fired) inside one transaction before it
//! is shown, so two schedulers, a restart or a clock jump can never show it twice. Re-planning
//! after an edit moves what is still pending and never touches what already fired.

use super::{plan, Kind, Override, PlanInput, ReminderSettings};
use crate::error::{Error, Problem, Result};
use crate::interview::Status;
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

const SETTINGS_KEY: &str = "reminders";

/// The global reminder settings; the defaults until the user changes them.
pub fn settings(conn: &Connection) -> Result<ReminderSettings> {
    let stored: Option<String> = conn
        .query_row(
            "SELECT value FROM setting WHERE key = ?1",
            [SETTINGS_KEY],
            |r| r.get(0),
        )
        .optional()?;
    Ok(stored
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default())
}

pub fn save_settings(conn: &Connection, settings: &ReminderSettings) -> Result<()> {
    let json = serde_json::to_string(settings).map_err(|e| Error::InvalidRequest(e.to_string()))?;
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![SETTINGS_KEY, json],
    )?;
    Ok(())
}

fn input(conn: &Connection, interview_id: i64) -> Result<Option<PlanInput>> {
    let row: Option<(String, String, i64, String, Option<i64>)> = conn
        .query_row(
            "SELECT start_local, time_zone, duration_minutes, status, status_changed_at FROM interview WHERE id = ?1",
            [interview_id],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get::<_, String>(3)?, r.get(4)?)),
        )
        .optional()?;
    let Some((local, zone, duration, status, changed)) = row else {
        return Ok(None);
    };
    let zone = super::plan::stored_zone(interview_id, &zone)?;
    let (Ok(start_local), Some(status)) = (
        NaiveDateTime::parse_from_str(&local, "%Y-%m-%dT%H:%M"),
        Status::from_sql_name(&status),
    ) else {
        return Ok(None);
    };
    Ok(Some(PlanInput {
        start_local,
        zone,
        duration_minutes: duration,
        status,
        status_changed_at: changed.and_then(|t| DateTime::from_timestamp(t, 0)),
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
        Ok((r.get::<_, String>(0)?, own))
    })?;
    Ok(rows
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter_map(|(k, own)| Some((Kind::from_sql_name(&k)?, own)))
        .collect())
}

/// Brings one interview's reminders in line with its plan. Pending ones move; a skipped one whose
/// new time is still ahead waits again; fired and snoozed ones stay as they are; a reminder new to
/// the plan whose time has already passed is recorded as skipped, so adding last week's interview
/// does not set off last week's reminders.
pub fn replan(
    conn: &Connection,
    interview_id: i64,
    now: DateTime<Utc>,
    device_zone: Tz,
) -> Result<()> {
    let Some(input) = input(conn, interview_id)? else {
        return Ok(());
    };
    let settings = settings(conn)?;
    let planned: HashMap<Kind, DateTime<Utc>> = plan(
        &input,
        &settings,
        &switches(conn, interview_id)?,
        device_zone,
    )
    .into_iter()
    .map(|p| (p.kind, p.due))
    .collect();
    let start = super::resolve_local(input.start_local, input.zone);
    let mut stmt =
        conn.prepare_cached("SELECT id, kind, state FROM reminder WHERE interview_id = ?1")?;
    let existing: HashMap<Kind, (i64, String)> = stmt
        .query_map([interview_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter_map(|(id, kind, state)| Some((Kind::from_sql_name(&kind)?, (id, state))))
        .collect();
    for kind in Kind::ALL {
        let due = planned.get(&kind).copied();
        let still_useful = |due: DateTime<Utc>| due > now && !(kind.is_before() && start <= now);
        match (due, existing.get(&kind)) {
            (Some(due), None) => {
                let state = if still_useful(due) {
                    "pending"
                } else {
                    "skipped"
                };
                conn.execute(
                    "INSERT INTO reminder (interview_id, kind, due_at, state) VALUES (?1, ?2, ?3, ?4)",
                    params![interview_id, kind.as_str(), due.timestamp(), state],
                )?;
            }
            (Some(due), Some((id, state))) if state == "pending" => {
                conn.execute(
                    "UPDATE reminder SET due_at = ?2 WHERE id = ?1",
                    params![id, due.timestamp()],
                )?;
            }
            (Some(due), Some((id, state))) if state == "skipped" && still_useful(due) => {
                conn.execute(
                    "UPDATE reminder SET due_at = ?2, state = 'pending' WHERE id = ?1",
                    params![id, due.timestamp()],
                )?;
            }
            (None, Some((id, state))) if state == "pending" || state == "snoozed" => {
                conn.execute("DELETE FROM reminder WHERE id = ?1", [id])?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Re-plans every interview whose reminders may still matter (after a settings change, and at
/// start-up, where the device's zone may have changed).
/// Call it inside a transaction.
pub fn replan_all(conn: &Connection, now: DateTime<Utc>, device_zone: Tz) -> Result<()> {
    let horizon = (now - Duration::days(70)).timestamp();
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM interview WHERE start_utc >= ?1 OR status = 'rejected'")?
        .query_map([horizon], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in ids {
        replan(conn, id, now, device_zone)?;
    }
    Ok(())
}

/// A reminder that came due, as the notification and the app show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Due {
    pub id: i64,
    pub interview_id: i64,
    pub kind: Kind,
    pub due_at: DateTime<Utc>,
    pub company: String,
    pub role: String,
    pub start_utc: DateTime<Utc>,
    pub time_zone: String,
    pub start_local: String,
}

const DUE_SELECT: &str = "SELECT r.id, r.interview_id, r.kind, r.due_at, i.company, i.role, i.start_utc, i.time_zone, i.start_local
     FROM reminder r JOIN interview i ON i.id = r.interview_id";

fn due_row(r: &rusqlite::Row) -> rusqlite::Result<Due> {
    let kind: String = r.get(2)?;
    Ok(Due {
        id: r.get(0)?,
        interview_id: r.get(1)?,
        kind: Kind::from_sql_name(&kind).unwrap_or(Kind::AfterEnd),
        due_at: DateTime::from_timestamp(r.get(3)?, 0).unwrap_or_default(),
        company: r.get(4)?,
        role: r.get(5)?,
        start_utc: DateTime::from_timestamp(r.get(6)?, 0).unwrap_or_default(),
        time_zone: r.get(7)?,
        start_local: r.get(8)?,
    })
}

/// Claims every reminder due at `now` and returns the ones to show. A "before" reminder whose
/// interview has begun is skipped instead; an "after" reminder fires late rather than never.
pub fn take_due(conn: &mut Connection, now: DateTime<Utc>) -> Result<Vec<Due>> {
    let tx = conn.transaction()?;
    let candidates: Vec<Due> = tx
        .prepare_cached(&format!(
            "{DUE_SELECT} WHERE r.state IN ('pending', 'snoozed') AND r.due_at <= ?1 ORDER BY r.due_at, r.id"
        ))?
        .query_map([now.timestamp()], due_row)?
        .collect::<rusqlite::Result<_>>()?;
    let mut fired = Vec::new();
    for due in candidates {
        let too_late = due.kind.is_before() && due.start_utc <= now;
        let state = if too_late { "skipped" } else { "fired" };
        let claimed = tx.execute(
            "UPDATE reminder SET state = ?2, fired_at = CASE WHEN ?2 = 'fired' THEN ?3 END
             WHERE id = ?1 AND state IN ('pending', 'snoozed')",
            params![due.id, state, now.timestamp()],
        )?;
        if claimed == 1 && !too_late {
            fired.push(due);
        }
    }
    tx.commit()?;
    Ok(fired)
}

/// Every reminder still waiting, soonest first: what a phone hands to the OS to schedule.
pub fn pending(conn: &Connection) -> Result<Vec<Due>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{DUE_SELECT} WHERE r.state IN ('pending', 'snoozed') ORDER BY r.due_at, r.id"
    ))?;
    let rows = stmt.query_map([], due_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The next instant a reminder is due, if any is waiting.
pub fn next_due(conn: &Connection) -> Result<Option<DateTime<Utc>>> {
    let at: Option<i64> = conn.query_row(
        "SELECT min(due_at) FROM reminder WHERE state IN ('pending', 'snoozed')",
        [],
        |r| r.get(0),
    )?;
    Ok(at.and_then(|t| DateTime::from_timestamp(t, 0)))
}

/// Fired reminders the user has not opened yet, newest first: shown first when the app opens.
pub fn fired_unseen(conn: &Connection) -> Result<Vec<Due>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{DUE_SELECT} WHERE r.state = 'fired' AND r.seen_at IS NULL ORDER BY r.fired_at DESC, r.id DESC LIMIT 20"
    ))?;
    let rows = stmt.query_map([], due_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Snooze {
    Minutes15,
    Hour1,
    /// Tomorrow at the end of the quiet hours (08:00 by default), where the user is.
    TomorrowMorning,
}

/// Asks for a reminder again later. A "before" reminder cannot be put off past the start.
pub fn snooze(
    conn: &mut Connection,
    reminder_id: i64,
    how: Snooze,
    now: DateTime<Utc>,
    device_zone: Tz,
) -> Result<()> {
    let tx = conn.transaction()?;
    let found: Option<(String, i64)> = tx
        .query_row(
            "SELECT r.kind, i.start_utc FROM reminder r JOIN interview i ON i.id = r.interview_id
             WHERE r.id = ?1 AND r.state IN ('pending', 'snoozed', 'fired')",
            [reminder_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((kind, start)) = found else {
        return Err(Error::field("reminderId", Problem::UnknownItem));
    };
    let settings = settings(&tx)?;
    let due = match how {
        Snooze::Minutes15 => now + Duration::minutes(15),
        Snooze::Hour1 => now + Duration::hours(1),
        Snooze::TomorrowMorning => {
            let tomorrow = now.with_timezone(&device_zone).date_naive() + Duration::days(1);
            let morning = if settings.quiet_hours.enabled {
                settings.quiet_hours.end
            } else {
                8 * 60
            };
            super::resolve_local(tomorrow.and_time(super::time_of_day(morning)), device_zone)
        }
    };
    if Kind::from_sql_name(&kind).is_some_and(Kind::is_before) && due.timestamp() >= start {
        return Err(Error::field("snooze", Problem::SnoozePastStart));
    }
    tx.execute(
        "UPDATE reminder SET state = 'snoozed', due_at = ?2, seen_at = NULL WHERE id = ?1",
        params![reminder_id, due.timestamp()],
    )?;
    Ok(tx.commit()?)
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
    let rows: HashMap<Kind, (i64, i64, String, Option<i64>)> = stmt
        .query_map([interview_id], |r| {
            Ok((
                r.get::<_, String>(1)?,
                (r.get(0)?, r.get(2)?, r.get(3)?, r.get(4)?),
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter_map(|(k, row)| Some((Kind::from_sql_name(&k)?, row)))
        .collect();
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
                due_at: row.and_then(|r| DateTime::from_timestamp(r.1, 0)),
                state: row.map(|r| r.2.clone()),
                fired_at: row
                    .and_then(|r| r.3)
                    .and_then(|t| DateTime::from_timestamp(t, 0)),
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
