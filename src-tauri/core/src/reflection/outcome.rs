//! The outcome of an interview: which status may follow which, and the feedback asked for after
//! a rejection.

use crate::enums::unreadable;
use crate::error::{Error, Problem, Result};
use crate::interview::{require, Status};
use crate::text::TextRule;
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

/// Whether `to` may follow `from`. An interview is held before it has a result; a result can be
/// taken back to "awaiting answer" (a mis-tap), but not turned straight into another result.
/// Only a planned interview can be cancelled (one that took place was not called off), and a
/// cancelled one can be planned again (the employer books it anew, or the cancel was a mistake).
pub fn allowed(from: Status, to: Status) -> bool {
    use Status::*;
    from == to
        || matches!(
            (from, to),
            (Planned, Done | Withdrawn | Rejected | Cancelled)
                | (Cancelled, Planned)
                | (Done, Awaiting | NextRound | Offer | Rejected | Withdrawn)
                | (Awaiting, NextRound | Offer | Rejected | Withdrawn)
                | (NextRound, Awaiting | Offer | Rejected | Withdrawn)
                | (Offer | Rejected | Withdrawn, Awaiting)
        )
}

/// Refuses a status change that does not follow, naming the `status` field.
pub fn check(from: Status, to: Status) -> Result<()> {
    if allowed(from, to) {
        Ok(())
    } else {
        Err(Error::field("status", Problem::InvalidTransition))
    }
}

/// Sets the status and re-plans the interview's reminders (a follow-up waits for no outcome; a
/// rejection brings the "ask for feedback" reminder), all in one transaction.
pub fn set_status(
    conn: &mut Connection,
    interview_id: i64,
    to: Status,
    now: DateTime<Utc>,
    device_zone: chrono_tz::Tz,
) -> Result<()> {
    let tx = conn.transaction()?;
    change_status(&tx, interview_id, to, now, device_zone)?;
    Ok(tx.commit()?)
}

/// `set_status` inside a transaction the caller holds (a cancelled invitation also moves its
/// link on, in the same transaction).
pub fn change_status(
    tx: &Connection,
    interview_id: i64,
    to: Status,
    now: DateTime<Utc>,
    device_zone: chrono_tz::Tz,
) -> Result<()> {
    // A status this version does not know is an error: read as "planned", it would let a
    // change through that the real status forbids.
    let from: Status = tx
        .query_row(
            "SELECT status FROM interview WHERE id = ?1",
            [interview_id],
            |r| r.get(0),
        )
        .optional()
        .map_err(unreadable("interview"))?
        .ok_or(Error::NotFound)?;
    check(from, to)?;
    if from != to {
        tx.execute(
            "UPDATE interview SET status = ?2, updated_at = ?3, status_changed_at = ?3 WHERE id = ?1",
            params![interview_id, to, now.timestamp()],
        )?;
        crate::reminders::replan(tx, interview_id, now, device_zone)?;
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Feedback {
    /// When the user asked the employer for feedback.
    pub asked_at: Option<DateTime<Utc>>,
    /// What the employer said.
    pub feedback: String,
}

pub fn feedback(conn: &Connection, interview_id: i64) -> Result<Feedback> {
    require(conn, interview_id)?;
    let found = conn
        .query_row(
            "SELECT asked_at, feedback FROM feedback WHERE interview_id = ?1",
            [interview_id],
            |r| {
                Ok(Feedback {
                    asked_at: r
                        .get::<_, Option<i64>>(0)?
                        .and_then(|t| DateTime::from_timestamp(t, 0)),
                    feedback: r.get(1)?,
                })
            },
        )
        .optional()?;
    Ok(found.unwrap_or_default())
}

/// Saves the employer's feedback and whether it was asked for. Marking it asked (or taking that
/// back) re-plans the interview's reminders in the same transaction: feedback asked for is not
/// asked for again.
pub fn update_feedback(
    conn: &mut Connection,
    interview_id: i64,
    text: Option<&str>,
    asked: Option<bool>,
    now: DateTime<Utc>,
    device_zone: chrono_tz::Tz,
) -> Result<Feedback> {
    if let Some(problem) = text.and_then(|t| TextRule::long(10_000).problem(t)) {
        return Err(Error::field("feedback", problem));
    }
    let tx = conn.transaction()?;
    require(&tx, interview_id)?;
    tx.execute(
        "INSERT INTO feedback (interview_id, updated_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![interview_id, now.timestamp()],
    )?;
    if let Some(text) = text {
        tx.execute(
            "UPDATE feedback SET feedback = ?2, updated_at = ?3 WHERE interview_id = ?1",
            params![interview_id, text, now.timestamp()],
        )?;
    }
    if let Some(asked) = asked {
        tx.execute(
            "UPDATE feedback SET asked_at = ?2, updated_at = ?3 WHERE interview_id = ?1",
            params![
                interview_id,
                asked.then_some(now.timestamp()),
                now.timestamp()
            ],
        )?;
        super::replan_reminders(&tx, interview_id, now, device_zone)?;
    }
    tx.commit()?;
    feedback(conn, interview_id)
}
