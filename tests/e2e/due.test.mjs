// The "waiting for you" strip (ui/js/reminders.js paintDue), every button of it, on reminders
// that really fired: short offsets set through the settings screen, a real notification server
// on the session bus. After each button the reminder's stored state is read back through the
// commands: opened and dismissed ones are seen and leave the strip; a snoozed one is due again
// 15 minutes or an hour after the press, or tomorrow at 08:00 where the user is; and no button
// shows an error.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startDriver, launch, skipWelcome, waitFor, click, screenshot, invoke, until, By, DESKTOP , startNotificationServer } from "./helpers.mjs";

const SNOOZED_TOAST = "I will remind you again.";
let notifications;
let driver;
let service;
/** Interview id → its fired "after the interview" reminder. */
const fired = new Map();
const [opened, in15, in60, tomorrow, dismissed] = ["Aker", "Bane NOR", "Cognite", "DNB", "Equinor"];
const byCompany = new Map();

const sent = () => notifications.sent();
const hhmm = (ms) => new Date(ms).toISOString().slice(0, 16);

before(async () => {
  notifications = await startNotificationServer();
  service = await startDriver();
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
  notifications?.stop();
});

/** Every toast the page shows from now on, in order (the toast element's text as it is set). */
async function recordToasts() {
  await driver.executeScript(`
    window.__toasts = [];
    if (!window.__toastObserver) {
      const el = document.getElementById("toast");
      window.__toastObserver = new MutationObserver(() => window.__toasts.push(el.textContent));
      window.__toastObserver.observe(el, { childList: true, characterData: true, subtree: true });
    }`);
}
const toasts = () => driver.executeScript("return window.__toasts");

/** The reminder as stored, and whether the strip's command still lists it. */
async function stored(company) {
  const { interview, reminder } = byCompany.get(company);
  const mine = (await invoke(driver, "list_reminders", { interviewId: interview })).find((r) => r.id === reminder);
  const due = (await invoke(driver, "due_reminders")).some((n) => n.reminder.id === reminder);
  return { ...mine, listedAsDue: due };
}

/** Presses the strip's button labelled `label` on `company`'s reminder, as a person would. */
async function press(company, label) {
  const { reminder } = byCompany.get(company);
  const row = `#due [data-reminder="${reminder}"]`;
  await waitFor(driver, row);
  for (let attempt = 0; ; attempt++) {
    const button = await driver.executeScript(
      "return [...document.querySelectorAll(arguments[0] + ' button')].find((b) => b.innerText.trim() === arguments[1]) ?? null",
      row, label);
    if (!button) {
      const shown = await driver.executeScript(
        "return [...document.querySelectorAll(arguments[0] + ' button')].map((b) => [b.innerText.trim(), b.dataset.snooze ?? b.dataset.action])", row);
      assert.fail(`no button "${label}" on ${company}'s reminder; it has ${JSON.stringify(shown)}`);
    }
    try {
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", button);
      await button.click();
      return;
    } catch (error) {
      // The strip redrew (a reminder fired meanwhile): find the button again.
      if (error.name !== "StaleElementReferenceError" || attempt >= 3) throw error;
    }
  }
}

/** Waits until the strip no longer shows `company`'s reminder. */
const leftStrip = (company) => until(async () => (await driver.findElements(
  By.css(`#due [data-reminder="${byCompany.get(company).reminder}"]`))).length === 0, { timeout: 5000, what: `${company}'s reminder leaving the strip` });

/** The instant of `hour`:00 on the day after `ms`, in `zone` (an IANA name). */
function tomorrowAt(ms, hour, zone) {
  const parts = (at) => Object.fromEntries(new Intl.DateTimeFormat("en-US", {
    timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
  }).formatToParts(new Date(at)).filter((p) => p.type !== "literal").map((p) => [p.type, Number(p.value)]));
  const offset = (at) => { const p = parts(at); return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at / 1000) * 1000; };
  const today = parts(ms);
  const wall = Date.UTC(today.year, today.month - 1, today.day + 1, hour, 0, 0);
  let guess = wall;
  for (let i = 0; i < 3; i++) guess = wall - offset(guess);
  return guess;
}

/** Snoozes `company`'s reminder with the button `label`, and returns the press's time window and
 * what was stored; fails with the toasts shown if the reminder was not snoozed. */
async function snooze(company, label) {
  await recordToasts();
  const pressed = Date.now();
  await press(company, label);
  let now;
  try {
    now = await until(async () => (await stored(company)).state === "snoozed" && (await stored(company)),
      { timeout: 5000, what: `${company}'s reminder snoozed` });
  } catch (error) {
    error.message += `; the page showed the toasts ${JSON.stringify(await toasts())}`;
    throw error;
  }
  const answered = Date.now();
  await until(async () => (await toasts()).length > 0, { timeout: 5000, what: "the snooze's toast" });
  await leftStrip(company);
  assert.deepEqual(await toasts(), [SNOOZED_TOAST], "the snooze says so, and nothing else");
  assert.equal(now.listedAsDue, false, "a snoozed reminder is not waiting any more");
  return { pressed, answered, dueAt: Date.parse(now.dueAt) };
}

