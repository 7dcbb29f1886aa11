//! One meeting of two devices on one stream, as `intervju_core::sync::wire` describes it: a first
//! meeting's proofs when the dialer comes with a code, then hellos, a bundle each way (the
//! dialer's first, so neither side writes while the other is blocked writing too) and acks.
//! Generic over the stream, so the tests run it over in-memory pipes as well as over QUIC. The
//! store is reached on the blocking pool; a meeting cut anywhere leaves each side with whole
//! bundles only (each is taken in in one transaction), and the next meeting's hellos say what
//! is still missing.

use intervju_core::service::{LanPeer, LanProblem};
use intervju_core::sync::bundle::Key;
use intervju_core::sync::wire::{self, Kind, Meeting, Message, Role, WireError};
use intervju_core::sync::Brought;
use intervju_core::Core;
use std::sync::Arc;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// The two endpoint ids of a connection, as its TLS handshake authenticated them.
#[derive(Debug, Clone, Copy)]
pub struct Sides {
    pub me: [u8; 32],
    pub them: [u8; 32],
}

/// How the dialer comes.
#[derive(Debug, Clone)]
pub enum Dial {
    /// A first meeting: the key of the code typed here.
    Pair(Key),
    /// A peer met before.
    Known(i64),
}

/// A meeting that went through.
#[derive(Debug, Clone)]
pub struct Met {
    pub peer_id: i64,
    /// What the other side's bundle changed here.
    pub brought: Brought,
}

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error("the connection broke off")]
    Cut(#[from] std::io::Error),
    #[error("the peer sent nonsense")]
    Nonsense(#[from] WireError),
    #[error("the peer sent {0:?} out of turn")]
    OutOfTurn(Kind),
    /// A proof that does not hold, a code nobody here is waiting for, an endpoint not paired, a
    /// device that is not the one paired.
    #[error("refused")]
    Refused,
    #[error("the peer runs protocol format {0}, newer than this app's")]
    PeerNewer(u8),
    #[error("the peer runs protocol format {0}, older than this app's")]
    PeerOlder(u8),
    #[error("the store")]
    Store(#[from] intervju_core::Error),
}

impl SessionError {
    /// What the Devices screen says about it.
    pub fn problem(&self) -> LanProblem {
        match self {
            SessionError::Cut(_) => LanProblem::Cut,
            SessionError::Nonsense(_) | SessionError::OutOfTurn(_) => LanProblem::Nonsense,
            SessionError::Refused => LanProblem::Refused,
            SessionError::PeerNewer(_) => LanProblem::PeerNewer,
            SessionError::PeerOlder(_) => LanProblem::PeerOlder,
            SessionError::Store(_) => LanProblem::Storage,
        }
    }
}

type Outcome<T> = Result<T, SessionError>;

/// The dialer's side.
pub async fn dial<W, R>(
    core: Arc<Core>,
    sides: Sides,
    send: &mut W,
    recv: &mut R,
    how: Dial,
) -> Outcome<Met>
where
    W: AsyncWrite + Unpin,
    R: AsyncRead + Unpin,
{
    let peer_id = match how {
        Dial::Known(peer_id) => peer_id,
        Dial::Pair(key) => {
            let peer = store(&core, move |c| c.lan_peer_by_key(&key))
                .await?
                .ok_or(SessionError::Refused)?;
            let nonce = random();
            write(
                send,
                &Message::Pair {
                    tag: wire::tag(&key),
                    nonce,
                },
            )
            .await?;
            let Message::Challenge {
                nonce: listener_nonce,
                proof,
            } = expect(recv, Kind::Challenge).await?
            else {
                unreachable!("expect gives the kind asked for")
            };
            let meeting = Meeting {
                dialer: sides.me,
                listener: sides.them,
                dialer_nonce: nonce,
                listener_nonce,
            };
            if !wire::verify(&key, Role::Listener, &meeting, &proof) {
                tracing::warn!("a device on the network answered a pairing without the code");
                return Err(SessionError::Refused);
            }
            let proof = wire::proof(&key, Role::Dialer, &meeting);
            write(send, &Message::Proof { proof }).await?;
            let them = sides.them;
            store(&core, move |c| c.lan_met(peer.peer_id, &them)).await?;
            peer.peer_id
        }
    };
    exchange(core, peer_id, Role::Dialer, send, recv, None).await
}

/// The listener's side: a first meeting by a code waiting here, or a peer met before.
pub async fn listen<W, R>(core: Arc<Core>, sides: Sides, send: &mut W, recv: &mut R) -> Outcome<Met>
where
    W: AsyncWrite + Unpin,
    R: AsyncRead + Unpin,
{
    match read(recv).await? {
        Message::Pair { tag, nonce } => {
            let waiting: Vec<LanPeer> = store(&core, |c| c.lan_waiting()).await?;
            let Some(peer) = waiting.into_iter().find(|p| p.tag() == tag) else {
                tracing::warn!("a pairing for a code nobody here is waiting for was refused");
                return Err(SessionError::Refused);
            };
            let meeting = Meeting {
                dialer: sides.them,
                listener: sides.me,
                dialer_nonce: nonce,
                listener_nonce: random(),
            };
            let proof = wire::proof(&peer.key, Role::Listener, &meeting);
            write(
                send,
                &Message::Challenge {
                    nonce: meeting.listener_nonce,
                    proof,
                },
            )
            .await?;
            let Message::Proof { proof } = expect(recv, Kind::Proof).await? else {
                unreachable!("expect gives the kind asked for")
            };
            if !wire::verify(&peer.key, Role::Dialer, &meeting, &proof) {
                tracing::warn!("a pairing with a wrong proof was refused");
                return Err(SessionError::Refused);
            }
            let them = sides.them;
            store(&core, move |c| c.lan_met(peer.peer_id, &them)).await?;
            exchange(core, peer.peer_id, Role::Listener, send, recv, None).await
        }
        hello @ Message::Hello { .. } => {
            let them = sides.them;
            let peer = store(&core, move |c| c.lan_peer_by_endpoint(&them))
                .await?
                .ok_or(SessionError::Refused)?;
            exchange(core, peer.peer_id, Role::Listener, send, recv, Some(hello)).await
        }
        other => Err(SessionError::OutOfTurn(other.kind())),
    }
}

/// Hellos, bundles and acks: after it both sides hold everything either held.
async fn exchange<W, R>(
    core: Arc<Core>,
    peer_id: i64,
    role: Role,
    send: &mut W,
    recv: &mut R,
    their_hello: Option<Message>,
) -> Outcome<Met>
where
    W: AsyncWrite + Unpin,
    R: AsyncRead + Unpin,
{
    let mine = store(&core, |c| c.lan_hello()).await?;
    let theirs = match role {
        Role::Dialer => {
            write(send, &mine).await?;
            expect(recv, Kind::Hello).await?
        }
        Role::Listener => {
            let theirs = match their_hello {
                Some(hello) => hello,
                None => expect(recv, Kind::Hello).await?,
            };
            write(send, &mine).await?;
            theirs
        }
    };
    let Message::Hello {
        format,
        device,
        version,
    } = theirs
    else {
        unreachable!("a hello was asked for")
    };
    if format > wire::FORMAT {
        return Err(SessionError::PeerNewer(format));
    }
    if format < wire::FORMAT {
        return Err(SessionError::PeerOlder(format));
    }
    let known = store(&core, move |c| {
        Ok(c.lan_peers()?.into_iter().find(|p| p.peer_id == peer_id))
    })
    .await?
    .ok_or(SessionError::Refused)?;
    if known.device.is_some_and(|d| d != device) {
        tracing::warn!("a paired endpoint spoke for another device and was refused");
        return Err(SessionError::Refused);
    }
    let bundle = store(&core, move |c| c.lan_bundle(peer_id, &version))
        .await
        .map_err(|e| theirs_if_refused(e, Kind::Hello))?;
    let brought = match role {
        Role::Dialer => {
            write(send, &Message::Bundle(bundle)).await?;
            take_in(&core, peer_id, recv).await?
        }
        Role::Listener => {
            let brought = take_in(&core, peer_id, recv).await?;
            write(send, &Message::Bundle(bundle)).await?;
            brought
        }
    };
    let Message::Hello { version: now, .. } = store(&core, |c| c.lan_hello()).await? else {
        unreachable!("lan_hello makes a hello")
    };
    let ack = Message::Ack { version: now };
    let their_ack = match role {
        Role::Dialer => {
            write(send, &ack).await?;
            expect(recv, Kind::Ack).await?
        }
        Role::Listener => {
            let theirs = expect(recv, Kind::Ack).await?;
            write(send, &ack).await?;
            theirs
        }
    };
    let Message::Ack { version } = their_ack else {
        unreachable!("an ack was asked for")
    };
    store(&core, move |c| c.lan_acknowledged(peer_id, &version))
        .await
        .map_err(|e| theirs_if_refused(e, Kind::Ack))?;
    Ok(Met { peer_id, brought })
}

/// A version the core refuses to read came from the peer: its message is malformed, and the
/// store is not to blame (the Devices screen would say this device's data has a problem).
fn theirs_if_refused(error: SessionError, kind: Kind) -> SessionError {
    match error {
        SessionError::Store(intervju_core::Error::Validation(_)) => {
            tracing::warn!(?kind, "a peer's version could not be read");
            SessionError::Nonsense(WireError::Malformed(kind))
        }
        other => other,
    }
}

/// Reads the other side's bundle and takes it in; it must be sealed for this pairing.
async fn take_in<R: AsyncRead + Unpin>(
    core: &Arc<Core>,
    peer_id: i64,
    recv: &mut R,
) -> Outcome<Brought> {
    let Message::Bundle(bytes) = expect(recv, Kind::Bundle).await? else {
        unreachable!("a bundle was asked for")
    };
    let received = store(core, move |c| c.receive_bundle(&bytes, &mut |_, _| {})).await;
    match received {
        Ok(received) if received.peer.id == peer_id => Ok(received.brought),
        Ok(_) => {
            tracing::warn!("a bundle sealed for another pairing came over the network");
            Err(SessionError::Refused)
        }
        // A bundle that does not open with the pairing's key is the peer's fault, not the store's.
        Err(SessionError::Store(intervju_core::Error::Validation(_))) => Err(SessionError::Refused),
        Err(error) => Err(error),
    }
}

async fn write<W: AsyncWrite + Unpin>(send: &mut W, message: &Message) -> Outcome<()> {
    send.write_all(&message.encode()).await?;
    send.flush().await?;
    Ok(())
}

/// The next message, judged before its payload is read: the header first, then no more than
/// its kind allows, read as it arrives (a length claimed but never sent costs nothing).
pub async fn read<R: AsyncRead + Unpin>(recv: &mut R) -> Outcome<Message> {
    let mut head = [0u8; wire::HEADER];
    recv.read_exact(&mut head).await?;
    let (kind, length) = wire::header(head)?;
    let mut payload = Vec::with_capacity((length as usize).min(1 << 16));
    let read = recv
        .take(u64::from(length))
        .read_to_end(&mut payload)
        .await?;
    if read != length as usize {
        return Err(std::io::Error::from(std::io::ErrorKind::UnexpectedEof).into());
    }
    Ok(wire::decode(kind, &payload)?)
}

async fn expect<R: AsyncRead + Unpin>(recv: &mut R, kind: Kind) -> Outcome<Message> {
    let message = read(recv).await?;
    if message.kind() != kind {
        return Err(SessionError::OutOfTurn(message.kind()));
    }
    Ok(message)
}

/// Runs `work` with the store on the blocking pool.
async fn store<T: Send + 'static>(
    core: &Arc<Core>,
    work: impl FnOnce(&Core) -> intervju_core::Result<T> + Send + 'static,
) -> Outcome<T> {
    Ok(crate::blocking(core, work).await?)
}

fn random() -> [u8; 32] {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the OS gives random bytes");
    bytes
}
