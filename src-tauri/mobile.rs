//! Phones: the OS schedules notifications through the plugin's `Schedule`, so they arrive even
//! when the app is not running. Every launch hands the OS the current plan again, with stable ids
//! (the reminder's own id), so a re-plan replaces rather than duplicates.
//!
//! Not built on the project's machines (no Android or iOS SDK there); kept compiling in design.

use crate::AppState;
use tauri::{App, Manager, Runtime};
use tauri_plugin_notification::{NotificationExt, Schedule};

pub fn setup<R: Runtime>(app: &mut App<R>) -> tauri::Result<()> {
    let Some(core) = app
        .try_state::<AppState>()
        .and_then(|s| s.inner().0.as_ref().ok())
    else {
        return Ok(());
    };
    let _ = core.replan_reminders();
    let notifications = app.notification();
    let _ = notifications.cancel_all();
    for n in core.pending_notifications().unwrap_or_default() {
        let Ok(date) = time::OffsetDateTime::from_unix_timestamp(n.reminder.due_at.timestamp())
        else {
            continue;
        };
        let _ = notifications
            .builder()
            .id(n.reminder.id as i32)
            .title(&n.title)
            .body(&n.body)
            .schedule(Schedule::At {
                date,
                repeating: false,
                allow_while_idle: true,
            })
            .show();
    }
    Ok(())
}
