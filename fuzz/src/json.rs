//! Requests as the fuzzer makes them: any JSON, drawn from the input's bytes, with object keys
//! and strings that often are the commands' own field names and values, so a mutation can turn
//! a refused request into an accepted one and reach the validation behind the parsing.

use arbitrary::{Arbitrary, Unstructured};
use serde_json::{Map, Value};
use std::sync::OnceLock;
use strum::VariantNames;

/// Field names the commands know, so generated objects often hit real fields with wrong values.
pub const FIELDS: &[&str] = &[
    "id",
    "authority",
    "navDue",
    "start",
    "end",
    "activity",
    "date",
    "employer",
    "title",
    "place",
    "stage",
    "note",
    "peerId",
    "code",
    "interviewId",
    "invitation",
    "uid",
    "sequence",
    "stamp",
    "company",
    "role",
    "round",
    "startLocal",
    "timeZone",
    "durationMinutes",
    "location",
    "interviewers",
    "name",
    "contactName",
    "contactInfo",
    "notes",
    "jobAdText",
    "status",
    "key",
    "checked",
    "scope",
    "section",
    "text",
    "list",
    "itemId",
    "sessionId",
    "order",
    "changes",
    "questionId",
    "rating",
    "firstRating",
    "answer",
    "tags",
    "prepared",
    "asked",
    "part",
    "lessonId",
    "learned",
    "feedback",
    "kind",
    "enabled",
    "value",
    "reminderId",
    "snooze",
    "limit",
    "offset",
    "query",
    "filter",
    "format",
    "language",
    "welcomeSeen",
    "locale",
    "interview",
    "practisedOn",
    "kinds",
    "quietHours",
    "start",
    "end",
    "feeling",
    "doDifferently",
    "previousRoundId",
    "jobAdUrl",
];

/// Values beside the enums' own names (`known_texts` adds those from the core): dates and
/// times (good, impossible and skipped by the clocks), zones (real, Windows-named, made up),
/// export formats, checklist keys, hostile text.
const TEXTS: &[&str] = &[
    "2026-12-01T10:00",
    "2027-03-28T02:30",
    "2026-02-30T25:61",
    "2026-12-01",
    "10:00",
    "tomorrow",
    "Europe/Oslo",
    "Europe/Stockholm",
    "W. Europe Standard Time",
    "Mars/Olympus",
    "UTC",
    "dress.clean",
    "own.1",
    "json",
    "csv",
    "ics",
    "markdown",
    "https://example.com/job",
    "javascript:alert(1)",
    "'; DROP TABLE interview; --",
    "<img src=x onerror=alert(1)>",
    "\u{0}\u{7}",
    "abandon ability able about above absent",
    "../../../etc/passwd",
    "",
];

/// Every text a string is drawn from when the input picks a known one.
pub fn known_texts() -> &'static [&'static str] {
    static ALL: OnceLock<Vec<&'static str>> = OnceLock::new();
    ALL.get_or_init(|| {
        use intervju_core::{
            checklist, interview, preparation, reflection, reminders, reporting, settings,
        };
        [
            TEXTS,
            interview::Status::VARIANTS,
            interview::Round::VARIANTS,
            checklist::Scope::VARIANTS,
            checklist::Section::VARIANTS,
            preparation::ListKind::VARIANTS,
            preparation::Rating::VARIANTS,
            reminders::Kind::VARIANTS,
            reminders::Snooze::VARIANTS,
            settings::LanguageChoice::VARIANTS,
            reflection::Part::VARIANTS,
            reporting::Authority::VARIANTS,
            reporting::ActivityKind::VARIANTS,
            reporting::Stage::VARIANTS,
        ]
        .concat()
    })
}

/// How deep generated JSON goes: deeper than any request, shallow enough to stay fast.
const DEPTH: u32 = 6;

#[derive(Debug, Arbitrary)]
enum Json {
    Null,
    Bool(bool),
    Int(i64),
    Small(i8),
    Float(f64),
    Text(Text),
    List(Vec<Json>),
    Object(Vec<(Field, Json)>),
}

#[derive(Debug, Arbitrary)]
enum Text {
    Known(u8),
    /// A long run of one character: the length limits.
    Long(u16, char),
    Any(String),
}

#[derive(Debug, Arbitrary)]
enum Field {
    Known(u8),
    Any(String),
}

/// A JSON value read from the input (`Null` when the input has run out).
pub fn value(u: &mut Unstructured) -> Value {
    Json::arbitrary(u).map_or(Value::Null, |json| json.into_value(DEPTH))
}

/// An object, the shape every request has, read from the input.
pub fn object(u: &mut Unstructured) -> Value {
    match value(u) {
        object @ Value::Object(_) => object,
        other => Value::Object(Map::from_iter([("value".to_owned(), other)])),
    }
}

fn pick<'a>(list: &[&'a str], i: u8) -> &'a str {
    list[usize::from(i) % list.len()]
}

impl Json {
    fn into_value(self, depth: u32) -> Value {
        match self {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::from(b),
            Json::Int(i) => Value::from(i),
            Json::Small(i) => Value::from(i),
            Json::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
            Json::Text(text) => Value::from(text.into_string()),
            Json::List(_) | Json::Object(_) if depth == 0 => Value::Null,
            Json::List(items) => items
                .into_iter()
                .map(|item| item.into_value(depth - 1))
                .collect(),
            Json::Object(pairs) => Value::Object(
                pairs
                    .into_iter()
                    .map(|(field, json)| (field.into_string(), json.into_value(depth - 1)))
                    .collect(),
            ),
        }
    }
}

impl Text {
    fn into_string(self) -> String {
        match self {
            Text::Known(i) => pick(known_texts(), i).to_owned(),
            Text::Long(n, c) => std::iter::repeat_n(c, usize::from(n)).collect(),
            Text::Any(s) => s,
        }
    }
}

impl Field {
    fn into_string(self) -> String {
        match self {
            Field::Known(i) => pick(FIELDS, i).to_owned(),
            Field::Any(s) => s,
        }
    }
}
