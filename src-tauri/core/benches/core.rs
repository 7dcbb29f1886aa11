//! The core at 1,000, 10,000 and 100,000 interviews with realistic text: create, a page of the
//! list, opening an interview with its sheet and reflection, full-text search, the review's
//! page and its trends. Every figure has a baseline measured in the same run on the same data:
//! the bare SQLite statement that fetches what the operation returns. `make bench` runs this and
//! `scripts/bench-report.py` turns criterion's estimates into docs/BENCHMARKS.md.

use chrono::{DateTime, Utc};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use intervju_core::{parse, Core, Environment, ManualClock};
use rusqlite::Connection;
use serde_json::json;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

const COMPANIES: &[&str] = &[
    "Equinor",
    "Bring",
    "Posten",
    "Vipps",
    "Kahoot",
    "Spotify",
    "Klarna",
    "Telenor",
    "DNB",
    "Schibsted",
    "Kongsberg",
    "Aker",
    "Storebrand",
    "Gjensidige",
    "Norsk Hydro",
    "Elkjøp",
    "Ikea",
    "Volvo",
    "Ericsson",
    "Oda",
];
const WORDS: &[&str] = &[
    "team",
    "kunde",
    "ansvar",
    "prosjekt",
    "erfaring",
    "ledelse",
    "samarbeid",
    "utvikling",
    "løsning",
    "kvalitet",
    "plattform",
    "data",
    "sky",
    "sikkerhet",
    "drift",
    "produkt",
    "bruker",
    "design",
    "test",
    "leveranse",
    "budsjett",
    "strategi",
    "kultur",
    "vekst",
    "møte",
    "presentasjon",
    "lønn",
    "turnus",
    "pasient",
    "logistikk",
    "rute",
    "lager",
];

fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-29T08:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn env() -> Environment {
    Environment {
        os_locale: "nb-NO".into(),
        device_zone: chrono_tz::Europe::Oslo,
    }
}

