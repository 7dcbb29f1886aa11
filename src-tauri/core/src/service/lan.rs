//! What sync over the local network asks of the store: this device's network key, whom to let in,
//! the two halves of a meeting (a hello and a bundle for the version the other side said it has),
//! and what the last meeting with each peer came to. The network itself lives in the shell's LAN
//! crate, which calls these on the blocking pool.

use super::Core;
use crate::error::{Error, Problem, Result};
use crate::sync::bundle::{self, Key};
use crate::sync::pairing::{self, LanProblem};
use crate::sync::wire;
use loro::VersionVector;
use rusqlite::params;

/// A paired device as the network side sees it.
#[derive(Debug, Clone)]
pub struct LanPeer {
    pub peer_id: i64,
    /// Known once the two have met on the network.
    pub endpoint: Option<[u8; 32]>,
    pub device: Option<[u8; 16]>,
    pub key: Key,
}

impl LanPeer {
    /// The tag a first meeting with this peer is found by.
    pub fn tag(&self) -> [u8; 8] {
        wire::tag(&self.key)
    }
}

impl Core {
    /// This device's network key: made once, kept with the database.
    pub fn lan_secret(&self) -> Result<[u8; 32]> {
        if let Some(secret) = stored_secret(&self.read())? {
            return Ok(secret);
        }
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret).expect("the OS gives random bytes");
        let conn = self.write()?;
        // Two first uses at once keep the first one's key.
        conn.execute(
            "UPDATE sync_device SET endpoint_secret = ?1 WHERE id = 1 AND endpoint_secret IS NULL",
            [secret.as_slice()],
        )?;
        stored_secret(&conn)?.ok_or_else(|| Error::stored("endpoint secret", "missing"))
    }

    /// Every paired device, met on the network or still to be met.
    pub fn lan_peers(&self) -> Result<Vec<LanPeer>> {
        let conn = self.read();
        let mut statement =
            conn.prepare("SELECT id, endpoint_id, device_id, key FROM sync_peer ORDER BY id")?;
        let rows = statement.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Option<Vec<u8>>>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Vec<u8>>(3)?,
            ))
        })?;
        rows.map(|row| {
            let (peer_id, endpoint, device, key) = row?;
            Ok(LanPeer {
                peer_id,
                endpoint: endpoint
                    .map(|e| e.try_into())
                    .transpose()
                    .map_err(|_| Error::stored("endpoint id", "length"))?,
                device: device
                    .map(|d| pairing::hex16(&d).ok_or_else(|| Error::stored("device id", d)))
                    .transpose()?,
                key: key
                    .try_into()
                    .map_err(|_| Error::stored("peer key", "length"))?,
            })
        })
        .collect()
    }

    /// The paired device with this endpoint id, if any.
    pub fn lan_peer_by_endpoint(&self, endpoint: &[u8; 32]) -> Result<Option<LanPeer>> {
        Ok(self
            .lan_peers()?
            .into_iter()
            .find(|p| p.endpoint.as_ref() == Some(endpoint)))
    }

    /// The pairing of the code whose key this is, if any.
    pub fn lan_peer_by_key(&self, key: &Key) -> Result<Option<LanPeer>> {
        Ok(self.lan_peers()?.into_iter().find(|p| p.key == *key))
    }

    /// Codes waiting for their first meeting on the network.
    pub fn lan_waiting(&self) -> Result<Vec<LanPeer>> {
        Ok(self
            .lan_peers()?
            .into_iter()
            .filter(|p| p.endpoint.is_none())
            .collect())
    }

    /// Both sides proved the code: from now on this endpoint is that peer.
    pub fn lan_met(&self, peer_id: i64, endpoint: &[u8; 32]) -> Result<()> {
        let mut conn = self.write()?;
        let tx = conn.transaction()?;
        // The same device paired again with a new code: the new pairing takes its endpoint.
        tx.execute(
            "UPDATE sync_peer SET endpoint_id = NULL WHERE endpoint_id = ?1 AND id <> ?2",
            params![endpoint.as_slice(), peer_id],
        )?;
        tx.execute(
            "DELETE FROM lan_unpaired WHERE endpoint_id = ?1",
            [endpoint.as_slice()],
        )?;
        if tx.execute(
            "UPDATE sync_peer SET endpoint_id = ?2 WHERE id = ?1",
            params![peer_id, endpoint.as_slice()],
        )? == 0
        {
            return Err(Error::field("peerId", Problem::UnknownItem));
        }
        tx.commit()?;
        Ok(())
    }

    /// Whether this endpoint was unpaired here and has not been told yet; telling it forgets it.
    pub fn lan_take_unpaired(&self, endpoint: &[u8; 32]) -> Result<bool> {
        Ok(self.write()?.execute(
            "DELETE FROM lan_unpaired WHERE endpoint_id = ?1",
            [endpoint.as_slice()],
        )? > 0)
    }

    /// The other side said it unpaired this device: forget it here too.
    pub fn lan_forget(&self, peer_id: i64) -> Result<()> {
        pairing::unpair(&*self.write()?, peer_id)
    }

    /// What this device says first: its device id and what it has (saves folded in first).
    pub fn lan_hello(&self) -> Result<wire::Message> {
        let device = pairing::device_bytes(&pairing::device(&self.read())?)?;
        let mut slot = self.engine()?;
        self.flush_with(&mut slot)?;
        let version = self.loaded(&mut slot)?.version().encode();
        Ok(wire::Message::Hello {
            format: wire::FORMAT,
            device,
            version,
        })
    }

    /// A sealed bundle of what `peer` lacks by the version it just said it has.
    pub fn lan_bundle(&self, peer_id: i64, their_version: &[u8]) -> Result<Vec<u8>> {
        let from = VersionVector::decode(their_version)
            .map_err(|_| Error::field("version", Problem::BundleDamaged))?;
        let sealed = self.bundle_since(peer_id, &from)?;
        if sealed.len() > wire::MAX_BUNDLE as usize {
            // Years of interviews are far below it; the file exchange carries up to 1 GiB.
            tracing::error!(
                bytes = sealed.len(),
                "a bundle is too large for the network"
            );
            return Err(Error::field("peerId", Problem::BundleDamaged));
        }
        Ok(sealed)
    }

    /// What the peer has after taking in this device's bundle: the next bundle starts there.
    pub fn lan_acknowledged(&self, peer_id: i64, version: &[u8]) -> Result<()> {
        VersionVector::decode(version)
            .map_err(|_| Error::field("version", Problem::BundleDamaged))?;
        self.write()?.execute(
            "UPDATE sync_peer SET their_version = ?2 WHERE id = ?1",
            params![peer_id, version],
        )?;
        Ok(())
    }

    /// Keeps how the last sync with a peer went (`None`: it went well), for the Devices screen.
    pub fn lan_outcome(&self, peer_id: i64, problem: Option<LanProblem>) -> Result<()> {
        self.write()?.execute(
            "UPDATE sync_peer SET lan_problem = ?2 WHERE id = ?1",
            params![peer_id, problem.map(<&str>::from)],
        )?;
        Ok(())
    }

    /// Seals what `peer` lacks from `from` (the file exchange's bundle too).
    pub(super) fn bundle_since(&self, peer_id: i64, from: &VersionVector) -> Result<Vec<u8>> {
        let peer = pairing::peer(&self.read(), peer_id)?;
        let device = pairing::device(&self.read())?;
        let mut slot = self.engine()?;
        self.flush_with(&mut slot)?;
        let engine = self.loaded(&mut slot)?;
        let body = bundle::Body {
            sender_name: device.name.clone(),
            version: engine.version().encode(),
            updates: engine.updates_since(from)?,
        };
        drop(slot);
        let sealed = bundle::seal(&peer.key, pairing::device_bytes(&device)?, &body);
        pairing::record_sent(&*self.write()?, peer.id, self.clock.now())?;
        Ok(sealed)
    }
}

/// This device's network key, if one was made.
fn stored_secret(conn: &rusqlite::Connection) -> Result<Option<[u8; 32]>> {
    let stored: Option<Vec<u8>> = conn.query_row(
        "SELECT endpoint_secret FROM sync_device WHERE id = 1",
        [],
        |r| r.get(0),
    )?;
    stored
        .map(|bytes| bytes.try_into())
        .transpose()
        .map_err(|_| Error::stored("endpoint secret", "length"))
}
