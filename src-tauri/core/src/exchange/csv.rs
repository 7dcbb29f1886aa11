//! The activity report as CSV: one row per interview, for reporting job-search activity to NAV
//! or Arbetsförmedlingen. Headings and values are in the user's language; Norwegian and Swedish
//! use `;` between fields (their spreadsheets read `,` as the decimal mark) and a byte-order mark
//! tells spreadsheets the file is UTF-8.

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
            .write_record(HEADINGS.map(|h| text(locale, h, None)))
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
                .write_record([
                    date.to_owned(),
                    time.to_owned(),
                    i.company,
                    i.role,
                    text(locale, &contact_kind(i.round), None),
                    people,
                    i.location,
                    text(locale, &format!("status-{}", i.status.as_str()), None),
                    i.time_zone,
                ])
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
