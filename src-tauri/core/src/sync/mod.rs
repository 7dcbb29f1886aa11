//! Sync: one set of interviews on the phone and the desktop, with no account and no server.
//!
//! SQLite stays the store every screen reads. Beside it, a Loro document (a CRDT) is the record
//! of changes that two devices merge: `schema` says what syncs and how each column merges,
//! `triggers` notes each changed row in the transaction that changes it, `record` moves one row
//! between SQLite and the document, `engine` keeps the document and applies other devices'
//! changes, `bundle` seals what one device sends another, and `pairing` keeps the paired devices.

pub mod bundle;
pub mod engine;
mod order;
pub mod pairing;
pub mod record;
pub mod schema;
pub mod triggers;
pub mod wire;

pub use engine::{Applied, Brought, Engine, FLUSH_BATCH};

use crate::error::Result;
use rusqlite::Connection;

/// Every synced row here, as the document would hold it (links as uids, ordered rows by rank,
/// no local ids), sorted: two devices hold the same data exactly when their dumps are equal.
pub fn dump(conn: &Connection) -> Result<String> {
    let mut out = String::new();
    for table in schema::TABLES {
        let only = table
            .only
            .map(|c| format!(" WHERE {c}"))
            .unwrap_or_default();
        let keys: Vec<Option<String>> = conn
            .prepare(&format!(
                "SELECT {} FROM {} AS row{only}",
                triggers::key_expr(table, "row"),
                table.name
            ))?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut lines = Vec::with_capacity(keys.len());
        for key in keys {
            let Some(key) = key else { continue };
            let fields = record::read_local(conn, table, &key)?.unwrap_or_default();
            let mut line = format!("{} {key}", table.name);
            for (name, value) in fields {
                line.push_str(&format!(" {name}={value:?}"));
            }
            if let Some(order) = table.order {
                let rank: i64 = conn.query_row(
                    &format!(
                        "SELECT count(*) FROM {t} AS other, {t} AS row WHERE row.uid = ?1 AND {same} \
                         AND (other.{p} < row.{p} OR (other.{p} = row.{p} AND other.uid < row.uid))",
                        t = table.name,
                        p = order.position,
                        same = order
                            .group
                            .iter()
                            .map(|g| format!("other.{c} IS row.{c}", c = g.column))
                            .collect::<Vec<_>>()
                            .join(" AND "),
                    ),
                    [&key],
                    |r| r.get(0),
                )?;
                line.push_str(&format!(" rank={rank}"));
            }
            lines.push(line);
        }
        lines.sort();
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
    }
    Ok(out)
}

#[cfg(test)]
mod convergence;
#[cfg(test)]
mod refusals;
#[cfg(test)]
pub(crate) mod tests;
