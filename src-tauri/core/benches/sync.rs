//! Sync at 1,000 and 10,000 interviews, each figure beside what the app already does, measured
//! in the same run: the first full exchange (against the JSON backup's export and import, and a
//! plain SQLite copy), an exchange after three small edits (against the three saves themselves),
//! a device that was away for weeks (against the Loro updates the edits made), the document of
//! 10,000 interviews (against the database file) and its first build (against the JSON export of
//! the same data). Then where the time goes, step by step: the engine's public parts, and a bare
//! Loro document doing what the engine does.
//!
//! Every database is a file on the local disk in `target/bench-data/`, opened by the core with the
//! app's own settings. The interviews are written through the core's commands, as the app writes
//! them (about 2 KB of text each), once per size, and kept for later runs. `make bench` runs this;
//! the table it prints is the "Sync" section of docs/BENCHMARKS.md.

use intervju_core::db::{latest_version, DATABASE_FILE};
use intervju_core::service::{CodeRequest, ExportRequest, PeerRequest};
use intervju_core::sync::{bundle, pairing, record, Engine};
use intervju_core::{parse, Core, Environment, ManualClock};
use loro::{ExportMode, Frontiers, LoroDoc, VersionVector};
use rusqlite::{Connection, OptionalExtension};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// Bump when the interviews written below change: the kept databases are made again.
const DATA_VERSION: u32 = 1;
/// Repetitions of each measured exchange; the figure is the median.
const RUNS: usize = 5;
/// Edits made while the other device is away.
const OFFLINE_EDITS: usize = 300;
/// Set on a child process of this benchmark: measure one thing in a fresh process and print it
/// (memory figures must not carry what earlier measurements left in the allocator).
const CHILD: &str = "INTERVJU_SYNC_BENCH_CHILD";

fn t0() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339("2026-11-29T08:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc)
}

