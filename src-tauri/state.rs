//! The app's state: the core, or why it could not be opened — and, for the app proper, how to
//! open it again once the user chose how to recover a damaged database.
//!
//! The threading rule lives here: a command never does blocking work (SQLite, files) on the
//! window's thread or on the async runtime's workers. `run` and `call` move the work to the
//! blocking pool and await it, so the window keeps painting and other commands keep answering.

use intervju_core::service::{TextsRequest, UiTexts};
use intervju_core::{parse, Core, Environment, ErrorPayload, Locale, SystemClock};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use tauri::ipc::{InvokeBody, Request};

pub type Reply<T> = Result<T, ErrorPayload>;

/// Shared by every command; cloning it is cheap (one `Arc`), so work can take it to the pool.
#[derive(Clone)]
pub struct AppState {
    shared: Arc<Shared>,
}

struct Shared {
    core: RwLock<Result<Arc<Core>, ErrorPayload>>,
    reopen: Option<Reopen>,
    /// The language of errors that come before the settings can be read.
    fallback: Locale,
    /// Where the log is written, shown in Settings → About.
    log_file: RwLock<Option<PathBuf>>,
    /// Told after every command: saved changes may wait to be folded into the record of changes.
    changed: tokio::sync::Notify,
    /// Run after each fold, on the blocking pool: a phone hands its reminders to the OS there,
    /// and the local network syncs what was folded.
    after_changes: RwLock<Vec<AfterChanges>>,
}

/// Work that follows saved changes (see `AppState::after_changes`), told how many changes the
/// fold took in (0: nothing new, or no device paired).
pub type AfterChanges = Box<dyn Fn(&Core, usize) + Send + Sync>;

struct Reopen {
    dir: PathBuf,
    env: Environment,
}

impl AppState {
    /// A state that cannot be reopened (tests).
    pub fn new(core: Result<Core, ErrorPayload>) -> AppState {
        AppState::with(core, None, Locale::En)
    }

    /// Opens the core in `dir`; a failure is kept and answered to every command.
    pub fn open(dir: Option<PathBuf>, env: Environment, fallback: Locale) -> AppState {
        // The whole file's check follows the first screen (`verify_in_background`).
        let core = match &dir {
            Some(dir) => Core::open_quick(dir, Arc::new(SystemClock), env.clone()),
            None => Err(intervju_core::Error::Io(std::io::Error::other(
                "no data folder",
            ))),
        };
        let core = core.map_err(|e| e.to_payload(fallback));
        AppState::with(core, dir.map(|dir| Reopen { dir, env }), fallback)
    }

    fn with(core: Result<Core, ErrorPayload>, reopen: Option<Reopen>, fallback: Locale) -> Self {
        AppState {
            shared: Arc::new(Shared {
                core: RwLock::new(core.map(Arc::new)),
                reopen,
                fallback,
                log_file: RwLock::new(None),
                changed: tokio::sync::Notify::new(),
                after_changes: RwLock::default(),
            }),
        }
    }

    /// The open core, or the error every command answers while it cannot be opened. The lock is
    /// held only to clone the `Arc`, never while work runs.
    pub(crate) fn core(&self) -> Reply<Arc<Core>> {
        self.shared
            .core
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Runs `work` with the core on the blocking pool; its error comes back translated.
    pub(crate) async fn run<T, W>(&self, work: W) -> Reply<T>
    where
        T: Send + 'static,
        W: FnOnce(&Core) -> intervju_core::Result<T> + Send + 'static,
    {
        self.run_as(intervju_core::error::operation_name::<W>(), work)
            .await
    }

    /// Parses the request (on the pool too: a huge one must not hold up a worker), then runs
    /// `work` with it.
    pub(crate) async fn call<Q, T, W>(&self, request: &Request<'_>, work: W) -> Reply<T>
    where
        Q: DeserializeOwned,
        T: Send + 'static,
        W: FnOnce(&Core, Q) -> intervju_core::Result<T> + Send + 'static,
    {
        let body = Body::of(request);
        // Named after `work` (the core method, or the command a closure is written in).
        let operation = intervju_core::error::operation_name::<W>();
        self.run_as(operation, move |core| work(core, body.parse()?))
            .await
    }

    /// Runs `work` on the blocking pool as `operation`, the name its logged errors carry.
    pub(crate) async fn run_as<T: Send + 'static>(
        &self,
        operation: &'static str,
        work: impl FnOnce(&Core) -> intervju_core::Result<T> + Send + 'static,
    ) -> Reply<T> {
        let core = self.core()?;
        let reply = blocking(self.shared.fallback, move || {
            intervju_core::error::in_operation(operation, || core.respond(work))
        })
        .await;
        self.shared.changed.notify_one();
        reply
    }

    /// Runs `work` that needs no database (a plugin, the OS) on the blocking pool; its error comes
    /// back in the user's language, as the core's do.
    pub(crate) async fn run_outside<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> intervju_core::Result<T> + Send + 'static,
    ) -> Reply<T> {
        let locale = self.run(|core| Ok(core.locale())).await?;
        blocking(locale, move || work().map_err(|e| e.to_payload(locale))).await
    }

