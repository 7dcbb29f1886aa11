//! The user's settings: the language (or "follow the system") and whether the welcome was seen.

use crate::error::{Error, Result};
use crate::i18n::Locale;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

crate::enums::named_enum! {
    /// The language choice as stored: follow the OS, or a fixed language.
    pub enum LanguageChoice {
        Auto,
        En,
        Nb,
        Sv,
    }
}

impl LanguageChoice {
    /// The language shown, given what the operating system prefers.
    pub fn resolve(self, os_locale: &str) -> Locale {
        match self {
            LanguageChoice::Auto => Locale::from_os(os_locale),
            LanguageChoice::En => Locale::En,
            LanguageChoice::Nb => Locale::Nb,
            LanguageChoice::Sv => Locale::Sv,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    pub language: LanguageChoice,
    pub welcome_seen: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: LanguageChoice::Auto,
            welcome_seen: false,
        }
    }
}

/// A partial change: fields left out stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SettingsChange {
    pub language: Option<LanguageChoice>,
    pub welcome_seen: Option<bool>,
}

const LANGUAGE: &str = "language";
const WELCOME_SEEN: &str = "welcome_seen";

pub fn load(conn: &Connection) -> Result<Settings> {
    let mut settings = Settings::default();
    if let Some(value) = read(conn, LANGUAGE)? {
        // A value this version does not know (written by a newer one) falls back to "auto":
        // the app must still open in some language. Logged, so it is not silent.
        settings.language = value.parse().unwrap_or_else(|_| {
            tracing::warn!(
                stored = %value.chars().take(16).collect::<String>(),
                "unknown language setting; following the system"
            );
            LanguageChoice::Auto
        });
    }
    settings.welcome_seen = read(conn, WELCOME_SEEN)?.as_deref() == Some("1");
    Ok(settings)
}

pub fn apply(conn: &mut Connection, change: &SettingsChange) -> Result<Settings> {
    let tx = conn.transaction()?;
    if let Some(language) = change.language {
        write(&tx, LANGUAGE, language.into())?;
    }
    if let Some(seen) = change.welcome_seen {
        write(&tx, WELCOME_SEEN, if seen { "1" } else { "0" })?;
    }
    tx.commit()?;
    load(conn)
}

fn read(conn: &Connection, key: &str) -> Result<Option<String>> {
    conn.query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
        r.get(0)
    })
    .optional()
    .map_err(Error::from)
}

fn write(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::open_in_memory;

    #[test]
    fn defaults_follow_the_system_and_show_the_welcome() {
        let conn = open_in_memory().unwrap();
        assert_eq!(load(&conn).unwrap(), Settings::default());
    }

    #[test]
    fn a_partial_change_keeps_the_other_settings() {
        let mut conn = open_in_memory().unwrap();
        apply(
            &mut conn,
            &SettingsChange {
                language: Some(LanguageChoice::Sv),
                welcome_seen: None,
            },
        )
        .unwrap();
        let settings = apply(
            &mut conn,
            &SettingsChange {
                language: None,
                welcome_seen: Some(true),
            },
        )
        .unwrap();
        assert_eq!(settings.language, LanguageChoice::Sv);
        assert!(settings.welcome_seen);
    }

    /// A language a newer version wrote (or a damaged value) must not keep the app from
    /// opening: it follows the system until the user picks one.
    #[test]
    fn an_unknown_stored_language_follows_the_system() {
        let conn = open_in_memory().unwrap();
        write(&conn, LANGUAGE, "tlh").unwrap();
        assert_eq!(load(&conn).unwrap().language, LanguageChoice::Auto);
    }

    #[test]
    fn auto_resolves_from_the_os_and_a_fixed_choice_ignores_it() {
        assert_eq!(LanguageChoice::Auto.resolve("sv_SE.UTF-8"), Locale::Sv);
        assert_eq!(LanguageChoice::Nb.resolve("sv_SE.UTF-8"), Locale::Nb);
    }
}
