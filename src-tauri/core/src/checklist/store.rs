//! The checklist's state in SQLite. Each change is one transaction, and every change first checks
//! that the interview and the item exist, so a bad request changes nothing.

use super::{own_id, own_key, ChecklistView, ItemView, Limits, Scope, Section, Template};
use crate::enums::unreadable;
use crate::error::{Error, FieldError, Problem, Result};
use crate::text::TextRule;
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::collections::{HashMap, HashSet};

/// The checklist of one interview under `template`.
pub fn view(conn: &Connection, template: &Template, interview_id: i64) -> Result<ChecklistView> {
    crate::interview::require(conn, interview_id)?;
    let checked: HashSet<String> = strings(
        conn,
        "SELECT item_key FROM checklist_check WHERE interview_id = ?1",
        interview_id,
    )?;
    let mut hidden: HashMap<String, Scope> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT item_key, interview_id IS NULL FROM checklist_hidden
         WHERE interview_id = ?1 OR interview_id IS NULL",
    )?;
    for row in stmt.query_map([interview_id], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))? {
        let (key, everywhere): (String, bool) = row?;
        // Hidden everywhere wins: restoring it must lift the wider choice.
        let scope = if everywhere {
            Scope::Everywhere
        } else {
            Scope::Interview
        };
        hidden
            .entry(key)
            .and_modify(|s| {
                if scope == Scope::Everywhere {
                    *s = scope
                }
            })
            .or_insert(scope);
    }

    let item = |key: String, section, text_id, text, own| ItemView {
        checked: checked.contains(&key),
        hidden: hidden.get(&key).copied(),
        key,
        section,
        text_id,
        text,
        own,
    };
    let mut items: Vec<ItemView> = template
        .items
        .iter()
        .filter(|t| !template.retired.contains(&t.id))
        .map(|t| {
            item(
                t.id.to_owned(),
                t.section,
                Some(super::text_id(t.id)),
                None,
                None,
            )
        })
        .collect();
    for own in own_items(conn, interview_id)? {
        items.push(item(
            own_key(own.id),
            own.section,
            None,
            Some(own.text),
            Some(own.scope),
        ));
    }
    let mut view = ChecklistView::assemble(interview_id, template.version, items);
    view.lessons = crate::reflection::lessons::open_for(conn, interview_id)?;
    Ok(view)
}

pub fn set_checked(
    conn: &mut Connection,
    template: &Template,
    interview_id: i64,
    key: &str,
    checked: bool,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    crate::interview::require(&tx, interview_id)?;
    require_item(&tx, template, interview_id, key)?;
    if checked {
        tx.execute(
            "INSERT INTO checklist_check (interview_id, item_key, checked_at) VALUES (?1, ?2, ?3)
             ON CONFLICT DO NOTHING",
            params![interview_id, key, now.timestamp()],
        )?;
    } else {
        tx.execute(
            "DELETE FROM checklist_check WHERE interview_id = ?1 AND item_key = ?2",
            params![interview_id, key],
        )?;
    }
    Ok(tx.commit()?)
}

pub fn hide(
    conn: &mut Connection,
    template: &Template,
    interview_id: i64,
    key: &str,
    scope: Scope,
) -> Result<()> {
    let tx = conn.transaction()?;
    crate::interview::require(&tx, interview_id)?;
    require_item(&tx, template, interview_id, key)?;
    let owner = match scope {
        Scope::Interview => Some(interview_id),
        Scope::Everywhere => None,
    };
    tx.execute(
        "INSERT INTO checklist_hidden (interview_id, item_key) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![owner, key],
    )?;
    Ok(tx.commit()?)
}

/// Shows a hidden item again on this interview's list, lifting both its own and the global hide.
pub fn restore(
    conn: &mut Connection,
    template: &Template,
    interview_id: i64,
    key: &str,
) -> Result<()> {
    let tx = conn.transaction()?;
    crate::interview::require(&tx, interview_id)?;
    require_item(&tx, template, interview_id, key)?;
    tx.execute(
        "DELETE FROM checklist_hidden WHERE item_key = ?2 AND (interview_id = ?1 OR interview_id IS NULL)",
        params![interview_id, key],
    )?;
    Ok(tx.commit()?)
}

