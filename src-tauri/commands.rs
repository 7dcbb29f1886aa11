//! The commands the UI may call. Each one takes its request, calls the core and returns its
//! answer or an `{code, message, fields}` error; nothing else happens here.
//!
//! Threading: every command is `async` and hands its work to the blocking pool through
//! `AppState::run`/`call`, so no save, export or search ever runs on the window's thread or an
//! async worker. Requests arrive as raw JSON bytes and are parsed by the core, so a malformed
//! request gets our own translated `invalid_request` instead of Tauri's untranslated string.
//! The list of commands is `command_table.rs`.

use crate::state::{blocking, Reply};
use crate::AppState;

use intervju_core::backup::BackupFile;
use intervju_core::checklist::ChecklistView;
use intervju_core::exchange::{ics::Invitation, json::ImportSummary};
use intervju_core::interview::{Interview, ListPage};
use intervju_core::preparation::{PreparationView, QuestionView, Sheet};
use intervju_core::reflection::outcome::Feedback;
use intervju_core::reflection::{Lesson, ReflectionView};
use intervju_core::reminders::{ReminderSettings, ReminderView};
use intervju_core::review::{search::Hit, trends::Trends, CompanySummary, ReviewPage};
use intervju_core::service::Notification;
use intervju_core::service::{AppInfo, ExportRequest, Notice, SettingsView, TimeZones, UiTexts};
use intervju_core::Core;
use serde::{Deserialize, Serialize};
use tauri::ipc::Request;
use tauri::{Runtime, State};

