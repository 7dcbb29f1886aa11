//! Sync over the local network as the app runs it: `intervju_lan`'s endpoint, started on the
//! async runtime once the first screen is up (never on its path, never on the window's thread),
//! and what sets a sync off — the start itself, the app coming back to the front (phones), saved
//! changes (once the record of changes has folded them, two quiet seconds after the last save),
//! a paired device appearing on the network (the endpoint's own mDNS watch), a first meeting for
//! a code typed here, and "Sync now". Each sync that ends is told to the window
//! (`SYNCED_EVENT`): the Devices screen shows how it went, the other screens show what came.

use crate::state::Reply;
use crate::AppState;
use intervju_core::error::{Error, Problem};
use intervju_core::service::LanProblem;
use intervju_core::sync::pairing::Invitation;
use intervju_core::sync::Brought;
use intervju_lan::{Lan, Options, Synced};
use serde::Serialize;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// Told to the window after each sync over the network, whether it went through or not.
pub const SYNCED_EVENT: &str = "intervju://lan-synced";
/// `off` keeps the app off the network. Anything else is the UDP address to bind (default: any
/// interface, a port the OS picks), e.g. for a firewall rule.
pub const LAN_ENV: &str = "INTERVJU_LAN";
/// How long the start waits for the first screen before it starts anyway.
const START_AFTER: Duration = Duration::from_secs(10);

/// What one sync with one device came to, as the window hears it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncReport {
    pub peer_id: i64,
    /// `None`: it went through.
    pub problem: Option<LanProblem>,
    /// What the other device's changes changed here (empty when it failed).
    pub brought: Brought,
}

impl From<&Synced> for SyncReport {
    fn from(synced: &Synced) -> SyncReport {
        SyncReport {
            peer_id: synced.peer_id,
            problem: synced.outcome.as_ref().err().copied(),
            brought: synced
                .outcome
                .as_ref()
                .map(|met| met.brought.clone())
                .unwrap_or_default(),
        }
    }
}

/// The endpoint, once started; managed as app state.
#[derive(Clone, Default)]
pub struct Network {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    /// How to bind; `None`: as `INTERVJU_LAN` says.
    options: Option<Options>,
    /// `None` inside: it could not start (logged), or it is off.
    lan: tokio::sync::OnceCell<Option<Lan>>,
    /// Saved changes were folded: sync them.
    changed: tokio::sync::Notify,
}

impl Network {
    /// A network bound as `options` say rather than as `INTERVJU_LAN` does (tests).
    pub fn with_options(options: Options) -> Network {
        Network {
            inner: Arc::new(Inner {
                options: Some(options),
                ..Inner::default()
            }),
        }
    }

    /// The running endpoint, started now if the first screen has not started it yet.
    async fn lan(&self, core: &AppState) -> Option<Lan> {
        let start = || async {
            let chosen = match &self.inner.options {
                Some(options) => Ok(Some(options.clone())),
                None => options(),
            };
            let options = match chosen {
                Ok(Some(options)) => options,
                Ok(None) => {
                    log::info!("the local network is off ({LAN_ENV}=off)");
                    return None;
                }
                Err(text) => {
                    log::error!(
                        "{LAN_ENV} is not an address to bind ({text}); the local network stays off"
                    );
                    return None;
                }
            };
            let core = core
                .core()
                .inspect_err(|e| {
                    log::warn!("no database, so no local network: {}", e.message);
                })
                .ok()?;
            Lan::start(core, options)
                .await
                .inspect_err(|error| {
                    log::error!(
                        "the local network endpoint did not start: {}",
                        intervju_core::error::chain(error)
                    )
                })
                .ok()
        };
        self.inner.lan.get_or_init(start).await.clone()
    }

    /// Syncs with every device met on the network; the window hears each outcome.
    pub async fn sync_all(&self, state: &AppState) -> Option<Vec<SyncReport>> {
        let lan = self.lan(state).await?;
        Some(lan.sync_all().await.iter().map(SyncReport::from).collect())
    }
}

/// How the endpoint is to be bound, from `INTERVJU_LAN`; `None`: off.
fn options() -> Result<Option<Options>, String> {
    match std::env::var(LAN_ENV) {
        Ok(value) if value == "off" => Ok(None),
        Ok(value) if !value.is_empty() => {
            let bind: SocketAddr = value.parse().map_err(|_| value.clone())?;
            Ok(Some(Options {
                bind,
                ..Options::default()
            }))
        }
        _ => Ok(Some(Options::default())),
    }
}

