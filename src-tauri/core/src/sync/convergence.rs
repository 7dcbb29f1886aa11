//! Three devices, random edits and random exchanges: once every bundle is delivered, all three
//! hold the same data, and every edit is there unless a later write to the same field (one made
//! by a device that had seen it) or a delete superseded it. The test keeps its own model of which
//! write saw which (a causal history per device) to say what must survive.

use super::tests::{dump, pair};
use crate::service::PeerRequest;
use crate::testing::{ask, core};
use crate::Core;
use proptest::prelude::*;
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};

const DEVICES: usize = 3;

#[derive(Debug, Clone)]
enum Op {
    Create {
        at: usize,
    },
    /// A short field, last writer wins: `company` or `location`.
    Set {
        at: usize,
        which: usize,
        location: bool,
    },
    /// A line added to a long text: the interview's notes, or its reflection (which two devices
    /// may create at once).
    Append {
        at: usize,
        which: usize,
        reflection: bool,
    },
    Tick {
        at: usize,
        which: usize,
        item: usize,
    },
    AddItem {
        at: usize,
        which: usize,
    },
    MoveLastFirst {
        at: usize,
        which: usize,
    },
    Delete {
        at: usize,
        which: usize,
    },
    /// A bundle written on `from` for `to`, put in the mailbox (maybe never delivered: dropped).
    Send {
        from: usize,
        to: usize,
    },
    /// A bundle from the mailbox delivered (again, or out of order).
    Deliver {
        pick: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let at = 0..DEVICES;
    let which = 0..6usize;
    prop_oneof![
        1 => at.clone().prop_map(|at| Op::Create { at }),
        4 => (at.clone(), which.clone(), any::<bool>()).prop_map(|(at, which, location)| Op::Set { at, which, location }),
        4 => (at.clone(), which.clone(), any::<bool>()).prop_map(|(at, which, reflection)| Op::Append { at, which, reflection }),
        2 => (at.clone(), which.clone(), 0..3usize).prop_map(|(at, which, item)| Op::Tick { at, which, item }),
        1 => (at.clone(), which.clone()).prop_map(|(at, which)| Op::AddItem { at, which }),
        1 => (at.clone(), which.clone()).prop_map(|(at, which)| Op::MoveLastFirst { at, which }),
        1 => (at.clone(), which.clone()).prop_map(|(at, which)| Op::Delete { at, which }),
        3 => (at.clone(), at.clone()).prop_filter("another device", |(f, t)| f != t).prop_map(|(from, to)| Op::Send { from, to }),
        3 => any::<usize>().prop_map(|pick| Op::Deliver { pick }),
    ]
}

/// One write to one field, with what its device had seen when it wrote.
struct Write {
    field: (String, &'static str),
    value: String,
    seen: BTreeSet<usize>,
}

struct World {
    cores: Vec<Core>,
    /// `peers[i][j]`: device i's peer id for device j.
    peers: Vec<Vec<i64>>,
    /// Writes (and appends) each device has, by write number: its causal history.
    known: Vec<BTreeSet<usize>>,
    writes: Vec<Write>,
    appends: Vec<(String, String)>,
    items: Vec<(String, String)>,
    interviews: Vec<String>,
    deleted: BTreeSet<String>,
    mailbox: Vec<(usize, usize, Vec<u8>, BTreeSet<usize>)>,
    token: usize,
}

const CHECK_KEYS: [&str; 3] = ["dress.clean", "dress.comfortable", "dress.scent"];

impl World {
    fn new() -> World {
        let cores: Vec<Core> = (0..DEVICES).map(|_| core()).collect();
        let mut peers = vec![vec![0; DEVICES]; DEVICES];
        for i in 0..DEVICES {
            for j in i + 1..DEVICES {
                let (ij, ji) = pair(&cores[i], &cores[j]);
                peers[i][j] = ij;
                peers[j][i] = ji;
            }
        }
        World {
            cores,
            peers,
            known: vec![BTreeSet::new(); DEVICES],
            writes: Vec::new(),
            appends: Vec::new(),
            items: Vec::new(),
            interviews: Vec::new(),
            deleted: BTreeSet::new(),
            mailbox: Vec::new(),
            token: 0,
        }
    }

    fn token(&mut self) -> String {
        self.token += 1;
        format!("t{}", self.token)
    }

    /// The `which`-th interview device `at` has, as (uid, local id).
    fn pick(&self, at: usize, which: usize) -> Option<(String, i64)> {
        let here: Vec<(String, i64)> = self
            .interviews
            .iter()
            .filter_map(|uid| {
                super::record::local_id(&self.cores[at].read(), "interview", uid)
                    .unwrap()
                    .map(|id| (uid.clone(), id))
            })
            .collect();
        (!here.is_empty()).then(|| here[which % here.len()].clone())
    }

