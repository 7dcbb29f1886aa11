//! Phones (PRODUCT §8, §13): there the OS, not the app, shows reminders, so they arrive with the
//! app closed. The app hands the OS the soonest of its pending reminders and keeps a ledger of
//! what it handed; each hand-over compares plan, ledger and the OS's own list and makes exactly
//! the calls that differ.
//!
//! The phones' limits shape it: iOS keeps only an app's 64 soonest local notifications, Android
//! fires a past date at once and iOS refuses it, `cancel_all` does nothing on Android, ids are
//! 32-bit, and a reboot forgets everything an app scheduled. So: future reminders only, at most
//! [`SLOTS`], ids derived from the reminder's identity (never a reused rowid), cancels one id at
//! a time, and the OS's list of what it still holds read at every hand-over. What the OS showed
//! while the app was closed is claimed when the app starts or comes back, so each reminder is
//! shown once and the "waiting for you" strip lists it. The shell's adapter only carries out
//! the calls ([`OsNotifier`]); everything deciding them is here, tested against [`FakeOs`].
//!
//! Two kinds of reminder share the OS's slots, soonest first: the interviews' and the activity
//! reporting's. Both become one shape, [`Alert`], before anything here decides on them.

#[cfg(any(test, feature = "fake-os"))]
mod fake;
mod ledger;
mod plan;
#[cfg(test)]
mod report_tests;
#[cfg(test)]
mod tests;

#[cfg(any(test, feature = "fake-os"))]
pub use fake::{FakeOs, Platform, Shown, ShownBy};
pub use plan::{
    desired, is_report_key, key, os_id, reconcile, report_key, wire_seconds, Alert, Calls,
    DateReading, Held, OsReminder, TapTarget, LEAD, SLOTS,
};

use crate::error::Result;
use crate::service::{Core, Notification, ReportNotification};
use serde::Serialize;
use std::collections::HashSet;

/// The phone's notification service, as the hand-over needs it. The shell implements it over the
/// notification plugin; tests use [`FakeOs`]. Errors are the OS's words, for the log.
///
/// There is no "what do you hold" here: the plugin cannot say (on Android its list is always
/// empty, on iOS reading it fails while anything is pending), so the ledger is the record and
/// every start hands everything over again.
pub trait OsNotifier {
    /// Schedules `reminder` at its time; an id the OS holds is replaced.
    fn schedule(&mut self, reminder: &OsReminder) -> std::result::Result<(), String>;
    fn cancel(&mut self, ids: &[i32]) -> std::result::Result<(), String>;
    /// Shows a reminder at once: one that came due without the OS having it.
    fn show(&mut self, alert: &Alert) -> std::result::Result<(), String>;
}

/// How long the ledger remembers a notification after its time, so a tap on it still finds it.
const KEEP_SHOWN: chrono::Duration = chrono::Duration::days(2);

/// Why a hand-over runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occasion {
    /// The app started or came back to the front: the OS may have rebooted meanwhile.
    Start,
    /// Something changed what is planned (a save, a setting, a sync).
    Change,
}

/// What one hand-over did.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HandOver {
    /// Reminders that came due since the last hand-over, claimed now (for the "waiting" strip).
    pub claimed: Vec<Notification>,
    /// Reporting reminders that came due since the last hand-over, claimed now (the report's
    /// banner stands for them).
    pub claimed_reports: Vec<ReportNotification>,
    /// Of both, how many the app showed itself (the OS never had them).
    pub shown: usize,
    pub scheduled: usize,
    pub cancelled: usize,
    /// Calls the OS refused; they are tried again at the next hand-over.
    pub failed: usize,
}

