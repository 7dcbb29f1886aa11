//! Reflection tests: answers saved one by one (a half-done reflection is kept), the second look,
//! lessons that follow the text and come back on later interviews, and outcome transitions.

use super::*;
use crate::db::open_in_memory;
use crate::interview::{self, Status};
use crate::testing::{new_interview, problem, t0};
use chrono::Duration;
use chrono_tz::Europe::Oslo;
use serde_json::json;

fn changes(value: Value) -> Map<String, Value> {
    value.as_object().unwrap().clone()
}

#[test]
fn answers_are_saved_one_by_one_and_a_half_done_reflection_is_kept() {
    let mut conn = open_in_memory().unwrap();
    let a = new_interview(&mut conn, "A", "2026-11-20T10:00");
    let empty = view(&conn, a).unwrap();
    assert!(empty.is_empty());
    assert_eq!(
        empty.after,
        Progress {
            answered: 0,
            total: 16
        }
    );
    assert_eq!(empty.answers["feeling"], Value::Null);
    assert_eq!(empty.answers["forgot"], "");

    update(
        &mut conn,
        a,
        &changes(json!({"feeling": 4, "saidEverything": "partly"})),
        t0(),
    )
    .unwrap();
    let half = update(
        &mut conn,
        a,
        &changes(json!({"positive": "Good chemistry with the team lead"})),
        t0(),
    )
    .unwrap();
    assert_eq!(half.after.answered, 3);
    assert_eq!(half.answers["feeling"], 4);
    assert_eq!(
        half.finished_at, None,
        "not finished until the user says so"
    );
    assert_eq!(
        view(&conn, a).unwrap(),
        half,
        "what was saved is read back as it was"
    );

    let cleared = update(&mut conn, a, &changes(json!({"feeling": null})), t0()).unwrap();
    assert_eq!(cleared.answers["feeling"], Value::Null);
    let done = complete(&mut conn, a, Part::After, t0() + Duration::minutes(3), Oslo).unwrap();
    let again = complete(&mut conn, a, Part::After, t0() + Duration::hours(5), Oslo).unwrap();
    assert_eq!(
        done.finished_at, again.finished_at,
        "the first finish time stays"
    );
}

#[test]
fn the_second_look_sits_beside_the_first_rating() {
    let mut conn = open_in_memory().unwrap();
    let a = new_interview(&mut conn, "A", "2026-11-20T10:00");
    update(&mut conn, a, &changes(json!({"firstRating": 2})), t0()).unwrap();
    let later = update(
        &mut conn,
        a,
        &changes(json!({"laterRating": 4, "wantJob": "yes", "impression": "Friendly, busy team"})),
        t0() + Duration::days(1),
    )
    .unwrap();
    assert_eq!(
        (
            later.answers["firstRating"].clone(),
            later.answers["laterRating"].clone()
        ),
        (json!(2), json!(4))
    );
    assert_eq!(
        later.later,
        Progress {
            answered: 3,
            total: 8
        }
    );
    assert!(complete(&mut conn, a, Part::Later, t0(), Oslo)
        .unwrap()
        .second_look_at
        .is_some());
}

/// Invariant: a refused change (bad value, unknown answer, unknown interview) changes nothing.
#[test]
fn bad_answers_are_refused_and_change_nothing() {
    let mut conn = open_in_memory().unwrap();
    let a = new_interview(&mut conn, "A", "2026-11-20T10:00");
    update(
        &mut conn,
        a,
        &changes(json!({"feeling": 3, "negative": "Long wait"})),
        t0(),
    )
    .unwrap();
    let before = view(&conn, a).unwrap();
    assert_eq!(
        problem(update(&mut conn, a, &changes(json!({"feeling": 6})), t0())),
        ("feeling".into(), "out_of_range")
    );
    assert_eq!(
        problem(update(
            &mut conn,
            a,
            &changes(json!({"feeling": "3"})),
            t0()
        )),
        ("feeling".into(), "out_of_range")
    );
    assert_eq!(
        problem(update(
            &mut conn,
            a,
            &changes(json!({"wasMyself": "maybe"})),
            t0()
        )),
        ("wasMyself".into(), "invalid_choice")
    );
    assert_eq!(
        problem(update(
            &mut conn,
            a,
            &changes(json!({"negative": "x".repeat(4_001), "feeling": 1})),
            t0()
        )),
        ("negative".into(), "too_long")
    );
    assert!(matches!(
        update(&mut conn, a, &changes(json!({"salary": 1})), t0()),
        Err(Error::InvalidRequest(_))
    ));
    assert!(matches!(
        update(&mut conn, 99, &changes(json!({"feeling": 1})), t0()),
        Err(Error::NotFound)
    ));
    assert_eq!(view(&conn, a).unwrap(), before);
}

