//! Desktop: the notification plugin does not schedule here, so the app runs its own scheduler on
//! Tauri's async runtime. It keeps running with the window closed (the tray icon opens or quits
//! the app), and can start at login. On Linux a click on a reminder's notification opens its
//! screen and its buttons snooze it (`notify`); elsewhere notifications are plain text.

#[cfg(target_os = "linux")]
mod notify;

use crate::notifications::Opened;
use crate::scheduler::{Alarm, Wake};
use crate::AppState;
use intervju_core::error::chain;
use intervju_core::i18n::text;
use intervju_core::invitations::handed::files_in_args;
use intervju_core::phone::Alert;
use intervju_core::reminders::FALLBACK_RECHECK;
use intervju_core::service::{Notification, ReportNotification};
use intervju_core::Locale;
use std::path::Path;
use std::time::Duration;
use tauri::menu::{Menu, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{App, AppHandle, DragDropEvent, Emitter, Manager, Runtime, WindowEvent};
use tauri_plugin_autostart::{AutoLaunchManager, ManagerExt};
use tauri_plugin_notification::NotificationExt;

/// The tray menu's two entries, in the user's language.
fn tray_menu<R: Runtime, M: Manager<R>>(app: &M, locale: Locale) -> tauri::Result<Menu<R>> {
    let item = |id: &str, label: &str| {
        MenuItem::with_id(app, id, text(locale, label, None), true, None::<&str>)
    };
    Menu::with_items(
        app,
        &[&item("open", "tray-open")?, &item("quit", "tray-quit")?],
    )
}

/// After the language changed in Settings, the tray speaks it too.
pub fn relabel_tray<R: Runtime>(app: &AppHandle<R>, locale: Locale) {
    let Some(tray) = app.tray_by_id("main") else {
        return;
    };
    if let Err(error) = tray_menu(app, locale).and_then(|menu| tray.set_menu(Some(menu))) {
        log::error!("the tray menu could not be relabelled: {error}");
    }
}

pub fn setup<R: Runtime>(app: &mut App<R>) -> tauri::Result<()> {
    // The user's language; the system's while the database cannot be opened.
    let locale = app.try_state::<AppState>().map_or(Locale::En, |state| {
        state
            .with_core(|core| core.locale())
            .unwrap_or_else(|| state.fallback())
    });
    let mut tray = TrayIconBuilder::with_id("main")
        .menu(&tray_menu(app, locale)?)
        .tooltip("Intervju");
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.on_menu_event(|app, event| match event.id.as_ref() {
        "open" => crate::bring_forward(app),
        "quit" => app.exit(0),
        _ => {}
    })
    .build(app)?;

    // Closing the window hides it: the scheduler keeps running until "Quit" in the tray.
    if let Some(window) = app.get_webview_window("main") {
        let hidden = window.clone();
        let app = app.handle().clone();
        window.on_window_event(move |event| match event {
            WindowEvent::CloseRequested { api, .. } => {
                api.prevent_close();
                if let Err(error) = hidden.hide() {
                    log::error!("the window could not be hidden: {error}");
                }
            }
            // A file dropped on the window goes where "Open with" sends one.
            WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) => {
                crate::handed::hand_over(&app, paths.clone());
            }
            _ => {}
        });
    }
    // What a click on a notification opened waits here until the window takes it.
    app.manage(Opened::default());
    #[cfg(target_os = "linux")]
    app.manage(notify::start(app.handle()));
    // "Open with Intervju" when it was not running: the file is on this start's command line.
    let cwd = std::env::current_dir().unwrap_or_default();
    crate::handed::hand_over(app.handle(), files_in_args(std::env::args_os(), &cwd));
    spawn_scheduler(app.handle().clone());
    Ok(())
}

/// A second start of the app (the single-instance plugin, on its D-Bus thread): the running
/// window comes forward, with the file the second start was asked to open, found from that
/// start's working folder.
pub fn second_start<R: Runtime>(app: &AppHandle<R>, args: Vec<String>, cwd: String) {
    crate::bring_forward(app);
    crate::handed::hand_over(app, files_in_args(args, Path::new(&cwd)));
}

/// macOS hands a file opened with the app (Finder, Mail) to the running app as an event, never
/// on the command line. Not compiled or run on our Linux machines (README, "Open with").
#[cfg(target_os = "macos")]
pub fn on_event<R: Runtime>(app: &AppHandle<R>, event: &tauri::RunEvent) {
    if let tauri::RunEvent::Opened { urls } = event {
        let files = urls.iter().filter_map(|url| url.to_file_path().ok());
        crate::handed::hand_over(app, files.collect());
    }
}

