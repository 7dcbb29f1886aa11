//! The review: filters, sorting, companies, trends, and a search index that follows every save.

use super::search::{fts_query, Source, MARK_END, MARK_START};
use super::*;
use crate::testing::{ask, core, problem, search_index, tell, Story};
use crate::Core;
use proptest::prelude::*;
use serde_json::json;

fn search(core: &Core, query: &str) -> Vec<search::Hit> {
    ask(|r| core.search(r), json!({ "query": query }))
}

fn sources(core: &Core, query: &str) -> Vec<(Source, Option<i64>)> {
    let mut found: Vec<_> = search(core, query)
        .into_iter()
        .map(|h| (h.source, h.interview_id.or(h.question_id)))
        .collect();
    found.sort_by_key(|(s, id)| (format!("{s:?}"), *id));
    found
}

/// Invariant: every text the user saves is found by its words, from the place it was saved.
#[test]
fn search_finds_text_from_every_part_of_an_interview() {
    let core = core();
    let id = tell(
        &core,
        &Story {
            notes: "Bring the portfolio",
            research: "They build ferries on hydrogen",
            learned: "The team uses Kubernetes",
            question: "Tell me about a conflict",
            ..Story::default()
        },
    );
    let q = core.questions().unwrap()[0].id;
    assert_eq!(sources(&core, "portfolio"), [(Source::Interview, Some(id))]);
    assert_eq!(
        sources(&core, "hydrogen"),
        [(Source::Preparation, Some(id))]
    );
    assert_eq!(
        sources(&core, "kubernetes"),
        [(Source::Reflection, Some(id))]
    );
    assert_eq!(sources(&core, "energy"), [(Source::Feedback, Some(id))]);
    assert_eq!(sources(&core, "first year"), [(Source::Lists, Some(id))]);
    assert_eq!(sources(&core, "slow"), [(Source::Practice, Some(id))]);
    assert_eq!(sources(&core, "conflict"), [(Source::Question, Some(q))]);
    // The employer's name names the hit.
    let hit = &search(&core, "hydrogen")[0];
    assert_eq!(
        (hit.company.as_str(), hit.role.as_str()),
        ("Acme", "Developer")
    );
    assert_eq!(hit.start_local.as_deref(), Some("2026-11-20T10:00"));
    // The reflection's row starts with its empty parts; the snippet starts at a word and holds
    // no empty lines.
    let learned = &search(&core, "kubernetes")[0];
    assert!(
        learned.snippet.starts_with("The team uses"),
        "{:?}",
        learned.snippet
    );
    assert!(!learned.snippet.contains("\n\n"), "{:?}", learned.snippet);
}

/// Invariant: the index follows edits and deletions; nothing stale is found, nothing is left.
#[test]
fn the_index_follows_edits_and_deletions() {
    let core = core();
    let id = tell(
        &core,
        &Story {
            research: "hydrogen",
            ..Story::default()
        },
    );
    let other = tell(
        &core,
        &Story {
            company: "Bring",
            start: "2026-11-21T10:00",
            ..Story::default()
        },
    );
    ask(
        |r| core.update_sheet(r),
        json!({"interviewId": id, "changes": {"research": "batteries"}}),
    );
    assert!(search(&core, "hydrogen").is_empty());
    assert_eq!(
        sources(&core, "batteries"),
        [(Source::Preparation, Some(id))]
    );
    let mut draft = serde_json::to_value(
        core.interview(crate::parse(Some(json!({"id": id}))).unwrap())
            .unwrap(),
    )
    .unwrap();
    for key in ["id", "startUtc", "nextStatuses", "createdAt", "updatedAt"] {
        draft.as_object_mut().unwrap().remove(key);
    }
    draft["company"] = json!("Posten");
    ask(
        |r| core.update_interview(r),
        json!({"id": id, "interview": draft}),
    );
    assert!(search(&core, "acme").is_empty());
    assert_eq!(search(&core, "posten")[0].interview_id, Some(id));

    let before = search_index(&core).len();
    ask(|r| core.delete_interview(r), json!({"id": id}));
    // Six rows per interview (own fields, sheet, reflection, feedback, lists, practice).
    assert_eq!(search_index(&core).len(), before - 6);
    assert!(search(&core, "posten").is_empty());
    assert_eq!(search(&core, "bring")[0].interview_id, Some(other));
}

