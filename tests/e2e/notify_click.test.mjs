// A click on a reminder's desktop notification, and its snooze buttons, with a real notification
// server on the session bus that shows actions (tests/e2e/notify_server.py --actions) and plays
// the user: it emits ActionInvoked and NotificationClosed as a server does on a click.
// - Each notification offers open and the three snoozes, in the user's language.
// - A click on one brings the window back from the tray (closed, so hidden) on that interview's
//   reflection, and the reminder counts as seen.
// - A snooze button puts the reminder off as the app's own snooze does: stored as snoozed, due
//   again 15 minutes (an hour) after the click, gone from the "waiting for you" strip.
// - When that time comes the reminder is shown once more, and only once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import {
  startDriver, launch, skipWelcome, waitFor, click, expectText, screenshot, invoke, until, appPid, By, DESKTOP,
  startNotificationServer, windowsShown,
} from "./helpers.mjs";

const ACTIONS_EN = [
  "default", "Open",
  "snooze:minutes_15", "Remind me in 15 min",
  "snooze:hour_1", "Remind me in 1 hour",
  "snooze:tomorrow_morning", "Remind me tomorrow morning",
];
const [opened, in15, in60] = ["Aker", "Bane NOR", "Cognite"];
/** Company → its interview and its "after the interview" reminder. */
const byCompany = new Map();
let notifications;
let driver;
let service;

/** Sets a snoozed reminder's time (unix seconds) beside the running app (SQLite's own locking;
 * Python's sqlite3, as the test machines have no sqlite3 program). Prints how many rows changed. */
const BRING_FORWARD = `import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=5)
changed = db.execute("UPDATE reminder SET due_at = ? WHERE id = ? AND state = 'snoozed'", (int(sys.argv[2]), int(sys.argv[3]))).rowcount
db.commit()
print(changed)`;
const hhmm = (ms) => new Date(ms).toISOString().slice(0, 16);
/** The notifications the server received for `company`'s reminder, in order. */
const shownFor = (company) => notifications.sent().filter((n) => n.summary === `How did it go at ${company}?`);

before(async () => {
  notifications = await startNotificationServer({ actions: true });
  service = await startDriver();
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
  notifications?.stop();
});

/** The reminder as stored, and whether the strip's command still lists it. */
async function stored(company) {
  const { interview, reminder } = byCompany.get(company);
  const mine = (await invoke(driver, "list_reminders", { interviewId: interview })).find((r) => r.id === reminder);
  const due = (await invoke(driver, "due_reminders")).some((n) => n.reminder.id === reminder);
  return { ...mine, listedAsDue: due };
}

const strip = (company) => `#due [data-reminder="${byCompany.get(company).reminder}"]`;
const leftStrip = (company) => until(async () => (await driver.findElements(By.css(strip(company)))).length === 0,
  { timeout: 5000, what: `${company}'s reminder leaving the strip` });

test("each reminder's notification offers open and the snoozes", { timeout: 240_000 }, async () => {
  driver = await launch(DESKTOP);
  await skipWelcome(driver);
  // The reflection reminder at the interview's end, and no quiet hours, set as a user would.
  await driver.executeScript("location.hash = '#/settings'");
  await waitFor(driver, "#rs-after_end-value");
  await driver.executeScript("document.querySelector('#rs-after_end-value').value = '0';");
  if (await driver.executeScript("return document.querySelector('#quiet-on').checked")) await click(driver, "#quiet-on");
  await click(driver, "#save-reminders");
  await until(async () => Object.fromEntries((await invoke(driver, "get_reminder_settings")).kinds).after_end.value === 0,
    { what: "the reminder settings saved" });

  // Three interviews that end on the next whole minute (the one after, if that is too close).
  const now = Date.now();
  let end = Math.ceil(now / 60_000) * 60_000;
  if (end - now < 25_000) end += 60_000;
  for (const company of [opened, in15, in60]) {
    const interview = (await invoke(driver, "create_interview", {
      company, role: "Controller", startLocal: hhmm(end - 30 * 60_000), timeZone: "UTC", durationMinutes: 30,
    })).id;
    const reminder = (await invoke(driver, "list_reminders", { interviewId: interview })).find((r) => r.kind === "after_end");
    assert.equal(Date.parse(reminder.dueAt), end);
    byCompany.set(company, { interview, reminder: reminder.id });
  }
  await until(() => byCompany.size === [...byCompany.keys()].filter((c) => shownFor(c).length > 0).length, {
    timeout: end - Date.now() + 60_000, interval: 250, what: `three notifications at ${new Date(end).toISOString()} (sent: ${JSON.stringify(notifications.sent())})`,
  });
  for (const company of byCompany.keys()) {
    const [sent, ...more] = shownFor(company);
    assert.deepEqual(more, [], `one notification for ${company}`);
    assert.equal(sent.app, "Intervju");
    assert.deepEqual(sent.actions, ACTIONS_EN, `${company}'s notification: a click opens, the buttons snooze`);
    await waitFor(driver, strip(company));
  }
});

