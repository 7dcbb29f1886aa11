//! The dress-and-conduct checklist on the way in.

use crate::state::Reply;
use crate::AppState;
use intervju_core::checklist::ChecklistView;
use intervju_core::Core;
use tauri::ipc::Request;
use tauri::State;

#[tauri::command]
pub(super) async fn get_checklist(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ChecklistView> {
    state.call(&request, Core::checklist).await
}

#[tauri::command]
pub(super) async fn check_checklist_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ChecklistView> {
    state.call(&request, Core::check_item).await
}

#[tauri::command]
pub(super) async fn hide_checklist_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ChecklistView> {
    state.call(&request, Core::hide_item).await
}

#[tauri::command]
pub(super) async fn restore_checklist_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ChecklistView> {
    state.call(&request, Core::restore_item).await
}

#[tauri::command]
pub(super) async fn add_checklist_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ChecklistView> {
    state.call(&request, Core::add_item).await
}

#[tauri::command]
pub(super) async fn remove_checklist_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ChecklistView> {
    state.call(&request, Core::remove_item).await
}

#[tauri::command]
pub(super) async fn reset_checklist(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ChecklistView> {
    state.call(&request, Core::reset_checklist).await
}
