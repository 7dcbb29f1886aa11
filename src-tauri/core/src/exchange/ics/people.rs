//! Who an invitation names: the organiser and the attendees, read the way a candidate reads them.
//!
//! Decisions (see the README's import section):
//! - The **contact person** is the organiser, by the name the calendar shows (CN), when that is a
//!   person's name. A mailbox ("Talent Acquisition", "rekruttering@…") is no one to ask for: the
//!   address then goes to the contact details only, never into a name field.
//! - The **interviewers** are the other people invited from the organiser's own employer: the
//!   attendees whose address is at the organiser's domain, with a person's name, that are not
//!   rooms or resources and not the organiser. The candidate is an attendee too, but at another
//!   domain, so is never taken. The organiser is not made an interviewer: the one who books the
//!   meeting is often a recruiter or an assistant who does not sit at the table. When the
//!   organiser writes from a mail provider (gmail…), colleagues cannot be told from the
//!   candidate, and no attendee is taken.

use super::values::{mail_address, one_line};
use crate::interview::{Limits, Person};
use icalendar::parser::{Component, Property};

/// Someone a calendar file names: the name it shows and the address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Named {
    pub name: String,
    pub mail: String,
}

/// The people of an event as the draft takes them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct People {
    pub organiser: Named,
    pub contact_name: String,
    pub contact_info: String,
    pub interviewers: Vec<Person>,
    /// Every name the file shows for a person (organiser and attendees): the employer is never
    /// one of these ("Interview with Jordan Reyes" names a person, not a company).
    pub names: Vec<String>,
}

/// Mail and calendar services: an address there says nothing about the employer.
const PROVIDERS: &[&str] = &[
    "gmail",
    "googlemail",
    "google",
    "outlook",
    "hotmail",
    "live",
    "msn",
    "microsoft",
    "office365",
    "teams",
    "zoom",
    "yahoo",
    "icloud",
    "me",
    "mac",
    "proton",
    "protonmail",
    "pm",
    "online",
    "telia",
    "gmx",
    "aol",
    "calendly",
    "whereby",
];

/// Words that make a calendar name a mailbox or a team rather than a person.
const NOT_A_PERSON: &[&str] = &[
    "talent",
    "acquisition",
    "recruiting",
    "recruitment",
    "recruiter",
    "rekruttering",
    "rekrytering",
    "hr",
    "team",
    "teamet",
    "noreply",
    "no-reply",
    "calendar",
    "kalender",
    "jobs",
    "careers",
    "karriere",
    "karriär",
    "post",
    "info",
    "service",
    "support",
    "booking",
    "resepsjon",
    "reception",
    "receptionen",
];

pub(super) fn read(event: &Component<'_>) -> People {
    let organiser = event.find_prop("ORGANIZER").map(named).unwrap_or_default();
    let home = domain(&organiser.mail);
    let mut names = vec![];
    if person_like(&organiser.name) {
        names.push(organiser.name.clone());
    }
    let mut interviewers: Vec<Person> = vec![];
    for prop in event
        .properties
        .iter()
        .filter(|p| p.name.as_str().eq_ignore_ascii_case("ATTENDEE"))
    {
        let who = named(prop);
        if !person_like(&who.name) || !is_a_person_attending(prop) {
            continue;
        }
        // "Designleder Nordlys" at nordlys.example: a shared mailbox named after the employer.
        let label = home.as_deref().and_then(owner_label).unwrap_or_default();
        if !label.is_empty() && who.name.to_lowercase().contains(label) {
            continue;
        }
        names.push(who.name.clone());
        let colleague = home
            .as_deref()
            .is_some_and(|home| !is_provider(home) && domain(&who.mail).as_deref() == Some(home));
        let known = interviewers.iter().any(|p| p.name == who.name);
        if colleague && who.mail != organiser.mail && !known {
            interviewers.push(Person {
                name: one_line(&who.name, Limits::NAME),
                role: String::new(),
            });
        }
    }
    interviewers.truncate(Limits::INTERVIEWERS);
    let no_reply = organiser.mail.to_lowercase().contains("noreply")
        || organiser.mail.to_lowercase().contains("no-reply");
    // "Nordkraft Elektro" at nordkraft.example is the employer, not someone to ask for.
    let label = home.as_deref().and_then(owner_label).unwrap_or_default();
    let company_name = !label.is_empty() && organiser.name.to_lowercase().contains(label);
    People {
        contact_name: if person_like(&organiser.name) && !company_name {
            one_line(&organiser.name, Limits::NAME)
        } else {
            String::new()
        },
        contact_info: if no_reply {
            String::new()
        } else {
            one_line(&organiser.mail, Limits::CONTACT_INFO)
        },
        organiser,
        interviewers,
        names,
    }
}

