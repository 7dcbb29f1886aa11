//! A phone's notification service as tests need it: as strict as the real ones are. It keeps
//! an app's soonest 64 scheduled notifications and drops the rest (iOS), refuses a date that
//! has passed (iOS; Android would fire it at once, which is as wrong), replaces by id, does
//! nothing on "cancel all" (Android), forgets everything at a reboot, shows what comes due as
//! its clock moves, and reports a tap the way each phone's plugin does.

use super::{Alert, OsNotifier, OsReminder, TapTarget};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// How many scheduled notifications iOS keeps for one app.
pub const OS_CAP: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShownBy {
    /// At its time, from the schedule.
    Os,
    /// By the app, at once.
    App,
}

/// A notification that appeared on the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// The OS's id (`None` when the app showed it itself).
    pub os_id: Option<i32>,
    pub reminder_id: i64,
    /// The reminder's identity (see `phone::key`, `phone::report_key`).
    pub key: String,
    /// When it was due (a snoozed reminder is due again later, and shows again).
    pub due: DateTime<Utc>,
    pub at: DateTime<Utc>,
    pub by: ShownBy,
    pub tap: TapTarget,
}

#[derive(Debug)]
pub struct FakeOs {
    now: DateTime<Utc>,
    scheduled: BTreeMap<i32, OsReminder>,
    shown: Vec<Shown>,
    platform: Platform,
    /// Calls refused for a date not in the future.
    pub refused: usize,
}

/// Which phone a tap is reported like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// A tap names the notification's id.
    Ios,
    /// A tap names nothing (the plugin loses the notification's data on the way).
    Android,
}

impl FakeOs {
    pub fn new(platform: Platform, now: DateTime<Utc>) -> FakeOs {
        FakeOs {
            now,
            scheduled: BTreeMap::new(),
            shown: Vec::new(),
            platform,
            refused: 0,
        }
    }

    /// Moves the OS's clock, showing what comes due on the way, soonest first.
    pub fn advance_to(&mut self, now: DateTime<Utc>) {
        self.now = now;
        let due: Vec<i32> = self
            .scheduled
            .iter()
            .filter(|(_, r)| r.at <= now)
            .map(|(id, _)| *id)
            .collect();
        let mut firing: Vec<OsReminder> = due
            .iter()
            .filter_map(|id| self.scheduled.remove(id))
            .collect();
        firing.sort_by_key(|r| (r.at, r.id));
        for reminder in firing {
            self.shown.push(Shown {
                os_id: Some(reminder.id),
                reminder_id: reminder.tap.reminder_id,
                key: reminder.key,
                due: reminder.at,
                at: reminder.at,
                by: ShownBy::Os,
                tap: reminder.tap,
            });
        }
    }

    /// A reboot: every scheduled notification is gone (the plugin stores none).
    pub fn reboot(&mut self) {
        self.scheduled.clear();
    }

    /// Android's `cancel_all`: does nothing.
    pub fn cancel_all(&mut self) {}

    /// What is scheduled, by id.
    pub fn scheduled(&self) -> &BTreeMap<i32, OsReminder> {
        &self.scheduled
    }

    pub fn shown(&self) -> &[Shown] {
        &self.shown
    }

    /// What a tap on the `index`th notification shown tells the app: its id on iOS, nothing
    /// on Android. `None` outside: no such notification.
    pub fn tap(&self, index: usize) -> Option<Option<i32>> {
        let shown = self.shown.get(index)?;
        Some(match self.platform {
            Platform::Ios => shown.os_id,
            Platform::Android => None,
        })
    }
}

impl OsNotifier for FakeOs {
    fn schedule(&mut self, reminder: &OsReminder) -> Result<(), String> {
        if reminder.at <= self.now {
            self.refused += 1;
            return Err(format!("the date {} has passed", reminder.at));
        }
        self.scheduled.insert(reminder.id, reminder.clone());
        // Over the cap the latest is dropped, without a word.
        while self.scheduled.len() > OS_CAP {
            let latest = self
                .scheduled
                .iter()
                .max_by_key(|(id, r)| (r.at, **id))
                .map(|(id, _)| *id);
            if let Some(id) = latest {
                self.scheduled.remove(&id);
            }
        }
        Ok(())
    }

    fn cancel(&mut self, ids: &[i32]) -> Result<(), String> {
        for id in ids {
            self.scheduled.remove(id);
        }
        Ok(())
    }

    fn show(&mut self, alert: &Alert) -> Result<(), String> {
        self.shown.push(Shown {
            os_id: None,
            reminder_id: alert.tap.reminder_id,
            key: alert.key.clone(),
            due: alert.due_at,
            at: self.now,
            by: ShownBy::App,
            tap: alert.tap,
        });
        Ok(())
    }
}
