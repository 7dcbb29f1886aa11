//! Activity reporting commands, and what the desktop scheduler asks of them: the report for a
//! period in the words of the authority's form, the user's own activities, marking a period
//! reported, and the reporting reminders ready to show.

use super::{Core, IdRequest};
use crate::error::{Error, FieldError, Problem, Result};
use crate::i18n::{text, Locale};
use crate::interview::Status;
use crate::reminders::actions;
use crate::reporting::form::{self, Fact, Field, Row, Source};
use crate::reporting::period::{self, Period};
use crate::reporting::store::{self, Activity, ActivityDraft, ReportDue, Reported};
use crate::reporting::{sane_date, ActivityKind, Authority, ReportingSettings, Stage};
use crate::text::TextRule;
use chrono::{DateTime, NaiveDate, Utc};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};

const EMPLOYER: TextRule = TextRule::required_line(200);
const LINE: TextRule = TextRule::line(200);
const NOTE: TextRule = TextRule::long(2000);

/// Which report: for `authority` (the one in the settings if left out), over `start`..=`end`
/// (the suggested period if both are left out).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReportRequest {
    #[serde(default)]
    pub authority: Option<Authority>,
    #[serde(default)]
    pub start: Option<NaiveDate>,
    #[serde(default)]
    pub end: Option<NaiveDate>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ActivityRequest {
    pub id: i64,
    pub activity: ActivityDraft,
}

/// Marks `start`..=`end` reported to `authority`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MarkReportedRequest {
    pub authority: Authority,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// Takes back the mark on the period starting `start`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UnmarkReportedRequest {
    pub authority: Authority,
    pub start: NaiveDate,
}

/// The reporting settings and what is due, for the settings screen and the list's banner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportingView {
    pub settings: ReportingSettings,
    /// The report to make now, once its period has ended and while it is not marked reported.
    pub due: Option<DueReport>,
    /// When the next reporting reminder comes.
    pub next_reminder: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DueReport {
    pub authority: Authority,
    pub period: Period,
    /// The last day to send it.
    pub due_date: NaiveDate,
    pub overdue: bool,
}

/// One period's report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportView {
    pub authority: Authority,
    pub period: Period,
    /// The period the app would choose today (the screen offers to go back to it).
    pub suggested: Period,
    pub due_date: NaiveDate,
    /// The form's fields, in its order, with their labels.
    pub fields: Vec<FieldLabel>,
    pub rows: Vec<Row>,
    /// When this period was marked reported, if it was.
    pub reported: Option<Reported>,
    /// The latest period marked reported.
    pub last_reported: Option<Reported>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldLabel {
    pub field: Field,
    pub label: String,
}

/// A reporting reminder ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportNotification {
    pub reminder: ReportDue,
    pub title: String,
    pub body: String,
}

impl Core {
    pub fn reporting(&self) -> Result<ReportingView> {
        self.reporting_view(&self.read())
    }

    pub fn update_reporting(&self, settings: ReportingSettings) -> Result<ReportingView> {
        if let Some((field, problem)) = settings.problem() {
            return Err(Error::field(field, problem));
        }
        let mut conn = self.write()?;
        let tx = conn.transaction()?;
        store::save_settings(&tx, &settings, self.clock.now())?;
        store::replan(&tx, self.clock.now(), self.env.device_zone)?;
        tx.commit()?;
        self.reporting_view(&conn)
    }

    pub fn report(&self, r: ReportRequest) -> Result<ReportView> {
        // Before the connection is taken: in memory, reads and the language share one.
        let locale = self.locale();
        let conn = self.read();
        let settings = store::settings(&conn)?;
        let authority = r.authority.or(settings.authority).unwrap_or(match locale {
            Locale::Sv => Authority::Arbetsformedlingen,
            _ => Authority::Nav,
        });
        let reported = store::reported(&conn, authority)?;
        let suggested = self.to_report(authority, &settings, &reported);
        let period = match (r.start, r.end) {
            (None, None) => suggested,
            (Some(start), Some(end)) => chosen(start, end)?,
            (None, Some(_)) => return Err(Error::field("start", Problem::Required)),
            (Some(_), None) => return Err(Error::field("end", Problem::Required)),
        };
        let rows = self
            .facts(&conn, period)?
            .iter()
            .map(|fact| form::row(authority, fact, locale))
            .collect();
        Ok(ReportView {
            authority,
            period,
            suggested,
            due_date: period::due_date(authority, period),
            fields: form::fields(authority)
                .iter()
                .map(|&field| FieldLabel {
                    field,
                    label: form::label(authority, field, locale),
                })
                .collect(),
            rows,
            reported: reported.iter().find(|x| x.period == period).cloned(),
            last_reported: reported.first().cloned(),
        })
    }

