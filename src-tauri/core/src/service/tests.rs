//! The core as the shell drives it: saves survive reopening, errors follow the language, the
//! clock is injected, backups restore.

use super::*;
use crate::clock::ManualClock;
use chrono::TimeZone;
use serde_json::json;

fn env(os_locale: &str) -> Environment {
    Environment {
        os_locale: os_locale.into(),
        device_zone: chrono_tz::Europe::Stockholm,
    }
}

fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::new(
        chrono::Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap(),
    ))
}

fn draft() -> InterviewDraft {
    parse(Some(json!({
        "company": "Spotify", "role": "Backend-utvecklare", "startLocal": "2026-12-10T14:00"
    })))
    .unwrap()
}

/// Invariant: what a command saved is there when the app opens the same folder again.
#[test]
fn saves_survive_closing_and_reopening_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let saved = {
        let core = Core::open(dir.path(), clock(), env("sv-SE")).unwrap();
        core.update_settings(SettingsChange {
            language: Some(LanguageChoice::Nb),
            welcome_seen: Some(true),
        })
        .unwrap();
        core.create_interview(draft()).unwrap()
    };
    let core = Core::open(dir.path(), clock(), env("sv-SE")).unwrap();
    assert_eq!(core.interview(IdRequest { id: saved.id }).unwrap(), saved);
    assert_eq!(
        saved.time_zone, "Europe/Stockholm",
        "the device zone filled in"
    );
    let settings = core.settings().unwrap();
    assert_eq!((settings.locale, settings.welcome_seen), (Locale::Nb, true));
    assert_eq!(
        core.app_info().data_dir.as_deref(),
        dir.path().to_str(),
        "settings show where the data lives"
    );
}

#[test]
fn a_daily_backup_is_listed_and_restores_what_was_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let core = Core::open(dir.path(), clock(), env("sv-SE")).unwrap();
    let saved = core.create_interview(draft()).unwrap();
    assert!(core.backup_if_due().unwrap().is_some());
    assert!(core.backup_if_due().unwrap().is_none(), "one a day");
    core.delete_interview(IdRequest { id: saved.id }).unwrap();

    let backups = core.backups().unwrap();
    assert_eq!(backups.len(), 1);
    core.restore_backup(RestoreRequest {
        name: backups[0].name.clone(),
    })
    .unwrap();
    assert_eq!(
        core.interview(IdRequest { id: saved.id }).unwrap().company,
        "Spotify"
    );
    assert_eq!(
        core.reminders(InterviewRequest {
            interview_id: saved.id
        })
        .unwrap()
        .len(),
        7
    );
    let refused = core.respond(|c| {
        c.restore_backup(RestoreRequest {
            name: "../x.bak".into(),
        })
    });
    assert_eq!(refused.unwrap_err().code, "validation");
}

#[test]
fn errors_are_written_in_the_language_in_effect() {
    let core = Core::open_in_memory(clock(), env("sv_SE.UTF-8")).unwrap();
    let missing = core
        .respond(|c| c.interview(IdRequest { id: 1 }))
        .unwrap_err();
    assert_eq!(missing.message, "Den intervjun finns inte längre.");
    core.update_settings(SettingsChange {
        language: Some(LanguageChoice::En),
        welcome_seen: None,
    })
    .unwrap();
    let missing = core
        .respond(|c| c.interview(IdRequest { id: 1 }))
        .unwrap_err();
    assert_eq!(missing.message, "That interview no longer exists.");
}

#[test]
fn a_missing_request_reads_as_empty_and_unknown_fields_are_refused() {
    let list: ListRequest = parse(None).unwrap();
    assert_eq!((list.limit, list.offset), (100, 0));
    assert!(matches!(
        parse::<ListRequest>(Some(json!({"limit": 5, "sort": "salary"}))),
        Err(Error::InvalidRequest(_))
    ));
    assert!(matches!(
        parse::<IdRequest>(None),
        Err(Error::InvalidRequest(_))
    ));
}

#[test]
fn the_list_uses_the_injected_clock_for_upcoming() {
    let clock = clock();
    let core = Core::open_in_memory(clock.clone(), env("en")).unwrap();
    core.create_interview(draft()).unwrap();
    let upcoming = |core: &Core| core.list_interviews(parse(None).unwrap()).unwrap().upcoming;
    assert_eq!(upcoming(&core), 1);
    clock.advance(chrono::Duration::days(30));
    assert_eq!(upcoming(&core), 0);
}

/// Invariant: a read never waits for a write. With the writer in the middle of a transaction (a
/// save, an import), a list, a search and a backup still answer, and see only committed data.
#[test]
fn reads_and_backups_answer_while_the_writer_is_busy() {
    let dir = tempfile::tempdir().unwrap();
    let core = Arc::new(Core::open(dir.path(), clock(), env("sv-SE")).unwrap());
    core.create_interview(draft()).unwrap();

    let writer = core.write().unwrap();
    writer
        .execute_batch("BEGIN IMMEDIATE; UPDATE interview SET company = 'Halfway' WHERE id = 1;")
        .unwrap();
    let (answer, answered) = std::sync::mpsc::channel();
    let reader = Arc::clone(&core);
    std::thread::spawn(move || {
        let list = reader.list_interviews(parse(None).unwrap());
        let search = reader.search(parse(Some(json!({"query": "Spotify"}))).unwrap());
        let backup = reader.backup_now();
        let _ = answer.send((list, search, backup));
    });
    let (list, search, backup) = answered
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("the reads answered while the writer was held");
    assert_eq!(
        list.unwrap().items[0].heading.company,
        "Spotify",
        "only committed data"
    );
    assert_eq!(search.unwrap().len(), 1);
    assert!(backup.unwrap().name.contains(".manual-"));
    writer.execute_batch("ROLLBACK").unwrap();
}

