//! The built-in checklist, from the Norwegian guide's advice on dress and conduct. Item ids are
//! stable forever: the user's ticks and hidden items are stored against them, so a later version
//! may add items, reword them (in the .ftl files) or retire them, but never reuse an id.

use super::Section;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateItem {
    pub id: &'static str,
    pub section: Section,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub version: u32,
    pub items: Vec<TemplateItem>,
    /// Ids of earlier versions that are no longer shown; what users did with them is kept.
    pub retired: Vec<&'static str>,
}

impl Template {
    /// The checklist this build ships.
    pub fn builtin() -> Template {
        use Section::*;
        let items = [
            ("dress.clean", Dress),
            ("dress.comfortable", Dress),
            ("dress.scent", Dress),
            ("dress.no-smoking", Dress),
            ("dress.no-gum", Dress),
            ("first.eye-contact", FirstMinute),
            ("first.smile", FirstMinute),
            ("first.introduce", FirstMinute),
            ("conduct.relax", Conduct),
            ("conduct.listen", Conduct),
            ("conduct.let-them-lead", Conduct),
            ("conduct.show-interest", Conduct),
            ("conduct.questions-when-invited", Conduct),
            ("conduct.no-salary", Conduct),
            ("conduct.no-badmouthing", Conduct),
            ("conduct.positive", Conduct),
            ("conduct.silence", Conduct),
            ("conduct.be-yourself", Conduct),
        ];
        Template {
            version: 1,
            items: items
                .into_iter()
                .map(|(id, section)| TemplateItem { id, section })
                .collect(),
            retired: vec![],
        }
    }

    pub fn item(&self, id: &str) -> Option<&TemplateItem> {
        self.items.iter().find(|item| item.id == id)
    }
}

/// The Fluent id of a built-in item's text: `dress.no-gum` → `check-dress-no-gum`.
pub fn text_id(item_id: &str) -> String {
    format!("check-{}", item_id.replace('.', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{text, Locale};
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_every_item_has_a_text_in_every_language() {
        let template = Template::builtin();
        let ids: HashSet<_> = template.items.iter().map(|i| i.id).collect();
        assert_eq!(ids.len(), template.items.len());
        for item in &template.items {
            for locale in Locale::ALL {
                let id = text_id(item.id);
                assert_ne!(text(locale, &id, None), id, "{locale:?} lacks {id}");
            }
        }
    }

    #[test]
    fn every_section_has_items() {
        let template = Template::builtin();
        for section in Section::ALL {
            assert!(
                template.items.iter().any(|i| i.section == section),
                "{section:?}"
            );
        }
    }
}
