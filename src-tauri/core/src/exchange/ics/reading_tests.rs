//! How an invitation's words are read, case by case: the employer, the job and the round in
//! Norwegian, Swedish and English; the meeting services' boilerplate taken out of the notes and
//! what a person wrote kept; the start in a daylight-saving gap flagged.

use super::{notes, read_invitation, wording};
use crate::interview::Round;
use rstest::rstest;

/// The employer from the words before the organiser's address: `organiser` is its domain's name.
#[rstest]
#[case("Intervju hos Equinor", None, Some("Equinor"))]
#[case("Intervju med Equinor", None, Some("Equinor"))]
#[case("Interview with Equinor", None, Some("Equinor"))]
#[case("Anställningsintervju – Volvo", None, Some("Volvo"))]
#[case(
    "Equinor – intervju for stillingen som dataingeniør",
    None,
    Some("Equinor")
)]
#[case("Andra intervju: Spotify", None, Some("Spotify"))]
#[case("Intervjudag hos Havbris AS", None, Some("Havbris AS"))]
#[case(
    "Intervju – Backend-utvikler, Fjordsoft AS",
    None,
    Some("Fjordsoft AS")
)]
#[case("Avlyst: Equinor – intervju", Some("equinor"), Some("Equinor"))]
#[case("Interview at Fjellbank: home task review", None, Some("Fjellbank"))]
#[case("Jobbintervju på Volvo Cars kl. 10", None, Some("Volvo Cars"))]
// Not an employer: a person, a pronoun, the job, the round.
#[case("Interview with Jordan Reyes", None, None)]
#[case("Intervju hos oss", None, None)]
#[case("Interview: Senior Data Engineer – round 2", None, None)]
#[case("Intervju – Project Manager", None, None)]
#[case("Intervju prosjektingeniør", None, None)]
fn the_employer_is_read_from_the_words(
    #[case] summary: &str,
    #[case] organiser: Option<&str>,
    #[case] employer: Option<&str>,
) {
    let people = vec!["Jordan Reyes".to_owned()];
    assert_eq!(
        wording::employer(summary, "", organiser, &people).as_deref(),
        employer,
        "{summary}"
    );
}

#[test]
fn the_description_names_the_employer_only_in_plain_words() {
    let text = "Hei!\nVelkommen til intervju hos Kystlys. Vi gleder oss.";
    assert_eq!(
        wording::employer("Intervju", text, None, &[]).as_deref(),
        Some("Kystlys")
    );
    let first = "Takk for søknaden. Vi vil gjerne invitere deg til et første intervju hos oss.";
    assert_eq!(wording::employer("Intervju", first, None, &[]), None);
}

#[rstest]
#[case(
    "Equinor – intervju for stillingen som dataingeniør",
    "",
    true,
    "Dataingeniør"
)]
#[case(
    "Intervju för tjänsten som systemutvecklare hos Volvo",
    "",
    true,
    "Systemutvecklare"
)]
#[case("Intervju: Produktdesigner (Nordlys AS)", "", true, "Produktdesigner")]
#[case("Intervju prosjektingeniør", "", false, "Prosjektingeniør")]
#[case(
    "Interview with Northwind – final round",
    "We will talk about the Platform Engineer role.",
    true,
    "Platform Engineer"
)]
// Only where: the form asks for the job. No employer either: the summary as written.
#[case("Intervju hos Equinor", "", true, "")]
#[case("Möte om jobbet", "", false, "Möte om jobbet")]
fn the_job_is_read_from_the_words(
    #[case] summary: &str,
    #[case] description: &str,
    #[case] employer_in_summary: bool,
    #[case] role: &str,
) {
    assert_eq!(
        wording::role(summary, description, employer_in_summary),
        role,
        "{summary}"
    );
}

#[rstest]
#[case("Intervju hos Equinor", Round::First)]
#[case("Andre intervju hos Equinor", Round::Second)]
#[case("Andregangsintervju hos Kystlys", Round::Second)]
#[case("2. intervju – Bring", Round::Second)]
#[case("Andra intervju: Spotify", Round::Second)]
#[case("Välkommen till andra intervjun", Round::Second)]
#[case("Second interview with Acme", Round::Second)]
#[case("Acme – second round", Round::Second)]
#[case("Interview with Northwind – final round", Round::Second)]
#[case("Interview: Data Engineer – round 2", Round::Second)]
#[case("Caseintervju hos Kystverket", Round::Task)]
#[case("Case: Bring", Round::Task)]
#[case("Arbetsprov – Volvo", Round::Task)]
#[case("Arbeidsprøve hos Posten", Round::Task)]
#[case("Interview at Fjellbank: home task review", Round::Task)]
#[case("Take-home assignment review", Round::Task)]
#[case("Showcase of our products", Round::First)]
fn the_round_is_read_from_the_summary(#[case] summary: &str, #[case] round: Round) {
    assert_eq!(wording::round(summary), round, "{summary}");
}

