//! Settings → Devices through the commands, as the UI calls them: the shapes the screen reads,
//! pairing by code, and refusals in the user's language.

mod common;

use common::Ui;
use serde_json::json;

#[test]
fn pairing_by_code_shows_the_other_device_as_waiting() {
    let (desktop, phone) = (Ui::new(), Ui::new());
    let offer = desktop.ok("start_pairing", json!({}));
    let code = offer["code"].as_str().unwrap();
    assert_eq!(code.split(' ').count(), 6, "{offer}");
    let rows = offer["qr"].as_array().unwrap();
    assert!(rows.len() >= 21 && rows.iter().all(|r| r.as_str().unwrap().len() == rows.len()));
    assert!(offer["peer"]["deviceId"].is_null());

    let peer = phone.ok(
        "enter_pairing_code",
        json!({"request": {"code": code.to_uppercase()}}),
    );
    assert!(peer["deviceId"].is_null() && peer["lastExchange"].is_null());
    assert_eq!(peer["brought"], json!({}));

    let status = phone.ok("sync_status", json!({}));
    assert_eq!(status["peers"].as_array().unwrap().len(), 1);
    assert_eq!(status["device"]["id"].as_str().unwrap().len(), 32);
    // Keys never reach the window.
    assert!(
        status["peers"][0].get("key").is_none() && status["peers"][0].get("theirVersion").is_none()
    );

    let renamed = phone.ok("rename_device", json!({"request": {"name": "  Telefon  "}}));
    assert_eq!(renamed["name"], "Telefon");

    phone.ok("unpair_device", json!({"request": {"peerId": peer["id"]}}));
    assert_eq!(phone.ok("sync_status", json!({}))["peers"], json!([]));
}

#[test]
fn a_wrong_code_is_refused_in_the_users_language() {
    let phone = Ui::new();
    let before = phone.dump();
    let error = phone.err(
        "enter_pairing_code",
        json!({"request": {"code": "ett to tre"}}),
    );
    assert_eq!(error["code"], "validation");
    assert_eq!(error["fields"][0]["field"], "code");
    assert_eq!(error["fields"][0]["code"], "pairing_code");
    // The mock app runs in Norwegian.
    assert!(
        error["fields"][0]["message"]
            .as_str()
            .unwrap()
            .contains("seks ord"),
        "{error}"
    );
    assert_eq!(phone.dump(), before);
}

/// Loopback only, no mDNS: nothing leaves this machine.
fn loopback() -> intervju_lan::Options {
    intervju_lan::Options {
        bind: "127.0.0.1:0".parse().unwrap(),
        mdns: false,
    }
}

/// Asks `ui` for its paired devices until `done` holds for them (30 s at most).
fn until(ui: &Ui, what: &str, done: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let status = ui.ok("sync_status", json!({}));
        if done(&status["peers"]) {
            return status["peers"].clone();
        }
        assert!(std::time::Instant::now() < deadline, "{what}: {status}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Two apps on this machine's loopback: the phone scans the desktop's QR code and the two meet by
/// themselves; then "Sync now" on either side brings what was saved on the other.
#[test]
fn a_scanned_code_pairs_over_the_network_and_sync_now_brings_changes() {
    let desktop = Ui::with_network(common::in_memory(), loopback());
    let phone = Ui::with_network(common::in_memory(), loopback());
    let offer = desktop.ok("start_pairing", json!({}));
    let address = offer["address"].as_str().unwrap();
    assert!(
        address.starts_with("intervju:pair?code=")
            && address.contains("&id=")
            && address.contains("&at=127.0.0.1:"),
        "{address}"
    );
    // Nobody met yet: nothing to sync with.
    assert_eq!(phone.ok("sync_now", json!({})), json!([]));

    let peer = phone.ok("enter_pairing_code", json!({"request": {"code": address}}));
    assert!(peer["deviceId"].is_null(), "the meeting follows the answer");
    let met = |peers: &serde_json::Value| {
        peers[0]["onNetwork"] == true && !peers[0]["deviceId"].is_null()
    };
    let on_phone = until(&phone, "the phone meets the desktop", met);
    until(&desktop, "the desktop meets the phone", met);
    assert_eq!(on_phone[0]["problem"], serde_json::Value::Null);

    let mut interview = json!({
        "company": "Equinor", "role": "Analytiker", "round": "first",
        "startLocal": "2026-12-07T10:00", "timeZone": "Europe/Oslo", "durationMinutes": 60,
    });
    phone.ok("create_interview", json!({"request": interview}));
    let reports = phone.ok("sync_now", json!({}));
    assert_eq!(reports.as_array().unwrap().len(), 1, "{reports}");
    assert_eq!(reports[0]["problem"], serde_json::Value::Null, "{reports}");
    let page = desktop.ok("list_interviews", json!({}));
    assert_eq!(page["items"][0]["company"], "Equinor", "{page}");

    // And back: the desktop's edit reaches the phone, and the phone hears what it brought.
    interview["role"] = json!("Senioranalytiker");
    let id = page["items"][0]["id"].clone();
    desktop.ok(
        "update_interview",
        json!({"request": {"id": id, "interview": interview}}),
    );
    let reports = desktop.ok("sync_now", json!({}));
    assert_eq!(reports[0]["problem"], serde_json::Value::Null, "{reports}");
    let on_phone = phone.ok("list_interviews", json!({}));
    assert_eq!(on_phone["items"][0]["role"], "Senioranalytiker");
    assert_eq!(on_phone, desktop.ok("list_interviews", json!({})));
}

#[test]
fn sync_now_without_the_network_says_so_and_changes_nothing() {
    let phone = Ui::new();
    let before = phone.dump();
    let error = phone.err("sync_now", json!({}));
    assert_eq!(error["fields"][0]["field"], "network", "{error}");
    assert_eq!(error["fields"][0]["code"], "network_off");
    assert!(
        error["fields"][0]["message"]
            .as_str()
            .unwrap()
            .contains("nettverket"),
        "{error}"
    );
    assert_eq!(phone.dump(), before);
}
