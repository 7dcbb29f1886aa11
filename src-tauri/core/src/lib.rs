//! Intervju's core: everything the app knows and does, with no knowledge of Tauri or a webview.
//! The desktop shell, tests and benchmarks all drive it through [`service::Core`].

pub mod backup;
pub mod check_constraint;
pub mod checklist;
pub mod clock;
pub mod db;
pub mod device_zone;
pub mod enums;
pub mod error;
pub mod exchange;
pub mod i18n;
pub mod interview;
pub mod invitations;
pub mod phone;
pub mod preparation;
pub mod reflection;
pub mod reminders;
pub mod reporting;
pub mod review;
pub mod service;
pub mod settings;
pub mod sync;
pub mod text;
pub mod zone;

#[cfg(test)]
mod testing;

pub use clock::{Clock, ManualClock, SystemClock};
pub use error::{Error, ErrorPayload, Result};
pub use i18n::Locale;
pub use service::{parse, Core, Environment};
