//! The commands as the UI calls them: JSON in, JSON out, through Tauri's mock runtime.

mod common;

use common::Ui;
use intervju_lib::AppState;
use serde_json::{json, Value};

fn draft() -> Value {
    json!({
        "company": "Aker BP",
        "role": "Prosjektleder",
        "round": "first",
        "startLocal": "2026-12-03T09:30",
        "timeZone": "Europe/Oslo",
        "durationMinutes": 45,
        "location": "Oksenøyveien 10, Lysaker",
        "interviewers": [{"name": "Ingrid Berg", "role": "Avdelingsleder"}],
        "jobAdUrl": "https://arbeidsplassen.nav.no/stillinger/1"
    })
}

/// Every command, from the one table.
fn declared_commands() -> Vec<String> {
    intervju_lib::commands::NAMES
        .iter()
        .map(|n| n.to_string())
        .collect()
}

#[test]
fn create_list_get_update_delete_through_ipc() {
    let ui = Ui::new();
    let created = ui.ok("create_interview", json!({ "request": draft() }));
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["startUtc"], "2026-12-03T08:30:00Z");
    assert_eq!(created["status"], "planned");
    assert_eq!(created["interviewers"][0]["name"], "Ingrid Berg");

    let page = ui.ok("list_interviews", json!({}));
    assert_eq!(page["total"], 1);
    assert_eq!(page["upcoming"], 1);
    assert_eq!(page["items"][0]["company"], "Aker BP");
    assert_eq!(page["items"][0]["upcoming"], true);

    let mut changed = draft();
    changed["status"] = json!("done");
    changed["startLocal"] = json!("2026-11-20T09:30");
    let updated = ui.ok(
        "update_interview",
        json!({ "request": {"id": id, "interview": changed} }),
    );
    assert_eq!(updated["status"], "done");
    assert_eq!(
        ui.ok("get_interview", json!({ "request": {"id": id} })),
        updated
    );
    assert_eq!(
        ui.ok("list_interviews", json!({}))["items"][0]["upcoming"],
        false
    );

    assert_eq!(
        ui.ok("delete_interview", json!({ "request": {"id": id} })),
        Value::Null
    );
    let gone = ui.err("get_interview", json!({ "request": {"id": id} }));
    assert_eq!(
        gone,
        json!({"code": "not_found", "message": "Det intervjuet finnes ikke lenger."})
    );
}

/// Invariant: a refused request answers with our documented error shape, in the user's
/// language, and changes nothing.
#[test]
fn bad_requests_get_translated_errors_and_change_nothing() {
    let ui = Ui::new();
    ui.ok("create_interview", json!({ "request": draft() }));
    let before = ui.ok("list_interviews", json!({}));

    let mut blank = draft();
    blank["company"] = json!("  ");
    blank["startLocal"] = json!("2026-03-29T02:30");
    let error = ui.err("create_interview", json!({ "request": blank }));
    assert_eq!(error["code"], "validation");
    assert_eq!(error["message"], "Noen felt må rettes.");
    assert_eq!(
        error["fields"][0],
        json!({"field": "company", "code": "required", "message": "Dette feltet må fylles ut."})
    );
    assert_eq!(error["fields"][1]["code"], "nonexistent_time");

    let mut unknown = draft();
    unknown["salary"] = json!(1_000_000);
    for (cmd, args) in [
        ("create_interview", json!({ "request": unknown })),
        ("create_interview", json!({})),
        (
            "create_interview",
            json!({ "request": "DROP TABLE interview" }),
        ),
        (
            "update_interview",
            json!({ "request": {"id": "1", "interview": draft()} }),
        ),
        ("get_interview", json!({ "request": {"id": 1.5} })),
        ("list_interviews", json!({ "request": {"limit": 0} })),
        ("list_interviews", json!({ "request": {"limit": 100000} })),
        ("update_settings", json!({ "request": {"language": "de"} })),
        ("ui_texts", json!({ "request": {"locale": "fr"} })),
    ] {
        let error = ui.err(cmd, args.clone());
        assert_eq!(error["code"], "invalid_request", "{cmd} {args}");
        assert_eq!(
            error["message"], "Appen sendte en forespørsel den ikke forsto. Ingenting ble endret.",
            "{cmd}"
        );
        assert!(error.get("fields").is_none());
    }
    assert_eq!(ui.ok("list_interviews", json!({})), before);
    assert_eq!(ui.ok("get_settings", json!({}))["language"], "auto");
}

#[test]
fn settings_switch_the_language_of_texts_and_errors() {
    let ui = Ui::new();
    let settings = ui.ok("get_settings", json!({}));
    assert_eq!(
        settings,
        json!({"language": "auto", "welcomeSeen": false, "locale": "nb", "systemLocale": "nb"})
    );
    assert_eq!(ui.ok("ui_texts", json!({}))["locale"], "nb");

    let changed = ui.ok(
        "update_settings",
        json!({ "request": {"language": "sv", "welcomeSeen": true} }),
    );
    assert_eq!(
        changed,
        json!({"language": "sv", "welcomeSeen": true, "locale": "sv", "systemLocale": "nb"})
    );
    let texts = ui.ok("ui_texts", json!({}));
    assert_eq!(texts["locale"], "sv");
    assert!(texts["ftl"]
        .as_str()
        .unwrap()
        .contains("welcome-title = Välkommen till Intervju"));
    let error = ui.err("get_interview", json!({ "request": {"id": 7} }));
    assert_eq!(error["message"], "Den intervjun finns inte längre.");

    let preview = ui.ok("ui_texts", json!({ "request": {"locale": "en"} }));
    assert_eq!(preview["locale"], "en");
}

