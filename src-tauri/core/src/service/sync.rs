//! Sync as the shell sees it: the Devices screen (this device, paired devices, pairing), and the
//! two halves of an exchange, a bundle written for a peer and a bundle taken in. The document is
//! loaded the first time sync needs it and kept; a failure drops it, so the next use starts again
//! from what the database holds.

use super::Core;
use crate::error::{Error, Problem, Result};
use crate::sync::bundle::{self, Refused};
use crate::sync::pairing::{self, Device, Peer};
use crate::sync::{Brought, Engine, FLUSH_BATCH};
use loro::VersionVector;
use serde::{Deserialize, Serialize};
use std::sync::MutexGuard;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    pub device: Device,
    pub peers: Vec<Peer>,
    /// Local changes not yet in the record of changes (folded in the background).
    pub waiting: i64,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PairingOffer {
    /// Six words to type on the other device.
    pub code: String,
    /// What the QR code holds: the code, and where this device is on the local network.
    pub address: String,
    /// The same as a QR code, rows of `1` (dark) and `0`.
    pub qr: Vec<String>,
    pub peer: Peer,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Received {
    pub peer: Peer,
    pub brought: Brought,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CodeRequest {
    pub code: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PeerRequest {
    pub peer_id: i64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RenameRequest {
    pub name: String,
}

const MAX_DEVICE_NAME: usize = 60;

/// The extension of a bundle file.
pub const BUNDLE_EXTENSION: &str = "intervjusync";

impl Core {
    pub fn sync_status(&self) -> Result<SyncStatus> {
        let conn = self.read();
        Ok(SyncStatus {
            device: pairing::device(&conn)?,
            peers: pairing::peers(&conn)?,
            waiting: conn.query_row("SELECT count(*) FROM sync_dirty", [], |r| r.get(0))?,
        })
    }

    pub fn rename_device(&self, request: RenameRequest) -> Result<Device> {
        let name =
            crate::text::TextRule::required_line(MAX_DEVICE_NAME).clean("name", &request.name)?;
        pairing::rename_device(&*self.write()?, &name)
    }

    /// A new one-time code; its key waits as a peer until the device that was given it sends.
    pub fn start_pairing(&self) -> Result<PairingOffer> {
        self.start_pairing_at(None)
    }

    /// A new code whose QR code also says where this device is on the local network.
    pub fn start_pairing_at(&self, reach: Option<pairing::Reach>) -> Result<PairingOffer> {
        let code = pairing::new_code();
        let key = pairing::key_of(&code)?;
        let conn = self.write()?;
        let id = pairing::add_pending(&conn, &key, self.clock.now())?;
        let address = pairing::code_address(&code, reach.as_ref());
        Ok(PairingOffer {
            qr: pairing::qr_rows(&address),
            address,
            code,
            peer: pairing::peer(&conn, id)?,
        })
    }

    /// The code another device shows, typed or scanned here.
    pub fn enter_pairing_code(&self, request: CodeRequest) -> Result<Peer> {
        let key = pairing::key_of(&request.code)?;
        let conn = self.write()?;
        let id = pairing::add_pending(&conn, &key, self.clock.now())?;
        pairing::peer(&conn, id)
    }

    /// Forgets a paired device here at once; one met on the network is told at its next contact.
    pub fn unpair(&self, request: PeerRequest) -> Result<()> {
        let mut conn = self.write()?;
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT OR REPLACE INTO lan_unpaired (endpoint_id, at)
             SELECT endpoint_id, ?2 FROM sync_peer WHERE id = ?1 AND endpoint_id IS NOT NULL",
            rusqlite::params![request.peer_id, self.clock.now().timestamp()],
        )?;
        pairing::unpair(&tx, request.peer_id)?;
        tx.commit()?;
        Ok(())
    }

    /// Folds the changes saved here into the record of changes, a batch per transaction so saves
    /// are never held up for long. Nothing to do until a device is paired: the notes wait, and
    /// the first pairing builds the record from them. Returns how many rows went in.
    pub fn sync_flush(&self) -> Result<usize> {
        // Nothing to fold, or nobody to fold it for: the document is not even loaded.
        let needed: bool = self.read().query_row(
            "SELECT EXISTS (SELECT 1 FROM sync_peer) AND EXISTS (SELECT 1 FROM sync_dirty)",
            [],
            |r| r.get(0),
        )?;
        if !needed {
            return Ok(0);
        }
        let mut engine = self.engine()?;
        self.flush_with(&mut engine)
    }

    pub(super) fn flush_with(&self, slot: &mut MutexGuard<'_, Option<Engine>>) -> Result<usize> {
        let mut total = 0;
        loop {
            let engine = self.loaded(slot)?;
            let taken = (|| {
                let mut conn = self.write()?;
                let tx = conn.transaction()?;
                let taken = engine.flush(&tx, FLUSH_BATCH)?;
                tx.commit()?;
                Ok(taken)
            })();
            match taken {
                Ok(0) => break,
                Ok(n) => total += n,
                Err(error) => {
                    **slot = None;
                    return Err(error);
                }
            }
        }
        if total > 0 {
            let engine = self.loaded(slot)?;
            let compacted = (|| {
                let mut conn = self.write()?;
                let tx = conn.transaction()?;
                engine.compact_if_due(&tx)?;
                tx.commit()?;
                Ok(())
            })();
            if let Err(error) = compacted {
                **slot = None;
                return Err(error);
            }
        }
        Ok(total)
    }

    /// A bundle of what `peer` lacks, by the version its last bundle named (everything if none
    /// came yet), sealed with its key.
    pub fn bundle_for(&self, request: PeerRequest) -> Result<Vec<u8>> {
        let peer = pairing::peer(&self.read(), request.peer_id)?;
        let from = match &peer.their_version {
            Some(bytes) => VersionVector::decode(bytes)
                .map_err(|_| Error::stored("peer version", "undecodable"))?,
            None => VersionVector::default(),
        };
        self.bundle_since(peer.id, &from)
    }

    /// Takes in a bundle from a paired device: everything it holds that is new here is written
    /// into SQLite in one transaction, with the reminders of what it touched planned again.
    /// The same bundle twice, an old one, or one before the ones it follows changes nothing
    /// wrong. `progress` hears (done, total) records.
    pub fn receive_bundle(
        &self,
        bytes: &[u8],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Received> {
        let (peer, body, sender) = self.open_bundle(bytes)?;
        let mut slot = self.engine()?;
        self.flush_with(&mut slot)?;
        let engine = self.loaded(&mut slot)?;
        let (now, zone) = (self.clock.now(), self.env.device_zone);
        let result = (|| {
            let mut conn = self.write()?;
            let tx = conn.transaction()?;
            // A save between the fold above and this transaction is folded here, in it: what
            // `apply` then notes of its own writes is all that it clears.
            engine.flush(&tx, usize::MAX)?;
            let applied = engine.apply(&tx, &body.updates, progress)?;
            let mut unplanned = 0;
            if applied.settings {
                unplanned += crate::reminders::replan_all(&tx, now, zone)?;
            } else {
                for id in &applied.interviews {
                    if let Err(error) = crate::reminders::replan(&tx, *id, now, zone) {
                        tracing::error!(error = %crate::error::chain(&error), interview_id = id, "a synced interview's reminders cannot be planned");
                        unplanned += 1;
                    }
                }
            }
            // The reporting choice, or a period marked reported, may have come with it: the
            // reporting reminders are planned again (a handful of rows). A row that cannot be
            // read is logged, and the sync still lands.
            if let Err(error) = crate::reporting::store::replan(&tx, now, zone) {
                tracing::error!(error = %crate::error::chain(&error), "the reporting reminders cannot be planned after a sync");
            }
            // What it has now, as it says: not merged with what it said before, since a device
            // restored from a backup has less than it once had, and must be sent it again.
            let version =
                VersionVector::decode(&body.version).map_err(|_| refused(Refused::Damaged))?;
            let device_id = pairing::hex(&sender);
            // Paired again with a new code: the new pairing replaces the old one.
            tx.execute(
                "DELETE FROM sync_peer WHERE device_id = ?1 AND id <> ?2",
                rusqlite::params![device_id, peer.id],
            )?;
            pairing::record_exchange(
                &tx,
                peer.id,
                &device_id,
                &body.sender_name,
                &version.encode(),
                &applied.brought,
                now,
            )?;
            let peer = pairing::peer(&tx, peer.id)?;
            tx.commit()?;
            Ok((peer, applied.brought, unplanned))
        })();
        match result {
            Ok((peer, brought, unplanned)) => {
                self.notice_unplanned(unplanned);
                Ok(Received { peer, brought })
            }
            Err(error) => {
                *slot = None;
                Err(error)
            }
        }
    }

    /// Finds the paired device whose key opens the bundle: its sender's, or a code still
    /// waiting for its first bundle.
    fn open_bundle(&self, bytes: &[u8]) -> Result<(Peer, bundle::Body, [u8; 16])> {
        let sender = bundle::sender(bytes).map_err(refused)?;
        let conn = self.read();
        let own = pairing::device(&conn)?;
        if pairing::device_bytes(&own)? == sender {
            return Err(Error::field("file", Problem::BundleFromHere));
        }
        let peers = pairing::peers(&conn)?;
        drop(conn);
        let sender_hex = pairing::hex(&sender);
        let known = peers
            .iter()
            .any(|p| p.device_id.as_deref() == Some(sender_hex.as_str()));
        let candidates = peers.into_iter().filter(|p| match &p.device_id {
            Some(id) => *id == sender_hex,
            None => true,
        });
        for peer in candidates {
            if let Ok(body) = bundle::open(&peer.key, bytes) {
                return Ok((peer, body, sender));
            }
        }
        let why = if known {
            Refused::Damaged
        } else {
            tracing::warn!("a bundle from a device that is not paired was refused");
            return Err(Error::field("file", Problem::BundleNotPaired));
        };
        Err(refused(why))
    }

    /// The file name a bundle for `peer` is offered under: the app, this device, the day.
    pub fn bundle_name(&self, request: &PeerRequest) -> Result<String> {
        pairing::peer(&self.read(), request.peer_id)?;
        let day = self
            .clock
            .now()
            .with_timezone(&self.env.device_zone)
            .date_naive();
        Ok(format!("intervju-changes-{day}.{BUNDLE_EXTENSION}"))
    }

    /// Writes the bundle for a peer to the file the user picked (durably, as every export).
    pub fn write_bundle_to(&self, request: PeerRequest, path: &std::path::Path) -> Result<()> {
        let bytes = self.bundle_for(request)?;
        crate::exchange::write_file(path, &bytes)
    }

    /// Takes in the bundle in the file the user picked.
    pub fn receive_bundle_file(
        &self,
        path: &std::path::Path,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Received> {
        if std::fs::metadata(path)?.len() > bundle::MAX_FILE {
            return Err(Error::field("file", Problem::NotABundle));
        }
        let bytes = std::fs::read(path)?;
        self.receive_bundle(&bytes, progress)
    }

    pub(super) fn engine(&self) -> Result<MutexGuard<'_, Option<Engine>>> {
        Ok(self
            .sync
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()))
    }

    /// Whether the record of changes is in memory (tests: it is not loaded to show a screen).
    #[cfg(test)]
    pub(crate) fn sync_loaded(&self) -> bool {
        self.sync.lock().map(|s| s.is_some()).unwrap_or(true)
    }

    pub(super) fn loaded<'a>(
        &self,
        slot: &'a mut MutexGuard<'_, Option<Engine>>,
    ) -> Result<&'a Engine> {
        if slot.is_none() {
            **slot = Some(Engine::load(&*self.write()?)?);
        }
        Ok(slot.as_ref().expect("loaded above"))
    }
}

fn refused(why: Refused) -> Error {
    why.into()
}
