//! Checklist tests over an in-memory database: ticks, hiding, own items and reset per interview;
//! a template upgrade keeps what the user did; refused changes leave every row as it was.

use super::*;
use crate::db::open_in_memory;
use crate::error::Error;
use crate::interview;
use crate::testing::{new_interview, problem, t0 as now};

use proptest::prelude::*;
use rusqlite::Connection;

fn setup() -> (Connection, i64, i64) {
    let mut conn = open_in_memory().unwrap();
    let a = new_interview(&mut conn, "A", "2026-12-01T10:00");
    let b = new_interview(&mut conn, "B", "2026-12-01T10:00");
    (conn, a, b)
}

/// Every row the checklist keeps, to prove a refused change touched nothing.
fn dump(conn: &Connection) -> Vec<String> {
    let mut rows = vec![];
    for sql in [
        "SELECT 'item', id, ifnull(interview_id, 0), section, text FROM checklist_item ORDER BY 2",
        "SELECT 'hidden', ifnull(interview_id, 0), item_key, '', '' FROM checklist_hidden ORDER BY 2, 3",
        "SELECT 'check', interview_id, item_key, checked_at, '' FROM checklist_check ORDER BY 2, 3",
    ] {
        let mut stmt = conn.prepare(sql).unwrap();
        let found = stmt
            .query_map([], |r| {
                Ok((0..5)
                    .map(|i| r.get_ref(i).map(|v| format!("{v:?}")).unwrap())
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap();
        rows.extend(found.map(Result::unwrap));
    }
    rows
}

fn keys(view: &ChecklistView) -> Vec<String> {
    view.sections
        .iter()
        .flat_map(|s| s.items.iter().map(|i| i.key.clone()))
        .collect()
}

#[test]
fn a_new_list_has_every_builtin_item_unticked() {
    let (conn, a, _) = setup();
    let template = Template::builtin();
    let view = view(&conn, &template, a).unwrap();
    assert_eq!(
        view.progress,
        Progress {
            done: 0,
            total: template.items.len()
        }
    );
    assert!(!view.ready);
    assert_eq!(
        view.sections.iter().map(|s| s.id).collect::<Vec<_>>(),
        Section::ALL
    );
    assert_eq!(
        view.sections[0].items[0].text_id.as_deref(),
        Some("check-dress-clean")
    );
    assert!(view.hidden.is_empty() && view.lessons.is_empty());
}

#[test]
fn ticks_belong_to_one_interview_and_the_list_is_ready_when_all_are_ticked() {
    let (mut conn, a, b) = setup();
    let template = Template::builtin();
    for key in keys(&view(&conn, &template, a).unwrap()) {
        set_checked(&mut conn, &template, a, &key, true, now()).unwrap();
    }
    let done = view(&conn, &template, a).unwrap();
    assert!(done.ready);
    assert_eq!(done.progress.done, done.progress.total);
    assert_eq!(view(&conn, &template, b).unwrap().progress.done, 0);

    set_checked(&mut conn, &template, a, "first.smile", false, now()).unwrap();
    set_checked(&mut conn, &template, a, "first.smile", false, now()).unwrap();
    let undone = view(&conn, &template, a).unwrap();
    assert!(!undone.ready);
    assert_eq!(undone.progress.done, undone.progress.total - 1);
}

#[test]
fn hiding_for_one_interview_or_everywhere_and_restoring() {
    let (mut conn, a, b) = setup();
    let t = Template::builtin();
    hide(&mut conn, &t, a, "dress.scent", Scope::Interview).unwrap();
    hide(&mut conn, &t, a, "dress.no-smoking", Scope::Everywhere).unwrap();

    let on_a = view(&conn, &t, a).unwrap();
    assert!(!keys(&on_a).contains(&"dress.scent".into()));
    assert_eq!(
        on_a.hidden
            .iter()
            .map(|i| (i.key.as_str(), i.hidden))
            .collect::<Vec<_>>(),
        [
            ("dress.scent", Some(Scope::Interview)),
            ("dress.no-smoking", Some(Scope::Everywhere))
        ]
    );
    assert_eq!(on_a.progress.total, t.items.len() - 2);

    let on_b = view(&conn, &t, b).unwrap();
    assert!(
        keys(&on_b).contains(&"dress.scent".into()),
        "hidden on A only"
    );
    assert!(
        !keys(&on_b).contains(&"dress.no-smoking".into()),
        "hidden everywhere"
    );

    restore(&mut conn, &t, b, "dress.no-smoking").unwrap();
    assert!(keys(&view(&conn, &t, a).unwrap()).contains(&"dress.no-smoking".into()));
}

#[test]
fn own_items_for_one_interview_or_every_interview() {
    let (mut conn, a, b) = setup();
    let t = Template::builtin();
    let mine = add(
        &mut conn,
        a,
        Section::Dress,
        "  Bring printed CV  ",
        Scope::Interview,
        now(),
    )
    .unwrap();
    let everywhere = add(
        &mut conn,
        a,
        Section::Conduct,
        "Breathe out slowly",
        Scope::Everywhere,
        now(),
    )
    .unwrap();
    set_checked(&mut conn, &t, a, &mine, true, now()).unwrap();

    let on_a = view(&conn, &t, a).unwrap();
    let own: Vec<_> = on_a
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .filter(|i| i.own.is_some())
        .collect();
    assert_eq!(own.len(), 2);
    assert_eq!(
        (own[0].text.as_deref(), own[0].checked, own[0].own),
        (Some("Bring printed CV"), true, Some(Scope::Interview))
    );
    assert_eq!(
        on_a.sections[0].items.last().unwrap().key,
        mine,
        "own items come after built-ins"
    );

    let on_b = keys(&view(&conn, &t, b).unwrap());
    assert!(on_b.contains(&everywhere) && !on_b.contains(&mine));
    assert_eq!(
        problem(set_checked(&mut conn, &t, b, &mine, true, now())),
        ("key".into(), "unknown_item")
    );

    remove(&mut conn, &t, b, &everywhere).unwrap();
    assert!(!keys(&view(&conn, &t, a).unwrap()).contains(&everywhere));
    assert_eq!(
        problem(remove(&mut conn, &t, a, "dress.clean")),
        ("key".into(), "built_in_item")
    );
}

#[test]
fn reset_clears_ticks_and_keeps_hidden_and_own_items() {
    let (mut conn, a, _) = setup();
    let t = Template::builtin();
    let own = add(
        &mut conn,
        a,
        Section::FirstMinute,
        "Firm handshake",
        Scope::Interview,
        now(),
    )
    .unwrap();
    set_checked(&mut conn, &t, a, &own, true, now()).unwrap();
    set_checked(&mut conn, &t, a, "first.smile", true, now()).unwrap();
    hide(&mut conn, &t, a, "conduct.no-salary", Scope::Interview).unwrap();
    reset(&mut conn, a).unwrap();
    let after = view(&conn, &t, a).unwrap();
    assert_eq!(after.progress.done, 0);
    assert!(keys(&after).contains(&own));
    assert_eq!(after.hidden.len(), 1);
}

/// Invariant: a refused change (unknown key or interview, bad text) leaves every row untouched.
#[test]
fn refused_changes_change_nothing() {
    let (mut conn, a, _) = setup();
    let t = Template::builtin();
    set_checked(&mut conn, &t, a, "dress.clean", true, now()).unwrap();
    add(
        &mut conn,
        a,
        Section::Dress,
        "Umbrella",
        Scope::Everywhere,
        now(),
    )
    .unwrap();
    let before = dump(&conn);

    assert_eq!(
        problem(set_checked(&mut conn, &t, a, "dress.tie", true, now())),
        ("key".into(), "unknown_item")
    );
    assert_eq!(
        problem(hide(&mut conn, &t, a, "own.999", Scope::Everywhere)),
        ("key".into(), "unknown_item")
    );
    assert_eq!(
        problem(restore(
            &mut conn,
            &t,
            a,
            "'; DROP TABLE checklist_check; --"
        )),
        ("key".into(), "unknown_item")
    );
    assert_eq!(
        problem(add(
            &mut conn,
            a,
            Section::Dress,
            &"x".repeat(201),
            Scope::Interview,
            now()
        )),
        ("text".into(), "too_long")
    );
    assert_eq!(
        problem(add(
            &mut conn,
            a,
            Section::Dress,
            "   ",
            Scope::Interview,
            now()
        )),
        ("text".into(), "required")
    );
    assert_eq!(
        problem(add(
            &mut conn,
            a,
            Section::Dress,
            "a\u{7}b",
            Scope::Interview,
            now()
        )),
        ("text".into(), "control_characters")
    );
    assert!(matches!(
        set_checked(&mut conn, &t, 404, "dress.clean", true, now()),
        Err(Error::NotFound)
    ));
    assert!(matches!(reset(&mut conn, 404), Err(Error::NotFound)));
    assert!(matches!(view(&conn, &t, 404), Err(Error::NotFound)));

    assert_eq!(dump(&conn), before);
}

#[test]
fn own_items_are_limited_per_list() {
    let (mut conn, a, _) = setup();
    for i in 0..Limits::OWN_ITEMS {
        add(
            &mut conn,
            a,
            Section::Conduct,
            &format!("item {i}"),
            Scope::Interview,
            now(),
        )
        .unwrap();
    }
    assert_eq!(
        problem(add(
            &mut conn,
            a,
            Section::Conduct,
            "one more",
            Scope::Interview,
            now()
        )),
        ("text".into(), "too_many")
    );
}

/// Invariant: a newer template adds and retires items without losing a tick, a hidden item or
/// an own item the user had under the older one.
#[test]
fn a_template_upgrade_keeps_what_the_user_did() {
    let (mut conn, a, _) = setup();
    let v1 = Template {
        version: 1,
        items: vec![
            TemplateItem {
                id: "dress.clean",
                section: Section::Dress,
            },
            TemplateItem {
                id: "dress.scent",
                section: Section::Dress,
            },
            TemplateItem {
                id: "first.smile",
                section: Section::FirstMinute,
            },
        ],
        retired: vec![],
    };
    set_checked(&mut conn, &v1, a, "dress.clean", true, now()).unwrap();
    set_checked(&mut conn, &v1, a, "first.smile", true, now()).unwrap();
    hide(&mut conn, &v1, a, "dress.scent", Scope::Everywhere).unwrap();
    let own = add(
        &mut conn,
        a,
        Section::Dress,
        "Polish shoes",
        Scope::Interview,
        now(),
    )
    .unwrap();
    set_checked(&mut conn, &v1, a, &own, true, now()).unwrap();

    // Version 2 retires the smile item, adds one, and rewords another (a text change only).
    let v2 = Template {
        version: 2,
        items: vec![
            TemplateItem {
                id: "dress.clean",
                section: Section::Dress,
            },
            TemplateItem {
                id: "dress.scent",
                section: Section::Dress,
            },
            TemplateItem {
                id: "first.smile",
                section: Section::FirstMinute,
            },
            TemplateItem {
                id: "first.introduce",
                section: Section::FirstMinute,
            },
        ],
        retired: vec!["first.smile"],
    };
    let upgraded = view(&conn, &v2, a).unwrap();
    assert_eq!(upgraded.template_version, 2);
    assert_eq!(keys(&upgraded), ["dress.clean", &own, "first.introduce"]);
    let item = |key: &str| {
        upgraded
            .sections
            .iter()
            .flat_map(|s| &s.items)
            .find(|i| i.key == key)
            .unwrap()
            .clone()
    };
    assert!(item("dress.clean").checked && item(&own).checked);
    assert!(
        !item("first.introduce").checked,
        "new items arrive unticked"
    );
    assert_eq!(upgraded.hidden[0].key, "dress.scent");
    assert_eq!(upgraded.progress, Progress { done: 2, total: 3 });
    assert_eq!(
        problem(set_checked(&mut conn, &v2, a, "first.smile", false, now())),
        ("key".into(), "unknown_item")
    );
}

#[test]
fn deleting_an_interview_removes_its_checklist_state() {
    let (mut conn, a, _) = setup();
    let t = Template::builtin();
    set_checked(&mut conn, &t, a, "dress.clean", true, now()).unwrap();
    hide(&mut conn, &t, a, "dress.scent", Scope::Interview).unwrap();
    add(
        &mut conn,
        a,
        Section::Dress,
        "Mine",
        Scope::Interview,
        now(),
    )
    .unwrap();
    interview::delete(&mut conn, a).unwrap();
    assert!(dump(&conn).is_empty());
}

#[derive(Debug, Clone)]
enum Op {
    Check(usize, bool),
    Hide(usize, bool),
    Restore(usize),
    Add(String, bool),
    Remove(usize),
    Reset,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..30usize, any::<bool>()).prop_map(|(k, c)| Op::Check(k, c)),
        (0..30usize, any::<bool>()).prop_map(|(k, e)| Op::Hide(k, e)),
        (0..30usize).prop_map(Op::Restore),
        ("\\PC{0,8}", any::<bool>()).prop_map(|(t, e)| Op::Add(t, e)),
        (0..30usize).prop_map(Op::Remove),
        Just(Op::Reset),
    ]
}

proptest! {
    /// Invariants over any sequence of changes: a refused change leaves the rows as they were;
    /// progress never counts more than is shown; "ready" means every shown item is ticked.
    #[test]
    fn any_sequence_keeps_the_list_consistent(ops in prop::collection::vec(op(), 1..40)) {
        let (mut conn, a, _) = setup();
        let t = Template::builtin();
        // Candidate keys: built-ins, a few own keys that may or may not exist, and junk.
        let mut candidates: Vec<String> = t.items.iter().map(|i| i.id.to_owned()).collect();
        candidates.extend(["own.1", "own.2", "own.3", "", "dress", "own.-1"].map(String::from));
        for op in ops {
            let before = dump(&conn);
            let key = |i: usize| candidates[i % candidates.len()].clone();
            let result = match op {
                Op::Check(k, c) => set_checked(&mut conn, &t, a, &key(k), c, now()).map(|_| ()),
                Op::Hide(k, e) => hide(&mut conn, &t, a, &key(k), if e { Scope::Everywhere } else { Scope::Interview }),
                Op::Restore(k) => restore(&mut conn, &t, a, &key(k)),
                Op::Add(text, e) => add(&mut conn, a, Section::Conduct, &text, if e { Scope::Everywhere } else { Scope::Interview }, now()).map(|_| ()),
                Op::Remove(k) => remove(&mut conn, &t, a, &key(k)),
                Op::Reset => reset(&mut conn, a),
            };
            if result.is_err() {
                prop_assert_eq!(dump(&conn), before);
            }
            let v = view(&conn, &t, a).unwrap();
            let shown: usize = v.sections.iter().map(|s| s.items.len()).sum();
            prop_assert_eq!(v.progress.total, shown);
            prop_assert!(v.progress.done <= v.progress.total);
            prop_assert_eq!(v.ready, shown > 0 && v.sections.iter().flat_map(|s| &s.items).all(|i| i.checked));
        }
    }
}

/// Invariant: an own item whose stored section this version does not know is reported, not
/// quietly moved to another section.
#[test]
fn an_unknown_stored_section_is_an_error() {
    let (mut conn, a, _) = setup();
    add(
        &mut conn,
        a,
        Section::Dress,
        "Umbrella",
        Scope::Interview,
        now(),
    )
    .unwrap();
    // The CHECK constraint keeps the app from writing it; a damaged or hand-edited file can.
    conn.execute_batch(
        "PRAGMA ignore_check_constraints = ON; UPDATE checklist_item SET section = 'posture';",
    )
    .unwrap();
    let error = view(&conn, &Template::builtin(), a).unwrap_err();
    assert!(
        matches!(&error, Error::StoredValue { what: "checklist item", detail } if detail.contains("posture")),
        "{error:?}"
    );
}
