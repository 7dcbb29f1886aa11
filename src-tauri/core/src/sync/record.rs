//! One synced row, both ways: read from SQLite and written into the document (only the columns
//! that differ, so a column this device did not touch never overrides another device's edit), and
//! read from the document and written back into SQLite (links turned from uids into this device's
//! ids). Records live in one root map per table, keyed by the document key (`triggers::key_expr`).

use super::schema::{Column, Identity, Merge, Part, Table};
use crate::error::Result;
use loro::{LoroDoc, LoroMap, LoroValue, ValueOrContainer};
use rusqlite::types::Value as Sql;
use rusqlite::{params_from_iter, Connection, OptionalExtension};

/// The root map of uids deleted anywhere: a deleted record stays deleted, whatever edit of it
/// arrives later (nothing brings it back).
pub const TOMBSTONES: &str = "tombstones";

/// The root map of a table's record orders (group key → movable list of uids). No `/` in a root
/// name: Loro's ids of mergeable children escape it, and their paths then stop at the child.
pub fn order_root(table: &Table) -> String {
    format!("{ORDER_PREFIX}{}", table.name)
}

pub const ORDER_PREFIX: &str = "order_";

/// A row as the document holds it: column name to value, links as uids.
pub type Fields = Vec<(&'static str, LoroValue)>;

/// The parts of a key made of parts, as this device's values (`None`: a row they name is not here).
fn local_parts(conn: &Connection, parts: &[Part], key: &str) -> Result<Option<Vec<Sql>>> {
    let pieces: Vec<&str> = key.splitn(parts.len(), '/').collect();
    if pieces.len() != parts.len() {
        return Ok(None);
    }
    let mut values = Vec::with_capacity(parts.len());
    for (part, piece) in parts.iter().zip(pieces) {
        values.push(match part.link {
            Some(_) if piece == "*" => Sql::Null,
            Some(target) => match local_id(conn, target, piece)? {
                Some(id) => Sql::Integer(id),
                None => return Ok(None),
            },
            None => Sql::Text(piece.to_owned()),
        });
    }
    Ok(Some(values))
}

/// This device's id of the row with `uid` in `table`.
pub fn local_id(conn: &Connection, table: &str, uid: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(&format!("SELECT id FROM {table} WHERE uid = ?1"))?
        .query_row([uid], |r| r.get(0))
        .optional()?)
}

fn uid_of(conn: &Connection, table: &str, id: i64) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(&format!("SELECT uid FROM {table} WHERE id = ?1"))?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// The `WHERE` clause and its values that find the row with this key here; `None` when a row the
/// key names is not here (so neither is this one).
fn locate(conn: &Connection, table: &Table, key: &str) -> Result<Option<(String, Vec<Sql>)>> {
    match table.identity {
        Identity::Uid => Ok(Some(("uid = ?".into(), vec![Sql::Text(key.into())]))),
        Identity::Parts(parts) => {
            let Some(values) = local_parts(conn, parts, key)? else {
                return Ok(None);
            };
            let clause = parts
                .iter()
                .map(|p| format!("{} IS ?", p.column))
                .collect::<Vec<_>>()
                .join(" AND ");
            Ok(Some((clause, values)))
        }
    }
}

/// The row with this key as the document would hold it, or `None` if it is not here.
pub fn read_local(conn: &Connection, table: &Table, key: &str) -> Result<Option<Fields>> {
    let Some((clause, values)) = locate(conn, table, key)? else {
        return Ok(None);
    };
    let only = table.only.map(|c| format!(" AND {c}")).unwrap_or_default();
    let select: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
    let sql = format!(
        "SELECT {} FROM {} WHERE {clause}{only}",
        if select.is_empty() {
            "1".to_owned()
        } else {
            select.join(", ")
        },
        table.name
    );
    let row: Option<Vec<Sql>> = conn
        .prepare_cached(&sql)?
        .query_row(params_from_iter(values), |r| {
            (0..select.len().max(1)).map(|i| r.get(i)).collect()
        })
        .optional()?;
    let Some(row) = row else { return Ok(None) };
    let mut fields = Vec::with_capacity(table.columns.len());
    for (column, value) in table.columns.iter().zip(row) {
        let value = match (column.merge, value) {
            (Merge::Link { table: target, .. }, Sql::Integer(id)) => {
                match uid_of(conn, target, id)? {
                    Some(uid) => LoroValue::from(uid),
                    None => LoroValue::Null,
                }
            }
            (_, value) => to_loro(value),
        };
        fields.push((column.name, value));
    }
    Ok(Some(fields))
}

fn to_loro(value: Sql) -> LoroValue {
    match value {
        Sql::Null => LoroValue::Null,
        Sql::Integer(i) => LoroValue::I64(i),
        Sql::Real(f) => LoroValue::Double(f),
        Sql::Text(t) => LoroValue::from(t),
        Sql::Blob(b) => LoroValue::from(b),
    }
}

