//! Where errors are written down: each error is logged once, where it is translated for the UI,
//! with its cause chain and the operation that failed — and never with what the user wrote.

use super::Error;

impl Error {
    /// Writes the error to the log: failures of the machine (storage, files) as errors with
    /// every cause, refusals of a request as information. Nothing the user typed is logged:
    /// validation lists only field names and codes, and a refused request's parser message has
    /// its quoted values blanked.
    pub(super) fn log(&self) {
        let code = self.code();
        let operation = OPERATION.with(|op| op.get());
        match self {
            Error::Validation(fields) => {
                let fields: Vec<String> = fields
                    .iter()
                    .map(|f| format!("{}={}", f.field, f.problem.code()))
                    .collect();
                tracing::info!(operation, code, fields = %fields.join(","), "request refused");
            }
            Error::InvalidRequest(detail) => {
                tracing::info!(operation, code, detail = %redact_quoted(detail), "request refused")
            }
            Error::NotFound => tracing::info!(operation, code, "not found"),
            _ => tracing::error!(operation, code, error = %chain(self), "operation failed"),
        }
    }
}

thread_local! {
    /// The operation this thread is running, named in every error it logs.
    static OPERATION: std::cell::Cell<&'static str> = const { std::cell::Cell::new("-") };
}

/// Runs `work` as the named operation: an error translated meanwhile on this thread is logged
/// with that name, so the log says which command failed, not only how.
pub fn in_operation<T>(name: &'static str, work: impl FnOnce() -> T) -> T {
    let outer = OPERATION.with(|op| op.replace(name));
    let out = work();
    OPERATION.with(|op| op.set(outer));
    out
}

/// A short name for the function or closure `F`: `Core::create_interview` → `create_interview`,
/// a closure inside `commands::export_file` → `export_file`.
pub fn operation_name<F>() -> &'static str {
    let full = std::any::type_name::<F>();
    let full = full.split('<').next().unwrap_or(full);
    full.split("::")
        .filter(|part| !part.is_empty() && !part.starts_with('{'))
        .last()
        .unwrap_or(full)
}

/// The error and each of its sources, outermost first: `a: b: c`.
pub fn chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut out = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !out.ends_with(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = cause.source();
    }
    out
}

/// Blanks what a parser quoted from the input (`invalid type: string "Ada"` → `string "…"`), so a
/// log line never carries a user's text.
fn redact_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut inside = false;
    for c in message.chars() {
        match (c, inside) {
            ('"' | '`', false) => {
                inside = true;
                out.push(c);
                out.push('…');
            }
            ('"' | '`', true) => {
                inside = false;
                out.push(c);
            }
            (_, true) => {}
            (c, false) => out.push(c),
        }
    }
    out
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    /// Invariant: the log names the operation that failed.
    #[test]
    fn an_error_is_logged_with_its_operation() {
        fn export_file() -> crate::ErrorPayload {
            Error::Io(std::io::Error::other("gone")).to_payload(Locale::En)
        }
        let (_, log) = crate::testing::capture_logs(|| in_operation("export_file", export_file));
        assert!(
            log.contains("operation=\"export_file\"") || log.contains("operation=export_file"),
            "{log}"
        );
        assert!(log.contains("gone"), "{log}");
        fn name_of<F>(_: F) -> &'static str {
            operation_name::<F>()
        }
        assert_eq!(name_of(crate::Core::create_interview), "create_interview");
        fn import_backup() -> &'static str {
            name_of(|| ())
        }
        assert_eq!(import_backup(), "import_backup");
    }

    /// Invariant: a log line never carries what the user typed.
    /// Invariant: a log line never carries what the user typed.
    #[test]
    fn quoted_input_is_blanked_before_logging() {
        assert_eq!(
            redact_quoted(r#"invalid type: string "Ada Lovelace", expected u32"#),
            r#"invalid type: string "…", expected u32"#
        );
        assert_eq!(redact_quoted("unknown field `x`"), "unknown field `…`");
    }
}
