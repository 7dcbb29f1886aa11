//! Reminders (PRODUCT §8): a plan per interview computed from its time in its own zone and the
//! settings (`plan`), stored with a state so each fires exactly once (`store`), and the
//! scheduler's arithmetic: when to wake next (`wake`); what a desktop notification of one offers
//! (`actions`).

pub mod actions;
mod plan;
mod store;
mod wake;

#[cfg(test)]
mod tests;

pub use plan::{plan, quiet, resolve_local, Done, PlanInput, Planned};
pub use store::{
    claim_due, fired_unseen, list_for, mark_seen, may_snooze_to, next_due, pending, replan,
    replan_all, save_settings, set_switch, settings, settings_unreadable, snooze, snoozed_until,
    take_due, take_settings_notice, Claimed, Due, ReminderView, SettingsNotice, Snooze,
};
pub use wake::{next_wake, OsSignals, FALLBACK_RECHECK};

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

crate::enums::named_enum! {
    /// What a reminder leads to, and when it comes. Its names in JSON, in the database and in the
    /// texts' ids are one set (strum and serde agree; `enums` tests it).
    #[derive(Hash, PartialOrd, Ord)]
    pub enum Kind {
        /// The evening before, at a time of day: open the preparation sheet.
        EveningBefore,
        /// Some hours before: the dress-and-conduct checklist.
        HoursBefore,
        /// Minutes before: a short calm-down. Off unless switched on.
        MinutesBefore,
        /// Soon after the expected end: the reflection.
        AfterEnd,
        /// The next day, at a time of day: the second look.
        NextDay,
        /// Days after the interview with no outcome: follow up.
        FollowUp,
        /// The day after a rejection, at a time of day: ask for feedback.
        AfterRejection,
    }
}

crate::enums::sql_text!(Kind);

impl Kind {
    /// In the order settings list them (the order of the declaration, which `EnumIter` follows).
    pub const ALL: [Kind; 7] = [
        Kind::EveningBefore,
        Kind::HoursBefore,
        Kind::MinutesBefore,
        Kind::AfterEnd,
        Kind::NextDay,
        Kind::FollowUp,
        Kind::AfterRejection,
    ];

    /// "Before" reminders never fire once the interview has begun.
    pub fn is_before(self) -> bool {
        matches!(
            self,
            Kind::EveningBefore | Kind::HoursBefore | Kind::MinutesBefore
        )
    }

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn from_sql_name(name: &str) -> Option<Kind> {
        name.parse().ok()
    }

    /// What the value of this kind means, and its bounds (see `KindSetting::value`).
    pub fn value_range(self) -> (u32, u32) {
        match self {
            // A time of day, in minutes after midnight.
            Kind::EveningBefore | Kind::NextDay | Kind::AfterRejection => (0, 24 * 60 - 1),
            Kind::HoursBefore => (1, 24 * 60),
            Kind::MinutesBefore => (1, 180),
            Kind::AfterEnd => (0, 12 * 60),
            // Days after the interview.
            Kind::FollowUp => (1, 60),
        }
    }
}

/// One interview's own choice for a kind; `None` follows the global setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Override {
    pub enabled: Option<bool>,
    pub value: Option<u32>,
}

/// One kind's global setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KindSetting {
    pub enabled: bool,
    /// evening_before, next_day, after_rejection: time of day in minutes after midnight;
    /// hours_before, minutes_before: minutes before the start; after_end: minutes after the
    /// expected end; follow_up: days after the interview.
    pub value: u32,
}

/// When no reminder may sound; one that falls inside moves to its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuietHours {
    pub enabled: bool,
    /// Minutes after midnight, where the user is.
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReminderSettings {
    /// Every kind, in `Kind::ALL` order.
    pub kinds: Vec<(Kind, KindSetting)>,
    pub quiet_hours: QuietHours,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        let on = |value| KindSetting {
            enabled: true,
            value,
        };
        ReminderSettings {
            kinds: vec![
                (Kind::EveningBefore, on(19 * 60)),
                (Kind::HoursBefore, on(3 * 60)),
                (
                    Kind::MinutesBefore,
                    KindSetting {
                        enabled: false,
                        value: 15,
                    },
                ),
                (Kind::AfterEnd, on(30)),
                (Kind::NextDay, on(10 * 60)),
                (Kind::FollowUp, on(7)),
                (Kind::AfterRejection, on(10 * 60)),
            ],
            quiet_hours: QuietHours {
                enabled: true,
                start: 22 * 60,
                end: 8 * 60,
            },
        }
    }
}

impl ReminderSettings {
    pub fn kind(&self, kind: Kind) -> KindSetting {
        self.kinds
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, s)| *s)
            .unwrap_or_else(|| ReminderSettings::default().kind(kind))
    }

    /// Every value within its bounds and every kind present once; the field that is not.
    pub fn problem(&self) -> Option<(String, crate::error::Problem)> {
        use crate::error::Problem;
        for kind in Kind::ALL {
            if self.kinds.iter().filter(|(k, _)| *k == kind).count() != 1 {
                return Some((format!("kinds.{}", kind.as_str()), Problem::Required));
            }
        }
        for (kind, setting) in &self.kinds {
            let (min, max) = kind.value_range();
            if !(min..=max).contains(&setting.value) {
                let problem = Problem::OutOfRange {
                    min: min.into(),
                    max: max.into(),
                };
                return Some((format!("kinds.{}", kind.as_str()), problem));
            }
        }
        let q = self.quiet_hours;
        if q.start >= 24 * 60 || q.end >= 24 * 60 {
            return Some((
                "quietHours".into(),
                Problem::OutOfRange {
                    min: 0,
                    max: 24 * 60 - 1,
                },
            ));
        }
        None
    }
}

/// A time of day from minutes after midnight (clamped to the day).
pub fn time_of_day(minutes: u32) -> NaiveTime {
    let minutes = minutes.min(24 * 60 - 1);
    NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).unwrap_or(NaiveTime::MIN)
}
