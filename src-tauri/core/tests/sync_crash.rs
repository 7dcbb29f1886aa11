//! A bundle taken in is all in or not at all: an importer taking in a sizeable bundle is killed
//! with SIGKILL at moments spread over its run. After every kill the database opens and passes
//! `PRAGMA integrity_check`, the synced data is either exactly as before or exactly the sender's
//! (never part of it), the record of changes is in step with it (the same version as before, or
//! as after a whole import), nothing is noted as changed here, and taking the same bundle in
//! again succeeds and gives the sender's data. `make test` runs 8 kills of an import of 40
//! interviews; `make stress` runs 100 (SYNC_CRASH_KILLS; SYNC_CRASH_INTERVIEWS sets the size).

use intervju_core::db::DATABASE_FILE;
use intervju_core::service::{parse, CodeRequest, PeerRequest};
use intervju_core::sync::{self, Engine};
use intervju_core::{Core, Environment, ManualClock};
use rusqlite::Connection;
use serde_json::json;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

/// A small deterministic generator, so a failing run can be repeated.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    /// A number in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() % 1_000_000) as f64 / 1_000_000.0
    }
}

fn open(dir: &Path) -> Core {
    let clock = Arc::new(ManualClock::new(
        "2026-11-29T08:00:00Z".parse().expect("an instant"),
    ));
    let env = Environment {
        os_locale: "en".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    Core::open(dir, clock, env).expect("the database opens")
}

fn ask<T: serde::de::DeserializeOwned, R>(
    method: impl FnOnce(T) -> intervju_core::Result<R>,
    request: serde_json::Value,
) -> R {
    method(parse(Some(request)).unwrap()).unwrap()
}

/// One interview and what the user writes around it: interviewers, the sheet, an ordered list,
/// a practice, a question, the checklist, a reflection with lessons, feedback.
fn tell(core: &Core, n: usize) {
    let paragraph = format!("Interview {n}: they build ferries and need people who stay calm. ");
    let id = ask(
        |d| core.create_interview(d),
        json!({"company": format!("Company {n}"), "role": "Developer",
               "startLocal": format!("2026-{:02}-{:02}T10:00", n % 12 + 1, n % 28 + 1),
               "timeZone": "Europe/Oslo", "notes": paragraph.repeat(8),
               "interviewers": [{"name": "Kari Nordmann", "role": "Lead"}, {"name": "Ola", "role": "Team"}]}),
    )
    .id;
    ask(
        |r| core.update_sheet(r),
        json!({"interviewId": id, "changes": {"research": paragraph.repeat(4), "strengths": "Calm"}}),
    );
    for text in ["Rust", "SQL", "Teamwork"] {
        ask(
            |r| core.add_prep_item(r),
            json!({"interviewId": id, "list": "competency", "text": text}),
        );
    }
    ask(
        |r| core.add_practice_session(r),
        json!({"interviewId": id, "practisedOn": "2026-11-18", "partner": "Ola", "notes": "Slow down"}),
    );
    ask(
        |r| core.create_question(r),
        json!({"text": format!("Why us, {n}?"), "answer": paragraph, "interviewId": id}),
    );
    ask(
        |r| core.check_item(r),
        json!({"interviewId": id, "key": "dress.clean", "checked": true}),
    );
    ask(
        |r| core.update_reflection(r),
        json!({"interviewId": id, "changes": {
            "feeling": n % 5 + 1, "firstRating": 3, "saidEverything": "partly",
            "learned": "A small team", "forgot": "Ask about the team",
            "doDifferently": "Arrive ten minutes early"}}),
    );
    ask(
        |r| core.update_feedback(r),
        json!({"interviewId": id, "feedback": "Good energy", "asked": true}),
    );
}

/// What a data folder holds, read from its file with the core closed.
struct State {
    dump: String,
    noted: i64,
    document: Engine,
}

fn state(dir: &Path) -> State {
    let conn = Connection::open(dir.join(DATABASE_FILE)).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    State {
        dump: sync::dump(&conn).unwrap(),
        noted: conn
            .query_row("SELECT count(*) FROM sync_dirty", [], |r| r.get(0))
            .unwrap(),
        document: Engine::load(&conn).expect("the record of changes loads"),
    }
}

/// A copy of a data folder (the database and any write-ahead log).
fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// How far the importer got, by the lines it printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Reached {
    Ready,
    Writing,
    Done,
}

/// The importer running on a data folder, and what it printed so far.
struct Importer {
    child: std::process::Child,
    lines: mpsc::Receiver<String>,
    reached: Reached,
}

impl Importer {
    /// Starts the importer on `dir` and waits until it is about to take the bundle in.
    fn start(dir: &Path, bundle: &Path) -> Importer {
        let mut child = Command::new(env!("CARGO_BIN_EXE_sync-importer"))
            .arg(dir)
            .arg(bundle)
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the importer");
        let stdout = child.stdout.take().unwrap();
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        let mut importer = Importer {
            child,
            lines,
            reached: Reached::Ready,
        };
        assert_eq!(importer.next_line().as_deref(), Some("ready"));
        importer
    }