/// A deterministic sentence of `n` words.
fn sentence(seed: usize, n: usize) -> String {
    (0..n)
        .map(|k| WORDS[(seed * 31 + k * 17 + k * k) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

/// A database with `n` interviews over five years, each with notes, a preparation sheet and a
/// reflection; one in a hundred mentions "hydrogen". Made once per size and kept in
/// target/bench-data (made through SQL in one transaction, so the triggers index it as the app
/// would).
fn dataset(n: usize) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../target/bench-data")
        .join(format!(
            "{n}-schema-{}",
            intervju_core::db::latest_version()
        ));
    if dir.join(intervju_core::db::DATABASE_FILE).exists() {
        return dir;
    }
    std::fs::create_dir_all(&dir).unwrap();
    drop(Core::open(&dir, Arc::new(ManualClock::new(t0())), env()).unwrap());
    let mut conn = Connection::open(dir.join(intervju_core::db::DATABASE_FILE)).unwrap();
    let tx = conn.transaction().unwrap();
    {
        let mut interview = tx
            .prepare(
                "INSERT INTO interview (id, company, role, round, start_local, time_zone, start_utc,
                     duration_minutes, location, status, notes, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, 'Europe/Oslo', ?6, 60, ?7, ?8, ?9, ?10, ?10)",
            )
            .unwrap();
        let mut sheet = tx
            .prepare(
                "INSERT INTO preparation (interview_id, research, strengths, why_job, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )
            .unwrap();
        let mut reflection = tx
            .prepare(
                "INSERT INTO reflection (interview_id, feeling, said_everything, enough_time,
                     presented_strengths, learned, positive, first_rating, later_rating, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )
            .unwrap();
        let answers = ["yes", "partly", "no"];
        let statuses = [
            "done",
            "awaiting",
            "rejected",
            "offer",
            "next_round",
            "planned",
        ];
        for i in 1..=n {
            let start =
                t0().timestamp() - 5 * 365 * 86_400 + (i as i64 * 5 * 365 * 86_400) / n as i64;
            let local = DateTime::from_timestamp(start, 0)
                .unwrap()
                .with_timezone(&chrono_tz::Europe::Oslo)
                .format("%Y-%m-%dT%H:%M")
                .to_string();
            let mut notes = sentence(i, 30);
            if i % 100 == 0 {
                notes.push_str(" hydrogen");
            }
            interview
                .execute(rusqlite::params![
                    i as i64,
                    format!("{} {}", COMPANIES[i % COMPANIES.len()], i % 997),
                    format!("Utvikler {}", sentence(i + 3, 2)),
                    if i % 4 == 0 { "second" } else { "first" },
                    local,
                    start,
                    format!("Storgata {}, Oslo", i % 200),
                    statuses[i % statuses.len()],
                    notes,
                    start - 86_400,
                ])
                .unwrap();
            sheet
                .execute(rusqlite::params![
                    i as i64,
                    sentence(i + 1, 60),
                    sentence(i + 2, 20),
                    sentence(i + 5, 25),
                    start - 3_600
                ])
                .unwrap();
            reflection
                .execute(rusqlite::params![
                    i as i64,
                    (i % 5 + 1) as i64,
                    answers[i % 3],
                    answers[(i / 3) % 3],
                    answers[(i / 7) % 3],
                    sentence(i + 7, 40),
                    sentence(i + 11, 20),
                    (i % 5 + 1) as i64,
                    ((i + 1) % 5 + 1) as i64,
                    start + 7_200
                ])
                .unwrap();
        }
    }
    tx.commit().unwrap();
    conn.execute_batch("PRAGMA optimize; VACUUM;").unwrap();
    dir
}

struct Fixture {
    core: Core,
    bare: Connection,
}

fn fixture(n: usize) -> Fixture {
    let dir = dataset(n);
    let core = Core::open(&dir, Arc::new(ManualClock::new(t0())), env()).unwrap();
    let bare = Connection::open(dir.join(intervju_core::db::DATABASE_FILE)).unwrap();
    bare.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")
        .unwrap();
    Fixture { core, bare }
}

fn request<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    parse(Some(value)).unwrap()
}

fn benches(c: &mut Criterion) {
    let fixtures: Vec<(usize, Fixture)> = SIZES.iter().map(|&n| (n, fixture(n))).collect();
    let middle = |n: usize| (n / 2) as i64;

    let mut group = c.benchmark_group("list_page");
    for (n, f) in &fixtures {
        group.bench_with_input(BenchmarkId::new("ours", n), n, |b, _| {
            b.iter(|| {
                black_box(
                    f.core
                        .list_interviews(request(json!({"limit": 50})))
                        .unwrap(),
                )
            })
        });
        let mut stmt = f
            .bare
            .prepare(
                "SELECT id, company, role, round, status, start_local, time_zone, start_utc,
                        duration_minutes, location
                 FROM interview ORDER BY start_utc DESC LIMIT 50",
            )
            .unwrap();
        group.bench_with_input(BenchmarkId::new("baseline", n), n, |b, _| {
            b.iter(|| rows(&mut stmt, []))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("open");
    for (n, f) in &fixtures {
        let id = middle(*n);
        group.bench_with_input(BenchmarkId::new("ours", n), n, |b, _| {
            b.iter(|| {
                black_box(f.core.interview(request(json!({ "id": id }))).unwrap());
                black_box(
                    f.core
                        .preparation(request(json!({ "interviewId": id })))
                        .unwrap(),
                );
                black_box(
                    f.core
                        .reflection(request(json!({ "interviewId": id })))
                        .unwrap(),
                );
            })
        });
        group.bench_with_input(BenchmarkId::new("baseline", n), n, |b, _| {
            b.iter(|| {
                for table in [
                    "SELECT * FROM interview WHERE id = ?1",
                    "SELECT * FROM preparation WHERE interview_id = ?1",
                    "SELECT * FROM reflection WHERE interview_id = ?1",
                ] {
                    let mut stmt = f.bare.prepare_cached(table).unwrap();
                    rows(&mut stmt, [id]);
                }
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("search");
    for (n, f) in &fixtures {
        group.bench_with_input(BenchmarkId::new("ours", n), n, |b, _| {
            b.iter(|| {
                black_box(
                    f.core
                        .search(request(json!({"query": "hydrogen"})))
                        .unwrap(),
                )
            })
        });
        let mut stmt = f
            .bare
            .prepare(
                "SELECT rowid, snippet(search_text, 0, '[', ']', '…', 14) FROM search_text
                 WHERE search_text MATCH '\"hydrogen\"*' ORDER BY rank LIMIT 30",
            )
            .unwrap();
        group.bench_with_input(BenchmarkId::new("baseline", n), n, |b, _| {
            b.iter(|| rows(&mut stmt, []))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("review_page");
    for (n, f) in &fixtures {
        group.bench_with_input(BenchmarkId::new("ours", n), n, |b, _| {
            b.iter(|| black_box(f.core.review(request(json!({"limit": 100}))).unwrap()))
        });
        let mut page = f
            .bare
            .prepare(
                "SELECT i.id, i.company, i.role, i.round, i.status, i.start_local, i.time_zone,
                        i.start_utc, r.feeling, r.first_rating, r.later_rating, r.finished_at
                 FROM interview i LEFT JOIN reflection r ON r.interview_id = i.id
                 ORDER BY i.start_utc DESC LIMIT 100",
            )
            .unwrap();
        let mut count = f.bare.prepare("SELECT count(*) FROM interview").unwrap();
        group.bench_with_input(BenchmarkId::new("baseline", n), n, |b, _| {
            b.iter(|| {
                rows(&mut page, []);
                rows(&mut count, []);
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("trends");
    for (n, f) in &fixtures {
        group.bench_with_input(BenchmarkId::new("ours", n), n, |b, _| {
            b.iter(|| black_box(f.core.review_trends().unwrap()))
        });
        let mut stmt = f
            .bare
            .prepare(
                "SELECT count(*), avg(feeling), avg(first_rating), avg(later_rating),
                        sum(said_everything = 'yes'), sum(enough_time = 'yes'),
                        sum(presented_strengths = 'yes')
                 FROM reflection",
            )
            .unwrap();
        group.bench_with_input(BenchmarkId::new("baseline", n), n, |b, _| {
            b.iter(|| rows(&mut stmt, []))
        });
    }
    group.finish();

    // Last: creating adds rows, which the reads above must not see.
    let mut group = c.benchmark_group("create");
    for (n, f) in &fixtures {
        let mut k = 0u64;
        group.bench_with_input(BenchmarkId::new("ours", n), n, |b, _| {
            b.iter(|| {
                k += 1;
                let draft = request(json!({"company": format!("Ny {k}"), "role": "Utvikler",
                    "startLocal": "2027-03-01T10:00", "notes": "Nytt intervju"}));
                black_box(f.core.create_interview(draft).unwrap())
            })
        });
        group.bench_with_input(BenchmarkId::new("baseline", n), n, |b, _| {
            b.iter(|| {
                k += 1;
                f.bare
                    .execute(
                        "INSERT INTO interview (company, role, round, start_local, time_zone,
                             start_utc, duration_minutes, status, notes, created_at, updated_at)
                         VALUES (?1, 'Utvikler', 'first', '2027-03-01T10:00', 'Europe/Oslo',
                             1803891600, 60, 'planned', 'Nytt intervju', 0, 0)",
                        [format!("Bar {k}")],
                    )
                    .unwrap()
            })
        });
    }
    group.finish();

    // What the bench added is removed again, so every run measures the same data.
    for (_, f) in &fixtures {
        f.bare
            .execute(
                "DELETE FROM interview WHERE company LIKE 'Ny %' OR company LIKE 'Bar %'",
                [],
            )
            .unwrap();
    }
}

/// Steps through every row and column, as a caller reading the result would.
fn rows<P: rusqlite::Params>(stmt: &mut rusqlite::Statement, params: P) -> usize {
    let columns = stmt.column_count();
    let mut rows = stmt.query(params).unwrap();
    let mut n = 0;
    while let Some(row) = rows.next().unwrap() {
        for i in 0..columns {
            black_box(row.get_ref(i).unwrap());
        }
        n += 1;
    }
    n
}

criterion_group! {
    name = core;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = benches
}
criterion_main!(core);
