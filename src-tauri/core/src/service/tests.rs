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
