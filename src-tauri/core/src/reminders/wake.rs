//! When the desktop scheduler wakes: at the next due reminder, but never later than 30 seconds
//! from now. Tokio's timers stop while the computer sleeps, so the wall clock is checked again
//! at least that often; between those checks the scheduler sleeps (no polling storm).

use chrono::{DateTime, Utc};
use std::time::Duration;

/// The longest the scheduler sleeps without looking at the wall clock.
pub const RECHECK: Duration = Duration::from_secs(30);

pub fn next_wake(now: DateTime<Utc>, next_due: Option<DateTime<Utc>>) -> Duration {
    match next_due {
        Some(due) if due <= now => Duration::ZERO,
        Some(due) => (due - now).to_std().unwrap_or(Duration::ZERO).min(RECHECK),
        None => RECHECK,
    }
}