/// Runs the reminder scheduler (see `scheduler`) on Tauri's async runtime: told by the OS of
/// clock changes and of waking from sleep (Linux), and rung after saved changes.
///
/// Due reminders are fired at once; the heavier housekeeping (re-planning every interview, the
/// day's backup) waits until the app has settled, so the first screen does not queue behind it
/// for the database (with 10,000 interviews both together took longer than the start-up).
fn spawn_scheduler<R: Runtime>(app: AppHandle<R>) {
    let alarm = Alarm::default();
    #[cfg(target_os = "linux")]
    crate::scheduler::linux::listen(&alarm);
    if let Some(state) = app.try_state::<AppState>() {
        let rung = alarm.clone();
        state.after_changes(Box::new(move |_core, _folded| rung.ring()));
    }
    tauri::async_runtime::spawn(crate::scheduler::run(alarm, move |orders| {
        wake(&app, orders)
    }));
}

/// One wake of the scheduler: housekeeping once settled, then whatever is due. Returns how long
/// to sleep. Without an open database (it may be recovered meanwhile) it only waits.
fn wake<R: Runtime>(app: &AppHandle<R>, orders: Wake) -> Option<Duration> {
    with_core(app, |core| {
        if orders.replan {
            if let Err(error) = core.replan_reminders() {
                log::error!("could not re-plan reminders: {}", chain(&error));
            }
        }
        if orders.settled {
            if let Err(error) = core.backup_if_due() {
                log::error!("today's backup failed: {}", chain(&error));
            }
        }
        match core.fire_due_report_reminders() {
            Ok(due) => due
                .iter()
                .for_each(|n| deliver_report(app, n, core.report_notification_actions())),
            Err(error) => log::error!("reporting reminders could not be read: {}", chain(&error)),
        }
        match core.fire_due_reminders() {
            Ok(due) => {
                for notification in &due {
                    let actions = core
                        .notification_actions(notification)
                        .unwrap_or_else(|error| {
                            log::error!("a reminder is shown without buttons: {}", chain(&error));
                            Vec::new()
                        });
                    deliver(app, notification, actions);
                }
                core.next_wake(orders.signals).unwrap_or_else(|error| {
                    log::error!("the next reminder could not be read: {}", chain(&error));
                    Some(FALLBACK_RECHECK)
                })
            }
            Err(error) => {
                log::error!("reminders could not be read: {}", chain(&error));
                Some(FALLBACK_RECHECK)
            }
        }
    })
    .unwrap_or(Some(FALLBACK_RECHECK))
}

fn with_core<R: Runtime, T>(
    app: &AppHandle<R>,
    f: impl FnOnce(&intervju_core::Core) -> T,
) -> Option<T> {
    app.try_state::<AppState>()?.with_core(f)
}

/// Shows the notification, with `actions` (keys and labels) where the notification server shows
/// them (Linux), and tells an open window, which lists it first.
fn deliver<R: Runtime>(
    app: &AppHandle<R>,
    notification: &Notification,
    actions: Vec<(String, String)>,
) {
    show(app, Alert::from(notification.clone()), actions);
    if let Err(error) = app.emit("reminder-due", notification) {
        log::error!("the window was not told of a due reminder: {error}");
    }
}

/// Shows `alert` with its buttons through the notification server where there is one (Linux),
/// else, or when that fails, as plain text through the plugin.
fn show<R: Runtime>(app: &AppHandle<R>, alert: Alert, actions: Vec<(String, String)>) {
    #[cfg(target_os = "linux")]
    let shown = notify::show(app, alert.clone(), actions);
    #[cfg(not(target_os = "linux"))]
    let shown = {
        drop(actions);
        false
    };
    if !shown {
        show_plain(app, &alert.title, &alert.body);
    }
}

/// The notification plugin's plain notification: title and body, nothing to click.
fn show_plain<R: Runtime>(app: &AppHandle<R>, title: &str, body: &str) {
    if let Err(error) = app.notification().builder().title(title).body(body).show() {
        log::error!("notification not shown: {error}");
    }
}

/// Shows a reporting reminder (a click opens the report) and tells an open window, which shows
/// the report's banner.
fn deliver_report<R: Runtime>(
    app: &AppHandle<R>,
    notification: &ReportNotification,
    actions: Vec<(String, String)>,
) {
    show(app, Alert::from(notification.clone()), actions);
    if let Err(error) = app.emit("report-due", notification) {
        log::error!("the window was not told of a due report: {error}");
    }
}

fn autostart_error(error: impl std::fmt::Display) -> intervju_core::Error {
    intervju_core::Error::Io(std::io::Error::other(error.to_string()))
}

pub fn autostart<R: Runtime>(app: &AppHandle<R>) -> intervju_core::Result<bool> {
    if app.try_state::<AutoLaunchManager>().is_none() {
        return Ok(false);
    }
    app.autolaunch().is_enabled().map_err(autostart_error)
}

pub fn set_autostart<R: Runtime>(
    app: &AppHandle<R>,
    request: crate::commands::AutostartRequest,
) -> intervju_core::Result<bool> {
    if app.try_state::<AutoLaunchManager>().is_none() {
        return Err(autostart_error("autostart is not available"));
    }
    let manager = app.autolaunch();
    if request.enabled {
        manager.enable()
    } else {
        manager.disable()
    }
    .map_err(autostart_error)?;
    manager.is_enabled().map_err(autostart_error)
}
