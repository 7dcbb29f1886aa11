//! Calendar invitations as commands: reading a file and saying what it is to the interviews
//! here, then carrying out the user's answer — a new interview linked to its meeting, the
//! interview moved to the new time, or marked cancelled. Each answer is one transaction.

use super::{Core, Result};
use crate::error::{Error, Problem};
use crate::exchange::ics::{self, Invitation};
use crate::interview::{self, Interview, InterviewDraft, Status, ValidDraft};
use crate::invitations::{self, Known, Revision};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Files bigger than this are not read: no invitation comes near it.
const MAX_INVITATION_BYTES: u64 = 4 * 1024 * 1024;

/// An invitation as `import_invitation` answers it: what the file says, and what it is to the
/// interviews already here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportedInvitation {
    #[serde(flatten)]
    pub invitation: Invitation,
    pub known: Known,
}

/// A new interview from an invitation: the form's draft and the revision it was read from.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InvitedRequest {
    pub interview: InterviewDraft,
    pub invitation: Revision,
}

/// An interview moved to a later revision's time, length and place.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MoveRequest {
    pub interview_id: i64,
    pub invitation: Revision,
    pub start_local: String,
    pub time_zone: String,
    pub duration_minutes: i64,
    /// Left as it is when empty: an update that names no place does not take it away.
    #[serde(default)]
    pub location: String,
}

/// An interview cancelled by a later revision of its invitation.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CancelRequest {
    pub interview_id: i64,
    pub invitation: Revision,
}

impl Core {
    /// Reads an invitation from the file the user picked, for the form or the choice to show.
    pub fn read_invitation_file(&self, path: &Path) -> Result<ImportedInvitation> {
        let text = super::review::read_text(path, MAX_INVITATION_BYTES, Problem::NotACalendar)?;
        self.read_invitation(&text)
    }

    /// Reads an invitation handed to the app from outside (Open with, a second start, a drop; see
    /// `invitations::handed`). Whatever the file's name, its content decides, as for a picked
    /// file; what is not a readable file at all (gone since, a folder) is refused the same way,
    /// not as a fault of the data folder.
    pub fn read_handed_invitation(&self, path: &Path) -> Result<ImportedInvitation> {
        if !path.is_file() {
            return Err(Error::field("file", Problem::NotACalendar));
        }
        self.read_invitation_file(path)
    }

    pub fn read_invitation(&self, text: &str) -> Result<ImportedInvitation> {
        let invitation = ics::read_invitation(text, self.env.device_zone)?;
        let known = invitations::classify(&self.read(), &invitation)?;
        Ok(ImportedInvitation { invitation, known })
    }

    /// Saves the form of a new invitation and remembers which interview the meeting became, in
    /// one transaction. A meeting already linked here is refused (`already_imported`).
    pub fn create_invited_interview(&self, request: InvitedRequest) -> Result<Interview> {
        request.invitation.check()?;
        let revision = request.invitation;
        self.create_then(request.interview, move |tx, id| {
            invitations::link(tx, &revision, id)
        })
    }

    /// Moves the meeting's interview to the revision's time, length and place, keeping all the
    /// rest; a cancelled interview that is moved is planned again. Reminders follow.
    pub fn move_invited_interview(&self, request: MoveRequest) -> Result<Interview> {
        request.invitation.check()?;
        let mut conn = self.write()?;
        let current = interview::get(&conn, request.interview_id)?;
        let mut draft = current.to_draft();
        draft.start_local = request.start_local;
        draft.time_zone = Some(request.time_zone);
        draft.duration_minutes = request.duration_minutes;
        if !request.location.trim().is_empty() {
            draft.location = request.location;
        }
        if draft.status == Status::Cancelled {
            draft.status = Status::Planned;
        }
        let valid = ValidDraft::new(draft, self.env.device_zone)?;
        let (now, zone) = (self.clock.now(), self.env.device_zone);
        let revision = request.invitation;
        interview::update_then(&mut conn, request.interview_id, &valid, now, |tx, id| {
            invitations::linked_to(tx, &revision, id)?;
            crate::reminders::replan(tx, id, now, zone)
        })
    }

    /// Marks the meeting's interview cancelled (only a planned one can be: `invalid_transition`
    /// otherwise); its reminders are taken away.
    pub fn cancel_invited_interview(&self, request: CancelRequest) -> Result<Interview> {
        request.invitation.check()?;
        let mut conn = self.write()?;
        let (now, zone) = (self.clock.now(), self.env.device_zone);
        let tx = conn.transaction()?;
        invitations::linked_to(&tx, &request.invitation, request.interview_id)?;
        crate::reflection::outcome::change_status(
            &tx,
            request.interview_id,
            Status::Cancelled,
            now,
            zone,
        )?;
        tx.commit()?;
        interview::get(&conn, request.interview_id)
    }
}
