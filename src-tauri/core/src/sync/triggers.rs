//! The SQL of migration 9, written from the table description in `schema`: a uid for every row
//! that has its own identity, and triggers that note each changed row's document key in
//! `sync_dirty`, in the same transaction as the change. So every write path (forms, imports,
//! restores, cascades) is seen without each one knowing about sync, and a crash between a save
//! and its way into the document loses nothing: the note is committed with the save.
//!
//! The migration file is this text, frozen; a test fails if the description and the file part.

use super::schema::{Identity, Part, Table, TABLES};

/// (`ON CONFLICT DO NOTHING`, not `INSERT OR IGNORE`: inside a trigger an `OR` clause gives way
/// to the outer statement's, and an `INSERT OR ABORT` that fired it would fail on a second note.)
///
/// The SQL expression for a row's document key, over `NEW` or `OLD` (or a table alias). `NULL`
/// when a row it belongs to is gone (a cascade after its interview): that record goes with it.
pub fn key_expr(table: &Table, row: &str) -> String {
    match table.identity {
        Identity::Uid => format!("{row}.uid"),
        Identity::Parts(parts) => parts
            .iter()
            .map(|p| part_expr(p, row))
            .collect::<Vec<_>>()
            .join(" || '/' || "),
    }
}

fn part_expr(part: &Part, row: &str) -> String {
    let column = format!("{row}.{}", part.column);
    match part.link {
        Some(target) => format!(
            "CASE WHEN {column} IS NULL THEN '*' \
             ELSE (SELECT uid FROM {target} WHERE id = {column}) END"
        ),
        None => format!("CAST({column} AS TEXT)"),
    }
}

fn when(table: &Table, row: &str) -> String {
    match table.only {
        Some(condition) => format!(" WHERE {row}.{condition}"),
        None => String::new(),
    }
}

fn note(table: &Table, row: &str) -> String {
    let key = key_expr(table, row);
    let only = table
        .only
        .map(|c| format!(" AND {row}.{c}"))
        .unwrap_or_default();
    format!(
        "    INSERT INTO sync_dirty (table_name, key)\n        \
         SELECT '{}', k FROM (SELECT {key} AS k) WHERE k IS NOT NULL{only}\n        \
         ON CONFLICT DO NOTHING;\n",
        table.name
    )
}

/// The migrations written from the description: 9, where sync began, and each that made more
/// tables sync since. A test holds each file to what this writes.
pub const VERSIONS: &[(i64, &str)] = &[
    (9, include_str!("../../migrations/0009_sync.sql")),
    (16, include_str!("../../migrations/0016_reporting_sync.sql")),
];

/// The whole of migration `version`: uids and triggers for the tables that began to sync with it.
pub fn migration_sql(version: i64) -> String {
    let tables: Vec<&Table> = TABLES.iter().filter(|t| t.since == version).collect();
    let mut sql = match version {
        9 => String::from(HEADER),
        _ => format!(
            "-- Schema {version}: more tables sync ({}). Written by `sync::triggers::migration_sql`\n\
             -- from `sync::schema` and frozen here (a test compares the two).\n",
            tables.iter().map(|t| t.name).collect::<Vec<_>>().join(", ")
        ),
    };
    for table in tables.iter().filter(|t| t.has_uid()) {
        let name = table.name;
        sql.push_str(&format!(
            "\nALTER TABLE {name} ADD COLUMN uid TEXT;\n\
             UPDATE {name} SET uid = lower(hex(randomblob(16)));\n\
             CREATE UNIQUE INDEX {name}_by_uid ON {name} (uid);\n\
             CREATE TRIGGER {name}_uid AFTER INSERT ON {name} WHEN NEW.uid IS NULL BEGIN\n    \
             UPDATE {name} SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;\nEND;\n"
        ));
    }
    for table in &tables {
        let name = table.name;
        let insert_when = if table.has_uid() {
            " WHEN NEW.uid IS NOT NULL"
        } else {
            ""
        };
        sql.push_str(&format!(
            "\nCREATE TRIGGER {name}_sync_insert AFTER INSERT ON {name}{insert_when} BEGIN\n{}END;\n\
             CREATE TRIGGER {name}_sync_update AFTER UPDATE ON {name} BEGIN\n{}{}END;\n\
             CREATE TRIGGER {name}_sync_delete AFTER DELETE ON {name} BEGIN\n{}END;\n",
            note(table, "NEW"),
            note(table, "OLD"),
            note(table, "NEW"),
            note(table, "OLD"),
        ));
    }
    sql.push_str(
        "\n-- Everything already written is new to the document: it is built from these.\n",
    );
    for table in &tables {
        sql.push_str(&format!(
            "INSERT INTO sync_dirty (table_name, key)\n    \
             SELECT '{}', k FROM (SELECT {} AS k FROM {} AS row{}) WHERE k IS NOT NULL\n    \
             ON CONFLICT DO NOTHING;\n",
            table.name,
            key_expr(table, "row"),
            table.name,
            when(table, "row"),
        ));
    }
    sql
}

