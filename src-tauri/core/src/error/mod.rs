//! The core's one error type, and the `{code, message, fields}` payload it becomes at the IPC
//! boundary: a stable code for programs, a translated message for people, and no SQL or paths.

use crate::i18n::{text, Locale};
use fluent_bundle::FluentArgs;
use serde::Serialize;

mod log;
pub use log::{chain, in_operation, operation_name};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The request was not of the documented shape (wrong type, unknown field, missing field).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The request was well formed but some fields are not acceptable.
    #[error("validation failed: {0:?}")]
    Validation(Vec<FieldError>),
    #[error("not found")]
    NotFound,
    #[error("database schema {found} is newer than this app's {supported}")]
    DatabaseTooNew { found: i64, supported: i64 },
    /// The database file is damaged; it has been set aside untouched.
    #[error("the database file is damaged")]
    Corrupt,
    #[error("storage: {0}")]
    Storage(#[from] rusqlite::Error),
    #[error("migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    /// A value read back from the database is not one this app writes (a damaged or hand-edited
    /// row). It is reported, never replaced by a default that would hide it.
    #[error("stored {what} is unreadable: {detail}")]
    StoredValue { what: &'static str, detail: String },
    /// The record of changes (sync's Loro document) refused an operation.
    #[error("record of changes: {0}")]
    Sync(#[from] loro::LoroError),
}

impl Error {
    /// A validation error about one field.
    pub fn field(field: &str, problem: Problem) -> Error {
        Error::Validation(vec![FieldError::new(field, problem)])
    }

    /// The stable code the UI and the tests match on. Documented in the README.
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidRequest(_) => "invalid_request",
            Error::Validation(_) => "validation",
            Error::NotFound => "not_found",
            Error::DatabaseTooNew { .. } => "database_too_new",
            Error::Corrupt => "corrupt_database",
            Error::Storage(e) if sqlite_code(e) == Some(rusqlite::ErrorCode::DiskFull) => {
                "disk_full"
            }
            // Cannot open the file of a folder that exists: it cannot be written (read-only, or
            // its permissions), which is what the user can act on.
            Error::Storage(e)
                if matches!(
                    sqlite_code(e),
                    Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen)
                ) =>
            {
                "read_only"
            }
            Error::Io(e) if e.kind() == std::io::ErrorKind::StorageFull => "disk_full",
            Error::Io(e) if e.kind() == std::io::ErrorKind::ReadOnlyFilesystem => "read_only",
            Error::Storage(_)
            | Error::Migration(_)
            | Error::StoredValue { .. }
            | Error::Sync(_) => "storage",
            Error::Io(_) => "io",
        }
    }

    /// An unreadable stored value: `what` names the column, `detail` what was found there.
    pub fn stored(what: &'static str, detail: impl std::fmt::Display) -> Error {
        Error::StoredValue {
            what,
            detail: detail.to_string(),
        }
    }

    /// The error as the UI receives it, written in `locale`. This is where every error that
    /// reaches a user is translated, so it is also where it is logged, with its cause chain.
    pub fn to_payload(&self, locale: Locale) -> ErrorPayload {
        self.log();
        let mut args = FluentArgs::new();
        if let Error::DatabaseTooNew { found, supported } = self {
            args.set("found", *found);
            args.set("supported", *supported);
        }
        let id = format!("error-{}", self.code().replace('_', "-"));
        let message = text(locale, &id, Some(&args));
        let fields = match self {
            Error::Validation(fields) => fields.iter().map(|f| f.to_payload(locale)).collect(),
            _ => Vec::new(),
        };
        ErrorPayload {
            code: self.code(),
            message,
            fields,
        }
    }
}

fn sqlite_code(error: &rusqlite::Error) -> Option<rusqlite::ErrorCode> {
    match error {
        rusqlite::Error::SqliteFailure(e, _) => Some(e.code),
        _ => None,
    }
}

