//! Enums kept as text: one set of names, strum's, for the database, and serde's must be the same
//! (each enum's test says so), so a value means the same in a row, in JSON and in the UI. Reading
//! back is strict: a name this version does not know, or a timestamp out of range, is
//! `Error::StoredValue`, never quietly a default that would hide a damaged or hand-edited row.

use crate::error::Error;
use rusqlite::types::{FromSqlError, FromSqlResult, ValueRef};
use std::str::FromStr;

/// Declares an enum whose variants have names: in JSON (serde), in the database and in text ids
/// (strum), all the same snake_case names, listed by `VARIANTS` and iterable. One declaration,
/// so no enum can drift from the others. Further derives and attributes go inside, after the
/// doc comment.
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident $(= $value:expr)?),+ $(,)?
        }
    ) => {
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            serde::Serialize,
            serde::Deserialize,
            strum::EnumString,
            strum::IntoStaticStr,
            strum::VariantNames,
            strum::EnumIter,
        )]
        $(#[$meta])*
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        $vis enum $name {
            $($(#[$variant_meta])* $variant $(= $value)?),+
        }
    };
}
pub(crate) use named_enum;

/// `ToSql` and `FromSql` for enums deriving `strum::IntoStaticStr` and `strum::EnumString`:
/// stored as their strum names. (A blanket impl is not allowed for rusqlite's traits, hence
/// the macro.)
macro_rules! sql_text {
    ($($ty:ty),+ $(,)?) => {$(
        impl rusqlite::types::ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(<&'static str>::from(*self).into())
            }
        }

        impl rusqlite::types::FromSql for $ty {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                $crate::enums::from_name(value, stringify!($ty))
            }
        }
    )+};
}
pub(crate) use sql_text;

/// A stored name read as `T`; an unknown one is a conversion error naming the type.
pub fn from_name<T: FromStr>(value: ValueRef<'_>, type_name: &'static str) -> FromSqlResult<T> {
    let name = value.as_str()?;
    name.parse()
        .map_err(|_| FromSqlError::Other(Box::new(UnknownName::new(type_name, name))))
}

/// A stored name that is none of the type's; the name is cut short, as it goes to the log.
#[derive(Debug, thiserror::Error)]
#[error("unknown {type_name} {found:?}")]
pub struct UnknownName {
    type_name: &'static str,
    found: String,
}

impl UnknownName {
    pub fn new(type_name: &'static str, found: &str) -> UnknownName {
        UnknownName {
            type_name,
            found: found.chars().take(40).collect(),
        }
    }

    /// As the error reading column `index` of a row gives.
    pub fn at(self, index: usize) -> rusqlite::Error {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            Box::new(self),
        )
    }
}

/// Turns a failure to read a row of `what` into `Error::StoredValue` when the row itself is at
/// fault (an unknown name, a number out of range, a value of the wrong type), and logs it; any
/// other failure (the disk, a lock) stays a storage error.
pub fn unreadable(what: &'static str) -> impl Fn(rusqlite::Error) -> Error {
    move |error| match error {
        rusqlite::Error::FromSqlConversionFailure(..)
        | rusqlite::Error::IntegralValueOutOfRange(..)
        | rusqlite::Error::InvalidColumnType(..) => {
            // The detail names the column and, for an unknown name, the name: never free text.
            tracing::error!(what, detail = %error, "a stored value cannot be read");
            Error::stored(what, error)
        }
        other => Error::Storage(other),
    }
}

/// Invariant: for every variant, the text in the database (strum), the text in JSON (serde)
/// and the list of names the type declares are one and the same.
#[cfg(test)]
pub(crate) fn names_agree<T>()
where
    T: strum::IntoEnumIterator + strum::VariantNames + Into<&'static str> + FromStr,
    T: serde::Serialize + serde::de::DeserializeOwned + Copy + PartialEq + std::fmt::Debug,
{
    let mut names = Vec::new();
    for variant in T::iter() {
        let name: &'static str = variant.into();
        assert_eq!(serde_json::to_value(variant).unwrap(), name, "{variant:?}");
        let back: T = serde_json::from_value(name.into()).unwrap();
        assert_eq!(back, variant, "serde reads {name:?} back");
        assert!(
            name.parse::<T>().ok() == Some(variant),
            "strum reads {name:?}"
        );
        names.push(name);
    }
    assert_eq!(names, T::VARIANTS);
}

#[cfg(test)]
mod tests {
    use super::names_agree;
    use strum::VariantNames;

    #[test]
    fn every_stored_enum_has_one_set_of_names() {
        names_agree::<crate::interview::Round>();
        names_agree::<crate::interview::Status>();
        names_agree::<crate::checklist::Section>();
        names_agree::<crate::checklist::Scope>();
        names_agree::<crate::preparation::ListKind>();
        names_agree::<crate::preparation::Rating>();
        names_agree::<crate::reflection::Part>();
        names_agree::<crate::reflection::lessons::LessonKind>();
        names_agree::<crate::settings::LanguageChoice>();
        names_agree::<crate::reminders::Snooze>();
        names_agree::<crate::reminders::Kind>();
        let declared: Vec<_> =
            <crate::reminders::Kind as strum::IntoEnumIterator>::iter().collect();
        assert_eq!(
            declared,
            crate::reminders::Kind::ALL,
            "ALL is every kind, in order"
        );
    }

    /// The names stored before strum, kept exactly: rows already on disk must still read.
    #[test]
    fn stored_names_are_the_ones_already_on_disk() {
        use crate::interview::{Round, Status};
        let names = |v: &[&str]| v.join(",");
        assert_eq!(names(Round::VARIANTS), "first,second,task,other");
        assert_eq!(
            names(Status::VARIANTS),
            "planned,done,awaiting,next_round,offer,rejected,withdrawn,cancelled"
        );
        assert_eq!(
            names(crate::checklist::Section::VARIANTS),
            "dress,first_minute,conduct"
        );
        assert_eq!(
            names(crate::preparation::ListKind::VARIANTS),
            "ask,gap,competency"
        );
        assert_eq!(
            names(crate::reflection::lessons::LessonKind::VARIANTS),
            "do_differently,forgot"
        );
        assert_eq!(
            names(crate::settings::LanguageChoice::VARIANTS),
            "auto,en,nb,sv"
        );
    }

    #[test]
    fn an_unknown_stored_name_is_a_stored_value_error() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let read = conn
            .query_row("SELECT 'fourth'", [], |r| {
                r.get::<_, crate::interview::Round>(0)
            })
            .map_err(super::unreadable("interview round"))
            .unwrap_err();
        assert_eq!(read.code(), "storage");
        assert!(
            matches!(&read, crate::Error::StoredValue { what: "interview round", detail } if detail.contains("\"fourth\"")),
            "{read:?}"
        );
    }
}
