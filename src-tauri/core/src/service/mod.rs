//! The core as the shell sees it: one [`Core`] owns the database, the clock and the device's
//! locale and zone, and offers one method per command. Requests arrive as JSON and are parsed here
//! strictly, so a bad request is refused with our own error before anything is touched.

use crate::clock::Clock;
use crate::db;
use crate::error::{Error, ErrorPayload, Result};
use crate::i18n::Locale;
use crate::interview::{self, Interview, InterviewDraft, ListPage, ValidDraft};
use crate::settings::{self, LanguageChoice, SettingsChange};
use chrono_tz::Tz;
use rusqlite::Connection;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

mod checklist;
mod invitations;
mod lan;
mod notices;
mod preparation;
mod reflection;
mod reminders;
mod reporting;
mod requests;
mod review;
mod soundness;
mod sync;
pub use crate::sync::pairing::LanProblem;
pub use checklist::{AddItemRequest, CheckRequest, HideRequest, ItemRequest};
pub use invitations::{CancelRequest, ImportedInvitation, InvitedRequest, MoveRequest};
pub use lan::LanPeer;
pub use notices::{Notice, NoticeKind};
pub use preparation::{
    AddPrepItemRequest, AddSessionRequest, DeckRequest, PracticeRequest, PrepItemRequest,
    QuestionRequest, QuestionUseRequest, ReorderRequest, SessionRequest, SheetRequest,
    UpdatePrepItemRequest,
};
pub use reflection::{
    CompleteRequest, FeedbackRequest, LessonRequest, OutcomeRequest, ReflectionRequest,
};
pub use reminders::{Notification, ReminderRequest, Screen, SnoozeRequest, SwitchRequest, Target};
pub use reporting::{
    ActivityRequest, DueReport, FieldLabel, MarkReportedRequest, ReportNotification, ReportRequest,
    ReportView, ReportingView, UnmarkReportedRequest,
};
pub use requests::{
    parse, parse_bytes, IdRequest, InterviewRequest, ListRequest, RestoreRequest, TextsRequest,
    UpdateRequest, MAX_REQUEST_BYTES,
};
pub use review::{ExportRequest, SearchRequest};
pub use sync::{
    CodeRequest, PairingOffer, PeerRequest, Received, RenameRequest, SyncStatus, BUNDLE_EXTENSION,
};

/// What the core is told about the device it runs on.
#[derive(Debug, Clone)]
pub struct Environment {
    /// The OS locale tag, e.g. `nb-NO`; decides the language while the setting is "auto".
    pub os_locale: String,
    /// The device's IANA zone; new interviews default to it.
    pub device_zone: Tz,
}

/// How many read connections a file database gets: two cores' worth of concurrent screens and a
/// background export or backup, without holding many file handles.
const READERS: usize = 3;