/// Invariant: a question found by its tag shows the tags as words in its snippet, never the
/// JSON list they are stored as (`["lønn"]` once reached the review's search results), and an
/// edit of the tags is indexed the same way.
#[test]
fn a_question_found_by_its_tag_shows_the_tags_as_words() {
    let core = core();
    let q = ask(
        |r| core.create_question(r),
        json!({"text": "Hva forventer du i lønn?", "tags": ["lønn", "forhandling"]}),
    );
    let plain = |query: &str| -> Vec<String> {
        search(&core, query)
            .into_iter()
            .map(|h| h.snippet.replace([MARK_START, MARK_END], ""))
            .collect()
    };
    let found = plain("forhandling");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].ends_with("lønn, forhandling"), "{found:?}");
    assert!(!found[0].contains(['[', ']', '"']), "{found:?}");

    ask(
        |r| core.update_question(r),
        json!({"id": q.id, "tags": ["økonomi", "lønn"]}),
    );
    assert!(search(&core, "forhandling").is_empty());
    let found = plain("økonomi");
    assert!(found[0].ends_with("økonomi, lønn"), "{found:?}");
    assert!(!found[0].contains(['[', ']', '"']), "{found:?}");
}

/// Invariant: highlights mark the matched words, and only them.
#[test]
fn snippets_mark_the_matches() {
    let core = core();
    tell(
        &core,
        &Story {
            learned: "They value curiosity above all, and they said curiosity twice",
            ..Story::default()
        },
    );
    let snippet = &search(&core, "curio")[0].snippet;
    let marked: Vec<&str> = snippet
        .split(MARK_START)
        .skip(1)
        .map(|s| s.split(MARK_END).next().unwrap())
        .collect();
    assert_eq!(marked, ["curiosity", "curiosity"]);
}

/// Invariant: Nordic letters are letters: "får" is not "far", and "kjør" finds "kjøre".
#[test]
fn nordic_letters_are_not_folded() {
    let core = core();
    tell(
        &core,
        &Story {
            notes: "Jeg får svar på fredag. Husk å kjøre tidlig.",
            ..Story::default()
        },
    );
    assert_eq!(search(&core, "får").len(), 1);
    assert!(search(&core, "far").is_empty());
    assert_eq!(search(&core, "kjør").len(), 1);
    assert_eq!(search(&core, "KJØRE").len(), 1);
}

proptest! {
    /// Invariant: whatever the user types, search answers (maybe with nothing), never an error:
    /// FTS syntax in the input is text, not a query.
    #[test]
    fn any_input_is_a_safe_query(input in "[ -~æøåÆØÅ\"*():^{}-]{0,60}") {
        let core = core();
        tell(&core, &Story::default());
        let request = crate::parse(Some(json!({ "query": input }))).unwrap();
        prop_assert!(core.search(request).is_ok());
        if let Some(q) = fts_query(&input) {
            prop_assert!(q.split(' ').all(|w| w.starts_with('"') && w.ends_with("\"*")));
        }
    }
}

#[test]
fn bad_search_requests_are_refused() {
    let core = core();
    let long = "a".repeat(201);
    assert_eq!(
        problem(core.search(crate::parse(Some(json!({"query": long}))).unwrap())),
        ("query".into(), "too_long")
    );
    assert!(matches!(
        core.search(crate::parse(Some(json!({"query": "a", "limit": 0}))).unwrap()),
        Err(crate::Error::InvalidRequest(_))
    ));
    assert!(search(&core, " -*- ").is_empty());
}

fn review(core: &Core, filter: serde_json::Value) -> ReviewPage {
    ask(|r| core.review(r), filter)
}

fn companies_of(page: &ReviewPage) -> Vec<&str> {
    page.rows
        .iter()
        .map(|r| r.heading.company.as_str())
        .collect()
}