    fn write(&mut self, at: usize, field: (String, &'static str), value: String) {
        let n = self.writes.len();
        self.writes.push(Write {
            field,
            value,
            seen: self.known[at].clone(),
        });
        self.known[at].insert(n);
    }

    fn run(&mut self, op: Op) {
        match op {
            Op::Create { at } => {
                let company = self.token();
                let id = ask(
                    |d| self.cores[at].create_interview(d),
                    json!({"company": company, "role": "Role", "startLocal": "2026-12-20T10:00", "timeZone": "Europe/Oslo"}),
                )
                .id;
                let uid: String = self.cores[at]
                    .read()
                    .query_row("SELECT uid FROM interview WHERE id = ?1", [id], |r| {
                        r.get(0)
                    })
                    .unwrap();
                self.interviews.push(uid.clone());
                self.write(at, (uid.clone(), "company"), company);
                self.write(at, (uid, "location"), String::new());
            }
            Op::Set {
                at,
                which,
                location,
            } => {
                let Some((uid, _)) = self.pick(at, which) else {
                    return;
                };
                let value = self.token();
                let column = if location { "location" } else { "company" };
                self.cores[at]
                    .write()
                    .unwrap()
                    .execute(
                        &format!("UPDATE interview SET {column} = ?1 WHERE uid = ?2"),
                        [&value, &uid],
                    )
                    .unwrap();
                self.write(at, (uid, column), value);
            }
            Op::Append {
                at,
                which,
                reflection,
            } => {
                let Some((uid, id)) = self.pick(at, which) else {
                    return;
                };
                let line = self.token();
                let core = &self.cores[at];
                if reflection {
                    let current: String = core
                        .read()
                        .query_row(
                            "SELECT learned FROM reflection WHERE interview_id = ?1",
                            [id],
                            |r| r.get(0),
                        )
                        .unwrap_or_default();
                    ask(
                        |r| core.update_reflection(r),
                        json!({"interviewId": id, "changes": {"learned": format!("{current}\n{line}")}}),
                    );
                } else {
                    core.write()
                        .unwrap()
                        .execute(
                            "UPDATE interview SET notes = notes || char(10) || ?1 WHERE id = ?2",
                            rusqlite::params![line, id],
                        )
                        .unwrap();
                }
                self.appends.push((uid, line));
            }
            Op::Tick { at, which, item } => {
                let Some((uid, id)) = self.pick(at, which) else {
                    return;
                };
                let key = CHECK_KEYS[item];
                let core = &self.cores[at];
                let checked: bool = core
                    .read()
                    .query_row("SELECT EXISTS (SELECT 1 FROM checklist_check WHERE interview_id = ?1 AND item_key = ?2)", rusqlite::params![id, key], |r| r.get(0))
                    .unwrap();
                ask(
                    |r| core.check_item(r),
                    json!({"interviewId": id, "key": key, "checked": !checked}),
                );
                let field: &'static str = ["tick0", "tick1", "tick2"][item];
                self.write(at, (uid, field), (!checked).to_string());
            }
            Op::AddItem { at, which } => {
                let Some((uid, id)) = self.pick(at, which) else {
                    return;
                };
                let text = self.token();
                ask(
                    |r| self.cores[at].add_prep_item(r),
                    json!({"interviewId": id, "list": "competency", "text": text}),
                );
                self.items.push((uid, text));
            }
            Op::MoveLastFirst { at, which } => {
                let Some((_, id)) = self.pick(at, which) else {
                    return;
                };
                let core = &self.cores[at];
                let mut order: Vec<i64> = core
                    .read()
                    .prepare("SELECT id FROM preparation_item WHERE interview_id = ?1 AND list = 'competency' ORDER BY position")
                    .unwrap()
                    .query_map([id], |r| r.get(0))
                    .unwrap()
                    .collect::<rusqlite::Result<_>>()
                    .unwrap();
                if order.len() < 2 {
                    return;
                }
                order.rotate_right(1);
                ask(
                    |r| core.reorder_prep_items(r),
                    json!({"interviewId": id, "list": "competency", "order": order}),
                );
            }
            Op::Delete { at, which } => {
                let Some((uid, id)) = self.pick(at, which) else {
                    return;
                };
                self.cores[at]
                    .delete_interview(crate::service::IdRequest { id })
                    .unwrap();
                self.deleted.insert(uid);
            }
            Op::Send { from, to } => {
                let bytes = self.cores[from]
                    .bundle_for(PeerRequest {
                        peer_id: self.peers[from][to],
                    })
                    .unwrap();
                self.mailbox
                    .push((from, to, bytes, self.known[from].clone()));
            }
            Op::Deliver { pick } => {
                if self.mailbox.is_empty() {
                    return;
                }
                let (_, to, bytes, seen) = self.mailbox[pick % self.mailbox.len()].clone();
                self.cores[to]
                    .receive_bundle(&bytes, &mut |_, _| {})
                    .unwrap();
                self.known[to].extend(seen);
            }
        }
    }

    /// Everything still in the mailbox, then every device sends to every other, twice.
    fn settle(&mut self) {
        for (_, to, bytes, seen) in std::mem::take(&mut self.mailbox) {
            self.cores[to]
                .receive_bundle(&bytes, &mut |_, _| {})
                .unwrap();
            self.known[to].extend(seen);
        }
        for _ in 0..2 {
            for from in 0..DEVICES {
                for to in 0..DEVICES {
                    if from != to {
                        self.run(Op::Send { from, to });
                        self.run(Op::Deliver {
                            pick: self.mailbox.len() - 1,
                        });
                    }
                }
            }
        }
    }

    /// The value a field must have: one of the writes no other write saw (several only when
    /// devices wrote it while apart).
    fn allowed(&self) -> BTreeMap<(String, &'static str), BTreeSet<String>> {
        let mut allowed: BTreeMap<_, BTreeSet<String>> = BTreeMap::new();
        for (n, write) in self.writes.iter().enumerate() {
            let superseded = self
                .writes
                .iter()
                .any(|other| other.field == write.field && other.seen.contains(&n));
            if !superseded {
                allowed
                    .entry(write.field.clone())
                    .or_default()
                    .insert(write.value.clone());
            }
        }
        allowed
    }
}

fn field_value(core: &Core, uid: &str, field: &str) -> Option<String> {
    let conn = core.read();
    let id = super::record::local_id(&conn, "interview", uid).unwrap()?;
    Some(match field {
        "company" | "location" => conn
            .query_row(
                &format!("SELECT {field} FROM interview WHERE id = ?1"),
                [id],
                |r| r.get(0),
            )
            .unwrap(),
        tick => {
            let key = CHECK_KEYS[tick[4..].parse::<usize>().unwrap()];
            conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM checklist_check WHERE interview_id = ?1 AND item_key = ?2)",
                rusqlite::params![id, key],
                |r| r.get::<_, bool>(0),
            )
            .unwrap()
            .to_string()
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(40),
        max_shrink_iters: 200,
        ..ProptestConfig::default()
    })]

