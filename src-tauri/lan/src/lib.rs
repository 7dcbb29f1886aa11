//! Sync between paired devices on the local network, and nowhere else. An iroh QUIC endpoint with
//! no relay servers and no DNS or pkarr lookup or publishing: peers are found by mDNS on the
//! local link (or at the addresses a pairing QR code carries) and dialled directly. Only the
//! endpoints paired on this device are let in; anything else is refused before a byte of it is
//! read. What the two say is `session`'s; what they store is the core's.

pub mod session;

pub use iroh::EndpointAddr;

use intervju_core::service::LanProblem;
use intervju_core::sync::bundle::Key;
use intervju_core::sync::pairing::Reach;
use intervju_core::sync::wire;
use intervju_core::Core;
use iroh::address_lookup::UserData;
use iroh::endpoint::{presets, Connection, VarInt};
use iroh::{Endpoint, EndpointId, RelayMode, SecretKey};
use iroh_mdns_address_lookup::{DiscoveryEvent, MdnsAddressLookup};
use n0_future::StreamExt;
use session::{Dial, Met, SessionError, Sides};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The mDNS service this app advertises and looks for.
pub const SERVICE: &str = "intervju";
/// How often mDNS asks who is there. Slow on purpose: a phone should not wake every second for
/// a peer that comes home once a day; a save or "Sync now" dials a known peer at once anyway.
pub const DISCOVERY_CADENCE: Duration = Duration::from_secs(20);
/// How long a dial may take before the peer counts as not on this network.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How often a first meeting asks who is there while it looks for the device showing the code.
const PAIR_CADENCE: Duration = Duration::from_secs(1);
/// How long a device just started asks around at `PAIR_CADENCE`.
const LOOK_AROUND: Duration = Duration::from_secs(10);
/// How long a first meeting looks for the device showing the code.
const PAIR_SEARCH: Duration = Duration::from_secs(30);
/// How long a whole meeting may take (a first sync of years of interviews included).
const SESSION_TIMEOUT: Duration = Duration::from_secs(300);

/// Why a connection is closed, as its application code: the dialer learns from it why.
const CLOSE_DONE: u32 = 0;
const CLOSE_REFUSED: u32 = 1;
const CLOSE_UNPAIRED: u32 = 2;
const CLOSE_FAILED: u32 = 3;
/// This device is in another meeting (most often: the two dialled each other at once, when
/// mDNS told both at the same moment). The dialer tries again after a random pause.
const CLOSE_BUSY: u32 = 4;
/// How long a listener waits for a meeting in progress before it answers busy.
const BUSY_WAIT: Duration = Duration::from_secs(1);
/// How often a dialer told busy tries again.
const BUSY_TRIES: u32 = 5;

/// How the endpoint is set up.
#[derive(Debug, Clone)]
pub struct Options {
    /// The UDP address to bind: any interface, any port by default.
    pub bind: SocketAddr,
    /// Find and be found by mDNS (off in tests that give addresses directly).
    pub mdns: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            bind: SocketAddr::from(([0, 0, 0, 0], 0)),
            mdns: true,
        }
    }
}

/// What one sync with one peer came to.
#[derive(Debug, Clone)]
pub struct Synced {
    pub peer_id: i64,
    pub outcome: Result<Met, LanProblem>,
}

/// The running endpoint. Cheap to clone.
#[derive(Clone)]
pub struct Lan {
    inner: Arc<Inner>,
}

struct Inner {
    core: Arc<Core>,
    endpoint: Endpoint,
    mdns: Option<MdnsAddressLookup>,
    /// Addresses last seen for each endpoint: mDNS announcements and incoming connections.
    seen: Mutex<HashMap<EndpointId, Seen>>,
    /// One meeting at a time on this device.
    meeting: tokio::sync::Mutex<()>,
    /// Told after each sync that brought something (the shell refreshes its screens).
    synced: tokio::sync::broadcast::Sender<Synced>,
}

#[derive(Debug, Clone, Default)]
struct Seen {
    addrs: Vec<SocketAddr>,
    user_data: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("the network endpoint cannot be bound")]
    Bind(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("the store")]
    Store(#[from] intervju_core::Error),
}