fn three(core: &Core) -> [i64; 3] {
    let a = tell(
        core,
        &Story {
            company: "acme",
            start: "2026-10-01T10:00",
            rating: 2,
            ..Story::default()
        },
    );
    let b = tell(
        core,
        &Story {
            company: "Bring",
            start: "2026-11-01T10:00",
            rating: 5,
            ..Story::default()
        },
    );
    let c = ask(
        |d| core.create_interview(d),
        json!({"company": "Acme", "role": "Lead", "round": "second", "startLocal": "2026-12-01T00:30",
               "timeZone": "Europe/Oslo", "previousRoundId": a}),
    )
    .id;
    ask(
        |r| core.set_outcome(r),
        json!({"interviewId": b, "status": "done"}),
    );
    [a, b, c]
}

/// Invariant: each filter narrows, they combine, and `total` counts every match across pages.
#[test]
fn filters_narrow_and_combine() {
    let core = core();
    let [a, b, c] = three(&core);
    let all = review(&core, json!({}));
    assert_eq!(
        (all.total, companies_of(&all)),
        (3, vec!["Acme", "Bring", "acme"])
    );
    assert_eq!(review(&core, json!({"company": "ACME"})).total, 2);
    assert_eq!(
        review(&core, json!({"statuses": ["done"]})).rows[0]
            .heading
            .id,
        b
    );
    assert_eq!(
        review(&core, json!({"statuses": ["done", "planned"]})).total,
        3
    );
    assert_eq!(
        review(&core, json!({"round": "second"})).rows[0].heading.id,
        c
    );
    // Days on the device: 1 December 00:30 in Oslo is 30 November in UTC, and still December.
    let december = review(&core, json!({"from": "2026-12-01", "to": "2026-12-31"}));
    assert_eq!(
        december
            .rows
            .iter()
            .map(|r| r.heading.id)
            .collect::<Vec<_>>(),
        [c]
    );
    let autumn = review(
        &core,
        json!({"from": "2026-10-01", "to": "2026-11-30", "company": "acme"}),
    );
    assert_eq!(
        autumn.rows.iter().map(|r| r.heading.id).collect::<Vec<_>>(),
        [a]
    );
    let paged = review(&core, json!({"limit": 1, "offset": 1}));
    assert_eq!(
        (paged.total, paged.rows.len(), paged.rows[0].heading.id),
        (3, 1, b)
    );
}

#[test]
fn every_column_sorts_both_ways() {
    let core = core();
    let [a, b, c] = three(&core);
    let ids = |sort: &str, descending: bool| -> Vec<i64> {
        review(&core, json!({"sort": sort, "descending": descending}))
            .rows
            .iter()
            .map(|r| r.heading.id)
            .collect()
    };
    assert_eq!(ids("start", true), [c, b, a]);
    assert_eq!(ids("start", false), [a, b, c]);
    // Case aside; ties newest first.
    assert_eq!(ids("company", false), [c, a, b]);
    assert_eq!(ids("role", false), [b, a, c]);
    assert_eq!(ids("round", false), [b, a, c]);
    assert_eq!(ids("status", false), [b, c, a]);
    // Unrated last both ways.
    assert_eq!(ids("rating", true), [b, a, c]);
    assert_eq!(ids("rating", false), [a, b, c]);
}

#[test]
fn bad_filters_are_refused() {
    let core = core();
    for (filter, field, code) in [
        (
            json!({"from": "2026-12-02", "to": "2026-12-01"}),
            "to",
            "invalid_date_time",
        ),
        (json!({"company": "x".repeat(201)}), "company", "too_long"),
    ] {
        assert_eq!(
            problem(core.review(crate::parse(Some(filter)).unwrap())),
            (field.into(), code)
        );
    }
    for bad in [
        json!({"sort": "id; DROP TABLE interview"}),
        json!({"statuses": ["lost"]}),
        json!({"from": "1.12.2026"}),
        json!({"from": "2026-12-1"}),
        json!({"limit": 0}),
    ] {
        let refused = crate::parse::<ReviewFilter>(Some(bad.clone()))
            .and_then(|filter| core.review(filter).map(|_| ()));
        assert!(
            matches!(refused, Err(crate::Error::InvalidRequest(_))),
            "{bad}: {refused:?}"
        );
    }
}

