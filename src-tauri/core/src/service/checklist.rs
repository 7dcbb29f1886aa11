//! The checklist commands: each change answers with the whole list as it now stands, so the
//! screen redraws from the truth on disk.

use super::{Core, InterviewRequest};
use crate::checklist::{self, ChecklistView, Scope, Section};
use crate::error::Result;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CheckRequest {
    pub interview_id: i64,
    pub key: String,
    pub checked: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HideRequest {
    pub interview_id: i64,
    pub key: String,
    pub scope: Scope,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ItemRequest {
    pub interview_id: i64,
    pub key: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddItemRequest {
    pub interview_id: i64,
    pub section: Section,
    pub text: String,
    pub scope: Scope,
}

impl Core {
    pub fn checklist(&self, request: InterviewRequest) -> Result<ChecklistView> {
        checklist::view(&self.read(), &self.template, request.interview_id)
    }

    pub fn check_item(&self, r: CheckRequest) -> Result<ChecklistView> {
        let mut conn = self.write()?;
        checklist::set_checked(
            &mut conn,
            &self.template,
            r.interview_id,
            &r.key,
            r.checked,
            self.clock.now(),
        )?;
        checklist::view(&conn, &self.template, r.interview_id)
    }

    pub fn hide_item(&self, r: HideRequest) -> Result<ChecklistView> {
        let mut conn = self.write()?;
        checklist::hide(&mut conn, &self.template, r.interview_id, &r.key, r.scope)?;
        checklist::view(&conn, &self.template, r.interview_id)
    }

    pub fn restore_item(&self, r: ItemRequest) -> Result<ChecklistView> {
        let mut conn = self.write()?;
        checklist::restore(&mut conn, &self.template, r.interview_id, &r.key)?;
        checklist::view(&conn, &self.template, r.interview_id)
    }

    pub fn add_item(&self, r: AddItemRequest) -> Result<ChecklistView> {
        let mut conn = self.write()?;
        checklist::add(
            &mut conn,
            r.interview_id,
            r.section,
            &r.text,
            r.scope,
            self.clock.now(),
        )?;
        checklist::view(&conn, &self.template, r.interview_id)
    }

    pub fn remove_item(&self, r: ItemRequest) -> Result<ChecklistView> {
        let mut conn = self.write()?;
        checklist::remove(&mut conn, &self.template, r.interview_id, &r.key)?;
        checklist::view(&conn, &self.template, r.interview_id)
    }

    pub fn reset_checklist(&self, r: InterviewRequest) -> Result<ChecklistView> {
        let mut conn = self.write()?;
        checklist::reset(&mut conn, r.interview_id)?;
        checklist::view(&conn, &self.template, r.interview_id)
    }
}
