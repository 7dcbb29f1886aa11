//! What an invitation's words say, read as a person reads them, in Norwegian, Swedish and
//! English: the employer ("Intervju hos Equinor", "Anställningsintervju – Volvo", "Andra
//! intervju: Spotify", "Equinor – intervju for stillingen som …"), the job ("stillingen som
//! dataingeniør", "Backend-utvikler", "the Platform Engineer role") and the round ("andre
//! intervju", "andra intervjun", "final round", "case", "arbetsprov").
//!
//! The summary is read first: it is the line the employer wrote for this meeting. The
//! description is read only for phrases that cannot be misread ("hos Equinor", "stillingen som
//! …"), and never for the round: a first interview's text often speaks of the next round.

use crate::interview::Round;

/// Words (or the start of one) that name an interview. Compound words count: "videointervju",
/// "anställningsintervjun", "caseintervju".
fn is_interview_word(word: &str) -> bool {
    let w = word.to_lowercase();
    w.contains("intervju")
        || w.contains("interview")
        || w.ends_with("samtale")
        || w.ends_with("samtal")
        || w == "screen"
        || w == "screening"
}

/// Word endings of job titles: a segment with one of them names the job, not the employer.
const ROLE_ENDINGS: &[&str] = &[
    "utvikler",
    "utvecklare",
    "developer",
    "engineer",
    "ingeniør",
    "ingenjör",
    "designer",
    "manager",
    "leder",
    "ledare",
    "chef",
    "konsulent",
    "konsult",
    "consultant",
    "rådgiver",
    "rådgivare",
    "advisor",
    "analytiker",
    "analyst",
    "lærling",
    "lärling",
    "apprentice",
    "arkitekt",
    "architect",
    "spesialist",
    "specialist",
    "assistent",
    "assistant",
    "koordinator",
    "coordinator",
    "tekniker",
    "technician",
    "medarbeider",
    "medarbetare",
    "sykepleier",
    "sjuksköterska",
    "nurse",
    "lærer",
    "lärare",
    "teacher",
    "selger",
    "säljare",
    "sales",
    "trainee",
    "scientist",
    "director",
    "direktør",
    "officer",
    "ansvarlig",
    "ansvarig",
    "elektriker",
    "electrician",
    "operatør",
    "operatör",
    "operator",
    "økonom",
    "ekonom",
    "accountant",
    "jurist",
    "lawyer",
    "programmer",
    "programmerer",
    "programmerare",
    "tester",
];

/// Endings of company names.
const COMPANY_SUFFIXES: &[&str] = &[
    "as", "asa", "ab", "a/s", "aps", "oy", "oyj", "ltd", "ltd.", "inc", "inc.", "gmbh", "llc",
    "plc", "bv", "sa", "ag", "hf", "ehf",
];

/// Words after an interview word that lead to the employer.
const AT_EMPLOYER: &[&str] = &["hos", "med", "with", "at", "på", "i"];

/// Words that end an employer's name ("Equinor for stillingen…", "Volvo kl. 10").
const ENDS_A_NAME: &[&str] = &[
    "for",
    "för",
    "om",
    "about",
    "regarding",
    "re",
    "angående",
    "vedrørende",
    "ang",
    "som",
    "as",
    "til",
    "till",
    "to",
    "on",
    "på",
    "i",
    "in",
    "at",
    "kl",
    "kl.",
    "hos",
    "med",
    "with",
    "via",
    "og",
    "och",
    "and",
];

/// Pronouns: "intervju hos oss" names no one.
const PRONOUNS: &[&str] = &[
    "oss", "us", "meg", "mig", "me", "deg", "dig", "you", "dere", "er",
];

