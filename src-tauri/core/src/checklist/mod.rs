//! The quick checklist on the way in (PRODUCT §4): built-in items from a versioned template,
//! the user's own items, items hidden for one interview or everywhere, and ticks per interview.

mod store;
mod template;

#[cfg(test)]
mod tests;

pub use store::{add, hide, remove, reset, restore, set_checked, view};
pub use template::{text_id, Template, TemplateItem};

use serde::Serialize;

crate::enums::named_enum! {
    /// The checklist's parts, in the order they are met on the way in.
    #[derive(Hash)]
    pub enum Section {
        /// Clothes and appearance, before leaving.
        Dress,
        /// Meeting the interviewer.
        FirstMinute,
        /// During the conversation.
        Conduct,
    }
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Dress, Section::FirstMinute, Section::Conduct];
}

crate::enums::sql_text!(Section);

crate::enums::named_enum! {
    /// Whether a choice applies to this interview only or to every interview.
    pub enum Scope {
        Interview,
        Everywhere,
    }
}

/// Limits on the user's own items.
pub struct Limits;

impl Limits {
    pub const TEXT: usize = 200;
    /// Own items that can apply to one interview (its own plus the ones for every interview).
    pub const OWN_ITEMS: usize = 60;
}

/// One line of the checklist as the screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemView {
    /// Stable key: a built-in id such as `dress.clean`, or `own.<n>` for the user's own item.
    pub key: String,
    pub section: Section,
    /// The Fluent id of a built-in item's text; `None` for the user's own.
    pub text_id: Option<String>,
    /// The text of the user's own item; `None` for built-ins.
    pub text: Option<String>,
    /// For the user's own item: whether it is on this list only or on every list.
    pub own: Option<Scope>,
    pub checked: bool,
    /// Where it is hidden, if it is: hidden items are listed apart so they can be restored.
    pub hidden: Option<Scope>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SectionView {
    pub id: Section,
    pub items: Vec<ItemView>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistView {
    pub interview_id: i64,
    pub template_version: u32,
    /// Visible items by section, in template order with the user's own last.
    pub sections: Vec<SectionView>,
    pub hidden: Vec<ItemView>,
    pub progress: Progress,
    /// Every visible item is ticked.
    pub ready: bool,
    /// Open lessons from the reflections on earlier interviews, shown above the list.
    pub lessons: Vec<crate::reflection::Lesson>,
}

impl ChecklistView {
    fn assemble(interview_id: i64, template_version: u32, items: Vec<ItemView>) -> ChecklistView {
        let (hidden, visible): (Vec<_>, Vec<_>) =
            items.into_iter().partition(|i| i.hidden.is_some());
        let done = visible.iter().filter(|i| i.checked).count();
        let total = visible.len();
        let sections = Section::ALL
            .into_iter()
            .map(|id| SectionView {
                id,
                items: visible
                    .iter()
                    .filter(|i| i.section == id)
                    .cloned()
                    .collect(),
            })
            .collect();
        ChecklistView {
            interview_id,
            template_version,
            sections,
            hidden,
            progress: Progress { done, total },
            ready: total > 0 && done == total,
            lessons: Vec::new(),
        }
    }
}

/// The key of the user's own item with row id `id`.
fn own_key(id: i64) -> String {
    format!("own.{id}")
}

/// The row id inside an `own.<n>` key.
fn own_id(key: &str) -> Option<i64> {
    key.strip_prefix("own.")?.parse().ok().filter(|id| *id > 0)
}
