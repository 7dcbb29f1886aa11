//! Before the interview (PRODUCT §2, §3): the preparation sheet, its ordered lists, the practice
//! log, and the question bank shared by every interview, with a practice order that puts the
//! weakest answers first. A later round sees the earlier round beside its own sheet.

mod bank;
pub mod sheet;

#[cfg(test)]
mod tests;

pub use bank::{
    create_question, delete_question, list_questions, practice_deck, question, record_practice,
    set_question_use, update_question, QuestionChange, QuestionDraft, QuestionView, Rating,
};
pub use sheet::{
    add_item, add_session, remove_item, remove_session, reorder_items, seed_from_previous,
    update_item, update_sheet, view, ItemChange, Sheet, SheetChange,
};

use serde::Serialize;

/// Bounds on what the sheet holds.
pub struct Limits;

impl Limits {
    pub const SHEET_TEXT: usize = 20_000;
    pub const ITEM_TEXT: usize = 300;
    pub const ITEMS_PER_LIST: usize = 50;
    pub const PARTNER: usize = 120;
    pub const SESSION_NOTES: usize = 2_000;
    pub const SESSIONS: usize = 100;
    pub const QUESTION: usize = 500;
    pub const ANSWER: usize = 10_000;
    pub const TAG: usize = 40;
    pub const TAGS: usize = 10;
}

crate::enums::named_enum! {
    /// The sheet's ordered lists.
    #[derive(Hash)]
    pub enum ListKind {
        /// Questions I want to ask them, when invited.
        Ask,
        /// Knowledge gaps to fill before the next round.
        Gap,
        /// My competencies, most valuable to this employer first.
        Competency,
    }
}

crate::enums::sql_text!(ListKind);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub id: i64,
    pub text: String,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Lists {
    pub ask: Vec<Item>,
    pub gap: Vec<Item>,
    pub competency: Vec<Item>,
}

/// A rehearsal: when, with whom, and what came of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub id: i64,
    pub practised_on: String,
    pub partner: String,
    pub notes: String,
}

/// What a round looked like, shown beside the next round's sheet so the user stays consistent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EarlierRound {
    pub interview_id: i64,
    pub round: crate::interview::Round,
    pub start_utc: chrono::DateTime<chrono::Utc>,
    pub time_zone: String,
    pub sheet: Sheet,
    pub lists: Lists,
    /// Questions prepared for that round, with whether they came up.
    pub questions: Vec<QuestionView>,
    /// The reflection written after that round, if any was.
    pub reflection: Option<crate::reflection::ReflectionView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PreparationView {
    pub interview_id: i64,
    pub sheet: Sheet,
    pub lists: Lists,
    pub practice_log: Vec<Session>,
    /// Bank questions prepared for this interview.
    pub questions: Vec<QuestionView>,
    pub earlier_round: Option<EarlierRound>,
    /// Open lessons from the reflections on earlier interviews.
    pub lessons: Vec<crate::reflection::Lesson>,
}
