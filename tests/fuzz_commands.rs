//! Bad input at every command: arbitrary and adversarial JSON — wrong types, unknown fields, huge
//! strings, invalid zones and dates, unknown ids, SQL and HTML payloads — sent through the mock
//! runtime as the UI would. Invariants: no panic; an error is one of the documented codes with a
//! message; and an error leaves the database exactly as it was (compared as a full dump).

mod common;

use common::Ui;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// What bad input may be answered with: a refusal of the request. A storage or io error here
/// would mean bad input reached the database or a file, so it fails the test.
const CODES: &[&str] = &["invalid_request", "validation", "not_found"];

/// Commands that, once their request is accepted, need what the mock runtime lacks (a file
/// dialog, autostart, a data folder): for them, and only after a valid request, `io` is the answer.
const NEEDS_THE_DESKTOP: &[&str] = &[
    "export_file",
    "import_backup",
    "import_invitation",
    "backup_now",
    "set_autostart",
    "send_changes",
    "receive_changes",
    // The notification plugin is not on the mock runtime.
    "notification_permission",
    "request_notification_permission",
];

fn acceptable(command: &str, code: &str) -> bool {
    CODES.contains(&code) || (code == "io" && NEEDS_THE_DESKTOP.contains(&command))
}

/// Field names the commands know, so generated objects often hit real fields with wrong values.
const FIELDS: &[&str] = &[
    "id",
    "peerId",
    "code",
    "interviewId",
    "invitation",
    "uid",
    "sequence",
    "company",
    "role",
    "round",
    "startLocal",
    "timeZone",
    "durationMinutes",
    "interviewers",
    "status",
    "key",
    "checked",
    "scope",
    "section",
    "text",
    "list",
    "itemId",
    "order",
    "changes",
    "questionId",
    "rating",
    "answer",
    "tags",
    "prepared",
    "asked",
    "part",
    "lessonId",
    "learned",
    "feedback",
    "kind",
    "enabled",
    "value",
    "reminderId",
    "snooze",
    "limit",
    "offset",
    "language",
    "welcomeSeen",
    "locale",
    "interview",
    "practisedOn",
    "kinds",
    "quietHours",
    "feeling",
    "doDifferently",
    "previousRoundId",
    "jobAdUrl",
];

fn nasty_string() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("'; DROP TABLE interview; --".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("Europe/Atlantis".to_owned()),
        Just("2026-02-30T25:61".to_owned()),
        Just("2026-03-29T02:30".to_owned()),
        Just("own.1".to_owned()),
        Just("dress.clean".to_owned()),
        Just("\u{0}\u{7}".to_owned()),
        Just("x".repeat(25_000)),
        "\\PC{0,40}",
    ]
}

fn value(depth: u32) -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        prop_oneof![
            Just(0i64),
            Just(1),
            Just(-1),
            Just(i64::MAX),
            Just(i64::MIN),
            any::<i64>()
        ]
        .prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        nasty_string().prop_map(Value::from),
    ];
    if depth == 0 {
        return leaf.boxed();
    }
    prop_oneof![
        3 => leaf,
        1 => prop::collection::vec(value(depth - 1), 0..4).prop_map(Value::from),
        2 => prop::collection::vec((prop::sample::select(FIELDS), value(depth - 1)), 0..6)
            .prop_map(|pairs| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect::<Map<_, _>>())),
    ]
    .boxed()
}

fn commands() -> Vec<String> {
    intervju_lib::commands::NAMES
        .iter()
        .map(|n| n.to_string())
        .collect()
}

/// A database with something in it, so ids and keys can hit real rows.
fn seeded() -> Ui {
    let ui = Ui::new();
    let id = ui.ok(
        "create_interview",
        json!({"request": {"company": "Seed", "role": "Role", "startLocal": "2026-12-01T10:00"}}),
    )["id"]
        .clone();
    ui.ok(
        "check_checklist_item",
        json!({"request": {"interviewId": id, "key": "dress.clean", "checked": true}}),
    );
    ui.ok(
        "add_preparation_item",
        json!({"request": {"interviewId": id, "list": "ask", "text": "Why?"}}),
    );
    ui.ok(
        "create_question",
        json!({"request": {"text": "Q?", "interviewId": id}}),
    );
    ui.ok(
        "update_reflection",
        json!({"request": {"interviewId": id, "changes": {"feeling": 3}}}),
    );
    ui
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn any_json_to_any_command_is_refused_cleanly_or_accepted(
        which in 0usize..1000,
        request in prop_oneof![Just(None), value(3).prop_map(Some)],
        wrap in any::<bool>(),
    ) {
        thread_local! { static UI: Ui = seeded(); }
        let commands = commands();
        let command = &commands[which % commands.len()];
        let args = match (request, wrap) {
            (Some(request), true) => json!({ "request": request }),
            (Some(Value::Object(map)), false) => Value::Object(map),
            (Some(other), false) => json!({ "request": other }),
            (None, _) => json!({}),
        };
        UI.with(|ui| {
            let before = ui.dump();
            match ui.call(command, args.clone()) {
                Ok(_) => Ok(()),
                Err(error) => {
                    let code = error["code"].as_str().unwrap_or_default();
                    prop_assert!(acceptable(command, code), "{command} {args}: not a refusal: {error}");
                    prop_assert!(!error["message"].as_str().unwrap_or_default().is_empty());
                    prop_assert_eq!(ui.dump(), before, "{} {} changed the database though it failed", command, args);
                    Ok(())
                }
            }
        })?;
    }
}