    pub fn add_activity(&self, draft: ActivityDraft) -> Result<Activity> {
        let draft = checked(draft)?;
        let conn = self.write()?;
        let id = store::add_activity(&conn, &draft, self.clock.now())?;
        store::activity(&conn, id)
    }

    pub fn update_activity(&self, r: ActivityRequest) -> Result<Activity> {
        let draft = checked(r.activity)?;
        let conn = self.write()?;
        store::update_activity(&conn, r.id, &draft, self.clock.now())?;
        store::activity(&conn, r.id)
    }

    pub fn get_activity(&self, r: IdRequest) -> Result<Activity> {
        store::activity(&self.read(), r.id)
    }

    pub fn delete_activity(&self, r: IdRequest) -> Result<()> {
        store::delete_activity(&*self.write()?, r.id)
    }

    /// Marks a period reported: it is kept, the next report starts after it, and its reminders
    /// stop.
    pub fn mark_reported(&self, r: MarkReportedRequest) -> Result<ReportView> {
        let period = chosen(r.start, r.end)?;
        {
            let mut conn = self.write()?;
            let tx = conn.transaction()?;
            store::mark_reported(&tx, r.authority, period, self.clock.now())?;
            store::replan(&tx, self.clock.now(), self.env.device_zone)?;
            tx.commit()?;
        }
        self.report(ReportRequest {
            authority: Some(r.authority),
            start: Some(period.start),
            end: Some(period.end),
        })
    }

    /// Takes a mark back (marked by mistake): the period's reminders that have not come yet
    /// return.
    pub fn unmark_reported(&self, r: UnmarkReportedRequest) -> Result<ReportingView> {
        let mut conn = self.write()?;
        let tx = conn.transaction()?;
        store::unmark_reported(&tx, r.authority, r.start)?;
        store::replan(&tx, self.clock.now(), self.env.device_zone)?;
        tx.commit()?;
        self.reporting_view(&conn)
    }

    /// Claims the reporting reminders due now, ready to show. Each comes back once, ever.
    pub fn fire_due_report_reminders(&self) -> Result<Vec<ReportNotification>> {
        let due = store::claim_due(&mut *self.write()?, self.clock.now(), self.env.device_zone)?;
        Ok(self.report_notifications(due))
    }

    /// What a desktop notification of a reporting reminder offers: opening the report only. A
    /// report is not snoozed: the 10th's reminder is its second chance.
    pub fn report_notification_actions(&self) -> Vec<(String, String)> {
        actions::labelled(&[actions::Action::Open], self.locale())
    }

    /// The reporting reminders still to come, with their texts: a phone schedules these with
    /// the OS, beside the interviews' (`pending_notifications`).
    pub fn pending_report_notifications(&self) -> Result<Vec<ReportNotification>> {
        let due = store::waiting(&self.read())?;
        Ok(self.report_notifications(due))
    }

    /// The reminders with their texts, in the language in effect (read once for all of them).
    fn report_notifications(&self, due: Vec<ReportDue>) -> Vec<ReportNotification> {
        let locale = self.locale();
        due.into_iter()
            .map(|d| report_notification(d, locale))
            .collect()
    }

    /// The period to report now to `authority`: the one after the last marked reported, or the
    /// one the authority's rhythm says (`period::suggested`). `reported` is latest first.
    fn to_report(
        &self,
        authority: Authority,
        settings: &ReportingSettings,
        reported: &[Reported],
    ) -> Period {
        let last = reported.first().map(|r| r.period.end);
        period::suggested(authority, settings.nav_due, self.today(), last)
    }

