//! One meeting through its files: the invitation makes an interview, its update moves that
//! interview, its cancellation cancels it — never a second interview — and a file that says
//! nothing new, or less than what was taken in, changes nothing.

use super::Known;
use crate::error::Error;
use crate::interview::Status;
use crate::service::ImportedInvitation;
use crate::testing::{ask, core, problem};
use crate::Core;
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/ics")
            .join(name),
    )
    .unwrap()
}

fn read(core: &Core, text: &str) -> ImportedInvitation {
    core.read_invitation(text).unwrap()
}

fn revision(read: &ImportedInvitation) -> Value {
    serde_json::to_value(super::Revision::of(&read.invitation)).unwrap()
}

/// Saves a new invitation's form as the user would: the job filled in where the file had none.
fn save_new(core: &Core, read: &ImportedInvitation) -> i64 {
    assert_eq!(read.known, Known::New);
    let mut draft = serde_json::to_value(&read.invitation.draft).unwrap();
    if draft["role"] == "" {
        draft["role"] = "Utvikler".into();
    }
    ask(
        |r| core.create_invited_interview(r),
        json!({"interview": draft, "invitation": revision(read)}),
    )
    .id
}

fn existing_id(known: &Known) -> i64 {
    match known {
        Known::Update { interview }
        | Known::Cancellation { interview }
        | Known::Repeat { interview } => interview.id,
        Known::New => panic!("expected an interview, got a new one"),
    }
}

fn move_to(core: &Core, read: &ImportedInvitation) -> crate::Result<crate::interview::Interview> {
    let d = &read.invitation.draft;
    core.move_invited_interview(
        crate::parse(Some(json!({
            "interviewId": existing_id(&read.known),
            "invitation": revision(read),
            "startLocal": d.start_local,
            "timeZone": d.time_zone,
            "durationMinutes": d.duration_minutes,
            "location": d.location,
        })))
        .unwrap(),
    )
}

fn cancel(core: &Core, read: &ImportedInvitation) -> crate::Result<crate::interview::Interview> {
    core.cancel_invited_interview(
        crate::parse(Some(json!({
            "interviewId": existing_id(&read.known),
            "invitation": revision(read),
        })))
        .unwrap(),
    )
}

fn total(core: &Core) -> i64 {
    core.review(crate::parse(None).unwrap()).unwrap().total
}

/// Invariant: request → update → cancellation of one meeting leaves one interview, moved, then
/// cancelled, with everything the user added kept; repeats and older files are "nothing new".
#[test]
fn a_meeting_moved_then_cancelled_stays_one_interview() {
    let core = core();
    let request = read(&core, &fixture("13-exchange-request-nb.ics"));
    let id = save_new(&core, &request);
    ask(
        |r| core.update_sheet(r),
        json!({"interviewId": id, "changes": {"research": "Les om dataplattformen"}}),
    );
    assert!(matches!(
        read(&core, &fixture("13-exchange-request-nb.ics")).known,
        Known::Repeat { .. }
    ));

    let update = read(&core, &fixture("14-exchange-update-nb.ics"));
    match &update.known {
        Known::Update { interview } => {
            assert_eq!(interview.id, id);
            assert_eq!(interview.start_local, "2027-02-10T10:00");
        }
        other => panic!("expected an update, got {other:?}"),
    }
    let moved = move_to(&core, &update).unwrap();
    assert_eq!(
        (moved.id, moved.start_local.as_str(), moved.duration_minutes),
        (id, "2027-02-11T13:00", 90)
    );
    assert_eq!(
        (moved.company.as_str(), moved.role.as_str()),
        ("Equinor", "Dataingeniør")
    );
    assert_eq!(moved.interviewers[0].name, "Per Aas");
    let sheet = core
        .preparation(crate::service::InterviewRequest { interview_id: id })
        .unwrap();
    assert_eq!(sheet.sheet.research, "Les om dataplattformen");
    // The update again, and the first file again (older now): nothing to do.
    for file in ["14-exchange-update-nb.ics", "13-exchange-request-nb.ics"] {
        let again = read(&core, &fixture(file));
        assert!(
            matches!(again.known, Known::Repeat { .. }),
            "{file}: {:?}",
            again.known
        );
    }

    let cancellation = read(&core, &fixture("15-exchange-cancel-nb.ics"));
    assert!(cancellation.invitation.cancelled);
    assert!(
        matches!(cancellation.known, Known::Cancellation { .. }),
        "{:?}",
        cancellation.known
    );
    let cancelled = cancel(&core, &cancellation).unwrap();
    assert_eq!((cancelled.id, cancelled.status), (id, Status::Cancelled));
    assert_eq!(cancelled.start_local, "2027-02-11T13:00");
    let reminders = core
        .reminders(crate::service::InterviewRequest { interview_id: id })
        .unwrap();
    assert!(
        reminders
            .iter()
            .all(|r| r.state.as_deref() != Some("pending")),
        "{reminders:?}"
    );
    // Every file of the meeting is now nothing new; there is one interview.
    for file in [
        "13-exchange-request-nb.ics",
        "14-exchange-update-nb.ics",
        "15-exchange-cancel-nb.ics",
    ] {
        assert!(
            matches!(read(&core, &fixture(file)).known, Known::Repeat { .. }),
            "{file}"
        );
    }
    assert_eq!(total(&core), 1);
}

