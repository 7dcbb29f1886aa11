//! The reporting reminders in SQLite (`report_reminder`, this device's delivery state): planned
//! from the settings and what is reported, claimed once each in one transaction.

use super::super::remind::{self, ReminderKind};
use super::super::{Authority, Period, ReportingSettings};
use super::{date_column, date_text, reported, settings};
use crate::enums::unreadable;
use crate::error::Result;
use crate::interview::store::instant_column;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection};
use serde::Serialize;
use std::collections::HashMap;

/// A reporting reminder that came due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportDue {
    pub id: i64,
    pub authority: Authority,
    pub period: Period,
    pub kind: ReminderKind,
    pub due_at: DateTime<Utc>,
}

/// Brings the reporting reminders in line with the settings and what is reported. A pending one
/// moves or goes (its period reported, the authority changed); a new one whose time has passed is
/// recorded as skipped, so choosing NAV on the due date's evening does not remind of that
/// morning. Fired and skipped ones stay as they are: each is shown once, ever.
pub fn replan(conn: &Connection, now: DateTime<Utc>, device_zone: Tz) -> Result<()> {
    let settings = settings(conn)?;
    let today = now.with_timezone(&device_zone).date_naive();
    let quiet_hours = crate::reminders::settings(conn)?.quiet_hours;
    let reported = reported_periods(conn, &settings)?;
    let planned = remind::plan(&settings, today, &reported, quiet_hours, device_zone);
    type Key = (Authority, NaiveDate, ReminderKind);
    let existing: HashMap<Key, (i64, String)> = conn
        .prepare_cached("SELECT id, authority, period_start, kind, state FROM report_reminder")?
        .query_map([], |r| {
            Ok((
                (r.get(1)?, date_column(r, 2)?, r.get(3)?),
                (r.get(0)?, r.get(4)?),
            ))
        })?
        .collect::<rusqlite::Result<_>>()
        .map_err(unreadable("report reminder"))?;
    for p in &planned {
        match existing.get(&(p.authority, p.period.start, p.kind)) {
            None => {
                let state = if p.due > now { "pending" } else { "skipped" };
                conn.execute(
                    "INSERT INTO report_reminder (authority, period_start, period_end, kind, due_at, state)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        p.authority,
                        date_text(p.period.start),
                        date_text(p.period.end),
                        p.kind,
                        p.due.timestamp(),
                        state
                    ],
                )?;
            }
            Some((id, state)) if state == "pending" => {
                conn.execute(
                    "UPDATE report_reminder SET due_at = ?2, period_end = ?3 WHERE id = ?1",
                    params![id, p.due.timestamp(), date_text(p.period.end)],
                )?;
            }
            Some(_) => {}
        }
    }
    for ((authority, start, kind), (id, state)) in &existing {
        let still = planned
            .iter()
            .any(|p| p.authority == *authority && p.period.start == *start && p.kind == *kind);
        if !still && state == "pending" {
            conn.execute("DELETE FROM report_reminder WHERE id = ?1", [id])?;
        }
    }
    Ok(())
}

/// The pending reminders due by `until` (all of them if `None`), soonest first.
fn pending_rows(conn: &Connection, until: Option<DateTime<Utc>>) -> Result<Vec<ReportDue>> {
    conn.prepare_cached(
        "SELECT id, authority, period_start, period_end, kind, due_at FROM report_reminder
         WHERE state = 'pending' AND (?1 IS NULL OR due_at <= ?1) ORDER BY due_at, id",
    )?
    .query_map([until.map(|t| t.timestamp())], |r| {
        Ok(ReportDue {
            id: r.get(0)?,
            authority: r.get(1)?,
            period: Period {
                start: date_column(r, 2)?,
                end: date_column(r, 3)?,
            },
            kind: r.get(4)?,
            due_at: instant_column(r, 5)?,
        })
    })?
    .collect::<rusqlite::Result<_>>()
    .map_err(unreadable("report reminder"))
}

/// The periods marked reported to the authority chosen (none when there is none): all that the
/// planner and `still_wanted` need of them.
fn reported_periods(conn: &Connection, settings: &ReportingSettings) -> Result<Vec<Period>> {
    Ok(match settings.authority {
        Some(authority) => reported(conn, authority)?
            .into_iter()
            .map(|r| r.period)
            .collect(),
        None => Vec::new(),
    })
}

/// Whether a pending reminder is still to be shown: its period not marked reported (here or on a
/// paired device, whose mark arrives by sync without a re-plan) and its authority still the one
/// chosen. The one rule for the desktop's claim and for what a phone's OS is given; `reported`
/// is `reported_periods` of the same settings.
fn still_wanted(settings: &ReportingSettings, reported: &[Period], due: &ReportDue) -> bool {
    settings.authority == Some(due.authority) && !remind::is_reported(due.period, reported)
}

/// Claims every reporting reminder due at `now` and returns the ones to show; one whose period
/// was reported meanwhile (here or on a paired device) is skipped. Then plans ahead, so the next
/// period's reminders wait. One transaction: each reminder comes back once, ever.
pub fn claim_due(
    conn: &mut Connection,
    now: DateTime<Utc>,
    device_zone: Tz,
) -> Result<Vec<ReportDue>> {
    let tx = conn.transaction()?;
    let rows = pending_rows(&tx, Some(now))?;
    let settings = settings(&tx)?;
    let reported = reported_periods(&tx, &settings)?;
    let mut shown = Vec::new();
    for due in rows {
        let show = still_wanted(&settings, &reported, &due);
        tx.execute(
            "UPDATE report_reminder SET state = ?2, fired_at = CASE WHEN ?2 = 'fired' THEN ?3 END
             WHERE id = ?1 AND state = 'pending'",
            params![
                due.id,
                if show { "fired" } else { "skipped" },
                now.timestamp()
            ],
        )?;
        if show {
            shown.push(due);
        }
    }
    replan(&tx, now, device_zone)?;
    tx.commit()?;
    Ok(shown)
}

/// The next instant a reporting reminder is due, if one waits.
pub fn next_due(conn: &Connection) -> Result<Option<DateTime<Utc>>> {
    conn.query_row(
        "SELECT min(due_at) FROM report_reminder WHERE state = 'pending'",
        [],
        |r| crate::interview::store::optional_instant_column(r, 0),
    )
    .map_err(unreadable("report reminder"))
}

/// The reminders still to come that would be shown if they came due now (see `still_wanted`),
/// soonest first: a phone hands these to its OS.
pub fn waiting(conn: &Connection) -> Result<Vec<ReportDue>> {
    let settings = settings(conn)?;
    let reported = reported_periods(conn, &settings)?;
    let mut waiting = pending_rows(conn, None)?;
    waiting.retain(|due| still_wanted(&settings, &reported, due));
    Ok(waiting)
}
