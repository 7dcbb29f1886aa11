//! Build script: generates Tauri's context and declares the app's own commands, so that each one
//! gets an `allow-<command>` permission and nothing runs unless a capability grants it.

/// Every command the shell exposes. Kept in step with `commands::handler()` by a test.
const COMMANDS: &[&str] = &[
    "app_info",
    "get_settings",
    "update_settings",
    "ui_texts",
    "list_time_zones",
    "list_interviews",
    "get_interview",
    "create_interview",
    "update_interview",
    "delete_interview",
    "get_checklist",
    "check_checklist_item",
    "hide_checklist_item",
    "restore_checklist_item",
    "add_checklist_item",
    "remove_checklist_item",
    "reset_checklist",
    "get_preparation",
    "update_preparation",
    "add_preparation_item",
    "update_preparation_item",
    "remove_preparation_item",
    "reorder_preparation_items",
    "add_practice_session",
    "remove_practice_session",
    "list_questions",
    "create_question",
    "update_question",
    "delete_question",
    "set_question_use",
    "practice_deck",
    "record_practice",
    "get_reflection",
    "update_reflection",
    "complete_reflection",
    "list_lessons",
    "set_lesson_learned",
    "set_outcome",
    "get_feedback",
    "update_feedback",
    "get_reminder_settings",
    "update_reminder_settings",
    "list_reminders",
    "set_reminder_switch",
    "due_reminders",
    "mark_reminder_seen",
    "snooze_reminder",
    "get_autostart",
    "set_autostart",
    "recovery_options",
    "recover_database",
    "list_backups",
    "restore_backup",
    "review",
    "review_companies",
    "review_trends",
    "search",
    "export_file",
    "import_backup",
    "import_invitation",
];

fn main() {
    // Capabilities live under src-tauri/ while the package root is the repository root, so both
    // the glob and the change watch have to name the folder explicitly.
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("failed to run the Tauri build script");
}
