//! A readable report in Markdown: each interview with what was prepared, how it went and what
//! came of it, then the lessons still open. Everything the user wrote is escaped, so a `#` or a
//! `*` in a note stays a character and never becomes a heading or emphasis.

use crate::error::Result;
use crate::i18n::{text, Locale};
use crate::interview;
use crate::preparation;
use crate::reflection::{self, lessons};
use chrono::{DateTime, Utc};
use fluent_bundle::FluentArgs;
use rusqlite::Connection;
use serde_json::Value;
use std::fmt::Write;

/// Markdown's punctuation, escaped with a backslash; line starts that would make lists are too.
pub fn escape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if "\\`*_{}[]<>()#+-!|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A multi-line text as a quoted block, escaped line by line.
fn block(out: &mut String, label: &str, body: &str) {
    if body.trim().is_empty() {
        return;
    }
    let _ = writeln!(out, "**{}**\n", escape(label));
    for line in body.trim().lines() {
        let _ = writeln!(out, "> {}", escape(line));
    }
    out.push('\n');
}

fn line(out: &mut String, label: &str, value: &str) {
    if !value.trim().is_empty() {
        let _ = writeln!(out, "- **{}**: {}", escape(label), value);
    }
}

/// The reflection's text answers, by JSON name, with their labels' ids.
const TEXTS: &[(&str, &str)] = &[
    ("forgot", "reflect-forgot"),
    ("unsureMoments", "reflect-unsure"),
    ("moodWhen", "reflect-mood-when"),
    ("strengthsPresented", "reflect-which-strengths"),
    ("learned", "reflect-learned"),
    ("positive", "reflect-positive"),
    ("negative", "reflect-negative"),
    ("impression", "later-impression"),
    ("nextRoundQuestions", "later-next-questions"),
    ("doDifferently", "later-do-differently"),
];

/// Yes/partly/no answers with their questions' ids.
const ANSWERS: &[(&str, &str)] = &[
    ("saidEverything", "reflect-said-everything"),
    ("enoughTime", "reflect-enough-time"),
    ("presentedStrengths", "reflect-presented-strengths"),
    ("friendly", "reflect-friendly"),
    ("wasMyself", "reflect-was-myself"),
    ("knowMore", "reflect-know-more"),
    ("wantJob", "later-want-job"),
    ("knowEnough", "later-know-enough"),
    ("willFit", "later-will-fit"),
    ("matchesPlans", "later-matches-plans"),
];

pub fn render(
    conn: &Connection,
    ids: &[i64],
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<String> {
    let t = |id: &str| text(locale, id, None);
    let mut out = String::new();
    let mut args = FluentArgs::new();
    args.set("count", ids.len());
    args.set("date", now.format("%Y-%m-%d").to_string());
    let _ = writeln!(out, "# {}\n", text(locale, "report-heading", Some(&args)));
    let _ = writeln!(out, "{}\n", text(locale, "report-summary", Some(&args)));
    for &id in ids {
        let i = interview::get(conn, id)?;
        let when = i.start_local.replace('T', " ");
        let _ = writeln!(
            out,
            "## {} · {} — {}\n",
            escape(&when),
            escape(&i.company),
            escape(&i.role)
        );
        line(
            &mut out,
            &t("field-round-label"),
            &t(&format!("round-{}", i.round.as_str())),
        );
        line(
            &mut out,
            &t("field-status-label"),
            &t(&format!("status-{}", i.status.as_str())),
        );
        line(&mut out, &t("field-time-zone-label"), &escape(&i.time_zone));
        line(&mut out, &t("detail-where"), &escape(&i.location));
        let people: Vec<String> = i
            .interviewers
            .iter()
            .map(|p| match p.role.is_empty() {
                true => escape(&p.name),
                false => format!("{} ({})", escape(&p.name), escape(&p.role)),
            })
            .collect();
        line(&mut out, &t("detail-interviewers"), &people.join(", "));
        line(&mut out, &t("detail-contact"), &escape(&i.contact_name));
        out.push('\n');
        block(&mut out, &t("detail-notes"), &i.notes);

        let sheet = preparation::sheet::sheet(conn, id)?;
        for (label, body) in [
            ("prep-research", &sheet.research),
            ("prep-strengths", &sheet.strengths),
            ("prep-weaknesses", &sheet.weaknesses),
            ("prep-why-job", &sheet.why_job),
            ("prep-why-me", &sheet.why_me),
            ("prep-employer-gaps", &sheet.employer_gaps),
            ("prep-next-step", &sheet.next_step),
            ("prep-task-brief", &sheet.task_brief),
            ("prep-task-notes", &sheet.task_notes),
        ] {
            block(&mut out, &t(label), body);
        }

        let reflection = reflection::view(conn, id)?;
        if !reflection.is_empty() {
            let _ = writeln!(out, "### {}\n", escape(&t("reflect-title")));
            let answers = &reflection.answers;
            if let Some(feeling) = answers["feeling"].as_i64() {
                line(
                    &mut out,
                    &t("reflect-feeling"),
                    &t(&format!("feeling-{feeling}")),
                );
            }
            for (name, label) in [
                ("firstRating", "reflect-rating"),
                ("laterRating", "later-rating"),
            ] {
                if let Some(rating) = answers[name].as_i64() {
                    let mut a = FluentArgs::new();
                    a.set("rating", rating);
                    line(
                        &mut out,
                        &t(label),
                        &text(locale, "later-rating-of", Some(&a)),
                    );
                }
            }
            for (name, label) in ANSWERS {
                if let Some(answer) = answers[*name].as_str() {
                    line(&mut out, &t(label), &t(&format!("answer-{answer}")));
                }
            }
            out.push('\n');
            for (name, label) in TEXTS {
                if let Value::String(body) = &answers[*name] {
                    block(&mut out, &t(label), body);
                }
            }
        }
        let feedback: Option<String> = conn
            .query_row(
                "SELECT feedback FROM feedback WHERE interview_id = ?1",
                [id],
                |r| r.get(0),
            )
            .ok();
        block(
            &mut out,
            &t("feedback-said"),
            feedback.as_deref().unwrap_or(""),
        );
    }
    let open = lessons::all_open(conn)?;
    if !open.is_empty() {
        let _ = writeln!(out, "## {}\n", escape(&t("report-lessons")));
        for lesson in open {
            let _ = writeln!(out, "- {} ({}×)", escape(&lesson.text), lesson.occurrences);
        }
        out.push('\n');
    }
    Ok(out)
}