/// Invariant: a meeting already linked cannot make a second interview; the refusal changes
/// nothing.
#[test]
fn a_meeting_already_imported_is_not_saved_twice() {
    let core = core();
    let request = read(&core, &fixture("13-exchange-request-nb.ics"));
    save_new(&core, &request);
    let before = core.dump().unwrap();
    let mut draft = serde_json::to_value(&request.invitation.draft).unwrap();
    draft["role"] = "Utvikler".into();
    let again = core.create_invited_interview(
        crate::parse(Some(
            json!({"interview": draft, "invitation": revision(&request)}),
        ))
        .unwrap(),
    );
    assert_eq!(
        problem(again),
        ("invitation.uid".to_owned(), "already_imported")
    );
    assert_eq!(core.dump().unwrap(), before);
}

/// Invariant: Outlook may send a change without counting SEQUENCE up; a later DTSTAMP still
/// makes it an update, and an earlier one makes it old news.
#[test]
fn the_same_sequence_written_later_is_an_update() {
    let core = core();
    let first = fixture("13-exchange-request-nb.ics");
    save_new(&core, &read(&core, &first));
    let later = first
        .replace("DTSTAMP:20270118T081502Z", "DTSTAMP:20270119T120000Z")
        .replace(":20270210T100000", ":20270210T110000");
    assert!(matches!(read(&core, &later).known, Known::Update { .. }));
    let earlier = later.replace("DTSTAMP:20270119T120000Z", "DTSTAMP:20270101T000000Z");
    assert!(matches!(read(&core, &earlier).known, Known::Repeat { .. }));
}

/// Invariant: a file saved from a calendar (no METHOD) that says STATUS:CANCELLED cancels, as
/// Google's export of a called-off meeting does.
#[test]
fn a_cancelled_status_without_a_cancel_method_cancels() {
    let core = core();
    let id = save_new(&core, &read(&core, &fixture("16-google-meet-sv.ics")));
    let export = read(&core, &fixture("21-google-cancelled-export-sv.ics"));
    assert!(export.invitation.cancelled);
    assert_eq!(existing_id(&export.known), id);
    assert!(matches!(export.known, Known::Cancellation { .. }));
    assert_eq!(cancel(&core, &export).unwrap().status, Status::Cancelled);
}

