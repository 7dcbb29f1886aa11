//! Activity reporting (PRODUCT §14): job seekers registered with Arbetsförmedlingen report each
//! month's job-search activities between the 1st and the 14th of the next; those registered with
//! NAV send the employment status form every 14 days. The app keeps the user's other activities
//! beside the interviews (`store`), works out the period to report (`period`), lists each
//! activity with the fields the authority's form asks for (`form`), and reminds at the right
//! time, exactly once, until the period is marked reported (`remind`).

pub mod form;
pub mod period;
pub mod remind;
pub mod store;

#[cfg(test)]
mod tests;

pub use period::Period;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

crate::enums::named_enum! {
    /// Where the user reports their job search.
    #[derive(Hash, PartialOrd, Ord)]
    pub enum Authority {
        /// Sweden: the monthly activity report (aktivitetsrapport).
        Arbetsformedlingen,
        /// Norway: the employment status form (meldekort) every 14 days.
        Nav,
    }
}

crate::enums::sql_text!(Authority);

crate::enums::named_enum! {
    /// What an activity was. Interviews come from the interviews themselves; the user adds the
    /// others (an interview kept elsewhere may be added as one too).
    pub enum ActivityKind {
        /// An application sent.
        Application,
        /// A job interview.
        Interview,
        /// A contact made with an employer (a call, a visit, a message).
        Contact,
        /// Anything else that counts as job search (a course, a fair, a meeting).
        Other,
    }
}

crate::enums::sql_text!(ActivityKind);

crate::enums::named_enum! {
    /// How far an activity got, as the report asks.
    pub enum Stage {
        /// Sent or done; no answer yet.
        Waiting,
        /// Called to an interview, or interviewed.
        Interview,
        /// Offered the job.
        Offer,
        /// Turned down.
        Rejected,
        /// The user withdrew.
        Withdrawn,
    }
}

crate::enums::sql_text!(Stage);

/// The user's choice of where to report, and for NAV the next due date they were given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReportingSettings {
    /// `None`: the user reports to no one; no reminders, the report screen still works.
    pub authority: Option<Authority>,
    /// NAV only: one due date of the employment status form (the rest follow every 14 days).
    pub nav_due: Option<NaiveDate>,
}

impl ReportingSettings {
    /// NAV needs a due date to count its periods from.
    pub fn problem(&self) -> Option<(&'static str, crate::error::Problem)> {
        use crate::error::Problem;
        if self.authority == Some(Authority::Nav) && self.nav_due.is_none() {
            return Some(("navDue", Problem::Required));
        }
        match self.nav_due {
            Some(date) if !sane_date(date) => Some(("navDue", Problem::InvalidDateTime)),
            _ => None,
        }
    }
}

/// Dates the app reasons about: far from the calendar's ends, so period arithmetic never
/// overflows, and wide enough for any real job search.
pub fn sane_date(date: NaiveDate) -> bool {
    use chrono::Datelike;
    (1970..=2200).contains(&date.year())
}