impl Lan {
    /// Binds the endpoint and starts listening (and, with mDNS, looking and being found). Runs on
    /// a tokio runtime; nothing here touches the main thread.
    pub async fn start(core: Arc<Core>, options: Options) -> Result<Lan, StartError> {
        let secret = SecretKey::from_bytes(&blocking(&core, |c| c.lan_secret()).await?);
        let bind_error = |e: Box<dyn std::error::Error + Send + Sync>| StartError::Bind(e);
        let mut builder = Endpoint::builder(presets::Minimal)
            .secret_key(secret.clone())
            .alpns(vec![wire::ALPN.to_vec()])
            .relay_mode(RelayMode::Disabled)
            .clear_ip_transports()
            .bind_addr(options.bind)
            .map_err(|e| bind_error(Box::new(e)))?;
        let mdns = if options.mdns {
            let mdns = MdnsAddressLookup::builder()
                .service_name(SERVICE)
                .discovery_cadence(DISCOVERY_CADENCE)
                .build(secret.public())
                .map_err(|e| bind_error(Box::new(e)))?;
            builder = builder.address_lookup(mdns.clone());
            Some(mdns)
        } else {
            None
        };
        let endpoint = builder.bind().await.map_err(|e| bind_error(Box::new(e)))?;
        let (synced, _) = tokio::sync::broadcast::channel(16);
        let lan = Lan {
            inner: Arc::new(Inner {
                core,
                endpoint,
                mdns,
                seen: Mutex::default(),
                meeting: tokio::sync::Mutex::new(()),
                synced,
            }),
        };
        lan.advertise().await;
        tokio::spawn(lan.clone().accept_loop());
        if let Some(mdns) = &lan.inner.mdns {
            tokio::spawn(lan.clone().watch(mdns.subscribe().await));
            // Just started (or back on a network): ask around every second for a while, so the
            // devices here are met in a second or two rather than at the slow cadence.
            if let Some(quick) = lan.quick_search() {
                let lan = lan.clone();
                tokio::spawn(async move {
                    let events = quick.subscribe().await;
                    let _ = tokio::time::timeout(LOOK_AROUND, lan.watch(events)).await;
                });
            }
        }
        tracing::info!(id = %lan.inner.endpoint.id().fmt_short(), addrs = ?lan.addrs(), "the local network endpoint is up");
        Ok(lan)
    }

    /// This device's endpoint id.
    pub fn id(&self) -> [u8; 32] {
        *self.inner.endpoint.id().as_bytes()
    }

    /// This device's id with its addresses: what a pairing QR code carries.
    pub fn addr(&self) -> EndpointAddr {
        at(self.inner.endpoint.id(), &self.addrs())
    }

    /// What a pairing QR code says about this device: its id and addresses.
    pub fn reach(&self) -> Reach {
        Reach {
            endpoint: self.id(),
            addrs: self.addrs(),
        }
    }

    /// The addresses other devices on this network can reach this one at.
    pub fn addrs(&self) -> Vec<SocketAddr> {
        let addr = self.inner.endpoint.addr();
        let mut addrs: Vec<SocketAddr> = addr.ip_addrs().copied().collect();
        if addrs.is_empty() {
            addrs = self.inner.endpoint.bound_sockets();
        }
        addrs
    }

    /// Hears every sync that went through or failed.
    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<Synced> {
        self.inner.synced.subscribe()
    }

    /// Says on the network which codes wait here for their first meeting (their tags only), so
    /// the device given the code finds this one. Call after a code is shown or used up.
    pub async fn advertise(&self) {
        let waiting = self
            .ask("the codes waiting for a meeting cannot be read", |c| {
                c.lan_waiting()
            })
            .await
            .unwrap_or_default();
        let tags: Vec<String> = waiting.iter().map(|p| hex(&p.tag())).collect();
        // 245 bytes hold 14 tags; the newest codes matter, older ones are still typed by hand.
        let text = tags
            .iter()
            .rev()
            .take(14)
            .cloned()
            .collect::<Vec<_>>()
            .join(",");
        let data = if text.is_empty() {
            None
        } else {
            UserData::try_from(text).ok()
        };
        self.inner.endpoint.set_user_data_for_address_lookup(data);
    }

