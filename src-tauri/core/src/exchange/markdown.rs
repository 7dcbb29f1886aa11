//! A readable report in Markdown: each interview with what was prepared, how it went and what
//! came of it, then the lessons still open. Everything the user wrote is escaped, so a `#` or a
//! `*` in a note stays a character and never becomes a heading or emphasis.

use crate::enums::unreadable;
use crate::error::{Error, Result};
use crate::i18n::{text, Locale};
use crate::interview;
use crate::preparation;
use crate::reflection::{self, lessons};
use chrono::{DateTime, Utc};
use fluent_bundle::FluentArgs;
use rusqlite::{Connection, OptionalExtension};
use serde_json::Value;
use std::io::Write;

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
fn block(out: &mut impl Write, label: &str, body: &str) -> Result<()> {
    if body.trim().is_empty() {
        return Ok(());
    }
    writeln!(out, "**{}**\n", escape(label))?;
    for line in body.trim().lines() {
        writeln!(out, "> {}", escape(line))?;
    }
    writeln!(out)?;
    Ok(())
}

fn line(out: &mut impl Write, label: &str, value: &str) -> Result<()> {
    if !value.trim().is_empty() {
        writeln!(out, "- **{}**: {}", escape(label), value)?;
    }
    Ok(())
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
    let mut out = Vec::new();
    render_to(&mut out, conn, ids, locale, now)?;
    // Only `str`s were written.
    String::from_utf8(out).map_err(|e| Error::Io(std::io::Error::other(e)))
}

/// Writes the report to `out`; a failed write is the report's failure, never a missing line.
pub fn render_to(
    out: &mut impl Write,
    conn: &Connection,
    ids: &[i64],
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<()> {
    let t = |id: &str| text(locale, id, None);
    let mut args = FluentArgs::new();
    args.set("count", ids.len());
    args.set("date", now.format("%Y-%m-%d").to_string());
    writeln!(out, "# {}\n", text(locale, "report-heading", Some(&args)))?;
    writeln!(out, "{}\n", text(locale, "report-summary", Some(&args)))?;
    for &id in ids {
        let i = interview::get(conn, id)?;
        let when = i.start_local.replace('T', " ");
        writeln!(
            out,
            "## {} · {} — {}\n",
            escape(&when),
            escape(&i.company),
            escape(&i.role)
        )?;
        let round = t(&format!("round-{}", i.round.as_str()));
        line(out, &t("field-round-label"), &round)?;
        let status = t(&format!("status-{}", i.status.as_str()));
        line(out, &t("field-status-label"), &status)?;
        line(out, &t("field-time-zone-label"), &escape(&i.time_zone))?;
        line(out, &t("detail-where"), &escape(&i.location))?;
        let people: Vec<String> = i
            .interviewers
            .iter()
            .map(|p| match p.role.is_empty() {
                true => escape(&p.name),
                false => format!("{} ({})", escape(&p.name), escape(&p.role)),
            })
            .collect();
        line(out, &t("detail-interviewers"), &people.join(", "))?;
        line(out, &t("detail-contact"), &escape(&i.contact_name))?;
        writeln!(out)?;
        block(out, &t("detail-notes"), &i.notes)?;

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
            block(out, &t(label), body)?;
        }

        let reflection = reflection::view(conn, id)?;
        if !reflection.is_empty() {
            writeln!(out, "### {}\n", escape(&t("reflect-title")))?;
            let answers = &reflection.answers;
            if let Some(feeling) = answers["feeling"].as_i64() {
                let feeling = t(&format!("feeling-{feeling}"));
                line(out, &t("reflect-feeling"), &feeling)?;
            }
            for (name, label) in [
                ("firstRating", "reflect-rating"),
                ("laterRating", "later-rating"),
            ] {
                if let Some(rating) = answers[name].as_i64() {
                    let mut a = FluentArgs::new();
                    a.set("rating", rating);
                    let of = text(locale, "later-rating-of", Some(&a));
                    line(out, &t(label), &of)?;
                }
            }
            for (name, label) in ANSWERS {
                if let Some(answer) = answers[*name].as_str() {
                    line(out, &t(label), &t(&format!("answer-{answer}")))?;
                }
            }
            writeln!(out)?;
            for (name, label) in TEXTS {
                if let Value::String(body) = &answers[*name] {
                    block(out, &t(label), body)?;
                }
            }
        }
        // No row is no feedback; a row that cannot be read is an error, not an empty answer.
        let feedback: Option<String> = conn
            .query_row(
                "SELECT feedback FROM feedback WHERE interview_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()
            .map_err(unreadable("feedback"))?;
        block(out, &t("feedback-said"), feedback.as_deref().unwrap_or(""))?;
    }
    let open = lessons::all_open(conn)?;
    if !open.is_empty() {
        writeln!(out, "## {}\n", escape(&t("report-lessons")))?;
        for lesson in open {
            writeln!(out, "- {} ({}×)", escape(&lesson.text), lesson.occurrences)?;
        }
        writeln!(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{core, t0, tell, Story};

    /// A file that takes `room` bytes, then fails as a full disk does.
    struct Full {
        room: usize,
    }

    impl Write for Full {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.room == 0 {
                return Err(std::io::ErrorKind::StorageFull.into());
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// Invariant: a write that fails anywhere in the report fails the report; no line is lost
    /// quietly.
    #[test]
    fn a_failed_write_fails_the_report() {
        let core = core();
        let id = tell(&core, &Story::default());
        let conn = core.read();
        let whole = render(&conn, &[id], Locale::En, t0()).unwrap();
        for room in [0, 10, whole.len() / 2, whole.len() - 1] {
            let error = render_to(&mut Full { room }, &conn, &[id], Locale::En, t0()).unwrap_err();
            assert_eq!(error.code(), "disk_full", "after {room} bytes");
        }
        render_to(
            &mut Full { room: whole.len() },
            &conn,
            &[id],
            Locale::En,
            t0(),
        )
        .unwrap();
    }

    /// Invariant: feedback that cannot be read is an error, not a report without it.
    #[test]
    fn unreadable_feedback_fails_the_report() {
        let core = core();
        let id = tell(&core, &Story::default());
        // Planted: the table is gone, as in a damaged file.
        core.write()
            .unwrap()
            .execute_batch("DROP TABLE feedback")
            .unwrap();
        let error = render(&core.read(), &[id], Locale::En, t0()).unwrap_err();
        assert!(matches!(error, Error::Storage(_)), "{error:?}");
    }
}
