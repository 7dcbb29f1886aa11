//! The engine between devices: what one writes, the other gets; edits made apart merge by the
//! kind of field; a delete stands; bundles are harmless however they arrive, and refused whole
//! when changed.

use crate::service::PeerRequest;
use crate::testing::{ask, core, tell, Story};
use crate::Core;
use serde_json::json;

/// Two cores paired with each other: (a, b, a's peer id for b, b's peer id for a).
pub(crate) fn paired() -> (Core, Core, i64, i64) {
    let (a, b) = (core(), core());
    let (ab, ba) = pair(&a, &b);
    (a, b, ab, ba)
}

/// Pairs two cores; returns each one's peer id for the other.
pub(crate) fn pair(a: &Core, b: &Core) -> (i64, i64) {
    let offer = a.start_pairing().unwrap();
    let peer = ask(|r| b.enter_pairing_code(r), json!({"code": offer.code}));
    (offer.peer.id, peer.id)
}

/// Writes a bundle on `from` for its peer `to_peer` and takes it in on `to`.
pub(crate) fn send(from: &Core, to_peer: i64, to: &Core) -> crate::service::Received {
    let bytes = from.bundle_for(PeerRequest { peer_id: to_peer }).unwrap();
    to.receive_bundle(&bytes, &mut |_, _| {}).unwrap()
}

pub(crate) fn dump(core: &Core) -> String {
    super::dump(&core.read()).unwrap()
}

fn sql(core: &Core, statement: &str, params: impl rusqlite::Params) {
    core.write().unwrap().execute(statement, params).unwrap();
}

