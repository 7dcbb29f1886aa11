// Reminders end to end, with a real notification server on the session bus: short offsets set
// through the settings screen; exactly one notification per reminder, with the translated title;
// the app killed with SIGKILL before an "after" reminder is due and relaunched after it — the
// reminder arrives once, and the window lists it first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { startDriver, launch, waitFor, click, text, screenshot, By, DESKTOP } from "./helpers.mjs";

const log = join(mkdtempSync(join(tmpdir(), "intervju-notify-")), "notifications.jsonl");
let server;
let driver;
let service;

const sent = () => existsSync(log)
  ? readFileSync(log, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line))
  : [];
const count = (summary) => sent().filter((n) => n.summary === summary).length;
async function waitForNotification(summary, seconds) {
  for (let i = 0; i < seconds * 2; i++) {
    if (count(summary) > 0) return;
    await sleep(500);
  }
  throw new Error(`no notification "${summary}" within ${seconds} s; got ${JSON.stringify(sent())}`);
}
const hhmm = (date) => date.toISOString().slice(0, 16);

before(async () => {
  server = spawn("/usr/bin/python3", ["tests/e2e/notify_server.py", log], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((ready, fail) => {
    server.stdout.once("data", ready);
    server.once("exit", (code) => fail(new Error(`notification server exited with ${code}`)));
  });
  service = await startDriver();
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
  server?.kill();
});

test("a reminder arrives once, translated; after a SIGKILL the missed one arrives once on relaunch", { timeout: 420_000 }, async () => {
  driver = await launch(DESKTOP);
  await click(driver, "#welcome-skip");
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
  const create = (company, start, minutes) => driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    window.__TAURI__.core.invoke("create_interview", { request: {
      company: ${JSON.stringify(company)}, role: "Sjåfør", startLocal: ${JSON.stringify(start)},
      timeZone: "UTC", durationMinutes: ${minutes} } }).then((i) => done(i.id), (e) => done(JSON.stringify(e)));`);
  const calm = await create("Posten", hhmm(new Date(t1 + 60_000)), 60);
  const reflect = await create("Bring", hhmm(new Date(t1 - 4 * 60_000)), 5);
  assert.equal(typeof calm, "number");
  assert.equal(typeof reflect, "number");

  await driver.executeScript(`location.hash = "#/i/${calm}"`);
  await waitFor(driver, '#reminders [data-kind="minutes_before"]');
  await screenshot(driver, "reminders-detail-desktop-nb");

  await waitForNotification("Posten om noen minutter", 100);
  // Killed hard before the reflection reminder is due: nothing gets a chance to clean up.
  execFileSync("pkill", ["-9", "-f", "target/debug/intervju"]);
  await driver.quit().catch(() => {});
  driver = null;
  const waitUntil = t1 + 60_000 + 5_000 - Date.now();
  if (waitUntil > 0) await sleep(waitUntil);
  assert.equal(count("Hvordan gikk det hos Bring?"), 0, "nothing was sent while the app was dead");

  driver = await launch(DESKTOP);
  await waitForNotification("Hvordan gikk det hos Bring?", 40);
  await waitFor(driver, `#due [data-reminder]`);
  assert.match(await text(driver, "#due"), /Hvordan gikk det hos Bring\?/);
  await screenshot(driver, "reminder-due-desktop-nb");

  // Another 35 s (more than one 30 s re-check): still exactly one of each.
  await sleep(35_000);
  assert.equal(count("Posten om noen minutter"), 1);
  assert.equal(count("Hvordan gikk det hos Bring?"), 1);

  await click(driver, '#due [data-kind="after_end"] [data-action="open"]');
  await driver.wait(async () => (await driver.executeScript("return location.hash")) === `#/i/${reflect}/reflect`, 5000);
  assert.equal(await text(driver, "h1"), "Rett etterpå");
});
