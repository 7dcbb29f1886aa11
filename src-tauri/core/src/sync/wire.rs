//! What two devices say to each other over the local network, and the proofs of a first meeting.
//! No transport here: the network side reads a frame's header, asks `header` how long the payload
//! may be, reads that much and hands it to `decode`. Every byte from another device is judged by
//! this code, which tests and fuzzers reach without a network.
//!
//! A frame is a kind byte, the payload's length (u32, little-endian) and the payload. Each kind
//! has its own largest length, checked from the header before the payload is read.
//!
//! A session on one stream, the dialer first:
//! - first meeting only: `Pair` (the code's tag, a nonce) → `Challenge` (a nonce, the listener's
//!   proof) → `Proof` (the dialer's). A proof is an HMAC under the code's key of both nonces and
//!   both endpoint ids, which the transport's TLS has authenticated: a proof seen once is worth
//!   nothing in another session.
//! - then, and on every later meeting: `Hello` both ways (format, device, version), `Bundle` from
//!   the dialer, `Bundle` from the listener (each holds what the other's version lacks), `Ack`
//!   both ways (the version after taking the bundle in).

use super::bundle::Key;
use hkdf::Hkdf;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// The protocol's format. A peer saying a higher one runs a newer app.
pub const FORMAT: u8 = 1;
/// The QUIC application protocol this app speaks, and no other.
pub const ALPN: &[u8] = b"intervju/lan/1";
/// Kind byte and length.
pub const HEADER: usize = 5;
/// The largest bundle sent over the network (the file exchange takes up to 1 GiB).
pub const MAX_BUNDLE: u32 = 256 << 20;
/// A version vector: a few bytes per device that ever wrote.
const MAX_VERSION: u32 = 64 << 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Pair = 1,
    Challenge = 2,
    Proof = 3,
    Hello = 4,
    Bundle = 5,
    Ack = 6,
}

impl Kind {
    fn of(byte: u8) -> Option<Kind> {
        Some(match byte {
            1 => Kind::Pair,
            2 => Kind::Challenge,
            3 => Kind::Proof,
            4 => Kind::Hello,
            5 => Kind::Bundle,
            6 => Kind::Ack,
            _ => return None,
        })
    }

    /// The largest payload of this kind.
    fn limit(self) -> u32 {
        match self {
            Kind::Pair => 8 + 32,
            Kind::Challenge => 64,
            Kind::Proof => 32,
            Kind::Hello => 1 + 16 + MAX_VERSION,
            Kind::Bundle => MAX_BUNDLE,
            Kind::Ack => MAX_VERSION,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A first meeting: the tag of the code the dialer was given, and its nonce.
    Pair { tag: [u8; 8], nonce: [u8; 32] },
    /// The listener's nonce and its proof that it holds the code.
    Challenge { nonce: [u8; 32], proof: [u8; 32] },
    /// The dialer's proof.
    Proof { proof: [u8; 32] },
    /// Who is speaking (its sync device id) and what it has.
    Hello {
        format: u8,
        device: [u8; 16],
        version: Vec<u8>,
    },
    /// A sealed bundle (`sync::bundle`) of what the other side lacks.
    Bundle(Vec<u8>),
    /// What the sender has now, after taking in the other's bundle.
    Ack { version: Vec<u8> },
}

/// Why a peer's bytes are nonsense. The session ends at the first one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WireError {
    #[error("unknown message kind {0}")]
    UnknownKind(u8),
    #[error("{kind:?} of {length} bytes is over its limit")]
    TooLong { kind: Kind, length: u32 },
    #[error("{0:?} is malformed")]
    Malformed(Kind),
}

impl Message {
    pub fn kind(&self) -> Kind {
        match self {
            Message::Pair { .. } => Kind::Pair,
            Message::Challenge { .. } => Kind::Challenge,
            Message::Proof { .. } => Kind::Proof,
            Message::Hello { .. } => Kind::Hello,
            Message::Bundle(_) => Kind::Bundle,
            Message::Ack { .. } => Kind::Ack,
        }
    }

