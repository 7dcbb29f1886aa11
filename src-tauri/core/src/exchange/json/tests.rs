//! Uids through a JSON backup: a restore into an empty database keeps them, so the restored rows
//! are the same records on paired devices; an import never fails on a uid that is already here
//! and never revives one deleted here, it gives such rows fresh uids.

use crate::service::{CodeRequest, PeerRequest};
use crate::testing::{ask, core, tell, Story};
use crate::Core;
use serde_json::{json, Value};

fn backup(core: &Core) -> String {
    let bytes = core
        .export(&crate::parse(Some(json!({"format": "json"}))).unwrap())
        .unwrap();
    String::from_utf8(bytes).unwrap()
}

/// Two interviews with everything around them, a practised question and the user's own
/// checklist items (one for every interview): a row in each table that has a uid.
fn stories(core: &Core) -> Vec<i64> {
    let ids = [
        ("Posten", "2026-11-20T10:00"),
        ("Bring", "2026-11-21T09:00"),
    ]
    .map(|(company, start)| {
        tell(
            core,
            &Story {
                company,
                start,
                question: &format!("Why {company}?"),
                ..Story::default()
            },
        )
    });
    for (scope, text) in [("everywhere", "Umbrella"), ("interview", "Printed CV")] {
        ask(
            |r| core.add_item(r),
            json!({"interviewId": ids[0], "section": "dress", "text": text, "scope": scope}),
        );
    }
    let question: i64 = core
        .read()
        .query_row("SELECT min(id) FROM question", [], |r| r.get(0))
        .unwrap();
    ask(
        |r| core.record_practice(r),
        json!({"questionId": question, "rating": "good"}),
    );
    ids.to_vec()
}

/// (table, id, uid) of every row with a uid.
fn uids(core: &Core) -> Vec<(&'static str, i64, String)> {
    let conn = core.read();
    let mut all = Vec::new();
    for table in crate::sync::schema::TABLES.iter().filter(|t| t.has_uid()) {
        let mut stmt = conn
            .prepare(&format!("SELECT id, uid FROM {} ORDER BY id", table.name))
            .unwrap();
        let rows = stmt
            .query_map([], |r| Ok((table.name, r.get(0)?, r.get(1)?)))
            .unwrap();
        all.extend(rows.map(Result::unwrap));
    }
    all
}

fn sync_dump(core: &Core) -> String {
    crate::sync::dump(&core.read()).unwrap()
}

/// Invariant: a restore into an empty database keeps every row's uid, so the restored data is
/// the same set of records as the original, as sync sees it.
#[test]
fn a_restore_into_an_empty_database_keeps_every_uid() {
    let source = core();
    stories(&source);
    let restored = core();
    restored.import_backup(&backup(&source)).unwrap();
    let kept = uids(&restored);
    assert_eq!(kept, uids(&source));
    for table in [
        "interview",
        "preparation_item",
        "practice_session",
        "question",
    ] {
        assert!(kept.iter().any(|(t, ..)| *t == table), "{table} has rows");
    }
    assert!(kept.iter().any(|(t, ..)| *t == "practice_attempt"));
    assert!(kept.iter().any(|(t, ..)| *t == "checklist_item"));
    assert_eq!(sync_dump(&restored), sync_dump(&source));
}

/// Invariant: a backup imported twice adds nothing the second time, though every uid in it is
/// then already here.
#[test]
fn importing_a_backup_twice_into_another_database_adds_nothing_the_second_time() {
    let source = core();
    stories(&source);
    let text = backup(&source);
    let target = core();
    tell(
        &target,
        &Story {
            company: "Own",
            ..Story::default()
        },
    );
    let first = target.import_backup(&text).unwrap();
    assert_eq!((first.interviews, first.duplicates), (2, 0));
    let after_first = target.dump().unwrap();
    let second = target.import_backup(&text).unwrap();
    assert_eq!((second.interviews, second.duplicates), (0, 2));
    assert_eq!((second.questions, second.existing_questions), (0, 2));
    assert_eq!(target.dump().unwrap(), after_first);
}

