//! What the OS should hold, and the calls that get it there. Pure: no SQL, no clock.

use crate::reminders::Due;
use crate::reporting::store::ReportDue;
use crate::service::{Notification, ReportNotification, Screen, Target};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};

/// How many reminders the OS is given at most: iOS keeps only the soonest 64 local
/// notifications of an app and drops the rest without a word; four are left spare.
pub const SLOTS: usize = 60;

/// A reminder due sooner than this is not handed over: by the time the OS has it, its date may
/// have passed (iOS refuses a past date, Android fires it at once). Nor is one the OS holds
/// this close to its time cancelled or replaced: it may be on its way to the screen.
pub const LEAD: Duration = Duration::seconds(10);

/// One reminder as the OS is given it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OsReminder {
    /// The id the OS knows it by: 31 bits derived from `key`, positive (see [`os_id`]).
    pub id: i32,
    /// The reminder's identity across re-plans and restarts (see [`key`], [`report_key`]).
    pub key: String,
    /// When it is to show, in whole seconds.
    pub at: DateTime<Utc>,
    pub title: String,
    pub body: String,
    /// What a tap opens; carried in the notification (see [`OsReminder::tap`]).
    pub tap: TapTarget,
}

/// Something the OS should show, whichever reminder it stands for: an interview's
/// ([`Notification`]) or a reporting reminder ([`ReportNotification`]). The hand-over plans,
/// shows and remembers both alike through this one shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    /// Its identity across re-plans and restarts (see [`key`], [`report_key`]).
    pub key: String,
    pub due_at: DateTime<Utc>,
    pub title: String,
    pub body: String,
    pub tap: TapTarget,
}

impl From<Notification> for Alert {
    fn from(n: Notification) -> Alert {
        Alert {
            key: key(&n.reminder),
            due_at: n.reminder.due_at,
            tap: n.tap(),
            title: n.title,
            body: n.body,
        }
    }
}

impl From<ReportNotification> for Alert {
    fn from(n: ReportNotification) -> Alert {
        Alert {
            key: report_key(&n.reminder),
            due_at: n.reminder.due_at,
            tap: TapTarget::REPORT,
            title: n.title,
            body: n.body,
        }
    }
}

/// The data a notification carries, so a tap opens the right screen, also from a cold start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TapTarget {
    /// The reminder the tap marks seen; [`TapTarget::NO_REMINDER`] when it no longer exists
    /// or is not an interview's.
    pub reminder_id: i64,
    /// [`TapTarget::NO_INTERVIEW`] for a screen of no interview (the report).
    pub interview_id: i64,
    pub screen: Screen,
}

impl TapTarget {
    /// The reminder id of a tap whose reminder has been deleted since it showed: no reminder
    /// has it (ids start at 1 and are never reused), so marking it seen finds nothing and the
    /// UI opens the screen all the same.
    pub const NO_REMINDER: i64 = 0;

    /// The interview id of a screen that belongs to none: no interview has it (ids start at 1).
    pub const NO_INTERVIEW: i64 = 0;

    /// A reporting reminder's tap: the report screen. It marks nothing seen, since a reporting
    /// reminder is not listed under "Waiting for you" (the report's own banner stands for it),
    /// and its row's id is not a `reminder` id the UI could mark.
    pub const REPORT: TapTarget = TapTarget {
        reminder_id: TapTarget::NO_REMINDER,
        interview_id: TapTarget::NO_INTERVIEW,
        screen: Screen::Report,
    };

    pub fn target(self) -> Target {
        Target {
            screen: self.screen,
            interview_id: self.interview_id,
        }
    }
}

/// What the OS is known to hold under one id (the ledger's row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub id: i32,
    pub key: String,
    pub at: DateTime<Utc>,
    /// Of everything shown or carried (see [`OsReminder::fingerprint`]): a change hands it again.
    pub fingerprint: String,
}

impl OsReminder {
    /// A digest of what the user would see or get from it: the time, the texts (a language
    /// change), the target. Equal fingerprints need no call.
    pub fn fingerprint(&self) -> String {
        let mut digest = Sha256::new();
        for part in [
            self.at.timestamp().to_string().as_str(),
            &self.title,
            &self.body,
            <&str>::from(self.tap.screen),
            &self.tap.interview_id.to_string(),
            &self.tap.reminder_id.to_string(),
        ] {
            // Each part with its length, so no two different lists of parts digest alike.
            digest.update((part.len() as u64).to_le_bytes());
            digest.update(part.as_bytes());
        }
        hex(&digest.finalize()[..12])
    }

