//! Every text id the UI asks for exists in the shipped Fluent files, so no screen shows a raw id.

use intervju_core::Locale;
use std::collections::BTreeSet;

fn sources(dir: &str, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() && !path.ends_with("vendor") {
            sources(path.to_str().unwrap(), out);
        } else if path.extension().is_some_and(|e| e == "js" || e == "html") {
            out.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
}

/// Literal ids in `t("id")` calls and `data-t="id"` attributes.
fn ids_used(text: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for marker in ["t(\"", "data-t=\"", "data-t-label=\""] {
        for (at, _) in text.match_indices(marker) {
            // `t(` must be the call itself, not the tail of `split(` or `select(`.
            let before = text[..at].chars().next_back();
            if marker.starts_with('t')
                && before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
            {
                continue;
            }
            let rest = &text[at + marker.len()..];
            let id: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            if !id.is_empty() && rest[id.len()..].starts_with('"') {
                ids.insert(id);
            }
        }
    }
    ids
}

fn ids_defined(locale: Locale) -> BTreeSet<String> {
    locale
        .ftl_source()
        .lines()
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
        .filter(|id| !id.is_empty() && !id.starts_with([' ', '#', '*', '[']))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_text_the_ui_uses_is_defined_in_every_language() {
    let mut files = vec![];
    sources("ui", &mut files);
    let mut used = BTreeSet::new();
    for (_, text) in &files {
        used.extend(ids_used(text));
    }
    assert!(used.len() > 50, "the scan found the UI's texts: {used:?}");
    // Ids the UI builds from values: one per round and status.
    for round in ["first", "second", "task", "other"] {
        used.insert(format!("round-{round}"));
    }
    for status in [
        "planned",
        "done",
        "awaiting",
        "next_round",
        "offer",
        "rejected",
        "withdrawn",
    ] {
        used.insert(format!("status-{status}"));
    }
    for locale in ["en", "nb", "sv"] {
        used.insert(format!("language-{locale}"));
    }
    for rating in ["good", "okay", "poor"] {
        used.insert(format!("rating-{rating}"));
    }
    for status in [
        "planned",
        "done",
        "awaiting",
        "next_round",
        "offer",
        "rejected",
        "withdrawn",
    ] {
        used.insert(format!("outcome-set-{status}"));
    }
    for step in 1..=5 {
        used.insert(format!("feeling-{step}"));
    }
    used.insert("prep-earlier-rating".into());
    for kind in [
        "evening_before",
        "hours_before",
        "minutes_before",
        "after_end",
        "next_day",
        "follow_up",
        "after_rejection",
    ] {
        used.insert(format!("reminder-kind-{kind}"));
        used.insert(format!("settings-value-{kind}"));
    }
    for state in ["pending", "snoozed", "fired", "skipped"] {
        used.insert(format!("reminder-state-{state}"));
    }
    for how in ["minutes_15", "hour_1", "tomorrow_morning"] {
        used.insert(format!("due-snooze-{how}"));
    }
    for section in ["dress", "first_minute", "conduct"] {
        used.insert(format!("check-section-{section}"));
    }
    for source in [
        "interview",
        "preparation",
        "reflection",
        "feedback",
        "lists",
        "practice",
        "question",
    ] {
        used.insert(format!("source-{source}"));
    }
    for view in ["table", "timeline"] {
        used.insert(format!("view-{view}"));
    }
    for column in ["date", "company", "role", "round", "status", "rating"] {
        used.insert(format!("col-{column}"));
    }
    for chart in ["said-everything", "enough-time", "strengths"] {
        used.insert(format!("chart-{chart}"));
    }
    // Texts the core builds from values (the export files and the file dialogs).
    for round in ["first", "second", "task", "other"] {
        used.insert(format!("contact-kind-{round}"));
    }
    for extension in ["json", "csv", "ics", "md"] {
        used.insert(format!("file-kind-{extension}"));
    }
    for locale in Locale::ALL {
        let defined = ids_defined(locale);
        let missing: Vec<_> = used.difference(&defined).collect();
        assert!(missing.is_empty(), "{locale:?} lacks {missing:?}");
    }
}
