//! The review's commands over IPC, as the UI calls them: the table, search, trends, companies;
//! and the file commands refuse a bad request before any dialog opens, changing nothing.

mod common;

use common::Ui;
use serde_json::json;

fn seeded() -> Ui {
    let ui = Ui::new();
    for (company, start, notes) in [
        ("Posten", "2026-10-01T10:00", "Pakker og logistikk"),
        ("Bring", "2026-11-01T10:00", "Ruteplanlegging"),
        ("Posten", "2026-11-20T10:00", "Andre runde om logistikk"),
    ] {
        let id = ui.ok(
            "create_interview",
            json!({"request": {"company": company, "role": "Utvikler", "startLocal": start, "notes": notes}}),
        )["id"]
            .clone();
        ui.ok(
            "update_reflection",
            json!({"request": {"interviewId": id, "changes": {"feeling": 3, "firstRating": 4, "forgot": "Porteføljen"}}}),
        );
    }
    ui
}

#[test]
fn the_review_answers_with_rows_hits_trends_and_companies() {
    let ui = seeded();
    let page = ui.ok(
        "review",
        json!({"request": {"company": "posten", "descending": false}}),
    );
    assert_eq!(page["total"], 2);
    assert_eq!(page["rows"][0]["startLocal"], "2026-10-01T10:00");
    assert_eq!(page["rows"][0]["firstRating"], 4);
    let hits = ui.ok("search", json!({"request": {"query": "logistikk"}}));
    assert_eq!(hits.as_array().unwrap().len(), 2);
    assert!(hits[0]["snippet"]
        .as_str()
        .unwrap()
        .contains("\u{E000}logistikk\u{E001}"));
    let trends = ui.ok("review_trends", json!({}));
    assert_eq!(trends["reflections"], 3);
    assert_eq!(trends["forgotten"][0]["occurrences"], 3);
    let companies = ui.ok("review_companies", json!({}));
    assert_eq!(companies[0]["company"], "Posten");
    assert_eq!(companies[0]["interviews"], 2);
}

#[test]
fn bad_review_requests_get_translated_errors_and_change_nothing() {
    let ui = seeded();
    let before = ui.dump();
    let error = ui.err("review", json!({"request": {"sort": "id DESC; --"}}));
    assert_eq!(error["code"], "invalid_request");
    let error = ui.err(
        "review",
        json!({"request": {"from": "2026-12-02", "to": "2026-12-01"}}),
    );
    assert_eq!(error["fields"][0]["field"], "to");
    let error = ui.err("search", json!({"request": {"query": "x".repeat(201)}}));
    assert_eq!(error["fields"][0]["message"], "Bruk høyst 200 tegn.");
    // The request is checked before the save dialog would open.
    let error = ui.err("export_file", json!({"request": {"format": "pdf"}}));
    assert_eq!(error["code"], "invalid_request");
    let error = ui.err(
        "export_file",
        json!({"request": {"format": "csv", "filter": {"from": "2026-12-02", "to": "2026-12-01"}}}),
    );
    assert_eq!(error["fields"][0]["field"], "to");
    // The mock runtime has no file dialog: a good request is answered with an error, not a hang.
    let error = ui.err("export_file", json!({"request": {"format": "json"}}));
    assert_eq!(error["code"], "io");
    assert_eq!(ui.err("import_backup", json!({}))["code"], "io");
    assert_eq!(ui.err("import_invitation", json!({}))["code"], "io");
    assert_eq!(ui.dump(), before);
}