    /// The whole frame. Panics only on a payload over its kind's limit, which this app never
    /// makes (a bundle that large is refused where it is made).
    pub fn encode(&self) -> Vec<u8> {
        let mut payload = Vec::new();
        match self {
            Message::Pair { tag, nonce } => {
                payload.extend_from_slice(tag);
                payload.extend_from_slice(nonce);
            }
            Message::Challenge { nonce, proof } => {
                payload.extend_from_slice(nonce);
                payload.extend_from_slice(proof);
            }
            Message::Proof { proof } => payload.extend_from_slice(proof),
            Message::Hello {
                format,
                device,
                version,
            } => {
                payload.push(*format);
                payload.extend_from_slice(device);
                payload.extend_from_slice(version);
            }
            Message::Bundle(bytes) => payload.extend_from_slice(bytes),
            Message::Ack { version } => payload.extend_from_slice(version),
        }
        let length = u32::try_from(payload.len()).expect("a payload under 4 GiB");
        assert!(
            length <= self.kind().limit(),
            "{:?} over its limit",
            self.kind()
        );
        let mut frame = Vec::with_capacity(HEADER + payload.len());
        frame.push(self.kind() as u8);
        frame.extend_from_slice(&length.to_le_bytes());
        frame.extend_from_slice(&payload);
        frame
    }
}

/// A frame's kind and its payload's length, judged before the payload is read.
pub fn header(bytes: [u8; HEADER]) -> Result<(Kind, u32), WireError> {
    let kind = Kind::of(bytes[0]).ok_or(WireError::UnknownKind(bytes[0]))?;
    let length = u32::from_le_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]);
    if length > kind.limit() {
        return Err(WireError::TooLong { kind, length });
    }
    Ok((kind, length))
}

/// The message a payload of `kind` holds.
pub fn decode(kind: Kind, payload: &[u8]) -> Result<Message, WireError> {
    let malformed = || WireError::Malformed(kind);
    if payload.len() as u64 > kind.limit() as u64 {
        return Err(WireError::TooLong {
            kind,
            length: u32::try_from(payload.len()).unwrap_or(u32::MAX),
        });
    }
    let array32 = |bytes: &[u8]| <[u8; 32]>::try_from(bytes).map_err(|_| malformed());
    Ok(match kind {
        Kind::Pair => {
            if payload.len() != 40 {
                return Err(malformed());
            }
            Message::Pair {
                tag: payload[..8].try_into().map_err(|_| malformed())?,
                nonce: array32(&payload[8..])?,
            }
        }
        Kind::Challenge => {
            if payload.len() != 64 {
                return Err(malformed());
            }
            Message::Challenge {
                nonce: array32(&payload[..32])?,
                proof: array32(&payload[32..])?,
            }
        }
        Kind::Proof => Message::Proof {
            proof: array32(payload)?,
        },
        Kind::Hello => {
            if payload.len() < 17 {
                return Err(malformed());
            }
            Message::Hello {
                format: payload[0],
                device: payload[1..17].try_into().map_err(|_| malformed())?,
                version: payload[17..].to_vec(),
            }
        }
        Kind::Bundle => Message::Bundle(payload.to_vec()),
        Kind::Ack => Message::Ack {
            version: payload.to_vec(),
        },
    })
}

/// The tag a listener waiting for a first meeting advertises on the network, and a dialer looks
/// for: it finds the right device without giving the code away (8 bytes of an HKDF of the key).
pub fn tag(key: &Key) -> [u8; 8] {
    let mut tag = [0u8; 8];
    Hkdf::<Sha256>::new(Some(b"intervju lan v1"), key)
        .expand(b"pairing tag", &mut tag)
        .expect("8 bytes is a valid length");
    tag
}

/// Which side of a first meeting proves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Dialer,
    Listener,
}

/// The ids and nonces a first meeting's proofs cover.
#[derive(Debug, Clone, Copy)]
pub struct Meeting {
    pub dialer: [u8; 32],
    pub listener: [u8; 32],
    pub dialer_nonce: [u8; 32],
    pub listener_nonce: [u8; 32],
}

fn mac(key: &Key, role: Role, meeting: &Meeting) -> Hmac<Sha256> {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC takes any key");
    mac.update(b"intervju lan v1 proof");
    mac.update(&[match role {
        Role::Dialer => b'D',
        Role::Listener => b'L',
    }]);
    for part in [
        &meeting.dialer,
        &meeting.listener,
        &meeting.dialer_nonce,
        &meeting.listener_nonce,
    ] {
        mac.update(part);
    }
    mac
}