    /// Folds saved changes into the record of changes in the background, two seconds after the
    /// last command (a burst of typing is one fold), on the blocking pool. Until a device is
    /// paired this is one small read. A failure is logged and tried again after the next change.
    pub fn fold_changes_in_background(&self) {
        const QUIET: std::time::Duration = std::time::Duration::from_secs(2);
        let state = self.clone();
        tauri::async_runtime::spawn(async move {
            loop {
                state.shared.changed.notified().await;
                tokio::time::sleep(QUIET).await;
                let Ok(core) = state.core() else { continue };
                let after = state.clone();
                // Errors are logged where they are translated (`respond`); nobody waits here.
                let _logged = blocking(state.shared.fallback, move || {
                    let folded = intervju_core::error::in_operation("sync_flush", || {
                        core.respond(|core| core.sync_flush())
                    });
                    let works = after.shared.after_changes.read();
                    for work in works.unwrap_or_else(|p| p.into_inner()).iter() {
                        // A failed fold is logged by `respond`; it brought nothing to pass on.
                        work(&core, *folded.as_ref().unwrap_or(&0));
                    }
                    folded
                })
                .await;
            }
        });
    }

    /// Once `after` resolves (the first screen is up), the whole check of the database file on
    /// the blocking pool (`Core::verify`; writes wait for it). If the file fails it, the core is
    /// left for the recovery screen — every command answers why from then on — and `damaged`
    /// tells the window.
    pub fn verify_in_background(
        &self,
        after: impl std::future::Future<Output = ()> + Send + 'static,
        damaged: impl FnOnce() + Send + 'static,
    ) {
        let state = self.clone();
        tauri::async_runtime::spawn(async move {
            after.await;
            let Ok(core) = state.core() else { return };
            // The failure is logged with its cause by `respond`.
            let checked = blocking(state.shared.fallback, move || {
                intervju_core::error::in_operation("verify", || core.respond(|c| c.verify()))
            })
            .await;
            if let Err(failure) = checked {
                *state.shared.core.write().unwrap_or_else(|p| p.into_inner()) = Err(failure);
                damaged();
            }
        });
    }

    /// Changes arrived other than by a command (a sync over the local network): the work that
    /// follows saved changes runs for them too.
    pub fn changes_arrived(&self) {
        self.shared.changed.notify_one();
    }

    /// Adds work that follows saved changes (at start-up).
    pub fn after_changes(&self, work: AfterChanges) {
        self.shared
            .after_changes
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .push(work);
    }

