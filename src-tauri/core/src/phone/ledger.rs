//! The ledger of what this device handed to the OS (table `os_notification`).

use super::plan::{is_report_key, Held, OsReminder, TapTarget};
use crate::enums::unreadable;
use crate::error::Result;
use crate::interview::store::instant_column;
use crate::reminders::Kind;
use crate::service::Screen;
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

pub fn held(conn: &Connection) -> Result<Vec<Held>> {
    let mut stmt =
        conn.prepare_cached("SELECT os_id, reminder_key, at, fingerprint FROM os_notification")?;
    let rows = stmt.query_map([], |r| {
        Ok(Held {
            id: r.get(0)?,
            key: r.get(1)?,
            at: instant_column(r, 2)?,
            fingerprint: r.get(3)?,
        })
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(unreadable("os notification"))
}

/// Records the outcome of one hand-over: what the OS now holds and what it no longer does.
pub fn record(conn: &mut Connection, handed: &[OsReminder], gone: &[i32]) -> Result<()> {
    let tx = conn.transaction()?;
    for id in gone {
        tx.execute("DELETE FROM os_notification WHERE os_id = ?1", [id])?;
    }
    for reminder in handed {
        tx.execute(
            "INSERT INTO os_notification (os_id, reminder_key, at, fingerprint) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (os_id) DO UPDATE SET reminder_key = excluded.reminder_key,
                 at = excluded.at, fingerprint = excluded.fingerprint",
            params![
                reminder.id,
                reminder.key,
                reminder.at.timestamp(),
                reminder.fingerprint()
            ],
        )?;
    }
    Ok(tx.commit()?)
}

/// Forgets what was due by `now`: the OS has shown it, or lost it in a reboot.
pub fn forget_until(conn: &Connection, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "DELETE FROM os_notification WHERE at <= ?1",
        [now.timestamp()],
    )?;
    Ok(())
}

/// The reminder a notification the OS showed stands for: by its id (iOS says which was tapped),
/// else the one shown last (Android's tap names none). `None` if the ledger has forgotten it or
/// its interview is gone; if only the reminder is gone, its interview's screen still opens. A
/// reporting reminder opens the report, which is always there.
pub fn tapped(
    conn: &Connection,
    os_id: Option<i32>,
    now: DateTime<Utc>,
) -> Result<Option<TapTarget>> {
    let key: Option<String> = match os_id {
        Some(id) => conn
            .query_row(
                "SELECT reminder_key FROM os_notification WHERE os_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?,
        None => conn
            .query_row(
                "SELECT reminder_key FROM os_notification WHERE at <= ?1 ORDER BY at DESC, os_id DESC LIMIT 1",
                [now.timestamp()],
                |r| r.get(0),
            )
            .optional()?,
    };
    if key.as_deref().is_some_and(is_report_key) {
        return Ok(Some(TapTarget::REPORT));
    }
    let Some((uid, kind)) = key.as_deref().and_then(|k| k.rsplit_once(':')) else {
        return Ok(None);
    };
    let Some(kind) = Kind::from_sql_name(kind) else {
        return Ok(None);
    };
    // The screen is the interview's, found by its uid; the reminder row is only what the tap
    // marks seen. That row may be gone while its notification is still on the screen (a fired
    // reminder snoozed, then its kind switched off or its task done, is deleted by the re-plan):
    // the user tapped a real notification of an interview that is there, so its screen opens.
    let found: Option<(i64, Option<i64>)> = conn
        .query_row(
            "SELECT i.id, r.id FROM interview i
             LEFT JOIN reminder r ON r.interview_id = i.id AND r.kind = ?2
             WHERE coalesce(i.uid, 'row-' || i.id) = ?1",
            params![uid, kind.as_str()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(found.map(|(interview_id, reminder_id)| TapTarget {
        reminder_id: reminder_id.unwrap_or(TapTarget::NO_REMINDER),
        interview_id,
        screen: Screen::of(kind),
    }))
}