/// Invariant: the answers to an imported invitation work over IPC with the JSON the UI sends —
/// saved with its meeting, moved, cancelled, one interview throughout — and a second save of the
/// same meeting is refused with our translated error and changes nothing.
#[test]
fn an_invitation_is_saved_moved_and_cancelled_over_ipc() {
    let ui = Ui::new();
    let invitation = json!({"uid": "040000008200E00074C5@example.org", "sequence": 0, "stamp": "2027-01-18T08:15:02Z"});
    let draft = json!({"company": "Equinor", "role": "Dataingeniør", "startLocal": "2027-02-10T10:00",
        "timeZone": "Europe/Berlin", "location": "Microsoft Teams"});
    let created = ui.ok(
        "create_invited_interview",
        json!({"request": {"interview": draft, "invitation": invitation}}),
    );
    let id = created["id"].clone();
    let before = ui.dump();
    let again = ui.err(
        "create_invited_interview",
        json!({"request": {"interview": draft, "invitation": invitation}}),
    );
    assert_eq!(again["fields"][0]["code"], "already_imported");
    assert_eq!(again["fields"][0]["field"], "invitation.uid");
    assert_eq!(ui.dump(), before);

    let update = json!({"uid": "040000008200E00074C5@example.org", "sequence": 1});
    let moved = ui.ok(
        "move_invited_interview",
        json!({"request": {"interviewId": id, "invitation": update, "startLocal": "2027-02-11T13:00",
            "timeZone": "Europe/Berlin", "durationMinutes": 90, "location": ""}}),
    );
    assert_eq!(
        (
            &moved["startLocal"],
            &moved["durationMinutes"],
            &moved["location"]
        ),
        (
            &json!("2027-02-11T13:00"),
            &json!(90),
            &json!("Microsoft Teams")
        )
    );
    let cancel = json!({"uid": "040000008200E00074C5@example.org", "sequence": 2});
    let cancelled = ui.ok(
        "cancel_invited_interview",
        json!({"request": {"interviewId": id, "invitation": cancel}}),
    );
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(ui.ok("list_interviews", json!({}))["total"], 1);
}

/// Invariant: a file handed to the app from outside its dialog ("Open with", a second start, a
/// drop) is read as a picked one is, and taken once; of several handed at once the calendar file
/// is read; whatever is not an invitation — another kind of file, a folder, a file gone since —
/// is refused with the same translated message as a wrong file in the dialog, and changes nothing.
#[test]
fn a_handed_invitation_is_read_once_and_anything_else_is_refused() {
    let ui = Ui::new();
    let fixtures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/core/tests/fixtures/ics");
    let dir = std::env::temp_dir().join(format!("intervju-handed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pdf = dir.join("cv.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n\xe2\xe3\xcf\xd3\n").unwrap();
    let before = ui.dump();

    assert_eq!(ui.ok("take_handed_invitation", json!({})), json!(null));
    ui.hand_over(vec![
        pdf.clone(),
        fixtures.join("13-exchange-request-nb.ics"),
    ]);
    let read = ui.ok("take_handed_invitation", json!({}));
    assert_eq!(read["draft"]["company"], "Equinor");
    assert_eq!(read["known"]["kind"], "new");
    assert_eq!(
        ui.ok("take_handed_invitation", json!({})),
        json!(null),
        "taken once"
    );
    // The one handed last is the one read.
    ui.hand_over(vec![fixtures.join("13-exchange-request-nb.ics")]);
    ui.hand_over(vec![fixtures.join("17-zoom-en.ics")]);
    let read = ui.ok("take_handed_invitation", json!({}));
    assert_eq!(read["draft"]["company"], "Northwind Labs");

    for refused in [
        pdf,
        dir.clone(),
        dir.join("gone.ics"),
        fixtures.join("broken-not-ics.ics"),
    ] {
        ui.hand_over(vec![refused.clone()]);
        let error = ui.err("take_handed_invitation", json!({}));
        assert_eq!(error["code"], "validation", "{refused:?}");
        assert_eq!(error["fields"][0]["field"], "file");
        assert_eq!(error["fields"][0]["code"], "not_a_calendar");
        assert_eq!(
            error["fields"][0]["message"],
            "Denne filen er ikke en kalenderinvitasjon (.ics)."
        );
    }
    assert_eq!(ui.dump(), before);
    std::fs::remove_dir_all(dir).unwrap();
}
