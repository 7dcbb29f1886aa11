//! The review at home (PRODUCT §9): every interview as a table or timeline with filters, the
//! history per company, trends across reflections, and full-text search.

pub mod search;
pub mod trends;

#[cfg(test)]
mod tests;

use crate::error::{Error, Problem, Result};
use crate::interview::store::{heading, instant_column};
use crate::interview::{Heading, Round, Status};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::types::Value as SqlValue;
use rusqlite::{params_from_iter, Connection};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    #[default]
    Start,
    Company,
    Role,
    Round,
    Status,
    Rating,
}

impl SortKey {
    /// Column expressions only from this list, never from the request.
    fn order_by(self, descending: bool) -> String {
        let dir = if descending { "DESC" } else { "ASC" };
        let key = match self {
            SortKey::Start => return format!("i.start_utc {dir}, i.id {dir}"),
            SortKey::Company => "i.company COLLATE NOCASE",
            SortKey::Role => "i.role COLLATE NOCASE",
            SortKey::Round => "i.round",
            SortKey::Status => "i.status",
            // Interviews without a rating go last either way.
            SortKey::Rating => {
                "coalesce(r.later_rating, r.first_rating) IS NULL, \
                                coalesce(r.later_rating, r.first_rating)"
            }
        };
        format!("{key} {dir}, i.start_utc DESC, i.id DESC")
    }
}

/// What the review table shows; every filter is optional and they combine with AND.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReviewFilter {
    /// Any of these statuses; empty means all.
    #[serde(default)]
    pub statuses: Vec<Status>,
    /// Exactly this employer, case aside.
    #[serde(default)]
    pub company: Option<String>,
    #[serde(default)]
    pub round: Option<Round>,
    /// First and last day of the period, as dates on the device.
    #[serde(default, deserialize_with = "crate::zone::strict_optional_date")]
    pub from: Option<NaiveDate>,
    #[serde(default, deserialize_with = "crate::zone::strict_optional_date")]
    pub to: Option<NaiveDate>,
    #[serde(default)]
    pub sort: SortKey,
    #[serde(default = "yes")]
    pub descending: bool,
    #[serde(default = "ReviewFilter::default_limit")]
    pub limit: u32,
    #[serde(default)]
    pub offset: u32,
}

fn yes() -> bool {
    true
}

impl ReviewFilter {
    pub const MAX_LIMIT: u32 = 500;
    fn default_limit() -> u32 {
        100
    }

    /// The paging of a page of rows; exports ignore it.
    fn check_page(&self) -> Result<()> {
        // A limit is part of the request's shape, not a field the user fills in: out of range
        // is `invalid_request`, as for every list (README).
        if !(1..=Self::MAX_LIMIT).contains(&self.limit) {
            return Err(Error::InvalidRequest(format!("limit {}", self.limit)));
        }
        Ok(())
    }

    /// The filters themselves, for a page or an export.
    pub fn check(&self) -> Result<()> {
        if self
            .company
            .as_ref()
            .is_some_and(|c| c.chars().count() > 200)
        {
            return Err(Error::field("company", Problem::TooLong { max: 200 }));
        }
        if let (Some(from), Some(to)) = (self.from, self.to) {
            if from > to {
                return Err(Error::field("to", Problem::InvalidDateTime));
            }
        }
        Ok(())
    }

    /// The WHERE clause (empty without filters) and its parameters. Periods are days on the device, turned into UTC so
    /// the start index answers them.
    fn clause(&self, zone: Tz) -> (String, Vec<SqlValue>) {
        let mut terms: Vec<String> = vec![];
        let mut values = vec![];
        if !self.statuses.is_empty() {
            let marks = vec!["?"; self.statuses.len()].join(", ");
            terms.push(format!("i.status IN ({marks})"));
            values.extend(self.statuses.iter().map(|s| s.as_str().to_owned().into()));
        }
        if let Some(company) = self.company.as_deref().map(str::trim) {
            if !company.is_empty() {
                terms.push("i.company = ? COLLATE NOCASE".into());
                values.push(company.to_owned().into());
            }
        }
        if let Some(round) = self.round {
            terms.push("i.round = ?".into());
            values.push(round.as_str().to_owned().into());
        }
        if let Some(from) = self.from {
            terms.push("i.start_utc >= ?".into());
            values.push(day_start(from, zone).into());
        }
        if let Some(to) = self.to.and_then(|d| d.succ_opt()) {
            terms.push("i.start_utc < ?".into());
            values.push(day_start(to, zone).into());
        }
        // No filter, no WHERE: a bare count(*) is answered from the smallest index, while
        // any WHERE (even `1 = 1`) makes SQLite read every row.
        let clause = match terms.is_empty() {
            true => String::new(),
            false => format!("WHERE {}", terms.join(" AND ")),
        };
        (clause, values)
    }
}

