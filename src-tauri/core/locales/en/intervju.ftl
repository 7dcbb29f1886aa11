# Intervju — English texts. Every id here exists in nb/ and sv/ too (a test checks).

app-name = Intervju
nav-interviews = Interviews
nav-settings = Settings
nav-main = Main menu

## Phone layout: the top bar's way back and the bottom tab bar
nav-back = Back
nav-home = Intervju, to the list of interviews

skip-to-content = Skip to the content
loading = Loading…

## Actions
action-new-interview = New interview
action-save = Save
action-save-changes = Save changes
action-cancel = Cancel
action-edit = Edit
action-delete = Delete
action-back = Back to the list
action-add-interviewer = Add an interviewer
action-remove = Remove

## First run
welcome-title = Welcome to Intervju
welcome-lead = Every interview teaches you something. Intervju helps you keep it, so the next one goes better.
welcome-step-prepare = Before: research the company, practise your answers and the questions you want to ask.
welcome-step-way-in = On the way in: a short checklist for clothes and conduct.
welcome-step-reflect = Right after: a two-minute reflection while it is fresh, and a calmer look the next day.
welcome-step-learn = At home: see what went well, what you tend to forget, and what to do differently.
welcome-privacy = Everything stays on this device. No account, no cloud, no tracking.
welcome-start = Add my first interview
welcome-skip = Look around first

## The list
list-title = Interviews
list-upcoming = Upcoming
list-past = Earlier
list-empty-title = No interviews yet
list-empty-body = Add the next interview you are invited to. A company, a role and a time are enough; the rest can wait.
list-summary = { $total ->
    [one] One interview
   *[other] { $total } interviews
  }, { $upcoming ->
    [0] none coming up
    [one] one coming up
   *[other] { $upcoming } coming up
  }
list-now = Happening now
list-load-more = Show more

## Rounds and statuses
round-first = First interview
round-second = Second interview
round-task = Task or case
round-other = Other meeting
status-planned = Planned
status-done = Done
status-awaiting = Awaiting answer
status-next_round = Next round
status-offer = Offer
status-rejected = Rejected
status-withdrawn = Withdrawn
status-cancelled = Cancelled

## The form
form-new-title = New interview
form-edit-title = Edit interview
form-section-job = The job
form-section-when = When and where
form-section-people = People
form-section-ad = The job ad
form-section-notes = Notes
field-company-label = Company
field-company-placeholder = Who is hiring?
field-role-label = Role
field-role-placeholder = The position you applied for
field-round-label = Round
field-previous-round-label = Follows the earlier round
field-previous-round-none = No earlier round
field-status-label = Status
field-start-label = Starts
# The letters of a date field's pattern ("dd.mm.åååå"), in the order the language writes a date.
date-letters-day = dd
date-letters-month = mm
date-letters-year = yyyy
# A time field's pattern, on the 24-hour clock.
time-letters = hh:mm
field-time-zone-label = Time zone
field-time-zone-hint = Where the interview takes place. Times and reminders follow this zone.
field-duration-label = Expected length in minutes
field-location-label = Place or video link
field-location-placeholder = Address, room or meeting link
field-interviewers-label = Interviewers
field-interviewers-empty = Nobody added yet. Names help you greet people and follow up afterwards.
field-interviewer-name-label = Name
field-interviewer-role-label = Their role
field-contact-name-label = Contact person
field-contact-info-label = Phone or e-mail
field-job-ad-url-label = Link to the job ad
field-job-ad-text-label = The ad's text
field-job-ad-text-hint = Paste the text in: ads are often taken down before the interview.
field-notes-label = Notes
form-saved = Saved
form-fix-errors = Some fields need fixing before this can be saved.

## The detail view
detail-when = When
detail-where = Where
detail-duration = { $minutes } min
detail-your-time = { $time } where you are
detail-interviewers = Interviewers
detail-contact = Contact person
detail-job-ad = Job ad
detail-open-ad = The ad's address
detail-notes = Notes
detail-previous-round = Earlier round
detail-not-filled = Not filled in yet
delete-confirm-title = Delete this interview?
delete-confirm-body = { $company }, { $role } — the interview and everything written about it will be removed from this device. This cannot be undone.
delete-confirm-yes = Delete for good
deleted = The interview was deleted.

## Settings
settings-title = Settings
settings-language = Language
settings-language-auto = Same as the system ({ $language })
language-en = English
language-nb = Norsk bokmål
language-sv = Svenska
settings-privacy-title = Your data
settings-privacy-body = Intervju works offline and sends nothing anywhere. Your interviews are kept only on this device, in this folder:
settings-privacy-memory = Your interviews are kept in memory only and are gone when the app closes.
settings-about = Intervju { $version }
settings-show-welcome = Show the welcome again

