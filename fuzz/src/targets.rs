//! The targets, one per kind of input the app takes from outside, each with its invariant.

use crate::cores::{self, Fresh};
use crate::json;
use crate::REFUSALS;
use arbitrary::{Arbitrary, Unstructured};
use intervju_core::exchange::ics;
use intervju_core::interview::ValidDraft;
use intervju_core::sync::bundle::{self, Body};
use intervju_core::sync::wire;
use intervju_core::{parse, Core, ErrorPayload, Result};
use serde_json::{json, Value};

/// The longest text a target reads (libFuzzer is told the same, `-max_len`): far over any
/// invitation or request, short enough for many runs a second.
const MAX_INPUT: usize = 256 << 10;

/// A refusal must be one of [`REFUSALS`], with words for the user; and it must have changed
/// nothing (`before` is the whole database before the call).
fn refused_cleanly(core: &Core, what: &str, error: &ErrorPayload, before: &str) {
    assert!(
        REFUSALS.contains(&error.code),
        "{what}: not a refusal of bad input: {error:?}"
    );
    assert!(!error.message.is_empty(), "{what}: a refusal without words");
    let after = core.dump().expect("a dump");
    assert!(after == before, "{what}: refused, but the database changed");
}

/// An invitation file as a mail program or a calendar wrote it. Invariant: read or refused as
/// not a calendar / no event, never a panic; what is read is a form the core can judge (its
/// validation may refuse it, never panic on it).
pub fn ics(data: &[u8]) {
    if data.len() > MAX_INPUT {
        return;
    }
    let text = String::from_utf8_lossy(data);
    let oslo = chrono_tz::Europe::Oslo;
    match ics::read_invitation(&text, oslo) {
        Ok(invitation) => {
            assert!(
                invitation.events >= 1,
                "an invitation read without an event"
            );
            let mut draft = invitation.draft;
            // The user fills in what the file did not say before saving.
            if draft.company.trim().is_empty() {
                draft.company = "Firma".into();
            }
            if draft.role.trim().is_empty() {
                draft.role = "Rolle".into();
            }
            if let Err(error) = ValidDraft::new(draft, oslo) {
                assert_eq!(error.code(), "validation", "a read invitation: {error:?}");
            }
        }
        Err(error) => assert_eq!(error.code(), "validation", "{error:?}"),
    }
}

/// A JSON backup, hand-edited or from another version. Invariant: refused with nothing changed,
/// or taken in whole; what was taken in comes out of an export and into an empty database as
/// the same rows.
pub fn backup(data: &[u8]) {
    if data.len() > MAX_INPUT {
        return;
    }
    let Fresh { core, .. } = &cores::seeded();
    let text = String::from_utf8_lossy(data);
    let before = core.dump().expect("a dump");
    match core.respond(|c| c.import_backup(&text)) {
        Err(error) => refused_cleanly(core, "import", &error, &before),
        Ok(_) => {
            let exported = export_tables(core);
            let again = cores::empty();
            if let Err(error) = again
                .core
                .respond(|c| c.import_backup(&exported.to_string()))
            {
                panic!("an export of an accepted import is refused: {error:?}");
            }
            let round_trip = export_tables(&again.core);
            assert!(
                round_trip["tables"] == exported["tables"],
                "an accepted import does not come back whole through an export"
            );
        }
    }
}

fn export_tables(core: &Core) -> Value {
    let bytes = core
        .respond(|c| c.export(&parse(Some(json!({"format": "json"})))?))
        .expect("an export");
    serde_json::from_slice(&bytes).expect("an export is JSON")
}

/// What the user types into search. Invariant: hits or a refusal, never a database error (a
/// query SQLite's full-text syntax would reject must be made harmless first).
pub fn search(data: &[u8]) {
    let core = cores::shared_seeded();
    let query = String::from_utf8_lossy(&data[..data.len().min(4096)]);
    let before = core.dump().expect("a dump");
    if let Err(error) =
        core.respond(|c| c.search(parse(Some(json!({"query": query, "limit": 30})))?))
    {
        refused_cleanly(core, "search", &error, &before);
    }
}

type Call = fn(&Core, Option<Value>) -> Result<()>;