/// Invariant: "got further" means past a first meeting — a lone task (where some employers
/// start) is not, the same task after an interview is, and so are a second round and an
/// outcome that leads on.
#[test]
fn a_company_counts_as_got_further_only_past_a_first_meeting() {
    let core = core();
    let add = |company: &str, start: &str, round: &str, status: &str| {
        ask(
            |d| core.create_interview(d),
            json!({"company": company, "role": "Role", "startLocal": start,
                   "timeZone": "Europe/Oslo", "round": round, "status": status}),
        );
    };
    add("Lone task", "2026-12-10T10:00", "task", "planned");
    add("Task after", "2026-11-10T10:00", "first", "done");
    add("Task after", "2026-12-11T10:00", "task", "planned");
    add("Second only", "2026-12-12T10:00", "second", "planned");
    add("Invited on", "2026-11-12T10:00", "first", "next_round");
    add("First only", "2026-11-13T10:00", "first", "awaiting");
    let further: std::collections::BTreeMap<String, bool> = core
        .review_companies()
        .unwrap()
        .into_iter()
        .map(|c| (c.company, c.reached_later_round))
        .collect();
    assert_eq!(
        further,
        [
            ("First only", false),
            ("Invited on", true),
            ("Lone task", false),
            ("Second only", true),
            ("Task after", true),
        ]
        .map(|(c, f)| (c.to_owned(), f))
        .into()
    );
}

#[test]
fn companies_sum_up_each_employer() {
    let core = core();
    three(&core);
    let list = core.review_companies().unwrap();
    let acme = &list[0];
    assert_eq!(list.len(), 2);
    assert_eq!((acme.interviews, acme.reached_later_round), (2, true));
    assert_eq!(acme.latest_status, Status::Planned);
    assert_eq!(
        (list[1].company.as_str(), list[1].latest_status),
        ("Bring", Status::Done)
    );
}

/// Invariant: trends follow the reflections in time order, and a point forgotten after two
/// interviews is one recurring point.
#[test]
fn trends_follow_the_reflections() {
    let core = core();
    tell(
        &core,
        &Story {
            company: "B",
            start: "2026-11-02T10:00",
            feeling: 5,
            rating: 2,
            forgot: "My portfolio",
            ..Story::default()
        },
    );
    tell(
        &core,
        &Story {
            company: "A",
            start: "2026-11-01T10:00",
            feeling: 4,
            rating: 1,
            forgot: "my portfolio.",
            ..Story::default()
        },
    );
    tell(
        &core,
        &Story {
            company: "C",
            start: "2026-11-03T10:00",
            feeling: 2,
            rating: 4,
            forgot: "Salary",
            ..Story::default()
        },
    );
    let t = core.review_trends().unwrap();
    let order: Vec<(&str, Option<i64>)> = t
        .points
        .iter()
        .map(|p| (p.company.as_str(), p.feeling))
        .collect();
    assert_eq!(order, [("A", Some(4)), ("B", Some(5)), ("C", Some(2))]);
    assert_eq!(t.reflections, 3);
    assert_eq!(t.average_first_rating, Some(7.0 / 3.0));
    assert_eq!(
        t.enough_time,
        trends::Tally {
            yes: 3,
            partly: 0,
            no: 0
        }
    );
    assert_eq!(t.presented_strengths.no, 3);
    assert_eq!(t.forgotten.len(), 1);
    assert_eq!(
        (t.forgotten[0].text.as_str(), t.forgotten[0].occurrences),
        ("My portfolio", 2)
    );
    assert!(!t.open_lessons.is_empty());
}

/// The trends' counts and averages as a full scan of every reflection computes them (what the
/// totals replaced).
fn scanned(conn: &rusqlite::Connection) -> (i64, [Option<f64>; 3], [i64; 9]) {
    conn.query_row(
        "SELECT count(*) FILTER (WHERE coalesce(feeling, enough_time, said_everything,
                    presented_strengths, first_rating, later_rating) IS NOT NULL),
                avg(feeling), avg(first_rating), avg(later_rating),
                count(*) FILTER (WHERE enough_time = 'yes'),
                count(*) FILTER (WHERE enough_time = 'partly'),
                count(*) FILTER (WHERE enough_time = 'no'),
                count(*) FILTER (WHERE said_everything = 'yes'),
                count(*) FILTER (WHERE said_everything = 'partly'),
                count(*) FILTER (WHERE said_everything = 'no'),
                count(*) FILTER (WHERE presented_strengths = 'yes'),
                count(*) FILTER (WHERE presented_strengths = 'partly'),
                count(*) FILTER (WHERE presented_strengths = 'no')
         FROM reflection",
        [],
        |r| {
            let mut tallies = [0; 9];
            for (i, t) in tallies.iter_mut().enumerate() {
                *t = r.get(4 + i)?;
            }
            Ok((r.get(0)?, [r.get(1)?, r.get(2)?, r.get(3)?], tallies))
        },
    )
    .unwrap()
}

