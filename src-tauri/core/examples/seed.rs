//! A data folder with many interviews of realistic text, for the end-to-end test that measures
//! whether the window stays responsive while the app works on a large database
//! (tests/e2e/responsive.test.mjs).
//!
//! ```sh
//! cargo run -p intervju-core --example seed -- <dir> <count> [--via sql|api] [--first N] [--export FILE]
//! ```
//!
//! Interview number `n` (from `--first`, default 1) always gets the same employer, role and
//! text (its dates count back from the day of the run), so runs with different numbers make
//! different interviews: an import of one into the other adds them instead of finding duplicates.
//!
//! `--via api` stores each interview as the app would, through the core's commands
//! (`create_interview`, `update_sheet`, `update_reflection`): one transaction per call, each
//! synced to disk — about 230 interviews a second in a debug build, so 100,000 would take over
//! seven minutes. `--via sql` (the default) lets `Core::open` create the schema, then inserts the
//! same rows into the real tables in one transaction — the search index's triggers fire as they
//! do in the app — with the reminders the default settings would have shown, and lets the core
//! re-plan what is still ahead (`replan_reminders`): 100,000 in under two minutes, debug build.
//!
//! Every interview lies at least 90 days in the past, so no reminder of a seeded database comes
//! due later, whenever the file is used. The welcome is marked as seen (the list is the first
//! screen). `--export FILE` writes the app's JSON backup of the folder's data to FILE.

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use intervju_core::service::ExportRequest;
use intervju_core::{parse, Core, Environment, SystemClock};
use rusqlite::{params, Connection};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

