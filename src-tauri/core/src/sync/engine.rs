//! The record of changes: a Loro document kept beside SQLite, stored in the same database as a
//! snapshot plus the updates since. Local saves reach it through `sync_dirty` (`flush`), other
//! devices' changes through `apply`; either way the document update and what it means for SQLite
//! are committed in one transaction, so a crash leaves the two in step.
//!
//! The document is loaded when sync first needs it, never on the way to the first screen. Each
//! load takes a fresh random Loro peer id, so a database restored from a backup never reuses the
//! numbers of changes it already gave out.

use super::order;
use super::record::{self, Stored, TOMBSTONES};
use super::schema::{self, Table, TABLES};
use crate::error::{Error, Result};
use loro::{ExportMode, Index, LoroDoc, LoroValue, VersionVector};
use rusqlite::{Connection, OptionalExtension, Transaction};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

/// How many updates pile up before the document is stored as a new snapshot.
const SNAPSHOT_AFTER: i64 = 200;

/// Updates below this many bytes load fast enough as they are.
const SNAPSHOT_BYTES: i64 = 1 << 20;

/// Rows written into the document per transaction: the writer is let go between batches, so a
/// first build of years of data never holds up a save for long.
pub const FLUSH_BATCH: usize = 500;

pub struct Engine {
    pub(super) doc: LoroDoc,
}

/// What a change brought, per table: records written and removed here.
pub type Brought = BTreeMap<String, u32>;

/// What taking another device's updates did here.
#[derive(Debug, Default)]
pub struct Applied {
    pub brought: Brought,
    /// This device's ids of the interviews whose data changed: their reminders are re-planned.
    pub interviews: BTreeSet<i64>,
    /// The reminder settings changed: every interview's reminders are re-planned.
    pub settings: bool,
}

