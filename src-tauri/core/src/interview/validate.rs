//! Checking a draft: every problem is reported at once, per field, so a form can mark them all.

use super::{InterviewDraft, Person};
use crate::error::{Error, FieldError, Problem, Result};
use crate::text::TextRule;
use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;

/// The bounds a draft must keep. Generous for people, small enough that nothing runs away.
pub struct Limits;

impl Limits {
    pub const NAME: usize = 120;
    pub const CONTACT_INFO: usize = 200;
    pub const LOCATION: usize = 500;
    pub const URL: usize = 2_000;
    pub const LONG_TEXT: usize = 20_000;
    pub const INTERVIEWERS: usize = 12;
    pub const MIN_MINUTES: i64 = 5;
    pub const MAX_MINUTES: i64 = 12 * 60;
    pub const FIRST_YEAR: i32 = 1970;
    pub const LAST_YEAR: i32 = 2100;
}

/// A draft that passed every check, trimmed, with its start resolved to an instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidDraft {
    pub draft: InterviewDraft,
    pub time_zone: Tz,
    pub start_local: NaiveDateTime,
    pub start_utc: DateTime<Utc>,
}

impl ValidDraft {
    /// Checks `draft`; `device_zone` fills in a missing zone. Links to other interviews are
    /// checked by the store, which can see them.
    pub fn new(mut draft: InterviewDraft, device_zone: Tz) -> Result<ValidDraft> {
        let mut problems = Vec::new();
        let mut check = |field: &str, value: &mut String, max: usize, required: bool| {
            *value = value.trim().to_owned();
            let rule = TextRule {
                max,
                required,
                multiline: false,
            };
            if let Some(problem) = rule.problem(value) {
                problems.push(FieldError::new(field, problem));
            }
        };
        check("company", &mut draft.company, Limits::NAME, true);
        check("role", &mut draft.role, Limits::NAME, true);
        check("location", &mut draft.location, Limits::LOCATION, false);
        check("contactName", &mut draft.contact_name, Limits::NAME, false);
        check(
            "contactInfo",
            &mut draft.contact_info,
            Limits::CONTACT_INFO,
            false,
        );
        check("jobAdUrl", &mut draft.job_ad_url, Limits::URL, false);
        check_multiline("jobAdText", &mut draft.job_ad_text, &mut problems);
        check_multiline("notes", &mut draft.notes, &mut problems);
        if !draft.job_ad_url.is_empty() && !is_web_url(&draft.job_ad_url) {
            problems.push(FieldError::new("jobAdUrl", Problem::InvalidUrl));
        }
        check_interviewers(&mut draft.interviewers, &mut problems);
        if !(Limits::MIN_MINUTES..=Limits::MAX_MINUTES).contains(&draft.duration_minutes) {
            problems.push(FieldError::new(
                "durationMinutes",
                Problem::OutOfRange {
                    min: Limits::MIN_MINUTES,
                    max: Limits::MAX_MINUTES,
                },
            ));
        }

        let zone = match draft.time_zone.as_deref().map(str::trim) {
            None | Some("") => Some(device_zone),
            Some(name) => name.parse::<Tz>().ok(),
        };
        if zone.is_none() {
            problems.push(FieldError::new("timeZone", Problem::UnknownTimeZone));
        }
        let start = match (parse_local(&draft.start_local), zone) {
            (Err(problem), _) => {
                problems.push(FieldError::new("startLocal", problem));
                None
            }
            (Ok(local), Some(zone)) => match resolve_start(local, zone) {
                Some(utc) => Some((local, utc)),
                None => {
                    problems.push(FieldError::new("startLocal", Problem::NonexistentTime));
                    None
                }
            },
            (Ok(_), None) => None,
        };

        match (problems.is_empty(), zone, start) {
            (true, Some(time_zone), Some((start_local, start_utc))) => {
                draft.time_zone = Some(time_zone.name().to_owned());
                draft.start_local = crate::zone::format_local_date_time(start_local);
                Ok(ValidDraft {
                    draft,
                    time_zone,
                    start_local,
                    start_utc,
                })
            }
            _ => Err(Error::Validation(problems)),
        }
    }
}

/// The instant a wall-clock time in `zone` names. In the autumn fold the earlier of the two
/// readings is taken (people mean the first 02:30); a time skipped by the spring change has none.
pub fn resolve_start(local: NaiveDateTime, zone: Tz) -> Option<DateTime<Utc>> {
    crate::zone::resolve(zone, local).earlier()
}

