//! Settings → Devices: this device, the paired ones, pairing, and the file exchange (a bundle of
//! changes written where the user picks, and one taken in from a file the user picks).

use crate::network::{self, SyncReport};
use crate::state::Reply;
use crate::AppState;
use intervju_core::service::{
    CodeRequest, PairingOffer, PeerRequest, Received, RenameRequest, SyncStatus,
};
use intervju_core::sync::pairing::{self, Device, Peer};
use serde::Serialize;
use tauri::ipc::Request;
use tauri::{Emitter, Runtime, State};

/// The event the Devices screen follows while a bundle is taken in.
pub const PROGRESS_EVENT: &str = "intervju://sync-progress";

#[derive(Debug, Clone, Serialize)]
struct Progress {
    done: usize,
    total: usize,
}

#[tauri::command]
pub(super) async fn sync_status(state: State<'_, AppState>) -> Reply<SyncStatus> {
    state.run(|core| core.sync_status()).await
}

#[tauri::command]
pub(super) async fn rename_device(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Device> {
    state
        .call(&request, |core, r: RenameRequest| core.rename_device(r))
        .await
}

/// A new code; its QR code also says where this device is on the local network, and the
/// network is told a code waits here (by its tag).
#[tauri::command]
pub(super) async fn start_pairing<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<PairingOffer> {
    let reach = network::reach(&app, &state).await;
    let offer = state.run(|core| core.start_pairing_at(reach)).await?;
    network::advertise(&app, &state).await;
    Ok(offer)
}

/// A code typed or scanned here; the first meeting over the network follows in the background.
#[tauri::command]
pub(super) async fn enter_pairing_code<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Peer> {
    let (peer, invitation) = state
        .call(&request, |core, r: CodeRequest| {
            let invitation = pairing::invitation(&r.code)?;
            Ok((core.enter_pairing_code(r)?, invitation))
        })
        .await?;
    network::pair(&app, &state, invitation);
    Ok(peer)
}

#[tauri::command]
pub(super) async fn unpair_device<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<()> {
    state
        .call(&request, |core, r: PeerRequest| core.unpair(r))
        .await?;
    network::advertise(&app, &state).await;
    Ok(())
}

/// Syncs now with every paired device met on the local network; what each came to.
#[tauri::command]
pub(super) async fn sync_now<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Vec<SyncReport>> {
    network::sync_now(&app, &state).await
}

/// Asks where to save the bundle for a peer (the system's save dialog), then writes it there.
/// `None`: the user cancelled. The peer is checked before the dialog opens.
#[tauri::command]
pub(super) async fn send_changes<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Reply<Option<String>> {
    let (request, name, locale) = state
        .call(&request, |core, r: PeerRequest| {
            Ok((core.bundle_name(&r)?, core.locale(), r))
        })
        .await
        .map(|(name, locale, r)| (r, name, locale))?;
    let extension = intervju_core::service::BUNDLE_EXTENSION;
    let picked = crate::files::save(&app, locale, extension, &name).await;
    let Some(path) = picked.map_err(|e| e.to_payload(locale))? else {
        return Ok(None);
    };
    let shown = path.display().to_string();
    state
        .run(move |core| core.write_bundle_to(request, &path))
        .await?;
    Ok(Some(shown))
}

/// Asks for a bundle (the system's open dialog) and takes it in, telling the window how far it
/// has come. `None`: the user cancelled.
#[tauri::command]
pub(super) async fn receive_changes<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<Received>> {
    let locale = state.run(|core| Ok(core.locale())).await?;
    let extension = intervju_core::service::BUNDLE_EXTENSION;
    let picked = crate::files::open(&app, locale, extension).await;
    let Some(path) = picked.map_err(|e| e.to_payload(locale))? else {
        return Ok(None);
    };
    let received = state
        .run(move |core| {
            core.receive_bundle_file(&path, &mut |done, total| {
                // Only the window hears it; a closed window misses nothing it needs.
                if let Err(error) = app.emit(PROGRESS_EVENT, Progress { done, total }) {
                    log::warn!("sync progress not delivered: {error}");
                }
            })
        })
        .await?;
    Ok(Some(received))
}
