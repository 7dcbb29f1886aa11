//! The corpus of invitations (`tests/fixtures/ics/`, described in its README): each file in the
//! shape a real client writes — Outlook and Exchange with Windows zone names, Teams, Google
//! Calendar with Meet, Zoom, Thunderbird, Apple Calendar, Proton; an update and a cancellation
//! of one meeting; Norwegian, Swedish and English wording — read on a device in Oslo and
//! compared, field by field, with the answer a person would give (`expected.json`).

use super::read_invitation;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics")
}

fn keys(value: &Value) -> BTreeSet<String> {
    value
        .as_object()
        .map(Map::keys)
        .into_iter()
        .flatten()
        .cloned()
        .collect()
}

/// Invariant: every invitation of the corpus is read as expected.json says, every field of the
/// answer and of its draft pinned (a field added to the reader must be added to the corpus),
/// and every good file has its entry.
#[test]
fn every_invitation_in_the_corpus_reads_as_a_person_would_read_it() {
    let expected: BTreeMap<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(dir().join("expected.json")).unwrap())
            .unwrap();
    let files: BTreeSet<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ics") && !name.starts_with("broken-"))
        .collect();
    assert!(files.len() >= 21, "{files:?}");
    let mut failures = vec![];
    for file in &files {
        let text = std::fs::read_to_string(dir().join(file)).unwrap();
        let read = read_invitation(&text, chrono_tz::Europe::Oslo)
            .unwrap_or_else(|e| panic!("{file}: {e:?}"));
        let got = serde_json::to_value(&read).unwrap();
        let Some(want) = expected.get(file) else {
            failures.push(format!(
                "{file}: not in expected.json; read as\n{}",
                serde_json::to_string_pretty(&got).unwrap()
            ));
            continue;
        };
        for (part, want, got) in [("", want, &got), ("draft.", &want["draft"], &got["draft"])] {
            if keys(want) != keys(got) {
                failures.push(format!(
                    "{file}: {part}fields {:?} expected, {:?} read",
                    keys(want),
                    keys(got)
                ));
            }
            for key in keys(want) {
                if key == "draft" {
                    continue;
                }
                if want[&key] != got[&key] {
                    failures.push(format!(
                        "{file}: {part}{key}: expected {}, read {}",
                        want[&key], got[&key]
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Invariant: what the form would save from each invitation is a valid interview once the user
/// has given what the file could not (a job title; a start the clocks skip is the one refusal).
#[test]
fn every_draft_of_the_corpus_saves_once_completed() {
    for entry in std::fs::read_dir(dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".ics") || name.starts_with("broken-") {
            continue;
        }
        let read = read_invitation(
            &std::fs::read_to_string(&path).unwrap(),
            chrono_tz::Europe::Oslo,
        )
        .unwrap();
        let mut draft = read.draft.clone();
        for field in [&mut draft.company, &mut draft.role] {
            if field.is_empty() {
                *field = "Filled in".into();
            }
        }
        let saved = crate::interview::ValidDraft::new(draft, chrono_tz::Europe::Oslo);
        match read.start_in_gap {
            false => assert!(saved.is_ok(), "{name}: {saved:?}"),
            true => assert_eq!(
                crate::testing::problem(saved),
                ("startLocal".to_owned(), "nonexistent_time"),
                "{name}"
            ),
        }
    }
}
