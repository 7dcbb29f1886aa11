//! Helper for the crash test (tests/crash.rs): saves interviews and reflections through the core
//! in a loop, in the data folder given, and prints `ack <id> <company>` after each save returned.
//! The test kills it with SIGKILL at random moments and checks every acknowledged save survived.

use intervju_core::{parse, Core, Environment, SystemClock};
use serde_json::json;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: crash-writer DATA_DIR");
    let env = Environment {
        os_locale: "en".into(),
        device_zone: chrono_tz::UTC,
    };
    let core = Core::open(Path::new(&dir), Arc::new(SystemClock), env).expect("open the database");
    let mut out = std::io::stdout().lock();
    let pid = std::process::id();
    for i in 0u64.. {
        let company = format!("crash-{pid}-{i}");
        let draft = json!({"company": company, "role": "Writer", "startLocal": "2027-01-01T10:00", "timeZone": "UTC",
                           "notes": "x".repeat((i % 7 * 300) as usize)});
        let interview = core
            .create_interview(parse(Some(draft)).unwrap())
            .expect("save the interview");
        let changes = json!({"interviewId": interview.id, "changes": {"positive": format!("note {i}"), "feeling": i % 5 + 1}});
        core.update_reflection(parse(Some(changes)).unwrap())
            .expect("save the reflection");
        writeln!(out, "ack {} {company}", interview.id).expect("stdout");
        out.flush().expect("stdout");
    }
}
