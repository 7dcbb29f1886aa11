//! What a desktop notification of a due reminder offers besides its text: a click opens the
//! reminder's screen, and buttons put it off as the "waiting for you" strip does. Pure: the
//! shell asks the notification server what it can show, sends what this module says, and turns
//! the key the server reports back into an [`Action`].

use super::{may_snooze_to, snoozed_until, Due, ReminderSettings, Snooze};
use crate::i18n::{text, Locale};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use std::str::FromStr;
use strum::IntoEnumIterator;

/// The key of a click on the notification itself (the Desktop Notifications Specification's
/// "default" action; servers that draw it as a button use its label).
const OPEN_KEY: &str = "default";
/// Snooze keys are this and the snooze's name, as the UI and the commands spell it.
const SNOOZE_PREFIX: &str = "snooze:";
/// The server capability that says it shows actions (and reports them).
const ACTIONS_CAPABILITY: &str = "actions";

/// What the user asked of a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Open the reminder's screen.
    Open,
    /// Ask again later, as the strip's snooze buttons do.
    Snooze(Snooze),
}

impl Action {
    /// The key the server is given and reports back.
    pub fn key(self) -> String {
        match self {
            Action::Open => OPEN_KEY.to_owned(),
            Action::Snooze(how) => format!("{SNOOZE_PREFIX}{}", <&str>::from(how)),
        }
    }

    /// The action a key the server reported stands for; `None` for a key this app never sends
    /// (another version's, or a server's own).
    pub fn from_key(key: &str) -> Option<Action> {
        if key == OPEN_KEY {
            return Some(Action::Open);
        }
        let how = key.strip_prefix(SNOOZE_PREFIX)?;
        Snooze::from_str(how).ok().map(Action::Snooze)
    }

    /// The button's label in `locale`.
    pub fn label(self, locale: Locale) -> String {
        let id = match self {
            Action::Open => "notification-open".to_owned(),
            Action::Snooze(how) => format!("notification-snooze-{}", <&str>::from(how)),
        };
        text(locale, &id, None)
    }
}

/// The actions a notification of `due`, shown at `now`, offers: always open; and each snooze
/// that the app would accept, so no button leads to an error ("before" reminders cannot be put
/// off to the interview's start or past it).
pub fn offered(
    due: &Due,
    now: DateTime<Utc>,
    device_zone: Tz,
    settings: &ReminderSettings,
) -> Vec<Action> {
    let snoozes = Snooze::iter().filter(|&how| {
        let until = snoozed_until(how, now, device_zone, settings);
        may_snooze_to(due.kind, due.start_utc, until)
    });
    std::iter::once(Action::Open)
        .chain(snoozes.map(Action::Snooze))
        .collect()
}

/// The keys and labels of `actions` in `locale`, in order.
pub fn labelled(actions: &[Action], locale: Locale) -> Vec<(String, String)> {
    actions
        .iter()
        .map(|&action| (action.key(), action.label(locale)))
        .collect()
}