fn to_sql(value: &LoroValue) -> Option<Sql> {
    Some(match value {
        LoroValue::Null => Sql::Null,
        LoroValue::Bool(b) => Sql::Integer((*b).into()),
        LoroValue::I64(i) => Sql::Integer(*i),
        LoroValue::Double(f) => Sql::Real(*f),
        LoroValue::String(s) => Sql::Text(s.to_string()),
        LoroValue::Binary(b) => Sql::Blob(b.to_vec()),
        _ => return None,
    })
}

pub fn is_tombstoned(doc: &LoroDoc, key: &str) -> bool {
    doc.get_map(TOMBSTONES).get(key).is_some()
}

/// The record in the document, if it is there and not deleted.
pub fn record(doc: &LoroDoc, table: &Table, key: &str) -> Option<LoroMap> {
    if table.has_uid() && is_tombstoned(doc, key) {
        return None;
    }
    match doc.get_map(table.name).get(key)? {
        ValueOrContainer::Container(loro::Container::Map(map)) => Some(map),
        _ => None,
    }
}

/// A column of a record in the document: its value, a text's content, or `None` if never set.
pub fn field(record: &LoroMap, column: &Column) -> Option<LoroValue> {
    match record.get(column.name)? {
        ValueOrContainer::Value(value) => Some(value),
        ValueOrContainer::Container(loro::Container::Text(text)) => {
            Some(LoroValue::from(text.to_string()))
        }
        ValueOrContainer::Container(_) => None,
    }
}

/// Writes a row into the document, changing only what differs. Returns whether anything did.
pub fn write_record(doc: &LoroDoc, table: &Table, key: &str, fields: &Fields) -> Result<bool> {
    let record = doc.get_map(table.name).ensure_mergeable_map(key)?;
    let mut changed = false;
    for (column, (_, value)) in table.columns.iter().zip(fields) {
        if field(&record, column).as_ref() == Some(value) {
            continue;
        }
        changed = true;
        match (column.merge, value) {
            (Merge::Text, LoroValue::String(new)) => {
                let text = record.ensure_mergeable_text(column.name)?;
                if text.update(new, Default::default()).is_err() {
                    // Only a time limit (none is set) stops the diff; replace the text whole.
                    text.delete(0, text.len_unicode())?;
                    text.insert(0, new)?;
                }
            }
            _ => record.insert(column.name, value.clone())?,
        }
    }
    Ok(changed)
}

/// Removes a record from the document; a record with its own uid is also marked deleted for good.
pub fn delete_record(doc: &LoroDoc, table: &Table, key: &str) -> Result<bool> {
    let records = doc.get_map(table.name);
    let present = records.get(key).is_some();
    if present {
        records.delete(key)?;
    }
    if table.has_uid() && !is_tombstoned(doc, key) {
        doc.get_map(TOMBSTONES).insert(key, table.name)?;
        return Ok(true);
    }
    Ok(present)
}

/// What writing a record back into SQLite did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    Written,
    Removed,
    /// Not stored: the row it belongs to is not here, or a peer sent values this version cannot
    /// store (logged; the record stays in the document).
    Skipped,
    Unchanged,
}

/// Brings the row with this key in line with the document: written, or removed if the record is
/// gone or has lost the row it belongs to.
pub fn store(conn: &Connection, doc: &LoroDoc, table: &Table, key: &str) -> Result<Stored> {
    let Some((clause, key_values)) = locate(conn, table, key)? else {
        return Ok(Stored::Skipped);
    };
    let Some(record) = record(doc, table, key) else {
        return remove(conn, table, &clause, key_values);
    };
    let mut columns: Vec<&str> = Vec::new();
    let mut values: Vec<Sql> = Vec::new();
    for column in table.columns {
        let Some(value) = field(&record, column) else {
            continue;
        };
        let sql = match (column.merge, &value) {
            (
                Merge::Link {
                    table: target,
                    orphan,
                },
                LoroValue::String(uid),
            ) => match local_id(conn, target, uid)? {
                Some(id) => Sql::Integer(id),
                None if orphan => return remove(conn, table, &clause, key_values),
                None => Sql::Null,
            },
            (_, value) => match to_sql(value) {
                Some(sql) => sql,
                None => return Ok(skip(table, key, "a value of an unknown kind")),
            },
        };
        columns.push(column.name);
        values.push(sql);
    }
    if table.name == "interview" {
        match start_utc(&columns, &values) {
            Some(Some(instant)) => {
                columns.push("start_utc");
                values.push(Sql::Integer(instant));
            }
            Some(None) => return Ok(skip(table, key, "a start that cannot be read")),
            None => {}
        }
    }
    let outcome = if columns.is_empty() {
        exists(conn, table, &clause, &key_values)?
    } else {
        update(conn, table, &clause, &key_values, &columns, &values)?
    };
    if outcome {
        return Ok(Stored::Written);
    }
    insert(conn, table, key, key_values, columns, values)
}

