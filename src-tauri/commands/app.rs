//! The app itself: settings, texts, notices, start at login, backups and recovery.

use crate::state::blocking;
use crate::state::Reply;
use crate::AppState;
use intervju_core::backup::BackupFile;
use intervju_core::service::AppInfo;
use intervju_core::service::Notice;
use intervju_core::service::SettingsView;
use intervju_core::service::TimeZones;
use intervju_core::service::UiTexts;
use intervju_core::Core;
use serde::Deserialize;
use serde::Serialize;
use tauri::ipc::Request;
use tauri::Runtime;
use tauri::State;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct RecoveryOptions {
    backup_available: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct RecoverRequest {
    restore_backup: bool,
}

/// What the user can do about a damaged database.
#[tauri::command]
pub(super) async fn recovery_options(state: State<'_, AppState>) -> Reply<RecoveryOptions> {
    let backup_available = state.backup_available().await;
    Ok(RecoveryOptions { backup_available })
}

#[tauri::command]
pub(super) async fn recover_database(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<()> {
    let request: RecoverRequest = state.parse(&request).await?;
    state.recover(request.restore_backup).await
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct AboutApp {
    #[serde(flatten)]
    info: AppInfo,
    /// The log file, for someone helping the user after something went wrong.
    log_file: Option<String>,
}

#[tauri::command]
pub(super) async fn app_info(state: State<'_, AppState>) -> Reply<AboutApp> {
    let log_file = state.log_file();
    let info = state.run(|core| Ok(core.app_info())).await?;
    Ok(AboutApp { info, log_file })
}

/// What the app recovered from on its own, told once (shown when the window opens).
#[tauri::command]
pub(super) async fn take_notices(state: State<'_, AppState>) -> Reply<Vec<Notice>> {
    state.run(Core::take_notices).await
}

#[tauri::command]
pub(super) async fn ui_texts(state: State<'_, AppState>, request: Request<'_>) -> Reply<UiTexts> {
    state.ui_texts(&request).await
}

#[tauri::command]
pub(super) async fn list_time_zones(state: State<'_, AppState>) -> Reply<TimeZones> {
    state.run(|core| Ok(core.time_zones())).await
}

/// Takes a backup now (Settings), beside the daily one; from a read connection, so saves go on.
#[tauri::command]
pub(super) async fn backup_now(state: State<'_, AppState>) -> Reply<BackupFile> {
    state.run(Core::backup_now).await
}

/// Whether Intervju starts at login (so reminders come without opening it first).
#[tauri::command]
pub(super) async fn get_autostart<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<bool> {
    state
        .run_outside(move || crate::platform::autostart(&app))
        .await
}

#[tauri::command]
pub(super) async fn set_autostart<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<bool> {
    let (change, locale) = state
        .call(&request, |core, r| Ok((r, core.locale())))
        .await?;
    blocking(locale, move || {
        crate::platform::set_autostart(&app, change).map_err(|e| e.to_payload(locale))
    })
    .await
}

/// A new language reaches the tray menu too.
#[tauri::command]
pub(super) async fn update_settings<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<SettingsView> {
    let settings = state.call(&request, Core::update_settings).await?;
    #[cfg(desktop)]
    crate::desktop::relabel_tray(&app, settings.locale);
    #[cfg(mobile)]
    let _no_tray_on_phones = app;
    Ok(settings)
}

#[tauri::command]
pub(super) async fn restore_backup(state: State<'_, AppState>, request: Request<'_>) -> Reply<()> {
    state.call(&request, Core::restore_backup).await
}

#[tauri::command]
pub(super) async fn get_settings(state: State<'_, AppState>) -> Reply<SettingsView> {
    state.run(Core::settings).await
}

#[tauri::command]
pub(super) async fn list_backups(state: State<'_, AppState>) -> Reply<Vec<BackupFile>> {
    state.run(Core::backups).await
}