    /// Syncs with every device met on the network, one after the other.
    pub async fn sync_all(&self) -> Vec<Synced> {
        let Some(peers) = self
            .ask("the paired devices cannot be read", |c| c.lan_peers())
            .await
        else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for peer in peers {
            if let Some(endpoint) = peer.endpoint {
                out.push(self.sync_with(peer.peer_id, endpoint).await);
            }
        }
        out
    }

    /// Syncs with one device met before.
    pub async fn sync_with(&self, peer_id: i64, endpoint: [u8; 32]) -> Synced {
        let outcome = match EndpointId::from_bytes(&endpoint) {
            Ok(id) => match self.where_is(id).await {
                Some(addr) => self.meet(addr, Dial::Known(peer_id)).await,
                None => Err(LanProblem::NotFound),
            },
            Err(_) => Err(LanProblem::Storage),
        };
        self.finish(peer_id, outcome).await
    }

    /// A first meeting with the device showing the code `key` stands for: found by the tag it
    /// advertises, or at `hint` (the addresses a QR code carries).
    pub async fn pair(&self, key: Key, hint: Option<EndpointAddr>) -> Synced {
        let peer = self
            .ask("the code's pairing cannot be read", move |c| {
                c.lan_peer_by_key(&key)
            })
            .await;
        let Some(peer_id) = peer.flatten().map(|p| p.peer_id) else {
            return Synced {
                peer_id: 0,
                outcome: Err(LanProblem::Storage),
            };
        };
        let addr = match hint {
            Some(addr) => Some(addr),
            None => self.find_tag(&hex(&wire::tag(&key))).await,
        };
        let outcome = match addr {
            Some(addr) => self.meet(addr, Dial::Pair(key)).await,
            None => Err(LanProblem::NotFound),
        };
        self.advertise().await;
        self.finish(peer_id, outcome).await
    }

    /// Closes the endpoint (every connection, then the sockets).
    pub async fn close(&self) {
        self.inner.endpoint.close().await;
    }

    async fn finish(&self, peer_id: i64, outcome: Result<Met, LanProblem>) -> Synced {
        tracing::debug!(peer_id, ok = outcome.is_ok(), "a meeting ended");
        let problem = outcome.as_ref().err().copied();
        self.ask("how a sync went cannot be kept", move |c| {
            c.lan_outcome(peer_id, problem)
        })
        .await;
        let synced = Synced { peer_id, outcome };
        // Nobody listening is fine.
        let _ = self.inner.synced.send(synced.clone());
        synced
    }

    /// Dials, runs the dialer's side of a meeting, and closes; told busy, tries again after a
    /// random pause (0.2–1.2 s), so two devices that dialled each other at once meet once.
    async fn meet(&self, addr: EndpointAddr, how: Dial) -> Result<Met, LanProblem> {
        for _ in 1..BUSY_TRIES {
            match self.meet_once(addr.clone(), how.clone()).await {
                Err(None) => {
                    let mut pause = [0u8; 2];
                    let _ = getrandom::fill(&mut pause);
                    let pause = 200 + u64::from(u16::from_le_bytes(pause) % 1000);
                    tokio::time::sleep(Duration::from_millis(pause)).await;
                }
                done => return done.map_err(|p| p.unwrap_or(LanProblem::Cut)),
            }
        }
        self.meet_once(addr, how)
            .await
            .map_err(|p| p.unwrap_or(LanProblem::Cut))
    }

