//! The main window is created hidden (`tauri.conf.json`) and shown once its page has loaded.
//!
//! Why: when WebKitGTK first draws a web view it waits on the main thread, for up to half a
//! second, for the web process's first frame; a web process still being launched is waiting
//! for that same main thread to finish launching it. A window shown before its web process
//! runs therefore stood still for the whole half second on a third to a half of the starts
//! (traced with strace and gdb, docs/BENCHMARKS.md); shown once its page has loaded, it never
//! does. On the other platforms it only spares the user a blank window.

use std::sync::Mutex;
use std::time::Duration;
use tauri::webview::{PageLoadEvent, PageLoadPayload};
use tauri::{AppHandle, Manager, Runtime, Webview};

/// The window that is created hidden.
const MAIN: &str = "main";

/// If the page has not finished loading by then, the window is shown anyway: a window that
/// never appears would be worse than one that appears blank.
pub const AT_LATEST: Duration = Duration::from_secs(5);

/// How far start-up has come; one per app.
#[derive(Debug, Default)]
pub struct Reveal {
    progress: Mutex<Progress>,
    /// Print `first-screen` on stderr for the start-up benchmark (`STARTUP_REPORT_ENV`).
    report: bool,
}

#[derive(Debug, Default)]
struct Progress {
    shown: bool,
    drawn: bool,
    reported: bool,
}

impl Progress {
    /// True the first time only: the window is to be shown now.
    fn show(&mut self) -> bool {
        !std::mem::replace(&mut self.shown, true)
    }

    /// True once, when the window is shown and the UI has drawn its first screen, in either
    /// order: the moment the start-up benchmark times.
    fn complete(&mut self) -> bool {
        let now = self.shown && self.drawn && !self.reported;
        self.reported |= now;
        now
    }
}

impl Reveal {
    pub fn new(report: bool) -> Self {
        Reveal {
            progress: Mutex::default(),
            report,
        }
    }

    fn progress(&self) -> std::sync::MutexGuard<'_, Progress> {
        // Three booleans cannot be left half-written: a panic elsewhere does not spoil them.
        self.progress.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The UI says its first screen is in the page.
    pub fn drawn(&self) {
        let complete = {
            let mut progress = self.progress();
            progress.drawn = true;
            progress.complete()
        };
        self.report_if(complete);
    }

    /// Shows the main window if it has not been shown yet; `why` goes to the log when it is
    /// not the page's load that shows it.
    pub fn show<R: Runtime>(&self, app: &AppHandle<R>, why: Option<&str>) {
        let (show, complete) = {
            let mut progress = self.progress();
            let show = progress.show();
            (show, progress.complete())
        };
        if show {
            if let Some(why) = why {
                log::warn!("the window is shown before its page has loaded: {why}");
            }
            match app.get_webview_window(MAIN) {
                Some(window) => {
                    if let Err(error) = window.show() {
                        log::error!("the window could not be shown: {error}");
                    }
                }
                None => log::error!("there is no main window to show"),
            }
        }
        self.report_if(complete);
    }

    fn report_if(&self, complete: bool) {
        if complete && self.report {
            eprintln!("first-screen");
        }
    }
}

/// `Builder::on_page_load`: the main window's page has loaded, so its web process runs.
pub fn page_loaded<R: Runtime>(webview: &Webview<R>, payload: &PageLoadPayload<'_>) {
    if webview.label() != MAIN || payload.event() != PageLoadEvent::Finished {
        return;
    }
    let app = webview.app_handle();
    if let Some(reveal) = app.try_state::<Reveal>() {
        reveal.show(app, None);
    }
}

/// Shows the window after [`AT_LATEST`] if its page has not loaded by then.
pub fn at_the_latest<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(AT_LATEST).await;
        if let Some(reveal) = app.try_state::<Reveal>() {
            reveal.show(&app, Some("it had not finished loading in time"));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::Progress;

    #[test]
    fn the_window_is_shown_once() {
        let mut progress = Progress::default();
        assert!(progress.show());
        assert!(
            !progress.show(),
            "a second load (a reload) must not show a hidden window"
        );
    }

    #[test]
    fn start_up_is_complete_when_shown_and_drawn_in_either_order_and_said_once() {
        let mut first_shown = Progress::default();
        first_shown.show();
        assert!(!first_shown.complete(), "shown but not drawn");
        first_shown.drawn = true;
        assert!(first_shown.complete());
        assert!(!first_shown.complete(), "said twice");

        let mut first_drawn = Progress {
            drawn: true,
            ..Progress::default()
        };
        assert!(!first_drawn.complete(), "drawn in a hidden window");
        first_drawn.show();
        assert!(first_drawn.complete());
    }
}
