//! Invitations: the user's answer to an imported calendar invitation — a new interview linked to
//! its meeting, or the interview it made moved or cancelled (`import_invitation` reads the file,
//! in review.rs beside the other imports), and the invitation handed to the app from outside its
//! dialog (see handed.rs).

use crate::state::Reply;
use crate::AppState;
use intervju_core::interview::Interview;
use intervju_core::service::ImportedInvitation;
use intervju_core::Core;
use tauri::ipc::Request;
use tauri::{AppHandle, Runtime, State};

/// The invitation handed to the app by "Open with", a second start or a drop, read as one picked
/// in the dialog is (`import_invitation`); `None` when none is waiting. Nothing is saved until
/// the user answers.
#[tauri::command]
pub(super) async fn take_handed_invitation<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<ImportedInvitation>> {
    // Nothing to show while the database cannot be opened: the window shows why instead, and
    // the file waits until it can.
    state.run(|_| Ok(())).await?;
    let Some(file) = crate::handed::take(&app) else {
        return Ok(None);
    };
    state
        .run(move |core| core.read_handed_invitation(&file))
        .await
        .map(Some)
}

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
