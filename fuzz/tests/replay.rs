//! Every file of every fuzz corpus (`fuzz/corpus/<target>/`, what `make fuzz` found) and every
//! crash it ever found (`fuzz/regressions/<target>/`) run through its target on stable, as part
//! of `make test`.

use intervju_fuzz::{run, COMMANDS, TARGETS};
use std::collections::BTreeSet;
use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// Where a target's inputs are: its corpus, its crashes, and for invitations the reader's own
/// corpus of real files (kept with its expected readings in the core).
fn dirs(target: &str) -> Vec<PathBuf> {
    let mut dirs = vec![root().join("fuzz/corpus").join(target)];
    let regressions = root().join("fuzz/regressions").join(target);
    if regressions.is_dir() {
        dirs.push(regressions);
    }
    if target == "ics" {
        dirs.push(root().join("src-tauri/core/tests/fixtures/ics"));
    }
    dirs
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

#[test]
fn every_corpus_file_passes_its_target() {
    let mut failed = vec![];
    let mut counts = vec![];
    for (target, _) in TARGETS {
        let mut count = 0;
        for dir in dirs(target) {
            for file in files(&dir) {
                let data = fs::read(&file).unwrap();
                if let Err(panic) = catch_unwind(AssertUnwindSafe(|| run(target, &data))) {
                    let why = panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    failed.push(format!("{target}: {}: {why}", file.display()));
                }
                count += 1;
            }
        }
        counts.push(format!("{target} {count}"));
    }
    println!("replayed: {}", counts.join(", "));
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Each target has a corpus worth replaying: a target whose corpus is lost would pass here
/// without checking anything.
#[test]
fn every_target_has_a_corpus() {
    for (target, _) in TARGETS {
        let n = files(&root().join("fuzz/corpus").join(target)).len();
        assert!(n >= 10, "{target}: only {n} files in its corpus");
    }
}

/// The shell's commands (src-tauri/commands/) that hand their request to the core, read from
/// their source: each is in the commands target, with the core method it calls.
#[test]
fn every_core_command_is_fuzzed() {
    // Behind a file dialog (their files are the backup, invitation and bundle targets' inputs),
    // or asking the core only for the language of an answer the OS gives (autostart).
    let elsewhere = [
        "export_file",
        "import_backup",
        "import_invitation",
        // Its file comes from outside (Open with, a drop), read as import_invitation's is.
        "take_handed_invitation",
        "send_changes",
        "receive_changes",
        "set_autostart",
    ];
    let mut missing = BTreeSet::new();
    let mut seen = 0;
    for file in files(&root().join("src-tauri/commands")) {
        let source = fs::read_to_string(&file).unwrap();
        for part in source.split("#[tauri::command]").skip(1) {
            let name = part
                .split("async fn ")
                .nth(1)
                .and_then(|rest| rest.split(['(', '<']).next())
                .unwrap();
            let body = part.split("\n}").next().unwrap();
            let calls_core = body.contains("core.") || body.contains("Core::");
            if !calls_core || elsewhere.contains(&name) {
                continue;
            }
            seen += 1;
            match COMMANDS.iter().find(|(command, ..)| *command == name) {
                Some((_, method, _))
                    if body.contains(&format!("core.{method}"))
                        || body.contains(&format!("Core::{method}")) => {}
                Some((_, method, _)) => {
                    missing.insert(format!(
                        "{name}: the table calls {method}, the command does not"
                    ));
                }
                None => {
                    missing.insert(format!("{name}: not in the commands target"));
                }
            }
        }
    }
    assert!(
        seen > 50,
        "only {seen} commands found: has src-tauri/commands/ moved?"
    );
    assert!(missing.is_empty(), "{missing:#?}");
}