/// Each service's text goes; a person's sentence after it stays, and so does a link a person
/// wrote (its address kept readable).
#[rstest]
#[case::teams(
    "Hi Kari!\n\n________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3a1/0>\nMeeting ID: 312 845 907 166\nPasscode: aB3cD4\nDownload Teams<https://www.microsoft.com/teams> | Join on the web<https://www.microsoft.com/join>\nNeed help?<https://aka.ms/JoinTeamsMeeting>\n________________\n",
    "Hi Kari!"
)]
#[case::zoom(
    "See you!\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/812?pwd=x\n\nMeeting ID: 812 3456 7890\nPasscode: 123456\nOne tap mobile\n+4723965010,,812#,,,,*123456# Norway\n\nDial by your location\n        +47 2396 5010 Norway\nFind your local number: https://us02web.zoom.us/u/abc\n\nBring your CV.",
    "See you!\n\nBring your CV."
)]
#[case::meet(
    "Velkommen.\n\nJoin with Google Meet: https://meet.google.com/abc-defg-hij\nJoin by phone\n(NO) +47 21 00 00 00 PIN: 123456789#\nMore phone numbers: https://tel.meet/abc-defg-hij?pin=1\n",
    "Velkommen."
)]
#[case::wrapped_link(
    "Read the ad<https://jobs.example.org/123> before we meet.",
    "Read the ad (https://jobs.example.org/123) before we meet."
)]
#[case::whereby_line(
    "Join here: https://whereby.com/acme-interview\nBring ID.",
    "Bring ID."
)]
#[case::person_numbers(
    "Ring meg på 900 00 000 om du blir forsinket.",
    "Ring meg på 900 00 000 om du blir forsinket."
)]
fn boilerplate_goes_and_what_a_person_wrote_stays(#[case] description: &str, #[case] notes: &str) {
    assert_eq!(notes::clean(description), notes);
}

#[rstest]
#[case("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x/0", true)]
#[case("https://us06web.zoom.us/j/8123?pwd=a", true)]
#[case("https://meet.google.com/abc-defg-hij", true)]
#[case("https://whereby.com/acme", true)]
#[case("https://aka.ms/JoinTeamsMeeting", false)]
#[case("https://teams.microsoft.com/meetingOptions/?x=1", false)]
#[case("https://us06web.zoom.us/u/kd1", false)]
#[case("https://jobs.example.org/123", false)]
fn only_links_that_join_a_meeting_are_meeting_links(#[case] url: &str, #[case] link: bool) {
    assert_eq!(notes::meeting_link([url]).is_some(), link, "{url}");
}

/// Invariant: the reader flags a start the clocks skip in its own zone — and only that: not
/// the hour after, not the autumn's repeated hour, not a UTC time.
#[rstest]
#[case("DTSTART;TZID=Europe/Oslo:20270328T023000", true)]
#[case("DTSTART;TZID=Europe/Oslo:20270328T033000", false)]
#[case("DTSTART;TZID=Europe/Oslo:20271031T023000", false)]
#[case("DTSTART;TZID=America/New_York:20270314T021500", true)]
#[case("DTSTART:20270328T023000", true)]
#[case("DTSTART:20270328T013000Z", false)]
fn a_start_in_a_daylight_saving_gap_is_flagged(#[case] dtstart: &str, #[case] gap: bool) {
    let text = format!(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n{dtstart}\r\nSUMMARY:Intervju\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    );
    let read = read_invitation(&text, chrono_tz::Europe::Oslo).unwrap();
    assert_eq!(read.start_in_gap, gap, "{dtstart}");
}

/// Invariant: a cancellation is recognised from the method or from the event's status, in any
/// case; the sequence defaults to 0 and a negative one is read as 0.
#[rstest]
#[case("METHOD:CANCEL\r\n", "", "", true, 0)]
#[case("", "STATUS:CANCELLED\r\n", "SEQUENCE:3\r\n", true, 3)]
#[case("method:cancel\r\n", "", "SEQUENCE:-2\r\n", true, 0)]
#[case(
    "METHOD:REQUEST\r\n",
    "STATUS:CONFIRMED\r\n",
    "SEQUENCE:1\r\n",
    false,
    1
)]
fn cancellations_and_sequences_are_read(
    #[case] method: &str,
    #[case] status: &str,
    #[case] sequence: &str,
    #[case] cancelled: bool,
    #[case] number: i64,
) {
    let text = format!(
        "BEGIN:VCALENDAR\r\n{method}BEGIN:VEVENT\r\nUID:abc@example.org\r\n{status}{sequence}DTSTART:20270301T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    );
    let read = read_invitation(&text, chrono_tz::Europe::Oslo).unwrap();
    assert_eq!(
        (read.cancelled, read.sequence, read.uid.as_str()),
        (cancelled, number, "abc@example.org")
    );
}
