//! Bundles that must not go in: from an unpaired device, from this device, changed or cut
//! anywhere. Each is refused with the file's own error and changes nothing.

use super::tests::paired;
use crate::service::PeerRequest;
use crate::testing::{core, tell, Story};

#[test]
fn unpairing_forgets_the_key() {
    let (a, b, ab, ba) = paired();
    tell(&a, &Story::default());
    let bytes = a.bundle_for(PeerRequest { peer_id: ab }).unwrap();
    b.unpair(PeerRequest { peer_id: ba }).unwrap();
    let before = b.dump().unwrap();
    let error = b.receive_bundle(&bytes, &mut |_, _| {}).unwrap_err();
    assert_eq!(
        crate::testing::problem(Err::<(), _>(error)),
        ("file".into(), "bundle_not_paired")
    );
    assert_eq!(b.dump().unwrap(), before);
}

#[test]
fn a_bundle_is_refused_on_the_device_that_wrote_it() {
    let (a, _b, ab, _) = paired();
    let bytes = a.bundle_for(PeerRequest { peer_id: ab }).unwrap();
    let error = a.receive_bundle(&bytes, &mut |_, _| {}).unwrap_err();
    assert_eq!(
        crate::testing::problem(Err::<(), _>(error)),
        ("file".into(), "bundle_from_here")
    );
}

/// Sealed with the right key but holding changes that cannot be read (a paired device with a
/// bug, or a newer one): refused as a damaged bundle, not reported as damage to this device's
/// own data. Found by the `bundle` fuzz target (it was `storage`).
#[test]
fn a_sealed_bundle_whose_changes_cannot_be_read_is_refused_as_damaged() {
    use super::bundle::{open, seal, Body};
    let (a, b, ab, _) = paired();
    tell(&a, &Story::default());
    let key = b.lan_peers().unwrap()[0].key;
    let sealed = a.bundle_for(PeerRequest { peer_id: ab }).unwrap();
    let (genuine, sender) = (
        open(&key, &sealed).unwrap(),
        super::bundle::sender(&sealed).unwrap(),
    );
    let before = b.dump().unwrap();
    for updates in [
        vec![],
        vec![0x01, 0x99, 0xaa],
        genuine.updates[..genuine.updates.len() / 2].to_vec(),
    ] {
        let body = Body {
            updates,
            ..genuine.clone()
        };
        let error = b
            .receive_bundle(&seal(&key, sender, &body), &mut |_, _| {})
            .unwrap_err();
        assert_eq!(
            crate::testing::problem(Err::<(), _>(error)),
            ("file".into(), "bundle_damaged")
        );
        assert_eq!(b.dump().unwrap(), before);
    }
    // The genuine bundle still goes in afterwards.
    b.receive_bundle(&seal(&key, sender, &genuine), &mut |_, _| {})
        .unwrap();
}

mod flipped {
    use super::*;
    use proptest::prelude::*;
    use std::sync::LazyLock;

    /// One bundle and the receiver's dump before it, made once for all cases.
    static CASE: LazyLock<(Vec<u8>, i64)> = LazyLock::new(|| {
        let (a, _b, ab, _) = paired();
        tell(&a, &Story::default());
        (a.bundle_for(PeerRequest { peer_id: ab }).unwrap(), ab)
    });

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// A flipped bit or a cut anywhere: refused with the file's own error, nothing changed.
        #[test]
        fn a_changed_or_cut_bundle_changes_nothing(at in any::<prop::sample::Index>(), bit in 0u8..8, cut in any::<bool>()) {
            let (bytes, _) = &*CASE;
            let b = core();
            // Paired with a code nobody else has, and with the sender's: it must still refuse.
            b.start_pairing().unwrap();
            let before = b.dump().unwrap();
            let mut bad = bytes.clone();
            let i = at.index(bad.len());
            if cut { bad.truncate(i) } else { bad[i] ^= 1 << bit }
            let error = b.receive_bundle(&bad, &mut |_, _| {}).unwrap_err();
            let (field, code) = crate::testing::problem(Err::<(), _>(error));
            prop_assert_eq!(field, "file");
            prop_assert!(["not_a_bundle", "bundle_damaged", "bundle_not_paired", "bundle_too_new"].contains(&code), "{}", code);
            prop_assert_eq!(b.dump().unwrap(), before);
        }
    }
}