impl Engine {
    /// The document as stored in this database.
    pub fn load(conn: &Connection) -> Result<Engine> {
        let doc = LoroDoc::new();
        let snapshot: Option<Vec<u8>> = conn
            .query_row("SELECT bytes FROM sync_snapshot WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?;
        if let Some(bytes) = snapshot {
            doc.import(&bytes).map_err(damaged)?;
        }
        let updates: Vec<Vec<u8>> = conn
            .prepare("SELECT bytes FROM sync_update ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if !updates.is_empty() {
            doc.import_batch(&updates).map_err(damaged)?;
        }
        doc.set_peer_id(random_peer())?;
        Ok(Engine { doc })
    }

    /// Whether a record with this uid was deleted on some device: it never comes back.
    pub fn is_deleted(&self, uid: &str) -> bool {
        record::is_tombstoned(&self.doc, uid)
    }

    pub fn version(&self) -> VersionVector {
        self.doc.oplog_vv()
    }

    /// Writes up to `limit` noted rows into the document and stores the update, in `tx`.
    /// Returns how many rows it took; 0 means the document is up to date.
    pub fn flush(&self, tx: &Transaction, limit: usize) -> Result<usize> {
        let dirty: Vec<(String, String)> = tx
            .prepare_cached("SELECT table_name, key FROM sync_dirty LIMIT ?1")?
            .query_map([limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if dirty.is_empty() {
            return Ok(0);
        }
        let before = self.doc.oplog_vv();
        let mut groups = BTreeSet::new();
        for (name, key) in &dirty {
            let Some(table) = schema::table(name) else {
                return Err(Error::stored("sync table", name));
            };
            let fields = record::read_local(tx, table, key)?;
            if let Some(order) = table.order {
                let group = match &fields {
                    Some(_) => order::local_group(tx, table, key, order)?,
                    None => record::record(&self.doc, table, key)
                        .and_then(|r| order::group_of_record(table, &r)),
                };
                groups.extend(group.map(|g| (table.name, g)));
            }
            match fields {
                Some(fields) if table.has_uid() && record::is_tombstoned(&self.doc, key) => {
                    // Deleted on another device while it was changed here: the delete stands.
                    drop(fields);
                    tracing::info!(table = name, "a row deleted elsewhere is removed here");
                    record::store(tx, &self.doc, table, key)?;
                }
                Some(fields) => {
                    record::write_record(&self.doc, table, key, &fields)?;
                }
                None => {
                    record::delete_record(&self.doc, table, key)?;
                }
            }
        }
        for (name, group) in groups {
            let table = schema::table(name).expect("ordered tables are in the schema");
            order::write(tx, &self.doc, table, &group)?;
        }
        self.doc.commit();
        self.store_since(tx, &before)?;
        let mut forget =
            tx.prepare_cached("DELETE FROM sync_dirty WHERE table_name = ?1 AND key = ?2")?;
        for (name, key) in &dirty {
            forget.execute([name, key])?;
        }
        Ok(dirty.len())
    }

    /// Stores what the document gained since `before` as one update; a snapshot replaces the
    /// updates once they are many.
    fn store_since(&self, tx: &Transaction, before: &VersionVector) -> Result<()> {
        if self.doc.oplog_vv() == *before {
            return Ok(());
        }
        let bytes = self
            .doc
            .export(ExportMode::updates(before))
            .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
        self.append(tx, &bytes)
    }

    fn append(&self, tx: &Transaction, bytes: &[u8]) -> Result<()> {
        tx.prepare_cached("INSERT INTO sync_update (bytes) VALUES (?1)")?
            .execute([bytes])?;
        Ok(())
    }

    /// Makes the stored updates one snapshot once they are many, or weigh more than a sixteenth
    /// of the snapshot: loading from updates costs far more than from a snapshot (7 s against
    /// 0.2 s for 10,000 interviews), so what is loaded as updates stays small. Called once per
    /// fold or import, not per batch, so a first build writes one snapshot, not dozens.
    pub fn compact_if_due(&self, tx: &Transaction) -> Result<()> {
        let (count, bytes, snapshot): (i64, i64, i64) = tx.query_row(
            "SELECT count(*), coalesce(sum(length(bytes)), 0),
                    coalesce((SELECT length(bytes) FROM sync_snapshot), 0)
             FROM sync_update",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        if count >= SNAPSHOT_AFTER || bytes > (snapshot / 16).max(SNAPSHOT_BYTES) {
            self.snapshot(tx)?;
        }
        Ok(())
    }

    /// Stores the whole document as the snapshot (with changes still waiting for the ones they
    /// build on) and drops the updates it holds.
    pub fn snapshot(&self, tx: &Transaction) -> Result<()> {
        let encode = |e: loro::LoroEncodeError| Error::Io(std::io::Error::other(e.to_string()));
        let snapshot = self.doc.export(ExportMode::Snapshot).map_err(encode)?;
        let pending = self.doc.export_pending_updates().map_err(encode)?;
        tx.execute(
            "INSERT INTO sync_snapshot (id, bytes) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET bytes = excluded.bytes",
            [&snapshot],
        )?;
        tx.execute("DELETE FROM sync_update", [])?;
        if let Some(pending) = pending {
            tx.execute("INSERT INTO sync_update (bytes) VALUES (?1)", [&pending])?;
        }
        Ok(())
    }

    /// The updates a device whose version is `from` lacks.
    pub fn updates_since(&self, from: &VersionVector) -> Result<Vec<u8>> {
        self.doc
            .export(ExportMode::updates(from))
            .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))
    }

    /// Takes another device's updates into the document and writes what they change into
    /// SQLite, in `tx`. Updates already here change nothing; ones that build on updates not yet
    /// here are kept and applied when those arrive. Local changes must be flushed first, in the
    /// same transaction: the notes its own writes leave are cleared at the end.
    pub fn apply(
        &self,
        tx: &Transaction,
        updates: &[u8],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Applied> {
        // What the import changes, as it happens: the records it touches, by their place under
        // their root. (`LoroDoc::diff` between the two versions would walk the whole document:
        // 5.5 of 8.6 s for a first exchange of 1,000 interviews.)
        let touched = Arc::new(Mutex::new(Touched::default()));
        let sink = Arc::clone(&touched);
        let subscription = self.doc.subscribe_root(Arc::new(move |event| {
            let mut touched = sink.lock().unwrap_or_else(|p| p.into_inner());
            for change in &event.events {
                touched.change(change);
            }
        }));
        let before = self.doc.oplog_vv();
        let imported = self.doc.import(updates);
        drop(subscription);
        // The updates are another device's: what cannot be read in them refuses the bundle, and
        // says nothing about the record of changes here.
        let status = imported.map_err(|error| {
            tracing::warn!(error = %error, "a bundle's changes cannot be read");
            Error::from(super::bundle::Refused::Damaged)
        })?;
        if status.pending.is_some() || self.doc.oplog_vv() != before {
            // Stored as sent: anything new in it, or waiting for what it builds on.
            self.append(tx, updates)?;
        }
        let touched = std::mem::take(&mut *touched.lock().unwrap_or_else(|p| p.into_inner()));
        let applied = self.materialise(tx, touched, progress)?;
        tx.execute("DELETE FROM sync_dirty", [])?;
        self.compact_if_due(tx)?;
        Ok(applied)
    }

    /// Writes every touched record into SQLite, parents first, then the orders.
    fn materialise(
        &self,
        tx: &Transaction,
        touched: Touched,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Applied> {
        let total = touched.len();
        let mut done = 0;
        let mut brought = Brought::new();
        let mut interviews = BTreeSet::new();
        let mut settings = false;
        for table in TABLES {
            let Some(keys) = touched.records.get(table.name) else {
                continue;
            };
            // A link within the table (a round to its earlier round) may point at a record
            // written later in this pass: those are written again once all are in.
            let links_itself = table.columns.iter().any(
                |c| matches!(c.merge, schema::Merge::Link { table: target, .. } if target == table.name),
            );
            if links_itself {
                for key in keys {
                    record::store(tx, &self.doc, table, key)?;
                }
            }
            for key in keys {
                let stored = record::store(tx, &self.doc, table, key)?;
                if matches!(stored, Stored::Written | Stored::Removed) {
                    *brought.entry(table.name.to_owned()).or_default() += 1;
                    settings |= table.name == "setting";
                    interviews.extend(interview_of(tx, table, key)?);
                }
                done += 1;
                if done % 200 == 0 {
                    progress(done, total);
                }
            }
        }
        for (name, groups) in &touched.orders {
            let Some(table) = schema::table(name) else {
                continue;
            };
            for group in groups {
                order::read(tx, &self.doc, table, group)?;
            }
        }
        progress(total, total);
        Ok(Applied {
            brought,
            interviews,
            settings,
        })
    }
}

#[derive(Default)]
struct Touched {
    records: BTreeMap<String, BTreeSet<String>>,
    orders: BTreeMap<String, BTreeSet<String>>,
}

impl Touched {
    /// One container's change: a root's own keys (records added or deleted, tombstones), or a
    /// change inside a record or an order, found by its place under its root.
    fn change(&mut self, change: &loro::event::ContainerDiff) {
        let keys: Vec<String> = change
            .path
            .iter()
            .filter_map(|(_, index)| match index {
                Index::Key(key) => Some(key.to_string()),
                _ => None,
            })
            .collect();
        match (keys.as_slice(), &change.diff) {
            ([root], loro::event::Diff::Map(delta)) => {
                for (key, value) in &delta.updated {
                    self.root_key(root, key, value.as_ref());
                }
            }
            ([root, key, ..], _) => self.root_key(root, key, None),
            _ => {}
        }
    }

    fn root_key(&mut self, root: &str, key: &str, value: Option<&loro::ValueOrContainer>) {
        if root == TOMBSTONES {
            if let Some(loro::ValueOrContainer::Value(LoroValue::String(table))) = value {
                self.records
                    .entry(table.to_string())
                    .or_default()
                    .insert(key.to_owned());
            }
            return;
        }
        if let Some(table) = root.strip_prefix(record::ORDER_PREFIX) {
            self.orders
                .entry(table.to_owned())
                .or_default()
                .insert(key.to_owned());
            return;
        }
        if schema::table(root).is_some() {
            self.records
                .entry(root.to_owned())
                .or_default()
                .insert(key.to_owned());
        }
    }

    fn len(&self) -> usize {
        self.records.values().map(BTreeSet::len).sum()
    }
}

/// The interview a synced row belongs to here, for re-planning its reminders.
fn interview_of(conn: &Connection, table: &Table, key: &str) -> Result<Option<i64>> {
    if table.name == "interview" {
        return record::local_id(conn, "interview", key);
    }
    let first = key.split('/').next().unwrap_or_default();
    match table.key_parts().first() {
        Some(part) if part.link == Some("interview") => record::local_id(conn, "interview", first),
        _ if table.name == "question_use" => {
            let second = key.split('/').nth(1).unwrap_or_default();
            record::local_id(conn, "interview", second)
        }
        _ => Ok(None),
    }
}

fn damaged(error: loro::LoroError) -> Error {
    tracing::error!(error = %error, "the record of changes cannot be read");
    Error::stored("record of changes", "")
}

fn random_peer() -> u64 {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("the OS gives random bytes");
    // Loro reserves the largest value.
    u64::from_le_bytes(bytes) % (u64::MAX - 1)
}
