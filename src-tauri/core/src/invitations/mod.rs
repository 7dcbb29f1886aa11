//! Invitations and the interviews they became: an update or a cancellation of a meeting acts on
//! the interview its first invitation made, never adds a second one.
//!
//! A calendar knows one meeting across files by the event's UID; each revision the organiser
//! sends counts SEQUENCE up, and DTSTAMP says when it was written (some writers send a change
//! without counting up). This device remembers, per UID, which interview it became and the
//! latest revision taken in (`invitation_link`, schema 11, not synced: each device derives it
//! from the files it imported). A file read later is then one of four things to that interview.

pub mod handed;
mod store;
#[cfg(test)]
mod tests;

pub use store::{link, linked_to, Link};

use crate::error::{Error, FieldError, Problem, Result};
use crate::exchange::ics::Invitation;
use crate::interview::{Interview, Status};
use crate::text::TextRule;
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

/// Which revision of which meeting: what the UI sends back with a save, as the core read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Revision {
    pub uid: String,
    pub sequence: i64,
    #[serde(default)]
    pub stamp: Option<DateTime<Utc>>,
}

impl Revision {
    pub const MAX_UID: usize = 1_000;

    pub fn of(invitation: &Invitation) -> Revision {
        Revision {
            uid: invitation.uid.clone(),
            sequence: invitation.sequence,
            stamp: invitation.stamp,
        }
    }

    /// A revision the core could have read: a UID of one line, a sequence RFC 5545 allows.
    pub fn check(&self) -> Result<()> {
        let mut problems = vec![];
        if let Some(problem) = TextRule::required_line(Self::MAX_UID).problem(&self.uid) {
            problems.push(FieldError::new("invitation.uid", problem));
        }
        if !(0..=i64::from(i32::MAX)).contains(&self.sequence) {
            problems.push(FieldError::new(
                "invitation.sequence",
                Problem::OutOfRange {
                    min: 0,
                    max: i32::MAX.into(),
                },
            ));
        }
        match problems.is_empty() {
            true => Ok(()),
            false => Err(Error::Validation(problems)),
        }
    }

    /// Later than `other`: a higher sequence, or the same one written later.
    pub fn is_newer_than(&self, other: &Revision) -> bool {
        (self.sequence, self.stamp) > (other.sequence, other.stamp)
    }
}

/// The interview an invitation is about, as the choice between moving and cancelling shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Existing {
    pub id: i64,
    pub company: String,
    pub role: String,
    pub status: Status,
    pub start_local: String,
    pub time_zone: String,
    pub start_utc: DateTime<Utc>,
    pub duration_minutes: i64,
    pub location: String,
}

impl From<Interview> for Existing {
    fn from(i: Interview) -> Existing {
        Existing {
            id: i.id,
            company: i.company,
            role: i.role,
            status: i.status,
            start_local: i.start_local,
            time_zone: i.time_zone,
            start_utc: i.start_utc,
            duration_minutes: i.duration_minutes,
            location: i.location,
        }
    }
}

/// What an invitation is to the interviews already here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Known {
    /// A meeting not imported before (or a file without a UID): the form, prefilled.
    New,
    /// A later revision with another time, length or place: offer to move the interview.
    Update { interview: Existing },
    /// The meeting is called off: offer to mark the interview cancelled.
    Cancellation { interview: Existing },
    /// Nothing to do: the interview already is as the file says, or the file is older than
    /// what was taken in (a cancellation of an interview already cancelled, too).
    Repeat { interview: Existing },
}

/// What `invitation` is to what this device imported before.
pub fn classify(conn: &Connection, invitation: &Invitation) -> Result<Known> {
    if invitation.uid.is_empty() {
        return Ok(Known::New);
    }
    let Some(link) = store::find(conn, &invitation.uid)? else {
        return Ok(Known::New);
    };
    let interview = crate::interview::get(conn, link.interview_id)?;
    let read = Revision::of(invitation);
    let older = link.revision.is_newer_than(&read);
    let existing = Existing::from(interview);
    if invitation.cancelled {
        return Ok(match older || existing.status == Status::Cancelled {
            true => Known::Repeat {
                interview: existing,
            },
            false => Known::Cancellation {
                interview: existing,
            },
        });
    }
    let d = &invitation.draft;
    let moved = d.start_local != existing.start_local
        || d.time_zone.as_deref() != Some(existing.time_zone.as_str())
        || d.duration_minutes != existing.duration_minutes
        || (!d.location.is_empty() && d.location != existing.location);
    Ok(match read.is_newer_than(&link.revision) && moved {
        true => Known::Update {
            interview: existing,
        },
        false => Known::Repeat {
            interview: existing,
        },
    })
}
