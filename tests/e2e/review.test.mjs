// The review at home, at desktop size: trends as charts, a search with highlights, filters,
// sorting and the timeline, an export written to a path chosen in the system's save dialog, an
// invitation read through the open dialog, and the review in each language. The file dialogs
// are real GTK windows on the test's X display; xdotool types into them as a person would.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, mkdtempSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { startDriver, launch, skipWelcome, waitFor, click, text, expectText, screenshot, resize, answerDialog, typeInto, type, invoke as call, DESKTOP, PHONE } from "./helpers.mjs";

let driver;
let service;
const out = mkdtempSync(join(tmpdir(), "intervju-export-"));

before(async () => {
  service = await startDriver();
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
});

const invoke = (command, request) => call(driver, command, request);
/** Reloads the page at the list and waits for the new page's first screen. The hash changes
 * without an event, and the old page is marked, so only the new page can say it is ready. */
async function reload() {
  await driver.executeScript(`history.replaceState(null, "", "#/"); document.body.dataset.ready = "reloading"; location.reload()`);
  await driver.wait(async () => (await driver.executeScript("return document.body.dataset.ready")) === "true", 10_000);
}

async function seed() {
  const stories = [
    ["Equinor", "Data engineer", "2026-08-12T10:00", 5, 2, 3, "My portfolio", "Offshore hydrogen plans"],
    ["Bring", "Backend developer", "2026-09-03T13:00", 4, 2, 3, "Salary expectations", "Parcel routing"],
    ["Equinor", "Data engineer", "2026-09-20T09:00", 4, 3, 4, "My portfolio", "Second round about hydrogen storage"],
    ["Spotify", "Platform engineer", "2026-10-07T14:00", 3, 3, 4, "", "Squads and tribes"],
    ["Vipps", "Android developer", "2026-10-28T10:30", 2, 4, 4, "My portfolio", "Payments at scale"],
    ["Kahoot", "Frontend developer", "2026-11-18T11:00", 2, 4, 5, "", "Game-based learning"],
  ];
  for (const [company, role, startLocal, feeling, first, later, forgot, notes] of stories) {
    const interview = await invoke("create_interview", {
      company, role, startLocal, timeZone: "Europe/Oslo", notes,
      round: notes.startsWith("Second") ? "second" : "first",
    });
    await invoke("update_reflection", { interviewId: interview.id, changes: {
      feeling, firstRating: first, laterRating: later, forgot,
      saidEverything: feeling > 3 ? "partly" : "yes", enoughTime: feeling > 4 ? "no" : "yes",
      presentedStrengths: first > 2 ? "yes" : "partly",
    } });
    await invoke("set_outcome", { interviewId: interview.id, status: "done" });
  }
}

test("trends, search with highlights, filters and the timeline", async () => {
  driver = await launch(DESKTOP);
  await skipWelcome(driver);
  await seed();
  await driver.executeScript(`location.hash = "#/review"`);
  await driver.wait(async () => (await driver.executeScript("return document.body.dataset.charts")) === "3", 15_000);
  await expectText(driver, "#trend-averages", /Over 6 reflections your rating was 3 on average right after, and 3.8/);
  await expectText(driver, "#forgotten", /My portfolio \(3 times\)/);
  await expectText(driver, "#review-count", "Showing 6 of 6");
  await screenshot(driver, "review-desktop-en");

  await click(driver, "#review-search");
  await (await waitFor(driver, "#review-search")).sendKeys("hydrog");
  await driver.wait(async () => (await driver.executeScript("return document.querySelectorAll('#search-results mark').length")) === 2, 5000);
  const marks = await driver.executeScript("return [...document.querySelectorAll('#search-results mark')].map((m) => m.textContent)");
  assert.deepEqual(marks, ["hydrogen", "hydrogen"]);
  await screenshot(driver, "review-search-en");

  await click(driver, "#filter-company");
  await (await waitFor(driver, "#filter-company")).sendKeys("equinor\t");
  await driver.wait(async () => (await text(driver, "#review-count")) === "Showing 2 of 2", 5000);
  await click(driver, "#filter-clear");
  await driver.wait(async () => (await text(driver, "#review-count")) === "Showing 6 of 6", 5000);
  await click(driver, 'button[data-sort="company"]');
  await driver.wait(async () => (await text(driver, "#review-table tbody tr:first-child td:nth-child(2)")) === "Bring", 5000);
  await click(driver, "#view-timeline");
  await waitFor(driver, "#review-timeline");
  await driver.executeScript("document.getElementById('interviews-title').scrollIntoView()");
  await screenshot(driver, "review-timeline-en");
  await click(driver, "#view-table");
});

