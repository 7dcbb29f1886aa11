//! Ids and uids on import. A restore into an empty database keeps the file's ids and uids, so it
//! is exact and its rows are the same records to paired devices; into a used one, an id or uid
//! already taken here is replaced. Interviews and reminders, which notifications and links point
//! at, never get an id this database gave out before, and no row gets a uid deleted here.

use super::not_a_backup;
use crate::error::Result;
use crate::interview::store::fresh_id;
use crate::sync::Engine;
use rusqlite::{Connection, OptionalExtension};
use serde_json::{Map, Value};

/// The file's own id is kept when it is free here (so a restore into an empty database is
/// exact); otherwise the database picks one. Interviews and reminders, which notifications and
/// links point at, also never get an id this database has used before (`fresh_id`).
pub(super) fn keep_id_if_free(
    tx: &Connection,
    table: &'static str,
    row: &mut Map<String, Value>,
) -> Result<()> {
    let never_reused = matches!(table, "interview" | "reminder");
    let id = row.get("id").and_then(Value::as_i64);
    let free = match id {
        None => false,
        Some(id) => {
            let taken = tx
                .query_row(
                    &format!("SELECT 1 FROM {table} WHERE id = ?1"),
                    [id],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            let used_before = never_reused && id <= deleted_up_to(tx, table)?;
            !taken && !used_before
        }
    };
    match (free, never_reused) {
        (true, _) => {}
        (false, true) => {
            row.insert("id".into(), fresh_id(tx, table)?.into());
        }
        (false, false) => {
            row.remove("id");
        }
    }
    Ok(())
}

/// The largest id ever deleted from `table` here (0 if none).
fn deleted_up_to(tx: &Connection, table: &str) -> Result<i64> {
    Ok(tx
        .query_row(
            "SELECT id FROM id_high_water WHERE table_name = ?1",
            [table],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(0))
}

/// The file's marks of deleted ids join ours (the higher wins), so after a restore the ids the
/// old database had given out stay given out.
pub(super) fn raise_high_water(tx: &Connection, row: &Map<String, Value>) -> Result<()> {
    let table = row.get("table_name").and_then(Value::as_str);
    let id = row.get("id").and_then(Value::as_i64);
    let (Some(table), Some(id)) = (table, id) else {
        return Err(not_a_backup());
    };
    tx.execute(
        "INSERT INTO id_high_water (table_name, id) VALUES (?1, ?2)
         ON CONFLICT (table_name) DO UPDATE SET id = max(id, excluded.id)",
        rusqlite::params![table, id],
    )?;
    Ok(())
}

/// The file's uids, kept where they still name nothing here.
#[derive(Default)]
pub(super) struct Uids {
    /// The record of changes as stored, read the first time a uid is free in its table; `None`
    /// inside if it cannot be read.
    record: Option<Option<Engine>>,
}

impl Uids {
    /// Keeps the row's uid when it is of our shape, not taken in its table, and not deleted here
    /// (the record of changes keeps deleted uids for good: a row under one would be deleted again
    /// by the next sync). Otherwise the uid is dropped and the table's trigger gives a fresh one:
    /// the row is a new record.
    pub(super) fn keep_if_free(
        &mut self,
        tx: &Connection,
        table: &'static str,
        row: &mut Map<String, Value>,
    ) -> Result<()> {
        let Some(value) = row.remove("uid") else {
            return Ok(());
        };
        let Some(uid) = value.as_str().filter(|u| of_our_shape(u)) else {
            return Ok(());
        };
        let taken = tx
            .prepare_cached(&format!("SELECT 1 FROM {table} WHERE uid = ?1"))?
            .query_row([uid], |_| Ok(()))
            .optional()?
            .is_some();
        if taken || self.maybe_deleted(tx, uid) {
            return Ok(());
        }
        row.insert("uid".into(), value);
        Ok(())
    }

    /// Whether the record of changes says `uid` was deleted; `true` if it cannot be read, as a
    /// fresh uid is right in every case (a restore is what one does when things are broken).
    fn maybe_deleted(&mut self, tx: &Connection, uid: &str) -> bool {
        let record = self.record.get_or_insert_with(|| {
            Engine::load(tx)
                .inspect_err(|e| {
                    tracing::warn!(error = %crate::error::chain(e), "the record of changes cannot be read; imported rows get fresh uids");
                })
                .ok()
        });
        record.as_ref().is_none_or(|engine| engine.is_deleted(uid))
    }
}

/// What the uid trigger writes: 32 lowercase hex digits. Anything else (a `/` would split the
/// document keys of the rows that belong to it) is not kept.
fn of_our_shape(uid: &str) -> bool {
    uid.len() == 32 && uid.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}
