//! An invitation's description as notes: what a person wrote, without the text a meeting
//! service adds to every invitation (Teams' join block, Zoom's dial-in numbers, Google Meet's
//! "Join with Google Meet"), and the meeting link itself, which goes to the place field.
//!
//! The services' texts come in blocks: Teams fences its block with rules of underscores; Zoom
//! and Meet start theirs with a line of their own ("Join Zoom Meeting", "Join with Google
//! Meet") and go on with ids, passcodes, phone numbers and links. A block ends at the first line
//! that is none of those, so a sentence the organiser wrote after it is kept.

/// Hosts and paths of a link that joins a meeting (not the service's help or settings pages).
fn is_meeting_link(url: &str) -> bool {
    let lower = url.to_lowercase();
    let Some(rest) = lower.strip_prefix("https://") else {
        return false;
    };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let path_has_room = |prefix: &str| {
        path.strip_prefix(prefix)
            .is_some_and(|room| room.chars().any(char::is_alphanumeric))
    };
    (host == "teams.microsoft.com" && path.starts_with("l/meetup-join/"))
        || (host == "teams.live.com" && path_has_room("meet/"))
        || ((host == "zoom.us" || host.ends_with(".zoom.us"))
            && (path_has_room("j/") || path_has_room("my/")))
        || (host == "meet.google.com" && path_has_room(""))
        || ((host == "whereby.com" || host.ends_with(".whereby.com")) && path_has_room(""))
}

/// The first meeting link among `texts` (properties that carry one, then the description).
pub(super) fn meeting_link<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<String> {
    texts.into_iter().find_map(|text| {
        text.split(|c: char| c.is_whitespace() || "<>\"".contains(c))
            .map(|w| w.trim_end_matches([')', ',', '.', ';']))
            .find(|w| is_meeting_link(w))
            .map(str::to_owned)
    })
}

/// A line that is only a rule: underscores, dashes, tildes and the like (Teams, Google).
fn is_rule(line: &str) -> bool {
    let line = line.trim();
    line.chars().count() >= 5 && line.chars().all(|c| "_-=~:*─━.".contains(c))
}