/// The `actions` argument of the Notify call: key, label, key, label …; nothing when the
/// server's `capabilities` lack "actions" (it would show no buttons and report no click, so the
/// notification is sent as plain text, as before there were actions).
pub fn for_server(labelled: &[(String, String)], capabilities: &[String]) -> Vec<String> {
    if !capabilities.iter().any(|c| c == ACTIONS_CAPABILITY) {
        return Vec::new();
    }
    labelled
        .iter()
        .flat_map(|(key, label)| [key.clone(), label.clone()])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::Kind;
    use chrono::Duration;
    use rstest::rstest;

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn due(kind: Kind, start: DateTime<Utc>) -> Due {
        Due {
            id: 7,
            interview_id: 3,
            interview_uid: "uid".into(),
            kind,
            due_at: start,
            company: "Statnett".into(),
            role: "Ingeniør".into(),
            start_utc: start,
            time_zone: "Europe/Oslo".into(),
            start_local: "2026-12-01T14:00".into(),
        }
    }

    /// Every action's key reads back as that action, and nothing else reads as one: a key from
    /// another app, a server or a later version opens nothing and snoozes nothing.
    #[test]
    fn keys_read_back_and_only_ours_are_actions() {
        let all = std::iter::once(Action::Open).chain(Snooze::iter().map(Action::Snooze));
        for action in all {
            assert_eq!(Action::from_key(&action.key()), Some(action), "{action:?}");
        }
        assert_eq!(
            Action::from_key("snooze:minutes_15"),
            Some(Action::Snooze(Snooze::Minutes15)),
            "the snooze names are the UI's and the commands'"
        );
        for foreign in [
            "",
            "open",
            "Default",
            "snooze:",
            "snooze:week",
            "snooze:Minutes15",
            "minutes_15",
            "default ",
        ] {
            assert_eq!(Action::from_key(foreign), None, "{foreign:?}");
        }
    }

    /// Only snoozes the app would accept are offered: an "after" reminder can be put off to
    /// any of them, a "before" one only to a time before the start. The notification is shown at
    /// 18:00 in Oslo (17:00 UTC); tomorrow morning is 08:00 there (07:00 UTC), quiet hours off.
    #[rstest]
    #[case::after_the_interview(Kind::AfterEnd, "2026-11-30T16:00:00Z", &[Snooze::Minutes15, Snooze::Hour1, Snooze::TomorrowMorning])]
    #[case::evening_before_an_afternoon(Kind::EveningBefore, "2026-12-01T13:00:00Z", &[Snooze::Minutes15, Snooze::Hour1, Snooze::TomorrowMorning])]
    #[case::evening_before_an_early_start(Kind::EveningBefore, "2026-12-01T07:00:00Z", &[Snooze::Minutes15, Snooze::Hour1])]
    #[case::two_hours_before(Kind::HoursBefore, "2026-11-30T19:00:00Z", &[Snooze::Minutes15, Snooze::Hour1])]
    #[case::an_hour_before(Kind::HoursBefore, "2026-11-30T18:00:00Z", &[Snooze::Minutes15])]
    #[case::twenty_minutes_before(Kind::MinutesBefore, "2026-11-30T17:20:00Z", &[Snooze::Minutes15])]
    #[case::ten_minutes_before(Kind::MinutesBefore, "2026-11-30T17:10:00Z", &[])]
    #[case::next_day(Kind::NextDay, "2026-11-29T13:00:00Z", &[Snooze::Minutes15, Snooze::Hour1, Snooze::TomorrowMorning])]
    fn offers_open_and_the_snoozes_the_app_accepts(
        #[case] kind: Kind,
        #[case] start: &str,
        #[case] snoozes: &[Snooze],
    ) {
        let now = at("2026-11-30T17:00:00Z");
        let zone = chrono_tz::Europe::Oslo;
        let mut settings = ReminderSettings::default();
        settings.quiet_hours.enabled = false;
        let offered = offered(&due(kind, at(start)), now, zone, &settings);
        let expected: Vec<Action> = std::iter::once(Action::Open)
            .chain(snoozes.iter().copied().map(Action::Snooze))
            .collect();
        assert_eq!(offered, expected);
        // What is offered is what the store would accept.
        for action in offered {
            if let Action::Snooze(how) = action {
                let until = snoozed_until(how, now, zone, &settings);
                assert!(may_snooze_to(kind, at(start), until), "{how:?}");
                assert!(until > now + Duration::minutes(14));
            }
        }
    }

    /// The buttons go to the server only when it says it shows actions; without that capability
    /// the notification is plain text, as it was before there were actions.
    #[test]
    fn actions_are_sent_only_to_a_server_that_shows_them() {
        let pairs = labelled(&[Action::Open, Action::Snooze(Snooze::Hour1)], Locale::En);
        let caps = |list: &[&str]| list.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert_eq!(
            for_server(&pairs, &caps(&["body", "actions", "persistence"])),
            ["default", "Open", "snooze:hour_1", "Remind me in 1 hour"]
        );
        assert!(for_server(&pairs, &caps(&["body"])).is_empty());
        assert!(for_server(&pairs, &[]).is_empty());
        assert!(for_server(&pairs, &caps(&["body", "action-icons"])).is_empty());
    }

    /// Each label is a real text in each language (not its id), and the languages differ where
    /// the words do.
    #[test]
    fn labels_are_translated() {
        let all: Vec<Action> = std::iter::once(Action::Open)
            .chain(Snooze::iter().map(Action::Snooze))
            .collect();
        for locale in [Locale::En, Locale::Nb, Locale::Sv] {
            for (key, label) in labelled(&all, locale) {
                assert!(
                    !label.starts_with("notification-") && !label.is_empty(),
                    "{locale:?} {key}: {label}"
                );
            }
        }
        assert_eq!(Action::Open.label(Locale::Nb), "Åpne");
        assert_eq!(Action::Open.label(Locale::Sv), "Öppna");
        assert_eq!(
            Action::Snooze(Snooze::TomorrowMorning).label(Locale::Nb),
            "Minn meg på i morgen tidlig"
        );
    }
}