test("a click brings the window back from the tray on that interview's reflection", async () => {
  await driver.executeScript("location.hash = '#/settings'");
  await expectText(driver, "h1", "Settings");
  // Closed as with the window's close button: the app hides in the tray.
  const pid = appPid(service);
  const [window] = windowsShown(pid);
  assert.ok(window, "the app's window is on the screen");
  execFileSync("/usr/bin/python3", ["tests/e2e/close_window.py", window]);
  await until(() => windowsShown(pid).length === 0, { what: "the window hidden after its close button" });

  await notifications.invoke(shownFor(opened)[0].id, "default");
  const { interview } = byCompany.get(opened);
  await until(async () => (await driver.executeScript("return location.hash")) === `#/i/${interview}/reflect`,
    { what: `${opened}'s reflection screen` });
  await until(() => windowsShown(pid).length > 0, { what: "the window back on the screen" });
  await expectText(driver, "h1", "Right after");
  await until(async () => !(await stored(opened)).listedAsDue, { timeout: 5000, what: "the opened reminder marked seen" });
  await leftStrip(opened);
  assert.equal((await stored(opened)).state, "fired", "opening does not plan it again");
  await screenshot(driver, "notification-opened-desktop-en");
});

/** Presses `company`'s notification button `key`, and returns when the press happened and what
 * was stored. */
async function snooze(company, key) {
  await waitFor(driver, strip(company));
  const pressed = Date.now();
  await notifications.invoke(shownFor(company)[0].id, key);
  const now = await until(async () => { const s = await stored(company); return s.state === "snoozed" && s; },
    { timeout: 5000, what: `${company}'s reminder snoozed by its notification` });
  const answered = Date.now();
  assert.equal(now.listedAsDue, false, "a snoozed reminder is not waiting any more");
  await leftStrip(company);
  return { pressed, answered, dueAt: Date.parse(now.dueAt) };
}

test("the notification's snooze buttons put the reminder off by 15 minutes and by an hour", async () => {
  for (const [company, key, minutes] of [[in15, "snooze:minutes_15", 15], [in60, "snooze:hour_1", 60]]) {
    const { pressed, answered, dueAt } = await snooze(company, key);
    assert.ok(dueAt >= Math.floor(pressed / 1000) * 1000 + minutes * 60_000 && dueAt <= answered + minutes * 60_000,
      `${company}: due ${new Date(dueAt).toISOString()}, pressed ${new Date(pressed).toISOString()}`);
  }
  assert.equal(shownFor(in15).length, 1, "nothing shown again before its time");
});