/// Every command that hands its request to the core: (command, core method, call). The test
/// `every_core_command_is_fuzzed` holds this to the shell's commands.
macro_rules! commands {
    ($($command:literal => $method:ident $(($takes:tt))?),* $(,)?) => {
        pub const COMMANDS: &[(&str, &str, Call)] = &[
            $(($command, stringify!($method), |core, request| commands!(@call core request $method $($takes)?))),*
        ];
    };
    (@call $core:ident $request:ident $method:ident request) => {
        $core.$method(parse($request)?).map(drop)
    };
    (@call $core:ident $request:ident $method:ident) => {{
        drop($request);
        $core.$method().map(drop)
    }};
    (@call $core:ident $request:ident $method:ident answer) => {{
        drop($request);
        $core.$method();
        Ok(())
    }};
}

commands! {
    "app_info" => app_info(answer),
    "list_time_zones" => time_zones(answer),
    "take_notices" => take_notices,
    "backup_now" => backup_now,
    "restore_backup" => restore_backup(request),
    "get_settings" => settings,
    "update_settings" => update_settings(request),
    "list_backups" => backups,
    "get_checklist" => checklist(request),
    "check_checklist_item" => check_item(request),
    "hide_checklist_item" => hide_item(request),
    "restore_checklist_item" => restore_item(request),
    "add_checklist_item" => add_item(request),
    "remove_checklist_item" => remove_item(request),
    "reset_checklist" => reset_checklist(request),
    "sync_status" => sync_status,
    "start_pairing" => start_pairing,
    "rename_device" => rename_device(request),
    "enter_pairing_code" => enter_pairing_code(request),
    "unpair_device" => unpair(request),
    "list_interviews" => list_interviews(request),
    "get_interview" => interview(request),
    "create_interview" => create_interview(request),
    "update_interview" => update_interview(request),
    "delete_interview" => delete_interview(request),
    "create_invited_interview" => create_invited_interview(request),
    "move_invited_interview" => move_invited_interview(request),
    "cancel_invited_interview" => cancel_invited_interview(request),
    "get_preparation" => preparation(request),
    "update_preparation" => update_sheet(request),
    "add_preparation_item" => add_prep_item(request),
    "update_preparation_item" => update_prep_item(request),
    "remove_preparation_item" => remove_prep_item(request),
    "reorder_preparation_items" => reorder_prep_items(request),
    "add_practice_session" => add_practice_session(request),
    "remove_practice_session" => remove_practice_session(request),
    "create_question" => create_question(request),
    "update_question" => update_question(request),
    "delete_question" => delete_question(request),
    "set_question_use" => set_question_use(request),
    "practice_deck" => practice_deck(request),
    "record_practice" => record_practice(request),
    "list_questions" => questions,
    "get_reflection" => reflection(request),
    "update_reflection" => update_reflection(request),
    "complete_reflection" => complete_reflection(request),
    "list_lessons" => lessons(request),
    "set_lesson_learned" => set_lesson_learned(request),
    "set_outcome" => set_outcome(request),
    "get_feedback" => feedback(request),
    "update_feedback" => update_feedback(request),
    "update_reminder_settings" => update_reminder_settings(request),
    "list_reminders" => reminders(request),
    "set_reminder_switch" => set_reminder_switch(request),
    "mark_reminder_seen" => mark_reminder_seen(request),
    "snooze_reminder" => snooze_reminder(request),
    "get_reminder_settings" => reminder_settings,
    "due_reminders" => due_reminders,
    "review" => review(request),
    "search" => search(request),
    "review_companies" => review_companies,
    "review_trends" => review_trends,
    "get_reporting" => reporting,
    "update_reporting" => update_reporting(request),
    "activity_report" => report(request),
    "add_activity" => add_activity(request),
    "get_activity" => get_activity(request),
    "update_activity" => update_activity(request),
    "delete_activity" => delete_activity(request),
    "mark_period_reported" => mark_reported(request),
    "unmark_period_reported" => unmark_reported(request),
}

/// One command with its request, as the fuzzer draws them.
#[derive(Debug)]
struct Step {
    command: usize,
    request: Option<Value>,
}

impl<'a> Arbitrary<'a> for Step {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(Step {
            command: u.choose_index(COMMANDS.len())?,
            request: if u.ratio(1, 16)? {
                None
            } else {
                Some(json::object(u))
            },
        })
    }
}

/// Commands with any requests, a few in a row on one database (so a create can be followed by
/// an update of what it made). Invariant: each is answered, or refused as bad input with
/// nothing changed — never a panic, a database error or a half-done change.
pub fn commands(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Fresh { core, .. } = &cores::seeded();
    for _ in 0..6 {
        let Ok(step) = Step::arbitrary(&mut u) else {
            break;
        };
        let (name, _, call) = COMMANDS[step.command];
        let before = core.dump().expect("a dump");
        let what = format!("{name} {}", step.request.clone().unwrap_or_default());
        if let Err(error) = core.respond(|c| call(c, step.request)) {
            refused_cleanly(core, &what, &error, &before);
        }
        if u.is_empty() {
            break;
        }
    }
}