## Errors
error-invalid-request = The app sent a request it could not understand. Nothing was changed.
error-validation = Some fields need fixing.
error-not-found = That interview no longer exists.
error-database-too-new = Your data was saved by a newer version of Intervju (data version { $found }; this app knows up to { $supported }). Update the app to open it. Nothing was changed.
error-storage = Your data could not be read or saved. Nothing was changed.
error-io = The data folder cannot be used. Check that the disk has free space and the folder can be written to.
error-unexpected = Something unexpected went wrong. Nothing was changed.
field-required = This field is required.
field-too-long = Use at most { $max } characters.
field-too-many = Add at most { $max }.
field-out-of-range = Choose a number from { $min } to { $max }.
field-invalid-date-time = Enter a date and a time, such as 2026-12-01 10:00.
field-unknown-time-zone = Choose a time zone from the list, such as Europe/Oslo.
field-nonexistent-time = The clocks skip this time when summer time begins in that zone. Choose a time at least an hour later.
field-invalid-url = Enter a web address starting with https://
field-unknown-interview = That earlier round no longer exists.
field-links-to-itself = A round cannot follow itself or one of its own later rounds.
field-control-characters = Remove the invisible control characters.

## On the way in: the checklist
checklist-open = On the way in
checklist-open-hint = A quick check of clothes and conduct
checklist-title = On the way in
checklist-progress = { $done } of { $total } done
checklist-ready-title = You're ready
checklist-ready-body = Take a deep breath. They invited you because they want to meet you. Good luck!
checklist-lessons-title = Remember from last time
checklist-edit = Edit the list
checklist-done-editing = Done editing
checklist-hide-here = Hide here
checklist-hide-everywhere = Hide on every list
checklist-hidden-title = Hidden items
checklist-hidden-here = Hidden for this interview
checklist-hidden-everywhere = Hidden on every list
checklist-restore = Show again
checklist-add-title = Add your own item
checklist-add-text-label = Your item
checklist-add-section-label = Where it belongs
checklist-add-everywhere = Put it on every interview's list
checklist-add = Add
checklist-remove = Delete
checklist-own-here = Yours, for this interview
checklist-own-everywhere = Yours, on every list
checklist-reset = Untick everything
checklist-reset-confirm-title = Untick every item?
checklist-reset-confirm-body = The list starts over for this interview. Hidden items and your own items stay.
checklist-reset-yes = Untick all
checklist-empty = Every item is hidden. Show some again below, or add your own.
check-section-dress = Before you leave
check-section-first_minute = The first minute
check-section-conduct = During the interview
check-dress-clean = Clothes and shoes are clean
check-dress-comfortable = Clothes you feel comfortable in, and none that look worn
check-dress-scent = Perfume or aftershave: mild, or none
check-dress-no-smoking = No cigarette right before — the smell stays with you
check-dress-no-gum = No chewing gum, and no snus
check-first-eye-contact = Meet their eyes
check-first-smile = Smile
check-first-introduce = Say your name and introduce yourself
check-conduct-relax = Treat it as an ordinary conversation; they are curious about you
check-conduct-listen = Listen, and answer what they actually ask
check-conduct-let-them-lead = Let the interviewer steer the conversation
check-conduct-show-interest = Show that the job and the workplace interest you
check-conduct-questions-when-invited = Keep your own questions until they invite them
check-conduct-no-salary = Leave salary out of it
check-conduct-no-badmouthing = Say nothing bad about earlier employers
check-conduct-positive = Be enthusiastic, friendly and positive
check-conduct-silence = A short pause is fine: take a moment to think
check-conduct-be-yourself = Be yourself
field-unknown-item = That item is not on this list.
field-built-in-item = Built-in items can be hidden, not deleted.

