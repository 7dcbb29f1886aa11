//! When the desktop scheduler wakes: at the next due instant and not before. Its timers run on
//! the monotonic clock, which stops while the computer sleeps and ignores changes of the wall
//! clock; where the OS says when either happens (Linux: a `timerfd` cancelled on clock changes,
//! logind's `PrepareForSleep`), those signals wake it and it sleeps until the next due instant.
//! Where the OS says nothing, it looks at the wall clock again every [`FALLBACK_RECHECK`]:
//! catch-up fires whatever came due meanwhile, so a rare look is enough.

use chrono::{DateTime, Utc};
use std::time::Duration;

/// The longest the scheduler sleeps without looking at the wall clock, where the OS does not
/// tell it of clock changes and of waking from sleep.
pub const FALLBACK_RECHECK: Duration = Duration::from_secs(5 * 60);

/// What the OS tells the scheduler of, so it need not look for itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OsSignals {
    /// The wall clock was set (by the user, NTP, a change of zone that moved it).
    pub clock_set: bool,
    /// The computer woke up from sleep.
    pub resumed: bool,
}

impl OsSignals {
    pub const NONE: OsSignals = OsSignals {
        clock_set: false,
        resumed: false,
    };
    pub const ALL: OsSignals = OsSignals {
        clock_set: true,
        resumed: true,
    };

    /// Whether a long sleep is safe: nothing the OS keeps quiet about can make it wrong.
    pub fn complete(self) -> bool {
        self.clock_set && self.resumed
    }
}

/// How long to sleep from `now` until `next_due` (`None`: until something wakes the scheduler).
pub fn next_wake(
    now: DateTime<Utc>,
    next_due: Option<DateTime<Utc>>,
    signals: OsSignals,
) -> Option<Duration> {
    let until_due = next_due.map(|due| (due - now).to_std().unwrap_or(Duration::ZERO));
    match signals.complete() {
        true => until_due,
        false => Some(until_due.map_or(FALLBACK_RECHECK, |wait| wait.min(FALLBACK_RECHECK))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    #[rstest::rstest]
    #[case::due_later_with_signals(Some("2026-12-03T18:00:00Z"), OsSignals::ALL, Some(8 * 3600))]
    #[case::nothing_due_with_signals(None, OsSignals::ALL, None)]
    #[case::overdue(Some("2026-12-03T09:00:00Z"), OsSignals::ALL, Some(0))]
    #[case::due_later_without_signals(Some("2026-12-03T18:00:00Z"), OsSignals::NONE, Some(300))]
    #[case::nothing_due_without_signals(None, OsSignals::NONE, Some(300))]
    #[case::due_soon_without_signals(Some("2026-12-03T10:01:00Z"), OsSignals::NONE, Some(60))]
    #[case::only_clock_changes(None, OsSignals { clock_set: true, resumed: false }, Some(300))]
    #[case::only_resumes(None, OsSignals { clock_set: false, resumed: true }, Some(300))]
    fn sleeps_until_the_next_due_instant_or_the_fallback(
        #[case] due: Option<&str>,
        #[case] signals: OsSignals,
        #[case] seconds: Option<u64>,
    ) {
        let now = at("2026-12-03T10:00:00Z");
        assert_eq!(
            next_wake(now, due.map(at), signals),
            seconds.map(Duration::from_secs)
        );
    }
}
