//! Changing a CHECK constraint in place, the way SQLite documents for schema changes ALTER TABLE
//! cannot make (<https://www.sqlite.org/lang_altertable.html>, "Making Other Kinds Of Table
//! Schema Changes"): inside the migration's transaction, read the schema version, edit the
//! table's SQL in `sqlite_schema` under `writable_schema`, bump the schema version by one so
//! every connection (this one too) reads the schema again, and check the database's integrity.
//!
//! Why not rebuild the table: `interview` is the parent of most rows (deleting it with foreign
//! keys on would cascade through every child table) and carries the search index's and sync's
//! triggers. Widening a CHECK cannot make any stored row invalid, so no row needs to be looked
//! at — the case the documentation names as safe for this procedure.

use rusqlite::Transaction;
use rusqlite_migration::HookResult;

/// The status CHECK of `interview` as migration 1 wrote it, and with 'cancelled' added.
const STATUSES_BEFORE: &str =
    "('planned', 'done', 'awaiting', 'next_round', 'offer', 'rejected', 'withdrawn')";
const STATUSES_AFTER: &str =
    "('planned', 'done', 'awaiting', 'next_round', 'offer', 'rejected', 'withdrawn', 'cancelled')";

/// Migration 11's hook: `interview.status` may be 'cancelled'.
pub fn allow_cancelled_status(tx: &Transaction) -> HookResult {
    replace_in_table_sql(tx, "interview", STATUSES_BEFORE, STATUSES_AFTER)
}

/// Replaces `before` by `after` in the SQL that created `table`, exactly once, and makes SQLite
/// read the schema again. Fails (and so rolls the whole migration back) if the SQL does not hold
/// `before` exactly once, or if the database is not sound afterwards.
pub fn replace_in_table_sql(
    tx: &Transaction,
    table: &str,
    before: &str,
    after: &str,
) -> HookResult {
    let sql: String = tx.query_row(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1",
        [table],
        |r| r.get(0),
    )?;
    if sql.matches(before).count() != 1 {
        return Err(hook_error(format!(
            "the CHECK of {table} is not the one expected"
        )));
    }
    let version: i64 = tx.query_row("PRAGMA schema_version", [], |r| r.get(0))?;
    tx.execute_batch("PRAGMA writable_schema = ON")?;
    let edited = tx.execute(
        "UPDATE sqlite_schema SET sql = ?2 WHERE type = 'table' AND name = ?1",
        [table, &sql.replacen(before, after, 1)],
    );
    // The switch goes off again whatever happened: no later statement may write the schema.
    let bumped =
        edited.and_then(|_| tx.execute_batch(&format!("PRAGMA schema_version = {}", version + 1)));
    tx.execute_batch("PRAGMA writable_schema = OFF")?;
    bumped?;
    let check: String = tx.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(hook_error(format!(
            "integrity check after editing {table}: {check}"
        )));
    }
    Ok(())
}

fn hook_error(message: String) -> rusqlite_migration::HookError {
    rusqlite_migration::HookError::Hook(message)
}

/// Used by tests: the same edit outside a migration, on a connection of its own.
#[cfg(test)]
pub(crate) fn edit_in_own_transaction(
    conn: &mut rusqlite::Connection,
    table: &str,
    before: &str,
    after: &str,
) -> HookResult {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    replace_in_table_sql(&tx, table, before, after)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Invariant: after the edit, this very connection enforces the new CHECK (the schema was
    /// read again), other values are still refused, and the database is sound.
    #[test]
    fn a_widened_check_holds_at_once_on_the_same_connection() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE t (v TEXT NOT NULL CHECK (v IN ('a', 'b'))) STRICT;
             CREATE INDEX t_by_v ON t (v);
             INSERT INTO t VALUES ('a');",
        )
        .unwrap();
        assert!(conn.execute("INSERT INTO t VALUES ('c')", []).is_err());
        edit_in_own_transaction(&mut conn, "t", "('a', 'b')", "('a', 'b', 'c')").unwrap();
        conn.execute("INSERT INTO t VALUES ('c')", []).unwrap();
        assert!(conn.execute("INSERT INTO t VALUES ('d')", []).is_err());
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
        let writable: i64 = conn
            .query_row("PRAGMA writable_schema", [], |r| r.get(0))
            .unwrap();
        assert_eq!(writable, 0, "writable_schema is off again");
    }

    /// Invariant: SQL that does not hold the expected text exactly once is left alone, and the
    /// failure is an error (a migration would roll back).
    #[test]
    fn an_unexpected_table_is_refused_and_untouched() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (v TEXT CHECK (v IN ('x')))")
            .unwrap();
        let before: String = conn
            .query_row("SELECT sql FROM sqlite_schema WHERE name = 't'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert!(edit_in_own_transaction(&mut conn, "t", "('a', 'b')", "('a')").is_err());
        let after: String = conn
            .query_row("SELECT sql FROM sqlite_schema WHERE name = 't'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(after, before);
    }
}