/// Aimed requests: each command's real shape with one field spoiled.
#[test]
fn each_command_refuses_a_spoiled_field_and_changes_nothing() {
    let ui = seeded();
    let spoiled = [
        (
            "create_interview",
            json!({"company": "A", "role": "B", "startLocal": "2026-12-01T10:00", "timeZone": "Mars/Olympus"}),
        ),
        (
            "create_interview",
            json!({"company": "A", "role": "B", "startLocal": "2026-12-01T10:00", "durationMinutes": 1e12}),
        ),
        (
            "update_interview",
            json!({"id": 1, "interview": {"company": "<script>", "role": "B", "startLocal": "tomorrow"}}),
        ),
        (
            "update_interview",
            json!({"id": 999, "interview": {"company": "A", "role": "B", "startLocal": "2026-12-01T10:00"}}),
        ),
        ("delete_interview", json!({"id": -1})),
        (
            "check_checklist_item",
            json!({"interviewId": 1, "key": "'; DELETE FROM checklist_check; --", "checked": false}),
        ),
        (
            "add_preparation_item",
            json!({"interviewId": 1, "list": "ask", "text": "x".repeat(301)}),
        ),
        (
            "update_preparation",
            json!({"interviewId": 1, "changes": {"research": "ok", "whyMe": "\u{0}"}}),
        ),
        (
            "reorder_preparation_items",
            json!({"interviewId": 1, "list": "ask", "order": [1, 1]}),
        ),
        (
            "update_reflection",
            json!({"interviewId": 1, "changes": {"feeling": 3, "firstRating": 0}}),
        ),
        ("set_outcome", json!({"interviewId": 1, "status": "offer"})),
        (
            "update_reminder_settings",
            json!({"kinds": [], "quietHours": {"enabled": true, "start": 0, "end": 0}}),
        ),
        (
            "set_reminder_switch",
            json!({"interviewId": 1, "kind": "after_end", "enabled": true, "value": 100000}),
        ),
        (
            "snooze_reminder",
            json!({"reminderId": 424242, "snooze": "hour_1"}),
        ),
        ("record_practice", json!({"questionId": 1, "rating": 3})),
        ("update_settings", json!({"language": "<b>nb</b>"})),
        ("rename_device", json!({"name": "   "})),
        ("rename_device", json!({"name": "x".repeat(61)})),
        (
            "enter_pairing_code",
            json!({"code": "abandon ability able"}),
        ),
        (
            "enter_pairing_code",
            json!({"code": "zzz zzz zzz zzz zzz zzz"}),
        ),
        ("unpair_device", json!({"peerId": 424242})),
        (
            "create_invited_interview",
            json!({"interview": {"company": "A", "role": "B", "startLocal": "2026-12-01T10:00"},
                   "invitation": {"uid": "a\u{0}b", "sequence": 0}}),
        ),
        (
            "create_invited_interview",
            json!({"interview": {"company": "A", "role": "B", "startLocal": "2026-12-01T10:00"},
                   "invitation": {"uid": "x".repeat(1001), "sequence": 0}}),
        ),
        (
            "move_invited_interview",
            json!({"interviewId": 1, "invitation": {"uid": "never-imported", "sequence": 1},
                   "startLocal": "2026-12-02T10:00", "timeZone": "Europe/Oslo", "durationMinutes": 60}),
        ),
        (
            "move_invited_interview",
            json!({"interviewId": 1, "invitation": {"uid": "u", "sequence": -1},
                   "startLocal": "2026-12-02T10:00", "timeZone": "Europe/Oslo", "durationMinutes": 60}),
        ),
        (
            "cancel_invited_interview",
            json!({"interviewId": 1, "invitation": {"uid": "never-imported", "sequence": 9}}),
        ),
        (
            "cancel_invited_interview",
            json!({"interviewId": 1, "invitation": {"uid": "u", "sequence": 0, "stamp": "yesterday"}}),
        ),
        // Checked before the save dialog would open: no file is asked for an unknown peer.
        ("send_changes", json!({"peerId": 424242})),
    ];
    for (command, request) in spoiled {
        let before = ui.dump();
        let error = ui.err(command, json!({ "request": request }));
        assert!(
            acceptable(command, error["code"].as_str().unwrap()),
            "{command}: {error}"
        );
        assert_eq!(
            ui.dump(),
            before,
            "{command} changed the database though it failed"
        );
    }
}