    /// One try of `meet`; `Err(None)`: the other device was busy.
    async fn meet_once(&self, addr: EndpointAddr, how: Dial) -> Result<Met, Option<LanProblem>> {
        let _one = self.inner.meeting.lock().await;
        tracing::debug!(peer = %addr.id.fmt_short(), addrs = ?addr.ip_addrs().collect::<Vec<_>>(), "dialling");
        let them = addr.id;
        let dialled: Vec<SocketAddr> = addr.ip_addrs().copied().collect();
        let connection = match tokio::time::timeout(
            CONNECT_TIMEOUT,
            self.inner.endpoint.connect(addr, wire::ALPN),
        )
        .await
        {
            Ok(Ok(connection)) => {
                // Reached there: the next sync dials it there too (a QR code's addresses).
                self.saw(them, dialled, None);
                connection
            }
            Ok(Err(error)) => {
                tracing::info!(peer = %them.fmt_short(), error = %error, "a paired device was not reached");
                return Err(Some(LanProblem::NotFound));
            }
            Err(_) => return Err(Some(LanProblem::NotFound)),
        };
        let sides = Sides {
            me: self.id(),
            them: *them.as_bytes(),
        };
        let result = tokio::time::timeout(SESSION_TIMEOUT, async {
            let (mut send, mut recv) = connection.open_bi().await.map_err(std::io::Error::other)?;
            session::dial(self.inner.core.clone(), sides, &mut send, &mut recv, how).await
        })
        .await
        .unwrap_or_else(|_| Err(SessionError::Cut(std::io::ErrorKind::TimedOut.into())));
        match result {
            Ok(met) => {
                // The dialer reads last, so it closes.
                connection.close(VarInt::from_u32(CLOSE_DONE), b"done");
                Ok(met)
            }
            Err(error) => {
                let problem = match closed_with(&connection) {
                    Some(CLOSE_BUSY) => return Err(None),
                    Some(CLOSE_REFUSED) => LanProblem::Refused,
                    Some(CLOSE_UNPAIRED) => {
                        self.forget(them).await;
                        LanProblem::Refused
                    }
                    _ => error.problem(),
                };
                tracing::warn!(peer = %them.fmt_short(), error = %error, ?problem, "a sync over the network failed");
                connection.close(VarInt::from_u32(CLOSE_FAILED), b"failed");
                Err(Some(problem))
            }
        }
    }

    /// The other side unpaired this device: forget it here too.
    async fn forget(&self, them: EndpointId) {
        let endpoint = *them.as_bytes();
        let forgotten = self
            .ask("an unpaired device cannot be forgotten", move |c| {
                match c.lan_peer_by_endpoint(&endpoint)? {
                    Some(peer) => c.lan_forget(peer.peer_id),
                    None => Ok(()),
                }
            })
            .await;
        if forgotten.is_some() {
            tracing::info!(peer = %them.fmt_short(), "the other device unpaired this one; forgotten here too");
        }
    }

    async fn accept_loop(self) {
        while let Some(incoming) = self.inner.endpoint.accept().await {
            let lan = self.clone();
            let from = match incoming.remote_addr() {
                iroh::endpoint::IncomingAddr::Ip(addr) => Some(addr),
                _ => None,
            };
            tokio::spawn(async move {
                match incoming.await {
                    Ok(connection) => lan.serve(connection, from).await,
                    Err(error) => tracing::info!(error = %error, "an incoming connection failed"),
                }
            });
        }
    }