/// Invariant: into a database that has the backup's uids on other data (its interviews renamed
/// since, so they are not recognised as the same), the import succeeds: the rows here keep their
/// uids, the file's rows come in with fresh ones, and no uid is held twice.
#[test]
fn importing_over_the_same_uids_on_other_data_gives_fresh_uids() {
    let source = core();
    stories(&source);
    let text = backup(&source);
    let target = core();
    target.import_backup(&text).unwrap();
    target
        .write()
        .unwrap()
        .execute_batch(
            "UPDATE interview SET company = company || ' (renamed)';
             UPDATE question SET text = text || ' (reworded)';
             UPDATE checklist_item SET text = 'Raincoat' WHERE interview_id IS NULL;",
        )
        .unwrap();
    let before = uids(&target);

    let summary = target.import_backup(&text).unwrap();
    assert_eq!((summary.interviews, summary.duplicates), (2, 0));
    assert_eq!((summary.questions, summary.existing_questions), (2, 0));
    let after = uids(&target);
    assert_eq!(after.len(), before.len() * 2);
    assert!(
        before.iter().all(|row| after.contains(row)),
        "rows here keep their uids"
    );
    let distinct: std::collections::HashSet<&String> = after.iter().map(|(_, _, u)| u).collect();
    assert_eq!(distinct.len(), after.len(), "no uid is held twice");
    let page = target.review(crate::parse(None).unwrap()).unwrap();
    assert_eq!(page.total, 4, "the renamed ones and the ones from the file");
}

/// Invariant: a uid that does not look like one of ours (a foreign or damaged file) is replaced:
/// a `/` in it would split the keys of the rows that belong to it.
#[test]
fn a_uid_not_of_our_shape_is_replaced() {
    let source = core();
    tell(&source, &Story::default());
    let mut doc: Value = serde_json::from_str(&backup(&source)).unwrap();
    doc["tables"]["interview"][0]["uid"] = json!("a/b");
    doc["tables"]["practice_session"][0]["uid"] = json!(7);
    let target = core();
    target.import_backup(&doc.to_string()).unwrap();
    for (table, _, uid) in uids(&target) {
        assert!(
            uid.len() == 32 && uid.bytes().all(|b| b.is_ascii_hexdigit()),
            "{table}: {uid}"
        );
    }
}

/// Invariant: a row deleted here, and so deleted for good in the record of changes, comes back
/// from a backup as a new record: with its old uid the next sync would delete it again.
#[test]
fn a_row_deleted_here_comes_back_from_a_backup_under_a_fresh_uid() {
    let (phone, desktop) = (core(), core());
    let offer = phone.start_pairing().unwrap();
    let peer = desktop
        .enter_pairing_code(CodeRequest { code: offer.code })
        .unwrap();
    let id = tell(&phone, &Story::default());
    let text = backup(&phone);
    let old_uid = uids(&phone)[0].2.clone();
    let bytes = phone
        .bundle_for(PeerRequest {
            peer_id: offer.peer.id,
        })
        .unwrap();
    desktop.receive_bundle(&bytes, &mut |_, _| {}).unwrap();
    let there = crate::sync::record::local_id(&desktop.read(), "interview", &old_uid)
        .unwrap()
        .expect("synced");
    ask(|r| desktop.delete_interview(r), json!({"id": there}));
    desktop.sync_flush().unwrap();

    let summary = desktop.import_backup(&text).unwrap();
    assert_eq!(summary.interviews, 1, "{summary:?}");
    desktop.sync_flush().unwrap();
    let back = uids(&desktop);
    assert_eq!(back.iter().filter(|(t, ..)| *t == "interview").count(), 1);
    assert_ne!(back[0].2, old_uid, "a fresh uid");
    // Both devices end with the restored copy; the deleted record stays deleted.
    let bytes = desktop
        .bundle_for(PeerRequest { peer_id: peer.id })
        .unwrap();
    phone.receive_bundle(&bytes, &mut |_, _| {}).unwrap();
    assert_eq!(sync_dump(&phone), sync_dump(&desktop));
    let on_phone = uids(&phone);
    assert!(on_phone.iter().all(|(_, _, u)| *u != old_uid));
    assert!(on_phone.iter().any(|(_, _, u)| *u == back[0].2));
    assert!(phone
        .interview(crate::parse(Some(json!({"id": id}))).unwrap())
        .is_err());
}

/// Invariant: a record of changes that cannot be read does not stop a restore; the rows come in
/// with fresh uids, which is right whatever the record held.
#[test]
fn an_unreadable_record_of_changes_gives_fresh_uids_and_the_import_goes_on() {
    let source = core();
    tell(&source, &Story::default());
    let target = core();
    target
        .write()
        .unwrap()
        .execute(
            "INSERT INTO sync_snapshot (id, bytes) VALUES (1, x'00ff00')",
            [],
        )
        .unwrap();
    let summary = target.import_backup(&backup(&source)).unwrap();
    assert_eq!(summary.interviews, 1);
    let theirs = uids(&source);
    let ours = uids(&target);
    assert_eq!(ours.len(), theirs.len());
    assert!(ours
        .iter()
        .all(|(_, _, u)| theirs.iter().all(|(_, _, t)| t != u)));
}

