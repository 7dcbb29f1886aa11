//! The Tauri shell: opens the core in the app-data folder, exposes it as commands, and shows the
//! window. No business rule lives here; see `intervju_core` for those.

pub mod commands;
#[cfg(desktop)]
mod desktop;
mod files;
pub mod handed;
#[cfg(mobile)]
mod mobile;
mod network;
mod notifications;
mod reveal;
#[cfg(desktop)]
pub mod scheduler;
mod state;

// What differs between a computer and a phone, under one name for the commands.
#[cfg(desktop)]
use desktop as platform;
#[cfg(mobile)]
use mobile as platform;

pub use network::{Network, LAN_ENV, SYNCED_EVENT};
pub use state::AppState;

use intervju_core::{Environment, Locale};
use std::path::PathBuf;
use std::time::Duration;
use tauri::{Builder, Emitter, Listener, Manager, Runtime};

/// Overrides the data folder (tests, portable use); otherwise the OS app-data folder is used.
pub const DATA_DIR_ENV: &str = "INTERVJU_DATA_DIR";

/// When set, the app prints `first-screen` to stderr once the UI has drawn its first screen and
/// the window is on the screen.
pub const STARTUP_REPORT_ENV: &str = "INTERVJU_REPORT_STARTUP";

/// The UI says it has drawn its first screen (ui/js/nav.js).
const FIRST_SCREEN_EVENT: &str = "intervju://first-screen";

/// Told to the window when the whole check of the database file, after the first screen, found
/// it damaged: the window reloads into the recovery screen.
pub const DAMAGED_EVENT: &str = "intervju://damaged";

/// How long the whole check of the database file waits for the first screen before it starts
/// anyway.
const CHECK_AFTER: Duration = Duration::from_secs(5);

/// Resolves once the UI has drawn its first screen, or after `within` if it never says so: work
/// that must not slow the first screen down waits for it.
pub(crate) fn first_screen<R: Runtime>(
    app: &tauri::App<R>,
    within: Duration,
) -> impl std::future::Future<Output = ()> {
    let (shown, seen) = tokio::sync::oneshot::channel::<()>();
    app.once_any(FIRST_SCREEN_EVENT, move |_| {
        // The receiver is gone only if `within` has passed already.
        let _ = shown.send(());
    });
    async move {
        // Past `within` the work starts anyway: the first screen may never come (no window).
        let _ = tokio::time::timeout(within, seen).await;
    }
}

/// The app without its runtime or its state, so tests can build it on the mock runtime.
pub fn app<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .manage(handed::Handed::default())
        .manage(reveal::Reveal::new(
            std::env::var_os(STARTUP_REPORT_ENV).is_some(),
        ))
        .on_page_load(reveal::page_loaded)
        .invoke_handler(commands::handler())
}

/// What the core needs to know about this device. The zone is read as the C library (and so
/// the webview) reads it: `TZ` first, then the system's setting.
pub fn environment() -> Environment {
    let tz = std::env::var("TZ").ok();
    Environment {
        os_locale: sys_locale::get_locale().unwrap_or_default(),
        device_zone: intervju_core::device_zone::device_zone(tz.as_deref(), || {
            iana_time_zone::get_timezone()
                .inspect_err(|error| log::warn!("the system's time zone is unknown: {error}"))
                .ok()
        })
        .unwrap_or_else(|| {
            log::warn!("the device's time zone is unknown; new interviews default to UTC");
            chrono_tz::UTC
        }),
    }
}

/// The log file's name (without `.log`), in the OS log folder or `<data dir>/logs`.
const LOG_NAME: &str = "intervju";

/// A size-capped, rotating log: every error with its cause, every refused request's code, never
/// what the user wrote (see `intervju_core::error`). Where it is shows in Settings → About.
fn logger<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    use tauri_plugin_log::{RotationStrategy, Target, TargetKind};
    let place = match log_dir_override() {
        Some(path) => TargetKind::Folder {
            path,
            file_name: Some(LOG_NAME.into()),
        },
        None => TargetKind::LogDir {
            file_name: Some(LOG_NAME.into()),
        },
    };
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .target(Target::new(place))
        .target(Target::new(TargetKind::Stderr))
        // Our own lines from information up; other crates' (the D-Bus and webview stacks log
        // their handshakes at "info") only when something is wrong.
        .level(log::LevelFilter::Warn)
        .level_for("intervju_core", log::LevelFilter::Info)
        .level_for("intervju_lib", log::LevelFilter::Info)
        .level_for("intervju_lan", log::LevelFilter::Info)
        .max_file_size(1 << 20)
        .rotation_strategy(RotationStrategy::KeepSome(4))
        .build()
}

