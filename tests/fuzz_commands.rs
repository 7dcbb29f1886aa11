//! Bad input at every command: arbitrary and adversarial JSON — wrong types, unknown fields, huge
//! strings, invalid zones and dates, unknown ids, SQL and HTML payloads — sent through the mock
//! runtime as the UI would. Invariants: no panic; an error is one of the documented codes with a
//! message; and an error leaves the database exactly as it was (compared as a full dump).

mod common;

use common::Ui;
/// Field names the commands know (the fuzz targets' list), so generated objects often hit real
/// fields with wrong values.
use intervju_fuzz::{FIELDS, REFUSALS};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

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

/// Commands the mock runtime cannot answer even when asked rightly: no data folder (a database
/// in memory has no backups), no local network.
const NOT_ON_THE_MOCK: &[&str] = &["restore_backup", "recover_database", "sync_now"];

fn acceptable(command: &str, code: &str) -> bool {
    // A storage or io error would mean bad input reached the database or a file.
    REFUSALS.contains(&code) || (code == "io" && NEEDS_THE_DESKTOP.contains(&command))
}

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

/// A database with something of every kind in it, so ids and keys can hit real rows:
/// interview 1 (upcoming) with a checked item, its own checklist item, a preparation item, a
/// practice session, question 1 and a begun reflection; interview 2 (past) whose reflection
/// holds a lesson, shown on interview 1; interview 3 from an invitation; a pairing code
/// waiting (peer 1).
fn seeded() -> Ui {
    let ui = Ui::new();
    let ask = |command: &str, request: Value| ui.ok(command, json!({ "request": request }));
    let id = ask(
        "create_interview",
        json!({"company": "Seed", "role": "Role", "startLocal": "2026-12-01T10:00"}),
    )["id"]
        .clone();
    ask(
        "check_checklist_item",
        json!({"interviewId": id, "key": "dress.clean", "checked": true}),
    );
    ask(
        "add_checklist_item",
        json!({"interviewId": id, "section": "dress", "text": "Paraply", "scope": "interview"}),
    );
    ask(
        "add_preparation_item",
        json!({"interviewId": id, "list": "ask", "text": "Why?"}),
    );
    ask(
        "add_practice_session",
        json!({"interviewId": id, "practisedOn": "2026-11-28", "partner": "Søster"}),
    );
    ask("create_question", json!({"text": "Q?", "interviewId": id}));
    ask(
        "update_reflection",
        json!({"interviewId": id, "changes": {"feeling": 3}}),
    );
    let past = ask(
        "create_interview",
        json!({"company": "Earlier", "role": "Role", "startLocal": "2026-11-20T10:00"}),
    )["id"]
        .clone();
    ask(
        "update_reflection",
        json!({"interviewId": past, "changes": {"doDifferently": "Spør om teamet"}}),
    );
    ask(
        "create_invited_interview",
        json!({"interview": {"company": "Invited", "role": "Role", "startLocal": "2026-12-05T10:00"},
        "invitation": {"uid": "fuzz@example.com", "sequence": 0, "stamp": "2026-11-28T08:00:00Z"}}),
    );
    ask(
        "add_activity",
        json!({"kind": "application", "date": "2026-11-20", "employer": "Seed AS", "stage": "waiting"}),
    );
    ask(
        "mark_period_reported",
        json!({"authority": "nav", "start": "2026-11-10", "end": "2026-11-23"}),
    );
    ui.ok("start_pairing", json!({}));
    ui
}

/// How many requests each command gets: `FUZZ_CASES_PER_COMMAND` (`make stress` sends 2,000),
/// else a few dozen in `make test`.
fn cases_per_command() -> u32 {
    std::env::var("FUZZ_CASES_PER_COMMAND")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(40)
}