    #[test]
    fn three_devices_converge_and_keep_every_edit_not_superseded(
        shared in 1..4usize,
        ops in prop::collection::vec(op(), 1..40),
    ) {
        let mut world = World::new();
        // Interviews every device has, so that edits made apart meet on the same records.
        for _ in 0..shared {
            world.run(Op::Create { at: 0 });
            let id = world.pick(0, world.interviews.len() - 1).unwrap().1;
            let core = &world.cores[0];
            core.write().unwrap().execute("UPDATE interview SET notes = 'Base' WHERE id = ?1", [id]).unwrap();
            ask(|r| core.update_reflection(r), json!({"interviewId": id, "changes": {"learned": "Base"}}));
        }
        world.settle();
        for op in ops {
            world.run(op);
        }
        world.settle();
        let first = dump(&world.cores[0]);
        for core in &world.cores[1..] {
            prop_assert_eq!(&dump(core), &first);
        }
        let core = &world.cores[0];
        for uid in &world.interviews {
            let here = super::record::local_id(&core.read(), "interview", uid).unwrap().is_some();
            prop_assert_eq!(here, !world.deleted.contains(uid), "interview {} deleted: {}", uid, world.deleted.contains(uid));
        }
        for ((uid, field), values) in world.allowed() {
            if world.deleted.contains(&uid) {
                continue;
            }
            let value = field_value(core, &uid, field).unwrap();
            prop_assert!(values.contains(&value), "{uid} {field} = {value:?}, allowed {values:?}");
        }
        for (uid, line) in &world.appends {
            if world.deleted.contains(uid) {
                continue;
            }
            let id = super::record::local_id(&core.read(), "interview", uid).unwrap().unwrap();
            let texts: String = core
                .read()
                .query_row(
                    "SELECT i.notes || char(10) || coalesce(r.learned, '') FROM interview i
                     LEFT JOIN reflection r ON r.interview_id = i.id WHERE i.id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .unwrap();
            // Exactly once: a text replaced whole instead of merged would repeat what was there.
            let times = texts.lines().filter(|l| l == line).count();
            prop_assert_eq!(times, 1, "{} in {:?}", line, texts);
        }
        for (uid, text) in &world.items {
            if world.deleted.contains(uid) {
                continue;
            }
            let found: bool = core
                .read()
                .query_row("SELECT EXISTS (SELECT 1 FROM preparation_item WHERE text = ?1)", [text], |r| r.get(0))
                .unwrap();
            prop_assert!(found, "item {text} missing");
        }
    }
}
