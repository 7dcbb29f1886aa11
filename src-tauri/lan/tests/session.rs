//! Two devices' meetings over in-memory pipes: a first meeting by code, later meetings, cuts at
//! every stage, and what a stranger, a replayed handshake, nonsense or a newer app gets.
//! Each test ends by comparing the two databases' normalised dumps.

use intervju_core::service::{parse, LanProblem};
use intervju_core::sync::pairing;
use intervju_core::sync::wire::{self, Kind, Message};
use intervju_core::{sync, Core, Environment, SystemClock};
use intervju_lan::session::{self, Dial, SessionError, Sides};
use serde_json::json;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::io::AsyncWrite;

struct Device {
    core: Arc<Core>,
    dir: tempfile::TempDir,
    id: [u8; 32],
}

fn device(n: u8) -> Device {
    let dir = tempfile::tempdir().unwrap();
    let env = Environment {
        os_locale: "en".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    let core = Core::open(dir.path(), Arc::new(SystemClock), env).unwrap();
    Device {
        core: Arc::new(core),
        dir,
        id: [n; 32],
    }
}

impl Device {
    fn interview(&self, company: &str) -> i64 {
        let draft = parse(Some(json!({
            "company": company, "role": "Developer", "startLocal": "2026-12-10T10:00",
            "timeZone": "Europe/Oslo", "round": "first",
        })))
        .unwrap();
        self.core.create_interview(draft).unwrap().id
    }

    fn dump(&self) -> String {
        let conn = rusqlite::Connection::open(self.dir.path().join("intervju.sqlite3")).unwrap();
        sync::dump(&conn).unwrap()
    }

    fn peers(&self) -> Vec<pairing::Peer> {
        self.core.sync_status().unwrap().peers
    }
}

/// A shows a code, B types it.
fn paired_by_code(a: &Device, b: &Device) -> [u8; 32] {
    let offer = a.core.start_pairing().unwrap();
    b.core
        .enter_pairing_code(parse(Some(json!({ "code": offer.code }))).unwrap())
        .unwrap();
    pairing::key_of(&offer.code).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_first_meeting_by_code_pairs_the_two_and_both_end_with_everything() {
    let (a, b) = (device(1), device(2));
    a.interview("Equinor");
    a.interview("Bring");
    b.interview("Vipps");
    let key = paired_by_code(&a, &b);
    let (dialer, listener) = meet(&a, &b, Dial::Pair(key)).await;
    let (dialer, listener) = (dialer.unwrap(), listener.unwrap());
    assert_eq!(a.dump(), b.dump());
    assert!(a.dump().contains("Vipps") && b.dump().contains("Equinor"));
    assert!(dialer.brought.values().sum::<u32>() > 0);
    assert!(listener.brought.values().sum::<u32>() > 0);
    // Each knows the other by its endpoint and device now.
    assert_eq!(
        a.core.lan_peer_by_endpoint(&b.id).unwrap().unwrap().peer_id,
        listener.peer_id
    );
    assert!(b.core.lan_peer_by_endpoint(&a.id).unwrap().is_some());
    assert!(a.peers()[0].on_network && b.peers()[0].on_network);
    assert!(a.core.lan_waiting().unwrap().is_empty());

    // Later: an edit on either side, a meeting of known peers brings just that.
    a.interview("Kahoot");
    let peer = b.core.lan_peer_by_endpoint(&a.id).unwrap().unwrap();
    let (dialer, listener) = meet(&a, &b, Dial::Known(peer.peer_id)).await;
    assert_eq!(dialer.unwrap().brought.get("interview"), Some(&1));
    assert_eq!(listener.unwrap().brought.values().sum::<u32>(), 0);
    assert_eq!(a.dump(), b.dump());
}

/// A writer that breaks after `left` bytes, as a link that goes down.
struct Breaks<W> {
    inner: W,
    left: usize,
}

impl<W: AsyncWrite + Unpin> AsyncWrite for Breaks<W> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        if self.left == 0 {
            return Poll::Ready(Err(std::io::ErrorKind::ConnectionReset.into()));
        }
        let n = buf.len().min(self.left);
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_write(cx, &buf[..n]) {
            Poll::Ready(Ok(written)) => {
                this.left -= written;
                Poll::Ready(Ok(written))
            }
            other => other,
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// A meeting where the dialer's link (`dialer_cut`) or the listener's (`listener_cut`) goes down
/// after so many bytes.
async fn meet_cut(
    a: &Device,
    b: &Device,
    how: Dial,
    dialer_cut: usize,
    listener_cut: usize,
) -> (
    Result<session::Met, SessionError>,
    Result<session::Met, SessionError>,
) {
    let (dialer, listener) = tokio::io::duplex(64 * 1024);
    let (mut b_recv, b_send) = tokio::io::split(dialer);
    let (mut a_recv, a_send) = tokio::io::split(listener);
    let mut b_send = Breaks {
        inner: b_send,
        left: dialer_cut,
    };
    let mut a_send = Breaks {
        inner: a_send,
        left: listener_cut,
    };
    let b_sides = Sides {
        me: b.id,
        them: a.id,
    };
    let a_sides = Sides {
        me: a.id,
        them: b.id,
    };
    tokio::join!(
        async {
            let met = session::dial(b.core.clone(), b_sides, &mut b_send, &mut b_recv, how).await;
            drop(b_send);
            drop(b_recv);
            met
        },
        async {
            let met = session::listen(a.core.clone(), a_sides, &mut a_send, &mut a_recv).await;
            drop(a_send);
            drop(a_recv);
            met
        }
    )
}

/// One whole meeting, B dialling A.
async fn meet(
    a: &Device,
    b: &Device,
    how: Dial,
) -> (
    Result<session::Met, SessionError>,
    Result<session::Met, SessionError>,
) {
    meet_cut(a, b, how, usize::MAX, usize::MAX).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_meeting_cut_anywhere_loses_nothing_and_the_next_one_finishes_the_work() {
    let (a, b) = (device(1), device(2));
    for n in 0..30 {
        a.interview(&format!("A{n}"));
        b.interview(&format!("B{n}"));
    }
    let key = paired_by_code(&a, &b);
    // A first meeting that completes, so later ones are between known peers.
    a.interview("first");
    let (d, l) = meet(&a, &b, Dial::Pair(key)).await;
    d.unwrap();
    l.unwrap();
    let peer = b.core.lan_peer_by_endpoint(&a.id).unwrap().unwrap().peer_id;
    let mut cut_somewhere = 0;
    // Cuts on either side at points through hellos, both bundles and the acks.
    for (round, (dialer_cut, listener_cut)) in [
        (3, usize::MAX),
        (usize::MAX, 3),
        (40, usize::MAX),
        (usize::MAX, 40),
        (120, usize::MAX),
        (usize::MAX, 120),
        (400, usize::MAX),
        (usize::MAX, 400),
    ]
    .into_iter()
    .enumerate()
    {
        a.interview(&format!("a-round-{round}"));
        b.interview(&format!("b-round-{round}"));
        let (d, l) = meet_cut(&a, &b, Dial::Known(peer), dialer_cut, listener_cut).await;
        if d.is_err() || l.is_err() {
            cut_somewhere += 1;
            for side in [&d, &l] {
                if let Err(error) = side {
                    assert!(
                        matches!(error, SessionError::Cut(_)),
                        "a cut reads as a cut: {error:?}"
                    );
                    assert_eq!(error.problem(), LanProblem::Cut);
                }
            }
        }
        // Whatever the cut left, each database holds whole interviews only, and the next
        // whole meeting brings the two level.
        let (d, l) = meet(&a, &b, Dial::Known(peer)).await;
        d.unwrap();
        l.unwrap();
        assert_eq!(a.dump(), b.dump(), "round {round}");
        let dump = a.dump();
        assert!(
            dump.contains(&format!("a-round-{round}"))
                && dump.contains(&format!("b-round-{round}"))
        );
    }
    assert!(
        cut_somewhere >= 6,
        "the cuts fell inside meetings: {cut_somewhere}"
    );
    // Nothing was taken in twice.
    assert_eq!(a.dump().matches("\"a-round-0\"").count(), 1, "{}", a.dump());
}

/// Frames written straight onto the listener's pipe, as a stranger or an attacker would.
async fn listen_to(
    a: &Device,
    from: [u8; 32],
    frames: Vec<Vec<u8>>,
) -> (Result<session::Met, SessionError>, Vec<u8>) {
    let (mut theirs, listener) = tokio::io::duplex(1 << 20);
    let (mut a_recv, mut a_send) = tokio::io::split(listener);
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    for frame in frames {
        theirs.write_all(&frame).await.unwrap();
    }
    theirs.shutdown().await.unwrap();
    let sides = Sides {
        me: a.id,
        them: from,
    };
    let met = session::listen(a.core.clone(), sides, &mut a_send, &mut a_recv).await;
    // Both halves gone: the other end reads to its end.
    drop(a_send);
    drop(a_recv);
    let mut answer = Vec::new();
    theirs.read_to_end(&mut answer).await.unwrap();
    (met, answer)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn strangers_replays_nonsense_and_newer_apps_are_refused_and_change_nothing() {
    let (a, b) = (device(1), device(2));
    a.interview("Equinor");
    let key = paired_by_code(&a, &b);
    let hello = |format: u8| {
        Message::Hello {
            format,
            device: [9; 16],
            version: Vec::new(),
        }
        .encode()
    };

    // An endpoint never paired says hello: refused, nothing answered.
    let (met, answer) = listen_to(&a, [7; 32], vec![hello(wire::FORMAT)]).await;
    assert!(matches!(met, Err(SessionError::Refused)), "{met:?}");
    assert!(answer.is_empty());

    // A code nobody here waits for.
    let wrong = pairing::key_of(&pairing::new_code()).unwrap();
    let pair = Message::Pair {
        tag: wire::tag(&wrong),
        nonce: [1; 32],
    };
    let (met, answer) = listen_to(&a, [7; 32], vec![pair.encode()]).await;
    assert!(matches!(met, Err(SessionError::Refused)), "{met:?}");
    assert!(answer.is_empty());

    // The right tag without the key: the listener's challenge comes, the proof fails.
    let pair = Message::Pair {
        tag: wire::tag(&key),
        nonce: [1; 32],
    };
    let (met, answer) = listen_to(
        &a,
        [7; 32],
        vec![pair.encode(), Message::Proof { proof: [0; 32] }.encode()],
    )
    .await;
    assert!(matches!(met, Err(SessionError::Refused)), "{met:?}");
    assert_eq!(answer[0], Kind::Challenge as u8);

    // A replay: B's real proof from an earlier meeting, answered to a new challenge. The
    // listener's new nonce makes it worthless.
    let meeting = wire::Meeting {
        dialer: b.id,
        listener: a.id,
        dialer_nonce: [1; 32],
        listener_nonce: [5; 32],
    };
    let recorded = wire::proof(&key, wire::Role::Dialer, &meeting);
    let (met, _) = listen_to(
        &a,
        b.id,
        vec![pair.encode(), Message::Proof { proof: recorded }.encode()],
    )
    .await;
    assert!(matches!(met, Err(SessionError::Refused)), "{met:?}");
    assert!(
        a.core.lan_peer_by_endpoint(&b.id).unwrap().is_none(),
        "nobody was let in"
    );
    assert_eq!(
        a.core.lan_waiting().unwrap().len(),
        1,
        "the code still waits"
    );

    // Nonsense: an unknown kind, a length over the limit (refused from the header alone, no
    // 4 GiB read), a message out of turn.
    let (met, _) = listen_to(&a, b.id, vec![vec![0xEE; 40]]).await;
    assert!(matches!(met, Err(SessionError::Nonsense(_))), "{met:?}");
    let mut huge = vec![Kind::Bundle as u8];
    huge.extend_from_slice(&u32::MAX.to_le_bytes());
    let (met, _) = listen_to(&a, b.id, vec![huge]).await;
    assert!(matches!(met, Err(SessionError::Nonsense(_))), "{met:?}");
    let (met, _) = listen_to(&a, b.id, vec![Message::Ack { version: vec![] }.encode()]).await;
    assert!(
        matches!(met, Err(SessionError::OutOfTurn(Kind::Ack))),
        "{met:?}"
    );

    // Now pair for real, then B's hello from a newer app: A says so and takes nothing.
    let (d, l) = meet(&a, &b, Dial::Pair(key)).await;
    d.unwrap();
    l.unwrap();
    let paired = a.dump();
    let (met, _) = listen_to(&a, b.id, vec![hello(wire::FORMAT + 1)]).await;
    assert!(matches!(met, Err(SessionError::PeerNewer(2))), "{met:?}");
    assert_eq!(met.unwrap_err().problem(), LanProblem::PeerNewer);
    // A paired endpoint speaking for another device.
    let (met, _) = listen_to(&a, b.id, vec![hello(wire::FORMAT)]).await;
    assert!(matches!(met, Err(SessionError::Refused)), "{met:?}");
    assert_eq!(a.dump(), paired);
}
