//! The commands the UI may call. Each one takes its request, calls the core and returns its
//! answer or an `{code, message, fields}` error; nothing else happens here.
//!
//! Threading: every command is `async` and hands its work to the blocking pool through
//! `AppState::run`/`call`, so no save, export or search ever runs on the window's thread or an
//! async worker. Requests arrive as raw JSON bytes and are parsed by the core, so a malformed
//! request gets our own translated `invalid_request` instead of Tauri's untranslated string.
//! The list of commands is `command_table.rs`; they are written here by what they are about.

use serde::Deserialize;
use tauri::Runtime;

mod app;
mod checklist;
mod devices;
mod interviews;
mod invitations;
mod preparation;
mod reflection;
mod reminders;
mod reporting;
mod review;

macro_rules! commands {
    [$($module:ident :: $name:ident),* $(,)?] => {
        /// Every command's name, as the UI calls it.
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($module::$name),*]
        }
    };
}
include!("../command_table.rs");

/// Start at login on or off (Settings; desktop only).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AutostartRequest {
    pub enabled: bool,
}