const EMPLOYERS: &[&str] = &[
    "Equinor",
    "DNB",
    "Telenor",
    "Posten Bring",
    "Vipps MobilePay",
    "Kahoot!",
    "Schibsted",
    "Kongsberg Gruppen",
    "Aker BP",
    "Storebrand",
    "Gjensidige",
    "Norsk Hydro",
    "Elkjøp",
    "Oda",
    "Statnett",
    "NAV",
    "Oslo universitetssykehus",
    "Helse Bergen",
    "Sopra Steria",
    "Bouvet",
    "Spotify",
    "Klarna",
    "Ericsson",
    "Volvo Cars",
    "IKEA",
    "Skanska",
    "Northvolt",
    "Saab",
    "Visma",
    "Tietoevry",
    "Cognite",
    "Finn.no",
    "Ruter",
    "Vy",
    "Avinor",
    "Yara",
    "Orkla",
    "Mowi",
    "SpareBank 1",
    "Oslo kommune",
    "Bergen kommune",
    "Stockholms stad",
    "BBC",
    "Monzo",
    "Ocado",
    "Arm",
    "Deliveroo",
    "Siemens Energy",
    "Zalando",
    "SAP",
];
const ROLES: &[&str] = &[
    "Backend developer",
    "Frontend developer",
    "Data engineer",
    "Product owner",
    "Project manager",
    "Sykepleier",
    "Intensivsykepleier",
    "Lagerarbeider",
    "Sjåfør",
    "Controller",
    "Regnskapsfører",
    "UX designer",
    "Platform engineer",
    "Site reliability engineer",
    "Android developer",
    "iOS developer",
    "Kundeservicemedarbeider",
    "Butikksjef",
    "Lærer",
    "Rådgiver",
    "Data scientist",
    "Security analyst",
    "Elektriker",
    "Prosjektleder bygg",
];
const ZONES: &[&str] = &[
    "Europe/Oslo",
    "Europe/Oslo",
    "Europe/Oslo",
    "Europe/Oslo",
    "Europe/Stockholm",
    "Europe/London",
    "Europe/Berlin",
    "UTC",
];
const STREETS: &[&str] = &[
    "Forusbeen",
    "Dronning Eufemias gate",
    "Snarøyveien",
    "Karl Johans gate",
    "Sandakerveien",
    "Kungsgatan",
    "Drottninggatan",
    "Strandkaien",
    "Fjordalléen",
    "Bryggen",
];
const PEOPLE: &[&str] = &[
    "Kari Nordmann",
    "Ola Hansen",
    "Ingrid Berg",
    "Lars Johansen",
    "Anna Lindqvist",
    "Erik Svensson",
    "Sara Ahmed",
    "Jonas Bakke",
    "Maja Nilsen",
    "Per Olsen",
    "Emily Clarke",
    "Thomas Müller",
    "Fatima Ali",
    "Henrik Dahl",
    "Sofie Lund",
];
const PEOPLE_ROLES: &[&str] = &[
    "Team lead",
    "HR partner",
    "Avdelingsleder",
    "CTO",
    "Senior engineer",
    "Rekrutterer",
];
/// Sentences a person might write about an interview; notes and answers are drawn from these.
const SENTENCES: &[&str] = &[
    "They asked a lot about how I handle conflicting priorities in a busy team.",
    "Panelet var hyggelig, men de stilte mange oppfølgingsspørsmål om turnus og ansvar.",
    "I should bring concrete numbers from the last project next time.",
    "The office is ten minutes from the station; take the early train to be safe.",
    "Vi snakket lenge om kundeopplevelse og hvordan vi måler kvalitet i leveransene.",
    "They use a platform team that owns the build pipeline and the cloud accounts.",
    "Lønnsforventning kom opp helt på slutten; jeg sa at jeg ville tenke på det.",
    "The technical part was a whiteboard exercise about designing a parcel routing service.",
    "Remember to mention the migration I led and how we kept the service running.",
    "De ønsker noen som kan starte i august og som trives med mye samarbeid på tvers.",
    "My answer about weaknesses was too long; keep it to one example and what I changed.",
    "The culture seems calm and friendly, with a lot of trust in the developers.",
    "Spør om opplæringsplan, fadderordning og hvordan de følger opp nyansatte.",
    "They were impressed by the portfolio but wanted more about testing and security.",
    "I forgot to ask about the budget for courses and conferences.",
    "Jeg var nervøs i starten, men det roet seg da vi begynte å snakke om prosjektene.",
    "Second round will be with the head of department and a practical case.",
    "Their growth plans include two new warehouses and a team for data and logistics.",
    "The interviewer described the on-call rota and how incidents are reviewed without blame.",
    "Vi gikk gjennom CV-en punkt for punkt, og de var nysgjerrige på permisjonsåret.",
    "I explained how I mentor juniors and how we plan capacity each week.",
    "They asked what I would do in my first ninety days; I had a plan ready.",
    "Det var en god stemning, og de lo av historien om den forsinkede leveransen.",
    "Hydrogen storage and offshore wind came up several times as strategic priorities.",
    "Next time I will prepare a shorter story about the difficult stakeholder.",
    "The role has more meetings than I expected, maybe half of the week.",
];

/// Sentences of job ads, which users paste whole into the interview.
const JOB_AD: &[&str] = &[
    "We are looking for a curious and structured colleague who wants to grow with us.",
    "Du blir en del av et tverrfaglig team med ansvar for drift, utvikling og forbedring av våre tjenester.",
    "You will work closely with product, design and operations to deliver solutions our customers rely on every day.",
    "Vi tilbyr konkurransedyktige betingelser, gode pensjons- og forsikringsordninger og fleksibel arbeidstid.",
    "Relevant higher education is required; equivalent experience may compensate.",
    "Erfaring fra tilsvarende stilling er en fordel, men personlig egnethet vil bli vektlagt.",
    "The position is permanent and full time, with a probation period of six months.",
    "Arbeidsstedet er sentralt plassert med kort vei til offentlig kommunikasjon.",
    "We value diversity and encourage everyone qualified to apply, whatever their background.",
    "Søknaden må inneholde CV, vitnemål og attester, og sendes elektronisk innen fristen.",
    "Good communication skills in Norwegian or another Scandinavian language, and English, are required.",
    "Du har gode samarbeidsevner, tar initiativ og trives med å jobbe selvstendig.",
    "Responsibilities include planning, follow-up of suppliers, reporting and continuous improvement.",
    "Vi har et godt arbeidsmiljø med sosiale aktiviteter, bedriftshytte og treningsrom.",
    "Questions about the position can be directed to the hiring manager by phone or e-mail.",
    "Tiltredelse etter avtale. Søknadsfrist er om tre uker, og intervjuer holdes fortløpende.",
];