/// Starts the endpoint once the first screen is up (or after `START_AFTER`), then syncs at
/// once and after every fold of saved changes, and passes every outcome on to the window.
pub fn setup<R: Runtime>(app: &tauri::App<R>) {
    let network = Network::default();
    app.manage(network.clone());
    run(app, network);
}

/// Runs `network` for `app`: started after the first screen, then a sync at once and after every
/// fold of saved changes, each outcome passed on to the window.
pub fn run<R: Runtime>(app: &tauri::App<R>, network: Network) {
    let Some(state) = app.try_state::<AppState>().map(|s| s.inner().clone()) else {
        return;
    };
    let changed = network.clone();
    state.after_changes(Box::new(move |_core, folded| {
        if folded > 0 {
            changed.inner.changed.notify_one();
        }
    }));
    let first_screen = crate::first_screen(app, START_AFTER);
    let app = app.handle().clone();
    tauri::async_runtime::spawn(async move {
        first_screen.await;
        let Some(lan) = network.lan(&state).await else {
            return;
        };
        tauri::async_runtime::spawn(tell_the_window(app, state.clone(), lan.subscribe()));
        loop {
            lan.sync_all().await;
            network.inner.changed.notified().await;
        }
    });
}

/// Passes every sync's outcome on to the window, and has what a sync brought followed up.
async fn tell_the_window<R: Runtime>(
    app: AppHandle<R>,
    state: AppState,
    mut synced: tokio::sync::broadcast::Receiver<Synced>,
) {
    use tokio::sync::broadcast::error::RecvError;
    loop {
        match synced.recv().await {
            Ok(synced) => {
                // What came is followed up like a save here: the scheduler (or a phone's OS)
                // learns of the reminders of interviews that arrived.
                if synced
                    .outcome
                    .as_ref()
                    .is_ok_and(|met| !met.brought.is_empty())
                {
                    state.changes_arrived();
                }
                if let Err(error) = app.emit(SYNCED_EVENT, SyncReport::from(&synced)) {
                    log::warn!("a sync's outcome was not told to the window: {error}");
                }
            }
            Err(RecvError::Lagged(missed)) => {
                log::warn!("{missed} sync outcomes were not told to the window")
            }
            Err(RecvError::Closed) => return,
        }
    }
}

/// The app came back to the front (phones): sync with whoever is there.
#[cfg(mobile)]
pub fn resumed<R: Runtime>(app: &AppHandle<R>) {
    let (Some(network), Some(state)) = (app.try_state::<Network>(), app.try_state::<AppState>())
    else {
        return;
    };
    let (network, state) = (network.inner().clone(), state.inner().clone());
    tauri::async_runtime::spawn(async move { network.sync_all(&state).await });
}

/// "Sync now": every device met on the network, one after the other.
pub async fn sync_now<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> Reply<Vec<SyncReport>> {
    let network = app.try_state::<Network>().map(|n| n.inner().clone());
    let reports = match network {
        Some(network) => network.sync_all(state).await,
        None => None,
    };
    match reports {
        Some(reports) => Ok(reports),
        None => state.run(|_| Err(off())).await,
    }
}

/// A QR code's reach for a code shown here: where this device is, when the endpoint runs.
pub async fn reach<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
) -> Option<intervju_core::sync::pairing::Reach> {
    let network = app.try_state::<Network>()?.inner().clone();
    Some(network.lan(state).await?.reach())
}

/// Says the codes waiting here on the network (after a code is shown or given up).
pub async fn advertise<R: Runtime>(app: &AppHandle<R>, state: &AppState) {
    if let Some(network) = app.try_state::<Network>().map(|n| n.inner().clone()) {
        if let Some(lan) = network.lan(state).await {
            lan.advertise().await;
        }
    }
}

/// A code typed here: the first meeting with the device showing it, in the background (the
/// window hears how it went). Without the endpoint the file exchange still completes it.
pub fn pair<R: Runtime>(app: &AppHandle<R>, state: &AppState, invitation: Invitation) {
    let Some(network) = app.try_state::<Network>().map(|n| n.inner().clone()) else {
        return;
    };
    let state = state.clone();
    tauri::async_runtime::spawn(async move {
        let Some(lan) = network.lan(&state).await else {
            return;
        };
        let hint = invitation
            .reach
            .as_ref()
            .and_then(intervju_lan::endpoint_addr);
        lan.pair(invitation.key, hint).await;
    });
}

fn off() -> Error {
    Error::field("network", Problem::NetworkOff)
}