test("a snoozed reminder is shown once more when its time comes, and only once", { timeout: 120_000 }, async () => {
  // Fifteen minutes is too long for a test: the snoozed times are brought forward in the
  // database as if the minutes had passed, Bane NOR's to a few seconds from now and Cognite's
  // five seconds later, and then a command is run, which (as every saved change) rings the
  // scheduler so it looks at the reminders again.
  const soon = Math.floor(Date.now() / 1000) + 4;
  const database = join(service.dataDir, "intervju.sqlite3");
  for (const [company, at] of [[in15, soon], [in60, soon + 5]]) {
    const changed = execFileSync("/usr/bin/python3", ["-c", BRING_FORWARD, database, String(at), String(byCompany.get(company).reminder)])
      .toString().trim();
    assert.equal(changed, "1", `${company}'s snoozed reminder brought forward`);
  }
  await invoke(driver, "list_reminders", { interviewId: byCompany.get(in15).interview });

  await until(() => shownFor(in15).length >= 2, { timeout: 60_000, interval: 250, what: "Bane NOR's reminder shown again" });
  const again = shownFor(in15)[1];
  assert.notEqual(again.id, shownFor(in15)[0].id);
  assert.deepEqual(again.actions, ACTIONS_EN, "shown again with its buttons");
  await until(async () => { const s = await stored(in15); return s.state === "fired" && s.listedAsDue; },
    { timeout: 5000, what: "Bane NOR's reminder fired and waiting again" });
  // Cognite's comes five seconds later: by then the scheduler has looked again since Bane NOR's,
  // and a second showing of Bane NOR's would have been sent.
  await until(() => shownFor(in60).length >= 2, { timeout: 60_000, interval: 250, what: "Cognite's reminder shown again" });
  assert.equal(shownFor(in15).length, 2, "Bane NOR's reminder: once, and once more after the snooze");
  assert.equal(shownFor(in60).length, 2, "Cognite's reminder: once, and once more after the snooze");
  assert.equal(shownFor(opened).length, 1, "the opened reminder is not shown again");

  // The new notification is heard like the first: a click opens Bane NOR's reflection.
  await notifications.invoke(again.id, "default");
  await until(async () => (await driver.executeScript("return location.hash")) === `#/i/${byCompany.get(in15).interview}/reflect`,
    { what: "Bane NOR's reflection screen" });
  await until(async () => !(await stored(in15)).listedAsDue, { timeout: 5000, what: "Bane NOR's reminder marked seen" });
});

/** Makes the soonest waiting reporting reminder due at `at` (unix seconds). */
const REPORT_FORWARD = `import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=5)
changed = db.execute("UPDATE report_reminder SET due_at = ? WHERE id = (SELECT id FROM report_reminder WHERE state = 'pending' ORDER BY due_at LIMIT 1)", (int(sys.argv[2]),)).rowcount
db.commit()
print(changed)`;

test("a reporting reminder's notification opens the activity report", { timeout: 120_000 }, async () => {
  await invoke(driver, "update_reporting", { authority: "arbetsformedlingen", navDue: null });
  await driver.executeScript("location.hash = '#/settings'");
  await expectText(driver, "h1", "Settings");
  // Its day is the 1st or the 10th of a month: made due a second ago (a time still ahead would
  // be planned back to its day by the scheduler's next look), and the scheduler rung by a saved
  // change that leaves the reporting reminders alone.
  const database = join(service.dataDir, "intervju.sqlite3");
  const changed = execFileSync("/usr/bin/python3", ["-c", REPORT_FORWARD, database, String(Math.floor(Date.now() / 1000) - 1)])
    .toString().trim();
  assert.equal(changed, "1", "a reporting reminder waits");
  await invoke(driver, "update_settings", { welcomeSeen: true });
  const reported = () => notifications.sent().filter((n) => /activity report/.test(n.summary));
  await until(() => reported().length === 1, { timeout: 60_000, interval: 250, what: `the reporting reminder's notification (sent: ${JSON.stringify(notifications.sent().map((n) => n.summary))})` });
  assert.deepEqual(reported()[0].actions, ["default", "Open"], "a click opens it; no snooze for a report");
  await notifications.invoke(reported()[0].id, "default");
  await until(async () => (await driver.executeScript("return location.hash")) === "#/report", { what: "the report screen" });
  await expectText(driver, "h1", "Activity report");
  assert.equal(reported().length, 1, "shown once");
});