fn kept(trends: &trends::Trends) -> (i64, [Option<f64>; 3], [i64; 9]) {
    let t = |t: &trends::Tally| [t.yes, t.partly, t.no];
    let mut tallies = [0; 9];
    tallies[..3].copy_from_slice(&t(&trends.enough_time));
    tallies[3..6].copy_from_slice(&t(&trends.said_everything));
    tallies[6..].copy_from_slice(&t(&trends.presented_strengths));
    (
        trends.reflections,
        [
            trends.average_feeling,
            trends.average_first_rating,
            trends.average_later_rating,
        ],
        tallies,
    )
}

/// One change to the reflections: (interview 0..6, what).
#[derive(Debug, Clone)]
enum Change {
    Answer(usize, &'static str, Option<i64>),
    Choose(usize, &'static str, Option<&'static str>),
    Text(usize),
    Delete(usize),
}

fn change() -> impl Strategy<Value = Change> {
    let scale = prop_oneof![Just(None), (1..=5i64).prop_map(Some)];
    let choice = prop_oneof![
        Just(None),
        Just(Some("yes")),
        Just(Some("partly")),
        Just(Some("no"))
    ];
    prop_oneof![
        4 => (0..6usize, prop::sample::select(vec!["feeling", "first_rating", "later_rating"]), scale)
            .prop_map(|(i, c, v)| Change::Answer(i, c, v)),
        4 => (0..6usize, prop::sample::select(vec!["enough_time", "said_everything", "presented_strengths"]), choice)
            .prop_map(|(i, c, v)| Change::Choose(i, c, v)),
        1 => (0..6usize).prop_map(Change::Text),
        1 => (0..6usize).prop_map(Change::Delete),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Invariant: whatever is written to reflections — answers given, changed and cleared, text
    /// alone edited, interviews deleted (their reflections with them) — the totals the trends read
    /// equal a full scan of every reflection.
    #[test]
    fn the_kept_totals_equal_a_full_scan(changes in prop::collection::vec(change(), 1..40)) {
        let core = core();
        let mut ids: Vec<Option<i64>> = Vec::new();
        for n in 0..6 {
            let id = crate::testing::new_interview(&mut core.write().unwrap(), &format!("Firm {n}"), "2026-11-20T10:00");
            core.write().unwrap().execute(
                "INSERT INTO reflection (interview_id, updated_at) VALUES (?1, 0)", [id]).unwrap();
            ids.push(Some(id));
        }
        for change in changes {
            let conn = core.write().unwrap();
            match change {
                Change::Answer(i, column, value) => if let Some(id) = ids[i] {
                    conn.execute(&format!("UPDATE reflection SET {column} = ?2 WHERE interview_id = ?1"),
                                 rusqlite::params![id, value]).unwrap();
                },
                Change::Choose(i, column, value) => if let Some(id) = ids[i] {
                    conn.execute(&format!("UPDATE reflection SET {column} = ?2 WHERE interview_id = ?1"),
                                 rusqlite::params![id, value]).unwrap();
                },
                Change::Text(i) => if let Some(id) = ids[i] {
                    conn.execute("UPDATE reflection SET learned = learned || 'x' WHERE interview_id = ?1", [id]).unwrap();
                },
                Change::Delete(i) => if let Some(id) = ids[i].take() {
                    conn.execute("DELETE FROM interview WHERE id = ?1", [id]).unwrap();
                },
            }
            drop(conn);
            let trends = trends::trends(&core.read()).unwrap();
            prop_assert_eq!(kept(&trends), scanned(&core.read()));
        }
    }
}
