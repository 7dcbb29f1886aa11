//! Preparation tests over an in-memory database: the sheet autosaves field by field, lists keep
//! their order, the bank orders practice weakest first, and a new round starts from the last.

use super::*;
use crate::clock::ManualClock;
use crate::db::open_in_memory;
use crate::error::Error;
use crate::interview::InterviewDraft;
use crate::service::{Core, Environment};
use crate::testing::{new_interview, problem, t0};
use chrono::Duration;
use proptest::prelude::*;
use rusqlite::Connection;
use std::sync::Arc;

fn texts(items: &[Item]) -> Vec<&str> {
    items.iter().map(|i| i.text.as_str()).collect()
}

#[test]
fn the_sheet_saves_field_by_field_and_keeps_text_as_typed() {
    let mut conn = open_in_memory().unwrap();
    let a = new_interview(&mut conn, "A", "2026-12-01T10:00");
    assert_eq!(view(&conn, a).unwrap().sheet, Sheet::default());
    let change = |research: Option<&str>, why_me: Option<&str>| SheetChange {
        research: research.map(String::from),
        why_me: why_me.map(String::from),
        ..Default::default()
    };
    update_sheet(
        &mut conn,
        a,
        &change(Some("Founded 1972. Offices in "), None),
        t0(),
    )
    .unwrap();
    let saved = update_sheet(
        &mut conn,
        a,
        &change(None, Some("I have run\nlarge projects")),
        t0() + Duration::minutes(1),
    )
    .unwrap();
    assert_eq!(
        saved.research, "Founded 1972. Offices in ",
        "a trailing space mid-sentence is kept"
    );
    assert_eq!(saved.why_me, "I have run\nlarge projects");
    assert_eq!(saved.updated_at, Some(t0() + Duration::minutes(1)));
    assert_eq!(view(&conn, a).unwrap().sheet, saved);

    let before = view(&conn, a).unwrap();
    let huge = "x".repeat(Limits::SHEET_TEXT + 1);
    assert_eq!(
        problem(update_sheet(
            &mut conn,
            a,
            &change(Some("ok"), Some(&huge)),
            t0()
        )),
        ("whyMe".into(), "too_long")
    );
    assert_eq!(
        view(&conn, a).unwrap(),
        before,
        "a refused save changes no field"
    );
    assert!(matches!(
        update_sheet(&mut conn, 99, &change(Some("x"), None), t0()),
        Err(Error::NotFound)
    ));
}

#[test]
fn lists_keep_their_order_through_add_reorder_and_remove() {
    let mut conn = open_in_memory().unwrap();
    let a = new_interview(&mut conn, "A", "2026-12-01T10:00");
    let b = new_interview(&mut conn, "B", "2026-12-01T10:00");
    for text in ["Project management", "SQL", "Customer contact"] {
        add_item(&mut conn, a, ListKind::Competency, text).unwrap();
    }
    add_item(&mut conn, b, ListKind::Competency, "Other interview").unwrap();
    let ids: Vec<i64> = view(&conn, a)
        .unwrap()
        .lists
        .competency
        .iter()
        .map(|i| i.id)
        .collect();

    reorder_items(
        &mut conn,
        a,
        ListKind::Competency,
        &[ids[2], ids[0], ids[1]],
    )
    .unwrap();
    assert_eq!(
        texts(&view(&conn, a).unwrap().lists.competency),
        ["Customer contact", "Project management", "SQL"]
    );

    let before = view(&conn, a).unwrap();
    for bad in [
        vec![ids[0], ids[1]],
        vec![ids[0], ids[0], ids[1]],
        vec![ids[0], ids[1], ids[2], 999],
    ] {
        assert_eq!(
            problem(reorder_items(&mut conn, a, ListKind::Competency, &bad)),
            ("order".into(), "unknown_item")
        );
    }
    assert_eq!(view(&conn, a).unwrap(), before);

    remove_item(&mut conn, a, ids[0]).unwrap();
    assert_eq!(
        texts(&view(&conn, a).unwrap().lists.competency),
        ["Customer contact", "SQL"]
    );
    add_item(&mut conn, a, ListKind::Competency, "Teamwork").unwrap();
    assert_eq!(
        texts(&view(&conn, a).unwrap().lists.competency),
        ["Customer contact", "SQL", "Teamwork"]
    );
    assert_eq!(
        texts(&view(&conn, b).unwrap().lists.competency),
        ["Other interview"]
    );

    let gap = {
        add_item(&mut conn, a, ListKind::Gap, "Read the annual report").unwrap();
        view(&conn, a).unwrap().lists.gap[0].id
    };
    update_item(
        &mut conn,
        a,
        gap,
        &ItemChange {
            text: None,
            done: Some(true),
        },
    )
    .unwrap();
    assert!(view(&conn, a).unwrap().lists.gap[0].done);
    assert_eq!(
        problem(update_item(
            &mut conn,
            b,
            gap,
            &ItemChange {
                text: None,
                done: Some(false)
            }
        )),
        ("itemId".into(), "unknown_item"),
        "another interview's item"
    );
    assert_eq!(
        problem(add_item(&mut conn, a, ListKind::Ask, " ")),
        ("text".into(), "required")
    );
}