impl Core {
    /// Brings the OS's scheduled notifications in line with the pending reminders (see the
    /// module). One hand-over at a time; the OS calls run while no database lock is held.
    pub fn hand_over_reminders(
        &self,
        os: &mut dyn OsNotifier,
        occasion: Occasion,
    ) -> Result<HandOver> {
        let _one_at_a_time = self.hand_over_lock();
        let mut report = HandOver::default();
        // Claimed first, so a reminder the OS has shown is fired before anything re-plans it.
        self.claim_for_phone(os, &mut report)?;
        let now = self.clock().now();
        let held = ledger::held(&self.read())?;
        // In flight or shown: kept out of the plan's ids, never cancelled.
        let reserved: HashSet<i32> = held
            .iter()
            .filter(|h| h.at <= now + LEAD)
            .map(|h| h.id)
            .collect();
        let desired = desired(now, self.pending_alerts()?, &reserved, SLOTS);
        let calls = match occasion {
            // After a reboot the OS holds nothing, and the plugin cannot tell whether there was
            // one: so every start hands the whole plan over again (each replaces its own id)
            // and cancels what the plan no longer holds.
            Occasion::Start => Calls {
                cancel: reconcile(&desired, &held, now).cancel,
                schedule: desired,
            },
            Occasion::Change => reconcile(&desired, &held, now),
        };
        let mut gone: Vec<i32> = Vec::new();
        let mut handed = Vec::new();
        if !calls.cancel.is_empty() {
            match os.cancel(&calls.cancel) {
                Ok(()) => {
                    report.cancelled = calls.cancel.len();
                    gone.extend(&calls.cancel);
                }
                Err(error) => {
                    tracing::error!(%error, count = calls.cancel.len(), "the OS refused to cancel");
                    report.failed += calls.cancel.len();
                }
            }
        }
        for reminder in calls.schedule {
            match os.schedule(&reminder) {
                Ok(()) => handed.push(reminder),
                Err(error) => {
                    tracing::error!(%error, id = reminder.id, "the OS refused a reminder");
                    // Whatever it held under this id is unknown now: asked for again next time.
                    gone.push(reminder.id);
                    report.failed += 1;
                }
            }
        }
        report.scheduled = handed.len();
        ledger::record(&mut *self.write()?, &handed, &gone)?;
        Ok(report)
    }

    /// Everything the OS could be given: the interviews' pending reminders and the reporting
    /// reminders still to come.
    pub fn pending_alerts(&self) -> Result<Vec<Alert>> {
        let interviews = self.pending_notifications()?.into_iter().map(Alert::from);
        let reports = self.pending_report_notifications()?;
        Ok(interviews
            .chain(reports.into_iter().map(Alert::from))
            .collect())
    }

    /// Claims what came due while the app was away. What the OS was given has been shown by it
    /// (or lost with a reboot, and then the strip still lists it): never shown twice. What it
    /// never had (beyond its slots, or refused) is shown now.
    fn claim_for_phone(&self, os: &mut dyn OsNotifier, report: &mut HandOver) -> Result<()> {
        let handed: HashSet<(String, i64)> = ledger::held(&self.read())?
            .into_iter()
            .map(|h| (h.key, h.at.timestamp()))
            .collect();
        let claimed = self.fire_due_reminders()?;
        let claimed_reports = self.fire_due_report_reminders()?;
        let alerts = claimed
            .iter()
            .cloned()
            .map(Alert::from)
            .chain(claimed_reports.iter().cloned().map(Alert::from));
        for alert in alerts {
            if handed.contains(&(alert.key.clone(), alert.due_at.timestamp())) {
                continue;
            }
            match os.show(&alert) {
                Ok(()) => report.shown += 1,
                Err(error) => tracing::error!(
                    error = %error,
                    key = alert.key,
                    "a due reminder could not be shown; the app lists it"
                ),
            }
        }
        // Kept a while after their time: a tap on one names its id (see `tapped`).
        ledger::forget_until(&*self.write()?, self.clock().now() - KEEP_SHOWN)?;
        report.claimed = claimed;
        report.claimed_reports = claimed_reports;
        Ok(())
    }

    /// What a tap on the OS's notification `os_id` opens (`None` when the OS did not say which:
    /// then the one shown last). `None` if it is no longer known.
    pub fn tapped(&self, os_id: Option<i32>) -> Result<Option<TapTarget>> {
        ledger::tapped(&self.read(), os_id, self.clock().now())
    }
}
