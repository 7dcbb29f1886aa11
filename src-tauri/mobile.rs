//! Phones: the OS shows the reminders, so they arrive with the app closed. What the OS is given
//! and when is decided in the core (`intervju_core::phone`); this file carries it out through
//! the notification plugin, at launch, when the app comes back to the front, and after every
//! change (a save, a setting, a sync), and turns a tap into the screen it opens.
//!
//! Not built on the project's machines (no Android or iOS SDK there). `make check-mobile`
//! type-checks it against the desktop build of Tauri; the few calls that exist only in the
//! phone builds of Tauri and the plugin are in `seam`, the one part it cannot check.

mod seam;

use crate::notifications::Opened;
use crate::AppState;
use intervju_core::error::chain;
use intervju_core::phone::{wire_seconds, Alert, Occasion, OsNotifier, OsReminder};
use intervju_core::Core;
use tauri::{App, AppHandle, Emitter, Manager, RunEvent, Runtime};
use tauri_plugin_notification::{NotificationExt, Schedule};

/// The notification plugin as the core's [`OsNotifier`].
struct PluginOs<'a, R: Runtime> {
    app: &'a AppHandle<R>,
    device_zone: chrono_tz::Tz,
}

impl<R: Runtime> OsNotifier for PluginOs<'_, R> {
    fn schedule(&mut self, reminder: &OsReminder) -> Result<(), String> {
        let seconds = wire_seconds(reminder.at, self.device_zone, seam::DATE_READING);
        let date = time::OffsetDateTime::from_unix_timestamp(seconds).map_err(|e| e.to_string())?;
        self.app
            .notification()
            .builder()
            .id(reminder.id)
            .title(&reminder.title)
            .body(&reminder.body)
            // iOS reads only text values here.
            .extra("reminderId", reminder.tap.reminder_id.to_string())
            .extra("interviewId", reminder.tap.interview_id.to_string())
            .extra("screen", <&str>::from(reminder.tap.screen))
            .schedule(Schedule::At {
                date,
                repeating: false,
                allow_while_idle: true,
            })
            .show()
            .map_err(|e| e.to_string())
    }

    fn cancel(&mut self, ids: &[i32]) -> Result<(), String> {
        seam::cancel(self.app, ids.to_vec())
    }

    fn show(&mut self, alert: &Alert) -> Result<(), String> {
        self.app
            .notification()
            .builder()
            .title(&alert.title)
            .body(&alert.body)
            .show()
            .map_err(|e| e.to_string())
    }
}

pub fn setup<R: Runtime>(app: &mut App<R>) -> tauri::Result<()> {
    app.manage(Opened::default());
    let handle = app.handle().clone();
    let tapped = handle.clone();
    if let Err(error) = app.notification().on_action(move |action| {
        if action.action_id() == "tap" {
            opened(&tapped, action.notification().map(|n| n.id()));
        }
    }) {
        log::error!("taps on notifications will not open their screen: {error}");
    }
    if let Some(state) = app.try_state::<AppState>() {
        let after = handle.clone();
        state.after_changes(Box::new(move |core, _folded| {
            hand_over(&after, core, Occasion::Change)
        }));
    }
    // Off the first screen's path: the hand-over waits its turn on the blocking pool.
    start(&handle);
    Ok(())
}

/// The app came back to the front: what came due meanwhile is claimed, and everything handed
/// over again (the phone may have rebooted).
pub fn on_event<R: Runtime>(app: &AppHandle<R>, event: &RunEvent) {
    if seam::is_resumed(event) {
        start(app);
        crate::network::resumed(app);
    }
}

fn start<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let Some(state) = app.try_state::<AppState>() else {
            return;
        };
        state.with_core(|core| hand_over(&app, core, Occasion::Start));
    });
}

/// One hand-over; what it claimed is shown in the window's "waiting for you" strip, and a
/// reporting reminder in the report's banner (as on the desktop).
fn hand_over<R: Runtime>(app: &AppHandle<R>, core: &Core, occasion: Occasion) {
    let mut os = PluginOs {
        app,
        device_zone: core.device_zone(),
    };
    match core.hand_over_reminders(&mut os, occasion) {
        Ok(report) => {
            for notification in &report.claimed {
                if let Err(error) = app.emit("reminder-due", notification) {
                    log::error!("the window was not told of a due reminder: {error}");
                }
            }
            for notification in &report.claimed_reports {
                if let Err(error) = app.emit("report-due", notification) {
                    log::error!("the window was not told of a due report: {error}");
                }
            }
        }
        Err(error) => log::error!("reminders were not handed to the OS: {}", chain(&error)),
    }
}

/// A tap on a notification: the screen it stands for is kept for the window (which may not be
/// listening yet, on a cold start) and the window is told.
fn opened<R: Runtime>(app: &AppHandle<R>, os_id: Option<i32>) {
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let Some(state) = app.try_state::<AppState>() else {
            return;
        };
        let target = match state.with_core(|core| core.tapped(os_id)) {
            Some(Ok(Some(target))) => target,
            Some(Ok(None)) | None => return,
            Some(Err(error)) => {
                log::error!("a tapped notification could not be read: {}", chain(&error));
                return;
            }
        };
        if let Some(opened) = app.try_state::<Opened>() {
            opened.put(target);
        }
        if let Err(error) = app.emit("intervju://opened", target) {
            log::error!("the window was not told of a tap: {error}");
        }
    });
}

/// Start at login: not on phones (the OS starts nothing; it shows the reminders itself).
pub fn autostart<R: Runtime>(_app: &AppHandle<R>) -> intervju_core::Result<bool> {
    Ok(false)
}

pub fn set_autostart<R: Runtime>(
    _app: &AppHandle<R>,
    _request: crate::commands::AutostartRequest,
) -> intervju_core::Result<bool> {
    Err(intervju_core::Error::InvalidRequest(
        "start at login does not exist on phones".into(),
    ))
}
