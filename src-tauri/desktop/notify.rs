//! Linux: reminders go to the notification server (org.freedesktop.Notifications) from here, so
//! a click opens the reminder's screen and its buttons snooze it. One session-bus connection,
//! opened with the first reminder, sends every notification and hears the server's
//! `ActionInvoked` and `NotificationClosed` on one task: some servers (dunst) send those signals
//! only to the connection that sent the notification, and GNOME's closes a notification once
//! that connection goes away, so it stays open. Which buttons to offer, and what a key means,
//! is decided in the core (`intervju_core::reminders::actions`); this only carries it out.
//!
//! Without a session bus or a server, or when a call fails, the failure is logged and the
//! reminder is shown through the notification plugin as before (plain text).

use crate::notifications::Opened;
use crate::AppState;
use futures_util::StreamExt;
use intervju_core::phone::{Alert, TapTarget};
use intervju_core::reminders::actions::{for_server, Action};
use intervju_core::reminders::Snooze;
use intervju_core::service::SnoozeRequest;
use std::collections::HashMap;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tokio::sync::mpsc;

const SERVER: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";
/// The name the server shows with each notification.
const APP_NAME: &str = "Intervju";
/// The icon's name: the binary's, as the plugin sent it (the bundle installs the icon under it).
const ICON: &str = "intervju";
/// A server that does not answer must not hold up the reminders after it: they are shown
/// through the plugin instead.
const ANSWER_WITHIN: std::time::Duration = std::time::Duration::from_secs(10);

/// Told to the window after a notification's button snoozed a reminder: the "waiting for you"
/// strip no longer lists it.
pub const SNOOZED_EVENT: &str = "intervju://reminder-snoozed";

/// One reminder to show (an interview's or a reporting one), with its buttons (keys and
/// labels, from the core).
struct Outgoing {
    alert: Alert,
    actions: Vec<(String, String)>,
}

/// Hands reminders to the task that shows them (see the module's comment).
pub struct Notifier(mpsc::UnboundedSender<Outgoing>);

/// Starts the task that owns the connection; it waits, without a connection, for the first
/// reminder.
pub fn start<R: Runtime>(app: &AppHandle<R>) -> Notifier {
    let (sender, receiver) = mpsc::unbounded_channel();
    tauri::async_runtime::spawn(serve(app.clone(), receiver));
    Notifier(sender)
}

/// Shows `alert` through the server; `false` when there is no notifier to do it (the command
/// tests' mock runtime), so the caller shows it itself.
pub fn show<R: Runtime>(app: &AppHandle<R>, alert: Alert, actions: Vec<(String, String)>) -> bool {
    let Some(notifier) = app.try_state::<Notifier>() else {
        return false;
    };
    let outgoing = Outgoing { alert, actions };
    match notifier.0.send(outgoing) {
        Ok(()) => true,
        Err(_) => {
            log::error!("the notification task has stopped; showing the reminder without buttons");
            false
        }
    }
}

/// The connection and the signals that arrive on it.
struct Bus {
    connection: zbus::Connection,
    signals: zbus::MessageStream,
}