fn open_core(dir: &Path) -> Core {
    let env = Environment {
        os_locale: "nb-NO".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    Core::open(dir, Arc::new(ManualClock::new(t0())), env).unwrap()
}

fn ask<T: serde::de::DeserializeOwned, R>(
    method: impl FnOnce(T) -> intervju_core::Result<R>,
    request: Value,
) -> R {
    method(parse(Some(request)).unwrap()).unwrap()
}

// ---------------------------------------------------------------------------------------------
// The interviews: what a person writes, about 2 KB of text each over the notes, the preparation
// sheet and the reflection.

const EMPLOYERS: &[&str] = &[
    "Equinor",
    "DNB",
    "Telenor",
    "Posten Bring",
    "Vipps",
    "Kahoot!",
    "Schibsted",
    "Kongsberg",
    "Aker BP",
    "Storebrand",
    "Norsk Hydro",
    "Oda",
    "Statnett",
    "NAV",
    "Helse Bergen",
    "Bouvet",
];
const ROLES: &[&str] = &[
    "Backend developer",
    "Data engineer",
    "Product owner",
    "Sykepleier",
    "Controller",
    "UX designer",
    "Prosjektleder",
    "Rådgiver",
];
const PEOPLE: &[&str] = &[
    "Kari Nordmann",
    "Ola Hansen",
    "Ingrid Berg",
    "Lars Johansen",
    "Sara Ahmed",
    "Jonas Bakke",
];
const SENTENCES: &[&str] = &[
    "They asked a lot about how I handle conflicting priorities in a busy team.",
    "Panelet var hyggelig, men de stilte mange oppfølgingsspørsmål om turnus og ansvar.",
    "I should bring concrete numbers from the last project next time.",
    "The office is ten minutes from the station; take the early train to be safe.",
    "Vi snakket lenge om kundeopplevelse og hvordan vi måler kvalitet i leveransene.",
    "They use a platform team that owns the build pipeline and the cloud accounts.",
    "Lønnsforventning kom opp helt på slutten; jeg sa at jeg ville tenke på det.",
    "The technical part was a whiteboard exercise about designing a parcel routing service.",
    "Remember to mention the migration I led and how we kept the service running.",
    "De ønsker noen som kan starte i august og som trives med mye samarbeid på tvers.",
    "My answer about weaknesses was too long; keep it to one example and what I changed.",
    "The culture seems calm and friendly, with a lot of trust in the developers.",
    "Spør om opplæringsplan, fadderordning og hvordan de følger opp nyansatte.",
    "They were impressed by the portfolio but wanted more about testing and security.",
    "Jeg var nervøs i starten, men det roet seg da vi begynte å snakke om prosjektene.",
    "Their growth plans include two new warehouses and a team for data and logistics.",
    "The interviewer described the on-call rota and how incidents are reviewed without blame.",
    "Vi gikk gjennom CV-en punkt for punkt, og de var nysgjerrige på permisjonsåret.",
    "They asked what I would do in my first ninety days; I had a plan ready.",
    "Next time I will prepare a shorter story about the difficult stakeholder.",
];

/// At least `chars` characters of sentences, the same for the same seed.
fn text(seed: usize, chars: usize) -> String {
    let mut state = (seed as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = String::new();
    while out.chars().count() < chars {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        let pick = state.wrapping_mul(0x2545_F491_4F6C_DD1D) % SENTENCES.len() as u64;
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(SENTENCES[pick as usize]);
    }
    out
}

/// Interview `n`'s form as it was first saved: a past interview in Oslo, at 10:00 local time
/// (clear of daylight-saving gaps), spread over the three years before the benchmark's "now".
fn draft(n: usize) -> Value {
    let day = t0().date_naive() - chrono::Duration::days(30 + (n as i64 * 7) % 1_000);
    json!({
        "company": EMPLOYERS[n % EMPLOYERS.len()], "role": ROLES[n % ROLES.len()],
        "startLocal": format!("{day}T10:00"), "timeZone": "Europe/Oslo",
        "location": format!("Storgata {}, Oslo", n % 200), "status": "done",
        "interviewers": [{"name": PEOPLE[n % PEOPLE.len()], "role": "Team lead"}],
        "notes": text(n, 700),
    })
}

/// Writes interview `n` as the app would, one command at a time; returns its id.
fn write_interview(core: &Core, n: usize) -> i64 {
    let id = ask(|d| core.create_interview(d), draft(n)).id;
    ask(
        |r| core.update_sheet(r),
        json!({"interviewId": id, "changes": {
            "research": text(n + 1, 450), "strengths": text(n + 2, 130),
            "whyJob": text(n + 3, 130)}}),
    );
    ask(
        |r| core.add_prep_item(r),
        json!({"interviewId": id, "list": "ask", "text": "What does a good first year look like?"}),
    );
    ask(
        |r| core.update_reflection(r),
        json!({"interviewId": id, "changes": {
            "feeling": 1 + n as i64 % 5, "saidEverything": "partly", "enoughTime": "yes",
            "firstRating": 1 + (n as i64 / 5) % 5, "learned": text(n + 4, 250),
            "positive": text(n + 5, 200), "doDifferently": text(n + 6, 100)}}),
    );
    id
}

fn data_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-data")
}

/// The database file of `n` interviews written through the core's commands, made once and kept
/// (unpaired: every row waits in `sync_dirty`, as in a database from before sync).
fn dataset(n: usize) -> PathBuf {
    let dir = data_root().join(format!(
        "sync-{n}-schema-{}-v{DATA_VERSION}",
        latest_version()
    ));
    let file = dir.join(DATABASE_FILE);
    if file.exists() {
        return file;
    }
    let partial = data_root().join(format!("sync-{n}.partial"));
    let _ = std::fs::remove_dir_all(&partial);
    std::fs::create_dir_all(&partial).unwrap();
    let started = Instant::now();
    {
        let core = open_core(&partial);
        for number in 1..=n {
            // Ids count from 1 in a new database: the edits below find interview n by id n.
            assert_eq!(write_interview(&core, number), number as i64);
        }
    }
    // Closing the last connection checkpoints the log: the file alone is the database.
    assert!(!partial.join(format!("{DATABASE_FILE}-wal")).exists());
    std::fs::rename(&partial, &dir).unwrap();
    eprintln!(
        "wrote {n} interviews through the core's commands in {:.1} s, kept in {}",
        started.elapsed().as_secs_f64(),
        dir.display()
    );
    file
}

/// A device: a core over a database file in its own temporary folder.
struct Device {
    dir: TempDir,
    core: Core,
}

impl Device {
    fn empty() -> Device {
        let dir = scratch();
        let core = open_core(dir.path());
        Device { dir, core }
    }

    /// A device whose database is a copy of `file`, with the update log below.
    fn copy_of(file: &Path) -> Device {
        let dir = scratch();
        std::fs::copy(file, dir.path().join(DATABASE_FILE)).unwrap();
        log_updates(&Connection::open(dir.path().join(DATABASE_FILE)).unwrap());
        let core = open_core(dir.path());
        Device { dir, core }
    }

    fn file(&self) -> PathBuf {
        self.dir.path().join(DATABASE_FILE)
    }

    /// A separate connection to the device's file, for the benchmark's own reads.
    fn conn(&self) -> Connection {
        let conn = Connection::open(self.file()).unwrap();
        conn.busy_timeout(Duration::from_secs(5)).unwrap();
        conn
    }

    /// Closes the core (its last connection checkpoints the log) and opens the file again in
    /// `copies` fresh folders: the same device as it was, once per measured run.
    fn copies(self, copies: usize) -> Vec<Device> {
        let file = self.file();
        drop(self.core);
        assert!(!self
            .dir
            .path()
            .join(format!("{DATABASE_FILE}-wal"))
            .exists());
        (0..copies)
            .map(|_| {
                let dir = scratch();
                std::fs::copy(&file, dir.path().join(DATABASE_FILE)).unwrap();
                let core = open_core(dir.path());
                Device { dir, core }
            })
            .collect()
    }
}

fn scratch() -> TempDir {
    std::fs::create_dir_all(data_root()).unwrap();
    tempfile::Builder::new()
        .prefix("sync-run-")
        .tempdir_in(data_root())
        .unwrap()
}

/// Notes the size of every update the engine stores (`sync_update` rows), so "the updates the
/// edits made" can be summed even after the engine folds its updates into a snapshot. The
/// benchmark's own table and trigger, on its own copy of the database; the engine is untouched.
fn log_updates(conn: &Connection) {
    conn.execute_batch(
        "CREATE TABLE bench_update_log (id INTEGER PRIMARY KEY, size INTEGER NOT NULL);
         CREATE TRIGGER bench_update_logged AFTER INSERT ON sync_update BEGIN
             INSERT INTO bench_update_log (size) VALUES (length(NEW.bytes));
         END;",
    )
    .unwrap();
}

/// (the last logged update, bytes logged after `since`, updates logged after `since`).
fn logged(conn: &Connection, since: i64) -> (i64, u64, u64) {
    conn.query_row(
        "SELECT coalesce(max(id), ?1), coalesce(sum(size), 0), count(*)
         FROM bench_update_log WHERE id > ?1",
        [since],
        |r| Ok((r.get(0)?, count(r, 1)?, count(r, 2)?)),
    )
    .unwrap()
}

// ---------------------------------------------------------------------------------------------
// Measuring.

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let out = f();
    (out, started.elapsed())
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1e3;
    if ms >= 1_000.0 {
        format!("{:.2} s", ms / 1e3)
    } else if ms >= 10.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{ms:.1} ms")
    }
}

/// Decimal units: 1 KB = 1,000 bytes, as the targets are read here (the stricter reading).
fn bytes(n: u64) -> String {
    match n {
        n if n >= 1_000_000 => format!("{:.1} MB", n as f64 / 1e6),
        n if n >= 10_000 => format!("{:.0} KB", n as f64 / 1e3),
        n if n >= 1_000 => format!("{:.1} KB", n as f64 / 1e3),
        n => format!("{n} B"),
    }
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "**NOT met**"
    }
}

fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).unwrap().len()
}

/// The process's resident memory and its peak, in bytes (from /proc/self/status).
fn memory() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kib| kib.parse::<u64>().ok())
            .map_or(0, |kib| kib * 1024)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Every column of every row the document holds, read from SQLite: the least any load of the
/// data takes.
fn read_every_synced_row(conn: &Connection) -> usize {
    let mut cells = 0;
    for table in intervju_core::sync::schema::TABLES {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {}", table.name))
            .unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                std::hint::black_box(row.get_ref(i).unwrap());
                cells += 1;
            }
        }
    }
    cells
}

