//! Preparation and question-bank commands through the mock runtime.

mod common;

use common::Ui;
use serde_json::{json, Value};

fn interview(ui: &Ui, extra: Value) -> i64 {
    let mut request =
        json!({"company": "Kongsberg", "role": "Engineer", "startLocal": "2026-12-04T13:00"});
    request
        .as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    ui.ok("create_interview", json!({ "request": request }))["id"]
        .as_i64()
        .unwrap()
}

fn texts(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|i| i["text"].as_str().unwrap())
        .collect()
}

#[test]
fn a_sheet_is_written_listed_reordered_and_carried_into_round_two() {
    let ui = Ui::new();
    let id = interview(&ui, json!({}));
    let empty = ui.ok("get_preparation", json!({"request": {"interviewId": id}}));
    assert_eq!(empty["sheet"]["research"], "");
    assert_eq!(empty["sheet"]["updatedAt"], Value::Null);
    assert_eq!(empty["earlierRound"], Value::Null);
    assert_eq!(empty["lessons"], json!([]));

    let saved = ui.ok("update_preparation", json!({"request": {"interviewId": id, "changes": {"whyJob": "Defence tech, and I want to build things that matter"}}}));
    assert_eq!(
        saved["whyJob"],
        "Defence tech, and I want to build things that matter"
    );
    assert_eq!(saved["updatedAt"], "2026-11-29T08:00:00Z");

    for text in ["C++", "Safety standards", "Team lead"] {
        ui.ok(
            "add_preparation_item",
            json!({"request": {"interviewId": id, "list": "competency", "text": text}}),
        );
    }
    let view = ui.ok("get_preparation", json!({"request": {"interviewId": id}}));
    let ids: Vec<i64> = view["lists"]["competency"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    let reordered = ui.ok("reorder_preparation_items", json!({"request": {"interviewId": id, "list": "competency", "order": [ids[1], ids[2], ids[0]]}}));
    assert_eq!(
        texts(&reordered["lists"]["competency"]),
        ["Safety standards", "Team lead", "C++"]
    );
    let done = ui.ok(
        "update_preparation_item",
        json!({"request": {"interviewId": id, "itemId": ids[0], "done": true}}),
    );
    assert_eq!(done["lists"]["competency"][2]["done"], true);
    let logged = ui.ok(
        "add_practice_session",
        json!({"request": {"interviewId": id, "practisedOn": "2026-11-28", "partner": "Sister"}}),
    );
    assert_eq!(logged["practiceLog"][0]["partner"], "Sister");

    let q = ui.ok("create_question", json!({"request": {"text": "Why us?", "answer": "Mission", "tags": ["motivation"], "interviewId": id}}));
    assert_eq!(q["preparedFor"], json!([id]));
    ui.ok("set_question_use", json!({"request": {"questionId": q["id"], "interviewId": id, "prepared": true, "asked": true}}));

    let second = interview(
        &ui,
        json!({"round": "second", "previousRoundId": id, "startLocal": "2026-12-11T13:00"}),
    );
    let next = ui.ok(
        "get_preparation",
        json!({"request": {"interviewId": second}}),
    );
    assert_eq!(
        next["sheet"]["whyJob"],
        "Defence tech, and I want to build things that matter"
    );
    assert_eq!(next["earlierRound"]["interviewId"], id);
    assert_eq!(next["earlierRound"]["questions"][0]["askedIn"], json!([id]));
    assert_eq!(
        texts(&next["lists"]["competency"]),
        ["Safety standards", "Team lead", "C++"]
    );
}

#[test]
fn practice_goes_weakest_first_and_remembers_how_it_went() {
    let ui = Ui::new();
    let a = ui.ok(
        "create_question",
        json!({"request": {"text": "Strengths?"}}),
    )["id"]
        .clone();
    let b = ui.ok(
        "create_question",
        json!({"request": {"text": "Weaknesses?"}}),
    )["id"]
        .clone();
    ui.ok(
        "record_practice",
        json!({"request": {"questionId": a, "rating": "good"}}),
    );
    let rated = ui.ok(
        "record_practice",
        json!({"request": {"questionId": b, "rating": "poor"}}),
    );
    assert_eq!(
        (rated["attempts"].clone(), rated["lastRating"].clone()),
        (json!(1), json!("poor"))
    );
    let deck = ui.ok("practice_deck", json!({}));
    assert_eq!(deck[0]["id"], b);
    assert_eq!(deck[1]["id"], a);
    assert_eq!(
        ui.ok("list_questions", json!({})).as_array().unwrap().len(),
        2
    );
    assert_eq!(
        ui.ok("delete_question", json!({"request": {"questionId": a}})),
        Value::Null
    );
}

/// Invariant: refused requests answer with a documented code and leave the sheet as it was.
#[test]
fn bad_preparation_requests_are_refused_and_change_nothing() {
    let ui = Ui::new();
    let id = interview(&ui, json!({}));
    ui.ok(
        "add_preparation_item",
        json!({"request": {"interviewId": id, "list": "ask", "text": "How is success measured?"}}),
    );
    let before = ui.ok("get_preparation", json!({"request": {"interviewId": id}}));
    let item = before["lists"]["ask"][0]["id"].clone();

    let huge = ui.err(
        "update_preparation",
        json!({"request": {"interviewId": id, "changes": {"research": "x".repeat(20_001)}}}),
    );
    assert_eq!(
        huge["fields"][0],
        json!({"field": "research", "code": "too_long", "message": "Bruk høyst 20000 tegn."})
    );
    let unknown = ui.err(
        "update_preparation_item",
        json!({"request": {"interviewId": id, "itemId": 999, "done": true}}),
    );
    assert_eq!(unknown["fields"][0]["code"], "unknown_item");
    let wrong_order = ui.err(
        "reorder_preparation_items",
        json!({"request": {"interviewId": id, "list": "ask", "order": []}}),
    );
    assert_eq!(wrong_order["fields"][0]["field"], "order");
    assert_eq!(
        ui.err("get_preparation", json!({"request": {"interviewId": 999}}))["code"],
        "not_found"
    );
    for (cmd, request) in [
        (
            "update_preparation",
            json!({"interviewId": id, "changes": {"salary": "a lot"}}),
        ),
        (
            "update_preparation",
            json!({"interviewId": id, "changes": {"research": 5}}),
        ),
        (
            "add_preparation_item",
            json!({"interviewId": id, "list": "wishes", "text": "x"}),
        ),
        (
            "update_preparation_item",
            json!({"interviewId": id, "itemId": item, "done": "yes"}),
        ),
        (
            "record_practice",
            json!({"questionId": 1, "rating": "amazing"}),
        ),
        (
            "create_question",
            json!({"text": "Q", "tags": "not a list"}),
        ),
    ] {
        assert_eq!(
            ui.err(cmd, json!({ "request": request }))["code"],
            "invalid_request",
            "{cmd}"
        );
    }
    assert_eq!(
        ui.ok("get_preparation", json!({"request": {"interviewId": id}})),
        before
    );
    assert_eq!(ui.ok("list_questions", json!({})), json!([]));
}