## Before: preparation, the question bank and practice
nav-questions = Questions
action-next-round = Plan the next round
form-next-round-title = The next round
form-next-round-hint = Filled in from your earlier round with { $company }. Set the new time, and change what differs.
list-add = Add
list-move-up = Move "{ $item }" up
list-move-down = Move "{ $item }" down
list-remove = Remove "{ $item }"
prep-open = Prepare
prep-title = Preparation
prep-saving = Saving…
prep-saved = All changes saved
prep-research-title = The company
prep-research = What I know about the company
prep-research-hint = What they do, their customers, news, culture — and what the ad says they need.
prep-keywords-title = My keywords
prep-keywords-hint = Short keywords, not a script: enough to remember what you want to say.
prep-strengths = My strengths
prep-weaknesses = My weak sides
prep-weaknesses-hint = And how you handle each of them.
prep-why-job = Why I want this job
prep-why-me = Why I am the right person for it
prep-second-title = For this round
prep-employer-gaps = Where I can fill a gap
prep-employer-gaps-hint = Strengths of yours that the employer lacks or is short of — things you noticed in the last round.
prep-next-step = The next step
prep-next-step-hint = What to find out before you leave: what happens next, and when you will hear from them.
prep-ask-title = Questions I want to ask them
prep-ask-hint = Save them until they invite your questions. Most important first.
prep-ask-add = Add a question to ask
prep-ask-example = For example: What does a good first year look like?
prep-gaps-title = Knowledge gaps to fill
prep-gaps-hint = Anything from the last round that felt unfamiliar. Tick it off once you have read up.
prep-gaps-add = Add a knowledge gap
prep-competency-title = My competencies, most valuable to them first
prep-competency-hint = Put first what this employer needs most. Drag, or use the arrows (Alt+↑/↓ on an item).
prep-competency-add = Add a competency
prep-questions-title = Questions I expect
prep-questions-hint = With the answers you have practised. They live in your question bank and can be reused for other interviews.
prep-question-label = The question
prep-answer-label = My answer
prep-question-add = Add the question
prep-questions-pick = Choose…
prep-bank-pick-label = A question from your bank
prep-question-unlink = Not for this interview
prep-practise = { $count ->
    [one] Practise this question
   *[other] Practise these { $count } questions
  }
prep-log-title = Practice log
prep-log-hint = Rehearsing out loud with someone helps most, especially if you are nervous.
prep-log-date = Date
prep-log-partner = With whom
prep-log-notes = What came of it
prep-log-add = Log a practice
prep-log-with = with { $partner }
prep-task-title = A task or case
prep-task-brief = What they asked me to do
prep-task-notes = My notes for the task
prep-task-add = Add a task or case
prep-earlier-title = { $round }: what you said then
prep-earlier-hint = Many questions come back in the next round. Stay consistent with what you said, and go deeper.
prep-earlier-asked = Questions they asked
prep-earlier-you-asked = Questions you asked them
prep-earlier-open = Open the earlier round
practice-title = Practice
practice-all = Every question in your bank, weakest first
practice-count = Question { $current } of { $total }
practice-reveal = Show my answer
practice-your-answer = My answer
practice-no-answer = You have not written an answer yet. Say one out loud, then write it down on the preparation sheet.
practice-how = How did it go?
practice-last-time = Last time: { $rating }
practice-done-title = Well done
practice-summary = You practised { $total ->
    [one] one question
   *[other] { $total } questions
  }: { $good } went well, { $okay } so-so, { $poor } need more work.
practice-again = Practise again
practice-back = Back
practice-empty = There are no questions to practise yet. Add the questions you expect on the preparation sheet.
rating-good = Went well
rating-okay = So-so
rating-poor = Needs work
bank-title = Question bank
bank-intro = Every question you have prepared, for every interview. Polish an answer once, use it many times.
bank-empty = Your bank is empty. Add the questions you expect, here or on an interview's preparation sheet.
bank-practise-all = Practise all
bank-tags = Tags
bank-tags-example = For example: motivation, teamwork
bank-usage = Prepared for { $prepared }, asked in { $asked }, practised { $attempts } times.
bank-delete-title = Delete this question from the bank?

## After: reflection, second look, outcome, lessons
answer-yes = Yes
answer-partly = Partly
answer-no = No
feeling-1 = Relaxed
feeling-2 = Calm
feeling-3 = In between
feeling-4 = Tense
feeling-5 = Stressed
rating-1 = Poorly
rating-5 = Very well
after-title = After the interview
after-reflect = Reflect now (2 minutes)
after-reflect-continue = Continue the reflection ({ $answered } of { $total })
after-reflect-edit = Open the reflection
after-later = Second look
after-later-edit = Open the second look
reflect-title = Right after
reflect-progress = { $answered } of { $total } answered
reflect-section-feel = How it felt
reflect-feeling = How did you feel during the conversation?
reflect-friendly = Was the interviewer friendly towards you?
reflect-mood-changed = Did the mood change during the conversation?
reflect-mood-when = If it did: when, and what happened?
reflect-was-myself = Were you yourself?
reflect-unsure = Moments that made you unsure
reflect-section-said = What you said
reflect-said-everything = Did you say everything you meant to?
reflect-forgot = What did you forget to say?
reflect-forgot-hint = One point a line. Each comes back as a reminder before your next interviews.
reflect-enough-time = Did you get enough time to talk?
reflect-presented-strengths = Did you get your strengths across?
reflect-which-strengths = Which strengths did you present?
reflect-section-learned = What you learned
reflect-learned = What did you learn about the workplace and the person who led the interview?
reflect-know-more = Do you know more about the job than before?
reflect-positive = What was positive?
reflect-negative = What was negative?
reflect-section-questions = Questions
reflect-came-up = Which of your prepared questions came up?
reflect-no-prepared = You had no questions prepared in the bank for this interview.
reflect-new-question = A new question they asked
reflect-new-question-hint = New questions go straight into your question bank, so you can practise them.
reflect-question-added = Added to your question bank
reflect-section-rating = Your rating
reflect-rating = How well do you think it went?
reflect-done = Done for now
reflect-saved = Saved. You can come back and add more at any time.
later-title = Second look
later-first-rating = Right after, you rated it
later-rating-of = { $rating } of 5
later-no-first-rating = No rating yet
later-rating-hint = Looking back when calm, many find they did better than they first thought.
later-rating = And now, with some distance?
later-section-job = Is this the job I want?
later-want-job = Is this the job you want?
later-know-enough = Do you know enough about the position?
later-will-fit = Will you fit in?
later-matches-plans = Does it match your plans?
later-impression = Your impression of the job itself, the colleagues and the workplace
later-section-next = Next time
later-next-questions = Questions for a possible next round
later-do-differently = What will you do differently next time?
later-do-differently-hint = One point a line. Each becomes a lesson you see before your next interviews.
outcome-title = Outcome
outcome-current = Status: { $status }
outcome-waiting = { $days ->
    [0] No answer yet — the interview was today.
    [one] No answer yet — one day since the interview.
   *[other] No answer yet — { $days } days since the interview.
  }