/// Characters and spaced dashes between the parts of a summary.
fn segments(text: &str) -> Vec<String> {
    let mut spaced = text.to_owned();
    for dash in [" – ", " — ", " - ", ": ", " | ", ", ", " / ", "; "] {
        spaced = spaced.replace(dash, "\u{1}");
    }
    spaced
        .split(['\u{1}', '(', ')', '[', ']'])
        .map(|s| s.trim().trim_end_matches([':', ',', ';']).trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

fn tokens(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '/' && c != '.')
        .trim_end_matches('.')
        .to_lowercase()
}

fn has_role_word(segment: &str) -> bool {
    tokens(segment).iter().any(|t| {
        let t = bare(t);
        ROLE_ENDINGS.iter().any(|e| t.ends_with(e))
    })
}

fn is_company_name(segment: &str, organiser: Option<&str>) -> bool {
    let words = tokens(segment);
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    (words.len() >= 2 && COMPANY_SUFFIXES.contains(&last.as_str()))
        || organiser.is_some_and(|o| fold(segment) == fold(o))
}

/// Case and diacritics aside: "Älvsoft" is "alvsoft", as its domain writes it.
pub(super) fn fold(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' | 'å' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ô' => 'o',
            'é' | 'è' | 'ê' => 'e',
            'ü' | 'ú' => 'u',
            'æ' => 'e',
            c => c,
        })
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn is_round_segment(segment: &str) -> bool {
    let words: Vec<String> = tokens(segment).iter().map(|w| bare(w)).collect();
    !words.is_empty()
        && words.iter().all(|w| {
            [
                "round", "runde", "omgång", "omgang", "rundan", "final", "ref", "nr",
            ]
            .contains(&w.as_str())
                || w.chars().all(|c| c.is_ascii_digit() || c == '.')
        })
}

/// The name that follows `at` among `words`, up to a word that ends a name or a number.
fn name_from(words: &[&str], at: usize) -> String {
    let mut name = vec![];
    for word in &words[at..] {
        let b = bare(word);
        // Written in lower case only: "AS" and "I" in a name are not "as" and "i".
        let joining = ENDS_A_NAME.contains(&b.as_str()) && !word.chars().any(char::is_uppercase);
        if joining || word.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        // The end of a sentence or a clause ends the name ("… hos Kystlys. Vi gleder oss").
        let ends = word.ends_with([',', ':', ';', '!', '?', '.']);
        name.push(word.trim_end_matches([',', ':', ';', '!', '?', '.']));
        if ends {
            break;
        }
    }
    name.join(" ")
}

fn acceptable_employer(name: &str, people: &[String]) -> bool {
    let folded = fold(name);
    !folded.is_empty()
        && !PRONOUNS.contains(&name.to_lowercase().as_str())
        && name.chars().next().is_some_and(char::is_uppercase)
        && !people.iter().any(|p| fold(p) == folded)
}