/// What was wrong with one field, in terms a form can show beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field's JSON name; list items are addressed as `interviewers.2.name`.
    pub field: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum Problem {
    Required,
    TooLong {
        max: usize,
    },
    TooMany {
        max: usize,
    },
    OutOfRange {
        min: i64,
        max: i64,
    },
    InvalidDateTime,
    UnknownTimeZone,
    /// The wall-clock time is skipped by a daylight-saving change in that zone.
    NonexistentTime,
    InvalidUrl,
    UnknownInterview,
    LinksToItself,
    ControlCharacters,
    /// No checklist item with that key is on this interview's list.
    UnknownItem,
    /// Built-in checklist items can be hidden but not removed.
    BuiltInItem,
    /// Not one of the offered choices.
    InvalidChoice,
    /// That status cannot follow the interview's current one.
    InvalidTransition,
    /// A reminder before the interview cannot be put off past its start.
    SnoozePastStart,
    /// The chosen file is not an Intervju backup, or is damaged.
    NotABackup,
    /// The backup was made by a newer version of the app.
    BackupTooNew,
    /// The chosen file is not an iCalendar file.
    NotACalendar,
    /// The calendar file holds no event.
    NoEvent,
    /// The invitation's meeting was imported before: its interview is moved or cancelled, not
    /// made again.
    AlreadyImported,
    /// Not six words of the pairing list.
    PairingCode,
    /// The chosen file is not a bundle of changes from Intervju.
    NotABundle,
    /// The bundle was written by a newer version of the app.
    BundleTooNew,
    /// The bundle was cut short or changed, or sealed with another key than its sender's.
    BundleDamaged,
    /// The bundle comes from a device that is not paired with this one.
    BundleNotPaired,
    /// The bundle was written by this device.
    BundleFromHere,
    /// The local network endpoint is not running on this device (it could not bind).
    NetworkOff,
}

impl Problem {
    pub fn code(self) -> &'static str {
        match self {
            Problem::Required => "required",
            Problem::TooLong { .. } => "too_long",
            Problem::TooMany { .. } => "too_many",
            Problem::OutOfRange { .. } => "out_of_range",
            Problem::InvalidDateTime => "invalid_date_time",
            Problem::UnknownTimeZone => "unknown_time_zone",
            Problem::NonexistentTime => "nonexistent_time",
            Problem::InvalidUrl => "invalid_url",
            Problem::UnknownInterview => "unknown_interview",
            Problem::LinksToItself => "links_to_itself",
            Problem::ControlCharacters => "control_characters",
            Problem::UnknownItem => "unknown_item",
            Problem::BuiltInItem => "built_in_item",
            Problem::InvalidChoice => "invalid_choice",
            Problem::InvalidTransition => "invalid_transition",
            Problem::SnoozePastStart => "snooze_past_start",
            Problem::NotABackup => "not_a_backup",
            Problem::BackupTooNew => "backup_too_new",
            Problem::NotACalendar => "not_a_calendar",
            Problem::NoEvent => "no_event",
            Problem::AlreadyImported => "already_imported",
            Problem::PairingCode => "pairing_code",
            Problem::NotABundle => "not_a_bundle",
            Problem::BundleTooNew => "bundle_too_new",
            Problem::BundleDamaged => "bundle_damaged",
            Problem::BundleNotPaired => "bundle_not_paired",
            Problem::BundleFromHere => "bundle_from_here",
            Problem::NetworkOff => "network_off",
        }
    }
}

impl FieldError {
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        Self {
            field: field.into(),
            problem,
        }
    }

    fn to_payload(&self, locale: Locale) -> FieldErrorPayload {
        let mut args = FluentArgs::new();
        match self.problem {
            Problem::TooLong { max } | Problem::TooMany { max } => args.set("max", max),
            Problem::OutOfRange { min, max } => {
                args.set("min", min);
                args.set("max", max);
            }
            _ => {}
        }
        let id = format!("field-{}", self.problem.code().replace('_', "-"));
        FieldErrorPayload {
            field: self.field.clone(),
            code: self.problem.code(),
            message: text(locale, &id, Some(&args)),
        }
    }
}