outcome-set-planned = Planned
outcome-set-done = The interview is done
outcome-set-awaiting = Awaiting an answer
outcome-set-next_round = Invited to the next round
outcome-set-offer = I got an offer
outcome-set-rejected = I was turned down
outcome-set-withdrawn = I withdrew
feedback-title = Ask what you can improve
feedback-prompt = A no is not the end. If the interview felt good, ask the interviewer what you could do better next time — most are glad to say, and it helps with your next interview.
feedback-draft-label = A message you can send
feedback-greeting-named = Hi { $name },
feedback-greeting = Hello,
feedback-draft = Thank you for the interview for the { $role } position at { $company }. I am sorry the job did not go to me, but I learned a lot from meeting you.
    
    Would you be willing to tell me briefly what I could improve for future interviews? It would help me a lot.
    
    Kind regards
feedback-copy = Copy the message
feedback-copied = The message is copied.
feedback-select = The message is selected: copy it with Ctrl+C.
feedback-asked = I have asked for feedback
feedback-said = What they said
lesson-forgot = Remember to mention: { $text }
lesson-from = From { $company }
lesson-recurring = Came up after { $count } interviews
lesson-learned = Learned it
prep-earlier-reflection = Your reflection afterwards
prep-earlier-rating = Your rating
prep-earlier-ratings = { $first } of 5 right after, { $later } of 5 later
field-invalid-choice = Choose one of the offered answers.
field-invalid-transition = That status cannot follow the interview's current status.

## Reminders
field-snooze-past-start = A reminder before the interview cannot be put off past its start.
reminder-evening_before-title = Tomorrow: { $company }
reminder-evening_before-body = Your interview for { $role } is at { $time }. Look over your preparation tonight.
reminder-hours_before-title = Today at { $time }: { $company }
reminder-hours_before-body = Time to get ready. The checklist for clothes and conduct is one tap away.
reminder-minutes_before-title = { $company } in a few minutes
reminder-minutes_before-body = Breathe out slowly. You are prepared. Be yourself.
reminder-after_end-title = How did it go at { $company }?
reminder-after_end-body = Take two minutes to reflect while it is fresh.
reminder-next_day-title = A second look: { $company }
reminder-next_day-body = With some distance: how did it really go, and is this the job you want?
reminder-follow_up-title = No answer from { $company } yet?
reminder-follow_up-body = It has been a while. A short message to your contact shows you are still interested.
reminder-after_rejection-title = Ask { $company } for feedback
reminder-after_rejection-body = A short message can tell you what to improve for the next interview.
reminder-kind-evening_before = The evening before
reminder-kind-hours_before = Some hours before
reminder-kind-minutes_before = Minutes before (calm down)
reminder-kind-after_end = After the interview
reminder-kind-next_day = The next day
reminder-kind-follow_up = Follow up
reminder-kind-after_rejection = After a rejection
reminders-title = Reminders
reminders-hint = Times follow the interview's own time zone. No reminder sounds in your quiet hours.
reminder-state-pending = { $time }
reminder-state-snoozed = Snoozed until { $time }
reminder-state-fired = Sent { $time }
reminder-state-skipped = Not sent: it was too late
reminder-not-planned = Nothing to remind of
reminder-change = Change the time
due-title = Waiting for you
due-open = Open
due-dismiss = Dismiss
due-snooze-minutes_15 = In 15 min
due-snooze-hour_1 = In 1 hour
due-snooze-tomorrow_morning = Tomorrow morning
due-snoozed = I will remind you again.
# The buttons of a desktop notification (Linux): a click opens the reminder's screen; the others
# put it off, as the "Waiting for you" strip does. Standing alone in a notification, they say what
# they do.
notification-open = Open
notification-snooze-minutes_15 = Remind me in 15 min
notification-snooze-hour_1 = Remind me in 1 hour
notification-snooze-tomorrow_morning = Remind me tomorrow morning
settings-reminders-title = Reminders
settings-reminders-hint = The default for every interview; each interview can switch its own on or off.
settings-value-evening_before = At (time of day)
settings-value-hours_before = Minutes before the start
settings-value-minutes_before = Minutes before the start
settings-value-after_end = Minutes after the expected end
settings-value-next_day = At (time of day)
settings-value-follow_up = Days after the interview
settings-value-after_rejection = The next day at
settings-quiet = Quiet hours
settings-quiet-enabled = Keep quiet at night
settings-quiet-start = From
settings-quiet-end = Until
settings-autostart = Start Intervju when I log in, so reminders come even if I have not opened it
settings-reminders-save = Save reminder settings

