//! The order of a list the user ranks (competencies by their value to the employer): each group
//! is a movable list of uids in the document. Writing it makes moves, not a new list, so a move
//! on one device and an item added on the other both hold; reading it sets the rows' positions.

use super::record;
use super::schema::{self, Table};
use crate::error::Result;
use loro::{LoroDoc, LoroValue};
use rusqlite::{Connection, OptionalExtension};

/// The order group of a row here: its group parts as a key (interview uid / list).
pub fn local_group(
    conn: &Connection,
    table: &Table,
    key: &str,
    order: schema::Order,
) -> Result<Option<String>> {
    let columns: Vec<String> = order
        .group
        .iter()
        .map(|p| match p.link {
            Some(target) => format!("(SELECT uid FROM {target} WHERE id = row.{})", p.column),
            None => format!("CAST(row.{} AS TEXT)", p.column),
        })
        .collect();
    let sql = format!(
        "SELECT {} FROM {} AS row WHERE uid = ?1",
        columns.join(" || '/' || "),
        table.name
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([key], |r| r.get::<_, Option<String>>(0))
        .optional()?
        .flatten())
}

pub fn group_of_record(table: &Table, record: &loro::LoroMap) -> Option<String> {
    let order = table.order?;
    let parts: Option<Vec<String>> = order
        .group
        .iter()
        .map(|p| {
            let column = table.columns.iter().find(|c| c.name == p.column)?;
            match record::field(record, column)? {
                LoroValue::String(s) => Some(s.to_string()),
                LoroValue::I64(i) => Some(i.to_string()),
                _ => None,
            }
        })
        .collect();
    parts.map(|p| p.join("/"))
}

/// The group's rows here, in their order, as uids; and the `WHERE` that selects the group.
fn local_order(conn: &Connection, table: &Table, group: &str) -> Result<Vec<String>> {
    let order = table.order.expect("an ordered table");
    let pieces: Vec<&str> = group.splitn(order.group.len(), '/').collect();
    let mut clause = Vec::new();
    let mut values: Vec<rusqlite::types::Value> = Vec::new();
    for (part, piece) in order.group.iter().zip(&pieces) {
        clause.push(format!("{} = ?", part.column));
        values.push(match part.link {
            Some(target) => match record::local_id(conn, target, piece)? {
                Some(id) => id.into(),
                None => return Ok(Vec::new()),
            },
            None => piece.to_string().into(),
        });
    }
    let sql = format!(
        "SELECT uid FROM {} WHERE {} ORDER BY {}, id",
        table.name,
        clause.join(" AND "),
        order.position
    );
    let uids = conn
        .prepare_cached(&sql)?
        .query_map(rusqlite::params_from_iter(values), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(uids)
}

/// Makes the document's order of a group the order here, with moves, so a concurrent move on
/// another device and this one both count.
pub fn write(conn: &Connection, doc: &LoroDoc, table: &Table, group: &str) -> Result<()> {
    let wanted = local_order(conn, table, group)?;
    let list = doc
        .get_map(record::order_root(table).as_str())
        .ensure_mergeable_movable_list(group)?;
    let current = |list: &loro::LoroMovableList| -> Vec<String> {
        list.to_vec()
            .into_iter()
            .map(|v| match v {
                LoroValue::String(s) => s.to_string(),
                _ => String::new(),
            })
            .collect()
    };
    // Drop what is not in the group here any more, from the end so indexes hold.
    let have = current(&list);
    for (i, uid) in have.iter().enumerate().rev() {
        if !wanted.contains(uid) {
            list.delete(i, 1)?;
        }
    }
    for (i, uid) in wanted.iter().enumerate() {
        let have = current(&list);
        match have.iter().position(|u| u == uid) {
            Some(at) if at == i => {}
            Some(at) => list.mov(at, i)?,
            None => list.insert(i, uid.as_str())?,
        }
    }
    Ok(())
}

/// Sets the positions of a group's rows here from the document's order; rows the order does not
/// name yet keep their place after it.
pub fn read(conn: &Connection, doc: &LoroDoc, table: &Table, group: &str) -> Result<()> {
    let order = table.order.expect("an ordered table");
    let Some(loro::ValueOrContainer::Container(loro::Container::MovableList(list))) =
        doc.get_map(record::order_root(table).as_str()).get(group)
    else {
        return Ok(());
    };
    let listed: Vec<String> = list
        .to_vec()
        .into_iter()
        .filter_map(|v| match v {
            LoroValue::String(s) => Some(s.to_string()),
            _ => None,
        })
        .collect();
    let here = local_order(conn, table, group)?;
    let set = format!(
        "UPDATE {} SET {} = ?1 WHERE uid = ?2 AND {} IS NOT ?1",
        table.name, order.position, order.position
    );
    let mut stmt = conn.prepare_cached(&set)?;
    let ordered = listed
        .iter()
        .filter(|u| here.contains(u))
        .chain(here.iter().filter(|u| !listed.contains(u)));
    for (position, uid) in ordered.enumerate() {
        stmt.execute(rusqlite::params![position as i64, uid])?;
    }
    Ok(())
}