test("reminders that fired wait in the strip", { timeout: 240_000 }, async () => {
  driver = await launch(DESKTOP);
  await skipWelcome(driver);
  await driver.executeScript("location.hash = '#/settings'");
  // The reflection reminder at the interview's end, and no quiet hours, set as a user would.
  await waitFor(driver, "#rs-after_end-value");
  await driver.executeScript("const v = document.querySelector('#rs-after_end-value'); v.value = '0';");
  if (await driver.executeScript("return document.querySelector('#quiet-on').checked")) await click(driver, "#quiet-on");
  await recordToasts();
  await click(driver, "#save-reminders");
  await until(async () => (await toasts()).includes("Saved"), { what: "the toast saying the reminder settings were saved" })
    .catch(async (error) => { error.message += `; toasts shown: ${JSON.stringify(await toasts())}`; throw error; });
  const settings = await invoke(driver, "get_reminder_settings");
  assert.deepEqual(Object.fromEntries(settings.kinds)["after_end"], { enabled: true, value: 0 });
  assert.equal(settings.quietHours.enabled, false);

  // Five interviews that end on the next whole minute (the one after, if that is too close).
  const now = Date.now();
  let end = Math.ceil(now / 60_000) * 60_000;
  if (end - now < 25_000) end += 60_000;
  for (const company of [opened, in15, in60, tomorrow, dismissed]) {
    const interview = (await invoke(driver, "create_interview", {
      company, role: "Controller", startLocal: hhmm(end - 30 * 60_000), timeZone: "UTC", durationMinutes: 30,
    })).id;
    const reminder = (await invoke(driver, "list_reminders", { interviewId: interview })).find((r) => r.kind === "after_end");
    assert.equal(reminder.state, "pending");
    assert.equal(Date.parse(reminder.dueAt), end);
    byCompany.set(company, { interview, reminder: reminder.id });
  }

  await until(async () => (await invoke(driver, "due_reminders")).length === 5, {
    timeout: end - Date.now() + 60_000, interval: 500, what: `five reminders due at ${new Date(end).toISOString()} (notifications: ${JSON.stringify(sent())})`,
  });
  for (const company of byCompany.keys()) {
    assert.equal((await stored(company)).state, "fired");
    await waitFor(driver, `#due [data-reminder="${byCompany.get(company).reminder}"]`);
    assert.equal(sent().filter((n) => n.summary === `How did it go at ${company}?`).length, 1, `one notification for ${company}`);
  }
  // The strip stands above every screen: back at the top, where the user sees it.
  await driver.executeScript("window.scrollTo(0, 0)");
  await screenshot(driver, "due-strip-desktop-en");
});

test("open: the reflection of that interview, and the reminder is seen", async () => {
  await recordToasts();
  await press(opened, "Open");
  const { interview } = byCompany.get(opened);
  await until(async () => (await driver.executeScript("return location.hash")) === `#/i/${interview}/reflect`, { what: "the reflection screen" });
  await until(async () => !(await stored(opened)).listedAsDue, { timeout: 5000, what: "the opened reminder marked seen" });
  await leftStrip(opened);
  assert.equal((await stored(opened)).state, "fired", "opening does not plan it again");
  assert.deepEqual(await toasts(), [], "no error shown");
});

test("snooze 15 minutes: due again a quarter of an hour after the press", async () => {
  const { pressed, answered, dueAt } = await snooze(in15, "In 15 min");
  assert.ok(dueAt >= Math.floor(pressed / 1000) * 1000 + 15 * 60_000 && dueAt <= answered + 15 * 60_000,
    `due ${new Date(dueAt).toISOString()}, pressed ${new Date(pressed).toISOString()}`);
});

test("snooze one hour: due again an hour after the press", async () => {
  const { pressed, answered, dueAt } = await snooze(in60, "In 1 hour");
  assert.ok(dueAt >= Math.floor(pressed / 1000) * 1000 + 60 * 60_000 && dueAt <= answered + 60 * 60_000,
    `due ${new Date(dueAt).toISOString()}, pressed ${new Date(pressed).toISOString()}`);
});

test("snooze until tomorrow morning: due at 08:00 tomorrow where the user is", async () => {
  const zone = (await invoke(driver, "list_time_zones")).device;
  const { pressed, answered, dueAt } = await snooze(tomorrow, "Tomorrow morning");
  // Either day, if the press fell on midnight.
  const expected = [tomorrowAt(pressed, 8, zone), tomorrowAt(answered, 8, zone)];
  assert.ok(expected.includes(dueAt), `due ${new Date(dueAt).toISOString()}, expected ${new Date(expected[0]).toISOString()} (08:00 tomorrow in ${zone})`);
});

test("dismiss: the reminder is seen and leaves the strip, the screen stays", async () => {
  const before = await driver.executeScript("return location.hash");
  await recordToasts();
  await press(dismissed, "Dismiss");
  await until(async () => !(await stored(dismissed)).listedAsDue, { timeout: 5000, what: "the dismissed reminder marked seen" });
  await leftStrip(dismissed);
  assert.equal((await stored(dismissed)).state, "fired");
  assert.equal(await driver.executeScript("return location.hash"), before);
  assert.deepEqual(await toasts(), [], "no error shown");
  // The strip shows exactly what is still waiting (nothing, unless a snooze above failed).
  const waiting = (await invoke(driver, "due_reminders")).map((n) => String(n.reminder.id)).sort();
  const shown = await driver.executeScript("return [...document.querySelectorAll('#due [data-reminder]')].map((li) => li.dataset.reminder).sort()");
  assert.deepEqual(shown, waiting);
  assert.equal(await driver.executeScript("return document.getElementById('due').hidden"), waiting.length === 0);
});
