//! Linux tells the scheduler when to look again: a `timerfd` on the wall clock, armed far ahead
//! with `TFD_TIMER_CANCEL_ON_SET`, is cancelled the moment the clock is set; logind's
//! `PrepareForSleep(false)` on the system bus says the computer has just woken up. Both wait in
//! the kernel or on a socket: no wake-up until something happens. Each that cannot be set up is
//! logged, and the scheduler falls back to looking every five minutes.

use super::Alarm;
use futures_util::StreamExt;
use rustix::io::Errno;
use rustix::time::{
    clock_gettime, timerfd_create, timerfd_settime, ClockId, Itimerspec, TimerfdClockId,
    TimerfdFlags, TimerfdTimerFlags, Timespec,
};
use std::os::fd::OwnedFd;

const LOGIND: &str = "org.freedesktop.login1";

/// Starts both watchers for `alarm`: the clock on a thread of its own that sleeps in the
/// kernel, the resumes on the async runtime.
pub fn listen(alarm: &Alarm) {
    if let Err(error) = watch_clock(alarm.clone()) {
        log::warn!("clock changes will not be told (timerfd: {error}); looking every five minutes");
    }
    let resumes = alarm.clone();
    tauri::async_runtime::spawn(async move {
        if let Err(error) = watch_resumes(resumes.clone(), None).await {
            resumes.hears_resumes(false);
            log::warn!(
                "waking from sleep will not be told (logind: {error}); looking every five minutes"
            );
        }
    });
}

/// Rings `alarm` whenever the wall clock is set, from a thread that blocks on a `timerfd`.
pub fn watch_clock(alarm: Alarm) -> std::io::Result<()> {
    let timer = timerfd_create(TimerfdClockId::Realtime, TimerfdFlags::CLOEXEC)?;
    arm(&timer)?;
    alarm.hears_clock_changes(true);
    std::thread::Builder::new()
        .name("clock-watch".into())
        .spawn(move || {
            let mut expirations = [0u8; 8];
            loop {
                match rustix::io::read(&timer, &mut expirations) {
                    // Cancelled: the clock was set. Re-armed before ringing, so a second change
                    // right after is not missed.
                    Err(Errno::CANCELED) => {
                        if let Err(error) = arm(&timer) {
                            log::error!("the clock watch could not be re-armed: {error}");
                            alarm.hears_clock_changes(false);
                            alarm.ring();
                            return;
                        }
                        log::info!("the wall clock was set; looking at the reminders again");
                        alarm.ring();
                    }
                    Err(Errno::INTR) => {}
                    // The far-off time came (a clock set decades ahead, say): arm it again.
                    Ok(_) => {
                        if let Err(error) = arm(&timer) {
                            log::error!("the clock watch could not be re-armed: {error}");
                            alarm.hears_clock_changes(false);
                            return;
                        }
                    }
                    Err(error) => {
                        log::error!("the clock watch stopped: {error}");
                        alarm.hears_clock_changes(false);
                        alarm.ring();
                        return;
                    }
                }
            }
        })?;
    Ok(())
}

/// Arms `timer` at an absolute wall-clock time decades ahead, cancelled if the clock is set.
fn arm(timer: &OwnedFd) -> std::io::Result<()> {
    const YEARS: i64 = 50 * 365 * 24 * 3600;
    let now = clock_gettime(ClockId::Realtime);
    let far = Itimerspec {
        it_interval: Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        },
        it_value: Timespec {
            tv_sec: now.tv_sec.saturating_add(YEARS),
            tv_nsec: 0,
        },
    };
    timerfd_settime(
        timer,
        TimerfdTimerFlags::ABSTIME | TimerfdTimerFlags::CANCEL_ON_SET,
        &far,
    )?;
    Ok(())
}

/// Rings `alarm` each time logind says the computer woke up. `bus` is the bus's address (tests);
/// `None`: the system bus. Returns only if the bus fails or goes away.
pub async fn watch_resumes(alarm: Alarm, bus: Option<&str>) -> zbus::Result<()> {
    let connection = match bus {
        Some(address) => zbus::connection::Builder::address(address)?.build().await?,
        None => zbus::Connection::system().await?,
    };
    let rule = zbus::MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .sender(LOGIND)?
        .path("/org/freedesktop/login1")?
        .interface("org.freedesktop.login1.Manager")?
        .member("PrepareForSleep")?
        .build();
    let mut signals = zbus::MessageStream::for_match_rule(rule, &connection, None).await?;
    alarm.hears_resumes(true);
    while let Some(message) = signals.next().await {
        let going_to_sleep: bool = message?.body().deserialize()?;
        if !going_to_sleep {
            log::info!("the computer woke up; looking at the reminders again");
            alarm.ring();
        }
    }
    Err(zbus::Error::Failure("the system bus went away".into()))
}
