//! What desktop and phone share about notifications: whether the app may show them (the
//! permission, asked for once, with a reason, before the first reminder), and the screen a tap
//! on one (a click, on Linux) opened, kept until the window asks for it (a tap can start the app before its window
//! listens).

use intervju_core::phone::TapTarget;
use serde::Serialize;
use std::sync::Mutex;
use tauri::plugin::PermissionState;
use tauri::{AppHandle, Manager, Runtime};

/// Whether notifications may be shown, as the UI asks before the first reminder.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Permission {
    /// `granted`, `denied`, or `prompt` (not asked yet: the UI explains why, then asks).
    pub state: &'static str,
    /// Android without the exact-alarm permission (the notification plugin does not declare it,
    /// and Android 14 denies it by default): reminders may come some minutes late. The UI says
    /// so once; nothing here can detect the setting, so it is true on every Android.
    pub may_arrive_late: bool,
}

fn view(state: PermissionState) -> Permission {
    Permission {
        state: match state {
            PermissionState::Granted => "granted",
            PermissionState::Denied => "denied",
            PermissionState::Prompt | PermissionState::PromptWithRationale => "prompt",
        },
        may_arrive_late: cfg!(target_os = "android"),
    }
}

fn plugin_error(error: impl std::fmt::Display) -> intervju_core::Error {
    intervju_core::Error::Io(std::io::Error::other(error.to_string()))
}

/// The plugin, where there is one (the command tests' mock runtime has none).
fn plugin<R: Runtime>(
    app: &AppHandle<R>,
) -> intervju_core::Result<&tauri_plugin_notification::Notification<R>> {
    app.try_state::<tauri_plugin_notification::Notification<R>>()
        .map(|state| state.inner())
        .ok_or_else(|| plugin_error("no notifications on this runtime"))
}

/// The permission as it stands. Blocking on phones (a call into the OS): run it on the pool.
pub fn permission<R: Runtime>(app: &AppHandle<R>) -> intervju_core::Result<Permission> {
    let state = plugin(app)?.permission_state().map_err(plugin_error)?;
    Ok(view(state))
}

/// Asks the user, only if not asked yet: Android's request never answers when the permission
/// is already granted, so the state is read first.
pub fn request_permission<R: Runtime>(app: &AppHandle<R>) -> intervju_core::Result<Permission> {
    let notifications = plugin(app)?;
    let state = notifications.permission_state().map_err(plugin_error)?;
    let state = match state {
        PermissionState::Prompt | PermissionState::PromptWithRationale => {
            notifications.request_permission().map_err(plugin_error)?
        }
        settled => settled,
    };
    Ok(view(state))
}

/// The screen a tap on a notification opened, until the window takes it.
#[derive(Default)]
pub struct Opened(Mutex<Option<TapTarget>>);

impl Opened {
    // Desktops other than Linux show plain notifications, which open nothing.
    #[cfg_attr(all(desktop, not(target_os = "linux")), allow(dead_code))]
    pub fn put(&self, target: TapTarget) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(target);
    }

    pub fn take(&self) -> Option<TapTarget> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

/// What a tap (a click on Linux) opened and the window has not yet shown (always `None` on the
/// other desktops, whose notifications open nothing).
pub fn take_opened<R: Runtime>(app: &AppHandle<R>) -> Option<TapTarget> {
    app.try_state::<Opened>()?.take()
}
