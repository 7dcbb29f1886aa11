//! Reminder commands, and what the desktop scheduler asks of the core: fire what is due (with its
//! translated texts and the screen it opens) and say when to wake next.

use super::{Core, InterviewRequest};
use crate::error::{Error, Result};
use crate::i18n::{text, Locale};
use crate::phone::TapTarget;
use crate::reminders::{self, actions, Due, Kind, ReminderSettings, ReminderView, Snooze};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SwitchRequest {
    pub interview_id: i64,
    pub kind: Kind,
    /// `null` follows the global setting.
    pub enabled: Option<bool>,
    /// This interview's own time or offset; `null` follows the global setting.
    #[serde(default)]
    pub value: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReminderRequest {
    pub reminder_id: i64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SnoozeRequest {
    pub reminder_id: i64,
    pub snooze: Snooze,
}

/// A due reminder as the user sees it: in a notification, or first thing when the app opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Notification {
    pub reminder: Due,
    pub title: String,
    pub body: String,
    /// The screen it opens; the UI turns it into its own route.
    pub target: Target,
}

impl Notification {
    /// What a click on it opens, as a tap on a phone's notification does.
    pub fn tap(&self) -> TapTarget {
        TapTarget {
            reminder_id: self.reminder.id,
            interview_id: self.target.interview_id,
            screen: self.target.screen,
        }
    }
}

/// The screen a reminder opens: one of an interview's, or the activity report. The core says
/// which; how the UI addresses it is the UI's business.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::VariantNames,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Screen {
    Detail,
    Prepare,
    Checklist,
    Reflect,
    Later,
    /// The activity report (a reporting reminder's; of no interview).
    Report,
}

