//! Invitations: the user's answer to an imported calendar invitation — a new interview linked to
//! its meeting, or the interview it made moved or cancelled (`import_invitation` reads the file,
//! in review.rs beside the other imports).

use crate::state::Reply;
use crate::AppState;
use intervju_core::interview::Interview;
use intervju_core::Core;
use tauri::ipc::Request;
use tauri::State;

#[tauri::command]
pub(super) async fn create_invited_interview(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Interview> {
    state.call(&request, Core::create_invited_interview).await
}

#[tauri::command]
pub(super) async fn move_invited_interview(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Interview> {
    state.call(&request, Core::move_invited_interview).await
}

#[tauri::command]
pub(super) async fn cancel_invited_interview(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Interview> {
    state.call(&request, Core::cancel_invited_interview).await
}
