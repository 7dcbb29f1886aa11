//! Reporting periods, as plain dates where the user is: Arbetsförmedlingen's calendar months and
//! NAV's 14-day periods counted from the user's next due date. Pure: no clock, no database.
//! Dates, not instants, so a daylight-saving change never makes a period an hour short or long.

use super::Authority;
use chrono::{Datelike, Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// How long one NAV period is.
pub const NAV_DAYS: i64 = 14;

/// A stretch of days to report, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    pub fn contains(&self, date: NaiveDate) -> bool {
        (self.start..=self.end).contains(&date)
    }

    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }
}

/// The calendar month `date` falls in.
pub fn month_of(date: NaiveDate) -> Period {
    let start = date.with_day(1).expect("the first of a month exists");
    let end = start + Months::new(1) - Duration::days(1);
    Period { start, end }
}

/// The NAV period whose form is due on the first due date on or after `date`, given one due date
/// the user knows (`anchor`; due dates come every 14 days before and after it). The period is the
/// 14 days that end the day before that due date.
pub fn nav_period_due_from(anchor: NaiveDate, date: NaiveDate) -> Period {
    let behind = (date - anchor).num_days();
    // The number of whole periods from the anchor to the first due date on or after `date`.
    let steps = behind.div_euclid(NAV_DAYS) + i64::from(behind.rem_euclid(NAV_DAYS) != 0);
    let due = anchor + Duration::days(steps * NAV_DAYS);
    nav_period_due_on(due)
}

/// The NAV period whose form is due on `due`.
pub fn nav_period_due_on(due: NaiveDate) -> Period {
    Period {
        start: due - Duration::days(NAV_DAYS),
        end: due - Duration::days(1),
    }
}

/// The day a period's report is due: NAV's due date, or for Arbetsförmedlingen the 14th of the
/// month after (the last day the monthly report is taken in).
pub fn due_date(authority: Authority, period: Period) -> NaiveDate {
    match authority {
        Authority::Nav => period.end + Duration::days(1),
        Authority::Arbetsformedlingen => {
            let next_month = month_of(period.end + Duration::days(1)).start;
            next_month + Duration::days(13)
        }
    }
}

/// The period a report is made for on `today`: last month for Arbetsförmedlingen, the current
/// 14-day period for NAV (the one whose form is due next). Once that period is reported, the one
/// after it, so the next report starts where the last one ended. `reported_to` is the last day of
/// the last period reported.
pub fn suggested(
    authority: Authority,
    nav_anchor: Option<NaiveDate>,
    today: NaiveDate,
    reported_to: Option<NaiveDate>,
) -> Period {
    let mut period = match authority {
        Authority::Arbetsformedlingen => month_of(month_of(today).start - Duration::days(1)),
        Authority::Nav => nav_period_due_from(nav_anchor.unwrap_or(today), today),
    };
    // At most a year ahead: a date entered far in the future must not loop for long.
    for _ in 0..27 {
        match reported_to {
            Some(last) if last >= period.end => period = following(authority, period),
            _ => break,
        }
    }
    if let Some(last) = reported_to {
        // A period reported only in part (the user chose its dates) goes on from there.
        if last >= period.start {
            period.start = last + Duration::days(1);
        }
    }
    period
}

/// The period after `period`.
pub fn following(authority: Authority, period: Period) -> Period {
    match authority {
        Authority::Arbetsformedlingen => month_of(period.end + Duration::days(1)),
        Authority::Nav => nav_period_due_on(period.end + Duration::days(1 + NAV_DAYS)),
    }
}

/// A period the user chose: its start not after its end, and at most a year long.
pub fn chosen(start: NaiveDate, end: NaiveDate) -> Option<Period> {
    let period = Period { start, end };
    (start <= end && period.days() <= 366).then_some(period)
}