#[test]
fn the_practice_log_checks_dates_and_lists_latest_first() {
    let mut conn = open_in_memory().unwrap();
    let a = new_interview(&mut conn, "A", "2026-12-01T10:00");
    add_session(&mut conn, a, "2026-11-20", "Mum", "Too fast on salary").unwrap();
    add_session(&mut conn, a, "2026-11-27", "Jobbklubb", "").unwrap();
    let log = view(&conn, a).unwrap().practice_log;
    assert_eq!(
        log.iter().map(|s| s.partner.as_str()).collect::<Vec<_>>(),
        ["Jobbklubb", "Mum"]
    );
    assert_eq!(
        problem(add_session(&mut conn, a, "27.11.2026", "", "")),
        ("practisedOn".into(), "invalid_date_time")
    );
    remove_session(&mut conn, a, log[0].id).unwrap();
    assert_eq!(
        problem(remove_session(&mut conn, a, log[0].id)),
        ("sessionId".into(), "unknown_item")
    );
}

#[test]
fn the_bank_links_questions_to_interviews_and_cleans_tags() {
    let mut conn = open_in_memory().unwrap();
    let a = new_interview(&mut conn, "A", "2026-12-01T10:00");
    let draft = QuestionDraft {
        text: " Tell us about yourself ".into(),
        answer: "Short version of my story".into(),
        tags: vec!["intro, Classic".into(), "classic".into(), " ".into()],
        interview_id: Some(a),
        asked: false,
    };
    let q = create_question(&mut conn, &draft, t0()).unwrap();
    assert_eq!(q.text, "Tell us about yourself");
    assert_eq!(q.tags, ["intro", "Classic"]);
    assert_eq!(
        (q.prepared_for.clone(), q.asked_in.clone()),
        (vec![a], vec![])
    );

    let asked = set_question_use(&mut conn, q.id, a, true, true).unwrap();
    assert_eq!(asked.asked_in, [a]);
    assert_eq!(view(&conn, a).unwrap().questions[0].id, q.id);
    let dropped = set_question_use(&mut conn, q.id, a, false, false).unwrap();
    assert!(dropped.prepared_for.is_empty());

    let changed = update_question(
        &mut conn,
        &QuestionChange {
            id: q.id,
            text: None,
            answer: Some("Longer".into()),
            tags: None,
        },
        t0(),
    )
    .unwrap();
    assert_eq!(
        (changed.text.as_str(), changed.answer.as_str()),
        ("Tell us about yourself", "Longer")
    );
    let too_many = QuestionChange {
        id: q.id,
        text: None,
        answer: None,
        tags: Some((0..11).map(|i| format!("t{i}")).collect()),
    };
    assert_eq!(
        problem(update_question(&mut conn, &too_many, t0())),
        ("tags".into(), "too_many")
    );
    delete_question(&mut conn, q.id).unwrap();
    assert!(list_questions(&conn).unwrap().is_empty());
    assert_eq!(
        problem(delete_question(&mut conn, q.id)),
        ("questionId".into(), "unknown_item")
    );
}

