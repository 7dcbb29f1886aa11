//! A bundle: what one device sends another, sealed. Compressed, then encrypted and authenticated
//! with XChaCha20-Poly1305 under the key only the two paired devices hold; the header (format,
//! sender) is authenticated too. Anything cut, flipped or sealed with another key is refused
//! before a byte of it is read as data.
//!
//! Layout: `INTERVJU-SYNC` magic, format byte, the sender's 16-byte device id, a 24-byte random
//! nonce, then the sealed body. The body: the sender's name, the sender's document version
//! (what it has, so the answer can hold just what it lacks), and the document updates.

use crate::error::{Error, Problem};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use std::io::{Read, Write};

const MAGIC: &[u8; 13] = b"INTERVJU-SYNC";
pub const FORMAT: u8 = 1;
const HEADER: usize = MAGIC.len() + 1 + 16 + 24;
/// The largest body a bundle may open to: years of text are far below it, a decompression bomb
/// is stopped at it.
const MAX_BODY: u64 = 1 << 30;
/// The largest bundle file read at all.
pub const MAX_FILE: u64 = 1 << 30;

pub type Key = [u8; 32];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    pub sender_name: String,
    pub version: Vec<u8>,
    pub updates: Vec<u8>,
}

/// Why a bundle was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Not a bundle of this app at all.
    NotABundle,
    /// Made by a newer version of the app.
    TooNew,
    /// Cut short, changed, or sealed with a key that is not the one paired with its sender.
    Damaged,
}

/// A refusal as the user is told it: about the file (or the network's bundle) given.
impl From<Refused> for Error {
    fn from(why: Refused) -> Error {
        Error::field(
            "file",
            match why {
                Refused::NotABundle => Problem::NotABundle,
                Refused::TooNew => Problem::BundleTooNew,
                Refused::Damaged => Problem::BundleDamaged,
            },
        )
    }
}

/// The sender's device id, read from a header that has not been checked yet: it only says
/// which key to try.
pub fn sender(bytes: &[u8]) -> Result<[u8; 16], Refused> {
    if bytes.len() < MAGIC.len() + 1 || &bytes[..MAGIC.len()] != MAGIC {
        return Err(Refused::NotABundle);
    }
    if bytes[MAGIC.len()] > FORMAT {
        return Err(Refused::TooNew);
    }
    if bytes.len() < HEADER + 16 {
        return Err(Refused::Damaged);
    }
    let mut id = [0u8; 16];
    id.copy_from_slice(&bytes[MAGIC.len() + 1..MAGIC.len() + 17]);
    Ok(id)
}

pub fn seal(key: &Key, sender: [u8; 16], body: &Body) -> Vec<u8> {
    let mut plain = Vec::new();
    {
        let mut deflate = DeflateEncoder::new(&mut plain, flate2::Compression::fast());
        for field in [body.sender_name.as_bytes(), &body.version, &body.updates] {
            // Writes into memory cannot fail.
            deflate
                .write_all(&(field.len() as u64).to_le_bytes())
                .expect("memory write");
            deflate.write_all(field).expect("memory write");
        }
        deflate.finish().expect("memory write");
    }
    let mut nonce = [0u8; 24];
    getrandom::fill(&mut nonce).expect("the OS gives random bytes");
    let mut out = Vec::with_capacity(HEADER + plain.len() + 16);
    out.extend_from_slice(MAGIC);
    out.push(FORMAT);
    out.extend_from_slice(&sender);
    out.extend_from_slice(&nonce);
    let sealed = XChaCha20Poly1305::new(key.into())
        .encrypt(
            &XNonce::from(nonce),
            Payload {
                msg: &plain,
                aad: &out[..HEADER],
            },
        )
        .expect("sealing in memory does not fail");
    out.extend_from_slice(&sealed);
    out
}

/// Opens a bundle with `key`: its body, or why not.
pub fn open(key: &Key, bytes: &[u8]) -> Result<Body, Refused> {
    sender(bytes)?;
    let (header, sealed) = bytes.split_at(HEADER);
    let nonce = XNonce::try_from(&header[MAGIC.len() + 17..]).map_err(|_| Refused::Damaged)?;
    let plain = XChaCha20Poly1305::new(key.into())
        .decrypt(
            &nonce,
            Payload {
                msg: sealed,
                aad: header,
            },
        )
        .map_err(|_| Refused::Damaged)?;
    let mut inflated = Vec::new();
    DeflateDecoder::new(plain.as_slice())
        .take(MAX_BODY + 1)
        .read_to_end(&mut inflated)
        .map_err(|_| Refused::Damaged)?;
    if inflated.len() as u64 > MAX_BODY {
        return Err(Refused::Damaged);
    }
    let mut rest = inflated.as_slice();
    let mut field = || -> Result<Vec<u8>, Refused> {
        if rest.len() < 8 {
            return Err(Refused::Damaged);
        }
        let (len, tail) = rest.split_at(8);
        let len = u64::from_le_bytes(len.try_into().expect("8 bytes"));
        if len > tail.len() as u64 {
            return Err(Refused::Damaged);
        }
        let (value, tail) = tail.split_at(len as usize);
        rest = tail;
        Ok(value.to_vec())
    };
    let name = String::from_utf8(field()?).map_err(|_| Refused::Damaged)?;
    let version = field()?;
    let updates = field()?;
    if !rest.is_empty() {
        return Err(Refused::Damaged);
    }
    Ok(Body {
        sender_name: name,
        version,
        updates,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn body() -> Body {
        Body {
            sender_name: "Telefon".into(),
            version: vec![1, 2, 3],
            updates: b"some updates".repeat(50),
        }
    }

    #[test]
    fn a_sealed_bundle_opens_with_its_key_only() {
        let sealed = seal(&[7; 32], [1; 16], &body());
        assert_eq!(open(&[7; 32], &sealed), Ok(body()));
        assert_eq!(sender(&sealed), Ok([1; 16]));
        assert_eq!(open(&[8; 32], &sealed), Err(Refused::Damaged));
    }

    #[test]
    fn the_same_body_sealed_twice_differs() {
        // A fresh nonce each time: two bundles never share a keystream.
        assert_ne!(
            seal(&[7; 32], [1; 16], &body()),
            seal(&[7; 32], [1; 16], &body())
        );
    }

    #[test]
    fn other_files_and_newer_formats_are_told_apart() {
        assert_eq!(open(&[7; 32], b"BEGIN:VCALENDAR"), Err(Refused::NotABundle));
        let mut newer = seal(&[7; 32], [1; 16], &body());
        newer[MAGIC.len()] = FORMAT + 1;
        assert_eq!(open(&[7; 32], &newer), Err(Refused::TooNew));
    }

    proptest! {
        /// Any flipped byte or cut is refused: nothing of a changed bundle is ever read.
        #[test]
        fn any_flip_or_cut_is_refused(at in any::<prop::sample::Index>(), bit in 0u8..8, cut in any::<prop::sample::Index>()) {
            let sealed = seal(&[7; 32], [1; 16], &body());
            let mut flipped = sealed.clone();
            let i = at.index(sealed.len());
            flipped[i] ^= 1 << bit;
            prop_assert!(open(&[7; 32], &flipped).is_err());
            let cut = cut.index(sealed.len());
            prop_assert!(open(&[7; 32], &sealed[..cut]).is_err());
        }
    }
}
