//! Writes the seeds of the corpora that are made by the app itself: backups as this version
//! exports them, a genuine sync bundle (whole, and its body for sealing here), and one frame of
//! every kind of the local network protocol. `cargo run -p intervju-fuzz --example seeds`;
//! the other seeds are files written by hand or by older versions (fuzz/README.md).

use intervju_core::sync::wire::Message;
use intervju_core::{parse, Core};
use intervju_fuzz::{body_bytes, cores};
use serde_json::json;
use std::fs;
use std::path::{Path, PathBuf};

fn write(target: &str, name: &str, bytes: &[u8]) {
    let dir: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(name), bytes).unwrap();
}

fn export(core: &Core) -> Vec<u8> {
    core.export(&parse(Some(json!({"format": "json"}))).unwrap())
        .unwrap()
}

fn main() {
    write(
        "backup",
        "export-seeded.json",
        &export(&cores::seeded().core),
    );
    write("backup", "export-empty.json", &export(&cores::empty().core));

    let (sealed, body) = cores::genuine_bundle();
    write(
        "bundle",
        "genuine-sealed",
        &[[0].as_slice(), &sealed].concat(),
    );
    write("bundle", "genuine-body", &body_bytes(&body));
    write(
        "bundle",
        "genuine-sealed-cut",
        &[[0].as_slice(), &sealed[..sealed.len() / 2]].concat(),
    );
    let mut flipped = sealed.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 1;
    write(
        "bundle",
        "genuine-sealed-flipped",
        &[[0].as_slice(), &flipped].concat(),
    );
    let mut empty = body.clone();
    empty.updates.clear();
    write("bundle", "body-no-updates", &body_bytes(&empty));
    let mut cut = body.clone();
    cut.updates.truncate(cut.updates.len() / 2);
    write("bundle", "body-updates-cut", &body_bytes(&cut));
    let mut no_version = body;
    no_version.version.clear();
    write("bundle", "body-no-version", &body_bytes(&no_version));

    let messages = [
        (
            "pair",
            Message::Pair {
                tag: [1; 8],
                nonce: [2; 32],
            },
        ),
        (
            "challenge",
            Message::Challenge {
                nonce: [3; 32],
                proof: [4; 32],
            },
        ),
        ("proof", Message::Proof { proof: [5; 32] }),
        (
            "hello",
            Message::Hello {
                format: 1,
                device: [6; 16],
                version: vec![0, 1, 2, 3],
            },
        ),
        ("bundle", Message::Bundle(sealed[..64].to_vec())),
        (
            "ack",
            Message::Ack {
                version: vec![7; 12],
            },
        ),
    ];
    let mut stream = vec![];
    for (name, message) in &messages {
        write("wire", name, &message.encode());
        stream.extend(message.encode());
    }
    write("wire", "session", &stream);

    // A meeting as the paired device opens it: its hello, then a bundle and an ack (sealed for
    // another pairing: refused), and the same cut short or out of turn.
    let hello = Message::Hello {
        format: 1,
        device: [6; 16],
        version: vec![],
    }
    .encode();
    let meeting = [
        hello.clone(),
        Message::Bundle(sealed.clone()).encode(),
        Message::Ack { version: vec![] }.encode(),
    ]
    .concat();
    write("session", "hello-bundle-ack", &meeting);
    write("session", "hello-only", &hello);
    write("session", "cut", &meeting[..meeting.len() / 2]);
    write(
        "session",
        "ack-first",
        &Message::Ack {
            version: vec![1, 2, 3],
        }
        .encode(),
    );
    write(
        "session",
        "pair",
        &Message::Pair {
            tag: [1; 8],
            nonce: [2; 32],
        }
        .encode(),
    );
    write(
        "session",
        "hello-newer",
        &Message::Hello {
            format: 9,
            device: [6; 16],
            version: vec![],
        }
        .encode(),
    );
    write(
        "session",
        "hello-garbage-version",
        &Message::Hello {
            format: 1,
            device: [6; 16],
            version: vec![0xff; 40],
        }
        .encode(),
    );
    write("session", "two-hellos", &[hello.clone(), hello].concat());
    write("session", "empty", &[]);
    write(
        "session",
        "bundle-first",
        &Message::Bundle(vec![0; 10]).encode(),
    );
}