macro_rules! commands {
    [$($name:ident),* $(,)?] => {
        /// Every command's name, as the UI calls it.
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }
    };
}
include!("command_table.rs");

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct RecoveryOptions {
    backup_available: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RecoverRequest {
    restore_backup: bool,
}

/// What the user can do about a damaged database.
#[tauri::command]
async fn recovery_options(state: State<'_, AppState>) -> Reply<RecoveryOptions> {
    let backup_available = state.backup_available().await;
    Ok(RecoveryOptions { backup_available })
}

#[tauri::command]
async fn recover_database(state: State<'_, AppState>, request: Request<'_>) -> Reply<()> {
    let request: RecoverRequest = state.parse(&request).await?;
    state.recover(request.restore_backup).await
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct AboutApp {
    #[serde(flatten)]
    info: AppInfo,
    /// The log file, for someone helping the user after something went wrong.
    log_file: Option<String>,
}

#[tauri::command]
async fn app_info(state: State<'_, AppState>) -> Reply<AboutApp> {
    let log_file = state.log_file();
    let info = state.run(|core| Ok(core.app_info())).await?;
    Ok(AboutApp { info, log_file })
}

/// What the app recovered from on its own, told once (shown when the window opens).
#[tauri::command]
async fn take_notices(state: State<'_, AppState>) -> Reply<Vec<Notice>> {
    state.run(Core::take_notices).await
}

#[tauri::command]
async fn ui_texts(state: State<'_, AppState>, request: Request<'_>) -> Reply<UiTexts> {
    state.ui_texts(&request).await
}

#[tauri::command]
async fn list_time_zones(state: State<'_, AppState>) -> Reply<TimeZones> {
    state.run(|core| Ok(core.time_zones())).await
}

/// Takes a backup now (Settings), beside the daily one; from a read connection, so saves go on.
#[tauri::command]
async fn backup_now(state: State<'_, AppState>) -> Reply<BackupFile> {
    state.run(Core::backup_now).await
}

/// Whether Intervju starts at login (so reminders come without opening it first).
#[tauri::command]
async fn get_autostart<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<bool> {
    let locale = state.run(|core| Ok(core.locale())).await?;
    blocking(locale, move || {
        crate::desktop::autostart(&app).map_err(|e| e.to_payload(locale))
    })
    .await
}

#[tauri::command]
async fn set_autostart<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<bool> {
    let (change, locale) = state
        .call(&request, |core, r| Ok((r, core.locale())))
        .await?;
    blocking(locale, move || {
        crate::desktop::set_autostart(&app, change).map_err(|e| e.to_payload(locale))
    })
    .await
}

/// Asks where to save (the system's save dialog, without blocking any thread while it is open),
/// then writes the export there. `None`: the user cancelled. The request is checked first.
#[tauri::command]
async fn export_file<R: Runtime>(
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
async fn import_backup<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<ImportSummary>> {
    let locale = state.run(|core| Ok(core.locale())).await?;
    let picked = crate::files::open(&app, locale, "json").await;
    let Some(path) = picked.map_err(|e| e.to_payload(locale))? else {
        return Ok(None);
    };
    state
        .run(move |core| core.import_backup_file(&path))
        .await
        .map(Some)
}

/// Asks for a calendar invitation (.ics) and reads it into a draft for the form. `None`:
/// cancelled. Nothing is saved until the user saves the form.
#[tauri::command]
async fn import_invitation<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<Invitation>> {
    let locale = state.run(|core| Ok(core.locale())).await?;
    let picked = crate::files::open(&app, locale, "ics").await;
    let Some(path) = picked.map_err(|e| e.to_payload(locale))? else {
        return Ok(None);
    };
    state
        .run(move |core| core.read_invitation_file(&path))
        .await
        .map(Some)
}

// The commands that are one core method each.

/// A new language reaches the tray menu too.
#[tauri::command]
async fn update_settings<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<SettingsView> {
    let settings = state.call(&request, Core::update_settings).await?;
    #[cfg(desktop)]
    crate::desktop::relabel_tray(&app, settings.locale);
    Ok(settings)
}

#[tauri::command]
async fn list_interviews(state: State<'_, AppState>, request: Request<'_>) -> Reply<ListPage> {
    state.call(&request, Core::list_interviews).await
}

#[tauri::command]
async fn get_interview(state: State<'_, AppState>, request: Request<'_>) -> Reply<Interview> {
    state.call(&request, Core::interview).await
}

#[tauri::command]
async fn create_interview(state: State<'_, AppState>, request: Request<'_>) -> Reply<Interview> {
    state.call(&request, Core::create_interview).await
}

#[tauri::command]
async fn update_interview(state: State<'_, AppState>, request: Request<'_>) -> Reply<Interview> {
    state.call(&request, Core::update_interview).await
}

#[tauri::command]
async fn delete_interview(state: State<'_, AppState>, request: Request<'_>) -> Reply<()> {
    state.call(&request, Core::delete_interview).await
}

#[tauri::command]
async fn get_checklist(state: State<'_, AppState>, request: Request<'_>) -> Reply<ChecklistView> {
    state.call(&request, Core::checklist).await
}

#[tauri::command]
async fn check_checklist_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ChecklistView> {
    state.call(&request, Core::check_item).await
}

#[tauri::command]
async fn hide_checklist_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ChecklistView> {
    state.call(&request, Core::hide_item).await
}

#[tauri::command]
async fn restore_checklist_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ChecklistView> {
    state.call(&request, Core::restore_item).await
}

#[tauri::command]
async fn add_checklist_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ChecklistView> {
    state.call(&request, Core::add_item).await
}

#[tauri::command]
async fn remove_checklist_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ChecklistView> {
    state.call(&request, Core::remove_item).await
}

#[tauri::command]
async fn reset_checklist(state: State<'_, AppState>, request: Request<'_>) -> Reply<ChecklistView> {
    state.call(&request, Core::reset_checklist).await
}

#[tauri::command]
async fn get_preparation(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::preparation).await
}

#[tauri::command]
async fn update_preparation(state: State<'_, AppState>, request: Request<'_>) -> Reply<Sheet> {
    state.call(&request, Core::update_sheet).await
}

#[tauri::command]
async fn add_preparation_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::add_prep_item).await
}

#[tauri::command]
async fn update_preparation_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::update_prep_item).await
}

#[tauri::command]
async fn remove_preparation_item(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::remove_prep_item).await
}

#[tauri::command]
async fn reorder_preparation_items(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::reorder_prep_items).await
}

#[tauri::command]
async fn add_practice_session(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::add_practice_session).await
}