test("an export is written where the user chose in the save dialog", async () => {
  const target = join(out, "activity.csv");
  await click(driver, "#export-csv");
  await answerDialog("Save the export");
  await screenshot(driver, "review-save-dialog");
  await typeInto(target);
  await driver.wait(async () => (await text(driver, "#exchange-status")).includes("activity.csv"), 10_000);
  assert.ok(existsSync(target));
  const lines = readFileSync(target, "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
  assert.equal(lines[0], "Date,Time,Employer,Position,Kind of contact,Contact person,Place,Status,Time zone");
  assert.equal(lines.length, 7);
  assert.match(lines[1], /^2026-08-12,10:00,Equinor,Data engineer,Job interview,/);

  const backup = join(out, "backup.json");
  await click(driver, "#export-json");
  await answerDialog("Save the export");
  await typeInto(backup);
  await driver.wait(async () => (await text(driver, "#exchange-status")).includes("backup.json"), 10_000);
  const doc = JSON.parse(readFileSync(backup, "utf8"));
  assert.equal(doc.format, "intervju-backup");
  assert.equal(doc.tables.interview.length, 6);
});

test("an invitation is read through the open dialog and confirmed in the form", async () => {
  await click(driver, "#import-invitation");
  await answerDialog("Choose a file to import");
  await typeInto(resolve("src-tauri/core/tests/fixtures/ics/07-stockholm-duration.ics"), { open: true });
  await waitFor(driver, "#imported-notice");
  await expectText(driver, "h1", "Check the invitation");
  // "Videointervju med Älvsoft": the employer as written, and no job title to take.
  assert.equal(await driver.executeScript("return document.querySelector('#f-company').value"), "Älvsoft");
  assert.equal(await driver.executeScript("return document.querySelector('#f-role').value"), "");
  assert.equal(await driver.executeScript("return document.querySelector('#f-contact-name').value"), "Maja Lindqvist");
  assert.equal(await driver.executeScript("return document.querySelector('#f-zone').value"), "Europe/Stockholm");
  await screenshot(driver, "import-invitation-en");
  await type(driver, "#f-role", "Utvecklare");
  await click(driver, "#save-interview");
  await driver.wait(async () => /^#\/i\/\d+$/.test(await driver.executeScript("return location.hash")), 5000);
});

test("the review in Norwegian and Swedish, and at phone size", async () => {
  for (const [language, title] of [["nb", "Se tilbake"], ["sv", "Se tillbaka"]]) {
    await invoke("update_settings", { language });
    await reload();
    await driver.executeScript(`location.hash = "#/review"`);
    await driver.wait(async () => (await driver.executeScript("return document.body.dataset.charts")) === "3", 15_000);
    await expectText(driver, "h1", title);
    await screenshot(driver, `review-desktop-${language}`);
  }
  await invoke("update_settings", { language: "en" });
  await resize(driver, PHONE);
  await reload();
  await driver.executeScript(`location.hash = "#/review"`);
  await driver.wait(async () => (await driver.executeScript("return document.body.dataset.charts")) === "3", 15_000);
  await screenshot(driver, "review-phone-en");
  await resize(driver, DESKTOP);
});