fn uid(core: &Core, table: &str, id: i64) -> String {
    core.read()
        .query_row(
            &format!("SELECT uid FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .unwrap()
}

fn id_of(core: &Core, uid: &str) -> i64 {
    super::record::local_id(&core.read(), "interview", uid)
        .unwrap()
        .expect("the interview is here")
}

#[test]
fn everything_written_on_one_device_reaches_the_other() {
    let (a, b, ab, _) = paired();
    let id = tell(
        &a,
        &Story {
            question: "Why us?",
            research: "They build ferries",
            learned: "A small team",
            forgot: "Ask about the team",
            ..Story::default()
        },
    );
    ask(
        |r| a.add_prep_item(r),
        json!({"interviewId": id, "list": "competency", "text": "Rust"}),
    );
    ask(
        |r| a.add_prep_item(r),
        json!({"interviewId": id, "list": "competency", "text": "SQL"}),
    );
    let received = send(&a, ab, &b);
    assert!(received.brought["interview"] >= 1, "{:?}", received.brought);
    assert_eq!(dump(&a), dump(&b));
    let there = id_of(&b, &uid(&a, "interview", id));
    let reflection = ask(|r| b.reflection(r), json!({"interviewId": there}));
    let json = serde_json::to_value(&reflection).unwrap().to_string();
    assert!(json.contains("A small team"), "{json}");
    // The peer is known by its bundle now, with what it brought.
    let status = b.sync_status().unwrap();
    assert_eq!(
        status.peers[0].device_id.as_deref(),
        Some(a.sync_status().unwrap().device.id.as_str())
    );
    assert!(status.peers[0].last_exchange.is_some());
}

#[test]
fn a_round_and_its_earlier_round_stay_linked_by_uid() {
    let (a, b, ab, _) = paired();
    let first = tell(&a, &Story::default());
    let second = ask(
        |d| a.create_interview(d),
        json!({"company": "Acme", "role": "Dev", "round": "second", "previousRoundId": first,
               "startLocal": "2026-12-10T10:00", "timeZone": "Europe/Oslo"}),
    )
    .id;
    send(&a, ab, &b);
    let there = b
        .interview(crate::service::IdRequest {
            id: id_of(&b, &uid(&a, "interview", second)),
        })
        .unwrap();
    assert_eq!(
        there.previous_round_id,
        Some(id_of(&b, &uid(&a, "interview", first)))
    );
    assert_eq!(dump(&a), dump(&b));
}

#[test]
fn different_fields_edited_apart_both_survive() {
    let (a, b, ab, ba) = paired();
    let id = tell(&a, &Story::default());
    send(&a, ab, &b);
    let key = uid(&a, "interview", id);
    sql(
        &a,
        "UPDATE interview SET company = 'Acme Ferries' WHERE uid = ?1",
        [&key],
    );
    sql(
        &b,
        "UPDATE interview SET location = 'Pier 3' WHERE uid = ?1",
        [&key],
    );
    send(&a, ab, &b);
    send(&b, ba, &a);
    assert_eq!(dump(&a), dump(&b));
    let here = a.interview(crate::service::IdRequest { id }).unwrap();
    assert_eq!(
        (here.company.as_str(), here.location.as_str()),
        ("Acme Ferries", "Pier 3")
    );
}

#[test]
fn long_texts_edited_apart_merge() {
    let (a, b, ab, ba) = paired();
    let id = tell(
        &a,
        &Story {
            notes: "First paragraph.\n\nSecond paragraph.",
            ..Story::default()
        },
    );
    send(&a, ab, &b);
    let key = uid(&a, "interview", id);
    sql(&a, "UPDATE interview SET notes = 'First paragraph, longer.\n\nSecond paragraph.' WHERE uid = ?1", [&key]);
    sql(&b, "UPDATE interview SET notes = 'First paragraph.\n\nSecond paragraph, from the phone.' WHERE uid = ?1", [&key]);
    send(&a, ab, &b);
    send(&b, ba, &a);
    assert_eq!(dump(&a), dump(&b));
    let notes = a.interview(crate::service::IdRequest { id }).unwrap().notes;
    assert_eq!(
        notes,
        "First paragraph, longer.\n\nSecond paragraph, from the phone."
    );
}

#[test]
fn a_delete_stands_against_an_edit_made_apart() {
    let (a, b, ab, ba) = paired();
    let id = tell(&a, &Story::default());
    send(&a, ab, &b);
    let key = uid(&a, "interview", id);
    a.delete_interview(crate::service::IdRequest { id })
        .unwrap();
    sql(
        &b,
        "UPDATE interview SET company = 'Edited on the phone' WHERE uid = ?1",
        [&key],
    );
    ask(
        |r| b.update_reflection(r),
        json!({"interviewId": id_of(&b, &key), "changes": {"positive": "Nice"}}),
    );
    send(&b, ba, &a);
    send(&a, ab, &b);
    assert_eq!(dump(&a), dump(&b));
    assert!(super::record::local_id(&b.read(), "interview", &key)
        .unwrap()
        .is_none());
    let rows: i64 = b
        .read()
        .query_row("SELECT count(*) FROM reflection", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 0);
}

#[test]
fn a_list_reordered_on_one_device_and_added_to_on_the_other_keeps_both() {
    let (a, b, ab, ba) = paired();
    let id = ask(
        |d| a.create_interview(d),
        json!({"company": "Acme", "role": "Dev", "startLocal": "2026-12-10T10:00", "timeZone": "Europe/Oslo"}),
    )
    .id;
    for text in ["Rust", "SQL", "Teamwork"] {
        ask(
            |r| a.add_prep_item(r),
            json!({"interviewId": id, "list": "competency", "text": text}),
        );
    }
    send(&a, ab, &b);
    let ids: Vec<i64> = a
        .read()
        .prepare("SELECT id FROM preparation_item WHERE interview_id = ?1 ORDER BY position")
        .unwrap()
        .query_map([id], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    // Teamwork first on the desktop, a new item on the phone.
    ask(
        |r| a.reorder_prep_items(r),
        json!({"interviewId": id, "list": "competency", "order": [ids[2], ids[0], ids[1]]}),
    );
    let there = id_of(&b, &uid(&a, "interview", id));
    ask(
        |r| b.add_prep_item(r),
        json!({"interviewId": there, "list": "competency", "text": "Patience"}),
    );
    send(&a, ab, &b);
    send(&b, ba, &a);
    assert_eq!(dump(&a), dump(&b));
    let order: Vec<String> = a
        .read()
        .prepare("SELECT text FROM preparation_item WHERE interview_id = ?1 ORDER BY position")
        .unwrap()
        .query_map([id], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(order[..3], ["Teamwork", "Rust", "SQL"]);
    assert_eq!(order.len(), 4);
}

#[test]
fn a_bundle_twice_an_old_one_or_out_of_order_changes_nothing_wrong() {
    let (a, b, ab, _) = paired();
    tell(&a, &Story::default());
    let first = a.bundle_for(PeerRequest { peer_id: ab }).unwrap();
    tell(
        &a,
        &Story {
            company: "Beta",
            ..Story::default()
        },
    );
    let second = a.bundle_for(PeerRequest { peer_id: ab }).unwrap();
    // The second (which holds everything: b never answered) first, then the first, twice.
    b.receive_bundle(&second, &mut |_, _| {}).unwrap();
    let after = dump(&b);
    b.receive_bundle(&first, &mut |_, _| {}).unwrap();
    b.receive_bundle(&second, &mut |_, _| {}).unwrap();
    assert_eq!(dump(&b), after);
    assert_eq!(dump(&a), dump(&b));
}

#[test]
fn an_answer_holds_only_what_the_other_lacks() {
    let (a, b, ab, ba) = paired();
    for n in 0..20 {
        tell(
            &a,
            &Story {
                company: &format!("Company {n}"),
                ..Story::default()
            },
        );
    }
    let full = a.bundle_for(PeerRequest { peer_id: ab }).unwrap();
    b.receive_bundle(&full, &mut |_, _| {}).unwrap();
    send(&b, ba, &a);
    sql(
        &a,
        "UPDATE interview SET company = 'Renamed' WHERE id = 1",
        [],
    );
    let small = a.bundle_for(PeerRequest { peer_id: ab }).unwrap();
    assert!(small.len() < 1024, "{} bytes", small.len());
    assert!(small.len() * 10 < full.len());
}

#[test]
fn synced_interviews_in_the_past_set_off_no_reminders() {
    let (a, b, ab, _) = paired();
    // Last week's interview, reflected on the phone: the desktop must not remind of it now.
    tell(
        &a,
        &Story {
            start: "2026-11-20T10:00",
            ..Story::default()
        },
    );
    send(&a, ab, &b);
    let pending: i64 = b
        .read()
        .query_row(
            "SELECT count(*) FROM reminder WHERE state = 'pending' AND due_at <= ?1",
            [crate::testing::t0().timestamp()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(pending, 0);
    let planned: i64 = b
        .read()
        .query_row("SELECT count(*) FROM reminder", [], |r| r.get(0))
        .unwrap();
    assert!(
        planned > 0,
        "the synced interview's reminders are planned, as skipped"
    );
}

#[test]
fn the_record_of_changes_is_not_loaded_to_show_a_screen_or_save() {
    let (a, _b, _, _) = paired();
    let id = tell(&a, &Story::default());
    a.list_interviews(serde_json::from_value(json!({"limit": 30})).unwrap())
        .unwrap();
    a.interview(crate::service::IdRequest { id }).unwrap();
    assert!(
        !a.sync_loaded(),
        "loaded on the way to the first screen or by a save"
    );
    a.sync_flush().unwrap();
    assert!(a.sync_loaded());
    // With nothing to fold, a fold does not load it either.
    let fresh = core();
    fresh.start_pairing().unwrap();
    fresh.sync_flush().unwrap();
    assert!(!fresh.sync_loaded());
}

#[test]
fn nothing_is_folded_in_until_a_device_is_paired() {
    let a = core();
    tell(&a, &Story::default());
    assert_eq!(a.sync_flush().unwrap(), 0);
    let waiting = a.sync_status().unwrap().waiting;
    assert!(waiting > 5, "{waiting}");
    a.start_pairing().unwrap();
    assert_eq!(a.sync_flush().unwrap() as i64, waiting);
    assert_eq!(a.sync_status().unwrap().waiting, 0);
}

#[test]
fn after_a_restore_the_restored_record_of_changes_is_used_and_sync_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let a = Core::open(
        dir.path(),
        std::sync::Arc::new(crate::ManualClock::new(crate::testing::t0())),
        crate::Environment {
            os_locale: "en-GB".into(),
            device_zone: chrono_tz::Europe::Oslo,
        },
    )
    .unwrap();
    let b = core();
    let (ab, ba) = pair(&a, &b);
    tell(&a, &Story::default());
    send(&a, ab, &b);
    let backup = a.backup_now().unwrap();
    tell(
        &a,
        &Story {
            company: "After the backup",
            ..Story::default()
        },
    );
    send(&a, ab, &b);
    a.restore_backup(serde_json::from_value(json!({"name": backup.name})).unwrap())
        .unwrap();
    // What the backup did not hold comes back from the device that has it, once the restored
    // device has said what it has.
    tell(
        &a,
        &Story {
            company: "After the restore",
            ..Story::default()
        },
    );
    send(&a, ab, &b);
    send(&b, ba, &a);
    assert_eq!(dump(&a), dump(&b));
    assert!(dump(&a).contains("After the backup") && dump(&a).contains("After the restore"));
}

#[test]
fn a_reflection_finished_on_the_phone_silences_the_desktops_reminder() {
    let (desktop, phone, dp, pd) = paired();
    // An interview later today: its "reflect" reminder is pending on both devices.
    let id = ask(
        |d| desktop.create_interview(d),
        json!({"company": "Acme", "role": "Dev", "startLocal": "2026-11-29T12:00", "timeZone": "Europe/Oslo"}),
    )
    .id;
    send(&desktop, dp, &phone);
    let after_end = |core: &Core| -> i64 {
        core.read()
            .query_row(
                "SELECT count(*) FROM reminder WHERE kind = 'after_end' AND state = 'pending'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!((after_end(&desktop), after_end(&phone)), (1, 1));
    let there = id_of(&phone, &uid(&desktop, "interview", id));
    ask(
        |r| phone.update_reflection(r),
        json!({"interviewId": there, "changes": {"feeling": 2}}),
    );
    ask(
        |r| phone.complete_reflection(r),
        json!({"interviewId": there, "part": "after"}),
    );
    assert_eq!(after_end(&phone), 0);
    send(&phone, pd, &desktop);
    assert_eq!(
        after_end(&desktop),
        0,
        "the desktop would remind of a reflection already written"
    );
}
