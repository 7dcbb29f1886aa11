//! Pairing and the paired devices. One device shows a one-time code of six words (and the same
//! code as a QR code); the other types or scans it. Both derive the same key from it (HKDF-SHA256),
//! and each keeps it as a peer whose device is learnt from the first bundle that opens with it.
//! Six words from a list of 2,048 are 66 bits: a stolen bundle cannot be opened by guessing.
//! Unpairing forgets the key: nothing sealed with it opens here again.

use super::bundle::Key;
use super::engine::Brought;
use crate::error::{Error, Problem, Result};
use chrono::{DateTime, Utc};
use hkdf::Hkdf;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::Sha256;

pub const CODE_WORDS: usize = 6;

/// Why a sync over the network did not happen or did not finish, in the words the Devices
/// screen shows (`lan-problem-…` in the translations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::EnumIter)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum LanProblem {
    /// Not seen on this network.
    NotFound,
    /// It runs a newer format: this app needs an update.
    PeerNewer,
    /// It runs an older format: the other app needs an update.
    PeerOlder,
    /// It refused this device (unpaired there, or the code did not match).
    Refused,
    /// The connection broke off; the next sync sends what is still missing.
    Cut,
    /// It sent something this app does not understand.
    Nonsense,
    /// This device could not store what came.
    Storage,
}

impl LanProblem {
    pub fn of(text: &str) -> Option<LanProblem> {
        use strum::IntoEnumIterator;
        LanProblem::iter().find(|p| <&str>::from(*p) == text)
    }
}

/// This device as its peers know it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Device {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Peer {
    pub id: i64,
    /// `None` until the first bundle from the device that was given the code.
    pub device_id: Option<String>,
    pub name: String,
    pub paired_at: DateTime<Utc>,
    pub last_exchange: Option<DateTime<Utc>>,
    /// What the last bundle from it changed here, per kind of record.
    pub brought: Brought,
    #[serde(skip)]
    pub key: Key,
    /// The peer's document version as its last bundle said; what it lacks is sent from here.
    #[serde(skip)]
    pub their_version: Option<Vec<u8>>,
    /// Whether the two have met on the local network (and sync there by themselves).
    pub on_network: bool,
    /// Why the last sync over the network failed; `None` when it went well or never ran.
    pub problem: Option<LanProblem>,
}

/// A fresh pairing code: six words.
pub fn new_code() -> String {
    let words = bip39::Language::English.word_list();
    let mut bytes = [0u8; CODE_WORDS * 2];
    getrandom::fill(&mut bytes).expect("the OS gives random bytes");
    bytes
        .chunks(2)
        .map(|pair| words[(u16::from_le_bytes([pair[0], pair[1]]) % 2048) as usize])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where the device showing a code can be reached on the local network: its endpoint id and
/// addresses, carried by the QR code beside the code (a typed code is found by mDNS instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    pub endpoint: [u8; 32],
    pub addrs: Vec<std::net::SocketAddr>,
}

/// A QR code carries at most this many addresses (a desktop with docker and VPN interfaces has
/// many; the first ones are its real network's).
pub const MAX_REACH_ADDRS: usize = 6;

/// What a code, typed or scanned, holds: the key, and where its device is when a QR code says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub key: Key,
    pub reach: Option<Reach>,
}

const ADDRESS: &str = "intervju:pair?";

/// Reads a code as a person types it: any case, words separated by spaces, dashes or commas —
/// or the `intervju:pair?code=…&id=…&at=…` address a QR code holds. A QR code's reach that does
/// not read is ignored (the code alone still pairs, by mDNS); its code must read.
pub fn invitation(text: &str) -> Result<Invitation> {
    let text = text.trim();
    let (code, reach) = match text.strip_prefix(ADDRESS) {
        Some(query) => {
            let field = |name: &str| {
                query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
            };
            let reach = field("id").and_then(|id| {
                let endpoint = hex_bytes(id)?;
                let addrs = field("at")
                    .unwrap_or("")
                    .split(',')
                    .filter_map(|a| a.parse().ok())
                    .take(MAX_REACH_ADDRS)
                    .collect();
                Some(Reach { endpoint, addrs })
            });
            (field("code").unwrap_or(""), reach)
        }
        None => (text, None),
    };
    Ok(Invitation {
        key: words_key(code)?,
        reach,
    })
}

/// The key a code stands for (see `invitation`).
pub fn key_of(code: &str) -> Result<Key> {
    invitation(code).map(|i| i.key)
}