/// The first instant of a day in a zone (midnight, or the first valid time after a gap).
fn day_start(day: NaiveDate, zone: Tz) -> i64 {
    let local = day.and_hms_opt(0, 0, 0).expect("midnight exists");
    crate::interview::resolve_start(local, zone)
        .unwrap_or_else(|| local.and_utc())
        .timestamp()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReviewRow {
    #[serde(flatten)]
    pub heading: Heading,
    /// 1 relaxed … 5 stressed, from the reflection right after.
    pub feeling: Option<i64>,
    pub first_rating: Option<i64>,
    pub later_rating: Option<i64>,
    /// The reflection right after was finished.
    pub reflected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReviewPage {
    pub rows: Vec<ReviewRow>,
    /// How many interviews match the filters, across all pages.
    pub total: i64,
}

pub fn rows(conn: &Connection, filter: &ReviewFilter, zone: Tz) -> Result<ReviewPage> {
    filter.check_page()?;
    filter.check()?;
    let (clause, mut values) = filter.clause(zone);
    let total = conn
        .prepare_cached(&format!("SELECT count(*) FROM interview i {clause}"))?
        .query_row(params_from_iter(values.iter()), |r| r.get(0))?;
    let sql = format!(
        "SELECT i.id, i.company, i.role, i.round, i.status, i.start_local, i.time_zone,
                i.start_utc, r.feeling, r.first_rating, r.later_rating, r.finished_at IS NOT NULL
         FROM interview i LEFT JOIN reflection r ON r.interview_id = i.id
         {clause} ORDER BY {} LIMIT ? OFFSET ?",
        filter.sort.order_by(filter.descending)
    );
    values.push(i64::from(filter.limit).into());
    values.push(i64::from(filter.offset).into());
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(values.iter()), |r| {
            Ok(ReviewRow {
                heading: heading(r)?,
                feeling: r.get(8)?,
                first_rating: r.get(9)?,
                later_rating: r.get(10)?,
                reflected: r.get(11)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ReviewPage { rows, total })
}

/// One employer and how far the user got with them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompanySummary {
    pub company: String,
    pub interviews: i64,
    pub first_start: DateTime<Utc>,
    pub last_start: DateTime<Utc>,
    /// The status of the newest interview with them: where things stand now.
    pub latest_status: Status,
    /// Whether the user got further than a first meeting with them: a second round, an outcome
    /// of "next round" or an offer, or a task after an earlier interview. A task that is the
    /// first thing they asked for is where it starts, not further.
    pub reached_later_round: bool,
}

/// Every employer, the most recently met first (up to `limit`).
pub fn companies(conn: &Connection, limit: u32) -> Result<Vec<CompanySummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.company, c.n, c.first, c.last, c.later,
                (SELECT status FROM interview WHERE company = c.company COLLATE NOCASE
                 ORDER BY start_utc DESC, id DESC LIMIT 1)
         FROM (SELECT company, count(*) AS n, min(start_utc) AS first, max(start_utc) AS last,
                      max(round = 'second' OR status IN ('next_round', 'offer')
                          OR (round = 'task' AND start_utc > first_met)) AS later
               FROM (SELECT company, start_utc, round, status,
                            min(start_utc) OVER (PARTITION BY company COLLATE NOCASE) AS first_met
                     FROM interview)
               GROUP BY company COLLATE NOCASE) c
         ORDER BY c.last DESC LIMIT ?1",
    )?;
    let rows = stmt
        .query_map([limit], |r| {
            Ok(CompanySummary {
                company: r.get(0)?,
                interviews: r.get(1)?,
                first_start: instant_column(r, 2)?,
                last_start: instant_column(r, 3)?,
                reached_later_round: r.get(4)?,
                latest_status: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every interview the filter lets through, oldest first (for exports; no paging).
pub fn matching_ids(conn: &Connection, filter: &ReviewFilter, zone: Tz) -> Result<Vec<i64>> {
    filter.check()?;
    let (clause, values) = filter.clause(zone);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT i.id FROM interview i {clause} ORDER BY i.start_utc, i.id"
    ))?;
    let ids = stmt
        .query_map(params_from_iter(values.iter()), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}