/// Invariant: practice shows the weakest first — never practised, then poor, so-so, good — and
/// among equals the one practised longest ago.
#[test]
fn practice_puts_the_weakest_answers_first() {
    let mut conn = open_in_memory().unwrap();
    let new = |conn: &mut Connection, text: &str| {
        create_question(
            conn,
            &QuestionDraft {
                text: text.into(),
                answer: String::new(),
                tags: vec![],
                interview_id: None,
                asked: false,
            },
            t0(),
        )
        .unwrap()
        .id
    };
    let good = new(&mut conn, "good");
    let poor = new(&mut conn, "poor");
    let fresh = new(&mut conn, "never practised");
    let okay_old = new(&mut conn, "okay long ago");
    let okay_new = new(&mut conn, "okay recently");
    record_practice(&mut conn, good, Rating::Poor, t0()).unwrap();
    record_practice(&mut conn, good, Rating::Good, t0() + Duration::hours(1)).unwrap();
    record_practice(&mut conn, poor, Rating::Poor, t0() + Duration::hours(2)).unwrap();
    record_practice(&mut conn, okay_old, Rating::Okay, t0() + Duration::hours(3)).unwrap();
    record_practice(&mut conn, okay_new, Rating::Okay, t0() + Duration::hours(4)).unwrap();
    let order: Vec<i64> = practice_deck(&conn, None)
        .unwrap()
        .iter()
        .map(|q| q.id)
        .collect();
    assert_eq!(order, [fresh, poor, okay_old, okay_new, good]);
    let good_view = question(&conn, good).unwrap();
    assert_eq!(
        (good_view.attempts, good_view.last_rating),
        (2, Some(Rating::Good))
    );
}