impl Screen {
    /// The screen a reminder of `kind` opens.
    pub fn of(kind: Kind) -> Screen {
        match kind {
            Kind::EveningBefore => Screen::Prepare,
            Kind::HoursBefore | Kind::MinutesBefore => Screen::Checklist,
            Kind::AfterEnd => Screen::Reflect,
            Kind::NextDay => Screen::Later,
            Kind::FollowUp | Kind::AfterRejection => Screen::Detail,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Target {
    pub screen: Screen,
    pub interview_id: i64,
}

impl Core {
    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        reminders::settings(&self.read())
    }

    /// Saves new global settings and re-plans every interview that can still be reminded of.
    pub fn update_reminder_settings(&self, settings: ReminderSettings) -> Result<ReminderSettings> {
        if let Some((field, problem)) = settings.problem() {
            return Err(Error::field(&field, problem));
        }
        let mut conn = self.write()?;
        let tx = conn.transaction()?;
        reminders::save_settings(&tx, &settings)?;
        // The quiet hours move the reporting reminders too.
        self.replan_every_reminder(&tx)?;
        tx.commit()?;
        reminders::settings(&conn)
    }

    pub fn reminders(&self, r: InterviewRequest) -> Result<Vec<ReminderView>> {
        reminders::list_for(&self.read(), r.interview_id)
    }

    pub fn set_reminder_switch(&self, r: SwitchRequest) -> Result<Vec<ReminderView>> {
        let mut conn = self.write()?;
        let tx = conn.transaction()?;
        let own = reminders::Override {
            enabled: r.enabled,
            value: r.value,
        };
        reminders::set_switch(&tx, r.interview_id, r.kind, own)?;
        reminders::replan(&tx, r.interview_id, self.clock.now(), self.env.device_zone)?;
        tx.commit()?;
        reminders::list_for(&conn, r.interview_id)
    }

    /// Reminders that fired and have not been opened: shown first when the app opens.
    pub fn due_reminders(&self) -> Result<Vec<Notification>> {
        let due = reminders::fired_unseen(&self.read())?;
        Ok(self.notifications(due))
    }

    pub fn mark_reminder_seen(&self, r: ReminderRequest) -> Result<()> {
        reminders::mark_seen(&*self.write()?, r.reminder_id, self.clock.now())
    }

    pub fn snooze_reminder(&self, r: SnoozeRequest) -> Result<()> {
        let zone = self.env.device_zone;
        reminders::snooze(
            &mut *self.write()?,
            r.reminder_id,
            r.snooze,
            self.clock.now(),
            zone,
        )
    }

    /// Claims what is due now and returns it ready to show. Each reminder comes back once, ever.
    pub fn fire_due_reminders(&self) -> Result<Vec<Notification>> {
        let claimed = reminders::claim_due(&mut *self.write()?, self.clock.now())?;
        if claimed.set_aside > 0 {
            self.notice(super::NoticeKind::RemindersSetAside);
        }
        Ok(self.notifications(claimed.due))
    }

    /// What a desktop notification of `n` offers now: open, and the snoozes the app would accept
    /// (see `reminders::actions`), as keys and labels in the language in effect.
    pub fn notification_actions(&self, n: &Notification) -> Result<Vec<(String, String)>> {
        let settings = reminders::settings(&self.read())?;
        let now = self.clock.now();
        let offered = actions::offered(&n.reminder, now, self.env.device_zone, &settings);
        Ok(actions::labelled(&offered, self.locale()))
    }

    /// The next instant a reminder is due, if one is waiting.
    pub fn next_reminder_due(&self) -> Result<Option<chrono::DateTime<chrono::Utc>>> {
        reminders::next_due(&self.read())
    }

    /// How long the scheduler may sleep before it must look again.
    /// How long the desktop scheduler may sleep: until the next reminder comes due or the next
    /// day's backup is due (`None`: until told of a change), as far as `signals` let it trust its
    /// monotonic timer.
    pub fn next_wake(&self, signals: reminders::OsSignals) -> Result<Option<std::time::Duration>> {
        let now = self.clock.now();
        let conn = self.read();
        let reminder = reminders::next_due(&conn)?;
        let report = crate::reporting::store::next_due(&conn)?;
        drop(conn);
        let backup = self
            .data_dir
            .as_ref()
            .map(|_| crate::backup::next_daily(now));
        let next = reminder.into_iter().chain(report).chain(backup).min();
        Ok(reminders::next_wake(now, next, signals))
    }

    /// Every reminder still waiting, with its texts: a phone schedules these with the OS.
    pub fn pending_notifications(&self) -> Result<Vec<Notification>> {
        let due = reminders::pending(&self.read())?;
        Ok(self.notifications(due))
    }

    /// At start-up: the device's zone or the settings may have changed while the app was closed.
    pub fn replan_reminders(&self) -> Result<()> {
        let mut conn = self.write()?;
        let tx = conn.transaction()?;
        self.replan_every_reminder(&tx)?;
        Ok(tx.commit()?)
    }

    /// Re-plans, inside `tx`, every reminder that may still matter: the interviews' (one whose
    /// stored values cannot be read keeps its reminders and is counted in a notice) and the
    /// reporting ones. After the settings change, at start-up and after a restore.
    pub(super) fn replan_every_reminder(&self, tx: &rusqlite::Connection) -> Result<()> {
        let (now, zone) = (self.clock.now(), self.env.device_zone);
        let unplanned = reminders::replan_all(tx, now, zone)?;
        self.notice_unplanned(unplanned);
        crate::reporting::store::replan(tx, now, zone)
    }

    /// The reminders with their texts, in the language in effect (read once for all of them: a
    /// phone's pending list can hold hundreds).
    fn notifications(&self, due: Vec<Due>) -> Vec<Notification> {
        let locale = self.locale();
        due.into_iter().map(|d| notification(d, locale)).collect()
    }
}

/// A due reminder with its texts in `locale` and the screen it opens.
fn notification(due: Due, locale: Locale) -> Notification {
    let mut args = FluentArgs::new();
    args.set("company", due.company.clone());
    args.set("role", due.role.clone());
    args.set(
        "time",
        due.start_local.get(11..16).unwrap_or_default().to_owned(),
    );
    let kind = due.kind.as_str();
    let screen = Screen::of(due.kind);
    Notification {
        title: text(locale, &format!("reminder-{kind}-title"), Some(&args)),
        body: text(locale, &format!("reminder-{kind}-body"), Some(&args)),
        target: Target {
            screen,
            interview_id: due.interview_id,
        },
        reminder: due,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use crate::service::{parse, Environment};
    use chrono::{DateTime, Duration, Utc};
    use serde_json::json;
    use std::sync::Arc;

    #[test]
    fn due_reminders_come_once_translated_and_open_the_right_screen() {
        let t0 = DateTime::parse_from_rfc3339("2026-11-29T08:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let clock = Arc::new(ManualClock::new(t0));
        let env = Environment {
            os_locale: "nb_NO.UTF-8".into(),
            device_zone: chrono_tz::Europe::Oslo,
        };
        let core = Core::open_in_memory(clock.clone(), env).unwrap();
        let draft = parse(Some(
            json!({"company": "Statnett", "role": "Ingeniør", "startLocal": "2026-12-01T10:30"}),
        ))
        .unwrap();
        let interview = core.create_interview(draft).unwrap();
        // With the OS's signals it sleeps until the evening-before reminder; without, it looks
        // at the wall clock again within the fallback.
        let due = reminders::next_due(&core.read()).unwrap().unwrap();
        assert!(due - t0 > Duration::hours(24));
        assert_eq!(
            core.next_wake(reminders::OsSignals::ALL).unwrap(),
            Some((due - t0).to_std().unwrap())
        );
        assert_eq!(
            core.next_wake(reminders::OsSignals::NONE).unwrap(),
            Some(reminders::FALLBACK_RECHECK)
        );

        clock.set(
            DateTime::parse_from_rfc3339("2026-11-30T18:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
        );
        let fired = core.fire_due_reminders().unwrap();
        assert_eq!(fired.len(), 1);
        assert_eq!(fired[0].title, "I morgen: Statnett");
        assert!(fired[0].body.contains("klokken 10:30"), "{}", fired[0].body);
        assert_eq!(
            fired[0].target,
            Target {
                screen: Screen::Prepare,
                interview_id: interview.id
            }
        );
        assert!(core.fire_due_reminders().unwrap().is_empty());
        // Its desktop notification opens the same screen, and offers the snoozes in Norwegian
        // (the interview is the next day at 10:30: tomorrow morning is before it).
        let tap = fired[0].tap();
        assert_eq!(tap.target(), fired[0].target);
        assert_eq!(tap.reminder_id, fired[0].reminder.id);
        let offered = core.notification_actions(&fired[0]).unwrap();
        assert_eq!(
            offered,
            [
                ("default", "Åpne"),
                ("snooze:minutes_15", "Minn meg på om 15 min"),
                ("snooze:hour_1", "Minn meg på om 1 time"),
                ("snooze:tomorrow_morning", "Minn meg på i morgen tidlig"),
            ]
            .map(|(k, l)| (k.to_owned(), l.to_owned()))
        );

        let waiting = core.due_reminders().unwrap();
        assert_eq!(waiting, fired, "shown first when the app opens");
        core.mark_reminder_seen(ReminderRequest {
            reminder_id: fired[0].reminder.id,
        })
        .unwrap();
        assert!(core.due_reminders().unwrap().is_empty());

        clock.advance(Duration::hours(1));
        let mut settings = core.reminder_settings().unwrap();
        settings.kinds[1].1.value = 0;
        assert!(matches!(
            core.update_reminder_settings(settings),
            Err(Error::Validation(_))
        ));
    }
}
