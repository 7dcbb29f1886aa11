//! The reflection, lessons, the outcome and the employer's feedback.

use crate::state::Reply;
use crate::AppState;
use intervju_core::interview::Interview;
use intervju_core::reflection::outcome::Feedback;
use intervju_core::reflection::Lesson;
use intervju_core::reflection::ReflectionView;
use intervju_core::Core;
use tauri::ipc::Request;
use tauri::State;

#[tauri::command]
pub(super) async fn get_reflection(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ReflectionView> {
    state.call(&request, Core::reflection).await
}

#[tauri::command]
pub(super) async fn update_reflection(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ReflectionView> {
    state.call(&request, Core::update_reflection).await
}

#[tauri::command]
pub(super) async fn complete_reflection(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ReflectionView> {
    state.call(&request, Core::complete_reflection).await
}

#[tauri::command]
pub(super) async fn list_lessons(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Vec<Lesson>> {
    state.call(&request, Core::lessons).await
}

#[tauri::command]
pub(super) async fn set_lesson_learned(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<()> {
    state.call(&request, Core::set_lesson_learned).await
}

#[tauri::command]
pub(super) async fn set_outcome(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Interview> {
    state.call(&request, Core::set_outcome).await
}

#[tauri::command]
pub(super) async fn get_feedback(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Feedback> {
    state.call(&request, Core::feedback).await
}

#[tauri::command]
pub(super) async fn update_feedback(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Feedback> {
    state.call(&request, Core::update_feedback).await
}
