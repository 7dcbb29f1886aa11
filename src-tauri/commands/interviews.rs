//! Interviews: the list, one interview, and saving or deleting it.

use crate::state::Reply;
use crate::AppState;
use intervju_core::interview::Interview;
use intervju_core::interview::ListPage;
use intervju_core::Core;
use tauri::ipc::Request;
use tauri::State;

#[tauri::command]
pub(super) async fn list_interviews(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ListPage> {
    state.call(&request, Core::list_interviews).await
}

#[tauri::command]
pub(super) async fn get_interview(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Interview> {
    state.call(&request, Core::interview).await
}

#[tauri::command]
pub(super) async fn create_interview(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Interview> {
    state.call(&request, Core::create_interview).await
}

#[tauri::command]
pub(super) async fn update_interview(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Interview> {
    state.call(&request, Core::update_interview).await
}

#[tauri::command]
pub(super) async fn delete_interview(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<()> {
    state.call(&request, Core::delete_interview).await
}
