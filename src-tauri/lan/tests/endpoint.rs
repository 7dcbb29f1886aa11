//! Two endpoints on loopback, as two devices on one network (mDNS off: the pairing is given
//! the address a QR code carries). A first meeting by code, a sync after an edit, a stranger
//! refused before it is read, and an unpairing that reaches the other side at its next contact.

use intervju_core::service::{parse, LanProblem};
use intervju_core::sync::pairing;
use intervju_core::{sync, Core, Environment, SystemClock};
use intervju_lan::{Lan, Options};
use serde_json::json;
use std::sync::Arc;

struct Device {
    core: Arc<Core>,
    dir: tempfile::TempDir,
}

fn device() -> Device {
    let dir = tempfile::tempdir().unwrap();
    let env = Environment {
        os_locale: "en".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    let core = Arc::new(Core::open(dir.path(), Arc::new(SystemClock), env).unwrap());
    Device { core, dir }
}

impl Device {
    fn interview(&self, company: &str) {
        let draft = parse(Some(json!({
            "company": company, "role": "Developer", "startLocal": "2026-12-10T10:00",
            "timeZone": "Europe/Oslo", "round": "first",
        })))
        .unwrap();
        self.core.create_interview(draft).unwrap();
    }

    fn dump(&self) -> String {
        let conn = rusqlite::Connection::open(self.dir.path().join("intervju.sqlite3")).unwrap();
        sync::dump(&conn).unwrap()
    }

    async fn lan(&self) -> Lan {
        let options = Options {
            bind: "127.0.0.1:0".parse().unwrap(),
            mdns: false,
        };
        Lan::start(self.core.clone(), options).await.unwrap()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paired_over_quic_they_sync_strangers_are_refused_and_unpairing_reaches_the_other() {
    let (a, b, c) = (device(), device(), device());
    a.interview("Equinor");
    b.interview("Vipps");
    let (lan_a, lan_b, lan_c) = (a.lan().await, b.lan().await, c.lan().await);
    assert!(lan_a.addrs().iter().all(|addr| addr.ip().is_loopback()));

    let offer = a.core.start_pairing().unwrap();
    b.core
        .enter_pairing_code(parse(Some(json!({ "code": offer.code }))).unwrap())
        .unwrap();
    let key = pairing::key_of(&offer.code).unwrap();
    let paired = lan_b.pair(key, Some(lan_a.addr())).await;
    let met = paired.outcome.expect("the first meeting goes through");
    assert_eq!(met.brought.get("interview"), Some(&1));
    assert_eq!(a.dump(), b.dump());

    // An edit on B reaches A with one sync.
    b.interview("Kahoot");
    let synced = lan_b.sync_all().await;
    assert_eq!(synced.len(), 1);
    assert!(synced[0].outcome.is_ok(), "{:?}", synced[0].outcome);
    assert!(a.dump().contains("Kahoot"));
    assert_eq!(a.dump(), b.dump());
    let a_peer = &a.core.sync_status().unwrap().peers[0];
    assert!(a_peer.on_network && a_peer.problem.is_none());

    // A stranger with a code of its own: A waits for no code now, so it is closed at once.
    let own = pairing::new_code();
    c.core
        .enter_pairing_code(parse(Some(json!({ "code": own }))).unwrap())
        .unwrap();
    let before = a.dump();
    let stranger = lan_c
        .pair(pairing::key_of(&own).unwrap(), Some(lan_a.addr()))
        .await;
    assert_eq!(stranger.outcome.unwrap_err(), LanProblem::Refused);
    assert_eq!(a.dump(), before);

    // A unpairs B: forgotten on A at once, on B at its next contact.
    a.core
        .unpair(parse(Some(json!({ "peerId": a_peer.id }))).unwrap())
        .unwrap();
    let synced = lan_b.sync_all().await;
    assert_eq!(
        synced[0].outcome.as_ref().unwrap_err(),
        &LanProblem::Refused
    );
    assert!(
        b.core.sync_status().unwrap().peers.is_empty(),
        "B forgot A too"
    );

    for lan in [lan_a, lan_b, lan_c] {
        lan.close().await;
    }
}
