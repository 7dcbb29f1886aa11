//! One device for the network tests and benchmarks (`tests/netns.rs`, `make bench-lan`): a core
//! in a folder with its local network endpoint, run inside a network namespace and driven one
//! line at a time on stdin, each answered with one line on stdout.
//!
//! `intervju-lan-node <data dir> <bind address> mdns|no-mdns`, then:
//! `offer` → `offer <QR address>`; `enter <code or address>` → `met <ok|problem>`;
//! `seed <n>` → `seeded <n>` (interviews with a reflection each); `save <company>` → `saved`;
//! `edit <id> <company>` → `edited`; `sync` → `synced <ok|problem>,…`; `heard` → the next sync
//! this device took part in, `heard <ok|problem> <records brought>`; `count` → `count <n>`;
//! `dump` → `dump <hash of the normalised dump>`; `reach` → `reach <QR address of no code>`;
//! `quit`.

use intervju_core::service::parse;
use intervju_core::sync::pairing;
use intervju_core::{sync, Core, Environment, SystemClock};
use intervju_lan::{Lan, Options, Synced};
use serde_json::{json, Value};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::io::{AsyncBufReadExt, BufReader};

/// The endpoint's lines (through `tracing`'s `log` bridge) on stderr, for a failing test to show.
struct Stderr;

impl log::Log for Stderr {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        metadata.target().starts_with("intervju")
    }

    fn log(&self, record: &log::Record) {
        if self.enabled(record.metadata()) {
            eprintln!("{} {}: {}", record.level(), record.target(), record.args());
        }
    }

    fn flush(&self) {}
}

fn main() {
    if log::set_logger(&Stderr).is_ok() {
        log::set_max_level(log::LevelFilter::Debug);
    }
    let args: Vec<String> = std::env::args().collect();
    let [_, dir, bind, mdns] = &args[..] else {
        eprintln!("usage: intervju-lan-node <data dir> <bind address> mdns|no-mdns");
        std::process::exit(2);
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    let options = Options {
        bind: bind.parse().expect("a socket address"),
        mdns: mdns == "mdns",
    };
    runtime.block_on(run(PathBuf::from(dir), options));
}

async fn run(dir: PathBuf, options: Options) {
    let env = Environment {
        os_locale: "en".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    let core = Arc::new(Core::open(&dir, Arc::new(SystemClock), env).expect("the core opens"));
    let lan = Lan::start(core.clone(), options)
        .await
        .expect("the endpoint starts");
    let mut heard = lan.subscribe();
    // As the app does at start: a sync with every device met before, wherever it is now.
    tokio::spawn({
        let lan = lan.clone();
        async move { lan.sync_all().await }
    });
    println!("ready");
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        let (command, rest) = line.split_once(' ').unwrap_or((&line, ""));
        let answer = match command {
            "offer" => {
                let offer = core.start_pairing_at(Some(lan.reach())).expect("a code");
                lan.advertise().await;
                format!("offer {}", offer.address)
            }
            "enter" => {
                let invitation = pairing::invitation(rest).expect("a code");
                let request = parse(Some(json!({ "code": rest }))).expect("a request");
                core.enter_pairing_code(request).expect("the code is taken");
                let hint = invitation
                    .reach
                    .as_ref()
                    .and_then(intervju_lan::endpoint_addr);
                let met = lan.pair(invitation.key, hint).await;
                format!("met {}", outcome(&met))
            }
            "seed" => {
                let n: usize = rest.parse().expect("a count");
                for i in 0..n {
                    seed(&core, i);
                }
                format!("seeded {n}")
            }
            "save" => {
                interview(&core, rest, 0);
                "saved".into()
            }
            "edit" => {
                let (id, company) = rest.split_once(' ').expect("an id and a company");
                edit(&core, id.parse().expect("an id"), company);
                "edited".into()
            }
            "sync" => {
                let all = lan.sync_all().await;
                let said: Vec<&str> = all.iter().map(outcome).collect();
                format!("synced {}", said.join(","))
            }
            "heard" => match heard.recv().await {
                Ok(synced) => {
                    let brought: u32 = synced
                        .outcome
                        .as_ref()
                        .map(|m| m.brought.values().sum())
                        .unwrap_or(0);
                    format!("heard {} {brought}", outcome(&synced))
                }
                Err(error) => format!("heard nothing: {error}"),
            },
            "count" => format!("count {}", count(&dir)),
            "dump" => format!("dump {:016x}", dump_hash(&dir)),
            "quit" => break,
            other => format!("unknown {other}"),
        };
        println!("{answer}");
    }
    lan.close().await;
}

fn outcome(synced: &Synced) -> &'static str {
    match &synced.outcome {
        Ok(_) => "ok",
        Err(problem) => <&str>::from(*problem),
    }
}

fn ask<T>(work: impl FnOnce(&Core, Value) -> intervju_core::Result<T>, core: &Core, v: Value) -> T {
    work(core, v).expect("the core takes it")
}

fn interview(core: &Core, company: &str, n: usize) -> i64 {
    let draft = parse(Some(json!({
        "company": company, "role": "Developer", "round": "first", "status": "done",
        "startLocal": format!("2026-{:02}-{:02}T10:00", 1 + n % 11, 1 + n % 28),
        "timeZone": "Europe/Oslo", "location": format!("Storgata {}, Oslo", n % 200),
        "interviewers": [{"name": "Kari Nordmann", "role": "Team lead"}],
        "notes": "They asked about a project that went wrong and what I learned from it. ".repeat(4),
    })))
    .expect("a draft");
    core.create_interview(draft).expect("saved").id
}

/// Interview `n` with its reflection, as the app writes them.
fn seed(core: &Core, n: usize) {
    let id = interview(core, &format!("Company {n}"), n);
    ask(
        |c, v| c.update_reflection(parse(Some(v))?),
        core,
        json!({"interviewId": id, "changes": {
            "feeling": 1 + n as i64 % 5, "saidEverything": "partly", "enoughTime": "yes",
            "firstRating": 1 + (n as i64 / 5) % 5,
            "learned": "Prepare two short stories with numbers in them. ".repeat(3),
            "positive": "Good questions about the team.", "doDifferently": "Ask about the first year."}}),
    );
}

fn edit(core: &Core, id: i64, company: &str) {
    let current = core
        .interview(parse(Some(json!({ "id": id }))).expect("a request"))
        .expect("the interview");
    let mut draft = serde_json::to_value(&current).expect("json");
    draft["company"] = json!(company);
    let keep = [
        "company",
        "role",
        "round",
        "status",
        "startLocal",
        "timeZone",
        "location",
        "notes",
    ];
    let draft: serde_json::Map<String, Value> = keep
        .iter()
        .filter_map(|k| Some((k.to_string(), draft.get(*k)?.clone())))
        .filter(|(_, v)| !v.is_null())
        .collect();
    ask(
        |c, v| c.update_interview(parse(Some(v))?),
        core,
        json!({ "id": id, "interview": draft }),
    );
}

fn connection(dir: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(dir.join("intervju.sqlite3")).expect("the database opens")
}

fn count(dir: &Path) -> i64 {
    connection(dir)
        .query_row("SELECT count(*) FROM interview", [], |r| r.get(0))
        .expect("a count")
}

fn dump_hash(dir: &Path) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    sync::dump(&connection(dir))
        .expect("a dump")
        .hash(&mut hasher);
    hasher.finish()
}