    /// The listener's side of one connection. An endpoint that is neither paired nor coming to
    /// a code waiting here is closed before anything it sends is read.
    async fn serve(&self, connection: Connection, from: Option<SocketAddr>) {
        let them = connection.remote_id();
        let endpoint = *them.as_bytes();
        let admitted = self
            .ask("the paired devices cannot be read", move |c| {
                if c.lan_take_unpaired(&endpoint)? {
                    return Ok(Err(CLOSE_UNPAIRED));
                }
                // Met before, or a code waits for its first meeting.
                let expected = c
                    .lan_peers()?
                    .iter()
                    .any(|p| p.endpoint.is_none() || p.endpoint == Some(endpoint));
                Ok(if expected { Ok(()) } else { Err(CLOSE_REFUSED) })
            })
            .await;
        match admitted {
            Some(Ok(())) => {}
            Some(Err(code)) => {
                tracing::warn!(peer = %them.fmt_short(), code, "an endpoint that is not paired was refused");
                connection.close(VarInt::from_u32(code), b"not paired");
                return;
            }
            None => {
                connection.close(VarInt::from_u32(CLOSE_FAILED), b"failed");
                return;
            }
        }
        if let Some(addr) = from {
            self.saw(them, vec![addr], None);
        }
        let Ok(_one) = tokio::time::timeout(BUSY_WAIT, self.inner.meeting.lock()).await else {
            tracing::debug!(peer = %them.fmt_short(), "busy in another meeting");
            connection.close(VarInt::from_u32(CLOSE_BUSY), b"busy");
            return;
        };
        let sides = Sides {
            me: self.id(),
            them: endpoint,
        };
        let result = tokio::time::timeout(SESSION_TIMEOUT, async {
            let (mut send, mut recv) = connection
                .accept_bi()
                .await
                .map_err(std::io::Error::other)?;
            let met = session::listen(self.inner.core.clone(), sides, &mut send, &mut recv).await?;
            send.finish().map_err(std::io::Error::other)?;
            Ok::<_, SessionError>(met)
        })
        .await
        .unwrap_or_else(|_| Err(SessionError::Cut(std::io::ErrorKind::TimedOut.into())));
        match result {
            Ok(met) => {
                // The dialer closes once it has read the last ack.
                let _ = tokio::time::timeout(CONNECT_TIMEOUT, connection.closed()).await;
                self.advertise().await;
                self.finish(met.peer_id, Ok(met)).await;
            }
            Err(error) => {
                tracing::warn!(peer = %them.fmt_short(), error = %error, "a sync over the network failed");
                let code = match error {
                    SessionError::Refused => CLOSE_REFUSED,
                    _ => CLOSE_FAILED,
                };
                connection.close(VarInt::from_u32(code), b"failed");
                let peer = self
                    .ask("the paired devices cannot be read", move |c| {
                        c.lan_peer_by_endpoint(&endpoint)
                    })
                    .await;
                if let Some(peer) = peer.flatten() {
                    self.finish(peer.peer_id, Err(error.problem())).await;
                }
            }
        }
    }

    /// Follows mDNS: remembers where endpoints are, and syncs with a paired one when it appears.
    async fn watch(self, mut events: impl n0_future::Stream<Item = DiscoveryEvent> + Unpin) {
        while let Some(event) = events.next().await {
            let DiscoveryEvent::Discovered { endpoint_info, .. } = event else {
                continue;
            };
            let id = endpoint_info.endpoint_id;
            let addrs: Vec<SocketAddr> = endpoint_info.ip_addrs().copied().collect();
            let user_data = endpoint_info.user_data().map(|d| d.to_string());
            tracing::debug!(peer = %id.fmt_short(), ?addrs, "seen on the network");
            self.saw(id, addrs, user_data);
            let endpoint = *id.as_bytes();
            let peer = self
                .ask("the paired devices cannot be read", move |c| {
                    c.lan_peer_by_endpoint(&endpoint)
                })
                .await;
            if let Some(peer) = peer.flatten() {
                let lan = self.clone();
                tokio::spawn(async move {
                    lan.sync_with(peer.peer_id, endpoint).await;
                });
            }
        }
    }

