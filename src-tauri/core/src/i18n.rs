//! Texts in Norwegian bokmål, Swedish and English, from Fluent files embedded in the binary.
//!
//! The core formats its own messages (errors, later notifications) with these bundles, and hands
//! the same Fluent source to the UI, so one set of files serves both sides.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// A language the app is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    En,
    Nb,
    Sv,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Nb, Locale::Sv];

    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nb => "nb",
            Locale::Sv => "sv",
        }
    }

    /// Picks our language for an OS locale such as `nb_NO.UTF-8`, `nn-NO`, `sv-FI` or `en-GB`.
    /// Nynorsk and the generic `no` read bokmål more easily than English; anything else is English.
    pub fn from_os(tag: &str) -> Locale {
        let language = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "nb" | "no" | "nn" => Locale::Nb,
            "sv" => Locale::Sv,
            _ => Locale::En,
        }
    }

    pub fn parse(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The Fluent source for this language, as shipped.
    pub fn ftl_source(self) -> &'static str {
        match self {
            Locale::En => include_str!("../locales/en/intervju.ftl"),
            Locale::Nb => include_str!("../locales/nb/intervju.ftl"),
            Locale::Sv => include_str!("../locales/sv/intervju.ftl"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| Locale::ALL.map(build_bundle))
}

fn build_bundle(locale: Locale) -> Bundle {
    let lang: LanguageIdentifier = locale.tag().parse().expect("static language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // Isolation marks help bidirectional text; ours is all left-to-right and the marks would
    // end up in notifications and exported files.
    bundle.set_use_isolating(false);
    // A syntax error in a shipped file is a build defect; the tests parse every file strictly.
    let resource = FluentResource::try_new(locale.ftl_source().to_owned())
        .unwrap_or_else(|(resource, _errors)| resource);
    bundle
        .add_resource(resource)
        .expect("message ids are unique within a file");
    bundle
}

/// Formats message `id` in `locale`, falling back to English and at last to the id itself, so a
/// missing text never hides an error from the user.
pub fn text(locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
    [locale, Locale::En]
        .into_iter()
        .find_map(|l| format_in(&bundles()[l.index()], id, args))
        .unwrap_or_else(|| id.to_owned())
}

/// The text as `locale` itself has it, without falling back to English (tests use it to prove
/// each language has its own text).
#[cfg(test)]
pub(crate) fn own_text(locale: Locale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    format_in(&bundles()[locale.index()], id, args)
}

fn format_in(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = vec![];
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(locale: Locale) -> BTreeSet<String> {
        let resource = FluentResource::try_new(locale.ftl_source().to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{locale:?} has syntax errors: {errors:?}"));
        let ids = resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect();
        ids
    }

    /// Invariant: every text exists in every language; a key added to one file only fails here.
    #[test]
    fn every_locale_has_every_key() {
        let all: BTreeSet<String> = Locale::ALL.into_iter().flat_map(ids).collect();
        for locale in Locale::ALL {
            let present = ids(locale);
            let missing: Vec<_> = all.difference(&present).collect();
            assert!(missing.is_empty(), "{locale:?} lacks {missing:?}");
        }
    }

    #[test]
    fn texts_are_formatted_with_arguments_and_without_isolation_marks() {
        let mut args = FluentArgs::new();
        args.set("max", 120);
        let en = text(Locale::En, "field-too-long", Some(&args));
        assert!(en.contains("120"), "{en}");
        assert!(!en.contains('\u{2068}'));
        assert_ne!(text(Locale::Nb, "field-too-long", Some(&args)), en);
    }

    #[test]
    fn unknown_message_falls_back_to_its_id() {
        assert_eq!(text(Locale::Sv, "no-such-message", None), "no-such-message");
    }

    #[rstest::rstest]
    #[case("nb_NO.UTF-8", Locale::Nb)]
    #[case("nn-NO", Locale::Nb)]
    #[case("no", Locale::Nb)]
    #[case("sv-FI", Locale::Sv)]
    #[case("sv_SE", Locale::Sv)]
    #[case("en-GB", Locale::En)]
    #[case("de-DE", Locale::En)]
    #[case("", Locale::En)]
    fn os_locale_maps_to_a_supported_language(#[case] os: &str, #[case] expected: Locale) {
        assert_eq!(Locale::from_os(os), expected);
    }
}
