//! The review at home: rows, employers, trends, search, and files out and in (the system's dialogs).

use crate::state::Reply;
use crate::AppState;
use intervju_core::exchange::json::ImportSummary;
use intervju_core::review::search::Hit;
use intervju_core::review::trends::Trends;
use intervju_core::review::CompanySummary;
use intervju_core::review::ReviewPage;
use intervju_core::service::{ExportRequest, ImportedInvitation};
use intervju_core::Core;
use std::path::Path;
use tauri::ipc::Request;
use tauri::Runtime;
use tauri::State;

/// Asks where to save (the system's save dialog, without blocking any thread while it is open),
/// then writes the export there. `None`: the user cancelled. The request is checked first.
#[tauri::command]
pub(super) async fn export_file<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Option<String>> {
    let (request, locale, name) = state
        .call(&request, |core, r: ExportRequest| {
            core.check_export(&r)?;
            Ok((core.export_name(r.format), core.locale(), r))
        })
        .await
        .map(|(name, locale, r)| (r, locale, name))?;
    let picked = crate::files::save(&app, locale, request.format.extension(), &name).await;
    let Some(path) = picked.map_err(|e| e.to_payload(locale))? else {
        return Ok(None);
    };
    let shown = path.display().to_string();
    state
        .run(move |core| core.export_to(&request, &path))
        .await?;
    Ok(Some(shown))
}

/// Asks for a JSON backup (the system's open dialog) and adds what it holds. `None`: cancelled.
#[tauri::command]
pub(super) async fn import_backup<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<ImportSummary>> {
    open_then(&app, &state, "json", Core::import_backup_file).await
}

/// Asks for a calendar invitation (.ics), reads it into a draft for the form and says what it is
/// to the interviews here (new, an update, a cancellation, nothing new). `None`: cancelled.
/// Nothing is saved until the user answers.
#[tauri::command]
pub(super) async fn import_invitation<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<ImportedInvitation>> {
    open_then(&app, &state, "ics", Core::read_invitation_file).await
}

/// Asks for a file with `extension` in the system's open dialog, then hands its path to `work`
/// on the blocking pool; its errors are logged under `work`'s name. `None`: the user cancelled.
async fn open_then<R, T, W>(
    app: &tauri::AppHandle<R>,
    state: &AppState,
    extension: &str,
    work: W,
) -> Reply<Option<T>>
where
    R: Runtime,
    T: Send + 'static,
    W: FnOnce(&Core, &Path) -> intervju_core::Result<T> + Send + 'static,
{
    let locale = state.run(|core| Ok(core.locale())).await?;
    let picked = crate::files::open(app, locale, extension).await;
    let Some(path) = picked.map_err(|e| e.to_payload(locale))? else {
        return Ok(None);
    };
    let operation = intervju_core::error::operation_name::<W>();
    state
        .run_as(operation, move |core| work(core, &path))
        .await
        .map(Some)
}

#[tauri::command]
pub(super) async fn review(state: State<'_, AppState>, request: Request<'_>) -> Reply<ReviewPage> {
    state.call(&request, Core::review).await
}

#[tauri::command]
pub(super) async fn search(state: State<'_, AppState>, request: Request<'_>) -> Reply<Vec<Hit>> {
    state.call(&request, Core::search).await
}

#[tauri::command]
pub(super) async fn review_companies(state: State<'_, AppState>) -> Reply<Vec<CompanySummary>> {
    state.run(Core::review_companies).await
}

#[tauri::command]
pub(super) async fn review_trends(state: State<'_, AppState>) -> Reply<Trends> {
    state.run(Core::review_trends).await
}