/// The first line of a service's block.
fn starts_a_block(line: &str) -> Option<Service> {
    let l = line.to_lowercase();
    let zoom = l.contains("zoom")
        && ["join", "inviting", "møte", "möte", "meeting"]
            .iter()
            .any(|w| l.contains(w));
    let google = l.contains("google meet")
        || l.starts_with("join by phone")
        || CALENDAR_FOOTERS.iter().any(|f| l.contains(f));
    if l.contains("microsoft teams") {
        Some(Service::Teams)
    } else if zoom || google {
        Some(Service::Other)
    } else {
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Service {
    /// Teams' block runs to the last rule after its first line.
    Teams,
    /// Zoom's and Meet's run while their lines are the service's.
    Other,
}

/// What Google Calendar writes under every invitation: where to answer, where it came from,
/// why the mail came.
const CALENDAR_FOOTERS: &[&str] = &[
    "google calendar",
    "google kalender",
    "google-kalender",
    "you are receiving this",
    "du mottar denne",
    "du får det här",
    "forwarding this invitation",
    "videresending av denne",
    "om du vidarebefordrar",
    "to stop receiving",
];

/// How a service's lines begin, in the languages the services write (en, nb, sv).
const SERVICE_LINES: &[&str] = &[
    "join",
    "bli med",
    "anslut",
    "delta",
    "click here",
    "klikk her",
    "klicka här",
    "meeting id",
    "møte-id",
    "mötes-id",
    "passcode",
    "password",
    "passord",
    "lösenord",
    "secret code",
    "pin",
    "download",
    "last ned",
    "ladda ned",
    "learn more",
    "lær mer",
    "läs mer",
    "meeting options",
    "møtealternativer",
    "mötesalternativ",
    "need help",
    "trenger du hjelp",
    "behöver du hjälp",
    "or call in",
    "eller ring",
    "ring inn",
    "one tap",
    "dial",
    "or dial",
    "find a local",
    "find your local",
    "finn et lokalt",
    "hitta ett lokalt",
    "reset pin",
    "reset dial-in",
    "video conference id",
    "alternate vtc",
    "phone conference id",
    "phone conference",
    "for organizers",
    "for organisers",
    "for arrangører",
    "för organisatörer",
    "more phone numbers",
    "flere telefonnumre",
    "fler telefonnummer",
    "please do not edit",
    "ikke rediger",
    "redigera inte",
    "topic:",
    "time:",
    "meeting url",
    "h.323",
    "sip:",
    "skype",
    "weekly:",
    "or an h.323",
    "or a sip",
    "emne:",
    "tidspunkt:",
    "ämne:",
    "tid:",
    "én berøring",
    "ett tryck",
    "ring basert",
    "ring efter",
    "finn ditt lokale",
    "hitta ditt lokala",
    "finn ut mer",
];

/// A line a meeting service writes: one of its phrases, a bare link or address, a phone number.
fn is_service_line(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    let l = l.trim_start_matches(['•', '-', '*', ' ']);
    if l.is_empty() {
        return true;
    }
    if SERVICE_LINES.iter().any(|p| l.starts_with(p))
        || ["zoom meeting", "zoom-m"].iter().any(|p| l.contains(p))
        || CALENDAR_FOOTERS.iter().any(|f| l.contains(f))
    {
        return true;
    }
    let single = !l.contains(' ');
    if single && (l.starts_with("https://") || l.starts_with("http://") || l.contains('@')) {
        return true;
    }
    // "+47 21 00 00 00,,987654321# Norway", "(NO) +47 21 00 00 00 PIN: 123#": a number first.
    let number = l
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .map_or(l, |(_, r)| r)
        .trim_start();
    let digits = number.chars().filter(char::is_ascii_digit).count();
    digits >= 6 && number.starts_with(|c: char| c == '+' || c.is_ascii_digit())
}

/// Links written the way Outlook's plain text writes them, `label<https://…>`: a service's link
/// is dropped with its brackets; any other keeps its address, in brackets a person can read.
fn unwrap_links(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find("<http") {
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        out.push_str(&rest[..open]);
        let url = &rest[open + 1..open + close];
        if !is_service_url(url) {
            out.push_str(&format!(" ({url})"));
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

fn is_service_url(url: &str) -> bool {
    let lower = url.to_lowercase();
    is_meeting_link(url)
        || [
            "microsoft.com",
            "aka.ms",
            "zoom.us",
            "google.com",
            "tel.meet",
            "whereby.com",
            "teams.live.com",
            "vc.",
        ]
        .iter()
        .any(|host| lower.contains(host))
}

/// The description without the services' blocks, rules and link wrappers; blank lines between
/// paragraphs kept, one at a time.
pub(super) fn clean(description: &str) -> String {
    let lines: Vec<String> = description
        .replace("\r\n", "\n")
        .lines()
        .map(|l| unwrap_links(l).trim_end().to_owned())
        .collect();
    let mut keep = vec![true; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if is_rule(&lines[i]) {
            keep[i] = false;
            i += 1;
            continue;
        }
        match starts_a_block(&lines[i]) {
            Some(Service::Teams) => {
                // To the last rule that follows (Teams' newer block has rules inside it too);
                // without one, to the end of the service's lines.
                let last_rule = (i + 1..lines.len()).rev().find(|&j| is_rule(&lines[j]));
                let end = match last_rule {
                    Some(rule) => rule + 1,
                    None => block_end(&lines, i + 1),
                };
                keep[i..end].iter_mut().for_each(|k| *k = false);
                i = end;
            }
            Some(Service::Other) => {
                let end = block_end(&lines, i + 1);
                keep[i..end].iter_mut().for_each(|k| *k = false);
                i = end;
            }
            None => {
                // A lone line of a service outside a block: a join line with its link, a
                // meeting id, a passcode.
                let l = lines[i].trim().to_lowercase();
                if (l.starts_with("meeting id")
                    || l.starts_with("passcode")
                    || l.starts_with("møte-id")
                    || l.starts_with("mötes-id")
                    || l.starts_with("passord")
                    || l.starts_with("lösenord"))
                    || (meeting_link([lines[i].as_str()]).is_some() && is_service_line(&lines[i]))
                {
                    keep[i] = false;
                }
                i += 1;
            }
        }
    }
    let mut out: Vec<&str> = vec![];
    for (line, _) in lines.iter().zip(&keep).filter(|(_, k)| **k) {
        if line.trim().is_empty() && out.last().is_none_or(|l| l.trim().is_empty()) {
            continue;
        }
        out.push(line);
    }
    out.join("\n").trim().to_owned()
}

/// Where a service's block that starts at `from` ends: at its first line that a person wrote.
fn block_end(lines: &[String], from: usize) -> usize {
    (from..lines.len())
        .find(|&j| !is_service_line(&lines[j]) && !is_rule(&lines[j]))
        .unwrap_or(lines.len())
}
