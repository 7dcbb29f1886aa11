//! The Tauri shell: opens the core in the app-data folder, exposes it as commands, and shows the
//! window. No business rule lives here; see `intervju_core` for those.

mod commands;
#[cfg(desktop)]
mod desktop;
mod files;
#[cfg(mobile)]
mod mobile;
mod state;

pub use state::AppState;

use intervju_core::{Environment, Locale};
use std::path::PathBuf;
use tauri::{Builder, Listener, Manager, Runtime};

/// Overrides the data folder (tests, portable use); otherwise the OS app-data folder is used.
pub const DATA_DIR_ENV: &str = "INTERVJU_DATA_DIR";

/// When set, the app prints `first-screen` to stderr once the UI has drawn its first screen.
pub const STARTUP_REPORT_ENV: &str = "INTERVJU_REPORT_STARTUP";

/// The app without its runtime or its state, so tests can build it on the mock runtime.
pub fn app<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder.invoke_handler(commands::handler())
}

/// What the core needs to know about this device.
pub fn environment() -> Environment {
    Environment {
        os_locale: sys_locale::get_locale().unwrap_or_default(),
        device_zone: iana_time_zone::get_timezone()
            .ok()
            .and_then(|name| name.parse().ok())
            .unwrap_or(chrono_tz::UTC),
    }
}

pub fn run() {
    // First: a second start of the app only brings the running one forward (one writer only).
    let builder = Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.show();
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        }))
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
            app.manage(AppState::open(data_dir(app.handle()).ok(), env, locale));
            // The start-up benchmark (scripts/startup.py) times the first screen with data.
            if std::env::var_os(STARTUP_REPORT_ENV).is_some() {
                app.listen_any("intervju://first-screen", |_| eprintln!("first-screen"));
            }
            #[cfg(desktop)]
            desktop::setup(app)?;
            #[cfg(mobile)]
            mobile::setup(app)?;
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("error while running Intervju");
}

fn data_dir<R: Runtime>(app: &tauri::AppHandle<R>) -> intervju_core::Result<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    app.path()
        .app_data_dir()
        .map_err(|e| intervju_core::Error::Io(std::io::Error::other(e.to_string())))
}
