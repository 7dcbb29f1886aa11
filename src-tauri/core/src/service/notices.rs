//! Notices: what the app recovered from on its own and must tell the user once — a recovery
//! that is logged and visible, never a silent default. Collected when the database opens,
//! handed to the UI by `take_notices`, in the user's language.

use super::Core;
use crate::error::Result;
use crate::i18n::text;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum NoticeKind {
    /// The reminder settings could not be read; they were kept aside and the defaults apply.
    ReminderSettingsReset,
    /// A due reminder could not be read (a damaged row) and was skipped; the others came.
    RemindersSetAside,
    /// Some interview's zone, start or status could not be read, so its reminders were not
    /// planned again; the others were.
    RemindersNotPlanned,
}

/// A notice as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    pub kind: NoticeKind,
    pub message: String,
}

impl Core {
    /// Sets unreadable stored settings aside (once the whole file's check allows writes); the
    /// notice was taken at the open (`notice_unreadable_settings`), so it is told only once
    /// even if the first screen took it meanwhile.
    pub(super) fn recover_unreadable_settings(&self) -> Result<()> {
        crate::reminders::take_settings_notice(&*self.write()?, self.clock.now())?;
        Ok(())
    }

    /// At a light open, before the whole file's check allows the write that sets them aside:
    /// unreadable reminder settings are told of at once, so the first screen shows it.
    pub(super) fn notice_unreadable_settings(&self) -> Result<()> {
        if crate::reminders::settings_unreadable(&self.read())? {
            self.notice(NoticeKind::ReminderSettingsReset);
        }
        Ok(())
    }

    /// After a re-plan of every interview: tells the user if some could not be planned.
    pub(super) fn notice_unplanned(&self, unplanned: usize) {
        if unplanned > 0 {
            self.notice(NoticeKind::RemindersNotPlanned);
        }
    }

    /// Remembers to tell the user, once however often it happens before they look.
    pub(super) fn notice(&self, kind: NoticeKind) {
        let mut notices = super::lock(&self.notices);
        if !notices.contains(&kind) {
            notices.push(kind);
        }
    }

    /// The notices not yet shown, in the user's language; each is given out once.
    pub fn take_notices(&self) -> Result<Vec<Notice>> {
        let kinds = std::mem::take(&mut *super::lock(&self.notices));
        let locale = self.locale();
        Ok(kinds
            .into_iter()
            .map(|kind| {
                let id: &'static str = kind.into();
                Notice {
                    kind,
                    message: text(locale, &format!("notice-{}", id.replace('_', "-")), None),
                }
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{capture_logs, core};

    /// Invariant: unreadable reminder settings are kept aside, logged, and told to the user once
    /// in their language; the defaults apply meanwhile.
    #[test]
    fn unreadable_reminder_settings_become_a_notice_shown_once() {
        let core = core();
        core.write()
            .unwrap()
            .execute(
                "INSERT OR REPLACE INTO setting (key, value) VALUES ('reminders', '{not json')",
                [],
            )
            .unwrap();
        core.notice_unreadable_settings().unwrap();
        let ((), log) = capture_logs(|| core.recover_unreadable_settings().unwrap());
        assert!(log.contains("unreadable reminder settings"), "{log}");
        assert!(
            !log.contains("{not json"),
            "the stored value is not logged: {log}"
        );
        let notices = core.take_notices().unwrap();
        assert_eq!(notices.len(), 1);
        assert!(notices[0].message.contains("reminder"), "{:?}", notices[0]);
        assert!(core.take_notices().unwrap().is_empty(), "shown once");
        assert_eq!(
            core.reminder_settings().unwrap(),
            crate::reminders::ReminderSettings::default()
        );
        let kept: i64 = core
            .read()
            .query_row(
                "SELECT count(*) FROM setting WHERE key LIKE 'reminders.unreadable.%' AND value = '{not json'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(kept, 1, "the unreadable value is kept, byte for byte");
    }

    /// Invariant: one interview with an unreadable zone neither blocks saving the reminder
    /// settings nor the others' reminders; the user is told once.
    #[test]
    fn an_unplannable_interview_does_not_block_the_settings() {
        let core = core();
        let draft = |company: &str| {
            crate::parse(Some(serde_json::json!({
                "company": company, "role": "Role", "startLocal": "2026-12-10T14:00"
            })))
            .unwrap()
        };
        let bad = core.create_interview(draft("Bad")).unwrap().id;
        core.create_interview(draft("Good")).unwrap();
        core.write()
            .unwrap()
            .execute(
                "UPDATE interview SET time_zone = 'Mars/Olympus' WHERE id = ?1",
                [bad],
            )
            .unwrap();
        let settings = core.reminder_settings().unwrap();
        core.update_reminder_settings(settings).unwrap();
        let notices = core.take_notices().unwrap();
        assert_eq!(
            notices.iter().map(|n| n.kind).collect::<Vec<_>>(),
            [super::NoticeKind::RemindersNotPlanned]
        );
        assert!(notices[0].message.contains("time zone"), "{:?}", notices[0]);
    }
}
