//! Activity reporting: where the user reports, the report for a period, the activities they add,
//! and marking a period reported.

use crate::state::Reply;
use crate::AppState;
use intervju_core::reporting::store::Activity;
use intervju_core::service::{ReportView, ReportingView};
use intervju_core::Core;
use tauri::ipc::Request;
use tauri::State;

#[tauri::command]
pub(super) async fn get_reporting(state: State<'_, AppState>) -> Reply<ReportingView> {
    state.run(Core::reporting).await
}

#[tauri::command]
pub(super) async fn update_reporting(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ReportingView> {
    state.call(&request, Core::update_reporting).await
}

#[tauri::command]
pub(super) async fn activity_report(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ReportView> {
    state.call(&request, Core::report).await
}

#[tauri::command]
pub(super) async fn add_activity(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Activity> {
    state.call(&request, Core::add_activity).await
}

#[tauri::command]
pub(super) async fn get_activity(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Activity> {
    state.call(&request, Core::get_activity).await
}

#[tauri::command]
pub(super) async fn update_activity(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Activity> {
    state.call(&request, Core::update_activity).await
}

#[tauri::command]
pub(super) async fn delete_activity(state: State<'_, AppState>, request: Request<'_>) -> Reply<()> {
    state.call(&request, Core::delete_activity).await
}

#[tauri::command]
pub(super) async fn mark_period_reported(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ReportView> {
    state.call(&request, Core::mark_reported).await
}

#[tauri::command]
pub(super) async fn unmark_period_reported(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ReportingView> {
    state.call(&request, Core::unmark_reported).await
}
