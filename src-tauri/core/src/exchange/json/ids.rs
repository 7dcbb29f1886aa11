//! Ids on import. A restore into an empty database keeps the file's ids, so it is exact; into a
//! used one, an id already taken here is replaced. Interviews and reminders, which notifications
//! and links point at, never get an id this database gave out before, even one now free.

use super::not_a_backup;
use crate::error::Result;
use crate::interview::store::fresh_id;
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