/// The name (CN) and address of an ORGANIZER or ATTENDEE. "Lindqvist, Maja", the way
/// directories write names, becomes "Maja Lindqvist", the way a person says it.
fn named(prop: &Property<'_>) -> Named {
    let cn = param(prop, "CN").unwrap_or_default();
    let cn = cn.trim_matches('"').trim();
    let name = match cn.split_once(',') {
        Some((last, first))
            if !first.contains(',') && [last, first].iter().all(|p| words(p) == 1) =>
        {
            format!("{} {}", first.trim(), last.trim())
        }
        _ => cn.to_owned(),
    };
    Named {
        name,
        mail: mail_address(prop.val.as_str()),
    }
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn param(prop: &Property<'_>, key: &str) -> Option<String> {
    prop.params
        .iter()
        .find(|p| p.key.as_str().eq_ignore_ascii_case(key))
        .and_then(|p| p.val.as_ref())
        .map(|v| v.as_str().to_owned())
}

/// Rooms, resources and groups are invited too; so are people only told about it.
fn is_a_person_attending(prop: &Property<'_>) -> bool {
    let kind = param(prop, "CUTYPE").unwrap_or_default().to_uppercase();
    let role = param(prop, "ROLE").unwrap_or_default().to_uppercase();
    matches!(kind.as_str(), "" | "INDIVIDUAL") && role != "NON-PARTICIPANT"
}

/// A name a person goes by: letters, no address, none of a mailbox's words, not an acronym.
pub(super) fn person_like(name: &str) -> bool {
    let name = name.trim();
    if name.is_empty() || name.contains('@') || !name.chars().any(char::is_alphabetic) {
        return false;
    }
    if name.chars().all(|c| !c.is_lowercase()) && name.chars().count() <= 4 {
        return false;
    }
    !is_mailbox(name)
}

/// A name with a mailbox's or a team's words in it ("Havbris HR", "Talent Acquisition").
fn is_mailbox(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| NOT_A_PERSON.contains(&w.to_lowercase().as_str()))
}

/// The domain of an address, lower case: `Kari@Mail.Bring.no` → `mail.bring.no`.
fn domain(mail: &str) -> Option<String> {
    let (_, domain) = mail.rsplit_once('@')?;
    (domain.contains('.')).then(|| domain.trim().to_lowercase())
}

/// The label of a domain that names its owner: `mail.bring.no` → `bring`, `acme.co.uk` → `acme`.
fn owner_label(domain: &str) -> Option<&str> {
    let labels: Vec<&str> = domain.split('.').filter(|l| !l.is_empty()).collect();
    let n = labels.len();
    if n < 2 {
        return None;
    }
    let second = labels[n - 2];
    if n >= 3 && ["co", "com", "ac", "org", "net", "gov"].contains(&second) {
        return Some(labels[n - 3]);
    }
    Some(second)
}

fn is_provider(domain: &str) -> bool {
    owner_label(domain).is_none_or(|label| PROVIDERS.contains(&label))
}

/// A guess at the employer from the organiser: its name as the invitation writes it where that
/// is the domain's name (the organiser's calendar name "Nordkraft Elektro" at nordkraft.no, the
/// place "Dunaj Consulting, Váci út 1" at dunaj-consulting.hu), else the domain's name itself,
/// `kari@bring.no` → "Bring"; nothing for an address at a mail or meeting service.
pub(super) fn company_from_organiser(people: &People, location: &str) -> String {
    let Some(label) = organiser_label(people) else {
        return String::new();
    };
    let folded = super::wording::fold(&label);
    let cn = &people.organiser.name;
    if !cn.contains('@') && !is_mailbox(cn) && super::wording::fold(cn).starts_with(&folded) {
        return cn.clone();
    }
    if let Some(place) = location
        .split([',', '\n'])
        .map(str::trim)
        .find(|part| super::wording::fold(part) == folded)
    {
        return place.to_owned();
    }
    let name = label;
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The organiser's employer as its domain names it, lower case (`bring`), to recognise the
/// employer's name where the summary writes it.
pub(super) fn organiser_label(people: &People) -> Option<String> {
    let domain = domain(&people.organiser.mail)?;
    (!is_provider(&domain)).then(|| owner_label(&domain).unwrap_or_default().to_owned())
}
