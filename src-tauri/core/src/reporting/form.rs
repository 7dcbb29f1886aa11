//! The rows of a report, with the fields in the order and the words the authority's form asks
//! for. The one place that knows the forms: a field the authority renames is changed here (and
//! in its texts, `report-field-*`).
//!
//! Arbetsförmedlingen's activity report asks, for each activity: what kind it was, when,
//! the employer, the job (occupation or title), where, and how far it got. NAV's employment
//! status form only asks whether the user has been seeking work; the list is what the user keeps
//! for their activity plan and a possible check, with the same facts in Norwegian order.

use super::{ActivityKind, Authority, Stage};
use crate::i18n::{text, Locale};
use chrono::NaiveDate;
use serde::Serialize;

crate::enums::named_enum! {
    /// One field of a report row.
    pub enum Field {
        Kind,
        Date,
        Employer,
        Title,
        Place,
        Stage,
    }
}

/// The fields of `authority`'s form, in its order.
pub fn fields(authority: Authority) -> &'static [Field] {
    match authority {
        Authority::Arbetsformedlingen => &[
            Field::Kind,
            Field::Date,
            Field::Employer,
            Field::Title,
            Field::Place,
            Field::Stage,
        ],
        Authority::Nav => &[
            Field::Date,
            Field::Kind,
            Field::Employer,
            Field::Title,
            Field::Place,
            Field::Stage,
        ],
    }
}

/// How a date is written in the form: Arbetsförmedlingen's fields take 2026-11-03, NAV's
/// 03.11.2026.
pub fn date_text(authority: Authority, date: NaiveDate) -> String {
    match authority {
        Authority::Arbetsformedlingen => date.format("%Y-%m-%d").to_string(),
        Authority::Nav => date.format("%d.%m.%Y").to_string(),
    }
}

/// Where an activity comes from: an interview of the app, or an activity the user added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "type", content = "id")]
pub enum Source {
    Interview(i64),
    Activity(i64),
}

/// An activity as the report needs it, before it is put in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub source: Source,
    pub date: NaiveDate,
    pub kind: ActivityKind,
    pub employer: String,
    pub title: String,
    pub place: String,
    pub stage: Stage,
}

/// One field of one row: its label and the text the copy button puts on the clipboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cell {
    pub field: Field,
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    pub source: Source,
    pub date: NaiveDate,
    pub cells: Vec<Cell>,
    /// The whole row as one line, for the row's copy button: "label: value" joined by "; ".
    pub line: String,
}

/// The label of `field` on `authority`'s form, in `locale`.
pub fn label(authority: Authority, field: Field, locale: Locale) -> String {
    let authority: &str = authority.into();
    let field: &str = field.into();
    text(locale, &format!("report-field-{authority}-{field}"), None)
}

/// A fact in the form's words.
pub fn row(authority: Authority, fact: &Fact, locale: Locale) -> Row {
    let cells: Vec<Cell> = fields(authority)
        .iter()
        .map(|&field| {
            let value = match field {
                Field::Kind => {
                    let kind: &str = fact.kind.into();
                    text(locale, &format!("activity-kind-{kind}"), None)
                }
                Field::Date => date_text(authority, fact.date),
                Field::Employer => fact.employer.clone(),
                Field::Title => fact.title.clone(),
                Field::Place => fact.place.clone(),
                Field::Stage => {
                    let stage: &str = fact.stage.into();
                    text(locale, &format!("activity-stage-{stage}"), None)
                }
            };
            Cell {
                field,
                label: label(authority, field, locale),
                value,
            }
        })
        .collect();
    let line = cells
        .iter()
        .filter(|c| !c.value.is_empty())
        .map(|c| format!("{}: {}", c.label, c.value))
        .collect::<Vec<_>>()
        .join("; ");
    Row {
        source: fact.source,
        date: fact.date,
        cells,
        line,
    }
}