/// Sends what arrives on `receiver` and answers the server's signals, one at a time, so a
/// signal is always handled after the notification it names was recorded.
async fn serve<R: Runtime>(app: AppHandle<R>, mut receiver: mpsc::UnboundedReceiver<Outgoing>) {
    let mut bus: Option<Bus> = None;
    // The notifications the server still shows, by its id: what a click on each opens.
    let mut shown: HashMap<u32, TapTarget> = HashMap::new();
    loop {
        let signal = async {
            match bus.as_mut() {
                Some(bus) => bus.signals.next().await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            outgoing = receiver.recv() => {
                let Some(outgoing) = outgoing else { return };
                send(&app, &mut bus, &mut shown, outgoing).await;
            }
            message = signal => match message {
                Some(Ok(message)) => on_signal(&app, &mut shown, &message),
                Some(Err(error)) => log::warn!("an unreadable message on the session bus: {error}"),
                None => {
                    log::error!("the session bus went away; earlier reminders' clicks open nothing");
                    bus = None;
                    shown.clear();
                }
            },
        }
    }
}

/// Shows one reminder through the server (connecting first if need be) and records what a click
/// on it opens; on any failure, logged with its cause, through the plugin instead.
async fn send<R: Runtime>(
    app: &AppHandle<R>,
    bus: &mut Option<Bus>,
    shown: &mut HashMap<u32, TapTarget>,
    outgoing: Outgoing,
) {
    if bus.is_none() {
        *bus = connect()
            .await
            .inspect_err(|error| log::error!("the session bus could not be reached: {error}"))
            .ok();
    }
    let sent = match bus {
        Some(bus) => tokio::time::timeout(ANSWER_WITHIN, notify(&bus.connection, &outgoing))
            .await
            .unwrap_or_else(|_| Err(zbus::Error::Failure("no answer within 10 s".into()))),
        None => Err(zbus::Error::Failure("no session bus".into())),
    };
    match sent {
        Ok(id) => {
            shown.insert(id, outgoing.alert.tap);
        }
        Err(error) => {
            log::error!(
                "the notification server did not take a reminder ({error}); \
                 it goes to the notification plugin, without buttons"
            );
            super::show_plain(app, &outgoing.alert.title, &outgoing.alert.body);
        }
    }
}

/// Connects to the session bus and subscribes to the server's signals before anything is sent,
/// so no signal of a notification is missed.
async fn connect() -> zbus::Result<Bus> {
    let connection = zbus::Connection::session().await?;
    let rule = zbus::MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .path(PATH)?
        .interface(SERVER)?
        .build();
    let signals = zbus::MessageStream::for_match_rule(rule, &connection, None).await?;
    Ok(Bus {
        connection,
        signals,
    })
}

/// Sends one notification and returns the server's id for it. The server is asked what it can
/// show each time: another one may have taken over since the last reminder.
async fn notify(connection: &zbus::Connection, outgoing: &Outgoing) -> zbus::Result<u32> {
    let capabilities: Vec<String> = connection
        .call_method(Some(SERVER), PATH, Some(SERVER), "GetCapabilities", &())
        .await?
        .body()
        .deserialize()?;
    let actions = for_server(&outgoing.actions, &capabilities);
    let hints: HashMap<&str, zbus::zvariant::Value<'_>> = HashMap::new();
    let alert = &outgoing.alert;
    connection
        .call_method(
            Some(SERVER),
            PATH,
            Some(SERVER),
            "Notify",
            &(
                APP_NAME,
                0u32,
                ICON,
                &alert.title,
                &alert.body,
                actions,
                hints,
                // The server's own time on screen.
                -1i32,
            ),
        )
        .await?
        .body()
        .deserialize()
}

/// A click or a button on one of our notifications; a closed one is forgotten. Signals about
/// other applications' notifications are ignored.
fn on_signal<R: Runtime>(
    app: &AppHandle<R>,
    shown: &mut HashMap<u32, TapTarget>,
    message: &zbus::Message,
) {
    let header = message.header();
    match header.member().map(|member| member.as_str()) {
        Some("ActionInvoked") => {
            let (id, key): (u32, String) = match message.body().deserialize() {
                Ok(read) => read,
                Err(error) => {
                    log::warn!("an unreadable ActionInvoked from the notification server: {error}");
                    return;
                }
            };
            // Kept until the server closes it: a server may keep showing it after a click.
            let Some(&tap) = shown.get(&id) else { return };
            match Action::from_key(&key) {
                Some(Action::Open) => open(app, tap),
                Some(Action::Snooze(how)) => snooze(app, tap, how),
                None => {
                    log::warn!("a notification reported an action this app never offered: {key:?}")
                }
            }
        }
        Some("NotificationClosed") => match message.body().deserialize::<(u32, u32)>() {
            // Whatever closed it (expiry, the user, a click), an unopened reminder still waits
            // in the app's strip.
            Ok((id, _reason)) => {
                shown.remove(&id);
            }
            Err(error) => {
                log::warn!("an unreadable NotificationClosed from the notification server: {error}")
            }
        },
        _ => {}
    }
}

/// As a tap on a phone: the screen is kept for the window (the UI takes it, marks the reminder
/// seen and goes there), the window is told, and it comes forward from the tray.
fn open<R: Runtime>(app: &AppHandle<R>, tap: TapTarget) {
    if let Some(opened) = app.try_state::<Opened>() {
        opened.put(tap);
    }
    if let Err(error) = app.emit("intervju://opened", tap) {
        log::error!("the window was not told of a click on a notification: {error}");
    }
    crate::bring_forward(app);
}

/// The strip's snooze, through the same core call on the blocking pool; the saved change rings
/// the scheduler (`AppState::after_changes`), which then sleeps until the new time.
fn snooze<R: Runtime>(app: &AppHandle<R>, tap: TapTarget, how: Snooze) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let state = state.inner().clone();
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let request = SnoozeRequest {
            reminder_id: tap.reminder_id,
            snooze: how,
        };
        let snoozed = state
            .run_as("snooze_reminder", move |core| core.snooze_reminder(request))
            .await;
        match snoozed {
            Ok(()) => {
                if let Err(error) = app.emit(SNOOZED_EVENT, tap.reminder_id) {
                    log::error!("the window was not told of a snooze: {error}");
                }
            }
            // The cause is logged where the error was translated (`Core::respond`).
            Err(error) => log::error!(
                "a notification's snooze failed ({}): {}",
                error.code,
                error.message
            ),
        }
    });
}