#[test]
fn time_zones_offer_the_device_zone_and_the_iana_list() {
    let ui = Ui::new();
    let zones = ui.ok("list_time_zones", json!({}));
    assert_eq!(zones["device"], "Europe/Oslo");
    let all = zones["all"].as_array().unwrap();
    assert!(all.len() > 400);
    assert!(all.contains(&json!("Europe/Stockholm")));
}

#[test]
fn a_database_that_failed_to_open_answers_every_command_with_its_error() {
    let failure = intervju_core::Error::DatabaseTooNew {
        found: 7,
        supported: 1,
    }
    .to_payload(intervju_core::Locale::Sv);
    let ui = Ui::with_state(AppState::new(Err(failure)));
    assert_eq!(
        ui.ok("recovery_options", json!({})),
        json!({"backupAvailable": false})
    );
    let not_damaged = ui.err(
        "recover_database",
        json!({"request": {"restoreBackup": false}}),
    );
    assert_eq!(
        not_damaged["code"], "database_too_new",
        "only a damaged database is recovered"
    );
    let texts = ui.ok("ui_texts", json!({"request": {"locale": "sv"}}));
    assert!(
        texts["ftl"]
            .as_str()
            .unwrap()
            .contains("recover-empty = Börja med en tom databas"),
        "the way out can be read"
    );
    for cmd in declared_commands()
        .into_iter()
        .filter(|c| !c.starts_with("recover") && c != "ui_texts")
    {
        let error = ui.err(&cmd, json!({}));
        assert_eq!(error["code"], "database_too_new", "{cmd}");
        assert!(error["message"].as_str().unwrap().contains("nyare version"));
    }
}

/// Invariant: every command of the table is registered and answers in our error shape, and no
/// other command exists: every `#[tauri::command]` written in src-tauri/commands/ is in the table, and a
/// name outside it gets Tauri's refusal, not ours.
#[test]
fn every_declared_command_is_registered_and_nothing_else() {
    let ui = Ui::new();
    let declared = declared_commands();
    for cmd in &declared {
        if let Err(error) = ui.call(cmd, json!({"request": {"no such field": true}})) {
            assert!(
                error.get("code").is_some(),
                "{cmd} is not registered: {error}"
            );
        }
    }
    let source = common::command_sources();
    let written: Vec<&str> = source
        .split("#[tauri::command]")
        .skip(1)
        .map(|rest| {
            let name = rest.split("fn ").nth(1).expect("a command function");
            name.split(['(', '<']).next().unwrap().trim()
        })
        .collect();
    let mut sorted_written = written.clone();
    sorted_written.sort();
    let mut sorted_declared = declared.clone();
    sorted_declared.sort();
    assert_eq!(
        sorted_written, sorted_declared,
        "src-tauri/commands/ and command_table.rs differ"
    );
    for unknown in ["drop_everything", "plugin:log|log", "plugin:dialog|open"] {
        let refused = ui.call(unknown, json!({})).unwrap_err();
        assert!(
            refused.get("code").is_none(),
            "{unknown} answered: {refused}"
        );
    }
}

/// Invariant: the README's codes hold for every list: a limit out of range is `invalid_request`
/// (list, review, search alike), a date or date-time in any shape but the one documented is
/// refused, and NUL in a sheet text is `control_characters`; nothing is changed by any of them.
#[test]
fn limits_dates_and_control_characters_get_the_documented_codes() {
    let ui = Ui::new();
    let id = ui.ok("create_interview", json!({ "request": draft() }))["id"].clone();
    let before = ui.dump();
    let cases = [
        (
            "list_interviews",
            json!({"limit": 0}),
            "invalid_request",
            None,
        ),
        (
            "list_interviews",
            json!({"limit": 501}),
            "invalid_request",
            None,
        ),
        ("review", json!({"limit": 0}), "invalid_request", None),
        ("review", json!({"limit": 501}), "invalid_request", None),
        (
            "search",
            json!({"query": "x", "limit": 0}),
            "invalid_request",
            None,
        ),
        (
            "search",
            json!({"query": "x", "limit": 101}),
            "invalid_request",
            None,
        ),
        (
            "review",
            json!({"from": "2026-6-1"}),
            "invalid_request",
            None,
        ),
        (
            "review",
            json!({"to": "+2026-06-01"}),
            "invalid_request",
            None,
        ),
        (
            "add_practice_session",
            json!({"interviewId": id, "practisedOn": "2026-6-1"}),
            "validation",
            Some("invalid_date_time"),
        ),
        (
            "add_practice_session",
            json!({"interviewId": id, "practisedOn": " 2026-06-01"}),
            "validation",
            Some("invalid_date_time"),
        ),
        (
            "create_interview",
            json!({"company": "A", "role": "B", "startLocal": "2026-12-03T09:30:15"}),
            "validation",
            Some("invalid_date_time"),
        ),
        (
            "update_preparation",
            json!({"interviewId": id, "changes": {"research": "a\u{0}b"}}),
            "validation",
            Some("control_characters"),
        ),
    ];
    for (command, request, code, field_code) in cases {
        let error = ui.err(command, json!({ "request": request }));
        assert_eq!(error["code"], code, "{command} {request}: {error}");
        if let Some(field_code) = field_code {
            assert_eq!(error["fields"][0]["code"], field_code, "{command}: {error}");
        }
    }
    assert_eq!(ui.dump(), before);
    // The documented shapes are taken.
    ui.ok(
        "review",
        json!({"request": {"from": "2026-06-01", "to": "2026-12-31", "limit": 500}}),
    );
    ui.ok(
        "search",
        json!({"request": {"query": "Aker", "limit": 100}}),
    );
}
