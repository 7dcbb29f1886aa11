//! The full backup as JSON: every table the user's data lives in, row by row, with the format's
//! version and the schema it came from. Importing it restores into an empty database as it was,
//! or adds to an existing one: an interview already there (same employer, role, round and start)
//! is recognised and left alone, so nothing is overwritten and importing twice adds nothing. Rows
//! keep the file's uids (their names to paired devices) where those name nothing here (`ids`).

use crate::db;
use crate::error::{Error, Problem, Result};
use chrono::{DateTime, Utc};
use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::{Map, Number, Value};
use std::collections::{HashMap, HashSet};

mod ids;
#[cfg(test)]
mod tests;

use ids::{keep_id_if_free, raise_high_water, Uids};

pub const FORMAT: &str = "intervju-backup";
pub const VERSION: i64 = 1;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    Interview,
    Question,
}

/// A table of the backup: its name, its own integer key (if rows are referred to by it), the
/// columns that point at interviews or questions, and its order.
struct Table {
    name: &'static str,
    own_id: bool,
    refs: &'static [(&'static str, Owner)],
    order: &'static str,
}

const fn table(
    name: &'static str,
    own_id: bool,
    refs: &'static [(&'static str, Owner)],
    order: &'static str,
) -> Table {
    Table {
        name,
        own_id,
        refs,
        order,
    }
}

const IV: (&str, Owner) = ("interview_id", Owner::Interview);
const QU: (&str, Owner) = ("question_id", Owner::Question);

/// Parents before children. The search index is not here: its triggers rebuild it on import.
const TABLES: &[Table] = &[
    table("interview", true, &[], "id"),
    table("interviewer", false, &[IV], "interview_id, position"),
    table("preparation", false, &[IV], "interview_id"),
    table("preparation_item", true, &[IV], "id"),
    table("practice_session", true, &[IV], "id"),
    table("question", true, &[], "id"),
    table(
        "question_use",
        false,
        &[QU, IV],
        "question_id, interview_id",
    ),
    table("practice_attempt", true, &[QU], "id"),
    table("checklist_item", true, &[IV], "id"),
    table("checklist_hidden", false, &[IV], "rowid"),
    table("checklist_check", false, &[IV], "interview_id, item_key"),
    table("reflection", false, &[IV], "interview_id"),
    table("lesson", true, &[IV], "id"),
    table("feedback", false, &[IV], "interview_id"),
    table("reminder", true, &[IV], "id"),
    table("reminder_switch", false, &[IV], "interview_id, kind"),
    table("setting", false, &[], "key"),
    table("reporting", false, &[], "key"),
    table("activity", true, &[], "id"),
    table("report_period", false, &[], "authority, period_start"),
    table("report_reminder", true, &[], "id"),
    // Last: while rows come in, the marks are still this database's own (see `keep_id_if_free`).
    table("id_high_water", false, &[], "table_name"),
];

pub fn export(conn: &Connection, now: DateTime<Utc>) -> Result<Value> {
    let mut tables = Map::new();
    for t in TABLES {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {} ORDER BY {}", t.name, t.order))?;
        let names: Vec<String> = stmt.column_names().iter().map(|c| c.to_string()).collect();
        let rows = stmt
            .query_map([], |r| {
                let mut row = Map::new();
                for (i, name) in names.iter().enumerate() {
                    row.insert(name.clone(), to_json(r.get_ref(i)?));
                }
                Ok(Value::Object(row))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        tables.insert(t.name.to_owned(), Value::Array(rows));
    }
    Ok(serde_json::json!({
        "format": FORMAT,
        "version": VERSION,
        "schema": db::latest_version(),
        "exportedAt": now,
        "tables": tables,
    }))
}

fn to_json(value: ValueRef) -> Value {
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
        ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
        // No column of ours holds bytes.
        ValueRef::Blob(_) => Value::Null,
    }
}

fn to_sql(value: &Value) -> Option<SqlValue> {
    Some(match value {
        Value::Null => SqlValue::Null,
        Value::Number(n) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => SqlValue::Real(n.as_f64()?),
        },
        Value::String(s) => SqlValue::Text(s.clone()),
        Value::Bool(b) => SqlValue::Integer((*b).into()),
        Value::Array(_) | Value::Object(_) => return None,
    })
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    /// Interviews added, with everything that belongs to them.
    pub interviews: u32,
    /// Interviews already in the database, left exactly as they were.
    pub duplicates: u32,
    pub questions: u32,
    pub existing_questions: u32,
}

fn not_a_backup() -> Error {
    Error::field("file", Problem::NotABackup)
}