#[tauri::command]
async fn remove_practice_session(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<PreparationView> {
    state.call(&request, Core::remove_practice_session).await
}

#[tauri::command]
async fn create_question(state: State<'_, AppState>, request: Request<'_>) -> Reply<QuestionView> {
    state.call(&request, Core::create_question).await
}

#[tauri::command]
async fn update_question(state: State<'_, AppState>, request: Request<'_>) -> Reply<QuestionView> {
    state.call(&request, Core::update_question).await
}

#[tauri::command]
async fn delete_question(state: State<'_, AppState>, request: Request<'_>) -> Reply<()> {
    state.call(&request, Core::delete_question).await
}

#[tauri::command]
async fn set_question_use(state: State<'_, AppState>, request: Request<'_>) -> Reply<QuestionView> {
    state.call(&request, Core::set_question_use).await
}

#[tauri::command]
async fn practice_deck(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Vec<QuestionView>> {
    state.call(&request, Core::practice_deck).await
}

#[tauri::command]
async fn record_practice(state: State<'_, AppState>, request: Request<'_>) -> Reply<QuestionView> {
    state.call(&request, Core::record_practice).await
}

#[tauri::command]
async fn get_reflection(state: State<'_, AppState>, request: Request<'_>) -> Reply<ReflectionView> {
    state.call(&request, Core::reflection).await
}

#[tauri::command]
async fn update_reflection(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ReflectionView> {
    state.call(&request, Core::update_reflection).await
}

#[tauri::command]
async fn complete_reflection(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ReflectionView> {
    state.call(&request, Core::complete_reflection).await
}

#[tauri::command]
async fn list_lessons(state: State<'_, AppState>, request: Request<'_>) -> Reply<Vec<Lesson>> {
    state.call(&request, Core::lessons).await
}

#[tauri::command]
async fn set_lesson_learned(state: State<'_, AppState>, request: Request<'_>) -> Reply<()> {
    state.call(&request, Core::set_lesson_learned).await
}

#[tauri::command]
async fn set_outcome(state: State<'_, AppState>, request: Request<'_>) -> Reply<Interview> {
    state.call(&request, Core::set_outcome).await
}

#[tauri::command]
async fn get_feedback(state: State<'_, AppState>, request: Request<'_>) -> Reply<Feedback> {
    state.call(&request, Core::feedback).await
}

#[tauri::command]
async fn update_feedback(state: State<'_, AppState>, request: Request<'_>) -> Reply<Feedback> {
    state.call(&request, Core::update_feedback).await
}

#[tauri::command]
async fn update_reminder_settings(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<ReminderSettings> {
    state.call(&request, Core::update_reminder_settings).await
}

#[tauri::command]
async fn list_reminders(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Vec<ReminderView>> {
    state.call(&request, Core::reminders).await
}

#[tauri::command]
async fn set_reminder_switch(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Vec<ReminderView>> {
    state.call(&request, Core::set_reminder_switch).await
}

#[tauri::command]
async fn mark_reminder_seen(state: State<'_, AppState>, request: Request<'_>) -> Reply<()> {
    state.call(&request, Core::mark_reminder_seen).await
}

#[tauri::command]
async fn snooze_reminder(state: State<'_, AppState>, request: Request<'_>) -> Reply<()> {
    state.call(&request, Core::snooze_reminder).await
}

#[tauri::command]
async fn restore_backup(state: State<'_, AppState>, request: Request<'_>) -> Reply<()> {
    state.call(&request, Core::restore_backup).await
}

#[tauri::command]
async fn review(state: State<'_, AppState>, request: Request<'_>) -> Reply<ReviewPage> {
    state.call(&request, Core::review).await
}

#[tauri::command]
async fn search(state: State<'_, AppState>, request: Request<'_>) -> Reply<Vec<Hit>> {
    state.call(&request, Core::search).await
}

#[tauri::command]
async fn get_settings(state: State<'_, AppState>) -> Reply<SettingsView> {
    state.run(Core::settings).await
}

#[tauri::command]
async fn list_questions(state: State<'_, AppState>) -> Reply<Vec<QuestionView>> {
    state.run(Core::questions).await
}

#[tauri::command]
async fn get_reminder_settings(state: State<'_, AppState>) -> Reply<ReminderSettings> {
    state.run(Core::reminder_settings).await
}

#[tauri::command]
async fn due_reminders(state: State<'_, AppState>) -> Reply<Vec<Notification>> {
    state.run(Core::due_reminders).await
}

#[tauri::command]
async fn list_backups(state: State<'_, AppState>) -> Reply<Vec<BackupFile>> {
    state.run(Core::backups).await
}

#[tauri::command]
async fn review_companies(state: State<'_, AppState>) -> Reply<Vec<CompanySummary>> {
    state.run(Core::review_companies).await
}

#[tauri::command]
async fn review_trends(state: State<'_, AppState>) -> Reply<Trends> {
    state.run(Core::review_trends).await
}