/// "intervju hos X", "interview with X", "X hos …": the name after an employer word. `anywhere`:
/// "hos" counts also where no interview word comes before it (a summary's "utvikler hos X").
fn employer_after_words(text: &str, people: &[String], anywhere: bool) -> Option<String> {
    for segment in text.split(['–', '—', '|', '(', ')', '\n']) {
        let words = tokens(segment);
        for (i, word) in words.iter().enumerate() {
            let b = bare(word);
            let after_interview = i > 0 && is_interview_word(words[i - 1]);
            if (after_interview && AT_EMPLOYER.contains(&b.as_str())) || (anywhere && b == "hos") {
                let name = name_from(&words, i + 1);
                if acceptable_employer(&name, people) {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// The employer as the summary, then the description, names it. `organiser` is the label of
/// the organiser's domain (`equinor`), which recognises the employer's name in a summary part.
pub(super) fn employer(
    summary: &str,
    description: &str,
    organiser: Option<&str>,
    people: &[String],
) -> Option<String> {
    if let Some(name) = employer_after_words(summary, people, true) {
        return Some(name);
    }
    let parts = segments(summary);
    if let Some(company) = parts.iter().find(|s| is_company_name(s, organiser)) {
        return Some(company.clone());
    }
    // "Anställningsintervju – Volvo", "Andra intervju: Spotify", "Equinor – intervju for …":
    // an interview part and one short part that is neither the job nor the round.
    let others: Vec<&String> = parts
        .iter()
        .filter(|s| !tokens(s).iter().any(|w| is_interview_word(w)) && !is_round_segment(s))
        .collect();
    if parts.len() == others.len() + 1 || parts.len() == others.len() + 2 {
        if let [only] = others.as_slice() {
            if !has_role_word(only) && tokens(only).len() <= 4 && acceptable_employer(only, people)
            {
                return Some((*only).clone());
            }
        }
    }
    employer_after_words(description, people, false)
}

/// Words before "som"/"as"/"of" that introduce the job: "stillingen som X", "position as X".
const JOB_WORDS: &[&str] = &[
    "stillingen",
    "stilling",
    "stillinga",
    "tjänsten",
    "tjänst",
    "rollen",
    "roll",
    "jobben",
    "jobbet",
    "position",
    "role",
    "job",
];

/// "stillingen som X", "tjänsten som X", "the position as X", "the X role".
fn role_phrase(text: &str) -> Option<String> {
    for line in text.lines() {
        let words = tokens(line);
        for (i, word) in words.iter().enumerate() {
            let b = bare(word);
            if ["som", "as", "of"].contains(&b.as_str())
                && i > 0
                && JOB_WORDS.contains(&bare(words[i - 1]).as_str())
            {
                let name = name_from(&words, i + 1);
                if !name.is_empty() {
                    return Some(name);
                }
            }
            // "for the Platform Engineer role"
            if ["role", "position"].contains(&b.as_str()) && i >= 2 {
                if let Some(the) = words[..i].iter().rposition(|w| bare(w) == "the") {
                    let name = words[the + 1..i].join(" ");
                    if (1..=5).contains(&(i - the - 1)) {
                        return Some(name);
                    }
                }
            }
        }
    }
    None
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The job: a phrase that names it, else a part of the summary with a job title in it (the
/// interview's own words taken away: "Intervju prosjektingeniør" → "Prosjektingeniør"), else
/// the summary as written when it named no employer, for the user to correct. A summary that
/// says only where ("Intervju hos Equinor") gives no job: the form asks for it.
pub(super) fn role(summary: &str, description: &str, employer_in_summary: bool) -> String {
    if let Some(role) = role_phrase(summary) {
        return capitalised(&role);
    }
    let parts = segments(summary);
    if let Some(part) = parts.iter().find(|s| has_role_word(s)) {
        let words: Vec<&str> = tokens(part)
            .into_iter()
            .skip_while(|w| is_interview_word(w))
            .collect();
        let at = words
            .iter()
            .position(|w| bare(w) == "hos" || bare(w) == "at")
            .unwrap_or(words.len());
        let role = words[..at].join(" ");
        if !role.is_empty() {
            return capitalised(&role);
        }
    }
    if let Some(role) = role_phrase(description) {
        return capitalised(&role);
    }
    if employer_in_summary {
        String::new()
    } else {
        summary.to_owned()
    }
}

/// Phrases of a later round, in the three languages (after `words` has tidied the text).
const SECOND: &[&str] = &[
    "andre intervju",
    "andregangsintervju",
    "andregangs",
    "2 intervju",
    "2 gangs",
    "andre runde",
    "runde 2",
    "2 runde",
    "siste runde",
    "tredje runde",
    "andra intervju",
    "andra intervjun",
    "andra intervjuet",
    "andra omgången",
    "andra rundan",
    "omgång 2",
    "runda 2",
    "sista intervju",
    "slutintervju",
    "second interview",
    "second round",
    "2nd interview",
    "2nd round",
    "round 2",
    "round two",
    "final round",
    "final interview",
    "third round",
    "follow up interview",
    "oppfølgingsintervju",
    "uppföljande intervju",
];

/// Words of a task or case round ("case" also as the start of a word: "caseintervju").
const TASK: &[&str] = &[
    "arbetsprov",
    "arbeidsprøve",
    "arbeidsprøven",
    "assignment",
    "home task",
    "take home",
    "hjemmeoppgave",
    "hemuppgift",
    "case study",
    "business case",
    "kodetest",
    "kodtest",
    "coding test",
    "technical test",
    "praktisk oppgave",
    "praktisk uppgift",
];

/// The text in lower case with anything but letters and digits as single spaces, padded, so
/// phrases match whole words.
fn words(text: &str) -> String {
    let spaced: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    format!(
        " {} ",
        spaced.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

/// The round the summary names: a task or case round, a later round, or the first.
pub(super) fn round(summary: &str) -> Round {
    let text = words(summary);
    let has = |phrase: &&str| text.contains(&format!(" {phrase} "));
    if TASK.iter().any(has) || text.split(' ').any(|w| w.starts_with("case")) {
        Round::Task
    } else if SECOND.iter().any(has) {
        Round::Second
    } else {
        Round::First
    }
}