/// The start as sent, in the one shape of [`crate::zone::parse_local_date_time`]: a form that sends
/// nothing gets "required", anything else not in that shape "invalid".
fn parse_local(text: &str) -> std::result::Result<NaiveDateTime, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::Required);
    }
    let parsed = crate::zone::parse_local_date_time(text).ok_or(Problem::InvalidDateTime)?;
    let year = chrono::Datelike::year(&parsed);
    if !(Limits::FIRST_YEAR..=Limits::LAST_YEAR).contains(&year) {
        return Err(Problem::InvalidDateTime);
    }
    Ok(parsed)
}

/// Long texts keep their line breaks and tabs; other control characters are refused.
fn check_multiline(field: &str, value: &mut String, problems: &mut Vec<FieldError>) {
    *value = value.trim().to_owned();
    if let Some(problem) = TextRule::long(Limits::LONG_TEXT).problem(value) {
        problems.push(FieldError::new(field, problem));
    }
}

fn check_interviewers(people: &mut [Person], problems: &mut Vec<FieldError>) {
    if people.len() > Limits::INTERVIEWERS {
        problems.push(FieldError::new(
            "interviewers",
            Problem::TooMany {
                max: Limits::INTERVIEWERS,
            },
        ));
        return;
    }
    for (i, person) in people.iter_mut().enumerate() {
        person.name = person.name.trim().to_owned();
        person.role = person.role.trim().to_owned();
        if let Some(p) = TextRule::required_line(Limits::NAME).problem(&person.name) {
            problems.push(FieldError::new(format!("interviewers.{i}.name"), p));
        }
        if let Some(p) = TextRule::line(Limits::NAME).problem(&person.role) {
            problems.push(FieldError::new(format!("interviewers.{i}.role"), p));
        }
    }
}