    /// The next line it prints (`None` once it has ended).
    fn next_line(&mut self) -> Option<String> {
        let line = self.lines.recv_timeout(Duration::from_secs(120)).ok()?;
        self.reached = self.reached.max(match line.as_str() {
            "done" => Reached::Done,
            _ if line.starts_with("progress ") => Reached::Writing,
            _ => Reached::Ready,
        });
        Some(line)
    }

    /// Waits until it starts writing records into the database.
    fn wait_for_writing(&mut self) {
        while self.reached < Reached::Writing {
            self.next_line().expect("the importer writes records");
        }
    }

    fn kill(mut self) -> Reached {
        self.child.kill().expect("SIGKILL"); // Child::kill sends SIGKILL on Unix
        self.child.wait().unwrap();
        while self.next_line().is_some() {}
        self.reached
    }
}

#[test]
fn a_bundle_is_all_in_or_not_at_all_after_sigkill() {
    let kills: u32 = std::env::var("SYNC_CRASH_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(8);
    let interviews: usize = std::env::var("SYNC_CRASH_INTERVIEWS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(40);
    let started = Instant::now();
    let (sender_dir, receiver_dir, files) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    let sender = open(sender_dir.path());
    for n in 0..interviews {
        tell(&sender, n);
    }
    let receiver = open(receiver_dir.path());
    let offer = sender.start_pairing().unwrap();
    receiver
        .enter_pairing_code(CodeRequest { code: offer.code })
        .unwrap();
    // Anything of the receiver's own is in its record of changes before the bundle comes.
    receiver.sync_flush().unwrap();
    drop(receiver);
    let bundle = files.path().join("bundle.intervjusync");
    sender
        .write_bundle_to(
            PeerRequest {
                peer_id: offer.peer.id,
            },
            &bundle,
        )
        .unwrap();
    let expected =
        sync::dump(&Connection::open(sender_dir.path().join(DATABASE_FILE)).unwrap()).unwrap();
    assert!(expected.matches("\ninterview ").count() + 1 >= interviews);
    let before = state(receiver_dir.path());
    assert_eq!(before.noted, 0);
    assert!(!before.dump.contains("Company 0"));
    let built = started.elapsed();

    // Once without a kill: how long an import takes (and when it starts writing records), and
    // the state a whole one leaves.
    let whole_dir = tempfile::tempdir().unwrap();
    copy_dir(receiver_dir.path(), whole_dir.path());
    let mut importer = Importer::start(whole_dir.path(), &bundle);
    let ready = Instant::now();
    importer.wait_for_writing();
    let writing = ready.elapsed();
    while importer.next_line().is_some() {}
    let run = ready.elapsed();
    assert_eq!(importer.reached, Reached::Done);
    assert!(
        importer.child.wait().unwrap().success(),
        "the importer succeeds"
    );
    let whole = state(whole_dir.path());
    assert_eq!(
        whole.dump, expected,
        "a whole import gives the sender's data"
    );
    assert_eq!(whole.noted, 0);
    assert_ne!(whole.document.version(), before.document.version());

    let mut rng = Lcg(0x5E4C_2026);
    let mut outcomes = std::collections::BTreeMap::<(Reached, bool), u32>::new();
    for round in 0..kills {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(receiver_dir.path(), dir.path());
        let mut importer = Importer::start(dir.path(), &bundle);
        // Every other kill anywhere in the run, the others while records are written, as the
        // import commits, or just after; each spread over its span, one slot per kill.
        let slot = (f64::from(round / 2) + rng.unit()) / f64::from(kills.div_ceil(2));
        if round % 2 == 0 {
            std::thread::sleep(run.mul_f64(slot * 1.1));
        } else {
            importer.wait_for_writing();
            std::thread::sleep((run - writing).mul_f64(slot * 1.2));
        }
        let reached = importer.kill();

        // The database opens as the app would open it (quick_check, migrations) ...
        drop(open(dir.path()));
        let after = state(dir.path());
        let all_in = after.dump == expected;
        assert!(
            all_in || after.dump == before.dump,
            "kill {round} ({reached:?}) left part of the bundle in"
        );
        assert!(
            all_in || reached < Reached::Done,
            "kill {round}: the importer said done, yet the bundle is not in"
        );
        // ... the record of changes says the same as the tables ...
        let document = if all_in { &whole } else { &before };
        assert_eq!(
            after.document.version(),
            document.document.version(),
            "kill {round} ({reached:?}): the record of changes is out of step"
        );
        // ... nothing here is taken for a local change ...
        assert_eq!(after.noted, 0, "kill {round} ({reached:?})");
        // ... and the same bundle can be taken in again.
        let core = open(dir.path());
        core.receive_bundle_file(&bundle, &mut |_, _| {})
            .unwrap_or_else(|e| panic!("kill {round} ({reached:?}): again: {e:?}"));
        drop(core);
        let again = state(dir.path());
        assert_eq!(again.dump, expected, "kill {round} ({reached:?}), again");
        assert_eq!(again.document.version(), whole.document.version());
        assert_eq!(again.noted, 0);
        *outcomes.entry((reached, all_in)).or_default() += 1;
    }
    println!(
        "{interviews} interviews built in {built:.1?}, an import takes {run:.1?} (writes from \
         {writing:.1?}), {kills} kills in {:.1?}: (reached, all in) → count {outcomes:?}",
        started.elapsed()
    );
}