/// Invariant: a read connection cannot write, so no save can bypass the writer's lock.
#[test]
fn read_connections_refuse_writes() {
    let dir = tempfile::tempdir().unwrap();
    let core = Core::open(dir.path(), clock(), env("sv-SE")).unwrap();
    core.create_interview(draft()).unwrap();
    let refused = core.read().execute("DELETE FROM interview", []);
    assert!(refused.is_err(), "a reader wrote");
    assert_eq!(core.list_interviews(parse(None).unwrap()).unwrap().total, 1);
}

/// Invariant: an unreadable settings row is an error that says so, in the log too, and the
/// language falls back to the system's, never silently to English.
#[test]
fn unreadable_settings_are_logged_and_the_system_language_is_used() {
    let core = Core::open_in_memory(clock(), env("sv-SE")).unwrap();
    core.write()
        .unwrap()
        .execute_batch("DROP TABLE setting; CREATE TABLE setting (key TEXT, value BLOB);")
        .unwrap();
    core.write()
        .unwrap()
        .execute("INSERT INTO setting VALUES ('language', x'ff')", [])
        .unwrap();
    let (locale, log) = crate::testing::capture_logs(|| core.locale());
    assert_eq!(locale, Locale::Sv);
    assert!(log.contains("settings unreadable"), "{log}");
}

/// Invariant: a stored value this app never writes — planted here with SQL, as a damaged or
/// hand-edited file holds it — reaches the user as the `storage` error through the command that
/// read it, and the log says which operation failed and what could not be read. Never a silent
/// default: not "after the end", not 1970, not "conduct", not "planned", not "no reminders".
#[rstest::rstest]
#[case::reminder_kind(
    "UPDATE reminder SET kind = 'soon' WHERE kind = 'after_end'",
    "list_reminders",
    "reminder"
)]
#[case::reminder_time(
    "UPDATE reminder SET due_at = 9223372036854775807 WHERE kind = 'after_end'",
    "list_reminders",
    "reminder"
)]
#[case::checklist_section(
    "INSERT INTO checklist_item (interview_id, section, text, created_at) VALUES (1, 'posture', 'Stand tall', 0)",
    "get_checklist",
    "checklist item"
)]
#[case::interview_status("UPDATE interview SET status = 'lost'", "get_interview", "interview")]
#[case::interview_zone(
    "UPDATE interview SET time_zone = 'Mars/Olympus'",
    "set_reminder_switch",
    "interview time zone"
)]
#[case::interview_start(
    "UPDATE interview SET start_local = '2026-12-10 14:00'",
    "set_reminder_switch",
    "interview start"
)]
fn a_planted_bad_value_is_an_error_and_a_log_line(
    #[case] plant: &str,
    #[case] operation: &'static str,
    #[case] what: &str,
) {
    let core = Core::open_in_memory(clock(), env("en-GB")).unwrap();
    let id = core.create_interview(draft()).unwrap().id;
    core.write()
        .unwrap()
        .execute_batch(&format!("PRAGMA ignore_check_constraints = ON; {plant}"))
        .unwrap();
    let request = json!({ "interviewId": id });
    let (answer, log) = crate::testing::capture_logs(|| {
        crate::error::in_operation(operation, || {
            core.respond(|core| match operation {
                "list_reminders" => core.reminders(parse(Some(request.clone()))?).map(drop),
                "get_checklist" => core.checklist(parse(Some(request.clone()))?).map(drop),
                "get_interview" => core.interview(parse(Some(json!({"id": id})))?).map(drop),
                "set_reminder_switch" => core
                    .set_reminder_switch(parse(Some(json!({
                        "interviewId": id, "kind": "next_day", "enabled": false
                    })))?)
                    .map(drop),
                other => unreachable!("{other}"),
            })
        })
    });
    let error = answer.expect_err("a planted bad value is an error");
    assert_eq!(error.code, "storage", "{error:?}");
    assert!(log.contains("ERROR"), "{log}");
    assert!(
        log.contains(operation),
        "the log names the operation: {log}"
    );
    assert!(
        log.contains(what),
        "the log names what was unreadable: {log}"
    );
}

/// Invariant: a restored backup has its reminders planned for today, the reporting ones as the
/// interviews'. The reminders of periods long gone that were waiting in an October backup do not
/// all come at once in December; the next one is December's report's second reminder.
#[test]
fn a_restored_backup_plans_the_reporting_reminders_for_today() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(
        chrono::Utc.with_ymd_and_hms(2026, 10, 5, 10, 0, 0).unwrap(),
    ));
    let core = Core::open(dir.path(), clock.clone(), env("sv-SE")).unwrap();
    core.update_reporting(crate::reporting::ReportingSettings {
        authority: Some(crate::reporting::Authority::Arbetsformedlingen),
        nav_due: None,
    })
    .unwrap();
    let backup = core.backup_now().unwrap();

    clock.set(chrono::Utc.with_ymd_and_hms(2026, 12, 3, 10, 0, 0).unwrap());
    core.restore_backup(RestoreRequest { name: backup.name })
        .unwrap();
    assert_eq!(core.fire_due_report_reminders().unwrap(), vec![]);
    assert_eq!(
        core.reporting().unwrap().next_reminder,
        Some(chrono::Utc.with_ymd_and_hms(2026, 12, 10, 8, 0, 0).unwrap())
    );
}