#[test]
fn lessons_follow_the_text_and_come_back_on_later_interviews_until_learned() {
    let mut conn = open_in_memory().unwrap();
    let first = new_interview(&mut conn, "Equinor", "2026-10-01T10:00");
    let second = new_interview(&mut conn, "Aker", "2026-11-01T10:00");
    let next = new_interview(&mut conn, "DNB", "2026-12-01T10:00");
    update(&mut conn, first, &changes(json!({"doDifferently": "- Slow down\n- Bring questions on paper\n", "forgot": "My sailing certificate"})), t0()).unwrap();
    update(
        &mut conn,
        second,
        &changes(json!({"doDifferently": "slow down."})),
        t0(),
    )
    .unwrap();

    let open = lessons::open_for(&conn, next).unwrap();
    let summary: Vec<_> = open
        .iter()
        .map(|l| (l.text.as_str(), l.occurrences, l.company.as_str()))
        .collect();
    assert_eq!(
        summary[0],
        ("slow down.", 2, "Aker"),
        "a recurring lesson comes first, in its newest words"
    );
    assert_eq!(open.len(), 3);
    assert!(open
        .iter()
        .any(|l| l.kind == lessons::LessonKind::Forgot && l.text == "My sailing certificate"));
    assert_eq!(
        lessons::open_for(&conn, first).unwrap(),
        vec![],
        "lessons only reach later interviews"
    );

    // Editing the text keeps what stayed and drops what went.
    update(
        &mut conn,
        first,
        &changes(json!({"doDifferently": "Slow down"})),
        t0(),
    )
    .unwrap();
    assert_eq!(lessons::open_for(&conn, next).unwrap().len(), 2);

    let slow = open[0].id;
    lessons::set_learned(&mut conn, slow, true, t0()).unwrap();
    let remaining: Vec<_> = lessons::open_for(&conn, next)
        .unwrap()
        .into_iter()
        .map(|l| l.text)
        .collect();
    assert_eq!(
        remaining,
        ["My sailing certificate"],
        "learned in one place, learned everywhere"
    );
    lessons::set_learned(&mut conn, slow, false, t0()).unwrap();
    assert_eq!(lessons::open_for(&conn, next).unwrap().len(), 2);
    assert_eq!(
        problem(lessons::set_learned(&mut conn, 999, true, t0())),
        ("lessonId".into(), "unknown_item")
    );
}

#[rstest::rstest]
#[case("- one\n* two\n• three\n1. four\n\n  \n", &["one", "two", "three", "four"])]
#[case("Same thing\nsame  thing!", &["Same thing", "same  thing!"])]
fn lines_become_lessons(#[case] text: &str, #[case] expected: &[&str]) {
    assert_eq!(lessons::lines(text), expected);
}

#[test]
fn keys_ignore_case_spacing_and_end_punctuation() {
    assert_eq!(lessons::key("  Slow   DOWN. "), lessons::key("slow down"));
    assert_ne!(lessons::key("slow down"), lessons::key("speed up"));
}

#[rstest::rstest]
#[case(Status::Planned, Status::Done, true)]
#[case(Status::Planned, Status::Offer, false)]
#[case(Status::Done, Status::NextRound, true)]
#[case(Status::Awaiting, Status::Rejected, true)]
#[case(Status::Rejected, Status::Offer, false)]
#[case(Status::Rejected, Status::Awaiting, true)]
#[case(Status::Offer, Status::Planned, false)]
#[case(Status::Withdrawn, Status::Withdrawn, true)]
#[case(Status::Planned, Status::Cancelled, true)]
#[case(Status::Cancelled, Status::Planned, true)]
#[case(Status::Done, Status::Cancelled, false)]
#[case(Status::Awaiting, Status::Cancelled, false)]
#[case(Status::Cancelled, Status::Offer, false)]
#[case(Status::Cancelled, Status::Done, false)]
fn outcome_transitions(#[case] from: Status, #[case] to: Status, #[case] ok: bool) {
    assert_eq!(outcome::allowed(from, to), ok);
}

#[test]
fn an_invalid_outcome_is_refused_with_a_clear_error_and_changes_nothing() {
    let mut conn = open_in_memory().unwrap();
    let a = new_interview(&mut conn, "A", "2026-11-20T10:00");
    assert_eq!(
        problem(outcome::set_status(&mut conn, a, Status::Offer, t0(), Oslo)),
        ("status".into(), "invalid_transition")
    );
    assert_eq!(interview::get(&conn, a).unwrap().status, Status::Planned);
    outcome::set_status(&mut conn, a, Status::Done, t0(), Oslo).unwrap();
    outcome::set_status(&mut conn, a, Status::Rejected, t0(), Oslo).unwrap();
    let asked = outcome::update_feedback(&mut conn, a, None, Some(true), t0(), Oslo).unwrap();
    assert_eq!(asked.asked_at, Some(t0()));
    let noted = outcome::update_feedback(
        &mut conn,
        a,
        Some("More concrete examples next time"),
        None,
        t0(),
        Oslo,
    )
    .unwrap();
    assert_eq!(
        (noted.asked_at, noted.feedback.as_str()),
        (Some(t0()), "More concrete examples next time")
    );
    assert!(matches!(
        outcome::set_status(&mut conn, 42, Status::Done, t0(), Oslo),
        Err(Error::NotFound)
    ));
}
