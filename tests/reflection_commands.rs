//! Reflection, lessons and outcome commands through the mock runtime.

mod common;

use common::Ui;
use serde_json::{json, Value};

fn interview(ui: &Ui, company: &str, start: &str) -> i64 {
    let request = json!({"company": company, "role": "Nurse", "startLocal": start});
    ui.ok("create_interview", json!({ "request": request }))["id"]
        .as_i64()
        .unwrap()
}

#[test]
fn reflect_in_parts_then_see_the_lesson_on_the_next_interview() {
    let ui = Ui::new();
    let past = interview(&ui, "Oslo universitetssykehus", "2026-11-20T09:00");
    let next = interview(&ui, "Ahus", "2026-12-03T09:00");

    let part = ui.ok(
        "update_reflection",
        json!({"request": {"interviewId": past, "changes": {"feeling": 5, "enoughTime": "no"}}}),
    );
    assert_eq!(part["after"], json!({"answered": 2, "total": 16}));
    assert_eq!(part["finishedAt"], Value::Null);
    // The app is closed here; the half-done reflection is read back as it was.
    assert_eq!(
        ui.ok("get_reflection", json!({"request": {"interviewId": past}})),
        part
    );
    let done = ui.ok(
        "complete_reflection",
        json!({"request": {"interviewId": past, "part": "after"}}),
    );
    assert_eq!(done["finishedAt"], "2026-11-29T08:00:00Z");

    ui.ok("update_reflection", json!({"request": {"interviewId": past, "changes": {"doDifferently": "Ask about the team before the end"}}}));
    let sheet = ui.ok("get_preparation", json!({"request": {"interviewId": next}}));
    assert_eq!(
        sheet["lessons"][0]["text"],
        "Ask about the team before the end"
    );
    assert_eq!(sheet["lessons"][0]["company"], "Oslo universitetssykehus");
    let checklist = ui.ok("get_checklist", json!({"request": {"interviewId": next}}));
    assert_eq!(checklist["lessons"], sheet["lessons"]);

    let round2 = ui.ok(
        "create_interview",
        json!({"request": {
        "company": "Oslo universitetssykehus", "role": "Nurse", "round": "second",
        "previousRoundId": past, "startLocal": "2026-12-10T09:00"}}),
    )["id"]
        .clone();
    let beside = ui.ok(
        "get_preparation",
        json!({"request": {"interviewId": round2}}),
    );
    assert_eq!(
        beside["earlierRound"]["reflection"]["answers"]["feeling"],
        5
    );
    assert_eq!(
        beside["earlierRound"]["reflection"]["answers"]["doDifferently"],
        "Ask about the team before the end"
    );

    let lesson = sheet["lessons"][0]["id"].clone();
    assert_eq!(
        ui.ok(
            "set_lesson_learned",
            json!({"request": {"lessonId": lesson, "learned": true}})
        ),
        Value::Null
    );
    assert_eq!(
        ui.ok("list_lessons", json!({"request": {"interviewId": next}})),
        json!([])
    );
}

#[test]
fn outcomes_follow_each_other_and_a_rejection_keeps_the_feedback() {
    let ui = Ui::new();
    let id = interview(&ui, "Kiwi", "2026-11-20T09:00");
    let wrong = ui.err(
        "set_outcome",
        json!({"request": {"interviewId": id, "status": "offer"}}),
    );
    assert_eq!(
        wrong["fields"][0],
        json!({
            "field": "status", "code": "invalid_transition",
            "message": "Den statusen kan ikke følge intervjuets nåværende status."
        })
    );
    let done = ui.ok(
        "set_outcome",
        json!({"request": {"interviewId": id, "status": "done"}}),
    );
    assert_eq!(done["status"], "done");
    assert_eq!(
        done["nextStatuses"],
        json!(["awaiting", "next_round", "offer", "rejected", "withdrawn"])
    );
    ui.ok(
        "set_outcome",
        json!({"request": {"interviewId": id, "status": "rejected"}}),
    );

    ui.ok(
        "update_feedback",
        json!({"request": {"interviewId": id, "asked": true}}),
    );
    let noted = ui.ok(
        "update_feedback",
        json!({"request": {"interviewId": id, "feedback": "Show more initiative"}}),
    );
    assert_eq!(
        noted,
        json!({"askedAt": "2026-11-29T08:00:00Z", "feedback": "Show more initiative"})
    );
    assert_eq!(
        ui.ok("get_feedback", json!({"request": {"interviewId": id}})),
        noted
    );

    // The edit form cannot jump past the rules either.
    let mut edit = ui.ok("get_interview", json!({"request": {"id": id}}));
    let draft = json!({"company": edit["company"], "role": edit["role"], "startLocal": edit["startLocal"], "status": "offer"});
    let refused = ui.err(
        "update_interview",
        json!({"request": {"id": id, "interview": draft}}),
    );
    assert_eq!(refused["fields"][0]["code"], "invalid_transition");
    edit = ui.ok("get_interview", json!({"request": {"id": id}}));
    assert_eq!(edit["status"], "rejected");
}

/// Invariant: bad answers get documented, translated errors and change nothing.
#[test]
fn bad_reflection_requests_are_refused_and_change_nothing() {
    let ui = Ui::new();
    let id = interview(&ui, "Rema", "2026-11-20T09:00");
    ui.ok(
        "update_reflection",
        json!({"request": {"interviewId": id, "changes": {"feeling": 2}}}),
    );
    let before = ui.ok("get_reflection", json!({"request": {"interviewId": id}}));
    let bad = ui.err(
        "update_reflection",
        json!({"request": {"interviewId": id, "changes": {"feeling": 9, "wasMyself": "perhaps"}}}),
    );
    assert_eq!(bad["code"], "validation");
    assert_eq!(bad["fields"][0]["code"], "out_of_range");
    assert_eq!(
        bad["fields"][1],
        json!({"field": "wasMyself", "code": "invalid_choice", "message": "Velg ett av svarene som tilbys."})
    );
    for request in [
        json!({"interviewId": id, "changes": {"mood": "great"}}),
        json!({"interviewId": id, "changes": "feeling=5"}),
        json!({"interviewId": id}),
    ] {
        assert_eq!(
            ui.err("update_reflection", json!({ "request": request }))["code"],
            "invalid_request"
        );
    }
    assert_eq!(
        ui.err(
            "complete_reflection",
            json!({"request": {"interviewId": id, "part": "tomorrow"}})
        )["code"],
        "invalid_request"
    );
    assert_eq!(
        ui.err(
            "set_lesson_learned",
            json!({"request": {"lessonId": 5, "learned": true}})
        )["fields"][0]["code"],
        "unknown_item"
    );
    assert_eq!(
        ui.err("get_reflection", json!({"request": {"interviewId": 404}}))["code"],
        "not_found"
    );
    assert_eq!(
        ui.ok("get_reflection", json!({"request": {"interviewId": id}})),
        before
    );
}