fn words_key(code: &str) -> Result<Key> {
    let code = code.to_lowercase();
    let words: Vec<&str> = code
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',' || c == '+')
        .filter(|w| !w.is_empty())
        .collect();
    let known = words
        .iter()
        .all(|w| bip39::Language::English.find_word(w).is_some());
    if words.len() != CODE_WORDS || !known {
        return Err(Error::field("code", Problem::PairingCode));
    }
    let hkdf = Hkdf::<Sha256>::new(Some(b"intervju pairing v1"), words.join(" ").as_bytes());
    let mut key = [0u8; 32];
    hkdf.expand(b"bundle key", &mut key)
        .expect("32 bytes is a valid length");
    Ok(key)
}

/// What a QR code of the code holds: the code, and where this device is when it is reachable.
pub fn code_address(code: &str, reach: Option<&Reach>) -> String {
    let mut address = format!("{ADDRESS}code={}", code.replace(' ', "-"));
    if let Some(reach) = reach {
        let at: Vec<String> = reach
            .addrs
            .iter()
            .take(MAX_REACH_ADDRS)
            .map(|a| a.to_string())
            .collect();
        address.push_str(&format!("&id={}&at={}", hex(&reach.endpoint), at.join(",")));
    }
    address
}

/// The QR code of `text`, as rows of dark (`1`) and light (`0`) modules.
pub fn qr_rows(text: &str) -> Vec<String> {
    let code = qrcode::QrCode::new(text.as_bytes()).expect("a short address fits a QR code");
    let width = code.width();
    code.to_colors()
        .chunks(width)
        .map(|row| {
            row.iter()
                .map(|c| match c {
                    qrcode::Color::Dark => '1',
                    qrcode::Color::Light => '0',
                })
                .collect()
        })
        .collect()
}