fn is_web_url(text: &str) -> bool {
    url::Url::parse(text)
        .map(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::{Round, Status};
    use chrono_tz::Europe::Oslo;
    use rstest::rstest;

    pub(crate) fn draft(start: &str) -> InterviewDraft {
        InterviewDraft {
            company: "  Fjordkraft  ".into(),
            role: "Kundeveileder".into(),
            round: Round::First,
            previous_round_id: None,
            start_local: start.into(),
            time_zone: Some("Europe/Oslo".into()),
            duration_minutes: 60,
            location: String::new(),
            interviewers: vec![],
            contact_name: String::new(),
            contact_info: String::new(),
            job_ad_url: String::new(),
            job_ad_text: String::new(),
            status: Status::Planned,
            notes: String::new(),
        }
    }

    fn problems(draft: InterviewDraft) -> Vec<(String, &'static str)> {
        match ValidDraft::new(draft, Oslo) {
            Ok(_) => vec![],
            Err(Error::Validation(list)) => list
                .into_iter()
                .map(|f| (f.field, f.problem.code()))
                .collect(),
            Err(other) => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_good_draft_is_trimmed_and_resolved_in_its_zone() {
        let valid = ValidDraft::new(draft("2026-12-01T10:00"), Oslo).unwrap();
        assert_eq!(valid.draft.company, "Fjordkraft");
        assert_eq!(valid.start_utc.to_rfc3339(), "2026-12-01T09:00:00+00:00");
    }

    #[test]
    fn missing_zone_takes_the_device_zone() {
        let mut d = draft("2026-07-01T10:00");
        d.time_zone = None;
        let valid = ValidDraft::new(d, chrono_tz::Europe::Stockholm).unwrap();
        assert_eq!(valid.draft.time_zone.as_deref(), Some("Europe/Stockholm"));
        assert_eq!(valid.start_utc.to_rfc3339(), "2026-07-01T08:00:00+00:00");
    }

    /// 29 March 2026: Oslo skips from 02:00 to 03:00; 25 October it repeats 02:00–03:00.
    #[rstest]
    #[case("2026-03-29T02:30", None)]
    #[case("2026-03-29T03:00", Some("2026-03-29T01:00:00+00:00"))]
    #[case("2026-10-25T02:30", Some("2026-10-25T00:30:00+00:00"))]
    #[case("2026-10-25T03:30", Some("2026-10-25T02:30:00+00:00"))]
    fn daylight_saving_gaps_are_refused_and_folds_take_the_earlier_instant(
        #[case] local: &str,
        #[case] expected: Option<&str>,
    ) {
        let local = NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M").unwrap();
        assert_eq!(
            resolve_start(local, Oslo).map(|t| t.to_rfc3339()),
            expected.map(str::to_owned)
        );
    }

    /// Only `YYYY-MM-DDTHH:MM` is a start. Other ways of writing the same time are refused,
    /// never reinterpreted: seconds once stayed in the instant and left the saved text.
    #[rstest]
    #[case::exact("2027-06-01T10:00", Some("2027-06-01T08:00:00+00:00"))]
    #[case::unpadded("2027-6-1T10:00", None)]
    #[case::signed_year("+2027-06-01T10:00", None)]
    #[case::seconds("2027-06-01T10:00:30", None)]
    #[case::zero_seconds("2027-06-01T10:00:00", None)]
    #[case::blank_around(" 2027-06-01T10:00 ", None)]
    #[case::no_minutes("2027-06-01T10", None)]
    fn only_one_shape_of_start_is_accepted(#[case] start: &str, #[case] utc: Option<&str>) {
        match utc {
            Some(utc) => {
                let valid = ValidDraft::new(draft(start), Oslo).unwrap();
                assert_eq!(valid.draft.start_local, start);
                assert_eq!(valid.start_utc.to_rfc3339(), utc);
            }
            None => assert_eq!(
                problems(draft(start)),
                vec![("startLocal".to_owned(), "invalid_date_time")]
            ),
        }
    }

    #[rstest]
    #[case::blank_company(|d: &mut InterviewDraft| d.company = "   ".into(), "company", "required")]
    #[case::long_role(|d: &mut InterviewDraft| d.role = "x".repeat(121), "role", "too_long")]
    #[case::bad_date(|d: &mut InterviewDraft| d.start_local = "1. desember".into(), "startLocal", "invalid_date_time")]
    #[case::far_future(|d: &mut InterviewDraft| d.start_local = "2401-01-01T10:00".into(), "startLocal", "invalid_date_time")]
    #[case::gap(|d: &mut InterviewDraft| d.start_local = "2026-03-29T02:15".into(), "startLocal", "nonexistent_time")]
    #[case::zone(|d: &mut InterviewDraft| d.time_zone = Some("Europe/Bergen".into()), "timeZone", "unknown_time_zone")]
    #[case::short(|d: &mut InterviewDraft| d.duration_minutes = 0, "durationMinutes", "out_of_range")]
    #[case::long(|d: &mut InterviewDraft| d.duration_minutes = 721, "durationMinutes", "out_of_range")]
    #[case::url(|d: &mut InterviewDraft| d.job_ad_url = "javascript:alert(1)".into(), "jobAdUrl", "invalid_url")]
    #[case::nul(|d: &mut InterviewDraft| d.contact_name = "a\u{0}b".into(), "contactName", "control_characters")]
    #[case::notes(|d: &mut InterviewDraft| d.notes = "n".repeat(20_001), "notes", "too_long")]
    #[case::nameless(|d: &mut InterviewDraft| d.interviewers = vec![Person { name: " ".into(), role: "HR".into() }], "interviewers.0.name", "required")]
    #[case::crowd(|d: &mut InterviewDraft| d.interviewers = vec![Person { name: "A".into(), role: String::new() }; 13], "interviewers", "too_many")]
    fn each_bad_field_is_named(
        #[case] spoil: fn(&mut InterviewDraft),
        #[case] field: &str,
        #[case] code: &str,
    ) {
        let mut d = draft("2026-12-01T10:00");
        spoil(&mut d);
        assert_eq!(problems(d), vec![(field.to_owned(), code)]);
    }

    #[test]
    fn all_problems_are_reported_together() {
        let mut d = draft("");
        d.company.clear();
        d.role.clear();
        let fields: Vec<_> = problems(d).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["company", "role", "startLocal"]);
    }

    #[test]
    fn multiline_notes_keep_their_line_breaks() {
        let mut d = draft("2026-12-01T10:00");
        d.notes = "first line\n\tsecond line".into();
        assert_eq!(
            ValidDraft::new(d, Oslo).unwrap().draft.notes,
            "first line\n\tsecond line"
        );
    }
}
