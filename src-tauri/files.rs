//! The system's file dialogs: the only way a file outside the data folder is ever chosen. The
//! webview gets no dialog or file permission; the commands open the dialog themselves and only
//! the path the user picked is read or written.

use intervju_core::i18n::text;
use intervju_core::Locale;
use std::path::PathBuf;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::{Dialog, DialogExt, FileDialogBuilder};
use tokio::sync::oneshot;

fn dialog<R: Runtime>(
    app: &AppHandle<R>,
    locale: Locale,
    extension: &str,
) -> intervju_core::Result<FileDialogBuilder<R>> {
    // The mock runtime of the command tests has no dialog.
    if app.try_state::<Dialog<R>>().is_none() {
        return Err(std::io::Error::other("no file dialog on this runtime").into());
    }
    let kind = text(locale, &format!("file-kind-{extension}"), None);
    Ok(app.dialog().file().add_filter(kind, &[extension]))
}

/// The dialog's title: a bundle of changes for another device is not an export or an import.
fn title(extension: &str, save: bool) -> &'static str {
    match (extension == intervju_core::service::BUNDLE_EXTENSION, save) {
        (true, true) => "file-send-title",
        (true, false) => "file-receive-title",
        (false, true) => "file-save-title",
        (false, false) => "file-open-title",
    }
}

fn path(picked: Option<tauri_plugin_dialog::FilePath>) -> intervju_core::Result<Option<PathBuf>> {
    picked
        .map(|p| {
            p.into_path()
                .map_err(|e| std::io::Error::other(e.to_string()).into())
        })
        .transpose()
}

/// Where to save; `None` if the user cancelled. The dialog answers through a callback, so no
/// thread waits while it is open.
pub async fn save<R: Runtime>(
    app: &AppHandle<R>,
    locale: Locale,
    extension: &str,
    name: &str,
) -> intervju_core::Result<Option<PathBuf>> {
    let (answer, picked) = oneshot::channel();
    dialog(app, locale, extension)?
        .set_title(text(locale, title(extension, true), None))
        .set_file_name(name)
        .save_file(move |p| {
            // Fails only if the command stopped waiting, and then nobody needs the answer.
            let _ = answer.send(p);
        });
    path(
        picked
            .await
            .map_err(|_| std::io::Error::other("the file dialog ended without an answer"))?,
    )
}

/// Which file to read; `None` if the user cancelled.
pub async fn open<R: Runtime>(
    app: &AppHandle<R>,
    locale: Locale,
    extension: &str,
) -> intervju_core::Result<Option<PathBuf>> {
    let (answer, picked) = oneshot::channel();
    dialog(app, locale, extension)?
        .set_title(text(locale, title(extension, false), None))
        .pick_file(move |p| {
            // Fails only if the command stopped waiting, and then nobody needs the answer.
            let _ = answer.send(p);
        });
    path(
        picked
            .await
            .map_err(|_| std::io::Error::other("the file dialog ended without an answer"))?,
    )
}
