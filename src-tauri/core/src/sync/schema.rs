//! What syncs, table by table: how a row is known on every device (a random uid, or a key made
//! of the uids it belongs to), and how each column merges. The triggers that note a changed row
//! (migration 9), the write into the document and the write back into SQLite all read this one
//! description, so a column added here is synced everywhere or the test of the migration fails.
//!
//! Not here, because each device derives them: reminder rows (delivery state), the search index,
//! backups, the id marks, the settings other than the reminder settings (language, welcome),
//! what a phone's OS was handed (`os_notification`), and which interview an imported invitation
//! became (`invitation_link`: from the files this device imported).

/// How a column merges when two devices change it while apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    /// Short values (names, times, choices, ratings, switches): the last write wins, per column.
    Value,
    /// Long texts: merged as text, so edits of different paragraphs both survive.
    Text,
    /// A link to a row of another synced table, carried as that row's uid. `orphan`: without the
    /// row the link points at, this row has no meaning (its owner was deleted) and is not stored;
    /// otherwise the link is just cleared (an earlier round that was deleted).
    Link { table: &'static str, orphan: bool },
}

#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub merge: Merge,
}

/// One part of a key made of other things: a link to a synced row (carried as its uid; `None`
/// stands for "every interview", e.g. a checklist item hidden everywhere) or a plain column.
#[derive(Debug, Clone, Copy)]
pub struct Part {
    pub column: &'static str,
    pub link: Option<&'static str>,
}

#[derive(Debug, Clone, Copy)]
pub enum Identity {
    /// A random uid in a `uid` column, given by a trigger when the row is made.
    Uid,
    /// The row is the one of its kind for these parts (an interview's reflection, a tick of one
    /// checklist item): two devices that each create it make the same record, which merges.
    Parts(&'static [Part]),
}

/// A list whose order the user sets (ranked competencies): the order of each group syncs as a
/// movable list of uids, so a move on one device and an edit on the other both hold.
#[derive(Debug, Clone, Copy)]
pub struct Order {
    pub group: &'static [Part],
    pub position: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub struct Table {
    pub name: &'static str,
    pub identity: Identity,
    pub columns: &'static [Column],
    pub order: Option<Order>,
    /// Only rows matching this SQL condition sync (the reminder settings among the settings).
    pub only: Option<&'static str>,
    /// The schema version whose migration made this table sync (its uid column and triggers):
    /// 9 for the tables sync began with, later ones for tables added since.
    pub since: i64,
}

impl Table {
    pub fn has_uid(&self) -> bool {
        matches!(self.identity, Identity::Uid)
    }

    pub fn key_parts(&self) -> &'static [Part] {
        match self.identity {
            Identity::Uid => &[],
            Identity::Parts(parts) => parts,
        }
    }