/// Adds the user's own item; returns its key.
pub fn add(
    conn: &mut Connection,
    interview_id: i64,
    section: Section,
    text: &str,
    scope: Scope,
    now: DateTime<Utc>,
) -> Result<String> {
    let text = TextRule::required_line(Limits::TEXT).clean("text", text)?;
    let tx = conn.transaction()?;
    crate::interview::require(&tx, interview_id)?;
    if own_items(&tx, interview_id)?.len() >= Limits::OWN_ITEMS {
        return Err(Error::Validation(vec![FieldError::new(
            "text",
            Problem::TooMany {
                max: Limits::OWN_ITEMS,
            },
        )]));
    }
    let owner = match scope {
        Scope::Interview => Some(interview_id),
        Scope::Everywhere => None,
    };
    tx.execute(
        "INSERT INTO checklist_item (interview_id, section, text, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![owner, section, &text, now.timestamp()],
    )?;
    let key = own_key(tx.last_insert_rowid());
    tx.commit()?;
    Ok(key)
}

/// Deletes the user's own item (from every list, if it was on every list). Built-in items can
/// only be hidden.
pub fn remove(
    conn: &mut Connection,
    template: &Template,
    interview_id: i64,
    key: &str,
) -> Result<()> {
    let tx = conn.transaction()?;
    crate::interview::require(&tx, interview_id)?;
    require_item(&tx, template, interview_id, key)?;
    let Some(id) = own_id(key) else {
        return Err(Error::Validation(vec![FieldError::new(
            "key",
            Problem::BuiltInItem,
        )]));
    };
    tx.execute("DELETE FROM checklist_item WHERE id = ?1", [id])?;
    tx.execute("DELETE FROM checklist_check WHERE item_key = ?1", [key])?;
    tx.execute("DELETE FROM checklist_hidden WHERE item_key = ?1", [key])?;
    Ok(tx.commit()?)
}

/// Clears every tick on this interview's list; hidden and own items stay as they are.
pub fn reset(conn: &mut Connection, interview_id: i64) -> Result<()> {
    let tx = conn.transaction()?;
    crate::interview::require(&tx, interview_id)?;
    tx.execute(
        "DELETE FROM checklist_check WHERE interview_id = ?1",
        [interview_id],
    )?;
    Ok(tx.commit()?)
}

struct OwnItem {
    id: i64,
    section: Section,
    text: String,
    scope: Scope,
}

fn own_items(conn: &Connection, interview_id: i64) -> Result<Vec<OwnItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, section, text, interview_id IS NULL FROM checklist_item
         WHERE interview_id = ?1 OR interview_id IS NULL ORDER BY id",
    )?;
    let rows = stmt.query_map([interview_id], |r| {
        let everywhere: bool = r.get(3)?;
        Ok(OwnItem {
            id: r.get(0)?,
            section: r.get(1)?,
            text: r.get(2)?,
            scope: if everywhere {
                Scope::Everywhere
            } else {
                Scope::Interview
            },
        })
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(unreadable("checklist item"))
}

/// The key names a current built-in item, or an own item on this interview's list.
fn require_item(tx: &Transaction, template: &Template, interview_id: i64, key: &str) -> Result<()> {
    let known = match own_id(key) {
        Some(id) => tx
            .query_row(
                "SELECT 1 FROM checklist_item WHERE id = ?1 AND (interview_id = ?2 OR interview_id IS NULL)",
                params![id, interview_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some(),
        None => template.item(key).is_some() && !template.retired.contains(&key),
    };
    if known {
        Ok(())
    } else {
        Err(Error::Validation(vec![FieldError::new(
            "key",
            Problem::UnknownItem,
        )]))
    }
}

fn strings(conn: &Connection, sql: &str, id: i64) -> Result<HashSet<String>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
