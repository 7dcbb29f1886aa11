//! Malformed payloads at every command, as bytes over IPC — the way the UI sends requests — so
//! nothing stands between them and our parser. Invariants, for every command and every payload:
//! the answer is our `{code, message}` shape with code `invalid_request` and a message in the
//! user's language, and the database is exactly as before (a full dump).

mod common;

use common::Ui;
use intervju_lib::commands::NAMES;
use serde_json::{json, Value};

/// Each case: a name for the failure message and the bytes sent.
fn payloads() -> Vec<(&'static str, Vec<u8>)> {
    let deep_array = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
    let deep_object = format!("{}1{}", r#"{"a":"#.repeat(5_000), "}".repeat(5_000));
    let tags: Vec<String> = (0..60_000).map(|i| format!("tag{i}")).collect();
    let huge = json!({ "text": "Q?", "tags": tags, "interviewId": 1, "id": 1 });
    vec![
        ("lone surrogate", br#"{"company": "\ud800", "id": 1}"#.to_vec()),
        ("lone trailing surrogate", br#"{"text": "\udc00x"}"#.to_vec()),
        ("invalid UTF-8", b"{\"company\": \"\xff\xfe\"}".to_vec()),
        ("truncated", br#"{"id": 1"#.to_vec()),
        ("trailing garbage", br#"{"id": 1} {"id": 2}"#.to_vec()),
        ("not JSON", b"DROP TABLE interview".to_vec()),
        ("deep array", deep_array.into_bytes()),
        ("deep object", deep_object.into_bytes()),
        ("a bare string", br#""hello""#.to_vec()),
        ("a number", b"42".to_vec()),
        ("an array", br#"[1, 2, 3]"#.to_vec()),
        ("wrong types", br#"{"id": "one", "interviewId": [], "limit": -1, "query": {}, "format": 7, "name": false, "restoreBackup": "yes", "enabled": "on"}"#.to_vec()),
        ("unknown field", br#"{"noSuchField": true}"#.to_vec()),
        ("huge array", serde_json::to_vec(&huge).unwrap()),
        ("over the size limit", vec![b' '; (1 << 20) + 1]),
    ]
}

fn seeded() -> Ui {
    let ui = Ui::new();
    ui.ok(
        "create_interview",
        json!({"request": {"company": "Seed", "role": "Role", "startLocal": "2026-12-01T10:00"}}),
    );
    ui
}

#[test]
fn every_malformed_payload_to_every_command_is_refused_in_our_shape_and_changes_nothing() {
    let ui = seeded();
    let mut before = ui.dump();
    for command in NAMES {
        // Commands without a request (app_info, list_questions…) never read the body: whatever
        // they answer, it is not about the payload.
        let reads_the_body = !takes_no_request(command);
        for (case, bytes) in payloads() {
            let answer = ui.call_bytes(command, bytes);
            if !reads_the_body {
                if let Err(error) = answer {
                    assert!(error["code"].is_string(), "{command} / {case}: {error}");
                }
                // Some act without a request (start_pairing keeps a new code): the payload is
                // not what changed anything.
                before = ui.dump();
                continue;
            }
            let error = answer
                .err()
                .unwrap_or_else(|| panic!("{command} / {case}: a malformed payload was accepted"));
            assert!(
                error.is_object(),
                "{command} / {case}: not our error shape: {error}"
            );
            assert_eq!(
                error["code"], "invalid_request",
                "{command} / {case}: {error}"
            );
            let message = error["message"].as_str().unwrap_or_default();
            assert!(
                message.contains("forespørsel"),
                "{command} / {case}: message not in Norwegian: {message}"
            );
        }
        assert_eq!(
            ui.dump(),
            before,
            "a refused payload to {command} changed the database"
        );
    }
}

/// The commands whose answer does not depend on a request.
fn takes_no_request(command: &str) -> bool {
    let source = common::command_sources();
    // The name followed by its parameters or its generics, so `review` is not `review_trends`.
    let start = [
        format!("async fn {command}("),
        format!("async fn {command}<"),
    ]
    .iter()
    .filter_map(|signature| source.find(signature.as_str()))
    .min()
    .unwrap_or_else(|| panic!("{command} is in src-tauri/commands/"));
    let signature = &source[start..];
    let signature = &signature[..signature.find('{').unwrap()];
    !signature.contains("Request<'_>")
}

/// Invariant: the UI's own encoding of a request (JSON text as UTF-8 bytes) is read as the
/// same request as the JSON form, so the byte path is the real path and not a second parser.
#[test]
fn bytes_and_json_requests_mean_the_same() {
    let ui = seeded();
    let as_json = ui.ok("list_interviews", json!({"request": {"limit": 1}}));
    let as_bytes = ui
        .call_bytes("list_interviews", br#"{"limit": 1}"#.to_vec())
        .unwrap();
    assert_eq!(as_json, as_bytes);
    let empty = ui.call_bytes("list_interviews", Vec::new()).unwrap();
    assert_eq!(empty["total"], Value::from(1));
}