/// A request each command takes on the seeded database (see `seeded`), read from `ui` where it
/// must be: the start of the valid and boundary cases.
fn valid(ui: &Ui, command: &str) -> Value {
    let interview = json!({"company": "Fjord Data AS", "role": "Utvikler", "startLocal": "2026-12-01T10:00",
        "timeZone": "Europe/Oslo", "durationMinutes": 60, "location": "Oslo",
        "interviewers": [{"name": "Kari", "role": "Leder"}]});
    let invitation =
        json!({"uid": "fuzz@example.com", "sequence": 1, "stamp": "2026-11-29T08:00:00Z"});
    let own_item = || {
        let checklist = ui.ok("get_checklist", json!({"request": {"interviewId": 1}}));
        let keys: Vec<String> = checklist
            .to_string()
            .split('"')
            .filter(|s| s.starts_with("own."))
            .map(str::to_owned)
            .collect();
        json!(keys.first().cloned().unwrap_or_else(|| "own.1".into()))
    };
    match command {
        "update_settings" => json!({"language": "nb", "welcomeSeen": true}),
        "ui_texts" => json!({"locale": "sv"}),
        "list_interviews" => json!({"limit": 30, "offset": 0}),
        "get_interview" | "delete_interview" => json!({"id": 1}),
        "create_interview" => interview,
        "update_interview" => json!({"id": 1, "interview": interview}),
        "get_checklist" | "reset_checklist" | "get_preparation" | "get_reflection"
        | "list_lessons" | "get_feedback" | "list_reminders" | "practice_deck" => {
            json!({"interviewId": 1})
        }
        "check_checklist_item" => json!({"interviewId": 1, "key": "dress.clean", "checked": false}),
        "hide_checklist_item" => {
            json!({"interviewId": 1, "key": "dress.clean", "scope": "interview"})
        }
        "restore_checklist_item" => json!({"interviewId": 1, "key": "dress.clean"}),
        "remove_checklist_item" => json!({"interviewId": 1, "key": own_item()}),
        "add_checklist_item" => {
            json!({"interviewId": 1, "section": "conduct", "text": "Vitnemål", "scope": "everywhere"})
        }
        "update_preparation" => {
            json!({"interviewId": 1, "changes": {"research": "Les årsrapporten"}})
        }
        "add_preparation_item" => {
            json!({"interviewId": 1, "list": "ask", "text": "Hvor stort er teamet?"})
        }
        "update_preparation_item" => json!({"interviewId": 1, "itemId": 1, "done": true}),
        "remove_preparation_item" => json!({"interviewId": 1, "itemId": 1}),
        "reorder_preparation_items" => json!({"interviewId": 1, "list": "ask", "order": [1]}),
        "add_practice_session" => {
            json!({"interviewId": 1, "practisedOn": "2026-11-28", "partner": "Søster"})
        }
        "remove_practice_session" => json!({"interviewId": 1, "sessionId": 1}),
        "create_question" => {
            json!({"text": "Hvorfor oss?", "answer": "Oppdraget", "tags": ["motivasjon"], "interviewId": 1})
        }
        "update_question" => json!({"id": 1, "text": "Hvorfor akkurat oss?"}),
        "delete_question" => json!({"questionId": 1}),
        "set_question_use" => {
            json!({"questionId": 1, "interviewId": 1, "prepared": true, "asked": true})
        }
        "record_practice" => json!({"questionId": 1, "rating": "good"}),
        "update_reflection" => {
            json!({"interviewId": 1, "changes": {"feeling": 4, "doDifferently": "Spørre mer"}})
        }
        "complete_reflection" => json!({"interviewId": 1, "part": "after"}),
        "set_lesson_learned" => {
            let lessons = ui.ok("list_lessons", json!({"request": {"interviewId": 1}}));
            json!({"lessonId": lessons[0]["id"], "learned": true})
        }
        "set_outcome" => json!({"interviewId": 1, "status": "rejected"}),
        "update_feedback" => json!({"interviewId": 1, "feedback": "Vis mer initiativ"}),
        "update_reminder_settings" => ui.ok("get_reminder_settings", json!({})),
        "set_reminder_switch" => {
            json!({"interviewId": 1, "kind": "after_end", "enabled": false, "value": null})
        }
        "mark_reminder_seen" => json!({"reminderId": 1}),
        "snooze_reminder" => json!({"reminderId": 1, "snooze": "hour_1"}),
        "set_autostart" => json!({"enabled": false}),
        "recover_database" => json!({"restoreBackup": null}),
        "restore_backup" => json!({"name": "intervju-2026-11-29.sqlite3"}),
        "review" => json!({"limit": 20}),
        "search" => json!({"query": "Fjord"}),
        "export_file" => json!({"format": "csv"}),
        "create_invited_interview" => json!({"interview": interview,
            "invitation": {"uid": "new@example.com", "sequence": 0, "stamp": "2026-11-29T08:00:00Z"}}),
        "move_invited_interview" => json!({"interviewId": 3, "invitation": invitation,
            "startLocal": "2026-12-02T10:00", "timeZone": "Europe/Oslo", "durationMinutes": 45}),
        "cancel_invited_interview" => json!({"interviewId": 3, "invitation": invitation}),
        "rename_device" => json!({"name": "Jobb-PC"}),
        "enter_pairing_code" => json!({"code": "abandon ability able about above absent"}),
        "unpair_device" | "send_changes" => json!({"peerId": 1}),
        "update_reporting" => json!({"authority": "nav", "navDue": "2026-12-08"}),
        "activity_report" => {
            json!({"authority": "arbetsformedlingen", "start": "2026-11-01", "end": "2026-11-30"})
        }
        "add_activity" => {
            json!({"kind": "contact", "date": "2026-11-25", "employer": "Fjord Data AS",
            "title": "Utvikler", "place": "Oslo", "stage": "interview", "note": "Ringte"})
        }
        "get_activity" | "delete_activity" => json!({"id": 1}),
        "update_activity" => {
            json!({"id": 1, "activity": {"kind": "application", "date": "2026-11-21",
            "employer": "Seed AS", "stage": "rejected"}})
        }
        "mark_period_reported" => {
            json!({"authority": "arbetsformedlingen", "start": "2026-11-01", "end": "2026-11-30"})
        }
        "unmark_period_reported" => json!({"authority": "nav", "start": "2026-11-10"}),
        _ => json!({}),
    }
}

