//! The commands the UI may call. Each one parses its request, calls the core and returns its
//! answer or an `{code, message, fields}` error; nothing else happens here.
//!
//! Requests arrive as untyped JSON and are parsed by the core, so a malformed request gets our
//! own translated `invalid_request` error instead of Tauri's untranslated one.

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
use intervju_core::service::{AppInfo, ExportRequest, SettingsView, TimeZones, UiTexts};
use intervju_core::{parse, ErrorPayload, Locale};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tauri::{Runtime, State};

type Reply<T> = Result<T, ErrorPayload>;

pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app_info,
        get_settings,
        update_settings,
        ui_texts,
        list_time_zones,
        list_interviews,
        get_interview,
        create_interview,
        update_interview,
        delete_interview,
        get_checklist,
        check_checklist_item,
        hide_checklist_item,
        restore_checklist_item,
        add_checklist_item,
        remove_checklist_item,
        reset_checklist,
        get_preparation,
        update_preparation,
        add_preparation_item,
        update_preparation_item,
        remove_preparation_item,
        reorder_preparation_items,
        add_practice_session,
        remove_practice_session,
        list_questions,
        create_question,
        update_question,
        delete_question,
        set_question_use,
        practice_deck,
        record_practice,
        get_reflection,
        update_reflection,
        complete_reflection,
        list_lessons,
        set_lesson_learned,
        set_outcome,
        get_feedback,
        update_feedback,
        get_reminder_settings,
        update_reminder_settings,
        list_reminders,
        set_reminder_switch,
        due_reminders,
        mark_reminder_seen,
        snooze_reminder,
        get_autostart,
        set_autostart,
        recovery_options,
        recover_database,
        list_backups,
        restore_backup,
        review,
        review_companies,
        review_trends,
        search,
        export_file,
        import_backup,
        import_invitation,
    ]
}

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
fn recovery_options(state: State<'_, AppState>) -> RecoveryOptions {
    RecoveryOptions {
        backup_available: state.backup_available(),
    }
}

#[tauri::command]
fn recover_database(state: State<'_, AppState>, request: Option<Value>) -> Reply<()> {
    let request: RecoverRequest = parse(request).map_err(|e| e.to_payload(Locale::En))?;
    state.recover(request.restore_backup)
}

#[tauri::command]
fn app_info(state: State<'_, AppState>) -> Reply<AppInfo> {
    state.run(|core| Ok(core.app_info()))
}

#[tauri::command]
fn get_settings(state: State<'_, AppState>) -> Reply<SettingsView> {
    state.run(|core| core.settings())
}

#[tauri::command]
fn update_settings(state: State<'_, AppState>, request: Option<Value>) -> Reply<SettingsView> {
    state.run(|core| core.update_settings(parse(request)?))
}

#[tauri::command]
fn ui_texts(state: State<'_, AppState>, request: Option<Value>) -> Reply<UiTexts> {
    state.ui_texts(request)
}

#[tauri::command]
fn list_time_zones(state: State<'_, AppState>) -> Reply<TimeZones> {
    state.run(|core| Ok(core.time_zones()))
}

#[tauri::command]
fn list_interviews(state: State<'_, AppState>, request: Option<Value>) -> Reply<ListPage> {
    state.run(|core| core.list_interviews(parse(request)?))
}

#[tauri::command]
fn get_interview(state: State<'_, AppState>, request: Option<Value>) -> Reply<Interview> {
    state.run(|core| core.interview(parse(request)?))
}

#[tauri::command]
fn create_interview(state: State<'_, AppState>, request: Option<Value>) -> Reply<Interview> {
    state.run(|core| core.create_interview(parse(request)?))
}

#[tauri::command]
fn update_interview(state: State<'_, AppState>, request: Option<Value>) -> Reply<Interview> {
    state.run(|core| core.update_interview(parse(request)?))
}

#[tauri::command]
fn delete_interview(state: State<'_, AppState>, request: Option<Value>) -> Reply<()> {
    state.run(|core| core.delete_interview(parse(request)?))
}

#[tauri::command]
fn get_checklist(state: State<'_, AppState>, request: Option<Value>) -> Reply<ChecklistView> {
    state.run(|core| core.checklist(parse(request)?))
}

