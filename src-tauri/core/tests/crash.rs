//! Nothing lost: a writer saving interviews and reflections is killed with SIGKILL at random
//! moments, again and again, on the same data folder. After every kill the database passes
//! `PRAGMA integrity_check` and holds every save the writer had acknowledged. `make test` runs 40
//! kills; `make stress` runs 200 (CRASH_KILLS).

use intervju_core::db::DATABASE_FILE;
use rusqlite::Connection;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

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
}

#[test]
fn every_acknowledged_save_survives_sigkill() {
    let kills: u32 = std::env::var("CRASH_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(40);
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Lcg(0x1D7E_2026);
    let mut acked: Vec<(i64, String)> = Vec::new();
    for round in 0..kills {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crash-writer"))
            .arg(dir.path())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the writer");
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<_>>()
        });
        std::thread::sleep(Duration::from_millis(20 + rng.next() % 120));
        child.kill().expect("SIGKILL"); // Child::kill sends SIGKILL on Unix
        child.wait().unwrap();
        for line in reader.join().unwrap() {
            // A line cut off by the kill has no company yet and is not an acknowledgement.
            let mut parts = line.split(' ');
            if let (Some("ack"), Some(id), Some(company)) =
                (parts.next(), parts.next(), parts.next())
            {
                acked.push((id.parse().unwrap(), company.to_owned()));
            }
        }

        let conn = Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
        let integrity: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok", "after kill {round}");
        for (id, company) in &acked {
            let found: Option<(String, String)> = conn
                .query_row(
                    "SELECT i.company, r.positive FROM interview i JOIN reflection r ON r.interview_id = i.id WHERE i.id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .ok();
            let (stored, positive) =
                found.unwrap_or_else(|| panic!("acknowledged save {id} lost after kill {round}"));
            assert_eq!(&stored, company);
            assert!(positive.starts_with("note "));
        }
    }
    assert!(
        acked.len() as u32 > kills,
        "the writer got saves in: {} acknowledged over {kills} kills",
        acked.len()
    );
}
