//! The calls that exist only in the phone builds of Tauri and the notification plugin. On a
//! phone target they are real; in `make check-mobile` (the phone code compiled for Linux, where
//! those builds do not exist) they are stand-ins of the same shape, so everything around them
//! is type-checked. Keep this file to these few lines: it is what the check cannot see.

use tauri::{AppHandle, RunEvent, Runtime};

/// How the plugin reads the dates it is given (see `intervju_core::phone::wire_seconds`).
#[cfg(target_os = "ios")]
pub const DATE_READING: intervju_core::phone::DateReading =
    intervju_core::phone::DateReading::DeviceWallClock;
#[cfg(not(target_os = "ios"))]
pub const DATE_READING: intervju_core::phone::DateReading =
    intervju_core::phone::DateReading::Instant;

#[cfg(any(target_os = "android", target_os = "ios"))]
pub fn cancel<R: Runtime>(app: &AppHandle<R>, ids: Vec<i32>) -> Result<(), String> {
    use tauri_plugin_notification::NotificationExt;
    app.notification().cancel(ids).map_err(|e| e.to_string())
}

#[cfg(any(target_os = "android", target_os = "ios"))]
pub fn is_resumed(event: &RunEvent) -> bool {
    matches!(
        event,
        RunEvent::WindowEvent {
            event: tauri::WindowEvent::Resumed,
            ..
        }
    )
}

#[cfg(not(any(target_os = "android", target_os = "ios")))]
pub fn cancel<R: Runtime>(_app: &AppHandle<R>, _ids: Vec<i32>) -> Result<(), String> {
    Err("cancel exists only in the phone build of the notification plugin".into())
}

#[cfg(not(any(target_os = "android", target_os = "ios")))]
pub fn is_resumed(_event: &RunEvent) -> bool {
    false
}