## Recovery
error-corrupt-database = Your data file is damaged and could not be opened. It has been kept aside, untouched, in the data folder. You can restore the latest backup, or start again with an empty database.
recover-backup = Restore the latest backup
recover-empty = Start with an empty database
error-disk-full = The disk is full, so Intervju could not save. Free some space and try again. Nothing was changed.
error-read-only = Intervju cannot write to its data folder: it may be read-only. Check the folder's permissions or the disk it is on.

## Backups
backup-title = Backups
backup-hint = Intervju copies your data beside itself once a day and keeps the last seven. Restoring one replaces what you have now; a copy of that is kept too.
backup-none = No backup yet. The first is taken shortly after the app starts.
backup-restore = Restore
backup-restore-title = Restore this backup?
backup-restore-body = Your data goes back to how it was on { $when }. What you have now is kept as a backup of its own.
backup-restored = The backup is restored.

## Export and import
field-not-a-backup = This file is not an Intervju backup, or it is damaged. Nothing was imported.
field-backup-too-new = This backup was made by a newer version of Intervju. Update the app, then import it.
field-not-a-calendar = This file is not a calendar invitation (.ics).
field-no-event = The calendar file holds no appointment to import.
field-already-imported = This invitation was imported before. Import it again to move or cancel that interview.
field-pairing-code = A pairing code is six words from the other device's Devices screen. Check the spelling.
field-not-a-bundle = This file is not a bundle of changes from Intervju. Nothing was changed.
field-bundle-too-new = These changes were written by a newer version of Intervju. Update the app on this device, then receive them again. Nothing was changed.
field-bundle-damaged = This bundle is damaged or incomplete, or it was not sealed by the device it names. Send it again from the other device. Nothing was changed.
field-bundle-not-paired = This bundle comes from a device that is not paired with this one. Pair the two devices first. Nothing was changed.
field-bundle-from-here = This bundle was written by this device. Receive it on the other device. Nothing was changed.
field-network-off = The local network can't be used on this device right now, so nothing was synced. Sending changes as a file still works.
csv-date = Date
csv-time = Time
csv-employer = Employer
csv-role = Position
csv-contact-kind = Kind of contact
csv-contact-person = Contact person
csv-place = Place
csv-status = Status
csv-time-zone = Time zone
contact-kind-first = Job interview
contact-kind-second = Job interview, second round
contact-kind-task = Work test or case
contact-kind-other = Meeting with the employer
report-heading = Interviews — report of { $date }
report-summary = { $count ->
    [one] One interview.
   *[other] { $count } interviews.
}
report-lessons = Lessons still open
ics-summary = Interview: { $role }, { $company }
file-kind-json = Intervju backup
file-kind-csv = Spreadsheet (CSV)
file-kind-ics = Calendar (iCalendar)
file-kind-md = Report (Markdown)
file-kind-intervjusync = Intervju changes
file-save-title = Save the export
file-open-title = Choose a file to import
file-send-title = Save the changes for your other device
file-receive-title = Choose a file of changes from your other device

