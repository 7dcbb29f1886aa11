//! The global reminder settings, stored as JSON under one `setting` key. Settings this version
//! cannot read (damaged, hand-edited, or out of bounds) never stop reminders: the defaults apply,
//! and the value is set aside under another key and reported once (`take_settings_notice`).

use crate::error::{Error, Result};
use crate::reminders::ReminderSettings;
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

const SETTINGS_KEY: &str = "reminders";

/// The global reminder settings; the defaults until the user changes them, and also while a
/// stored value cannot be read (logged; `take_settings_notice` sets it aside and says so).
pub fn settings(conn: &Connection) -> Result<ReminderSettings> {
    Ok(match stored_settings(conn)? {
        Some(Err(reason)) => {
            tracing::warn!(
                reason,
                "reminder settings cannot be read; the defaults apply"
            );
            ReminderSettings::default()
        }
        Some(Ok(settings)) => settings,
        None => ReminderSettings::default(),
    })
}

/// The stored settings, if any: read, or why they cannot be (never the value itself, which is
/// the user's).
fn stored_settings(conn: &Connection) -> Result<Option<Result<ReminderSettings, String>>> {
    let stored: Option<String> = conn
        .query_row(
            "SELECT value FROM setting WHERE key = ?1",
            [SETTINGS_KEY],
            |r| r.get(0),
        )
        .optional()?;
    Ok(stored.map(|json| {
        let settings: ReminderSettings = serde_json::from_str(&json)
            .map_err(|e| format!("{:?} error at line {}", e.classify(), e.line()))?;
        match settings.problem() {
            Some((field, problem)) => Err(format!("{field} is {}", problem.code())),
            None => Ok(settings),
        }
    }))
}

/// Reminder settings that could not be read were set aside, and the defaults apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingsNotice {
    /// The `setting` key the unreadable value now has, byte for byte as it was.
    pub kept_as: String,
    pub set_aside_at: DateTime<Utc>,
}

/// Whether the stored reminder settings cannot be read (a read: the notice can be told before
/// the settings are set aside by [`take_settings_notice`]).
pub fn settings_unreadable(conn: &Connection) -> Result<bool> {
    Ok(matches!(stored_settings(conn)?, Some(Err(_))))
}

/// Sets unreadable reminder settings aside (renamed to `reminders.unreadable.<time>`, so nothing
/// is lost and the next read is clean) and says so, once; `None` when they read fine. Needs the
/// writing connection.
pub fn take_settings_notice(
    conn: &Connection,
    now: DateTime<Utc>,
) -> Result<Option<SettingsNotice>> {
    let Some(Err(reason)) = stored_settings(conn)? else {
        return Ok(None);
    };
    let kept_as = format!(
        "{SETTINGS_KEY}.unreadable.{}",
        now.format("%Y-%m-%dT%H:%M:%SZ")
    );
    // One statement renames it: it is never removed without being kept, even outside a
    // transaction.
    conn.execute(
        "UPDATE OR REPLACE setting SET key = ?2 WHERE key = ?1",
        params![SETTINGS_KEY, kept_as],
    )?;
    tracing::warn!(
        reason,
        kept_as,
        "unreadable reminder settings set aside; the defaults apply"
    );
    Ok(Some(SettingsNotice {
        kept_as,
        set_aside_at: now,
    }))
}

pub fn save_settings(conn: &Connection, settings: &ReminderSettings) -> Result<()> {
    let json = serde_json::to_string(settings).map_err(|e| Error::InvalidRequest(e.to_string()))?;
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![SETTINGS_KEY, json],
    )?;
    Ok(())
}
