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
