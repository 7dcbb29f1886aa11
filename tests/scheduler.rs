//! The desktop's reminder scheduler wakes only when something is due or when it is told to look
//! again — by the OS when the wall clock was set or the computer woke from sleep, or after saved
//! changes — never on a tick of its own. The Linux watchers are real: a `timerfd` cancelled by
//! setting the clock (root), and logind's `PrepareForSleep` from a stand-in logind on a private
//! D-Bus bus.

use chrono::{DateTime, Duration as Days, Utc};
use intervju_core::reminders::OsSignals;
use intervju_core::{parse, Core, Environment, ManualClock};
use intervju_lib::scheduler::{self, Alarm};
use serde_json::json;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-29T08:00:00Z")
        .unwrap()
        .to_utc()
}

/// Waits up to `limit` for `done`, looking every 10 ms.
fn until(limit: Duration, done: impl Fn() -> bool) -> bool {
    let began = Instant::now();
    while !done() {
        if began.elapsed() > limit {
            return false;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    true
}

/// Invariant: with the OS's signals the scheduler sleeps until the next due instant, however
/// far; when the wall clock then jumps past it (a clock set, or a night asleep), nothing fires
/// until the alarm rings — and then what came due fires at once.
#[test]
fn a_ring_fires_what_came_due_at_once_and_nothing_ticks_meanwhile() {
    let clock = Arc::new(ManualClock::new(t0()));
    let core = Arc::new(
        Core::open_in_memory(
            clock.clone(),
            Environment {
                os_locale: "en-GB".into(),
                device_zone: chrono_tz::Europe::Oslo,
            },
        )
        .unwrap(),
    );
    core.create_interview(
        parse(Some(json!({"company": "Statnett", "role": "Engineer",
                          "startLocal": "2026-12-10T10:30"})))
        .unwrap(),
    )
    .unwrap();
    let alarm = Alarm::default();
    alarm.hears_clock_changes(true);
    alarm.hears_resumes(true);
    let (fired, heard) = mpsc::channel();
    let (woke, wakes) = mpsc::channel();
    let worker = Arc::clone(&core);
    tauri::async_runtime::spawn(scheduler::run(alarm.clone(), move |orders| {
        assert_eq!(orders.signals, OsSignals::ALL);
        for due in worker.fire_due_reminders().unwrap() {
            let _ = fired.send(due.title);
        }
        let wait = worker.next_wake(orders.signals).unwrap();
        let _ = woke.send(wait);
        wait
    }));
    // The start may fire what its plan made due at once; then it settles into a long sleep.
    loop {
        let wait = wakes.recv_timeout(Duration::from_secs(5)).unwrap();
        if wait.is_some_and(|w| w > Duration::from_secs(3600)) {
            break;
        }
    }
    while heard.try_recv().is_ok() {}

    // The evening before by the wall clock; the monotonic timer still has days to go.
    clock.set(t0() + Days::days(10) + Days::hours(12));
    assert!(
        wakes.recv_timeout(Duration::from_secs(1)).is_err(),
        "woke with no due instant and no ring"
    );
    assert!(heard.try_recv().is_err());
    alarm.ring();
    let title = heard.recv_timeout(Duration::from_secs(5)).unwrap();
    assert!(title.contains("Statnett"), "{title}");
}

/// Invariant: setting the wall clock rings the alarm at once (the `timerfd` is cancelled). The
/// clock is set to what it reads, so nothing else on the machine moves; that needs root (and
/// CAP_SYS_TIME), else the test says it is skipped.
#[test]
fn setting_the_wall_clock_rings_the_alarm() {
    let alarm = Alarm::default();
    scheduler::linux::watch_clock(alarm.clone()).unwrap();
    assert!(alarm.signals().clock_set);
    let now = rustix::time::clock_gettime(rustix::time::ClockId::Realtime);
    match rustix::time::clock_settime(rustix::time::ClockId::Realtime, now) {
        Err(rustix::io::Errno::PERM) if !rustix::process::geteuid().is_root() => {
            eprintln!("skipped: setting the clock needs root");
            return;
        }
        other => other.expect("the clock could be set (root with CAP_SYS_TIME)"),
    }
    assert!(
        until(Duration::from_secs(5), || alarm.rings() == 1),
        "the clock was set and the alarm did not ring ({} rings)",
        alarm.rings()
    );
    // Re-armed: a second change is heard too.
    let now = rustix::time::clock_gettime(rustix::time::ClockId::Realtime);
    rustix::time::clock_settime(rustix::time::ClockId::Realtime, now).unwrap();
    assert!(until(Duration::from_secs(5), || alarm.rings() == 2));
}

/// A private D-Bus bus (its daemon ends with the test).
struct Bus {
    daemon: std::process::Child,
    address: String,
}

impl Bus {
    fn start() -> Bus {
        use std::io::BufRead;
        let mut daemon = std::process::Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("dbus-daemon (package dbus) is installed by `make test`");
        let mut address = String::new();
        std::io::BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        Bus {
            daemon,
            address: address.trim().to_owned(),
        }
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// Invariant: logind's `PrepareForSleep(false)` (the computer woke up) rings the alarm;
/// `PrepareForSleep(true)` (going to sleep) and the same signal from anyone but logind do not.
#[test]
fn waking_from_sleep_rings_the_alarm() {
    let bus = Bus::start();
    let alarm = Alarm::default();
    let watched = alarm.clone();
    let address = bus.address.clone();
    let (end, ended) = mpsc::channel();
    tauri::async_runtime::spawn(async move {
        // It ends only when the bus goes away (the daemon is stopped after the test).
        let _ = end.send(scheduler::linux::watch_resumes(watched, Some(&address)).await);
    });
    assert!(until(Duration::from_secs(10), || alarm.signals().resumed));

    tauri::async_runtime::block_on(async {
        let emit = |connection: zbus::Connection, going_to_sleep: bool| async move {
            connection
                .emit_signal(
                    None::<()>,
                    "/org/freedesktop/login1",
                    "org.freedesktop.login1.Manager",
                    "PrepareForSleep",
                    &(going_to_sleep,),
                )
                .await
                .unwrap();
        };
        let stranger = zbus::connection::Builder::address(bus.address.as_str())
            .unwrap()
            .build()
            .await
            .unwrap();
        emit(stranger, false).await;
        let logind = zbus::connection::Builder::address(bus.address.as_str())
            .unwrap()
            .name("org.freedesktop.login1")
            .unwrap()
            .build()
            .await
            .unwrap();
        emit(logind.clone(), true).await;
        emit(logind, false).await;
    });
    assert!(
        until(Duration::from_secs(5), || alarm.rings() >= 1),
        "woke from sleep and the alarm did not ring"
    );
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(alarm.rings(), 1, "only logind's wake-up rings");
    assert!(
        ended.try_recv().is_err(),
        "the watch ended while the bus was up"
    );
}
