//! Interviews (PRODUCT §1): what the user records about each one, how it is checked, and how it
//! is stored.

pub(crate) mod store;
mod validate;

#[cfg(test)]
mod tests;

pub use store::{delete, get, insert, insert_then, list, require, update, update_then, ListPage};
pub use validate::{resolve_start, Limits, ValidDraft};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

crate::enums::named_enum! {
    /// Which meeting in the hiring process this is.
    pub enum Round {
        First,
        Second,
        /// A practical task or case.
        Task,
        Other,
    }
}

crate::enums::named_enum! {
    /// Where the application stands after (or before) this interview.
    pub enum Status {
        Planned,
        Done,
        Awaiting,
        NextRound,
        Offer,
        Rejected,
        Withdrawn,
        /// The employer called it off (a cancelled invitation): it will not take place.
        Cancelled,
    }
}

crate::enums::sql_text!(Round, Status);

impl Round {
    /// The stored (and JSON) name, for message ids such as `round-first`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Planned,
        Status::Done,
        Status::Awaiting,
        Status::NextRound,
        Status::Offer,
        Status::Rejected,
        Status::Withdrawn,
        Status::Cancelled,
    ];

    /// The stored (and JSON) name, for message ids such as `status-offer`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The status a stored name stands for; `None` for a name this version does not know.
    pub fn from_sql_name(name: &str) -> Option<Status> {
        name.parse().ok()
    }
}

/// Someone on the employer's side of the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Person {
    pub name: String,
    #[serde(default)]
    pub role: String,
}

/// What the user fills in; the same shape creates and updates an interview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InterviewDraft {
    pub company: String,
    pub role: String,
    #[serde(default = "default_round")]
    pub round: Round,
    #[serde(default)]
    pub previous_round_id: Option<i64>,
    /// Wall-clock start in the interview's zone, `YYYY-MM-DDTHH:MM` (what `datetime-local` gives).
    pub start_local: String,
    /// IANA zone name; the device's zone when left out.
    #[serde(default)]
    pub time_zone: Option<String>,
    #[serde(default = "default_duration")]
    pub duration_minutes: i64,
    /// A street address, a room, or a video link.
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub interviewers: Vec<Person>,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub contact_info: String,
    #[serde(default)]
    pub job_ad_url: String,
    #[serde(default)]
    pub job_ad_text: String,
    #[serde(default = "default_status")]
    pub status: Status,
    #[serde(default)]
    pub notes: String,
}

fn default_round() -> Round {
    Round::First
}
fn default_duration() -> i64 {
    60
}
fn default_status() -> Status {
    Status::Planned
}

/// A stored interview, as the detail view and the edit form see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Interview {
    pub id: i64,
    pub company: String,
    pub role: String,
    pub round: Round,
    pub previous_round_id: Option<i64>,
    pub start_local: String,
    pub time_zone: String,
    pub start_utc: DateTime<Utc>,
    pub duration_minutes: i64,
    pub location: String,
    pub interviewers: Vec<Person>,
    pub contact_name: String,
    pub contact_info: String,
    pub job_ad_url: String,
    pub job_ad_text: String,
    pub status: Status,
    /// The statuses that may follow this one (see `reflection::outcome`).
    pub next_statuses: Vec<Status>,
    pub notes: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Interview {
    /// The draft that would save this interview as it is (an invitation's update changes a
    /// few of its fields and saves the rest unchanged).
    pub fn to_draft(&self) -> InterviewDraft {
        InterviewDraft {
            company: self.company.clone(),
            role: self.role.clone(),
            round: self.round,
            previous_round_id: self.previous_round_id,
            start_local: self.start_local.clone(),
            time_zone: Some(self.time_zone.clone()),
            duration_minutes: self.duration_minutes,
            location: self.location.clone(),
            interviewers: self.interviewers.clone(),
            contact_name: self.contact_name.clone(),
            contact_info: self.contact_info.clone(),
            job_ad_url: self.job_ad_url.clone(),
            job_ad_text: self.job_ad_text.clone(),
            status: self.status,
            notes: self.notes.clone(),
        }
    }
}

/// What names an interview in any list (the list, the review's table): who, for what, which
/// round, where it stands and when. Read from the first eight columns of a row (`store::heading`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Heading {
    pub id: i64,
    pub company: String,
    pub role: String,
    pub round: Round,
    pub status: Status,
    pub start_local: String,
    pub time_zone: String,
    pub start_utc: DateTime<Utc>,
}

/// One row of the list: enough to recognise the interview, nothing heavy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InterviewSummary {
    #[serde(flatten)]
    pub heading: Heading,
    pub duration_minutes: i64,
    pub location: String,
    /// Not yet over at the time of listing (an interview in progress counts as upcoming).
    pub upcoming: bool,
}