    /// The device's date today.
    fn today(&self) -> NaiveDate {
        self.clock
            .now()
            .with_timezone(&self.env.device_zone)
            .date_naive()
    }

    fn reporting_view(&self, conn: &rusqlite::Connection) -> Result<ReportingView> {
        let settings = store::settings(conn)?;
        let today = self.today();
        let due = match settings.authority {
            Some(authority) => {
                let period =
                    self.to_report(authority, &settings, &store::reported(conn, authority)?);
                let due_date = period::due_date(authority, period);
                // Due once the period is over (NAV: from its due date), until it is reported.
                let ready = match authority {
                    Authority::Arbetsformedlingen => period.end < today,
                    Authority::Nav => due_date <= today,
                };
                ready.then_some(DueReport {
                    authority,
                    period,
                    due_date,
                    overdue: due_date < today,
                })
            }
            None => None,
        };
        Ok(ReportingView {
            settings,
            due,
            next_reminder: store::next_due(conn)?,
        })
    }

    /// The interviews (that have taken place) and the user's activities in `period`, by date.
    fn facts(&self, conn: &rusqlite::Connection, period: Period) -> Result<Vec<Fact>> {
        let mut facts: Vec<Fact> = store::interviews_in(conn, period, self.clock.now())?
            .into_iter()
            .map(|(id, date, employer, title, place, status)| Fact {
                source: Source::Interview(id),
                date,
                kind: ActivityKind::Interview,
                employer,
                title,
                place,
                stage: stage_of(status),
            })
            .collect();
        facts.extend(
            store::activities_in(conn, period)?
                .into_iter()
                .map(|a| Fact {
                    source: Source::Activity(a.id),
                    date: a.date,
                    kind: a.kind,
                    employer: a.employer,
                    title: a.title,
                    place: a.place,
                    stage: a.stage,
                }),
        );
        // Stable: on one day, interviews before the activities added by hand.
        facts.sort_by_key(|f| f.date);
        Ok(facts)
    }
}

/// How far an interview got, as a report says it.
fn stage_of(status: Status) -> Stage {
    match status {
        Status::Offer => Stage::Offer,
        Status::Rejected => Stage::Rejected,
        Status::Withdrawn | Status::Cancelled => Stage::Withdrawn,
        Status::Planned | Status::Done | Status::Awaiting | Status::NextRound => Stage::Interview,
    }
}

fn chosen(start: NaiveDate, end: NaiveDate) -> Result<Period> {
    for (field, date) in [("start", start), ("end", end)] {
        if !sane_date(date) {
            return Err(Error::field(field, Problem::InvalidDateTime));
        }
    }
    period::chosen(start, end)
        .ok_or_else(|| Error::field("end", Problem::OutOfRange { min: 1, max: 366 }))
}

/// The draft trimmed and checked, every field at once.
fn checked(mut draft: ActivityDraft) -> Result<ActivityDraft> {
    let mut problems = Vec::new();
    for (field, rule, value) in [
        ("employer", EMPLOYER, &mut draft.employer),
        ("title", LINE, &mut draft.title),
        ("place", LINE, &mut draft.place),
        ("note", NOTE, &mut draft.note),
    ] {
        *value = value.trim().to_owned();
        if let Some(problem) = rule.problem(value) {
            problems.push(FieldError::new(field, problem));
        }
    }
    if !sane_date(draft.date) {
        problems.push(FieldError::new("date", Problem::InvalidDateTime));
    }
    match problems.is_empty() {
        true => Ok(draft),
        false => Err(Error::Validation(problems)),
    }
}

fn report_notification(due: ReportDue, locale: Locale) -> ReportNotification {
    let mut args = FluentArgs::new();
    args.set("start", form::date_text(due.authority, due.period.start));
    args.set("end", form::date_text(due.authority, due.period.end));
    args.set(
        "due",
        form::date_text(due.authority, period::due_date(due.authority, due.period)),
    );
    let kind: &str = due.kind.into();
    ReportNotification {
        title: text(
            locale,
            &format!("report-reminder-{kind}-title"),
            Some(&args),
        ),
        body: text(locale, &format!("report-reminder-{kind}-body"), Some(&args)),
        reminder: due,
    }
}