/// A count or a size read from SQLite (an integer that is never negative).
fn count(row: &rusqlite::Row, i: usize) -> rusqlite::Result<u64> {
    Ok(row.get::<_, i64>(i)?.max(0) as u64)
}

/// What the document holds in the database: (snapshot bytes, update bytes, updates).
fn stored_document(conn: &Connection) -> (u64, u64, u64) {
    conn.query_row(
        "SELECT coalesce((SELECT length(bytes) FROM sync_snapshot), 0),
                (SELECT coalesce(sum(length(bytes)), 0) FROM sync_update),
                (SELECT count(*) FROM sync_update)",
        [],
        |r| Ok((count(r, 0)?, count(r, 1)?, count(r, 2)?)),
    )
    .unwrap()
}

/// Enters `code` (shown by another device) on `device`; returns its peer id for that device.
fn enter_code(device: &Device, code: &str) -> i64 {
    device
        .core
        .enter_pairing_code(CodeRequest {
            code: code.to_owned(),
        })
        .unwrap()
        .id
}

fn bundle_for(device: &Device, peer_id: i64) -> Vec<u8> {
    device.core.bundle_for(PeerRequest { peer_id }).unwrap()
}

fn receive(device: &Device, bytes: &[u8]) {
    device.core.receive_bundle(bytes, &mut |_, _| {}).unwrap();
}

fn json_export(device: &Device) -> String {
    let request: ExportRequest = parse(Some(json!({"format": "json"}))).unwrap();
    String::from_utf8(device.core.export(&request).unwrap()).unwrap()
}

fn same_data(a: &Device, b: &Device) -> bool {
    intervju_core::sync::dump(&a.conn()).unwrap() == intervju_core::sync::dump(&b.conn()).unwrap()
}

/// The three small edits of run `run`: a location, a few words added to a text of the sheet, a
/// rating of the reflection — each on another interview.
fn three_edits(core: &Core, run: usize) {
    let n = 10 + run;
    let mut form = draft(n);
    form["location"] = json!(format!("Strandkaien {run}, Bergen"));
    ask(
        |r| core.update_interview(r),
        json!({"id": n, "interview": form}),
    );
    let n = 20 + run;
    ask(
        |r| core.update_sheet(r),
        json!({"interviewId": n,
               "changes": {"strengths": format!("{} Tålmodig.", text(n + 2, 130))}}),
    );
    let n = 30 + run;
    ask(
        |r| core.update_reflection(r),
        json!({"interviewId": n, "changes": {"feeling": 1 + (n as i64 + 1) % 5}}),
    );
}