    pub fn held(&self) -> Held {
        Held {
            id: self.id,
            key: self.key.clone(),
            at: self.at,
            fingerprint: self.fingerprint(),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A reminder's identity: its interview's uid (random, never reused, the same after a restore
/// or a sync) and its kind. A rowid would be reused after a delete, and cut to 32 bits.
pub fn key(due: &Due) -> String {
    format!("{}:{}", due.interview_uid, due.kind.as_str())
}

/// What every reporting reminder's key starts with. An interview's uid is hex (or `row-<id>`),
/// so no interview's key starts so.
const REPORT_KEY: &str = "report:";

/// A reporting reminder's identity: the authority, the period's first day and the kind — what
/// makes it one reminder in `report_reminder` (its rowid would be reused after a re-plan deletes
/// one, and differs between devices).
pub fn report_key(due: &ReportDue) -> String {
    let authority: &str = due.authority.into();
    let kind: &str = due.kind.into();
    format!(
        "{REPORT_KEY}{authority}:{}:{kind}",
        due.period.start.format("%Y-%m-%d")
    )
}

/// Whether `key` is a reporting reminder's (see [`report_key`]).
pub fn is_report_key(key: &str) -> bool {
    key.starts_with(REPORT_KEY)
}

/// The OS id for `key`: the first 31 bits of its SHA-256, never 0 (some OS calls treat 0 as
/// "none"). `attempt` > 0 gives the next candidate when two keys in one plan collide.
pub fn os_id(key: &str, attempt: u32) -> i32 {
    let digest = Sha256::new()
        .chain_update(key.as_bytes())
        .chain_update(attempt.to_le_bytes())
        .finalize();
    let id = u32::from_le_bytes([digest[0], digest[1], digest[2], digest[3]]) & 0x7fff_ffff;
    // In range by the mask; 0 is moved to 1.
    i32::try_from(id.max(1)).unwrap_or(1)
}

/// The reminders the OS should hold at `now`: those still ahead by more than [`LEAD`], the
/// soonest `slots` of them (interviews' and reporting reminders together), in whole seconds,
/// each with a stable id. Ids in `reserved` (held by the OS and about to show) are not given to
/// another reminder.
pub fn desired(
    now: DateTime<Utc>,
    pending: Vec<Alert>,
    reserved: &HashSet<i32>,
    slots: usize,
) -> Vec<OsReminder> {
    let earliest = now + LEAD;
    let mut soonest: Vec<Alert> = pending
        .into_iter()
        .filter(|a| a.due_at > earliest)
        .collect();
    soonest.sort_by(|a, b| (a.due_at, &a.key).cmp(&(b.due_at, &b.key)));
    soonest.truncate(slots);
    let mut taken = reserved.clone();
    soonest
        .into_iter()
        .map(|a| {
            let id = (0..)
                .map(|attempt| os_id(&a.key, attempt))
                .find(|id| taken.insert(*id))
                .unwrap_or(1);
            let at = DateTime::from_timestamp(a.due_at.timestamp(), 0).unwrap_or(a.due_at);
            OsReminder {
                id,
                key: a.key,
                at,
                tap: a.tap,
                title: a.title,
                body: a.body,
            }
        })
        .collect()
}

/// The exact calls that turn what the OS holds into what it should hold.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Calls {
    /// Ids to cancel, one by one (never "cancel all": a no-op on Android).
    pub cancel: Vec<i32>,
    /// Reminders to schedule; one under an id the OS holds replaces it.
    pub schedule: Vec<OsReminder>,
}

impl Calls {
    pub fn is_empty(&self) -> bool {
        self.cancel.is_empty() && self.schedule.is_empty()
    }
}

/// Compares what the OS should hold with what it holds. A held reminder within [`LEAD`] of its
/// time is left alone (it may be showing); any other the plan lacks is cancelled; a planned
/// one the OS lacks, or holds in another form, is scheduled.
pub fn reconcile(desired: &[OsReminder], held: &[Held], now: DateTime<Utc>) -> Calls {
    let settled = now + LEAD;
    let wanted: HashSet<i32> = desired.iter().map(|d| d.id).collect();
    let holds: HashMap<i32, &Held> = held.iter().map(|h| (h.id, h)).collect();
    let mut cancel: Vec<i32> = held
        .iter()
        .filter(|h| h.at > settled && !wanted.contains(&h.id))
        .map(|h| h.id)
        .collect();
    cancel.sort_unstable();
    let schedule = desired
        .iter()
        .filter(|d| holds.get(&d.id).is_none_or(|h| **h != d.held()))
        .cloned()
        .collect();
    Calls { cancel, schedule }
}

/// How a phone's plugin reads the time it is given (see [`wire_seconds`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateReading {
    /// As the instant it names (Android).
    Instant,
    /// As the device's wall-clock time, whatever zone it names (iOS: the plugin's date
    /// formatter has no zone, plugins-workspace#3256).
    DeviceWallClock,
}

/// The time to give the plugin, in seconds since the epoch, labelled UTC, so the phone shows
/// the reminder at `at`: the instant itself where the plugin reads instants; where it reads a
/// wall clock, the device's wall-clock time at `at` written as if it were UTC.
pub fn wire_seconds(at: DateTime<Utc>, device_zone: chrono_tz::Tz, reading: DateReading) -> i64 {
    use chrono::Offset;
    match reading {
        DateReading::Instant => at.timestamp(),
        DateReading::DeviceWallClock => {
            let offset = at.with_timezone(&device_zone).offset().fix();
            at.timestamp() + i64::from(offset.local_minus_utc())
        }
    }
}