    /// The links a row cannot live without: the parts of its key and its orphaning links.
    pub fn owners(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        let parts = self
            .key_parts()
            .iter()
            .filter_map(|p| p.link.map(|table| (p.column, table)));
        let links = self.columns.iter().filter_map(|c| match c.merge {
            Merge::Link {
                table,
                orphan: true,
            } => Some((c.name, table)),
            _ => None,
        });
        parts.chain(links)
    }
}

const fn value(name: &'static str) -> Column {
    Column {
        name,
        merge: Merge::Value,
    }
}

const fn text(name: &'static str) -> Column {
    Column {
        name,
        merge: Merge::Text,
    }
}

const fn owned_by(name: &'static str, table: &'static str) -> Column {
    Column {
        name,
        merge: Merge::Link {
            table,
            orphan: true,
        },
    }
}

const fn interview_part() -> Part {
    Part {
        column: "interview_id",
        link: Some("interview"),
    }
}

const fn plain(column: &'static str) -> Part {
    Part { column, link: None }
}

const INTERVIEW_KEY: &[Part] = &[interview_part()];

/// Parents before children: a row is written back after the rows its links point at.
pub const TABLES: &[Table] = &[
    Table {
        name: "interview",
        identity: Identity::Uid,
        columns: &[
            value("company"),
            value("role"),
            value("round"),
            Column {
                name: "previous_round_id",
                merge: Merge::Link {
                    table: "interview",
                    orphan: false,
                },
            },
            value("start_local"),
            value("time_zone"),
            value("duration_minutes"),
            value("location"),
            value("contact_name"),
            value("contact_info"),
            value("job_ad_url"),
            text("job_ad_text"),
            value("status"),
            text("notes"),
            value("created_at"),
            value("updated_at"),
            value("status_changed_at"),
        ],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "interviewer",
        identity: Identity::Parts(&[interview_part(), plain("position")]),
        columns: &[value("name"), value("role")],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "preparation",
        identity: Identity::Parts(INTERVIEW_KEY),
        columns: &[
            text("research"),
            text("strengths"),
            text("weaknesses"),
            text("why_job"),
            text("why_me"),
            text("employer_gaps"),
            text("next_step"),
            text("task_brief"),
            text("task_notes"),
            value("updated_at"),
        ],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "preparation_item",
        identity: Identity::Uid,
        columns: &[
            owned_by("interview_id", "interview"),
            value("list"),
            value("text"),
            value("done"),
        ],
        order: Some(Order {
            group: &[interview_part(), plain("list")],
            position: "position",
        }),
        only: None,
        since: 9,
    },
    Table {
        name: "practice_session",
        identity: Identity::Uid,
        columns: &[
            owned_by("interview_id", "interview"),
            value("practised_on"),
            value("partner"),
            text("notes"),
        ],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "question",
        identity: Identity::Uid,
        columns: &[
            value("text"),
            text("answer"),
            value("tags"),
            value("created_at"),
            value("updated_at"),
        ],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "question_use",
        identity: Identity::Parts(&[
            Part {
                column: "question_id",
                link: Some("question"),
            },
            interview_part(),
        ]),
        columns: &[value("asked")],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "practice_attempt",
        identity: Identity::Uid,
        columns: &[
            owned_by("question_id", "question"),
            value("at"),
            value("rating"),
        ],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "checklist_item",
        identity: Identity::Uid,
        columns: &[
            // Empty: the user's own item for every interview.
            owned_by("interview_id", "interview"),
            value("section"),
            value("text"),
            value("created_at"),
        ],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "checklist_hidden",
        // Hidden here, or (no interview) hidden everywhere.
        identity: Identity::Parts(&[interview_part(), plain("item_key")]),
        columns: &[],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "checklist_check",
        identity: Identity::Parts(&[interview_part(), plain("item_key")]),
        columns: &[value("checked_at")],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "reflection",
        identity: Identity::Parts(INTERVIEW_KEY),
        columns: &[
            value("feeling"),
            value("said_everything"),
            text("forgot"),
            value("enough_time"),
            value("mood_changed"),
            text("mood_when"),
            value("friendly"),
            text("unsure_moments"),
            value("was_myself"),
            value("presented_strengths"),
            text("strengths_presented"),
            text("learned"),
            value("know_more"),
            text("positive"),
            text("negative"),
            value("first_rating"),
            value("finished_at"),
            value("later_rating"),
            value("want_job"),
            value("know_enough"),
            value("will_fit"),
            value("matches_plans"),
            text("impression"),
            text("next_round_questions"),
            text("do_differently"),
            value("second_look_at"),
            value("updated_at"),
        ],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "lesson",
        identity: Identity::Parts(&[interview_part(), plain("kind"), plain("key")]),
        columns: &[value("text"), value("created_at"), value("learned_at")],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "feedback",
        identity: Identity::Parts(INTERVIEW_KEY),
        columns: &[value("asked_at"), text("feedback"), value("updated_at")],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "reminder_switch",
        identity: Identity::Parts(&[interview_part(), plain("kind")]),
        columns: &[value("enabled"), value("value")],
        order: None,
        only: None,
        since: 9,
    },
    Table {
        name: "setting",
        identity: Identity::Parts(&[plain("key")]),
        columns: &[value("value")],
        order: None,
        only: Some("key = 'reminders'"),
        since: 9,
    },
    Table {
        name: "reporting",
        identity: Identity::Parts(&[plain("key")]),
        columns: &[value("authority"), value("nav_due"), value("updated_at")],
        order: None,
        only: None,
        since: 16,
    },
    Table {
        name: "activity",
        identity: Identity::Uid,
        columns: &[
            value("kind"),
            value("on_date"),
            value("employer"),
            value("title"),
            value("place"),
            value("stage"),
            text("note"),
            value("created_at"),
            value("updated_at"),
        ],
        order: None,
        only: None,
        since: 16,
    },
    Table {
        name: "report_period",
        identity: Identity::Parts(&[plain("authority"), plain("period_start")]),
        columns: &[value("period_end"), value("reported_at")],
        order: None,
        only: None,
        since: 16,
    },
];

pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}

/// Every table a link may point at carries a uid.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_link_points_at_a_table_with_uids_listed_before_it() {
        for (i, t) in TABLES.iter().enumerate() {
            let links =
                t.key_parts()
                    .iter()
                    .filter_map(|p| p.link)
                    .chain(t.columns.iter().filter_map(|c| match c.merge {
                        Merge::Link { table, .. } => Some(table),
                        _ => None,
                    }));
            for target in links {
                let at = TABLES.iter().position(|x| x.name == target).unwrap();
                assert!(TABLES[at].has_uid(), "{} links to {target}", t.name);
                assert!(at <= i, "{} comes before {target}", t.name);
            }
        }
    }
}