const HEADER: &str = "\
-- Schema 9: sync. Written by `sync::triggers::migration_sql` from `sync::schema` and frozen here
-- (a test compares the two).
--
-- sync_dirty: rows changed since they last went into the document, by document key. Triggers
-- below add to it in the same transaction as the change; the engine empties it in the same
-- transaction that stores the document update made from it.
-- sync_update, sync_snapshot: the document itself (Loro), as a snapshot and the updates since.
-- sync_device: this device's id and name. sync_peer: paired devices (device_id is NULL until
-- the first bundle from a device that was given the pairing code).
CREATE TABLE sync_dirty (
    table_name TEXT NOT NULL,
    key        TEXT NOT NULL,
    PRIMARY KEY (table_name, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_update (
    id    INTEGER PRIMARY KEY,
    bytes BLOB    NOT NULL
) STRICT;

CREATE TABLE sync_snapshot (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    bytes BLOB    NOT NULL
) STRICT;

CREATE TABLE sync_device (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT    NOT NULL,
    name      TEXT    NOT NULL
) STRICT;

CREATE TABLE sync_peer (
    id            INTEGER PRIMARY KEY,
    device_id     TEXT    UNIQUE,
    name          TEXT    NOT NULL DEFAULT '',
    key           BLOB    NOT NULL UNIQUE,
    paired_at     INTEGER NOT NULL,
    last_exchange INTEGER,
    brought       TEXT    NOT NULL DEFAULT '{}',
    their_version BLOB
) STRICT;

INSERT INTO sync_device (id, device_id, name) VALUES (1, lower(hex(randomblob(16))), '');
";

#[cfg(test)]
mod tests {
    #[test]
    fn the_migration_files_are_what_the_description_writes() {
        for &(version, file) in super::VERSIONS {
            let written = super::migration_sql(version);
            let name = match version {
                9 => "0009_sync.sql",
                16 => "0016_reporting_sync.sql",
                other => panic!("no file name for migration {other}"),
            };
            if std::env::var_os("UPDATE_MIGRATION").is_some() {
                let path = format!("{}/migrations/{name}", env!("CARGO_MANIFEST_DIR"));
                std::fs::write(path, &written).unwrap();
                continue;
            }
            assert_eq!(
                file, written,
                "sync::schema changed: a released migration is frozen, so add a new one \
                 (UPDATE_MIGRATION=1 rewrites {name} while it is unreleased)"
            );
        }
    }

    /// Every table that syncs was made to sync by one of the migrations written here.
    #[test]
    fn every_synced_table_has_its_migration() {
        for table in super::TABLES {
            assert!(
                super::VERSIONS.iter().any(|(v, _)| *v == table.since),
                "{} syncs since {}, which no migration writes",
                table.name,
                table.since
            );
        }
    }
}