#[tauri::command]
fn check_checklist_item(
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<ChecklistView> {
    state.run(|core| core.check_item(parse(request)?))
}

#[tauri::command]
fn hide_checklist_item(state: State<'_, AppState>, request: Option<Value>) -> Reply<ChecklistView> {
    state.run(|core| core.hide_item(parse(request)?))
}

#[tauri::command]
fn restore_checklist_item(
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<ChecklistView> {
    state.run(|core| core.restore_item(parse(request)?))
}

#[tauri::command]
fn add_checklist_item(state: State<'_, AppState>, request: Option<Value>) -> Reply<ChecklistView> {
    state.run(|core| core.add_item(parse(request)?))
}

#[tauri::command]
fn remove_checklist_item(
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<ChecklistView> {
    state.run(|core| core.remove_item(parse(request)?))
}

#[tauri::command]
fn reset_checklist(state: State<'_, AppState>, request: Option<Value>) -> Reply<ChecklistView> {
    state.run(|core| core.reset_checklist(parse(request)?))
}

#[tauri::command]
fn get_preparation(state: State<'_, AppState>, request: Option<Value>) -> Reply<PreparationView> {
    state.run(|core| core.preparation(parse(request)?))
}

#[tauri::command]
fn update_preparation(state: State<'_, AppState>, request: Option<Value>) -> Reply<Sheet> {
    state.run(|core| core.update_sheet(parse(request)?))
}

#[tauri::command]
fn add_preparation_item(
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<PreparationView> {
    state.run(|core| core.add_prep_item(parse(request)?))
}

#[tauri::command]
fn update_preparation_item(
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<PreparationView> {
    state.run(|core| core.update_prep_item(parse(request)?))
}

#[tauri::command]
fn remove_preparation_item(
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<PreparationView> {
    state.run(|core| core.remove_prep_item(parse(request)?))
}

#[tauri::command]
fn reorder_preparation_items(
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<PreparationView> {
    state.run(|core| core.reorder_prep_items(parse(request)?))
}

#[tauri::command]
fn add_practice_session(
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<PreparationView> {
    state.run(|core| core.add_practice_session(parse(request)?))
}

#[tauri::command]
fn remove_practice_session(
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<PreparationView> {
    state.run(|core| core.remove_practice_session(parse(request)?))
}

#[tauri::command]
fn list_questions(state: State<'_, AppState>) -> Reply<Vec<QuestionView>> {
    state.run(|core| core.questions())
}

#[tauri::command]
fn create_question(state: State<'_, AppState>, request: Option<Value>) -> Reply<QuestionView> {
    state.run(|core| core.create_question(parse(request)?))
}

#[tauri::command]
fn update_question(state: State<'_, AppState>, request: Option<Value>) -> Reply<QuestionView> {
    state.run(|core| core.update_question(parse(request)?))
}

#[tauri::command]
fn delete_question(state: State<'_, AppState>, request: Option<Value>) -> Reply<()> {
    state.run(|core| core.delete_question(parse(request)?))
}

#[tauri::command]
fn set_question_use(state: State<'_, AppState>, request: Option<Value>) -> Reply<QuestionView> {
    state.run(|core| core.set_question_use(parse(request)?))
}

#[tauri::command]
fn practice_deck(state: State<'_, AppState>, request: Option<Value>) -> Reply<Vec<QuestionView>> {
    state.run(|core| core.practice_deck(parse(request)?))
}

#[tauri::command]
fn record_practice(state: State<'_, AppState>, request: Option<Value>) -> Reply<QuestionView> {
    state.run(|core| core.record_practice(parse(request)?))
}

#[tauri::command]
fn get_reflection(state: State<'_, AppState>, request: Option<Value>) -> Reply<ReflectionView> {
    state.run(|core| core.reflection(parse(request)?))
}

#[tauri::command]
fn update_reflection(state: State<'_, AppState>, request: Option<Value>) -> Reply<ReflectionView> {
    state.run(|core| core.update_reflection(parse(request)?))
}

#[tauri::command]
fn complete_reflection(
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<ReflectionView> {
    state.run(|core| core.complete_reflection(parse(request)?))
}

#[tauri::command]
fn list_lessons(state: State<'_, AppState>, request: Option<Value>) -> Reply<Vec<Lesson>> {
    state.run(|core| core.lessons(parse(request)?))
}

#[tauri::command]
fn set_lesson_learned(state: State<'_, AppState>, request: Option<Value>) -> Reply<()> {
    state.run(|core| core.set_lesson_learned(parse(request)?))
}

#[tauri::command]
fn set_outcome(state: State<'_, AppState>, request: Option<Value>) -> Reply<Interview> {
    state.run(|core| core.set_outcome(parse(request)?))
}

#[tauri::command]
fn get_feedback(state: State<'_, AppState>, request: Option<Value>) -> Reply<Feedback> {
    state.run(|core| core.feedback(parse(request)?))
}

#[tauri::command]
fn update_feedback(state: State<'_, AppState>, request: Option<Value>) -> Reply<Feedback> {
    state.run(|core| core.update_feedback(parse(request)?))
}

#[tauri::command]
fn get_reminder_settings(state: State<'_, AppState>) -> Reply<ReminderSettings> {
    state.run(|core| core.reminder_settings())
}

#[tauri::command]
fn update_reminder_settings(
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<ReminderSettings> {
    state.run(|core| core.update_reminder_settings(parse(request)?))
}

#[tauri::command]
fn list_reminders(state: State<'_, AppState>, request: Option<Value>) -> Reply<Vec<ReminderView>> {
    state.run(|core| core.reminders(parse(request)?))
}

#[tauri::command]
fn set_reminder_switch(
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<Vec<ReminderView>> {
    state.run(|core| core.set_reminder_switch(parse(request)?))
}

#[tauri::command]
fn due_reminders(state: State<'_, AppState>) -> Reply<Vec<Notification>> {
    state.run(|core| core.due_reminders())
}

#[tauri::command]
fn mark_reminder_seen(state: State<'_, AppState>, request: Option<Value>) -> Reply<()> {
    state.run(|core| core.mark_reminder_seen(parse(request)?))
}

#[tauri::command]
fn snooze_reminder(state: State<'_, AppState>, request: Option<Value>) -> Reply<()> {
    state.run(|core| core.snooze_reminder(parse(request)?))
}

/// Whether Intervju starts at login (so reminders come without opening it first).
#[tauri::command]
fn get_autostart<R: Runtime>(app: tauri::AppHandle<R>, state: State<'_, AppState>) -> Reply<bool> {
    state.run(|_| crate::desktop::autostart(&app))
}

#[tauri::command]
fn set_autostart<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<bool> {
    state.run(|_| crate::desktop::set_autostart(&app, parse(request)?))
}

#[tauri::command]
fn list_backups(state: State<'_, AppState>) -> Reply<Vec<BackupFile>> {
    state.run(|core| core.backups())
}

#[tauri::command]
fn restore_backup(state: State<'_, AppState>, request: Option<Value>) -> Reply<()> {
    state.run(|core| core.restore_backup(parse(request)?))
}

#[tauri::command]
fn review(state: State<'_, AppState>, request: Option<Value>) -> Reply<ReviewPage> {
    state.run(|core| core.review(parse(request)?))
}

#[tauri::command]
fn review_companies(state: State<'_, AppState>) -> Reply<Vec<CompanySummary>> {
    state.run(|core| core.review_companies())
}

#[tauri::command]
fn review_trends(state: State<'_, AppState>) -> Reply<Trends> {
    state.run(|core| core.review_trends())
}

#[tauri::command]
fn search(state: State<'_, AppState>, request: Option<Value>) -> Reply<Vec<Hit>> {
    state.run(|core| core.search(parse(request)?))
}

/// Asks where to save (the system's save dialog), then writes the export there. `None`: the
/// user cancelled. The request is checked before the dialog opens.
#[tauri::command]
async fn export_file<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    request: Option<Value>,
) -> Reply<Option<String>> {
    let request: ExportRequest = state.run(|core| {
        let request = parse(request)?;
        core.check_export(&request)?;
        Ok(request)
    })?;
    let format = request.format;
    let (locale, name) = state.run(|core| Ok((core.locale(), core.export_name(format))))?;
    let picked = crate::files::save(&app, locale, format.extension(), &name)
        .map_err(|e| e.to_payload(locale))?;
    let Some(path) = picked else { return Ok(None) };
    state.run(|core| core.export_to(&request, &path))?;
    Ok(Some(path.display().to_string()))
}

/// Asks for a JSON backup (the system's open dialog) and adds what it holds. `None`: cancelled.
#[tauri::command]
async fn import_backup<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<ImportSummary>> {
    let locale = state.run(|core| Ok(core.locale()))?;
    let picked = crate::files::open(&app, locale, "json").map_err(|e| e.to_payload(locale))?;
    let Some(path) = picked else { return Ok(None) };
    state.run(|core| core.import_backup_file(&path)).map(Some)
}

/// Asks for a calendar invitation (.ics) and reads it into a draft for the form. `None`:
/// cancelled. Nothing is saved until the user saves the form.
#[tauri::command]
async fn import_invitation<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<Invitation>> {
    let locale = state.run(|core| Ok(core.locale()))?;
    let picked = crate::files::open(&app, locale, "ics").map_err(|e| e.to_payload(locale))?;
    let Some(path) = picked else { return Ok(None) };
    state.run(|core| core.read_invitation_file(&path)).map(Some)
}