/// Invariant: a cancellation of a meeting never imported is "new" with `cancelled` set (the UI
/// says there is nothing to change); a deleted interview takes its link along, so its meeting is
/// new again.
#[test]
fn unknown_and_forgotten_meetings_are_new() {
    let core = core();
    let cancellation = read(&core, &fixture("15-exchange-cancel-nb.ics"));
    assert_eq!(
        (
            cancellation.known.clone(),
            cancellation.invitation.cancelled
        ),
        (Known::New, true)
    );
    let request = read(&core, &fixture("13-exchange-request-nb.ics"));
    let id = save_new(&core, &request);
    core.delete_interview(crate::parse(Some(json!({"id": id}))).unwrap())
        .unwrap();
    assert_eq!(
        read(&core, &fixture("13-exchange-request-nb.ics")).known,
        Known::New
    );
    let no_uid = fixture("05-floating.ics").replace("UID:", "X-OLD-UID:");
    assert_eq!(read(&core, &no_uid).known, Known::New);
}

/// Invariant: an answer names the interview its meeting made, or is refused and changes nothing
/// (another interview's id, a meeting never linked, a cancellation of an interview that took
/// place, a bad revision).
#[test]
fn answers_that_do_not_fit_are_refused_and_change_nothing() {
    let core = core();
    let request = read(&core, &fixture("13-exchange-request-nb.ics"));
    let id = save_new(&core, &request);
    let other = save_new(&core, &read(&core, &fixture("18-thunderbird-case-nb.ics")));
    let update = read(&core, &fixture("14-exchange-update-nb.ics"));
    let before = core.dump().unwrap();
    let d = &update.invitation.draft;
    let attempt = |interview_id: i64, invitation: Value| {
        core.move_invited_interview(
            crate::parse(Some(json!({
                "interviewId": interview_id, "invitation": invitation,
                "startLocal": d.start_local, "timeZone": d.time_zone,
                "durationMinutes": d.duration_minutes,
            })))
            .unwrap(),
        )
    };
    assert_eq!(
        problem(attempt(other, revision(&update))),
        ("invitation.uid".into(), "unknown_item")
    );
    let mut stranger = revision(&update);
    stranger["uid"] = "never-seen@example.org".into();
    assert_eq!(
        problem(attempt(id, stranger)),
        ("invitation.uid".into(), "unknown_item")
    );
    let mut negative = revision(&update);
    negative["sequence"] = (-1).into();
    assert_eq!(
        problem(attempt(id, negative)),
        ("invitation.sequence".into(), "out_of_range")
    );
    assert!(matches!(
        attempt(4242, revision(&update)),
        Err(Error::NotFound)
    ));
    let mut gap = update.clone();
    gap.invitation.draft.start_local = "2027-03-28T02:30".into();
    gap.invitation.draft.time_zone = Some("Europe/Oslo".into());
    assert_eq!(
        problem(move_to(&core, &gap)),
        ("startLocal".into(), "nonexistent_time")
    );
    assert_eq!(core.dump().unwrap(), before);

    // An interview that took place is not cancelled, and the link stays where it was.
    ask(
        |r| core.set_outcome(r),
        json!({"interviewId": id, "status": "done"}),
    );
    let before = core.dump().unwrap();
    let cancellation = read(&core, &fixture("15-exchange-cancel-nb.ics"));
    assert_eq!(
        problem(cancel(&core, &cancellation)),
        ("status".into(), "invalid_transition")
    );
    assert_eq!(core.dump().unwrap(), before);
}

/// Invariant: a cancelled interview whose meeting is booked again (a later revision, not
/// cancelled) is moved and planned again.
#[test]
fn a_cancelled_interview_booked_again_is_planned() {
    let core = core();
    let first = fixture("13-exchange-request-nb.ics");
    let id = save_new(&core, &read(&core, &first));
    cancel(&core, &read(&core, &fixture("15-exchange-cancel-nb.ics"))).unwrap();
    let again = first
        .replace("SEQUENCE:0", "SEQUENCE:3")
        .replace("DTSTAMP:20270118T081502Z", "DTSTAMP:20270301T080000Z")
        .replace(":20270210T", ":20270317T");
    let read_again = read(&core, &again);
    assert!(
        matches!(read_again.known, Known::Update { .. }),
        "{:?}",
        read_again.known
    );
    let moved = move_to(&core, &read_again).unwrap();
    assert_eq!(
        (moved.id, moved.status, moved.start_local.as_str()),
        (id, Status::Planned, "2027-03-17T10:00")
    );
}
