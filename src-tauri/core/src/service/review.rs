//! The review at home, search, export and import, as commands.

use super::{Core, Result};
use crate::error::{Error, Problem};
use crate::exchange::{self, json::ImportSummary, Format};
use crate::review::{self, search::Hit, trends::Trends, CompanySummary, ReviewFilter, ReviewPage};
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SearchRequest {
    pub query: String,
    #[serde(default = "SearchRequest::default_limit")]
    pub limit: u32,
}

impl SearchRequest {
    fn default_limit() -> u32 {
        30
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportRequest {
    pub format: Format,
    /// Which interviews go into a CSV, calendar or report (the review's filters; paging and
    /// sorting are ignored, rows come oldest first). The JSON backup always holds everything.
    #[serde(default)]
    pub filter: Option<ReviewFilter>,
}

/// Files bigger than this are not read: no backup or invitation of ours comes near it.
const MAX_IMPORT_BYTES: u64 = 512 * 1024 * 1024;

impl Core {
    pub fn review(&self, filter: ReviewFilter) -> Result<ReviewPage> {
        review::rows(&self.read(), &filter, self.env.device_zone)
    }

    pub fn review_companies(&self) -> Result<Vec<CompanySummary>> {
        review::companies(&self.read(), 1_000)
    }

    pub fn review_trends(&self) -> Result<Trends> {
        review::trends::trends(&self.read())
    }

    pub fn search(&self, request: SearchRequest) -> Result<Vec<Hit>> {
        review::search::search(&self.read(), &request.query, request.limit)
    }

    /// Checks an export request before the user is asked where to save it.
    pub fn check_export(&self, request: &ExportRequest) -> Result<()> {
        request.filter.as_ref().map_or(Ok(()), ReviewFilter::check)
    }

    /// The name the save dialog suggests.
    pub fn export_name(&self, format: Format) -> String {
        let today = self
            .clock
            .now()
            .with_timezone(&self.env.device_zone)
            .date_naive();
        format.suggested_name(today)
    }

    /// The file's bytes.
    pub fn export(&self, request: &ExportRequest) -> Result<Vec<u8>> {
        // The language first: in memory, reading it takes the one connection's lock too.
        let (now, locale) = (self.clock.now(), self.locale());
        let reader = self.read();
        // One read transaction: every table is read from the same committed state, even while
        // saves land meanwhile.
        let conn = reader.unchecked_transaction()?;
        let all = ReviewFilter::default();
        let filter = request.filter.as_ref().unwrap_or(&all);
        let ids = || review::matching_ids(&conn, filter, self.env.device_zone);
        Ok(match request.format {
            Format::Json => serde_json::to_vec_pretty(&exchange::json::export(&conn, now)?)
                .map_err(|e| Error::Io(e.into()))?,
            Format::Csv => exchange::csv::render(&conn, &ids()?, locale)?,
            Format::Ics => exchange::ics::render(&conn, &ids()?, locale, now)?.into_bytes(),
            Format::Markdown => {
                exchange::markdown::render(&conn, &ids()?, locale, now)?.into_bytes()
            }
        })
    }

    /// Writes the export to the file the user picked.
    pub fn export_to(&self, request: &ExportRequest, path: &Path) -> Result<()> {
        let bytes = self.export(request)?;
        exchange::write_file(path, &bytes)
    }

    /// Imports a JSON backup from the file the user picked.
    pub fn import_backup_file(&self, path: &Path) -> Result<ImportSummary> {
        let text = read_text(path, MAX_IMPORT_BYTES, Problem::NotABackup)?;
        self.import_backup(&text)
    }

    pub fn import_backup(&self, text: &str) -> Result<ImportSummary> {
        let mut conn = self.write()?;
        // A safety copy first, as before a restore: the import can be undone by hand.
        if let Some(dir) = &self.data_dir {
            crate::backup::safety_copy(&conn, dir, "import", self.clock.now())?;
        }
        exchange::json::import(&mut conn, text)
    }
}

/// A file's text; too big or not UTF-8 is the given problem with the file.
pub(super) fn read_text(path: &Path, max: u64, problem: Problem) -> Result<String> {
    let size = std::fs::metadata(path)?.len();
    if size > max {
        return Err(Error::field("file", problem));
    }
    let bytes = std::fs::read(path)?;
    String::from_utf8(bytes).map_err(|_| Error::field("file", problem))
}
