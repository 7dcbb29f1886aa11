//! Getting data out and in (PRODUCT §9): the full JSON backup, CSV for reporting job-search
//! activity, ICS for the user's calendar, a Markdown report — and the JSON backup and calendar
//! invitations back in. The shell asks the user where (a file dialog); this module only turns
//! data into bytes and back, and writes the file the user picked.

pub mod csv;
pub mod ics;
pub mod json;
pub mod markdown;

#[cfg(test)]
mod tests;

use crate::error::Result;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Everything, importable.
    Json,
    /// One row per interview, for NAV or Arbetsförmedlingen.
    Csv,
    /// The interviews as calendar events.
    Ics,
    /// A readable report.
    Markdown,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Ics => "ics",
            Format::Markdown => "md",
        }
    }

    /// The name the save dialog suggests, e.g. `intervju-2026-11-29.csv`.
    pub fn suggested_name(self, today: NaiveDate) -> String {
        format!("intervju-{today}.{}", self.extension())
    }
}

/// Writes `bytes` to `path` so that the file is either the old one or the whole new one: a
/// temporary file beside it, flushed to disk, then renamed over it.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let partial = path.with_file_name(format!(".{name}.partial"));
    let result = (|| {
        let mut file = std::fs::File::create(&partial)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        crate::backup::put_in_place(&partial, path)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}