/// A row the database refuses for what it holds (a CHECK, a foreign key, a missing or duplicate
/// value, a value of the wrong type or size) means a damaged or foreign file. Any other failure
/// (the disk is full, the folder is read-only, the file is locked) is not the file's fault and
/// stays what it is, so the user is not told to find another backup.
fn refused_row(table: &str, error: Error) -> Error {
    use rusqlite::ErrorCode::{ConstraintViolation, TooBig, TypeMismatch};
    match &error {
        Error::Storage(rusqlite::Error::SqliteFailure(e, _))
            if matches!(e.code, ConstraintViolation | TypeMismatch | TooBig) =>
        {
            // The table and SQLite's code only: the row is the user's own text.
            tracing::warn!(table, code = e.extended_code, "a backup row was refused");
            not_a_backup()
        }
        _ => error,
    }
}

/// Adds a backup's contents in one transaction: all of it, or (on any error) none of it.
pub fn import(conn: &mut Connection, text: &str) -> Result<ImportSummary> {
    let doc: Value = serde_json::from_str(text).map_err(|_| not_a_backup())?;
    if doc["format"] != FORMAT || !doc["version"].is_i64() {
        return Err(not_a_backup());
    }
    let version = doc["version"].as_i64().unwrap_or_default();
    let schema = doc["schema"].as_i64().ok_or_else(not_a_backup)?;
    if version > VERSION || schema > db::latest_version() {
        return Err(Error::field("file", Problem::BackupTooNew));
    }
    let tables = doc["tables"].as_object().ok_or_else(not_a_backup)?;
    if tables.keys().any(|k| !TABLES.iter().any(|t| t.name == k)) {
        return Err(not_a_backup());
    }
    let tx = conn.transaction()?;
    let mut import = Import::default();
    for t in TABLES {
        let rows = match tables.get(t.name) {
            None => continue,
            Some(Value::Array(rows)) => rows,
            Some(_) => return Err(not_a_backup()),
        };
        let columns = columns(&tx, t.name)?;
        for row in rows {
            let row = row.as_object().ok_or_else(not_a_backup)?;
            if row.keys().any(|k| !columns.contains(k)) {
                return Err(not_a_backup());
            }
            import
                .row(&tx, t, row)
                .map_err(|e| refused_row(t.name, e))?;
        }
    }
    import.link_rounds(&tx)?;
    tx.commit()?;
    Ok(import.summary)
}

fn columns(conn: &Connection, table: &str) -> Result<HashSet<String>> {
    let mut stmt = conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))?;
    let names = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}

#[derive(Default)]
struct Import {
    /// The file's interview ids to ours; `None` for an interview that was already there.
    interviews: HashMap<i64, Option<i64>>,
    questions: HashMap<i64, i64>,
    /// Questions of the file that were already here, by our id.
    existing_questions: HashSet<i64>,
    /// New interviews whose earlier round is to be linked once all interviews are in.
    rounds: Vec<(i64, i64)>,
    uids: Uids,
    summary: ImportSummary,
}

impl Import {
    fn row(&mut self, tx: &Connection, t: &Table, row: &Map<String, Value>) -> Result<()> {
        let mut row = row.clone();
        match t.name {
            "interview" => return self.interview(tx, row),
            "question" => return self.question(tx, row),
            // The settings here win over the file's; a period marked here, or a reporting
            // reminder already planned here, stays as it is.
            "setting" | "reporting" | "report_period" => {
                return insert(tx, t.name, &row, "OR IGNORE").map(drop)
            }
            "id_high_water" => return raise_high_water(tx, &row),
            _ => {}
        }
        for (column, owner) in t.refs {
            let Some(old) = row.get(*column).and_then(Value::as_i64) else {
                // Rows for every interview (a checklist item or hide "everywhere").
                continue;
            };
            let new = match owner {
                Owner::Interview => self.interviews.get(&old).copied().flatten(),
                Owner::Question => self.questions.get(&old).copied(),
            };
            // A row of an interview that was already there, or of nothing in the file.
            let Some(new) = new else { return Ok(()) };
            row.insert((*column).to_owned(), new.into());
        }
        if t.name == "checklist_item" && row["interview_id"].is_null() {
            let same: Option<i64> = tx
                .query_row(
                    "SELECT id FROM checklist_item WHERE interview_id IS NULL AND section = ?1 AND text = ?2",
                    [row["section"].as_str(), row["text"].as_str()],
                    |r| r.get(0),
                )
                .optional()?;
            if same.is_some() {
                return Ok(());
            }
        }
        if t.name == "practice_attempt" && self.practised_here(tx, &row)? {
            return Ok(());
        }
        if t.name == "activity" && activity_here(tx, &row)? {
            return Ok(());
        }
        if t.own_id {
            keep_id_if_free(tx, t.name, &mut row)?;
        }
        self.uids.keep_if_free(tx, t.name, &mut row)?;
        // A question used twice once duplicates merge, or a hide already here, is one row.
        // Only there: elsewhere a conflict means a damaged file and stops the import.
        let or = match t.name {
            "question_use" | "checklist_hidden" | "report_reminder" => "OR IGNORE",
            _ => "",
        };
        insert(tx, t.name, &row, or).map(drop)
    }