## The review at home
nav-review = Review
review-title = Looking back
export-print = Print the report
review-search-label = Search everything you wrote
review-search-hint = A word from a note, an answer or a reflection
review-search-none = Nothing matches “{ $query }”.
review-search-count = { $count ->
    [one] One match
   *[other] { $count } matches
}
source-interview = Interview
source-preparation = Preparation
source-reflection = Reflection
source-feedback = Feedback
source-lists = Preparation lists
source-practice = Practice log
source-question = Question bank
review-trends-title = Trends
review-trends-empty = The charts appear once you have reflected on an interview.
review-averages = { $count ->
    [one] Over one reflection
   *[other] Over { $count } reflections
} your rating was { $first } on average right after, and { $later } looking back later.
chart-stress-title = How tense you felt
chart-rating-title = Your rating, right after and later
chart-rating-first = Right after
chart-rating-later = Later
chart-answers-title = How often you managed to…
chart-said-everything = say everything
chart-enough-time = get time to talk
chart-strengths = get your strengths across
col-interview = Interview
review-forgotten-title = Points you keep forgetting
review-forgotten-item = { $text } ({ $count } times)
review-lessons-title = Lessons still open
review-interviews-title = All interviews
filter-status = Status
filter-company = Employer
filter-round = Round
filter-any-round = Any round
filter-from = From
filter-to = To
filter-clear = Clear the filters
view-label = Show as
view-table = Table
view-timeline = Timeline
col-date = Date
col-company = Employer
col-role = Position
col-round = Round
col-status = Status
col-rating = Rating
review-count = Showing { $shown } of { $total }
review-more = Show more
review-none = No interview matches these filters.
review-companies-title = Employers
company-summary = { $count ->
    [one] One interview, { $first }
   *[other] { $count } interviews, { $first } – { $last }
}
company-later-round = Reached a later round
company-show = Show their interviews
review-exchange-title = Export and import
review-export-title = Export
export-filtered-hint = The activity report, the calendar and the report hold the interviews the filters above show.
export-csv = Activity report (CSV)
export-csv-hint = Date, employer, position and kind of contact: what NAV and Arbetsförmedlingen ask for.
export-ics = Add to your calendar (.ics)
export-md = Report (Markdown)
export-json = Full backup (JSON)
export-json-hint = Everything, to keep safe or move to another computer.
export-saved = Saved to { $path }
review-import-title = Import
import-invitation = A calendar invitation (.ics)
import-backup = A backup (JSON)
import-backup-hint = Adds what is not here yet. Interviews you already have are recognised and left as they are.
import-done = { $added ->
    [one] One interview added
   *[other] { $added } interviews added
}, { $duplicates } already here.
list-import = Import an invitation
form-imported-title = Check the invitation
form-imported-hint = Read from the calendar file. Check the details, add what is missing, and save.
form-imported-all-day = The invitation has a date but no time, so the start is set to 09:00.
form-imported-zone-guessed = The invitation's time zone was unknown, so the time is shown in your own zone.
form-imported-first-of = The file held { $count } appointments; this is the first.
form-start-in-gap = { $time } does not exist on that day in { $zone }: the clocks skip that hour. Choose another time.
invitation-update-title = The invitation has a new time
invitation-update-hint = It updates an interview you already have. Move it to the new time? Your preparation, notes and everything else stay with it.
invitation-cancel-title = The interview is cancelled
invitation-cancel-hint = The employer has called this interview off. Mark it as cancelled? Its reminders stop; everything you wrote is kept.
invitation-repeat-title = Nothing new
invitation-repeat-hint = Intervju already has this interview the way the invitation describes it (or a later version of it).
invitation-current = In Intervju
invitation-in-file = In the invitation
invitation-move = Move to the new time
invitation-mark-cancelled = Mark as cancelled
invitation-keep = Leave it as it is
invitation-open = Open the interview
invitation-moved = Moved to the new time
invitation-marked-cancelled = Marked as cancelled
invitation-cancels-unknown = This invitation cancels an interview that is not in Intervju, so there is nothing to change.

## The tray icon's menu (desktop)
tray-open = Open Intervju
tray-quit = Quit Intervju

## Settings: back up now, and where the log is
backup-now = Back up now
backup-now-done = Backup taken: { $name }
about-log-file = Log file
about-log-hint = If something goes wrong, this file says what happened. It holds no notes or names.

## Notices: what the app recovered from on its own
notice-reminder-settings-reset = Your reminder settings could not be read, so the standard ones apply again. The old settings were kept aside in the database.
notice-reminders-set-aside = A reminder could not be read from the database and was skipped. Your other reminders still come.
notice-reminders-not-planned = Some interviews have a time or time zone that could not be read, so their reminders were not updated. The other interviews were.
notice-dismiss = OK

