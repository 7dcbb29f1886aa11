// Reminders end to end, with a real notification server on the session bus: short offsets set
// through the settings screen; exactly one notification per reminder, with the translated title;
// the app killed with SIGKILL before an "after" reminder is due and relaunched after it — the
// reminder arrives once, and the window lists it first. The server shows no actions, so the
// notifications carry none (tests/e2e/notify_click.test.mjs has a server that does).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startDriver, launch, skipWelcome, waitFor, click, text, expectText, screenshot, invoke, until, appPid, alive, By, DESKTOP , startNotificationServer } from "./helpers.mjs";

let notifications;
let driver;
let service;

const sent = () => notifications.sent();
const count = (summary) => sent().filter((n) => n.summary === summary).length;
const waitForNotification = (summary, seconds) => until(() => count(summary) > 0, {
  timeout: seconds * 1000, interval: 250, what: `the notification "${summary}" (sent so far: ${JSON.stringify(sent())})`,
});
const hhmm = (date) => date.toISOString().slice(0, 16);

before(async () => {
  notifications = await startNotificationServer();
  service = await startDriver();
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
  notifications?.stop();
});

test("a reminder arrives once, translated; after a SIGKILL the missed one arrives once on relaunch", { timeout: 420_000 }, async () => {
  driver = await launch(DESKTOP);
  await skipWelcome(driver);
  await driver.executeScript("location.hash = '#/settings'");
  const language = await waitFor(driver, "#language");
  await language.findElement(By.css('option[value="nb"]')).click();
  await driver.wait(async () => (await driver.executeScript("return document.documentElement.lang")) === "nb", 5000);
  // Short offsets, set as a user would: the calm-down one minute before, the reflection at the end.
  await click(driver, "#rs-minutes_before-on");
  await driver.executeScript("const v = document.querySelector('#rs-minutes_before-value'); v.value = '1';");
  await driver.executeScript("const v = document.querySelector('#rs-after_end-value'); v.value = '0';");
  await click(driver, "#quiet-on");
  await click(driver, "#save-reminders");
  await driver.wait(async () => (await text(driver, "#toast")) === "Lagret", 5000);
  await screenshot(driver, "settings-reminders-desktop-nb");

  // Both reminders fall on the next whole minute (the one after, if that is too close).
  const now = Date.now();
  let t1 = Math.ceil(now / 60_000) * 60_000;
  if (t1 - now < 25_000) t1 += 60_000;
  const create = async (company, start, minutes) => (await invoke(driver, "create_interview", {
    company, role: "Sjåfør", startLocal: hhmm(start), timeZone: "UTC", durationMinutes: minutes,
  })).id;
  const calm = await create("Posten", new Date(t1 + 60_000), 60);
  const reflect = await create("Bring", new Date(t1 - 4 * 60_000), 5);
  // The probe: its reflection reminder comes a minute after Bring's, when the relaunched app has
  // settled (re-planned every interview, 20 s after start) and its scheduler has looked again.
  // When the probe has arrived, a duplicate of the others would have arrived too.
  const probe = await create("Vy", new Date(t1 - 3 * 60_000), 5);
  const afterEnd = async (id) => (await invoke(driver, "list_reminders", { interviewId: id })).find((r) => r.kind === "after_end");
  const bring = await afterEnd(reflect);
  assert.equal(bring.state, "pending");
  assert.equal(Date.parse(bring.dueAt), t1 + 60_000);
  assert.equal(Date.parse((await afterEnd(probe)).dueAt), t1 + 120_000);

  await driver.executeScript(`location.hash = "#/i/${calm}"`);
  await waitFor(driver, '#reminders [data-kind="minutes_before"]');
  await screenshot(driver, "reminders-detail-desktop-nb");

  await waitForNotification("Posten om noen minutter", 100);
  // Killed hard before the reflection reminder is due: nothing gets a chance to clean up. Only
  // the app this test started is signalled.
  const pid = appPid(service);
  process.kill(pid, "SIGKILL");
  await until(() => !alive(pid), { timeout: 5000, what: `the app (pid ${pid}) gone after SIGKILL` });
  await driver.quit().catch(() => {});
  driver = null;
  // Bring's reminder comes due while the app is dead.
  await until(() => Date.now() > Date.parse(bring.dueAt) + 1000, { timeout: 120_000, interval: 250, what: "Bring's reminder due" });
  assert.equal(count("Hvordan gikk det hos Bring?"), 0, "nothing was sent while the app was dead");

  driver = await launch(DESKTOP);
  await waitForNotification("Hvordan gikk det hos Bring?", 40);
  await waitFor(driver, `#due [data-reminder="${bring.id}"]`);
  await expectText(driver, "#due", /Hvordan gikk det hos Bring\?/);
  await screenshot(driver, "reminder-due-desktop-nb");

  await waitForNotification("Hvordan gikk det hos Vy?", 100);
  assert.equal(count("Posten om noen minutter"), 1);
  assert.equal(count("Hvordan gikk det hos Bring?"), 1);
  assert.equal(count("Hvordan gikk det hos Vy?"), 1);
  // This server does not say it shows actions: the notifications come as plain text.
  for (const n of sent()) assert.deepEqual(n.actions, [], `${n.summary}: no buttons for a server without actions`);

  await click(driver, `#due [data-reminder="${bring.id}"] [data-action="open"]`);
  await driver.wait(async () => (await driver.executeScript("return location.hash")) === `#/i/${reflect}/reflect`, 5000);
  await expectText(driver, "h1", "Rett etterpå");
});
