//! Preparation and question-bank commands. Changes to the sheet's lists answer with the whole
//! preparation view; autosaved texts answer with the sheet alone (they come many times a minute).

use super::{Core, InterviewRequest};
use crate::error::Result;
use crate::preparation::{
    self as prep, ItemChange, ListKind, PreparationView, QuestionChange, QuestionDraft,
    QuestionView, Rating, Sheet, SheetChange,
};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SheetRequest {
    pub interview_id: i64,
    pub changes: SheetChange,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddPrepItemRequest {
    pub interview_id: i64,
    pub list: ListKind,
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdatePrepItemRequest {
    pub interview_id: i64,
    pub item_id: i64,
    pub text: Option<String>,
    pub done: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrepItemRequest {
    pub interview_id: i64,
    pub item_id: i64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReorderRequest {
    pub interview_id: i64,
    pub list: ListKind,
    pub order: Vec<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddSessionRequest {
    pub interview_id: i64,
    pub practised_on: String,
    #[serde(default)]
    pub partner: String,
    #[serde(default)]
    pub notes: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SessionRequest {
    pub interview_id: i64,
    pub session_id: i64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuestionRequest {
    pub question_id: i64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuestionUseRequest {
    pub question_id: i64,
    pub interview_id: i64,
    pub prepared: bool,
    #[serde(default)]
    pub asked: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeckRequest {
    pub interview_id: Option<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PracticeRequest {
    pub question_id: i64,
    pub rating: Rating,
}

impl Core {
    pub fn preparation(&self, r: InterviewRequest) -> Result<PreparationView> {
        prep::view(&self.read(), r.interview_id)
    }

    pub fn update_sheet(&self, r: SheetRequest) -> Result<Sheet> {
        prep::update_sheet(
            &mut *self.write()?,
            r.interview_id,
            &r.changes,
            self.clock.now(),
        )
    }

    pub fn add_prep_item(&self, r: AddPrepItemRequest) -> Result<PreparationView> {
        let mut conn = self.write()?;
        prep::add_item(&mut conn, r.interview_id, r.list, &r.text)?;
        prep::view(&conn, r.interview_id)
    }

    pub fn update_prep_item(&self, r: UpdatePrepItemRequest) -> Result<PreparationView> {
        let mut conn = self.write()?;
        let change = ItemChange {
            text: r.text,
            done: r.done,
        };
        prep::update_item(&mut conn, r.interview_id, r.item_id, &change)?;
        prep::view(&conn, r.interview_id)
    }

    pub fn remove_prep_item(&self, r: PrepItemRequest) -> Result<PreparationView> {
        let mut conn = self.write()?;
        prep::remove_item(&mut conn, r.interview_id, r.item_id)?;
        prep::view(&conn, r.interview_id)
    }

    pub fn reorder_prep_items(&self, r: ReorderRequest) -> Result<PreparationView> {
        let mut conn = self.write()?;
        prep::reorder_items(&mut conn, r.interview_id, r.list, &r.order)?;
        prep::view(&conn, r.interview_id)
    }

    pub fn add_practice_session(&self, r: AddSessionRequest) -> Result<PreparationView> {
        let mut conn = self.write()?;
        prep::add_session(
            &mut conn,
            r.interview_id,
            &r.practised_on,
            &r.partner,
            &r.notes,
        )?;
        prep::view(&conn, r.interview_id)
    }

    pub fn remove_practice_session(&self, r: SessionRequest) -> Result<PreparationView> {
        let mut conn = self.write()?;
        prep::remove_session(&mut conn, r.interview_id, r.session_id)?;
        prep::view(&conn, r.interview_id)
    }

    pub fn questions(&self) -> Result<Vec<QuestionView>> {
        prep::list_questions(&self.read())
    }

    pub fn create_question(&self, draft: QuestionDraft) -> Result<QuestionView> {
        prep::create_question(&mut *self.write()?, &draft, self.clock.now())
    }

    pub fn update_question(&self, change: QuestionChange) -> Result<QuestionView> {
        prep::update_question(&mut *self.write()?, &change, self.clock.now())
    }

    pub fn delete_question(&self, r: QuestionRequest) -> Result<()> {
        prep::delete_question(&mut *self.write()?, r.question_id)
    }

    pub fn set_question_use(&self, r: QuestionUseRequest) -> Result<QuestionView> {
        prep::set_question_use(
            &mut *self.write()?,
            r.question_id,
            r.interview_id,
            r.prepared,
            r.asked,
        )
    }

    pub fn practice_deck(&self, r: DeckRequest) -> Result<Vec<QuestionView>> {
        prep::practice_deck(&self.read(), r.interview_id)
    }

    pub fn record_practice(&self, r: PracticeRequest) -> Result<QuestionView> {
        prep::record_practice(
            &mut *self.write()?,
            r.question_id,
            r.rating,
            self.clock.now(),
        )
    }
}