fn skip(table: &Table, key: &str, why: &str) -> Stored {
    tracing::warn!(
        table = table.name,
        key,
        why,
        "a synced record cannot be stored; it stays in the record of changes"
    );
    Stored::Skipped
}

fn remove(conn: &Connection, table: &Table, clause: &str, key_values: Vec<Sql>) -> Result<Stored> {
    let sql = format!("DELETE FROM {} WHERE {clause}", table.name);
    let removed = conn
        .prepare_cached(&sql)?
        .execute(params_from_iter(key_values))?;
    Ok(if removed > 0 {
        Stored::Removed
    } else {
        Stored::Unchanged
    })
}

fn exists(conn: &Connection, table: &Table, clause: &str, key_values: &[Sql]) -> Result<bool> {
    let sql = format!("SELECT 1 FROM {} WHERE {clause}", table.name);
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(params_from_iter(key_values), |_| Ok(()))
        .optional()?
        .is_some())
}

fn update(
    conn: &Connection,
    table: &Table,
    clause: &str,
    key_values: &[Sql],
    columns: &[&str],
    values: &[Sql],
) -> Result<bool> {
    // `IS NOT` for each column: a row already as the document says is left alone, so its
    // triggers do not fire for nothing.
    let set = columns
        .iter()
        .map(|c| format!("{c} = ?"))
        .collect::<Vec<_>>()
        .join(", ");
    let differs = columns
        .iter()
        .map(|c| format!("{c} IS NOT ?"))
        .collect::<Vec<_>>()
        .join(" OR ");
    let sql = format!(
        "UPDATE {} SET {set} WHERE {clause} AND ({differs})",
        table.name
    );
    let params = values
        .iter()
        .chain(key_values)
        .chain(values)
        .cloned()
        .collect::<Vec<_>>();
    match conn.prepare_cached(&sql)?.execute(params_from_iter(params)) {
        Ok(0) => exists(conn, table, clause, key_values),
        Ok(_) => Ok(true),
        Err(e) if is_constraint(&e) => {
            tracing::warn!(table = table.name, error = %e, "a synced change cannot be stored");
            Ok(true)
        }
        Err(e) => Err(e.into()),
    }
}

fn insert(
    conn: &Connection,
    table: &Table,
    key: &str,
    key_values: Vec<Sql>,
    mut columns: Vec<&str>,
    mut values: Vec<Sql>,
) -> Result<Stored> {
    match table.identity {
        Identity::Uid => {
            columns.push("uid");
            values.push(Sql::Text(key.to_owned()));
            if table.name == "interview" {
                columns.push("id");
                values.push(Sql::Integer(crate::interview::store::fresh_id(
                    conn,
                    "interview",
                )?));
            }
        }
        Identity::Parts(parts) => {
            for (part, value) in parts.iter().zip(key_values) {
                columns.push(part.column);
                values.push(value);
            }
        }
    }
    if let Some(order) = table.order {
        // Placed last for now; the group's order is set once the whole bundle is in.
        columns.push(order.position);
        values.push(Sql::Integer(i64::MAX / 2));
    }
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({})",
        table.name,
        columns.join(", "),
        vec!["?"; columns.len()].join(", ")
    );
    match conn.prepare_cached(&sql)?.execute(params_from_iter(values)) {
        Ok(_) => Ok(Stored::Written),
        Err(e) if is_constraint(&e) => {
            tracing::warn!(table = table.name, error = %e, "a synced record cannot be stored");
            Ok(Stored::Skipped)
        }
        Err(e) => Err(e.into()),
    }
}

fn is_constraint(error: &rusqlite::Error) -> bool {
    matches!(error, rusqlite::Error::SqliteFailure(e, _)
        if e.code == rusqlite::ErrorCode::ConstraintViolation)
}

/// The instant an interview's wall-clock start names in its zone, as a save would compute it.
/// `None` if the record carries neither; `Some(None)` if they cannot be read.
fn start_utc(columns: &[&str], values: &[Sql]) -> Option<Option<i64>> {
    let get = |name: &str| {
        columns
            .iter()
            .position(|c| *c == name)
            .and_then(|i| match &values[i] {
                Sql::Text(t) => Some(t.clone()),
                _ => None,
            })
    };
    let (local, zone) = (get("start_local")?, get("time_zone")?);
    Some((|| {
        let local = crate::zone::parse_local_date_time(&local)?;
        let zone: chrono_tz::Tz = zone.parse().ok()?;
        Some(
            crate::zone::resolve(zone, local)
                .earlier_or_after_gap()
                .timestamp(),
        )
    })())
}