/// `role`'s proof that it holds `key`, for this meeting only.
pub fn proof(key: &Key, role: Role, meeting: &Meeting) -> [u8; 32] {
    mac(key, role, meeting).finalize().into_bytes().into()
}

/// Whether `proof` is `role`'s proof of `key` for this meeting (compared in constant time).
pub fn verify(key: &Key, role: Role, meeting: &Meeting, proof: &[u8; 32]) -> bool {
    mac(key, role, meeting).verify_slice(proof).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn any_message() -> impl Strategy<Value = Message> {
        let bytes = |n: usize| proptest::collection::vec(any::<u8>(), 0..n);
        prop_oneof![
            (any::<[u8; 8]>(), any::<[u8; 32]>())
                .prop_map(|(tag, nonce)| Message::Pair { tag, nonce }),
            (any::<[u8; 32]>(), any::<[u8; 32]>())
                .prop_map(|(nonce, proof)| Message::Challenge { nonce, proof }),
            any::<[u8; 32]>().prop_map(|proof| Message::Proof { proof }),
            (any::<u8>(), any::<[u8; 16]>(), bytes(300)).prop_map(|(format, device, version)| {
                Message::Hello {
                    format,
                    device,
                    version,
                }
            }),
            bytes(2000).prop_map(Message::Bundle),
            bytes(300).prop_map(|version| Message::Ack { version }),
        ]
    }

    proptest! {
        #[test]
        fn every_message_reads_back_as_itself(message in any_message()) {
            let frame = message.encode();
            let (kind, length) = header(frame[..HEADER].try_into().unwrap()).unwrap();
            prop_assert_eq!(length as usize, frame.len() - HEADER);
            prop_assert_eq!(decode(kind, &frame[HEADER..]).unwrap(), message);
        }

        #[test]
        fn any_bytes_are_judged_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            if bytes.len() >= HEADER {
                if let Ok((kind, length)) = header(bytes[..HEADER].try_into().unwrap()) {
                    let end = (HEADER + length as usize).min(bytes.len());
                    let _ = decode(kind, &bytes[HEADER..end]);
                }
            }
        }
    }

    #[test]
    fn a_header_over_its_kinds_limit_is_refused_before_the_payload() {
        let mut frame = [Kind::Proof as u8, 0, 0, 0, 0];
        frame[1..].copy_from_slice(&33u32.to_le_bytes());
        assert_eq!(
            header(frame),
            Err(WireError::TooLong {
                kind: Kind::Proof,
                length: 33
            })
        );
        frame[1..].copy_from_slice(&(MAX_BUNDLE + 1).to_le_bytes());
        frame[0] = Kind::Bundle as u8;
        assert!(matches!(header(frame), Err(WireError::TooLong { .. })));
        assert_eq!(header([0, 0, 0, 0, 0]), Err(WireError::UnknownKind(0)));
        assert_eq!(header([7, 0, 0, 0, 0]), Err(WireError::UnknownKind(7)));
    }

    #[test]
    fn short_fixed_messages_are_malformed() {
        assert_eq!(
            decode(Kind::Pair, &[0; 39]),
            Err(WireError::Malformed(Kind::Pair))
        );
        assert_eq!(
            decode(Kind::Hello, &[1; 16]),
            Err(WireError::Malformed(Kind::Hello))
        );
        assert_eq!(
            decode(Kind::Proof, &[0; 31]),
            Err(WireError::Malformed(Kind::Proof))
        );
    }

    #[test]
    fn a_proof_holds_for_its_key_role_and_meeting_only() {
        let key = [7u8; 32];
        let meeting = Meeting {
            dialer: [1; 32],
            listener: [2; 32],
            dialer_nonce: [3; 32],
            listener_nonce: [4; 32],
        };
        let made = proof(&key, Role::Listener, &meeting);
        assert!(verify(&key, Role::Listener, &meeting, &made));
        assert!(!verify(&[8u8; 32], Role::Listener, &meeting, &made));
        assert!(!verify(&key, Role::Dialer, &meeting, &made));
        let replayed = Meeting {
            listener_nonce: [5; 32],
            ..meeting
        };
        assert!(!verify(&key, Role::Listener, &replayed, &made));
        let other_dialer = Meeting {
            dialer: [9; 32],
            ..meeting
        };
        assert!(!verify(&key, Role::Listener, &other_dialer, &made));
        assert_ne!(tag(&key), tag(&[8u8; 32]));
    }
}
