//! The activity report as CSV: one row per interview, for reporting job-search activity to NAV
//! or Arbetsförmedlingen. Headings and values are in the user's language; Norwegian and Swedish
//! use `;` between fields (their spreadsheets read `,` as the decimal mark) and a byte-order mark
//! tells spreadsheets the file is UTF-8.
//!
//! A cell that starts like a formula would run as one when the file is opened in a spreadsheet
//! (CSV injection), so every cell, headings too, goes through `neutral`. No column of ours is a
//! number (the date and the time are ISO text), so nothing we write ourselves changes by it; a
//! user's "-5" shows as text, which is what it was.

use crate::error::Result;
use crate::i18n::{text, Locale};
use crate::interview::{self, Round};
use rusqlite::Connection;

pub fn delimiter(locale: Locale) -> u8 {
    match locale {
        Locale::En => b',',
        Locale::Nb | Locale::Sv => b';',
    }
}

const HEADINGS: [&str; 9] = [
    "csv-date",
    "csv-time",
    "csv-employer",
    "csv-role",
    "csv-contact-kind",
    "csv-contact-person",
    "csv-place",
    "csv-status",
    "csv-time-zone",
];

/// What spreadsheets read as the start of a formula (OWASP's list): `=`, `+`, `-`, `@`, tab, CR.
pub const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell with a `'` in front if it starts like a formula: spreadsheets then show it as text.
pub fn neutral(cell: String) -> String {
    if cell.starts_with(FORMULA_START) {
        format!("'{cell}")
    } else {
        cell
    }
}

fn contact_kind(round: Round) -> String {
    format!("contact-kind-{}", round.as_str())
}

/// `ids` in the order the rows should have (oldest first for a report).
pub fn render(conn: &Connection, ids: &[i64], locale: Locale) -> Result<Vec<u8>> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = ::csv::WriterBuilder::new()
            .delimiter(delimiter(locale))
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        writer
            .write_record(HEADINGS.map(|h| neutral(text(locale, h, None))))
            .map_err(csv_error)?;
        for &id in ids {
            let i = interview::get(conn, id)?;
            let (date, time) = i
                .start_local
                .split_once('T')
                .unwrap_or((&i.start_local, ""));
            let people = if i.interviewers.is_empty() {
                i.contact_name.clone()
            } else {
                i.interviewers
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            writer
                .write_record(
                    [
                        date.to_owned(),
                        time.to_owned(),
                        i.company,
                        i.role,
                        text(locale, &contact_kind(i.round), None),
                        people,
                        i.location,
                        text(locale, &format!("status-{}", i.status.as_str()), None),
                        i.time_zone,
                    ]
                    .map(neutral),
                )
                .map_err(csv_error)?;
        }
        writer.flush()?;
    }
    Ok(out)
}

fn csv_error(error: ::csv::Error) -> crate::error::Error {
    match error.into_kind() {
        ::csv::ErrorKind::Io(io) => io.into(),
        other => std::io::Error::other(format!("{other:?}")).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{ask, core};
    use serde_json::json;

    /// Invariant: no cell of the CSV starts like a formula, whatever the user typed (or a damaged
    /// row holds), and what they typed is still all there after the `'`.
    #[test]
    fn no_cell_starts_like_a_formula() {
        let core = core();
        let typed = |c: char, field: &str| format!("{c}{field}");
        let mut ids = vec![];
        for c in FORMULA_START {
            let id = ask(
                |d| core.create_interview(d),
                json!({"company": "Acme", "role": "Role", "startLocal": "2026-12-01T10:00",
                       "timeZone": "Europe/Oslo"}),
            )
            .id;
            // Planted: the form trims or refuses some of these starts, a damaged row need not.
            core.write()
                .unwrap()
                .execute(
                    "UPDATE interview SET company = ?2, role = ?3, contact_name = ?4, location = ?5
                     WHERE id = ?1",
                    rusqlite::params![
                        id,
                        typed(c, "company"),
                        typed(c, "role"),
                        typed(c, "contact"),
                        typed(c, "place")
                    ],
                )
                .unwrap();
            ids.push(id);
        }
        let bytes = render(&core.read(), &ids, Locale::En).unwrap();
        let rows: Vec<::csv::StringRecord> = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(bytes.strip_prefix("\u{feff}".as_bytes()).unwrap())
            .records()
            .map(Result::unwrap)
            .collect();
        assert_eq!(rows.len(), 1 + FORMULA_START.len());
        for (row, c) in rows[1..].iter().zip(FORMULA_START) {
            for (column, field) in [(2, "company"), (3, "role"), (5, "contact"), (6, "place")] {
                assert_eq!(row[column], format!("'{}", typed(c, field)), "{c:?}");
            }
            // The date and time are ours and untouched.
            assert_eq!((&row[0], &row[1]), ("2026-12-01", "10:00"));
        }
        for cell in rows.iter().flatten() {
            assert!(!cell.starts_with(FORMULA_START), "{cell:?}");
        }
    }

    #[test]
    fn only_a_formula_start_is_neutralised() {
        assert_eq!(neutral("=1+1".into()), "'=1+1");
        assert_eq!(neutral("-5".into()), "'-5");
        assert_eq!(neutral("Acme -5".into()), "Acme -5");
        assert_eq!(neutral("2026-12-01".into()), "2026-12-01");
        assert_eq!(neutral(String::new()), "");
    }
}
