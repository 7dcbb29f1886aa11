//! An invitation handed to the app from outside its own open dialog — "Open with Intervju" (the
//! file on the command line of this start, or of a second start the single-instance plugin
//! passes on), or a file dropped on the window (both in desktop.rs). The file is kept here and
//! the window told (`HANDED_EVENT`); the window takes it with `take_handed_invitation` once its
//! first screen is up and whenever told, and shows it on the same screens as an import through
//! the dialog. A hand-over that comes before the window listens is therefore not lost.

use intervju_core::invitations::handed;
use std::path::PathBuf;
use std::sync::Mutex;
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// Told to the window when a file was handed over; it then takes it.
pub const HANDED_EVENT: &str = "intervju://handed";

/// The file handed over last and not yet taken. One is kept: the window shows one invitation at
/// a time, and the one the user opened last is the one they are looking for.
#[derive(Default)]
pub struct Handed(Mutex<Option<PathBuf>>);

impl Handed {
    fn put(&self, file: PathBuf) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(file);
    }

    fn take(&self) -> Option<PathBuf> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

/// Keeps the file of `files` the core chooses (the first calendar file, else the first) and
/// tells the window. Quick: it runs on the single-instance plugin's D-Bus thread and in window
/// events; the file is read when the window takes it, on the blocking pool.
pub fn hand_over<R: Runtime>(app: &AppHandle<R>, files: Vec<PathBuf>) {
    let Some(file) = handed::chosen(files) else {
        return;
    };
    let Some(kept) = app.try_state::<Handed>() else {
        log::error!("a handed file arrived before the app could keep it");
        return;
    };
    kept.put(file);
    if let Err(error) = app.emit(HANDED_EVENT, ()) {
        log::error!("the window was not told of a handed file: {error}");
    }
}

/// The file handed over and not yet shown, once.
pub fn take<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    app.try_state::<Handed>()?.take()
}