/// Edit `k` of the device that is away: 150 interviews, two edits each — in the first pass a
/// location, a sentence added to the research, or two ratings; in the second a sentence added
/// to the reflection, a sentence put into the middle of the notes, or the strengths rewritten.
fn offline_edit(core: &Core, k: usize) {
    let n = 101 + k % 150;
    let extra = SENTENCES[k % SENTENCES.len()];
    match (k / 150, k % 3) {
        (0, 0) => {
            let mut form = draft(n);
            form["location"] = json!(format!("Bryggen {k}, Bergen"));
            ask(
                |r| core.update_interview(r),
                json!({"id": n, "interview": form}),
            );
        }
        (0, 1) => {
            ask(
                |r| core.update_sheet(r),
                json!({"interviewId": n,
                       "changes": {"research": format!("{} {extra}", text(n + 1, 450))}}),
            );
        }
        (0, _) => {
            ask(
                |r| core.update_reflection(r),
                json!({"interviewId": n, "changes": {
                    "feeling": 1 + (n as i64 + 2) % 5, "firstRating": 1 + (n as i64 + 3) % 5}}),
            );
        }
        (_, 0) => {
            ask(
                |r| core.update_reflection(r),
                json!({"interviewId": n,
                       "changes": {"learned": format!("{} {extra}", text(n + 4, 250))}}),
            );
        }
        (_, 1) => {
            let mut form = draft(n);
            let notes = text(n, 700);
            let middle = notes.find(". ").map_or(0, |i| i + 2);
            form["notes"] = json!(format!("{}{extra} {}", &notes[..middle], &notes[middle..]));
            ask(
                |r| core.update_interview(r),
                json!({"id": n, "interview": form}),
            );
        }
        _ => {
            ask(
                |r| core.update_sheet(r),
                json!({"interviewId": n, "changes": {"strengths": text(n + 40, 130)}}),
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The report.

#[derive(Default)]
struct Report {
    rows: Vec<[String; 4]>,
    notes: Vec<String>,
}

impl Report {
    fn row(&mut self, target: &str, measured: String, baseline: String, result: String) {
        self.rows
            .push([target.to_owned(), measured, baseline, result]);
    }

    fn note(&mut self, line: String) {
        eprintln!("{line}");
        self.notes.push(line);
    }

    fn print(&self) {
        println!("| Target (issue) | Measured (median) | Baseline, same run | Result |");
        println!("|---|---|---|---|");
        for [target, measured, baseline, result] in &self.rows {
            println!("| {target} | {measured} | {baseline} | {result} |");
        }
        for line in &self.notes {
            println!("\n{line}");
        }
    }
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() {
    if let Ok(what) = std::env::var(CHILD) {
        child(&what);
        return;
    }
    let mut report = Report::default();
    let thousand = dataset(1_000);
    let ten_thousand = dataset(10_000);
    let started = (Instant::now(), load_average());
    let characters: f64 = Connection::open(&thousand)
        .unwrap()
        .query_row(
            "SELECT (SELECT sum(length(notes)) FROM interview)
                  + (SELECT sum(length(research) + length(strengths) + length(why_job))
                     FROM preparation)
                  + (SELECT sum(length(text)) FROM preparation_item)
                  + (SELECT sum(length(learned) + length(positive) + length(do_differently))
                     FROM reflection)",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap() as f64
        / 1_000.0;
    report.note(format!(
        "Data: interviews written through the core's commands (create with one interviewer, the \
         sheet, one list item, the reflection), {characters:.0} characters of text each on \
         average; the 1,000 and the 10,000 are made once and kept in `target/bench-data/`."
    ));

    let mut pair = first_exchange(&mut report, &thousand);
    small_edits(&mut report, &pair);
    let away = away_for_weeks(&mut report, &mut pair);
    ten_thousand_interviews(&mut report, &ten_thousand);
    first_build_phases(&mut report, &thousand, pair.fold);
    away_phases(&mut report, &away);
    report.note(format!(
        "The whole run took {:.0} s; load average {} at its start, {} at its end (2 cores; other \
         work on the machine shows here).",
        started.0.elapsed().as_secs_f64(),
        started.1,
        load_average()
    ));
    report.print();
}

/// Two devices after the first full exchange, and what later parts need of it.
struct Pair {
    sender: Device,
    receiver: Device,
    /// The sender's peer id for the receiver, and the receiver's for the sender.
    to_receiver: i64,
    to_sender: i64,
    key: bundle::Key,
    /// A connection to the sender's file, to read the update log.
    log: Connection,
    /// The sender's first fold of its 1,000 interviews into the document.
    fold: Duration,
    json_round: Duration,
    json_size: u64,
}

/// Target 1: the first full exchange of 1,000 interviews, beside the JSON backup and a SQLite
/// copy.
fn first_exchange(report: &mut Report, thousand: &Path) -> Pair {
    let sender = Device::copy_of(thousand);
    // One code; every run's receiver enters it again, so each run's bundle is a full one.
    let offer = sender.core.start_pairing().unwrap();
    let (code, to_receiver) = (offer.code, offer.peer.id);
    let (folded, fold) = timed(|| sender.core.sync_flush().unwrap());
    let mut runs = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let device = Device::empty();
        let to_sender = enter_code(&device, &code);
        let (bundle, write) = timed(|| bundle_for(&sender, to_receiver));
        let ((), take) = timed(|| receive(&device, &bundle));
        runs.push((write, take));
        last = Some((device, to_sender, bundle));
    }
    let (receiver, to_sender, bundle) = last.unwrap();
    assert!(same_data(&sender, &receiver), "the exchange lost data");
    let full = median(runs.iter().map(|(w, t)| *w + *t).collect());
    let write = median(runs.iter().map(|r| r.0).collect());
    let take = median(runs.iter().map(|r| r.1).collect());

    let mut json_runs = Vec::new();
    let mut json_size = 0;
    for _ in 0..RUNS {
        let (text, export) = timed(|| json_export(&sender));
        let other = Device::empty();
        let (summary, import) = timed(|| other.core.import_backup(&text).unwrap());
        assert_eq!(summary.interviews, 1_000);
        json_size = text.len() as u64;
        json_runs.push((export, import));
    }
    let json_round = median(json_runs.iter().map(|r| r.0 + r.1).collect());
    let copy = median(
        (0..RUNS)
            .map(|_| {
                let dir = scratch();
                let source = Connection::open(thousand).unwrap();
                let target = dir.path().join(DATABASE_FILE);
                timed(|| source.backup(rusqlite::MAIN_DB, &target, None).unwrap()).1
            })
            .collect(),
    );
    report.row(
        "1. First full exchange, 1,000 interviews, end to end (`bundle_for` on the sender + \
         `receive_bundle` on a new device, both file databases) ≤ 2 s",
        format!(
            "**{}** ({} writing + {} taking in); bundle {}",
            ms(full),
            ms(write),
            ms(take),
            bytes(bundle.len() as u64)
        ),
        format!(
            "JSON backup export + import: {} ({} + {}), file {}; SQLite copy (backup API): {}, \
             file {}",
            ms(json_round),
            ms(median(json_runs.iter().map(|r| r.0).collect())),
            ms(median(json_runs.iter().map(|r| r.1).collect())),
            bytes(json_size),
            ms(copy),
            bytes(file_size(thousand))
        ),
        format!(
            "{} ({:.1}× the JSON round)",
            verdict(full <= Duration::from_secs(2)),
            full.as_secs_f64() / json_round.as_secs_f64()
        ),
    );
    report.note(format!(
        "1. Not in the exchange's time: the sender's fold of its existing 1,000 interviews into \
         the document ({folded} rows, `sync_flush` after pairing, which the app runs in the \
         background): {}. See 5. for 10,000.",
        ms(fold)
    ));
    let key = pairing::key_of(&code).unwrap();
    full_exchange_phases(report, &sender, &key, &bundle);
    let log = sender.conn();
    Pair {
        sender,
        receiver,
        to_receiver,
        to_sender,
        key,
        log,
        fold,
        json_round,
        json_size,
    }
}

/// Target 2: three small edits on the sender, then an exchange; the receiver answers after each,
/// so the next bundle again holds only what is new.
fn small_edits(report: &mut Report, pair: &Pair) {
    receive(&pair.sender, &bundle_for(&pair.receiver, pair.to_sender));
    let mut runs = Vec::new();
    for run in 0..RUNS {
        let (mark, _, _) = logged(&pair.log, -1);
        let ((), saves) = timed(|| three_edits(&pair.sender.core, run));
        let (bundle, write) = timed(|| bundle_for(&pair.sender, pair.to_receiver));
        let ((), take) = timed(|| receive(&pair.receiver, &bundle));
        let (_, made, _) = logged(&pair.log, mark);
        let answer = bundle_for(&pair.receiver, pair.to_sender);
        receive(&pair.sender, &answer);
        runs.push((
            saves,
            write + take,
            bundle.len() as u64,
            made,
            answer.len() as u64,
        ));
    }
    assert!(
        same_data(&pair.sender, &pair.receiver),
        "the edits did not arrive"
    );
    let exchange = median(runs.iter().map(|r| r.1).collect());
    let largest = runs.iter().map(|r| r.2).max().unwrap();
    let smallest = runs.iter().map(|r| r.2).min().unwrap();
    report.row(
        "2. Exchange after three small edits (a location, a few words of a sheet text, a rating) \
         ≤ 200 ms and ≤ 1 KB",
        format!(
            "**{}** (`bundle_for` + `receive_bundle`); bundle **{}–{}**",
            ms(exchange),
            bytes(smallest),
            bytes(largest)
        ),
        format!(
            "the three saves themselves: {}; the Loro updates they made: {}; the full JSON round \
             (1.): {}, {}",
            ms(median(runs.iter().map(|r| r.0).collect())),
            bytes(median_bytes(runs.iter().map(|r| r.3).collect())),
            ms(pair.json_round),
            bytes(pair.json_size)
        ),
        verdict(exchange <= Duration::from_millis(200) && largest <= 1_000).to_owned(),
    );
    report.note(format!(
        "2. The receiver's answer when it has nothing new: {} (its version and name, sealed).",
        bytes(median_bytes(runs.iter().map(|r| r.4).collect()))
    ));
}

/// What the phases of 3. need: the bundle, the receiver as it was before it, and the key.
struct Away {
    bundle: Vec<u8>,
    device: Device,
    key: bundle::Key,
}

/// Target 3: the receiver is away while the sender makes 300 edits, each folded on its own (as
/// the background fold two seconds after a save does); then one exchange.
fn away_for_weeks(report: &mut Report, pair: &mut Pair) -> Away {
    let (mark, _, _) = logged(&pair.log, -1);
    let before = Engine::load(&pair.sender.conn()).unwrap().version();
    let ((), editing) = timed(|| {
        for k in 0..OFFLINE_EDITS {
            offline_edit(&pair.sender.core, k);
            pair.sender.core.sync_flush().unwrap();
        }
    });
    let (_, stored, folds) = logged(&pair.log, mark);
    let one_export = Engine::load(&pair.sender.conn())
        .unwrap()
        .updates_since(&before)
        .unwrap()
        .len() as u64;
    let (bundle, write) = timed(|| bundle_for(&pair.sender, pair.to_receiver));
    let receiver = std::mem::replace(&mut pair.receiver, Device::empty());
    let mut copies = receiver.copies(2 * RUNS + 1);
    let untouched = copies.pop().unwrap();
    let (cold, warm) = copies.split_at(RUNS);
    let load = median(
        cold.iter()
            .map(|d| timed(|| Engine::load(&d.conn()).unwrap()).1)
            .collect(),
    );
    let cold_take = median(
        cold.iter()
            .map(|d| timed(|| receive(d, &bundle)).1)
            .collect(),
    );
    let warm_take = median(
        warm.iter()
            .map(|d| {
                // Its own bundle for the other first, which loads its document.
                bundle_for(d, pair.to_sender);
                timed(|| receive(d, &bundle)).1
            })
            .collect(),
    );
    assert!(
        same_data(&pair.sender, &cold[0]),
        "the away device missed edits"
    );
    let ratio = bundle.len() as f64 / stored as f64;
    report.row(
        "3. A device away for weeks: 300 edits (100 of fields, 200 of texts, on 150 interviews) \
         taken in < 1 s; bundle ≤ 1.2× the new updates",
        format!(
            "taken in **{}** by a device just opened (of which loading its document: {}), {} \
             with the document already loaded; bundle **{}** = **{ratio:.2}×** (written in {})",
            ms(cold_take),
            ms(load),
            ms(warm_take),
            bytes(bundle.len() as u64),
            ms(write)
        ),
        format!(
            "the updates the 300 saves stored: {} in {folds} updates (the same changes as one \
             export: {}); the 300 saves with their folds: {}",
            bytes(stored),
            bytes(one_export),
            ms(editing)
        ),
        format!(
            "size {}, time {}",
            verdict(ratio <= 1.2),
            verdict(cold_take < Duration::from_secs(1))
        ),
    );
    report.note(format!(
        "3. \"New updates\" are the `sync_update` rows the sender stored for the 300 edits, one \
         per fold, summed by a trigger the benchmark adds to its own copy of the database (so \
         rows the engine later folds into a snapshot still count). Against the same changes \
         exported as one update ({}), the bundle is {:.2}× (it is deflated).",
        bytes(one_export),
        bundle.len() as f64 / one_export as f64
    ));
    Away {
        bundle,
        device: untouched,
        key: pair.key,
    }
}

/// Targets 4 and 5: the first build of the document of 10,000 interviews in a fresh process, then
/// the document's size, its load and its memory.
fn ten_thousand_interviews(report: &mut Report, ten_thousand: &Path) {
    let big = scratch();
    let file = big.path().join(DATABASE_FILE);
    std::fs::copy(ten_thousand, &file).unwrap();
    let built = run_child(&format!("build {}", big.path().display()));
    let conn = Connection::open(&file).unwrap();
    let (snapshot, updates, count) = stored_document(&conn);
    let document = snapshot + updates;
    let loaded = run_child(&format!("load {}", file.display()));
    let load = Duration::from_secs_f64(loaded[0]);
    let reads = median(
        (0..RUNS)
            .map(|_| timed(|| read_every_synced_row(&conn)).1)
            .collect(),
    );
    // The same document stored as one snapshot, as the engine stores it after 200 updates.
    let compact = scratch();
    let compact_file = compact.path().join(DATABASE_FILE);
    std::fs::copy(&file, &compact_file).unwrap();
    {
        let mut conn = intervju_core::db::open(compact.path()).unwrap();
        let engine = Engine::load(&conn).unwrap();
        let tx = conn.transaction().unwrap();
        engine.snapshot(&tx).unwrap();
        tx.commit().unwrap();
    }
    let (compact_snapshot, compact_updates, _) =
        stored_document(&Connection::open(&compact_file).unwrap());
    let compact_loaded = run_child(&format!("load {}", compact_file.display()));
    let compact_read = run_child(&format!("read {}", compact_file.display()));
    report.row(
        "4. The document at 10,000 interviews ≤ 50 MB, loaded in ≤ 1 s (`Engine::load` on the \
         file, in a new process)",
        format!(
            "stored **{}** ({}); loaded in **{}**; the process grew by {} resident ({} at the \
             peak)",
            bytes(document),
            if snapshot == 0 {
                format!("{count} updates, no snapshot")
            } else {
                format!("a snapshot of {} and {count} updates", bytes(snapshot))
            },
            ms(load),
            bytes(loaded[1] as u64),
            bytes(loaded[2] as u64)
        ),
        format!(
            "the database file without sync: {}; reading every synced row from SQLite: {}; the \
             same document stored as one snapshot: {}, loaded in {} (+{} resident), loaded and \
             every value read ({}): {} (+{} resident)",
            bytes(file_size(ten_thousand)),
            ms(reads),
            bytes(compact_snapshot + compact_updates),
            ms(Duration::from_secs_f64(compact_loaded[0])),
            bytes(compact_loaded[1] as u64),
            "`get_deep_value`",
            ms(Duration::from_secs_f64(compact_read[0])),
            bytes(compact_read[1] as u64)
        ),
        format!(
            "size {}, load {}",
            verdict(document <= 50_000_000),
            verdict(load <= Duration::from_secs(1))
        ),
    );
    let json = {
        let device = Device::copy_of(ten_thousand);
        median((0..3).map(|_| timed(|| json_export(&device)).1).collect())
    };
    report.row(
        "5. First build of the document from an existing database of 10,000 interviews \
         (`sync_flush` after the first pairing; in the background)",
        format!(
            "**{}** for {} rows, in batches of {} (one transaction each); the process grew by \
             {} resident ({} at the peak)",
            ms(Duration::from_secs_f64(built[0])),
            built[1],
            intervju_core::sync::FLUSH_BATCH,
            bytes(built[2] as u64),
            bytes(built[3] as u64)
        ),
        format!("the JSON export of the same 10,000: {}", ms(json)),
        "no target".to_owned(),
    );
}

fn median_bytes(mut v: Vec<u64>) -> u64 {
    v.sort();
    v[v.len() / 2]
}

// ---------------------------------------------------------------------------------------------
// Where the time goes: the engine's steps, each once, through its public parts or on a bare
// Loro document doing what the engine does.

/// The document stored in a database, loaded as `Engine::load` loads it, but bare.
fn bare_document(conn: &Connection) -> LoroDoc {
    let doc = LoroDoc::new();
    let snapshot: Option<Vec<u8>> = conn
        .query_row("SELECT bytes FROM sync_snapshot WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()
        .unwrap();
    if let Some(bytes) = snapshot {
        doc.import(&bytes).unwrap();
    }
    let updates: Vec<Vec<u8>> = conn
        .prepare("SELECT bytes FROM sync_update ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    if !updates.is_empty() {
        doc.import_batch(&updates).unwrap();
    }
    doc
}

/// The record a change is in: the root and the first key of its path, or for a change of a
/// root map itself, each key it changed (as the engine's `touched` reads them).
fn note_records(
    found: &mut BTreeSet<(String, String)>,
    path: &[(loro::ContainerID, loro::Index)],
    diff: &loro::event::Diff,
) {
    let keys: Vec<String> = path
        .iter()
        .filter_map(|(_, index)| match index {
            loro::Index::Key(key) => Some(key.to_string()),
            _ => None,
        })
        .collect();
    match (keys.as_slice(), diff) {
        ([root, key, ..], _) => {
            found.insert((root.clone(), key.clone()));
        }
        ([root], loro::event::Diff::Map(delta)) => {
            for key in delta.updated.keys() {
                found.insert((root.clone(), key.to_string()));
            }
        }
        _ => {}
    }
}

/// The records that changed between two versions, found as the engine finds them: a diff of
/// the two versions, and each changed container's path.
fn records_by_diff(
    doc: &LoroDoc,
    before: &Frontiers,
) -> (BTreeSet<(String, String)>, Duration, Duration) {
    let (diff, diffing) = timed(|| doc.diff(before, &doc.state_frontiers()).unwrap());
    let mut found = BTreeSet::new();
    let ((), paths) = timed(|| {
        for (container, change) in diff.iter() {
            if let Some(path) = doc.get_path_to_container(container) {
                note_records(&mut found, &path, change);
            }
        }
    });
    (found, diffing, paths)
}

/// The records that changed since `before`, found from the containers the new operations
/// touched (`get_changed_containers_in`, a scan of the operations, no checkout) and their paths.
/// A change of a root map alone (a record deleted, a tombstone) names no key this way; the
/// second number counts those containers.
fn records_by_changed_containers(
    doc: &LoroDoc,
    before: &VersionVector,
) -> (BTreeSet<(String, String)>, usize) {
    let mut containers = std::collections::HashSet::new();
    for (peer, end) in doc.oplog_vv().iter() {
        let start = before.get(peer).copied().unwrap_or(0);
        if *end > start {
            let id = loro::ID::new(*peer, start);
            containers.extend(doc.get_changed_containers_in(id, (*end - start) as usize));
        }
    }
    let mut found = BTreeSet::new();
    let mut roots = 0;
    for container in &containers {
        let Some(path) = doc.get_path_to_container(container) else {
            continue;
        };
        let keys: Vec<String> = path
            .iter()
            .filter_map(|(_, index)| match index {
                loro::Index::Key(key) => Some(key.to_string()),
                _ => None,
            })
            .collect();
        match keys.as_slice() {
            [root, key, ..] => {
                found.insert((root.clone(), key.clone()));
            }
            _ => roots += 1,
        }
    }
    (found, roots)
}

/// Writes every record in `records` from `doc` into a new device's database, as the engine's
/// `materialise` does (parents first), with the triggers named `without` dropped first (the
/// benchmark's own scratch database): how many, the time, and the commit's time.
fn store_records(
    doc: &LoroDoc,
    records: &BTreeSet<(String, String)>,
    without: &[&str],
) -> (usize, Duration, Duration) {
    let fresh = scratch();
    drop(open_core(fresh.path()));
    let mut conn = intervju_core::db::open(fresh.path()).unwrap();
    for pattern in without {
        let names: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?1")
            .unwrap()
            .query_map([pattern], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        for name in names {
            conn.execute_batch(&format!("DROP TRIGGER {name}")).unwrap();
        }
    }
    let tx = conn.transaction().unwrap();
    let (stored, storing) = timed(|| {
        let mut stored = 0;
        for table in intervju_core::sync::schema::TABLES {
            for (_, key) in records.iter().filter(|(root, _)| root == table.name) {
                record::store(&tx, doc, table, key).unwrap();
                stored += 1;
            }
        }
        stored
    });
    let (_, commit) = timed(|| tx.commit().unwrap());
    (stored, storing, commit)
}

/// Imports `updates` with a subscriber that notes the records the import's own events name:
/// what the engine could do instead of a diff afterwards.
fn import_noting_records(doc: &LoroDoc, updates: &[u8]) -> BTreeSet<(String, String)> {
    let found = Arc::new(Mutex::new(BTreeSet::new()));
    let sink = found.clone();
    let subscription = doc.subscribe_root(Arc::new(move |event| {
        let mut found = sink.lock().unwrap();
        for change in &event.events {
            note_records(&mut found, change.path, &change.diff);
        }
    }));
    doc.import(updates).unwrap();
    drop(subscription);
    let found = found.lock().unwrap().clone();
    found
}

/// Where the full exchange of 1,000 goes, on the bundle of the last measured run.
fn full_exchange_phases(report: &mut Report, sender: &Device, key: &bundle::Key, sealed: &[u8]) {
    let conn = sender.conn();
    let device = pairing::device(&conn).unwrap();
    let (engine, load) = timed(|| Engine::load(&conn).unwrap());
    let (updates, export) = timed(|| engine.updates_since(&VersionVector::default()).unwrap());
    let body = bundle::Body {
        sender_name: device.name.clone(),
        version: engine.version().encode(),
        updates,
    };
    let sender_id = pairing::device_bytes(&device).unwrap();
    let (_, seal) = timed(|| bundle::seal(key, sender_id, &body));
    let (opened, open) = timed(|| bundle::open(key, sealed).unwrap());
    // The engine's apply on a new device's database, in one transaction.
    let fresh = scratch();
    drop(open_core(fresh.path()));
    let mut conn = intervju_core::db::open(fresh.path()).unwrap();
    let engine = Engine::load(&conn).unwrap();
    let tx = conn.transaction().unwrap();
    let (applied, apply) = timed(|| engine.apply(&tx, &opened.updates, &mut |_, _| {}).unwrap());
    let (_, commit) = timed(|| tx.commit().unwrap());
    drop(conn);
    let core = open_core(fresh.path());
    let (_, replan) = timed(|| core.replan_reminders().unwrap());
    // Its steps alone, on a bare document.
    let doc = LoroDoc::new();
    let (_, import) = timed(|| doc.import(&opened.updates).unwrap());
    let (_, store) = timed(|| {
        doc.export(ExportMode::updates(&VersionVector::default()))
            .unwrap()
    });
    let (by_diff, diffing, paths) = records_by_diff(&doc, &Frontiers::default());
    let ((by_ops, _), scanning) =
        timed(|| records_by_changed_containers(&doc, &VersionVector::default()));
    let (stored, storing, stored_commit) = store_records(&doc, &by_diff, &[]);
    let (_, unnoted, _) = store_records(&doc, &by_diff, &["%_sync_%"]);
    let (_, unindexed, _) = store_records(&doc, &by_diff, &["%_sync_%", "search_%"]);
    let noting = LoroDoc::new();
    let (by_events, import_noting) = timed(|| import_noting_records(&noting, &opened.updates));
    // The other ways find exactly the records the diff finds, or their figures would mislead.
    assert_eq!(by_ops, by_diff);
    assert_eq!(by_events, by_diff);
    let written: u32 = applied.brought.values().sum();
    report.note(format!(
        "Where the full exchange of 1,000 goes (the last run's bundle, each step once). Sender, \
         `bundle_for`: the document exported whole {export} ({raw} of Loro updates), sealed \
         (deflate, then XChaCha20-Poly1305) {seal}; loading it ({load}) is not in it, the app \
         keeps it loaded. Receiver, `receive_bundle`: opened {open}; `Engine::apply` {apply} in \
         all — by its steps, timed alone on a bare Loro document: the import {import}, the \
         import exported again to be stored {store}, **`LoroDoc::diff` from nothing to the \
         imported version {diffing}**, the path of each changed container {paths} \
         ({containers} records found), and **writing the records into SQLite {storing}** \
         ({stored} records by `record::store`, its commit {stored_commit}; without sync's \
         triggers, which note every row written for a fold that `apply` then clears: \
         {unnoted}; without those and the search index's: {unindexed}); `Engine::apply` wrote \
         {written}. Then the commit \
         {commit}, and the reminders planned for every interview ({replan}, timed as \
         `replan_reminders` on the same data). Instead of the diff: importing with a subscriber \
         that notes the records the import's own events name, {import_noting} in all (import \
         included), finding {events} records; or, after the import, the containers its \
         operations changed (`get_changed_containers_in`) and their paths, {scanning}, \
         finding {ops} records.",
        export = ms(export),
        raw = bytes(body.updates.len() as u64),
        seal = ms(seal),
        load = ms(load),
        open = ms(open),
        apply = ms(apply),
        import = ms(import),
        store = ms(store),
        diffing = ms(diffing),
        paths = ms(paths),
        containers = by_diff.len(),
        storing = ms(storing),
        stored_commit = ms(stored_commit),
        unnoted = ms(unnoted),
        unindexed = ms(unindexed),
        commit = ms(commit),
        replan = ms(replan),
        import_noting = ms(import_noting),
        events = by_events.len(),
        scanning = ms(scanning),
        ops = by_ops.len(),
    ));
}

/// Where the first fold of 1,000 existing interviews (6,000 rows) goes: reading the rows from
/// SQLite, writing them into a document, and each batch's commit and export.
fn first_build_phases(report: &mut Report, thousand: &Path, fold: Duration) {
    let dir = scratch();
    std::fs::copy(thousand, dir.path().join(DATABASE_FILE)).unwrap();
    let conn = intervju_core::db::open(dir.path()).unwrap();
    let dirty: Vec<(String, String)> = conn
        .prepare("SELECT table_name, key FROM sync_dirty")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let table = |name: &str| intervju_core::sync::schema::table(name).unwrap();
    let (rows, read) = timed(|| {
        dirty
            .iter()
            .map(|(name, key)| record::read_local(&conn, table(name), key).unwrap())
            .collect::<Vec<_>>()
    });
    let doc = LoroDoc::new();
    let (mut write, mut commit, mut export) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let batches: Vec<_> = dirty.iter().zip(&rows).collect();
    for batch in batches.chunks(intervju_core::sync::FLUSH_BATCH) {
        let before = doc.oplog_vv();
        write += timed(|| {
            for ((name, key), fields) in batch {
                if let Some(fields) = fields {
                    record::write_record(&doc, table(name), key, fields).unwrap();
                }
            }
        })
        .1;
        commit += timed(|| doc.commit()).1;
        export += timed(|| doc.export(ExportMode::updates(&before)).unwrap()).1;
    }
    let rest = fold.saturating_sub(read + write + commit + export);
    report.note(format!(
        "Where the first fold of 1,000 goes ({} rows, {} in all in 1.), its steps timed alone: \
         reading the rows from SQLite as the document holds them {}; writing them into a bare \
         Loro document {}; the {} commits {}; exporting each batch as an update {}; which \
         leaves {} for the rest (storing the updates, forgetting the notes, a transaction with \
         its fsync per batch, the ranked lists).",
        dirty.len(),
        ms(fold),
        ms(read),
        ms(write),
        dirty.len().div_ceil(intervju_core::sync::FLUSH_BATCH),
        ms(commit),
        ms(export),
        ms(rest)
    ));
}

/// Where the time goes when the away device takes in the 300 edits: its document's load, and
/// the import with the engine's diff, against an import that notes its own events.
fn away_phases(report: &mut Report, away: &Away) {
    let conn = away.device.conn();
    let body = bundle::open(&away.key, &away.bundle).unwrap();
    let (snapshot_bytes, update_bytes, updates) = stored_document(&conn);
    // As the engine does it, on the document as stored.
    let (doc, load) = timed(|| bare_document(&conn));
    let before = doc.state_frontiers();
    let before_version = doc.oplog_vv();
    let (_, import) = timed(|| doc.import(&body.updates).unwrap());
    let (by_diff, diffing, paths) = records_by_diff(&doc, &before);
    let ((by_ops, _), scanning) = timed(|| records_by_changed_containers(&doc, &before_version));
    let noting = bare_document(&conn);
    let (by_events, import_noting) = timed(|| import_noting_records(&noting, &body.updates));
    assert_eq!(by_ops, by_diff);
    assert_eq!(by_events, by_diff);
    // The same, on the same document stored as one snapshot.
    let snapshot = bare_document(&conn).export(ExportMode::Snapshot).unwrap();
    let (doc, snapshot_load) = timed(|| {
        let doc = LoroDoc::new();
        doc.import(&snapshot).unwrap();
        doc
    });
    let before = doc.state_frontiers();
    let (_, snapshot_import) = timed(|| doc.import(&body.updates).unwrap());
    let (_, snapshot_diff, snapshot_paths) = records_by_diff(&doc, &before);
    let noting = LoroDoc::new();
    noting.import(&snapshot).unwrap();
    let (_, snapshot_noting) = timed(|| import_noting_records(&noting, &body.updates));
    // The engine's own `apply` on the device's database, its document loaded beforehand.
    drop(conn);
    let mut conn = intervju_core::db::open(away.device.dir.path()).unwrap();
    let engine = Engine::load(&conn).unwrap();
    let tx = conn.transaction().unwrap();
    let (applied, apply) = timed(|| engine.apply(&tx, &body.updates, &mut |_, _| {}).unwrap());
    let (_, commit) = timed(|| tx.commit().unwrap());
    report.note(format!(
        "Where the away device's time goes (3.). `Engine::apply` on its database, the document \
         loaded beforehand: {apply} ({written} records written), the commit {commit}. Its steps \
         alone on a bare Loro document, loaded as stored ({stored} in {updates} updates{and}) in \
         {load}: the import of the 300 edits {import}; **`LoroDoc::diff` from the version \
         before to the one after {diffing}**; the changed containers' paths {paths} ({found} \
         records). Instead of the diff: importing with a subscriber that notes the records its \
         events name, {import_noting} ({events} records); or the containers the import's \
         operations changed and their paths, {scanning} ({ops} records). The same document \
         stored as one snapshot ({snapshot}): loaded in {snapshot_load}; then the import \
         {snapshot_import}, the diff {snapshot_diff} and the paths {snapshot_paths}, or the \
         import noting its events {snapshot_noting}.",
        apply = ms(apply),
        written = applied.brought.values().sum::<u32>(),
        commit = ms(commit),
        stored = bytes(update_bytes + snapshot_bytes),
        and = if snapshot_bytes > 0 {
            " and a snapshot"
        } else {
            ""
        },
        load = ms(load),
        import = ms(import),
        diffing = ms(diffing),
        paths = ms(paths),
        found = by_diff.len(),
        import_noting = ms(import_noting),
        events = by_events.len(),
        scanning = ms(scanning),
        ops = by_ops.len(),
        snapshot = bytes(snapshot.len() as u64),
        snapshot_load = ms(snapshot_load),
        snapshot_import = ms(snapshot_import),
        snapshot_diff = ms(snapshot_diff),
        snapshot_paths = ms(snapshot_paths),
        snapshot_noting = ms(snapshot_noting),
    ));
}

// ---------------------------------------------------------------------------------------------
// Measurements made in a fresh process.

/// Runs this benchmark again as a child that measures `what` in a fresh process; returns the
/// numbers it printed.
fn run_child(what: &str) -> Vec<f64> {
    let out = Command::new(std::env::current_exe().unwrap())
        .env(CHILD, what)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect()
}

/// In a fresh process: `build <dir>` pairs the database in `dir` and folds every row into the
/// document (seconds, rows, resident bytes it added, peak bytes it added); `load <file>` loads
/// the document of the database `file` (seconds, resident bytes it added, peak bytes it added);
/// `read <file>` loads it bare and reads every value (seconds, resident bytes it added).
fn child(what: &str) {
    let (verb, path) = what.split_once(' ').unwrap();
    let (before, _) = memory();
    match verb {
        "build" => {
            let core = open_core(Path::new(path));
            core.start_pairing().unwrap();
            let (before, _) = memory();
            let (rows, took) = timed(|| core.sync_flush().unwrap());
            let (after, peak) = memory();
            println!(
                "{} {rows} {} {}",
                took.as_secs_f64(),
                after.saturating_sub(before),
                peak.saturating_sub(before)
            );
        }
        "load" => {
            let conn = Connection::open(path).unwrap();
            let (engine, took) = timed(|| Engine::load(&conn).unwrap());
            let (after, peak) = memory();
            drop(engine);
            println!(
                "{} {} {}",
                took.as_secs_f64(),
                after.saturating_sub(before),
                peak.saturating_sub(before)
            );
        }
        "read" => {
            let conn = Connection::open(path).unwrap();
            let (doc, took) = timed(|| {
                let doc = bare_document(&conn);
                std::hint::black_box(doc.get_deep_value());
                doc
            });
            let (after, _) = memory();
            drop(doc);
            println!("{} {}", took.as_secs_f64(), after.saturating_sub(before));
        }
        _ => panic!("unknown child measurement {what}"),
    }
}
