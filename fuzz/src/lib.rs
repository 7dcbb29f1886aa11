//! What each fuzz target feeds the app and what must hold afterwards. The libFuzzer binaries in
//! `fuzz/targets/` (nightly, `make fuzz`) and the corpus replay in `tests/replay.rs` (stable,
//! `make test`) both call [`run`]: a crash found by one is a failing test in the other.
//!
//! Every target takes raw bytes. A target that needs structure (a list of commands with their
//! requests) reads it from the bytes with `arbitrary`, so libFuzzer's mutations of the bytes are
//! mutations of the structure.

pub mod cores;
mod json;
mod targets;

pub use json::{known_texts, FIELDS};
pub use targets::{body_bytes, COMMANDS};

/// A target: what it does with one input, panicking where an invariant does not hold.
pub type Target = fn(&[u8]);

/// The targets by name: `fuzz/targets/fuzz_targets/<name>.rs` and `fuzz/corpus/<name>/`.
pub const TARGETS: &[(&str, Target)] = &[
    ("ics", targets::ics),
    ("backup", targets::backup),
    ("search", targets::search),
    ("commands", targets::commands),
    ("bundle", targets::bundle),
    ("wire", targets::wire),
    ("session", targets::session),
];

/// Runs the target `name` on `data`; panics where an invariant does not hold.
pub fn run(name: &str, data: &[u8]) {
    let (_, target) = TARGETS
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no fuzz target {name:?}"));
    target(data);
}

/// Error codes that refuse bad input. Anything else (storage, io, a panic) means the input
/// reached further than it should have.
pub const REFUSALS: &[&str] = &["invalid_request", "validation", "not_found"];
