//! `invitation_link` in SQLite: one row per meeting (UID), naming its interview and the latest
//! revision taken in. Written only inside the transaction that saves the interview, so a link
//! never names an interview that is not there (and a deleted interview takes its link along).

use super::Revision;
use crate::error::{Error, Problem, Result};
use chrono::DateTime;
use rusqlite::{params, Connection, OptionalExtension};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub interview_id: i64,
    pub revision: Revision,
}

pub(super) fn find(conn: &Connection, uid: &str) -> Result<Option<Link>> {
    let row = conn
        .query_row(
            "SELECT interview_id, sequence, stamp FROM invitation_link WHERE uid = ?1",
            [uid],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, Option<i64>>(2)?,
                ))
            },
        )
        .optional()?;
    row.map(|(interview_id, sequence, stamp)| {
        let stamp = match stamp {
            Some(s) => Some(
                DateTime::from_timestamp(s, 0)
                    .ok_or_else(|| Error::stored("invitation stamp", s))?,
            ),
            None => None,
        };
        Ok(Link {
            interview_id,
            revision: Revision {
                uid: uid.to_owned(),
                sequence,
                stamp,
            },
        })
    })
    .transpose()
}

/// Links a new interview to the meeting it was made from. A meeting already linked is refused
/// (`already_imported`): its file moves or cancels that interview, it does not make a second.
pub fn link(conn: &Connection, revision: &Revision, interview_id: i64) -> Result<()> {
    if find(conn, &revision.uid)?.is_some() {
        return Err(Error::field("invitation.uid", Problem::AlreadyImported));
    }
    conn.execute(
        "INSERT INTO invitation_link (uid, interview_id, sequence, stamp) VALUES (?1, ?2, ?3, ?4)",
        params![
            revision.uid,
            interview_id,
            revision.sequence,
            revision.stamp.map(|s| s.timestamp())
        ],
    )?;
    Ok(())
}

/// The link of `revision`'s meeting, which must be `interview_id`'s (`unknown_item` otherwise),
/// moved on to `revision` when that is later than what was taken in (never back).
pub fn linked_to(conn: &Connection, revision: &Revision, interview_id: i64) -> Result<Link> {
    let link = find(conn, &revision.uid)?
        .filter(|l| l.interview_id == interview_id)
        .ok_or_else(|| Error::field("invitation.uid", Problem::UnknownItem))?;
    if revision.is_newer_than(&link.revision) {
        conn.execute(
            "UPDATE invitation_link SET sequence = ?2, stamp = ?3 WHERE uid = ?1",
            params![
                revision.uid,
                revision.sequence,
                revision.stamp.map(|s| s.timestamp())
            ],
        )?;
    }
    Ok(link)
}
