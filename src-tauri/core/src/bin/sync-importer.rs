//! Helper for the sync crash test (tests/sync_crash.rs): opens the core on the data folder given
//! and takes in the bundle file given, printing `ready` just before it starts, `progress DONE
//! TOTAL` as records are written, and `done` once the bundle is in. The test kills it with
//! SIGKILL at random moments in between and checks that the database and the record of changes
//! hold all of the bundle or none of it.

use intervju_core::{Core, Environment, SystemClock};
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(bundle)) = (args.next(), args.next()) else {
        panic!("usage: sync-importer DATA_DIR BUNDLE_FILE");
    };
    let env = Environment {
        os_locale: "en".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    let core = Core::open(Path::new(&dir), Arc::new(SystemClock), env).expect("open the database");
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready").expect("stdout");
    out.flush().expect("stdout");
    core.receive_bundle_file(Path::new(&bundle), &mut |done, total| {
        writeln!(out, "progress {done} {total}").expect("stdout");
        out.flush().expect("stdout");
    })
    .expect("take in the bundle");
    writeln!(out, "done").expect("stdout");
    out.flush().expect("stdout");
}