## Settings → Devices: pairing, and changes carried from one device to another as a file
settings-devices-title = Your other devices
settings-devices-hint = Use Intervju on your phone and your computer with the same interviews. No cloud: pair the two once, then carry a file of changes from one to the other.
settings-devices-open = Devices
devices-title = Devices
devices-intro = Pair your phone and your computer once with a code. After that, whenever both are on the same local network with Intervju open, they bring each other up to date by themselves — directly, never through the internet or any server. Away from a shared network, send changes as a file instead; only the paired device can open it.
devices-this-title = This device
devices-this-device = This device
devices-name-label = Name of this device
devices-name-hint = Your other devices list this one under this name, for example “Phone” or “Laptop”.
devices-name-save = Save the name
devices-name-saved = The name was saved.
devices-id-label = Device ID
devices-id-hint = The start of this device's ID. A paired device shows the same characters beside this device's name.
devices-pair-title = Pair a device
devices-pair-hint = Show a code here and type it on the other device.
devices-pair-start = Show a pairing code
devices-pair-again = Show a new code
devices-code-label = The pairing code, six words
devices-pair-step-open = On the other device, open Intervju and go to Settings → Devices.
devices-pair-step-type = Under “Enter a code from another device”, type these six words in this order, then choose Pair.
devices-pair-step-send = With both devices on the same network, they sync by themselves within a minute. Otherwise choose “Send changes” there and receive the file here.
devices-qr-label = QR code holding the same six words
devices-qr-hint = The same six words as a QR code.
devices-code-secret = Keep the code to yourself: anyone who has it can open what you send.
devices-enter-title = Enter a code from another device
devices-enter-hint = Choose “Show a pairing code” on the other device to see its six words. Spaces or dashes between the words both work.
devices-enter-label = Pairing code
devices-enter-placeholder = six words
devices-enter-submit = Pair
devices-entered = Paired. Looking for the other device on this network…
devices-peers-title = Paired devices
devices-peers-empty = No device is paired yet: start with “Pair a device”.
devices-peer-waiting = Waiting for the first exchange
devices-peer-unnamed = Device without a name
devices-peer-paired = Paired
devices-peer-last = Last exchange
devices-peer-never = Not yet
devices-peer-brought = Its last changes brought
devices-send = Send changes
devices-sent = Saved to { $path }. Receive this file on the other device.
devices-unpair = Unpair
devices-unpair-title = Unpair this device?
devices-unpair-body = { $name } — this device forgets the key the two of you share. Files from it will no longer open here, and nothing more is prepared for it. What was already exchanged stays on both devices.
devices-unpair-waiting-body = The code of this pairing stops working here. Nothing else changes.
devices-unpaired = The device was unpaired.
devices-receive-title = Receive changes
devices-receive-hint = Choose a file of changes that a paired device saved. What changed there is brought in here.
devices-receive = Receive changes
devices-receiving = Taking in changes: { $done } of { $total }
devices-receiving-done = Changes taken in: { $total } of { $total }
devices-received = From { $name }: { $brought }.
devices-sync-now = Sync now
devices-syncing = Syncing with the devices on this network…
devices-synced = Synced with { $name }: { $brought }.
devices-sync-none = No paired device has been met on a network yet. Pair one with both devices on the same network first.
devices-peer-network = Local network
devices-peer-network-yes = Syncs by itself when it is on the same network
devices-peer-network-no = Not met on a network yet
devices-peer-problem = Last attempt
lan-problem-not-found = Not found on this network. Open Intervju on it, on the same Wi-Fi.
lan-problem-peer-newer = It runs a newer version of Intervju. Update the app on this device.
lan-problem-peer-older = It runs an older version of Intervju. Update the app on that device.
lan-problem-refused = It refused this device. It may have been unpaired there: pair the two again.
lan-problem-cut = The connection broke off. What is still missing comes with the next sync.
lan-problem-nonsense = It sent something this app does not understand. Nothing was changed here.
lan-problem-storage = What came could not be saved on this device. Check that it has free space.
brought-nothing = Nothing new
brought-interview = { $count ->
    [one] { $count } interview
   *[other] { $count } interviews
}
brought-interviewer = { $count ->
    [one] { $count } person you met
   *[other] { $count } people you met
}
brought-preparation = { $count ->
    [one] { $count } preparation sheet
   *[other] { $count } preparation sheets
}
brought-preparation-item = { $count ->
    [one] { $count } point in the preparation lists
   *[other] { $count } points in the preparation lists
}
brought-practice-session = { $count ->
    [one] { $count } practice session
   *[other] { $count } practice sessions
}
brought-question = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
brought-checklist-check = { $count ->
    [one] { $count } tick in a checklist
   *[other] { $count } ticks in checklists
}
brought-reflection = { $count ->
    [one] { $count } reflection
   *[other] { $count } reflections
}
brought-lesson = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}
brought-feedback = { $count ->
    [one] { $count } note of feedback
   *[other] { $count } notes of feedback
}
brought-other = { $count ->
    [one] { $count } other change
   *[other] { $count } other changes
}

