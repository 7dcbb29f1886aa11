//! Preparation: the sheet, its lists, practice sessions and the question bank.

use crate::state::Reply;
use crate::AppState;
use intervju_core::preparation::PreparationView;
use intervju_core::preparation::QuestionView;
use intervju_core::preparation::Sheet;
use intervju_core::Core;
use tauri::ipc::Request;
use tauri::State;

#[tauri::command]
pub(super) async fn get_preparation(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::preparation).await
}

#[tauri::command]
pub(super) async fn update_preparation(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Sheet> {
    state.call(&request, Core::update_sheet).await
}

#[tauri::command]
pub(super) async fn add_preparation_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::add_prep_item).await
}

#[tauri::command]
pub(super) async fn update_preparation_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::update_prep_item).await
}

#[tauri::command]
pub(super) async fn remove_preparation_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::remove_prep_item).await
}

#[tauri::command]
pub(super) async fn reorder_preparation_items(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::reorder_prep_items).await
}

#[tauri::command]
pub(super) async fn add_practice_session(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::add_practice_session).await
}

#[tauri::command]
pub(super) async fn remove_practice_session(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::remove_practice_session).await
}

#[tauri::command]
pub(super) async fn create_question(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<QuestionView> {
    state.call(&request, Core::create_question).await
}

#[tauri::command]
pub(super) async fn update_question(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<QuestionView> {
    state.call(&request, Core::update_question).await
}

#[tauri::command]
pub(super) async fn delete_question(state: State<'_, AppState>, request: Request<'_>) -> Reply<()> {
    state.call(&request, Core::delete_question).await
}

#[tauri::command]
pub(super) async fn set_question_use(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<QuestionView> {
    state.call(&request, Core::set_question_use).await
}

#[tauri::command]
pub(super) async fn practice_deck(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Vec<QuestionView>> {
    state.call(&request, Core::practice_deck).await
}

#[tauri::command]
pub(super) async fn record_practice(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<QuestionView> {
    state.call(&request, Core::record_practice).await
}

#[tauri::command]
pub(super) async fn list_questions(state: State<'_, AppState>) -> Reply<Vec<QuestionView>> {
    state.run(Core::questions).await
}