/// The only error shape that crosses IPC.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ErrorPayload {
    pub code: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldErrorPayload>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FieldErrorPayload {
    pub field: String,
    pub code: &'static str,
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Invariant: the JSON the UI receives keeps this exact shape; the UI and the README rely on it.
    #[test]
    fn not_found_serialises_as_code_and_message() {
        let payload = Error::NotFound.to_payload(Locale::En);
        assert_eq!(
            serde_json::to_value(&payload).unwrap(),
            json!({"code": "not_found", "message": "That interview no longer exists."})
        );
    }

    #[test]
    fn validation_lists_each_field_with_a_translated_message() {
        let error = Error::Validation(vec![
            FieldError::new("company", Problem::Required),
            FieldError::new("role", Problem::TooLong { max: 120 }),
        ]);
        assert_eq!(
            serde_json::to_value(error.to_payload(Locale::Nb)).unwrap(),
            json!({
                "code": "validation",
                "message": "Noen felt må rettes.",
                "fields": [
                    {"field": "company", "code": "required", "message": "Dette feltet må fylles ut."},
                    {"field": "role", "code": "too_long", "message": "Bruk høyst 120 tegn."}
                ]
            })
        );
    }

    /// Invariant: no SQL text or file path reaches the UI, whatever the underlying failure said.
    #[test]
    fn storage_errors_hide_their_details() {
        let sql = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(1),
            Some("no such table: interview at /home/me/secret.db".into()),
        );
        let payload = Error::Storage(sql).to_payload(Locale::Sv);
        assert_eq!(payload.code, "storage");
        assert!(!payload.message.contains("secret"));
        assert!(!payload.message.contains("table"));
    }

    /// Invariant: every error code and every field problem has its own text in every language;
    /// none of them is left to the English fallback or to the bare message id.
    #[test]
    fn every_code_and_problem_has_its_own_text_in_every_locale() {
        use strum::IntoEnumIterator;
        let sql = |code| rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None);
        let errors = [
            Error::InvalidRequest(String::new()),
            Error::Validation(vec![]),
            Error::NotFound,
            Error::DatabaseTooNew {
                found: 9,
                supported: 1,
            },
            Error::Io(std::io::Error::other("x")),
            Error::Corrupt,
            Error::Io(std::io::Error::from(std::io::ErrorKind::StorageFull)),
            Error::Io(std::io::Error::from(std::io::ErrorKind::ReadOnlyFilesystem)),
            Error::Storage(sql(rusqlite::ffi::SQLITE_IOERR)),
            Error::stored("x", "y"),
        ];
        let codes: std::collections::BTreeSet<_> = errors.iter().map(Error::code).collect();
        assert_eq!(
            codes.len(),
            9,
            "every code is covered once or more: {codes:?}"
        );
        for locale in Locale::ALL {
            for error in &errors {
                let id = format!("error-{}", error.code().replace('_', "-"));
                let own = crate::i18n::own_text(locale, &id, None);
                assert!(own.is_some(), "{locale:?} has no text of its own for {id}");
            }
            for problem in Problem::iter() {
                let id = format!("field-{}", problem.code().replace('_', "-"));
                let own = crate::i18n::own_text(locale, &id, None);
                assert!(own.is_some(), "{locale:?} has no text of its own for {id}");
                let payload = FieldError::new("x", problem).to_payload(locale);
                assert_eq!(
                    Some(payload.message),
                    own.map(|_| payload_text(locale, &id, problem))
                );
            }
        }
    }

    fn payload_text(locale: Locale, id: &str, problem: Problem) -> String {
        let mut args = FluentArgs::new();
        if let Problem::TooLong { max } | Problem::TooMany { max } = problem {
            args.set("max", max);
        }
        if let Problem::OutOfRange { min, max } = problem {
            args.set("min", min);
            args.set("max", max);
        }
        crate::i18n::own_text(locale, id, Some(&args)).unwrap()
    }
}