#[test]
fn a_new_round_starts_from_the_last_and_shows_it_beside_its_sheet() {
    let clock = Arc::new(ManualClock::new(t0()));
    let env = Environment {
        os_locale: "nb".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    let core = Core::open_in_memory(clock, env).unwrap();
    let draft = |extra: serde_json::Value| {
        let mut d = serde_json::json!({"company": "DNB", "role": "Analyst", "startLocal": "2026-12-01T10:00"});
        d.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        crate::service::parse::<InterviewDraft>(Some(d)).unwrap()
    };
    let first = core.create_interview(draft(serde_json::json!({}))).unwrap();
    let req = |v: serde_json::Value| Some(v);
    core.update_sheet(crate::service::parse(req(serde_json::json!({"interviewId": first.id, "changes": {"strengths": "Structured", "research": "Norway's largest bank"}}))).unwrap()).unwrap();
    core.add_prep_item(
        crate::service::parse(req(
            serde_json::json!({"interviewId": first.id, "list": "competency", "text": "Excel"}),
        ))
        .unwrap(),
    )
    .unwrap();
    core.add_prep_item(
        crate::service::parse(req(
            serde_json::json!({"interviewId": first.id, "list": "ask", "text": "Team size?"}),
        ))
        .unwrap(),
    )
    .unwrap();
    let q = core
        .create_question(
            crate::service::parse(req(
                serde_json::json!({"text": "Why DNB?", "interviewId": first.id}),
            ))
            .unwrap(),
        )
        .unwrap();
    core.set_question_use(crate::service::parse(req(serde_json::json!({"questionId": q.id, "interviewId": first.id, "prepared": true, "asked": true}))).unwrap()).unwrap();

    let second = core.create_interview(draft(serde_json::json!({"round": "second", "previousRoundId": first.id, "startLocal": "2026-12-08T10:00"}))).unwrap();
    let sheet = core
        .preparation(
            crate::service::parse(req(serde_json::json!({"interviewId": second.id}))).unwrap(),
        )
        .unwrap();
    assert_eq!(
        sheet.sheet.strengths, "Structured",
        "the sheet starts from round 1"
    );
    assert_eq!(texts(&sheet.lists.competency), ["Excel"]);
    assert!(
        sheet.lists.ask.is_empty(),
        "questions for them start afresh"
    );
    assert_eq!(sheet.questions[0].id, q.id);
    assert!(
        !sheet.questions[0].asked_in.contains(&second.id),
        "not yet asked this time"
    );

    let earlier = sheet.earlier_round.expect("round 1 beside round 2");
    assert_eq!(earlier.interview_id, first.id);
    assert_eq!(earlier.sheet.research, "Norway's largest bank");
    assert_eq!(texts(&earlier.lists.ask), ["Team size?"]);
    assert_eq!(
        earlier.questions[0].asked_in,
        [first.id],
        "what came up in round 1"
    );
    assert!(core
        .preparation(
            crate::service::parse(req(serde_json::json!({"interviewId": first.id}))).unwrap()
        )
        .unwrap()
        .earlier_round
        .is_none());
}

proptest! {
    /// Invariant: any permutation of a list is kept exactly; anything else is refused unchanged.
    #[test]
    fn reordering_keeps_exactly_the_order_given(
        n in 1usize..8,
        order in prop::collection::vec(0usize..10, 0..10),
    ) {
        let mut conn = open_in_memory().unwrap();
        let a = new_interview(&mut conn, "A", "2026-12-01T10:00");
        for i in 0..n {
            add_item(&mut conn, a, ListKind::Ask, &format!("q{i}")).unwrap();
        }
        let ids: Vec<i64> = view(&conn, a).unwrap().lists.ask.iter().map(|i| i.id).collect();
        let wanted: Vec<i64> = order.iter().map(|&k| ids.get(k).copied().unwrap_or(-1)).collect();
        let before = view(&conn, a).unwrap();
        let mut sorted = wanted.clone();
        sorted.sort_unstable();
        let is_permutation = sorted == ids;
        match reorder_items(&mut conn, a, ListKind::Ask, &wanted) {
            Ok(()) => {
                prop_assert!(is_permutation);
                let now: Vec<i64> = view(&conn, a).unwrap().lists.ask.iter().map(|i| i.id).collect();
                prop_assert_eq!(now, wanted);
            }
            Err(_) => {
                prop_assert!(!is_permutation);
                prop_assert_eq!(view(&conn, a).unwrap(), before);
            }
        }
    }
}

/// Invariant: the tag limit is checked before the tags are cleaned, and repeats are found in
/// linear time, so a request with tens of thousands of tags is refused at once. Ten distinct
/// tags among many repeats and empties are still fine.
#[test]
fn a_flood_of_tags_is_refused_before_any_work() {
    let mut conn = open_in_memory().unwrap();
    let draft = |tags: Vec<String>| QuestionDraft {
        text: "Why us?".into(),
        answer: String::new(),
        tags,
        interview_id: None,
        asked: false,
    };
    let flood: Vec<String> = (0..50_000).map(|i| format!("t{i}")).collect();
    assert_eq!(
        problem(create_question(&mut conn, &draft(flood), t0())),
        ("tags".into(), "too_many")
    );
    let one_box = (0..50_000)
        .map(|i| format!("t{i}"))
        .collect::<Vec<_>>()
        .join(",");
    assert_eq!(
        problem(create_question(&mut conn, &draft(vec![one_box]), t0())),
        ("tags".into(), "too_many")
    );
    let repeats = (0..50_000)
        .map(|i| format!("T{}", i % 10))
        .collect::<Vec<_>>()
        .join(", ");
    let kept = create_question(&mut conn, &draft(vec![repeats, " ,, ".into()]), t0()).unwrap();
    assert_eq!(kept.tags.len(), 10);
    assert!(
        list_questions(&conn).unwrap().len() == 1,
        "only the last one was saved"
    );
}