/// Values at and past the edges of what fields take.
fn boundary() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!("")),
        Just(json!("   ")),
        Just(json!(null)),
        Just(json!([])),
        Just(json!({})),
        Just(json!(0)),
        Just(json!(-1)),
        Just(json!(1)),
        Just(json!(i64::MAX)),
        Just(json!(i64::MIN)),
        Just(json!(9_007_199_254_740_993u64)),
        Just(json!(0.5)),
        Just(json!(true)),
        prop::sample::select(vec![
            59usize, 60, 61, 119, 120, 121, 200, 201, 299, 300, 301, 1000, 1001, 20_000, 20_001
        ])
        .prop_map(|n| json!("é".repeat(n))),
        prop::sample::select(intervju_fuzz::known_texts().to_vec()).prop_map(|t| json!(t)),
    ]
}

/// `request` with the value at one of its paths (object fields and array items, at any depth)
/// replaced by `with`; `at` picks the path.
fn replace_one(request: &Value, at: usize, with: Value) -> Value {
    fn paths(value: &Value, here: Vec<String>, out: &mut Vec<Vec<String>>) {
        match value {
            Value::Object(map) => map.iter().for_each(|(k, v)| {
                let path = [here.clone(), vec![k.clone()]].concat();
                out.push(path.clone());
                paths(v, path, out);
            }),
            Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| {
                let path = [here.clone(), vec![i.to_string()]].concat();
                out.push(path.clone());
                paths(v, path, out);
            }),
            _ => {}
        }
    }
    let mut all = vec![];
    paths(request, vec![], &mut all);
    let mut out = request.clone();
    if all.is_empty() {
        return with;
    }
    let pointer: String = all[at % all.len()]
        .iter()
        .map(|p| format!("/{p}"))
        .collect();
    *out.pointer_mut(&pointer).expect("a path of the request") = with;
    out
}

/// What a command is sent: its valid request, the valid request with one value at an edge,
/// or any JSON at all.
fn requests(ui: &Ui, command: &'static str) -> impl Strategy<Value = Option<Value>> {
    let shape = valid(ui, command);
    let spoiled = shape.clone();
    prop_oneof![
        1 => Just(Some(shape)),
        2 => (any::<usize>(), boundary()).prop_map(move |(at, with)| Some(replace_one(&spoiled, at, with))),
        2 => prop_oneof![Just(None), value(3).prop_map(Some)],
    ]
}

/// Many requests to every command, each on a freshly seeded app: answered, or refused with one
/// of the documented codes and words, the database unchanged. `make stress` sends 2,000 per
/// command and the report counts them.
#[test]
fn every_command_takes_many_requests_and_refuses_bad_ones_cleanly() {
    let cases = cases_per_command();
    let mut report = vec![];
    for command in intervju_lib::commands::NAMES {
        let ui = seeded();
        // The valid request is one: it is answered (where the mock runtime can answer it).
        if !NEEDS_THE_DESKTOP.contains(command) && !NOT_ON_THE_MOCK.contains(command) {
            let shape = valid(&ui, command);
            let first = ui.call(command, json!({ "request": shape }));
            assert!(
                first.is_ok(),
                "{command}: its valid request {shape} is refused: {first:?}"
            );
        }
        let (accepted, refused) = (std::cell::Cell::new(0u32), std::cell::Cell::new(0u32));
        let config = ProptestConfig {
            cases,
            failure_persistence: None,
            ..ProptestConfig::default()
        };
        let mut runner = proptest::test_runner::TestRunner::new(config);
        let result = runner.run(&requests(&ui, command), |request| {
            let args = match request {
                Some(request) => json!({ "request": request }),
                None => json!({}),
            };
            let before = ui.dump();
            match ui.call(command, args.clone()) {
                Ok(_) => accepted.set(accepted.get() + 1),
                Err(error) => {
                    refused.set(refused.get() + 1);
                    let code = error["code"].as_str().unwrap_or_default();
                    prop_assert!(
                        acceptable(command, code),
                        "{command} {args}: not a refusal: {error}"
                    );
                    prop_assert!(!error["message"].as_str().unwrap_or_default().is_empty());
                    prop_assert_eq!(
                        ui.dump(),
                        before,
                        "{} {} changed the database though it failed",
                        command,
                        args
                    );
                }
            }
            Ok(())
        });
        if let Err(failure) = result {
            panic!("{command}: {failure}");
        }
        // proptest may run more than `cases` when it rejects some; never fewer.
        assert!(
            accepted.get() + refused.get() >= cases,
            "{command}: fewer cases than asked for"
        );
        report.push(format!(
            "{command}: {} cases, {} answered, {} refused",
            accepted.get() + refused.get(),
            accepted.get(),
            refused.get()
        ));
    }
    println!(
        "{}\n0 panics, 0 changes on error, {} commands",
        report.join("\n"),
        report.len()
    );
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
