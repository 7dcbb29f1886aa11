//! Reminders: the settings, each interview's switches, and what came due.

use crate::state::Reply;
use crate::AppState;
use intervju_core::reminders::ReminderSettings;
use intervju_core::reminders::ReminderView;
use intervju_core::service::Notification;
use intervju_core::Core;
use tauri::ipc::Request;
use tauri::State;

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