/// The core. Every write goes through the one writer connection; every read takes one of the
/// read connections (WAL), so a screen never waits for a save, an import, a backup or a sync.
/// Methods block on SQLite and files: the shell calls them from a blocking pool, never from the
/// window's thread.
pub struct Core {
    /// Whether the file has passed its whole check; writes wait for it (see `soundness`).
    soundness: soundness::Soundness,
    writer: Mutex<Connection>,
    /// Empty for a database in memory, whose one connection then serves reads too.
    readers: Vec<Mutex<Connection>>,
    /// What the app recovered from and has yet to tell the user (see `notices`).
    notices: Mutex<Vec<NoticeKind>>,
    clock: Arc<dyn Clock>,
    env: Environment,
    data_dir: Option<PathBuf>,
    template: crate::checklist::Template,
    /// The record of changes, loaded the first time sync needs it (see `sync`).
    sync: Mutex<Option<crate::sync::Engine>>,
    /// Held through a phone's hand-over of reminders to its OS (see `phone`): one at a time.
    hand_over: Mutex<()>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: &'static str,
    /// Where the data lives, shown in settings so the user knows; `None` in memory.
    pub data_dir: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingsView {
    pub language: LanguageChoice,
    pub welcome_seen: bool,
    /// The language in effect, after resolving "auto" against the OS.
    pub locale: Locale,
    /// The language "auto" stands for on this device.
    pub system_locale: Locale,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UiTexts {
    pub locale: Locale,
    /// The Fluent source the UI formats its texts with.
    pub ftl: &'static str,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimeZones {
    pub device: &'static str,
    pub all: Vec<&'static str>,
}

impl Core {
    /// Opens the database in `dir`, creating and migrating it as needed, with its read
    /// connections; the whole file is checked first.
    pub fn open(dir: &Path, clock: Arc<dyn Clock>, env: Environment) -> Result<Core> {
        let core = Core::open_quick(dir, clock, env)?;
        core.verify()?;
        Ok(core)
    }

    /// Opens the database in `dir` with a light check, so opening does not grow with the file;
    /// [`Core::verify`] must follow (the app runs it after the first screen): writes wait for it.
    pub fn open_quick(dir: &Path, clock: Arc<dyn Clock>, env: Environment) -> Result<Core> {
        let (writer, checked_whole) = db::open_quick(dir)?;
        let readers = (0..READERS)
            .map(|_| db::open_reader(dir).map(Mutex::new))
            .collect::<Result<_>>()?;
        let core = Core::with_connections(writer, readers, clock, env, Some(dir.to_owned()));
        let core = Core {
            soundness: soundness::Soundness::new(checked_whole),
            ..core
        };
        core.notice_unreadable_settings()?;
        Ok(core)
    }

    pub fn open_in_memory(clock: Arc<dyn Clock>, env: Environment) -> Result<Core> {
        Ok(Core::with_connections(
            db::open_in_memory()?,
            Vec::new(),
            clock,
            env,
            None,
        ))
    }

    /// A core whose file has passed its whole check (`open_quick` says otherwise when it has not).
    fn with_connections(
        writer: Connection,
        readers: Vec<Mutex<Connection>>,
        clock: Arc<dyn Clock>,
        env: Environment,
        data_dir: Option<PathBuf>,
    ) -> Core {
        Core {
            soundness: soundness::Soundness::new(true),
            writer: Mutex::new(writer),
            readers,
            notices: Mutex::new(Vec::new()),
            clock,
            env,
            data_dir,
            template: crate::checklist::Template::builtin(),
            sync: Mutex::new(None),
            hand_over: Mutex::new(()),
        }
    }

    /// Runs one command and turns a failure into the payload the UI shows, in the user's language.
    pub fn respond<T>(&self, run: impl FnOnce(&Core) -> Result<T>) -> Result<T, ErrorPayload> {
        run(self).map_err(|error| error.to_payload(self.locale()))
    }

    /// The language in effect. If the settings cannot be read, the failure is logged and the
    /// system's language is used, so the error that follows can still be read.
    pub fn locale(&self) -> Locale {
        // A file that failed its check is closed: the system's language, as the recovery has.
        if self.soundness.closed() {
            return Locale::from_os(&self.env.os_locale);
        }
        match settings::load(&self.read()) {
            Ok(settings) => settings.language.resolve(&self.env.os_locale),
            Err(error) => {
                tracing::error!(error = %crate::error::chain(&error), "settings unreadable; using the system language");
                Locale::from_os(&self.env.os_locale)
            }
        }
    }

    pub fn app_info(&self) -> AppInfo {
        AppInfo {
            version: env!("CARGO_PKG_VERSION"),
            data_dir: self.data_dir.as_ref().map(|d| d.display().to_string()),
        }
    }

    pub fn settings(&self) -> Result<SettingsView> {
        let settings = settings::load(&self.read())?;
        Ok(self.view(settings))
    }

    pub fn update_settings(&self, change: SettingsChange) -> Result<SettingsView> {
        let settings = settings::apply(&mut *self.write()?, &change)?;
        Ok(self.view(settings))
    }

    fn view(&self, settings: settings::Settings) -> SettingsView {
        SettingsView {
            locale: settings.language.resolve(&self.env.os_locale),
            system_locale: LanguageChoice::Auto.resolve(&self.env.os_locale),
            language: settings.language,
            welcome_seen: settings.welcome_seen,
        }
    }

    pub fn ui_texts(&self, request: TextsRequest) -> UiTexts {
        let locale = request.locale.unwrap_or_else(|| self.locale());
        UiTexts {
            locale,
            ftl: locale.ftl_source(),
        }
    }

    pub fn time_zones(&self) -> TimeZones {
        TimeZones {
            device: self.env.device_zone.name(),
            all: chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect(),
        }
    }

    pub fn list_interviews(&self, request: ListRequest) -> Result<ListPage> {
        if !(1..=ListRequest::MAX_LIMIT).contains(&request.limit) {
            return Err(Error::InvalidRequest(format!("limit {}", request.limit)));
        }
        interview::list(
            &self.read(),
            self.clock.now(),
            request.limit,
            request.offset,
        )
    }

    pub fn interview(&self, request: IdRequest) -> Result<Interview> {
        interview::get(&self.read(), request.id)
    }

    /// A round that follows an earlier one starts with the earlier round's preparation.
    pub fn create_interview(&self, draft: InterviewDraft) -> Result<Interview> {
        self.create_then(draft, |_, _| Ok(()))
    }

    /// Creates an interview, then runs `then` with its id in the same transaction.
    fn create_then(
        &self,
        draft: InterviewDraft,
        then: impl FnOnce(&rusqlite::Transaction, i64) -> Result<()>,
    ) -> Result<Interview> {
        let valid = ValidDraft::new(draft, self.env.device_zone)?;
        let now = self.clock.now();
        let previous = valid.draft.previous_round_id;
        let zone = self.env.device_zone;
        interview::insert_then(&mut *self.write()?, &valid, now, |tx, id| {
            if let Some(previous) = previous {
                crate::preparation::seed_from_previous(tx, id, previous, now)?;
            }
            then(tx, id)?;
            crate::reminders::replan(tx, id, now, zone)
        })
    }

    /// An edit may not jump to a status that cannot follow the current one (see `outcome`).
    pub fn update_interview(&self, request: UpdateRequest) -> Result<Interview> {
        let valid = ValidDraft::new(request.interview, self.env.device_zone)?;
        let mut conn = self.write()?;
        let current = interview::get(&conn, request.id)?;
        crate::reflection::outcome::check(current.status, valid.draft.status)?;
        let (now, zone) = (self.clock.now(), self.env.device_zone);
        interview::update_then(&mut conn, request.id, &valid, now, |tx, id| {
            crate::reminders::replan(tx, id, now, zone)
        })
    }

    pub fn delete_interview(&self, request: IdRequest) -> Result<()> {
        interview::delete(&mut *self.write()?, request.id)
    }

    /// Takes today's backup if it has not been taken (the desktop scheduler asks on every wake;
    /// it is a file check unless a copy is due). Nothing to do for a database in memory.
    pub fn backup_if_due(&self) -> Result<Option<PathBuf>> {
        // Never a copy of a file that has not passed its whole check: it would push a sound
        // backup out of the rotation.
        self.soundness.wait()?;
        match &self.data_dir {
            // From a read connection: the copy never holds up a save.
            Some(dir) => crate::backup::daily(&self.read(), dir, self.clock.now()),
            None => Ok(None),
        }
    }

    /// A backup now, from a read connection: saves go on while it is taken.
    pub fn backup_now(&self) -> Result<crate::backup::BackupFile> {
        self.soundness.wait()?;
        let Some(dir) = &self.data_dir else {
            return Err(Error::Io(std::io::Error::other("no data folder in memory")));
        };
        crate::backup::manual(&self.read(), dir, self.clock.now())
    }

    pub fn backups(&self) -> Result<Vec<crate::backup::BackupFile>> {
        match &self.data_dir {
            Some(dir) => crate::backup::list(dir),
            None => Ok(Vec::new()),
        }
    }

    /// Restores a backup into the running database, then re-plans the reminders (the interviews'
    /// and the reporting ones) for what came back.
    pub fn restore_backup(&self, request: RestoreRequest) -> Result<()> {
        let Some(dir) = &self.data_dir else {
            return Err(Error::field("name", crate::error::Problem::UnknownItem));
        };
        // The record of changes comes back with the data: the one in memory is forgotten first
        // (lock order: the record, then the writer), and the next sync loads the restored one.
        let mut record = self.engine()?;
        let mut conn = self.write()?;
        crate::backup::restore(&mut conn, dir, &request.name, self.clock.now())?;
        *record = None;
        let tx = conn.transaction()?;
        self.replan_every_reminder(&tx)?;
        Ok(tx.commit()?)
    }

    /// Every row of every table, and the schema version, as text: two dumps are equal exactly when
    /// the stored data is. Tests use it to prove a refused request changed nothing.
    pub fn dump(&self) -> Result<String> {
        crate::db::dump(&self.read())
    }

    /// The device's zone (a phone's OS reads some dates in it).
    pub fn device_zone(&self) -> Tz {
        self.env.device_zone
    }

    pub(crate) fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    pub(crate) fn hand_over_lock(&self) -> MutexGuard<'_, ()> {
        lock(&self.hand_over)
    }

    /// The writer. One at a time: SQLite allows one writer, and the lock makes the others queue
    /// here rather than fail with "database is locked". After a light open it waits for the
    /// whole file's check, and is refused if the file failed it.
    pub(crate) fn write(&self) -> Result<MutexGuard<'_, Connection>> {
        self.soundness.wait()?;
        Ok(lock(&self.writer))
    }

    /// A read connection: the first free one, else the one this thread's turn falls on. It sees
    /// the last committed state and never waits for the writer.
    pub(crate) fn read(&self) -> MutexGuard<'_, Connection> {
        if self.readers.is_empty() {
            return lock(&self.writer);
        }
        for reader in &self.readers {
            if let Ok(guard) = reader.try_lock() {
                return guard;
            }
        }
        static TURN: AtomicUsize = AtomicUsize::new(0);
        let turn = TURN.fetch_add(1, Ordering::Relaxed) % self.readers.len();
        lock(&self.readers[turn])
    }
}

/// A lock, also after a panic while it was held: a panic cannot leave a half-written save behind
/// (every write is a transaction that rolls back on drop), nor half of a notice list or of a
/// hand-over (the OS and the ledger are compared afresh each time), so what it guards is sound.
fn lock<T>(guarded: &Mutex<T>) -> MutexGuard<'_, T> {
    guarded
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests;