    fn interview(&mut self, tx: &Connection, mut row: Map<String, Value>) -> Result<()> {
        let old = row
            .get("id")
            .and_then(Value::as_i64)
            .ok_or_else(not_a_backup)?;
        let key = ["company", "role", "round", "start_local", "time_zone"].map(|c| {
            row.get(c)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        });
        let existing: Option<i64> = tx
            .query_row(
                "SELECT id FROM interview WHERE company = ?1 AND role = ?2 AND round = ?3
                 AND start_local = ?4 AND time_zone = ?5",
                params_from_iter(key.iter()),
                |r| r.get(0),
            )
            .optional()?;
        if existing.is_some() {
            self.interviews.insert(old, None);
            self.summary.duplicates += 1;
            return Ok(());
        }
        let previous = row.insert("previous_round_id".into(), Value::Null);
        keep_id_if_free(tx, "interview", &mut row)?;
        self.uids.keep_if_free(tx, "interview", &mut row)?;
        let new = insert(tx, "interview", &row, "")?;
        if let Some(previous) = previous.and_then(|p| p.as_i64()) {
            self.rounds.push((new, previous));
        }
        self.interviews.insert(old, Some(new));
        self.summary.interviews += 1;
        Ok(())
    }

    fn question(&mut self, tx: &Connection, mut row: Map<String, Value>) -> Result<()> {
        let old = row
            .get("id")
            .and_then(Value::as_i64)
            .ok_or_else(not_a_backup)?;
        let text = row.get("text").and_then(Value::as_str).unwrap_or_default();
        let uid = row.get("uid").and_then(Value::as_str);
        // Of several questions with this text here, the very one the file holds (its uid), so
        // its practice attempts are recognised as already here; else the oldest.
        let existing: Option<i64> = tx
            .query_row(
                "SELECT id FROM question WHERE lower(trim(text)) = lower(trim(?1))
                 ORDER BY uid IS ?2 DESC, id LIMIT 1",
                rusqlite::params![text, uid],
                |r| r.get(0),
            )
            .optional()?;
        let new = match existing {
            Some(id) => {
                self.summary.existing_questions += 1;
                // Its practice attempts join the copy already here (see `practised_here`).
                self.questions.insert(old, id);
                self.existing_questions.insert(id);
                return Ok(());
            }
            None => {
                keep_id_if_free(tx, "question", &mut row)?;
                self.uids.keep_if_free(tx, "question", &mut row)?;
                self.summary.questions += 1;
                insert(tx, "question", &row, "")?
            }
        };
        self.questions.insert(old, new);
        Ok(())
    }

    /// Whether an attempt (its question already mapped to ours) is one the question already here
    /// has: the same moment and rating. Importing a backup again then adds no attempts twice.
    fn practised_here(&self, tx: &Connection, row: &Map<String, Value>) -> Result<bool> {
        let Some(question) = row.get("question_id").and_then(Value::as_i64) else {
            return Ok(false);
        };
        if !self.existing_questions.contains(&question) {
            return Ok(false);
        }
        let value = |column: &str| row.get(column).and_then(to_sql).unwrap_or(SqlValue::Null);
        Ok(tx
            .prepare_cached(
                "SELECT 1 FROM practice_attempt WHERE question_id = ?1 AND at IS ?2 AND rating IS ?3",
            )?
            .query_row(
                rusqlite::params![question, value("at"), value("rating")],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Links each new interview to its earlier round, if that round came in too (new or
    /// already there under the same key, it is the same meeting).
    fn link_rounds(&self, tx: &Connection) -> Result<()> {
        for (new, previous) in &self.rounds {
            if let Some(Some(target)) = self.interviews.get(previous) {
                tx.execute(
                    "UPDATE interview SET previous_round_id = ?1 WHERE id = ?2",
                    [target, new],
                )?;
            }
        }
        Ok(())
    }
}

/// Inserts a row whose column names were checked against the table; returns its rowid.
/// The same activity (kind, day, employer and job) is here already: importing twice adds nothing.
fn activity_here(tx: &Connection, row: &Map<String, Value>) -> Result<bool> {
    let key = ["kind", "on_date", "employer", "title"]
        .map(|c| row.get(c).and_then(Value::as_str).unwrap_or_default());
    Ok(tx
        .query_row(
            "SELECT 1 FROM activity WHERE kind = ?1 AND on_date = ?2 AND employer = ?3 AND title = ?4",
            params_from_iter(key.iter()),
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn insert(tx: &Connection, table: &str, row: &Map<String, Value>, or: &str) -> Result<i64> {
    let names: Vec<&str> = row.keys().map(String::as_str).collect();
    let values = row
        .values()
        .map(to_sql)
        .collect::<Option<Vec<_>>>()
        .ok_or_else(not_a_backup)?;
    let marks = vec!["?"; names.len()].join(", ");
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    tx.prepare_cached(&format!(
        "INSERT {or} INTO {table} ({}) VALUES ({marks})",
        quoted.join(", ")
    ))?
    .execute(params_from_iter(values))?;
    Ok(tx.last_insert_rowid())
}
