//! The app's state: the core, or why it could not be opened — and, for the app proper, how to
//! open it again once the user chose how to recover a damaged database.

use intervju_core::service::{TextsRequest, UiTexts};
use intervju_core::{parse, Core, Environment, ErrorPayload, Locale, SystemClock};
use serde_json::Value;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

/// The core, or why it could not be opened — and, for the app proper, how to open it again after
/// the user chose how to recover a damaged database.
pub struct AppState {
    core: RwLock<Result<Core, ErrorPayload>>,
    reopen: Option<Reopen>,
}

struct Reopen {
    dir: PathBuf,
    env: Environment,
}

impl AppState {
    /// A state that cannot be reopened (tests).
    pub fn new(core: Result<Core, ErrorPayload>) -> AppState {
        AppState {
            core: RwLock::new(core),
            reopen: None,
        }
    }

    /// Opens the core in `dir`; a failure is kept and answered to every command.
    pub fn open(dir: Option<PathBuf>, env: Environment, fallback: Locale) -> AppState {
        let core = match &dir {
            Some(dir) => Core::open(dir, Arc::new(SystemClock), env.clone()),
            None => Err(intervju_core::Error::Io(std::io::Error::other(
                "no data folder",
            ))),
        };
        AppState {
            core: RwLock::new(core.map_err(|e| e.to_payload(fallback))),
            reopen: dir.map(|dir| Reopen { dir, env }),
        }
    }

    pub(crate) fn run<T>(
        &self,
        command: impl FnOnce(&Core) -> intervju_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        match &*self.core.read().unwrap_or_else(|p| p.into_inner()) {
            Ok(core) => core.respond(command),
            Err(failure) => Err(failure.clone()),
        }
    }

    /// Runs `f` with the core if it is open (the scheduler uses this).
    pub fn with_core<T>(&self, f: impl FnOnce(&Core) -> T) -> Option<T> {
        self.core
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .ok()
            .map(f)
    }

    /// After a damaged database was set aside: restore the newest backup, or start empty.
    pub(crate) fn recover(&self, restore_backup: bool) -> Result<(), ErrorPayload> {
        let mut core = self.core.write().unwrap_or_else(|p| p.into_inner());
        let nothing = || {
            intervju_core::Error::InvalidRequest("nothing to recover".into()).to_payload(Locale::En)
        };
        let Err(failure) = &*core else {
            return Err(nothing());
        };
        if failure.code != "corrupt_database" {
            return Err(failure.clone());
        }
        let Some(reopen) = &self.reopen else {
            return Err(nothing());
        };
        let locale = Locale::from_os(&reopen.env.os_locale);
        if restore_backup {
            intervju_core::backup::restore_latest(&reopen.dir).map_err(|e| e.to_payload(locale))?;
        }
        let opened = Core::open(&reopen.dir, Arc::new(SystemClock), reopen.env.clone());
        *core = Ok(opened.map_err(|e| e.to_payload(locale))?);
        Ok(())
    }

    /// The UI's texts; without a database (it could not be opened) in the system's language, so
    /// the explanation and the way out can still be read.
    pub(crate) fn ui_texts(&self, request: Option<Value>) -> Result<UiTexts, ErrorPayload> {
        if let Some(texts) =
            self.with_core(|core| core.respond(|c| Ok(c.ui_texts(parse(request.clone())?))))
        {
            return texts;
        }
        let os = self
            .reopen
            .as_ref()
            .map_or(Locale::En, |r| Locale::from_os(&r.env.os_locale));
        let request: TextsRequest = parse(request).map_err(|e| e.to_payload(os))?;
        let locale = request.locale.unwrap_or(os);
        Ok(UiTexts {
            locale,
            ftl: locale.ftl_source(),
        })
    }

    pub(crate) fn backup_available(&self) -> bool {
        self.reopen
            .as_ref()
            .is_some_and(|r| intervju_core::backup::latest(&r.dir).is_some())
    }
}
