//! The desktop's reminder scheduler. It sleeps until the next due instant (`Core::next_wake`)
//! and wakes before that only when told to look again: by the OS when the wall clock was set or
//! the computer woke from sleep (`linux`), and after saved changes (a new interview brings new
//! reminders). Where the OS gives no such signal it looks at the wall clock every five minutes
//! instead (`FALLBACK_RECHECK`), and catch-up fires whatever came due meanwhile.

#[cfg(target_os = "linux")]
pub mod linux;

use intervju_core::reminders::{OsSignals, FALLBACK_RECHECK};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// How long after launch the housekeeping (re-planning every interview, the day's backup)
/// waits, so the first screen does not queue behind it for the database.
pub const SETTLE: Duration = Duration::from_secs(20);

/// What wakes the scheduler besides its timer. Cloning it is cheap; every clone rings the same.
#[derive(Clone, Default)]
pub struct Alarm {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    rung: Notify,
    /// Set once the OS has been asked to tell of clock changes, and of resumes.
    hears_clock: AtomicBool,
    hears_resumes: AtomicBool,
    /// How often it was rung (for tests).
    rings: AtomicUsize,
}

impl Alarm {
    /// Look at the clock and the reminders again now. A ring while the scheduler is busy is kept
    /// for when it next waits.
    pub fn ring(&self) {
        self.inner.rings.fetch_add(1, Ordering::Relaxed);
        self.inner.rung.notify_one();
    }

    /// How often it was rung so far.
    pub fn rings(&self) -> usize {
        self.inner.rings.load(Ordering::Relaxed)
    }

    /// What the OS has promised to tell of, so far.
    pub fn signals(&self) -> OsSignals {
        OsSignals {
            clock_set: self.inner.hears_clock.load(Ordering::Relaxed),
            resumed: self.inner.hears_resumes.load(Ordering::Relaxed),
        }
    }

    /// The OS will tell of clock changes from now on (or, `false`, no longer does).
    pub fn hears_clock_changes(&self, hears: bool) {
        self.inner.hears_clock.store(hears, Ordering::Relaxed);
    }

    /// The OS will tell of waking from sleep from now on (or, `false`, no longer does).
    pub fn hears_resumes(&self, hears: bool) {
        self.inner.hears_resumes.store(hears, Ordering::Relaxed);
    }

    async fn rung(&self) {
        self.inner.rung.notified().await;
    }
}

/// One wake's orders: whether the launch has settled, whether to re-plan every interview (once,
/// when it has), and what the OS tells of.
#[derive(Debug, Clone, Copy)]
pub struct Wake {
    pub settled: bool,
    pub replan: bool,
    pub signals: OsSignals,
}

/// Runs the scheduler for ever: `wake` does one wake's work on the blocking pool and says how
/// long to sleep (`None`: until the alarm rings). The loop itself only waits.
pub async fn run<W>(alarm: Alarm, wake: W)
where
    W: Fn(Wake) -> Option<Duration> + Clone + Send + 'static,
{
    let started = tokio::time::Instant::now();
    let mut replanned = false;
    loop {
        let settled = started.elapsed() >= SETTLE;
        let orders = Wake {
            settled,
            replan: settled && !replanned,
            signals: alarm.signals(),
        };
        replanned |= orders.replan;
        let work = wake.clone();
        let wait = tauri::async_runtime::spawn_blocking(move || work(orders))
            .await
            .unwrap_or_else(|error| {
                log::error!("the reminder scheduler's work stopped: {error}");
                Some(FALLBACK_RECHECK)
            });
        // Until the launch has settled, wake for the housekeeping too.
        let wait = match settled {
            true => wait,
            false => {
                let left = SETTLE.saturating_sub(started.elapsed());
                Some(wait.map_or(left, |wait| wait.min(left)))
            }
        };
        let timer = async {
            match wait {
                // A wait of zero means a reminder came due while firing: look again shortly.
                Some(wait) => tokio::time::sleep(wait.max(Duration::from_millis(200))).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            () = timer => {}
            () = alarm.rung() => {}
        }
    }
}