pub fn device(conn: &Connection) -> Result<Device> {
    Ok(conn.query_row(
        "SELECT device_id, name FROM sync_device WHERE id = 1",
        [],
        |r| {
            Ok(Device {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        },
    )?)
}

pub fn device_bytes(device: &Device) -> Result<[u8; 16]> {
    hex16(&device.id).ok_or_else(|| Error::stored("device id", &device.id))
}

pub fn hex16(text: &str) -> Option<[u8; 16]> {
    hex_bytes(text)
}

/// `N` bytes written as `2N` hex digits, or `None`.
fn hex_bytes<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != N * 2 {
        return None;
    }
    let mut out = [0u8; N];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn rename_device(conn: &Connection, name: &str) -> Result<Device> {
    conn.execute("UPDATE sync_device SET name = ?1 WHERE id = 1", [name])?;
    device(conn)
}

/// Keeps the key of a code as a peer still to be met. The same code twice is one peer.
pub fn add_pending(conn: &Connection, key: &Key, now: DateTime<Utc>) -> Result<i64> {
    conn.execute(
        "INSERT INTO sync_peer (key, paired_at) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
        params![key.as_slice(), now.timestamp()],
    )?;
    Ok(conn.query_row(
        "SELECT id FROM sync_peer WHERE key = ?1",
        [key.as_slice()],
        |r| r.get(0),
    )?)
}

const PEER: &str = "SELECT id, device_id, name, paired_at, last_exchange, brought, key, \
                    their_version, endpoint_id IS NOT NULL, lan_problem FROM sync_peer";

fn peer_row(r: &rusqlite::Row) -> rusqlite::Result<Result<Peer>> {
    let brought: String = r.get(5)?;
    let key: Vec<u8> = r.get(6)?;
    let instant = |seconds: i64| DateTime::from_timestamp(seconds, 0);
    Ok((|| {
        Ok(Peer {
            id: r.get(0)?,
            device_id: r.get(1)?,
            name: r.get(2)?,
            paired_at: instant(r.get(3)?).ok_or_else(|| Error::stored("paired at", ""))?,
            last_exchange: r
                .get::<_, Option<i64>>(4)?
                .map(|s| instant(s).ok_or_else(|| Error::stored("last exchange", s)))
                .transpose()?,
            brought: serde_json::from_str(&brought)
                .map_err(|e| Error::stored("what a sync brought", e))?,
            key: key
                .try_into()
                .map_err(|_| Error::stored("peer key", "length"))?,
            their_version: r.get(7)?,
            on_network: r.get(8)?,
            problem: r
                .get::<_, Option<String>>(9)?
                .map(|t| LanProblem::of(&t).ok_or_else(|| Error::stored("network problem", t)))
                .transpose()?,
        })
    })())
}

pub fn peers(conn: &Connection) -> Result<Vec<Peer>> {
    conn.prepare(&format!("{PEER} ORDER BY id"))?
        .query_map([], peer_row)?
        .map(|row| row?)
        .collect()
}

pub fn peer(conn: &Connection, id: i64) -> Result<Peer> {
    conn.query_row(&format!("{PEER} WHERE id = ?1"), [id], peer_row)
        .optional()?
        .ok_or_else(|| Error::field("peerId", Problem::UnknownItem))?
}

pub fn unpair(conn: &Connection, id: i64) -> Result<()> {
    match conn.execute("DELETE FROM sync_peer WHERE id = ?1", [id])? {
        0 => Err(Error::field("peerId", Problem::UnknownItem)),
        _ => Ok(()),
    }
}

/// Records a bundle taken from a peer: who it is (learnt on the first one), what it has, what it
/// brought.
pub fn record_exchange(
    conn: &Connection,
    id: i64,
    device_id: &str,
    name: &str,
    their_version: &[u8],
    brought: &Brought,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "UPDATE sync_peer SET device_id = ?2, name = ?3, their_version = ?4, brought = ?5,
                last_exchange = ?6 WHERE id = ?1",
        params![
            id,
            device_id,
            name,
            their_version,
            serde_json::to_string(brought).expect("a map of counts serialises"),
            now.timestamp()
        ],
    )?;
    Ok(())
}

/// Records that a bundle was written for a peer.
pub fn record_sent(conn: &Connection, id: i64, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE sync_peer SET last_exchange = ?2 WHERE id = ?1",
        params![id, now.timestamp()],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_gives_the_same_key_however_it_is_typed() {
        let code = new_code();
        assert_eq!(code.split(' ').count(), CODE_WORDS);
        let key = key_of(&code).unwrap();
        assert_eq!(key_of(&code.to_uppercase()).unwrap(), key);
        assert_eq!(
            key_of(&format!("  {}  ", code.replace(' ', "-"))).unwrap(),
            key
        );
        assert_eq!(key_of(&code_address(&code, None)).unwrap(), key);
        assert_ne!(key_of(&new_code()).unwrap(), key);
    }

    #[test]
    fn a_wrong_code_is_refused_by_field() {
        for bad in [
            "",
            "abandon ability able",
            "abandon ability able about above absent absorb",
            "abandon ability able about above notaword",
        ] {
            let error = key_of(bad).unwrap_err();
            assert!(
                matches!(&error, Error::Validation(f) if f[0].problem == Problem::PairingCode),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_qr_code_carries_where_its_device_is() {
        let code = new_code();
        let reach = Reach {
            endpoint: [7; 32],
            addrs: vec![
                "192.168.1.20:41234".parse().unwrap(),
                "[fe80::1%2]:41234".parse().unwrap(),
            ],
        };
        let read = invitation(&code_address(&code, Some(&reach))).unwrap();
        assert_eq!(read.key, key_of(&code).unwrap());
        assert_eq!(read.reach, Some(reach));
        assert_eq!(invitation(&code).unwrap().reach, None);
        // A reach that does not read is left out; the code still pairs.
        let torn = format!("{}&id=zz&at=nowhere", code_address(&code, None));
        assert_eq!(invitation(&torn).unwrap().reach, None);
        let no_addrs = format!("{}&id={}", code_address(&code, None), "ab".repeat(32));
        assert_eq!(invitation(&no_addrs).unwrap().reach.unwrap().addrs, vec![]);
        // The code itself must read.
        assert!(invitation(&format!("intervju:pair?id={}", "ab".repeat(32))).is_err());
    }

    /// The Devices screen says each problem in words, in every language.
    #[test]
    fn every_network_problem_has_words() {
        use strum::IntoEnumIterator;
        for problem in LanProblem::iter() {
            let code: &str = problem.into();
            assert_eq!(LanProblem::of(code), Some(problem));
            let id = format!("lan-problem-{}", code.replace('_', "-"));
            for locale in crate::Locale::ALL {
                assert_ne!(crate::i18n::text(locale, &id, None), id, "{locale:?}");
            }
        }
    }

    #[test]
    fn a_qr_code_is_square() {
        let rows = qr_rows(&code_address(&new_code(), None));
        assert!(rows.len() >= 21);
        assert!(rows.iter().all(|r| r.len() == rows.len()));
    }
}