/// A bundle from the paired device, as a file or from the network. The first byte says how
/// the rest is read: as the whole sealed bundle (a damaged or forged file), or as a body that
/// is sealed here with the pairing's key (what a paired device with a bug, or a newer version,
/// could send: the sync engine's decoder behind the seal). Invariant: taken in, or refused
/// with nothing changed; never a panic.
pub fn bundle(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let (Fresh { core, .. }, sender) = &cores::paired();
    let bytes = if mode % 2 == 0 {
        rest.to_vec()
    } else {
        let Some(body) = body_of(rest) else {
            return;
        };
        bundle::seal(&sender.key, sender.device, &body)
    };
    let before = core.dump().expect("a dump");
    if let Err(error) = core.respond(|c| c.receive_bundle(&bytes, &mut |_, _| {})) {
        refused_cleanly(core, "receive_bundle", &error, &before);
    }
}

/// A body from bytes: a one-byte name length, the name, a two-byte version length, the version,
/// then the updates (see [`body_bytes`], which writes a body this way for the corpus).
fn body_of(bytes: &[u8]) -> Option<Body> {
    let (&name_len, rest) = bytes.split_first()?;
    let (name, rest) = rest.split_at_checked(usize::from(name_len))?;
    let (len, rest) = rest.split_at_checked(2)?;
    let (version, updates) =
        rest.split_at_checked(usize::from(u16::from_le_bytes([len[0], len[1]])))?;
    Some(Body {
        sender_name: String::from_utf8_lossy(name).into_owned(),
        version: version.to_vec(),
        updates: updates.to_vec(),
    })
}

/// A body as [`body_of`] reads it, after the mode byte that asks for sealing.
pub fn body_bytes(body: &Body) -> Vec<u8> {
    let name = &body.sender_name.as_bytes()[..body.sender_name.len().min(255)];
    let version = &body.version[..body.version.len().min(usize::from(u16::MAX))];
    let mut out = vec![1, name.len() as u8];
    out.extend_from_slice(name);
    out.extend_from_slice(&(version.len() as u16).to_le_bytes());
    out.extend_from_slice(version);
    out.extend_from_slice(&body.updates);
    out
}

/// What a paired device on the local network sends in a meeting, as one stream read by the
/// listening side (the endpoint is the paired one's: its hello is taken as that device's).
/// Invariant: the meeting ends — refused, nonsense, cut off, or through — without a panic,
/// within seconds, and the peer's bytes are never blamed on this device's store.
pub fn session(data: &[u8]) {
    use intervju_lan::session::{listen, SessionError, Sides};
    let Fresh { core, dir: _dir } = cores::met();
    let core = std::sync::Arc::new(core);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let sides = Sides {
        me: [1; 32],
        them: cores::THEM,
    };
    let (mut recv, mut send) = (data, tokio::io::sink());
    let meeting = listen(core, sides, &mut send, &mut recv);
    let met = runtime.block_on(async {
        tokio::time::timeout(std::time::Duration::from_secs(10), meeting).await
    });
    match met {
        Err(_) => panic!("the meeting did not end"),
        Ok(Err(SessionError::Store(error))) => {
            panic!("the peer's bytes were blamed on the store: {error:?}")
        }
        Ok(_) => {}
    }
}

/// The frames two devices send each other on the local network, as a stream. Invariant: each
/// frame's header is judged before its payload (no payload over its kind's limit is asked
/// for), and every frame accepted encodes back to the very bytes it came from.
pub fn wire(data: &[u8]) {
    let mut rest = data;
    while rest.len() >= wire::HEADER {
        let (head, tail) = rest.split_at(wire::HEADER);
        let Ok((kind, length)) = wire::header(head.try_into().expect("a header's bytes")) else {
            return;
        };
        let Some((payload, tail)) = tail.split_at_checked(length as usize) else {
            return;
        };
        let Ok(message) = wire::decode(kind, payload) else {
            return;
        };
        assert_eq!(message.kind(), kind);
        assert!(
            message.encode() == rest[..wire::HEADER + payload.len()],
            "{kind:?} does not encode back to its bytes"
        );
        rest = tail;
    }
}
