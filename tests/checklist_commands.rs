//! The checklist commands through the mock runtime: the JSON the way-in screen sends and gets.

mod common;

use common::Ui;
use serde_json::{json, Value};

fn interview(ui: &Ui) -> i64 {
    let created = ui.ok(
        "create_interview",
        json!({"request": {"company": "Vy", "role": "Togleder", "startLocal": "2026-12-02T08:15"}}),
    );
    created["id"].as_i64().unwrap()
}

fn keys(view: &Value) -> Vec<String> {
    view["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["items"].as_array().unwrap().iter())
        .map(|i| i["key"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn tick_hide_add_and_reset_through_ipc() {
    let ui = Ui::new();
    let id = interview(&ui);
    let fresh = ui.ok("get_checklist", json!({"request": {"interviewId": id}}));
    assert_eq!(fresh["templateVersion"], 1);
    assert_eq!(fresh["sections"][0]["id"], "dress");
    assert_eq!(
        fresh["sections"][0]["items"][0],
        json!({
            "key": "dress.clean", "section": "dress", "textId": "check-dress-clean",
            "text": null, "own": null, "checked": false, "hidden": null
        })
    );
    let total = fresh["progress"]["total"].as_u64().unwrap();
    assert_eq!(fresh["progress"], json!({"done": 0, "total": total}));

    let ticked = ui.ok(
        "check_checklist_item",
        json!({"request": {"interviewId": id, "key": "first.smile", "checked": true}}),
    );
    assert_eq!(ticked["progress"]["done"], 1);

    let hidden = ui.ok(
        "hide_checklist_item",
        json!({"request": {"interviewId": id, "key": "dress.scent", "scope": "everywhere"}}),
    );
    assert_eq!(hidden["hidden"][0]["key"], "dress.scent");
    assert_eq!(hidden["hidden"][0]["hidden"], "everywhere");
    assert_eq!(hidden["progress"]["total"].as_u64().unwrap(), total - 1);

    let added = ui.ok("add_checklist_item", json!({"request": {"interviewId": id, "section": "first_minute", "text": "Firm handshake", "scope": "interview"}}));
    let own = keys(&added)
        .into_iter()
        .find(|k| k.starts_with("own."))
        .unwrap();
    let restored = ui.ok(
        "restore_checklist_item",
        json!({"request": {"interviewId": id, "key": "dress.scent"}}),
    );
    assert!(restored["hidden"].as_array().unwrap().is_empty());

    let reset = ui.ok("reset_checklist", json!({"request": {"interviewId": id}}));
    assert_eq!(reset["progress"]["done"], 0);
    assert!(keys(&reset).contains(&own));
    let removed = ui.ok(
        "remove_checklist_item",
        json!({"request": {"interviewId": id, "key": own}}),
    );
    assert!(!keys(&removed).contains(&own));
}

/// Invariant: bad input is refused with a documented, translated error and the list is unchanged.
#[test]
fn bad_checklist_requests_are_refused_and_change_nothing() {
    let ui = Ui::new();
    let id = interview(&ui);
    ui.ok(
        "check_checklist_item",
        json!({"request": {"interviewId": id, "key": "dress.clean", "checked": true}}),
    );
    let before = ui.ok("get_checklist", json!({"request": {"interviewId": id}}));

    let unknown = ui.err(
        "check_checklist_item",
        json!({"request": {"interviewId": id, "key": "dress.tie", "checked": true}}),
    );
    assert_eq!(unknown["code"], "validation");
    assert_eq!(
        unknown["fields"][0],
        json!({"field": "key", "code": "unknown_item", "message": "Det punktet finnes ikke på denne listen."})
    );

    let long = ui.err("add_checklist_item", json!({"request": {"interviewId": id, "section": "dress", "text": "x".repeat(201), "scope": "interview"}}));
    assert_eq!(long["fields"][0]["code"], "too_long");
    assert_eq!(long["fields"][0]["message"], "Bruk høyst 200 tegn.");

    let builtin = ui.err(
        "remove_checklist_item",
        json!({"request": {"interviewId": id, "key": "dress.clean"}}),
    );
    assert_eq!(builtin["fields"][0]["code"], "built_in_item");

    assert_eq!(
        ui.err("get_checklist", json!({"request": {"interviewId": 999}}))["code"],
        "not_found"
    );
    for args in [
        json!({"request": {"interviewId": id, "key": "dress.clean", "checked": "yes"}}),
        json!({"request": {"interviewId": id, "key": "dress.clean"}}),
        json!({"request": {"interviewId": id, "key": "dress.clean", "checked": true, "extra": 1}}),
    ] {
        assert_eq!(
            ui.err("check_checklist_item", args)["code"],
            "invalid_request"
        );
    }
    assert_eq!(
        ui.err(
            "hide_checklist_item",
            json!({"request": {"interviewId": id, "key": "dress.clean", "scope": "galaxy"}})
        )["code"],
        "invalid_request"
    );
    assert_eq!(ui.err("add_checklist_item", json!({"request": {"interviewId": id, "section": "shoes", "text": "x", "scope": "interview"}}))["code"], "invalid_request");

    assert_eq!(
        ui.ok("get_checklist", json!({"request": {"interviewId": id}})),
        before
    );
}
