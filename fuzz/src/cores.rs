//! A fresh core for every input, so no input depends on what an earlier one left behind (a
//! crash must replay from its own bytes). Each kind of database is prepared once per process
//! through the core's own commands and copied for every input: opening a copy costs far less
//! than running the migrations again.

use intervju_core::sync::bundle::{self, Body, Key};
use intervju_core::sync::pairing;
use intervju_core::{parse, Core, Environment, ManualClock};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use tempfile::TempDir;

/// The database's file name in a data folder.
const FILE: &str = "intervju.sqlite3";

/// A core on its own copy of a prepared database, with the folder that holds it.
pub struct Fresh {
    pub core: Core,
    pub dir: TempDir,
}

/// The other device of a pairing, as the paired core knows it.
pub struct Sender {
    pub device: [u8; 16],
    pub key: Key,
}

pub fn environment() -> Environment {
    Environment {
        os_locale: "nb-NO".into(),
        device_zone: chrono_tz::Europe::Oslo,
    }
}

/// 29 November 2026, 08:00 UTC, as in the core's own tests.
fn clock() -> Arc<ManualClock> {
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-29T08:00:00Z")
        .expect("a fixed time")
        .to_utc();
    Arc::new(ManualClock::new(now))
}

fn open(dir: &Path) -> Core {
    Core::open(dir, clock(), environment()).expect("a prepared database opens")
}

/// Calls `run` with `request` as a command would, panicking if it is refused: the templates
/// are made of requests that must succeed.
fn ask<Q: serde::de::DeserializeOwned, T>(
    core: &Core,
    run: impl FnOnce(&Core, Q) -> intervju_core::Result<T>,
    request: Value,
) -> T {
    core.respond(|c| run(c, parse(Some(request.clone()))?))
        .unwrap_or_else(|e| panic!("preparing a template: {request} was refused: {e:?}"))
}

/// A folder holding a database prepared by `prepare`, made on first use and kept for the
/// process's life.
fn template(cell: &'static OnceLock<TempDir>, prepare: fn(&Core)) -> PathBuf {
    cell.get_or_init(|| {
        let dir = TempDir::new().expect("a temporary folder");
        let core = open(dir.path());
        prepare(&core);
        drop(core);
        dir
    })
    .path()
    .join(FILE)
}

fn copy_of(template: PathBuf) -> Fresh {
    let dir = TempDir::new().expect("a temporary folder");
    std::fs::copy(template, dir.path().join(FILE)).expect("copying a template");
    Fresh {
        core: open(dir.path()),
        dir,
    }
}

/// A database with nothing in it.
pub fn empty() -> Fresh {
    static EMPTY: OnceLock<TempDir> = OnceLock::new();
    copy_of(template(&EMPTY, |_| {}))
}

/// A database with something of every kind in it, so ids and keys in requests can hit real
/// rows: interview 1 with a checked item, a preparation item, a question, a reflection and
/// an outcome (rejected); interview 2, its second round; activity 1 and a period reported to NAV.
pub fn seeded() -> Fresh {
    static SEEDED: OnceLock<TempDir> = OnceLock::new();
    copy_of(template(&SEEDED, seed))
}

/// One seeded database for the whole process, for targets that only read: their invariant
/// checks that nothing changed, and a fresh copy per input would cost most of the time.
pub fn shared_seeded() -> &'static Core {
    static SHARED: OnceLock<Fresh> = OnceLock::new();
    &SHARED.get_or_init(seeded).core
}

fn seed(core: &Core) {
    let first = ask(
        core,
        Core::create_interview,
        json!({"company": "Fjord Data AS", "role": "Utvikler",
        "startLocal": "2026-11-20T10:00", "timeZone": "Europe/Oslo", "location": "Oslo",
        "interviewers": [{"name": "Kari", "role": "Leder"}], "notes": "team, kaffe"}),
    );
    ask(
        core,
        Core::check_item,
        json!({"interviewId": first.id, "key": "dress.clean", "checked": true}),
    );
    ask(
        core,
        Core::add_prep_item,
        json!({"interviewId": first.id, "list": "ask", "text": "Hvor stort er teamet?"}),
    );
    ask(
        core,
        Core::create_question,
        json!({"text": "Fortell om deg selv", "interviewId": first.id}),
    );
    ask(
        core,
        Core::update_reflection,
        json!({"interviewId": first.id, "changes": {"feeling": 4}}),
    );
    ask(
        core,
        Core::set_outcome,
        json!({"interviewId": first.id, "status": "rejected"}),
    );
    ask(
        core,
        Core::create_interview,
        json!({"company": "Fjord Data AS", "role": "Utvikler", "round": "second",
        "previousRoundId": first.id, "startLocal": "2026-12-10T13:00", "timeZone": "Europe/Oslo"}),
    );
    ask(
        core,
        Core::add_activity,
        json!({"kind": "application", "date": "2026-11-18", "employer": "Fjord Data AS",
        "title": "Utvikler", "place": "Oslo", "stage": "interview"}),
    );
    ask(
        core,
        Core::mark_reported,
        json!({"authority": "nav", "start": "2026-11-10", "end": "2026-11-23"}),
    );
}

/// Pairs `b` with a new device A that has interviews of its own (as `seed` makes them), as a
/// user does: A shows a code, `b` takes it. Returns A and the peer id A has for `b`.
fn pair_with_new_device(b: &Core) -> (Fresh, i64) {
    let a = empty();
    seed(&a.core);
    let offer = a.core.start_pairing().expect("an offer");
    ask(b, Core::enter_pairing_code, json!({"code": offer.code}));
    (a, offer.peer.id)
}

/// A database paired with another device (A), which has interviews of its own; with A's
/// device id and the key, so a target can seal bundles as A would.
pub fn paired() -> (Fresh, &'static Sender) {
    static PAIRED: OnceLock<TempDir> = OnceLock::new();
    static SENDER: OnceLock<Sender> = OnceLock::new();
    let path = template(&PAIRED, |b| {
        let (a, _) = pair_with_new_device(b);
        let device = a.core.sync_status().expect("a status").device;
        let _ = SENDER.set(Sender {
            device: pairing::device_bytes(&device).expect("a device id"),
            key: b.lan_peers().expect("the peers")[0].key,
        });
    });
    (copy_of(path), SENDER.get().expect("made with the template"))
}

/// The endpoint id the paired device (A) is known by on the local network, in [`met`].
pub const THEM: [u8; 32] = [7; 32];

/// A database paired with another device that it has met on the local network as [`THEM`]:
/// a meeting from that endpoint is taken as that device's.
pub fn met() -> Fresh {
    static MET: OnceLock<TempDir> = OnceLock::new();
    copy_of(template(&MET, |b| {
        pair_with_new_device(b);
        let peer = b.lan_peers().expect("the peers")[0].peer_id;
        b.lan_met(peer, &THEM).expect("met");
    }))
}

/// A genuine bundle from A to B, sealed, with the body sealed in it: seeds of the bundle
/// corpus.
pub fn genuine_bundle() -> (Vec<u8>, Body) {
    let b = empty();
    let (a, peer_id) = pair_with_new_device(&b.core);
    let sealed = a
        .core
        .bundle_for(parse(Some(json!({"peerId": peer_id}))).expect("a peer request"))
        .expect("a bundle");
    let key = b.core.lan_peers().expect("the peers")[0].key;
    let body = bundle::open(&key, &sealed).expect("a genuine bundle opens");
    (sealed, body)
}