/// What a user may have made before taking a backup, drawn at random: interviews around a few
/// employers (some the same meeting twice), practised questions (attempts at the same moment
/// too), the user's own checklist items, hidden items, outcomes.
#[derive(Debug, Clone)]
struct Made {
    stories: Vec<(usize, u32, usize)>,
    practices: Vec<(usize, usize, bool)>,
    items: Vec<(usize, usize, bool)>,
    hides: Vec<(usize, bool)>,
    outcomes: Vec<(usize, usize)>,
}

fn made() -> impl proptest::strategy::Strategy<Value = Made> {
    use proptest::prelude::*;
    (
        prop::collection::vec((0usize..3, 1u32..6, 0usize..4), 1..5),
        prop::collection::vec((0usize..4, 0usize..3, any::<bool>()), 0..8),
        prop::collection::vec((0usize..5, 0usize..3, any::<bool>()), 0..4),
        prop::collection::vec((0usize..5, any::<bool>()), 0..3),
        prop::collection::vec((0usize..5, 0usize..4), 0..3),
    )
        .prop_map(|(stories, practices, items, hides, outcomes)| Made {
            stories,
            practices,
            items,
            hides,
            outcomes,
        })
}

/// Makes `made` in a fresh core whose clock moves as the user would.
fn make(made: &Made) -> Core {
    use crate::clock::ManualClock;
    let clock = std::sync::Arc::new(ManualClock::new(crate::testing::t0()));
    let env = crate::Environment {
        os_locale: "nb-NO".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    let core = Core::open_in_memory(clock.clone(), env).unwrap();
    let companies = ["Posten", "Bring", "Vy"];
    let questions = ["Hvorfor oss?", "Fortell om deg selv", "Styrker?", ""];
    let ids: Vec<i64> = made
        .stories
        .iter()
        .map(|&(company, day, question)| {
            let start = format!("2026-11-{:02}T10:00", 10 + day);
            tell(
                &core,
                &Story {
                    company: companies[company],
                    start: &start,
                    question: questions[question],
                    ..Story::default()
                },
            )
        })
        .collect();
    let question_ids: Vec<i64> = {
        let conn = core.read();
        let mut stmt = conn.prepare("SELECT id FROM question ORDER BY id").unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.map(Result::unwrap).collect()
    };
    for &(question, rating, same_moment) in &made.practices {
        let Some(question) = question_ids.get(question % question_ids.len().max(1)) else {
            break;
        };
        if !same_moment {
            clock.advance(chrono::Duration::minutes(7));
        }
        let rating = ["good", "okay", "poor"][rating];
        ask(
            |r| core.record_practice(r),
            json!({"questionId": question, "rating": rating}),
        );
    }
    let pick = |n: usize| ids[n % ids.len()];
    for &(story, text, everywhere) in &made.items {
        let scope = if everywhere {
            "everywhere"
        } else {
            "interview"
        };
        let text = ["Paraply", "CV på papir", "Vannflaske"][text];
        ask(
            |r| core.add_item(r),
            json!({"interviewId": pick(story), "section": "dress", "text": text, "scope": scope}),
        );
    }
    for &(story, everywhere) in &made.hides {
        let scope = if everywhere {
            "everywhere"
        } else {
            "interview"
        };
        ask(
            |r| core.hide_item(r),
            json!({"interviewId": pick(story), "key": "dress.clean", "scope": scope}),
        );
    }
    for &(story, status) in &made.outcomes {
        let status = ["done", "awaiting", "rejected", "offer"][status];
        // An outcome the interview's status cannot move to is refused; that is fine here.
        let _ = crate::parse(Some(json!({"interviewId": pick(story), "status": status})))
            .and_then(|r| core.set_outcome(r));
    }
    core
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 24, ..Default::default() })]

    /// Invariant: a backup imported into the database it came from changes nothing, and imported
    /// into another one twice, the second time changes nothing: no practice attempt, checklist
    /// item, hide or anything else doubles.
    #[test]
    fn importing_the_same_backup_again_leaves_every_table_identical(made in made()) {
        let source = make(&made);
        let text = backup(&source);
        let before = source.dump().unwrap();
        source.import_backup(&text).unwrap();
        proptest::prop_assert_eq!(source.dump().unwrap(), before, "into its own database");

        let target = core();
        target.import_backup(&text).unwrap();
        let once = target.dump().unwrap();
        let again = target.import_backup(&text).unwrap();
        proptest::prop_assert_eq!(again.interviews, 0);
        proptest::prop_assert_eq!(target.dump().unwrap(), once, "a second time elsewhere");
    }
}