## Notifications on a phone: the permission, asked once with a reason
permission-title = Reminders on this phone
permission-why = Intervju reminds you at the moments that count. To do that while the app is closed, it needs your permission to show notifications.
permission-why-before = The evening before and a few hours before: your preparation, and the checklist for the way in.
permission-why-after = Right after: a two-minute reflection while it is fresh.
permission-why-next-day = The next day: a calmer second look, and a nudge to follow up if you hear nothing.
permission-private = The reminders are made on this phone and never leave it. You can turn each one off in the settings.
permission-late = On Android, reminders may come a few minutes late: the phone gathers alarms together to save battery.
permission-allow = Allow notifications
permission-later = Not now
permission-granted = Notifications are on.
permission-denied = Notifications are off. You can turn them on for Intervju in the phone's settings.
permission-off-settings = Notifications are off for Intervju, so reminders cannot reach you. Turn them on in the phone's settings.
permission-ask-settings = Allow notifications…

## Activity reporting: Arbetsförmedlingen's monthly report, NAV's employment status form
authority-arbetsformedlingen = Arbetsförmedlingen
authority-nav = NAV
report-field-arbetsformedlingen-kind = Activity
report-field-arbetsformedlingen-date = Date
report-field-arbetsformedlingen-employer = Employer
report-field-arbetsformedlingen-title = Occupation
report-field-arbetsformedlingen-place = Location
report-field-arbetsformedlingen-stage = How far it got
report-field-nav-date = Date
report-field-nav-kind = Activity
report-field-nav-employer = Employer
report-field-nav-title = Position
report-field-nav-place = Place
report-field-nav-stage = How far it got
activity-kind-application = Applied for a job
activity-kind-interview = Interview
activity-kind-contact = Contacted an employer
activity-kind-other = Other job search
activity-stage-waiting = Waiting for an answer
activity-stage-interview = Interview
activity-stage-offer = Offered the job
activity-stage-rejected = Not offered the job
activity-stage-withdrawn = Withdrew
report-reminder-opens-title = Time for your activity report to Arbetsförmedlingen
report-reminder-opens-body = Report what you did { $start } – { $end }. It can be sent until { $due }; your activities are ready to copy.
report-reminder-again-title = Your activity report is not sent yet
report-reminder-again-body = The report for { $start } – { $end } closes on { $due }. Your activities are ready to copy.
report-reminder-due-title = Your employment status form to NAV is due today
report-reminder-due-body = Send the form for { $start } – { $end } today. Your job-search activities are listed in the app.
report-settings-title = Reporting your job search
report-settings-hint = If you are registered as a job seeker, the app reminds you when to report and lists your activities ready to copy.
report-authority-label = I report my job search to
report-authority-none = No one
report-authority-arbetsformedlingen = Arbetsförmedlingen (every month)
report-authority-nav = NAV (every 14 days)
report-nav-due-label = My next employment status form is due
report-nav-due-hint = The date is on your form at NAV. The following ones come every 14 days.
report-settings-save = Save reporting
report-settings-saved = Reporting saved.
report-next-reminder = Next reporting reminder: { $when }
report-open = Open the report
report-title = Activity report
report-for = For { $authority }
report-period = { $start } – { $end }
report-period-start = From
report-period-end = To
report-period-show = Show period
report-period-suggested = Back to the period to report
report-due-by = Send it by { $due }.
report-af-hint = Each row is one activity in Arbetsförmedlingen's activity report. Copy the fields one at a time into the form.
report-nav-hint = NAV's form asks whether you have been looking for work. This list is your record of what you did, for your activity plan or if NAV asks.
report-empty = No activities in this period yet. Interviews that have taken place show up by themselves; add applications and contacts below.
report-copy = Copy
report-copy-field = Copy { $field }
report-copy-row = Copy row
report-copied = Copied: { $text }
report-copy-failed = Could not copy. Select the text and copy it yourself.
report-mark = Mark this period reported
report-marked = This period is marked reported. Its reminders have stopped.
report-reported-on = Reported on { $date }.
report-unmark = Not reported after all
report-last = Last reported: { $start } – { $end }
report-print = Print
report-edit-activity = Edit
report-delete-activity = Delete
report-delete-confirm = Delete this activity from your reports?
report-from-interview = From your interviews
report-add-title = Add an activity
report-edit-title = Edit the activity
activity-kind-label = What you did
activity-date-label = Date
activity-employer-label = Employer
activity-title-label = Job title
activity-place-label = Place
activity-stage-label = How far it got
activity-note-label = Note for yourself (not in the report)
activity-add = Add activity
activity-save = Save activity
activity-cancel = Cancel
activity-added = Activity added.
report-banner = Time to report { $start } – { $end } to { $authority }: send it by { $due }.
report-banner-overdue = The report for { $start } – { $end } to { $authority } was due { $due }.
review-report = Activity report
activity-saved = Activity saved.
report-authority-select = Report to
