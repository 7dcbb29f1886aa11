//! Reminders: the settings, each interview's switches, and what came due.

use crate::notifications::Permission;
use crate::state::Reply;
use crate::AppState;
use intervju_core::phone::TapTarget;
use intervju_core::reminders::ReminderSettings;
use intervju_core::reminders::ReminderView;
use intervju_core::service::Notification;
use intervju_core::Core;
use tauri::ipc::Request;
use tauri::{AppHandle, Runtime, State};

#[tauri::command]
pub(super) async fn update_reminder_settings(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ReminderSettings> {
    state.call(&request, Core::update_reminder_settings).await
}

#[tauri::command]
pub(super) async fn list_reminders(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Vec<ReminderView>> {
    state.call(&request, Core::reminders).await
}

#[tauri::command]
pub(super) async fn set_reminder_switch(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Vec<ReminderView>> {
    state.call(&request, Core::set_reminder_switch).await
}

#[tauri::command]
pub(super) async fn mark_reminder_seen(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<()> {
    state.call(&request, Core::mark_reminder_seen).await
}

#[tauri::command]
pub(super) async fn snooze_reminder(state: State<'_, AppState>, request: Request<'_>) -> Reply<()> {
    state.call(&request, Core::snooze_reminder).await
}

#[tauri::command]
pub(super) async fn get_reminder_settings(state: State<'_, AppState>) -> Reply<ReminderSettings> {
    state.run(Core::reminder_settings).await
}

#[tauri::command]
pub(super) async fn due_reminders(state: State<'_, AppState>) -> Reply<Vec<Notification>> {
    state.run(Core::due_reminders).await
}

/// Whether the app may show notifications (asked before the first reminder is turned on).
#[tauri::command]
pub(super) async fn notification_permission<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Permission> {
    state
        .run_outside(move || crate::notifications::permission(&app))
        .await
}

/// Asks the OS for the permission (once; later calls answer what the user chose).
#[tauri::command]
pub(super) async fn request_notification_permission<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Permission> {
    state
        .run_outside(move || crate::notifications::request_permission(&app))
        .await
}

/// The screen a tap on a notification opened, if the window has not shown it yet.
#[tauri::command]
pub(super) async fn take_opened_reminder<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<TapTarget>> {
    // Nothing to open while the database cannot be: the window shows why instead.
    state.run(|_| Ok(())).await?;
    Ok(crate::notifications::take_opened(&app))
}