/// The log's folder when the data folder is overridden: beside the data, so a test or a
/// portable install keeps everything in one place.
fn log_dir_override() -> Option<PathBuf> {
    data_dir_override().map(|dir| dir.join("logs"))
}

fn log_file<R: Runtime>(app: &tauri::AppHandle<R>) -> Option<PathBuf> {
    let dir = match log_dir_override() {
        Some(dir) => dir,
        None => app.path().app_log_dir().ok()?,
    };
    Some(dir.join(format!("{LOG_NAME}.log")))
}

// The phones' entry point. Written for the phone targets rather than `mobile`: `make
// check-mobile` compiles the phone code against the desktop build of Tauri, which has no macro.
#[cfg_attr(
    any(target_os = "android", target_os = "ios"),
    tauri::mobile_entry_point
)]
pub fn run() {
    let builder = Builder::default();
    // First: a second start of the app only brings the running one forward (one writer only),
    // with the invitation it was asked to open, if any. A phone starts an app once.
    #[cfg(desktop)]
    let builder = builder.plugin(tauri_plugin_single_instance::init(desktop::second_start));
    let builder = builder
        .plugin(logger())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init());
    #[cfg(desktop)]
    let builder = builder.plugin(tauri_plugin_autostart::init(
        tauri_plugin_autostart::MacosLauncher::LaunchAgent,
        None,
    ));
    app(builder)
        .setup(|app| {
            let env = environment();
            // A database that cannot be opened is reported in the window, in the user's language,
            // instead of a crash: every command then answers with that error.
            let locale = Locale::from_os(&env.os_locale);
            let dir = data_dir(app.handle())
                .inspect_err(|e| log::error!("no data folder: {e}"))
                .ok();
            let state = AppState::open(dir, env, locale);
            if let Some(file) = log_file(app.handle()) {
                state.set_log_file(file);
            }
            state.fold_changes_in_background();
            let window = app.handle().clone();
            state.verify_in_background(first_screen(app, CHECK_AFTER), move || {
                if let Err(error) = window.emit(DAMAGED_EVENT, ()) {
                    log::error!("the window was not told the database is damaged: {error}");
                }
            });
            app.manage(state);
            // The window was created hidden; its page's load shows it (see `reveal`). The
            // start-up benchmark (scripts/startup.py) times the first screen with data in it.
            let shown = app.handle().clone();
            app.listen_any(FIRST_SCREEN_EVENT, move |_| {
                if let Some(reveal) = shown.try_state::<reveal::Reveal>() {
                    reveal.drawn();
                }
            });
            reveal::at_the_latest(app.handle());
            network::setup(app);
            #[cfg(desktop)]
            desktop::setup(app)?;
            #[cfg(mobile)]
            mobile::setup(app)?;
            Ok(())
        })
        .build(tauri::generate_context!())
        .expect("error while building Intervju")
        .run(|_app, _event| {
            #[cfg(mobile)]
            mobile::on_event(_app, &_event);
            #[cfg(target_os = "macos")]
            desktop::on_event(_app, &_event);
        });
}

/// Shows the window, restored and focused (a second start, the tray); a failure is logged.
#[cfg(desktop)]
pub(crate) fn bring_forward<R: Runtime>(app: &tauri::AppHandle<R>) {
    let Some(window) = app.get_webview_window("main") else {
        log::error!("there is no main window to bring forward");
        return;
    };
    for (step, result) in [
        ("show", window.show()),
        ("unminimize", window.unminimize()),
        ("focus", window.set_focus()),
    ] {
        if let Err(error) = result {
            log::error!("the window could not {step}: {error}");
        }
    }
}

fn data_dir_override() -> Option<PathBuf> {
    std::env::var_os(DATA_DIR_ENV)
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
}

fn data_dir<R: Runtime>(app: &tauri::AppHandle<R>) -> intervju_core::Result<PathBuf> {
    if let Some(dir) = data_dir_override() {
        return Ok(dir);
    }
    app.path()
        .app_data_dir()
        .map_err(|e| intervju_core::Error::Io(std::io::Error::other(e.to_string())))
}