    /// Parses a request that needs no core (recovery): in the user's language while the core is
    /// open, else in the system's.
    pub(crate) async fn parse<Q: DeserializeOwned + Send + 'static>(
        &self,
        request: &Request<'_>,
    ) -> Reply<Q> {
        match self.core() {
            Ok(_) => self.call(request, |_, parsed| Ok(parsed)).await,
            Err(_) => parse_request(request, self.shared.fallback),
        }
    }

    /// Runs `f` with the core if it is open, on the calling thread (the scheduler and tests,
    /// which are already off the window's thread).
    pub fn with_core<T>(&self, f: impl FnOnce(&Core) -> T) -> Option<T> {
        self.core().ok().map(|core| f(&core))
    }

    pub(crate) fn set_log_file(&self, path: PathBuf) {
        *self
            .shared
            .log_file
            .write()
            .unwrap_or_else(|p| p.into_inner()) = Some(path);
    }

    pub(crate) fn log_file(&self) -> Option<String> {
        let file = self
            .shared
            .log_file
            .read()
            .unwrap_or_else(|p| p.into_inner());
        file.as_ref().map(|p| p.display().to_string())
    }

    /// After a damaged database was set aside: restore the newest backup, or start empty.
    pub(crate) async fn recover(&self, restore_backup: bool) -> Reply<()> {
        let state = self.clone();
        blocking(self.shared.fallback, move || {
            state.recover_now(restore_backup)
        })
        .await
    }

    fn recover_now(&self, restore_backup: bool) -> Reply<()> {
        let mut core = self.shared.core.write().unwrap_or_else(|p| p.into_inner());
        let nothing = || {
            intervju_core::Error::InvalidRequest("nothing to recover".into())
                .to_payload(self.shared.fallback)
        };
        let Err(failure) = &*core else {
            return Err(nothing());
        };
        if failure.code != "corrupt_database" {
            return Err(failure.clone());
        }
        let Some(reopen) = &self.shared.reopen else {
            return Err(nothing());
        };
        let locale = self.shared.fallback;
        if restore_backup {
            intervju_core::backup::restore_latest(&reopen.dir).map_err(|e| e.to_payload(locale))?;
        }
        let opened = Core::open(&reopen.dir, Arc::new(SystemClock), reopen.env.clone());
        *core = Ok(Arc::new(opened.map_err(|e| e.to_payload(locale))?));
        Ok(())
    }

    /// The UI's texts; without a database (it could not be opened) in the system's language, so
    /// the explanation and the way out can still be read.
    pub(crate) async fn ui_texts(&self, request: &Request<'_>) -> Reply<UiTexts> {
        if self.core().is_ok() {
            return self.call(request, |core, r| Ok(core.ui_texts(r))).await;
        }
        let request: TextsRequest = self.parse(request).await?;
        let locale = request.locale.unwrap_or(self.shared.fallback);
        Ok(UiTexts {
            locale,
            ftl: locale.ftl_source(),
        })
    }

    pub(crate) async fn backup_available(&self) -> bool {
        let Some(dir) = self.shared.reopen.as_ref().map(|r| r.dir.clone()) else {
            return false;
        };
        let found = tauri::async_runtime::spawn_blocking(move || {
            intervju_core::backup::latest(&dir).is_some()
        });
        found.await.unwrap_or_else(|error| {
            log::error!("looking for a backup stopped unexpectedly: {error}");
            false
        })
    }

    #[cfg(desktop)]
    pub(crate) fn fallback(&self) -> Locale {
        self.shared.fallback
    }
}

/// Runs `work` on the blocking pool. A panic there is logged and answered as an error instead
/// of taking the app down.
pub(crate) async fn blocking<T: Send + 'static>(
    locale: Locale,
    work: impl FnOnce() -> Reply<T> + Send + 'static,
) -> Reply<T> {
    match tauri::async_runtime::spawn_blocking(work).await {
        Ok(reply) => reply,
        Err(failure) => {
            let error = intervju_core::Error::Io(std::io::Error::other(format!(
                "the work stopped unexpectedly: {failure}"
            )));
            Err(error.to_payload(locale))
        }
    }
}

/// Parses a request on the calling thread, in `locale` (only while no core is open).
fn parse_request<Q: DeserializeOwned>(request: &Request<'_>, locale: Locale) -> Reply<Q> {
    Body::of(request).parse().map_err(|e| e.to_payload(locale))
}

/// A request as it arrived. The UI sends its JSON as bytes (see ui/js/api.js), so that JSON Tauri
/// could not parse — a lone surrogate, deep nesting — still reaches our parser and gets our
/// error; tests and older callers send `{request: …}` as JSON.
enum Body {
    Bytes(Vec<u8>),
    Json(Option<Value>),
}

impl Body {
    fn of(request: &Request<'_>) -> Body {
        match request.body() {
            InvokeBody::Raw(bytes) => Body::Bytes(bytes.clone()),
            // Bytes sent over the postMessage fallback arrive as an array of numbers.
            // Anything else in an array is not a request, and the parser says so.
            InvokeBody::Json(Value::Array(numbers)) => numbers
                .iter()
                .map(|n| n.as_u64().and_then(|n| u8::try_from(n).ok()))
                .collect::<Option<Vec<u8>>>()
                .map_or_else(
                    || Body::Json(Some(Value::Array(numbers.clone()))),
                    Body::Bytes,
                ),
            InvokeBody::Json(Value::Object(args)) => Body::Json(args.get("request").cloned()),
            InvokeBody::Json(Value::Null) => Body::Json(None),
            InvokeBody::Json(other) => Body::Json(Some(other.clone())),
        }
    }

    fn parse<Q: DeserializeOwned>(self) -> intervju_core::Result<Q> {
        match self {
            Body::Bytes(bytes) => intervju_core::service::parse_bytes(&bytes),
            Body::Json(value) => parse(value),
        }
    }
}