/// A small deterministic generator: the same interview number always gives the same text.
struct Dice(u64);

impl Dice {
    fn new(seed: u64) -> Dice {
        Dice(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
    /// `min..=max` sentences, joined: a few hundred characters for the notes.
    fn text(&mut self, min: usize, max: usize) -> String {
        self.text_from(SENTENCES, min, max)
    }
    fn text_from(&mut self, pool: &[&str], min: usize, max: usize) -> String {
        let n = min + self.below(max - min + 1);
        (0..n)
            .map(|_| self.pick(pool))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// One interview with everything the user wrote about it.
struct Story {
    number: i64,
    company: String,
    role: String,
    round: &'static str,
    start_local: NaiveDateTime,
    zone: Tz,
    start_utc: DateTime<Utc>,
    duration: i64,
    location: String,
    interviewers: Vec<(String, String)>,
    status: &'static str,
    notes: String,
    /// The job ad, pasted in for about two interviews in five: one to two thousand characters.
    job_ad: String,
    sheet: Option<[String; 3]>,
    reflection: Option<Reflection>,
}

struct Reflection {
    feeling: i64,
    said_everything: &'static str,
    enough_time: &'static str,
    presented_strengths: &'static str,
    learned: String,
    positive: String,
    first_rating: i64,
    later_rating: i64,
}

const ANSWERS: [&str; 3] = ["yes", "partly", "no"];
const PAST_STATUSES: [&str; 6] = [
    "done",
    "awaiting",
    "rejected",
    "offer",
    "next_round",
    "withdrawn",
];

impl Story {
    /// Interview `number`: spread over ten years that end 90 days before `now`.
    fn new(number: i64, now: DateTime<Utc>) -> Story {
        let mut dice = Dice::new(number as u64);
        let newest = now - Duration::days(90);
        let span = 10 * 365 * 86_400;
        let at = newest.timestamp() - (dice.next() % span as u64) as i64;
        let zone: Tz = dice.pick(ZONES).parse().expect("a known zone");
        // A whole quarter hour in working hours, as interviews are.
        let local = DateTime::from_timestamp(at, 0)
            .expect("in range")
            .with_timezone(&zone);
        let start_local = local
            .date_naive()
            .and_hms_opt(8 + dice.below(9) as u32, 15 * dice.below(4) as u32, 0)
            .expect("a valid time");
        let start_utc = zone
            .from_local_datetime(&start_local)
            .earliest()
            .unwrap_or_else(|| zone.from_utc_datetime(&start_local))
            .with_timezone(&Utc);
        let company = dice.pick(EMPLOYERS).to_owned();
        let round = ["first", "first", "first", "second", "task", "other"][dice.below(6)];
        let video = dice.below(3) == 0;
        let location = if video {
            format!(
                "https://meet.example.com/{}-{number}",
                company.to_lowercase().replace(' ', "-")
            )
        } else {
            format!(
                "{} {}, {}",
                dice.pick(STREETS),
                1 + dice.below(120),
                ["Oslo", "Bergen", "Stavanger", "Stockholm", "Trondheim"][dice.below(5)]
            )
        };
        let interviewers = (0..dice.below(4))
            .map(|_| {
                (
                    dice.pick(PEOPLE).to_owned(),
                    dice.pick(PEOPLE_ROLES).to_owned(),
                )
            })
            .collect();
        let mut notes = dice.text(2, 5);
        if number % 100 == 0 {
            notes.push_str(" We talked about hydrogen for a long while.");
        }
        let job_ad = if dice.below(5) < 2 {
            dice.text_from(JOB_AD, 12, 22)
        } else {
            String::new()
        };
        let sheet =
            (dice.below(10) < 7).then(|| [dice.text(2, 4), dice.text(1, 2), dice.text(1, 2)]);
        let reflection = (dice.below(10) < 6).then(|| Reflection {
            feeling: 1 + dice.below(5) as i64,
            said_everything: ANSWERS[dice.below(3)],
            enough_time: ANSWERS[dice.below(3)],
            presented_strengths: ANSWERS[dice.below(3)],
            learned: dice.text(1, 2),
            positive: dice.text(1, 2),
            first_rating: 1 + dice.below(5) as i64,
            later_rating: 1 + dice.below(5) as i64,
        });
        Story {
            number,
            role: dice.pick(ROLES).to_owned(),
            company,
            round,
            start_local,
            zone,
            start_utc,
            duration: [30, 45, 60, 60, 90][dice.below(5)],
            location,
            interviewers,
            status: PAST_STATUSES[dice.below(PAST_STATUSES.len())],
            notes,
            job_ad,
            sheet,
            reflection,
        }
    }

    /// The default reminders of a past interview and when they came: the evening before at
    /// 19:00, three hours before, half an hour after the end, and 10:00 the next day.
    fn reminders(&self) -> [(&'static str, i64); 4] {
        let at = |days: i64, hour: u32| {
            let day = self.start_local.date() + Duration::days(days);
            let local = day.and_hms_opt(hour, 0, 0).expect("a valid time");
            self.zone
                .from_local_datetime(&local)
                .earliest()
                .map_or(self.start_utc.timestamp(), |t| t.timestamp())
        };
        let start = self.start_utc.timestamp();
        [
            ("evening_before", at(-1, 19)),
            ("hours_before", start - 3 * 3_600),
            ("after_end", start + (self.duration + 30) * 60),
            ("next_day", at(1, 10)),
        ]
    }

    fn local_text(&self) -> String {
        self.start_local.format("%Y-%m-%dT%H:%M").to_string()
    }
}

fn env() -> Environment {
    Environment {
        os_locale: "en-GB".into(),
        device_zone: chrono_tz::Europe::Oslo,
    }
}

fn open(dir: &Path) -> Result<Core, Box<dyn std::error::Error>> {
    Ok(Core::open(dir, Arc::new(SystemClock), env())?)
}

/// Through the commands, one interview at a time, as the app stores them.
fn seed_api(core: &Core, stories: &[Story]) -> Result<(), Box<dyn std::error::Error>> {
    for story in stories {
        let people: Vec<Value> = story
            .interviewers
            .iter()
            .map(|(name, role)| json!({ "name": name, "role": role }))
            .collect();
        let interview = core.create_interview(parse(Some(json!({
            "company": story.company, "role": story.role, "round": story.round,
            "startLocal": story.local_text(), "timeZone": story.zone.name(),
            "durationMinutes": story.duration, "location": story.location,
            "interviewers": people, "status": story.status, "notes": story.notes,
            "jobAdText": story.job_ad,
        })))?)?;
        if let Some([research, strengths, why_job]) = &story.sheet {
            core.update_sheet(parse(Some(json!({
                "interviewId": interview.id,
                "changes": { "research": research, "strengths": strengths, "whyJob": why_job },
            })))?)?;
        }
        if let Some(r) = &story.reflection {
            core.update_reflection(parse(Some(json!({
                "interviewId": interview.id,
                "changes": {
                    "feeling": r.feeling, "saidEverything": r.said_everything,
                    "enoughTime": r.enough_time, "presentedStrengths": r.presented_strengths,
                    "learned": r.learned, "positive": r.positive,
                    "firstRating": r.first_rating, "laterRating": r.later_rating,
                },
            })))?)?;
        }
    }
    Ok(())
}

/// The same rows in one transaction of plain INSERTs into the real tables.
fn seed_sql(db: &Path, stories: &[Story], now: DateTime<Utc>) -> rusqlite::Result<()> {
    let mut conn = Connection::open(db)?;
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    let tx = conn.transaction()?;
    {
        let mut interview = tx.prepare(
            "INSERT INTO interview (id, company, role, round, start_local, time_zone, start_utc,
                 duration_minutes, location, status, notes, job_ad_text, created_at, updated_at,
                 status_changed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
        )?;
        let mut person = tx.prepare(
            "INSERT INTO interviewer (interview_id, position, name, role) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut sheet = tx.prepare(
            "INSERT INTO preparation (interview_id, research, strengths, why_job, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut reminder = tx.prepare(
            "INSERT INTO reminder (interview_id, kind, due_at, state, fired_at, seen_at)
             VALUES (?1, ?2, ?3, 'fired', ?3, ?4)",
        )?;
        let mut reflection = tx.prepare(
            "INSERT INTO reflection (interview_id, feeling, said_everything, enough_time,
                 presented_strengths, learned, positive, first_rating, later_rating, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for s in stories {
            let start = s.start_utc.timestamp();
            let created = (start - 14 * 86_400).min(now.timestamp());
            interview.execute(params![
                s.number,
                s.company,
                s.role,
                s.round,
                s.local_text(),
                s.zone.name(),
                start,
                s.duration,
                s.location,
                s.status,
                s.notes,
                s.job_ad,
                created,
                start + 86_400,
            ])?;
            // The reminders the default settings gave an interview entered ahead of time: each
            // shown, and opened a little later.
            for (kind, due) in s.reminders() {
                reminder.execute(params![s.number, kind, due, due + 600])?;
            }
            for (position, (name, role)) in s.interviewers.iter().enumerate() {
                person.execute(params![s.number, position as i64, name, role])?;
            }
            if let Some([research, strengths, why_job]) = &s.sheet {
                sheet.execute(params![
                    s.number,
                    research,
                    strengths,
                    why_job,
                    start - 86_400
                ])?;
            }
            if let Some(r) = &s.reflection {
                reflection.execute(params![
                    s.number,
                    r.feeling,
                    r.said_everything,
                    r.enough_time,
                    r.presented_strengths,
                    r.learned,
                    r.positive,
                    r.first_rating,
                    r.later_rating,
                    start + 7_200,
                ])?;
            }
        }
    }
    tx.commit()
}

struct Args {
    dir: PathBuf,
    count: i64,
    first: i64,
    via_api: bool,
    export: Option<PathBuf>,
}

fn args() -> Result<Args, String> {
    let usage = "usage: seed <dir> <count> [--via sql|api] [--first N] [--export FILE]";
    let mut raw = std::env::args().skip(1);
    let dir = raw.next().ok_or(usage)?.into();
    let count = raw.next().ok_or(usage)?.parse().map_err(|_| usage)?;
    let mut args = Args {
        dir,
        count,
        first: 1,
        via_api: false,
        export: None,
    };
    while let Some(flag) = raw.next() {
        let value = raw.next().ok_or(usage)?;
        match flag.as_str() {
            "--via" => {
                args.via_api = match value.as_str() {
                    "api" => true,
                    "sql" => false,
                    _ => return Err(usage.into()),
                }
            }
            "--first" => args.first = value.parse().map_err(|_| usage)?,
            "--export" => args.export = Some(value.into()),
            _ => return Err(usage.into()),
        }
    }
    Ok(args)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = args()?;
    let db = args.dir.join(intervju_core::db::DATABASE_FILE);
    if db.exists() {
        return Err(format!("{} exists already: seed an empty folder", db.display()).into());
    }
    let now = Utc::now();
    let began = Instant::now();
    let stories: Vec<Story> = (args.first..args.first + args.count)
        .map(|n| Story::new(n, now))
        .collect();
    if args.via_api {
        seed_api(&open(&args.dir)?, &stories)?;
    } else {
        // Core::open makes the schema; the bulk insert goes through its own connection.
        drop(open(&args.dir)?);
        seed_sql(&db, &stories, now)?;
        open(&args.dir)?.replan_reminders()?;
    }
    let core = open(&args.dir)?;
    core.update_settings(parse(Some(json!({ "welcomeSeen": true })))?)?;
    let seconds = began.elapsed().as_secs_f64();
    eprintln!(
        "seeded {} interviews via {} in {seconds:.1} s ({:.0} a second)",
        args.count,
        if args.via_api {
            "the core's commands"
        } else {
            "one SQL transaction"
        },
        args.count as f64 / seconds
    );
    if let Some(file) = args.export {
        let request: ExportRequest = parse(Some(json!({ "format": "json" })))?;
        std::fs::write(&file, core.export(&request)?)?;
        eprintln!("wrote the JSON backup to {}", file.display());
    }
    println!("{}", db.display());
    Ok(())
}