    /// The store's answer, worked out on the blocking pool; an error is logged with its cause
    /// under `what` and read as no answer.
    async fn ask<T: Send + 'static>(
        &self,
        what: &'static str,
        work: impl FnOnce(&Core) -> intervju_core::Result<T> + Send + 'static,
    ) -> Option<T> {
        match blocking(&self.inner.core, work).await {
            Ok(answer) => Some(answer),
            Err(error) => {
                tracing::error!(error = %intervju_core::error::chain(&error), "{what}");
                None
            }
        }
    }

    fn saw(&self, id: EndpointId, addrs: Vec<SocketAddr>, user_data: Option<String>) {
        let mut seen = self.inner.seen.lock().unwrap_or_else(|p| p.into_inner());
        let entry = seen.entry(id).or_default();
        if !addrs.is_empty() {
            entry.addrs = addrs;
        }
        if user_data.is_some() {
            entry.user_data = user_data;
        }
    }

    /// Where `id` was last seen; not seen yet, waits (up to `LOOK_AROUND`) for mDNS to see it.
    async fn where_is(&self, id: EndpointId) -> Option<EndpointAddr> {
        let deadline = tokio::time::Instant::now() + LOOK_AROUND;
        loop {
            let addr = self.address_of(id);
            if addr.ip_addrs().next().is_some() {
                return Some(addr);
            }
            if self.inner.mdns.is_none() || tokio::time::Instant::now() >= deadline {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// The endpoint with the addresses last seen for it.
    fn address_of(&self, id: EndpointId) -> EndpointAddr {
        let seen = self.inner.seen.lock().unwrap_or_else(|p| p.into_inner());
        at(id, seen.get(&id).map_or(&[][..], |s| &s.addrs))
    }

    /// An mDNS search that asks every second and says nothing of this device; it stops when
    /// dropped. `None` without mDNS, or when it cannot start (logged; the background one goes on).
    fn quick_search(&self) -> Option<MdnsAddressLookup> {
        self.inner.mdns.as_ref()?;
        MdnsAddressLookup::builder()
            .service_name(SERVICE)
            .advertise(false)
            .discovery_cadence(PAIR_CADENCE)
            .build(self.inner.endpoint.id())
            .inspect_err(|e| tracing::warn!(error = %e, "a quick mDNS search cannot start"))
            .ok()
    }

    /// Waits for an endpoint advertising `tag` on the network. The search asks every second
    /// (the background cadence would keep the user waiting up to 20 s) and stops with the search.
    async fn find_tag(&self, tag: &str) -> Option<EndpointAddr> {
        let deadline = tokio::time::Instant::now() + PAIR_SEARCH;
        let search = self.quick_search().or_else(|| self.inner.mdns.clone());
        let mut events = match &search {
            Some(mdns) => Some(mdns.subscribe().await),
            None => None,
        };
        loop {
            let found = {
                let seen = self.inner.seen.lock().unwrap_or_else(|p| p.into_inner());
                seen.iter()
                    .find(|(_, s)| {
                        s.user_data
                            .as_deref()
                            .is_some_and(|d| d.split(',').any(|t| t == tag))
                    })
                    .map(|(id, s)| at(*id, &s.addrs))
            };
            if found.is_some() {
                return found;
            }
            let events = events.as_mut()?;
            match tokio::time::timeout_at(deadline, events.next()).await {
                Ok(Some(DiscoveryEvent::Discovered { endpoint_info, .. })) => {
                    let addrs = endpoint_info.ip_addrs().copied().collect();
                    let data = endpoint_info.user_data().map(|d| d.to_string());
                    self.saw(endpoint_info.endpoint_id, addrs, data);
                }
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => return None,
            }
        }
    }
}

/// The endpoint a QR code's reach names, to dial directly; `None` when its id is not a key.
pub fn endpoint_addr(reach: &Reach) -> Option<EndpointAddr> {
    let id = EndpointId::from_bytes(&reach.endpoint).ok()?;
    Some(at(id, &reach.addrs))
}

/// `id` at `addrs`.
fn at(id: EndpointId, addrs: &[SocketAddr]) -> EndpointAddr {
    addrs
        .iter()
        .fold(EndpointAddr::new(id), |a, ip| a.with_ip_addr(*ip))
}

/// Runs `work` with the store on the blocking pool; a panic there goes on here.
pub(crate) async fn blocking<T: Send + 'static>(
    core: &Arc<Core>,
    work: impl FnOnce(&Core) -> intervju_core::Result<T> + Send + 'static,
) -> intervju_core::Result<T> {
    let core = core.clone();
    match tokio::task::spawn_blocking(move || work(&core)).await {
        Ok(result) => result,
        Err(join) => std::panic::resume_unwind(join.into_panic()),
    }
}

/// The application code a connection was closed with by the other side, if it was.
fn closed_with(connection: &Connection) -> Option<u32> {
    match connection.close_reason()? {
        iroh::endpoint::ConnectionError::ApplicationClosed(closed) => {
            u32::try_from(closed.error_code.into_inner()).ok()
        }
        _ => None,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
