// Activity reporting in Swedish, as a job seeker registered with Arbetsförmedlingen uses it: the
// choice in Settings, last month's report with an interview and an activity added by hand, the
// copy buttons (what lands on the X clipboard is read back with xclip), marking the month
// reported (the list's reminder banner goes, and the next reminder is next month's), and the
// same screen at phone size. Dates are worked out from today, so the test holds on any day.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { startDriver, launch, resize, skipWelcome, waitFor, click, expectText, screenshot, type, until, invoke as call, layoutReport, PHONE, DESKTOP } from "./helpers.mjs";

let driver;
let service;

before(async () => {
  service = await startDriver({ locale: "sv_SE.UTF-8" });
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
});

const pad = (n) => String(n).padStart(2, "0");
const now = new Date();
// Last month, as the device's calendar has it: the period Arbetsförmedlingen's report is for.
const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
const lastMonth = (day) => `${last.getFullYear()}-${pad(last.getMonth() + 1)}-${pad(day)}`;
const lastDay = new Date(now.getFullYear(), now.getMonth(), 0).getDate();

/** What the app put on the X clipboard. */
const clipboard = () => execFileSync("xclip", ["-o", "-selection", "clipboard"], { encoding: "utf8" });

const hash = () => driver.executeScript("return location.hash");
const rows = () => driver.executeScript(`return [...document.querySelectorAll("#report-rows tbody tr")].map((tr) =>
  [...tr.querySelectorAll("td[data-field] .cell-value")].map((c) => c.textContent))`);

test("last month's report: an interview and an added activity, copied field by field, then marked reported", async () => {
  driver = await launch(DESKTOP);
  await skipWelcome(driver);
  // An interview that took place last month, and one still to come (not an activity yet).
  await call(driver, "create_interview", { company: "Volvo Cars", role: "Utvecklare", startLocal: `${lastMonth(12)}T10:00`,
    timeZone: "Europe/Stockholm", location: "Göteborg" });
  const later = new Date(now.getTime() + 3 * 86_400_000);
  await call(driver, "create_interview", { company: "Framtid AB", role: "Chef",
    startLocal: `${later.getFullYear()}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}T10:00`, timeZone: "Europe/Stockholm" });

  // Settings: "I report to Arbetsförmedlingen".
  await driver.executeScript(`location.hash = "#/settings"`);
  await waitFor(driver, "#reporting-settings");
  await driver.executeScript(`const s = document.querySelector("#report-authority-setting"); s.value = "arbetsformedlingen"; s.dispatchEvent(new Event("change"))`);
  assert.equal(await driver.executeScript(`return document.querySelector("#report-nav-due-field").hidden`), true, "NAV's date only for NAV");
  await click(driver, "#report-settings-save");
  await expectText(driver, "#report-next-reminder", /Nästa påminnelse om rapportering: /);

  // The list says the report can be sent, and leads to it.
  await driver.executeScript(`location.hash = "#/"`);
  await expectText(driver, "#report-banner", /Dags att rapportera .* till Arbetsförmedlingen/);
  await click(driver, "#report-banner-open");
  await until(async () => (await hash()) === "#/report", { what: "the report screen" });
  await expectText(driver, "#report-heading", /Till Arbetsförmedlingen/);
  await expectText(driver, "#report-range", new RegExp(`${lastMonth(1)} – ${lastMonth(lastDay)}`));
  assert.deepEqual(await rows(), [["Intervju", lastMonth(12), "Volvo Cars", "Utvecklare", "Göteborg", "Intervju"]],
    "the interview that took place, and not the one to come");

  // An application sent, added by hand.
  await driver.executeScript(`document.querySelector("#activity-kind").value = "application"`);
  await type(driver, "#activity-date", lastMonth(5));
  await type(driver, "#activity-employer", "Ikea");
  await type(driver, "#activity-title", "Lagerarbetare");
  await type(driver, "#activity-place", "Älmhult");
  await click(driver, "#activity-submit");
  await until(async () => (await rows()).length === 2, { what: "two rows" });
  assert.deepEqual((await rows())[0], ["Sökt jobb", lastMonth(5), "Ikea", "Lagerarbetare", "Älmhult", "Väntar på svar"], "by date");
  await screenshot(driver, "report-desktop");

  // One field's copy button, then the whole row's.
  await click(driver, `#report-rows tbody tr[data-source="activity"] td[data-field="employer"] button[data-copy]`);
  await until(() => clipboard() === "Ikea", { what: "the employer on the clipboard" });
  await click(driver, `#report-rows tbody tr[data-source="interview"] td[data-field="date"] button[data-copy]`);
  await until(() => clipboard() === lastMonth(12), { what: "the date on the clipboard" });
  await click(driver, `#report-rows tbody tr[data-source="activity"] button[data-copy="row"]`);
  await until(() => clipboard() === `Aktivitet: Sökt jobb; Datum: ${lastMonth(5)}; Arbetsgivare: Ikea; Yrke: Lagerarbetare; Ort: Älmhult; Hur långt det kom: Väntar på svar`,
    { what: "the row on the clipboard" });

  // Marked reported: the report says so, the list's banner goes, and the next reminder is for
  // this month's report, on the 1st of next month at nine.
  await click(driver, "#report-mark");
  await expectText(driver, "#report-status", /Rapporterad .*Perioden är markerad som rapporterad/);
  const reporting = await call(driver, "get_reporting");
  assert.equal(reporting.due, null);
  const firstOfNext = await driver.executeScript("const n = new Date(); return new Date(n.getFullYear(), n.getMonth() + 1, 1, 9, 0).toISOString()");
  assert.equal(new Date(reporting.nextReminder).toISOString(), firstOfNext);
  await driver.executeScript(`location.hash = "#/"`);
  await waitFor(driver, "#list-summary");
  assert.equal(await driver.executeScript(`return document.querySelector("#report-banner")`), null);

  // The next report starts where this one ended: this month, with nothing in it yet.
  await driver.executeScript(`location.hash = "#/report"`);
  await expectText(driver, "#report-range", new RegExp(`^${now.getFullYear()}-${pad(now.getMonth() + 1)}-01 – `));
});

test("the report at phone size: each activity a card, nothing wider than the screen", async () => {
  await resize(driver, PHONE);
  await driver.executeScript(`location.hash = "#/review"`);
  await click(driver, "#open-report");
  await until(async () => (await hash()) === "#/report", { what: "the report from the review" });
  // Back to last month, chosen by hand.
  await type(driver, "#report-start", lastMonth(1));
  await type(driver, "#report-end", lastMonth(lastDay));
  await click(driver, "#report-period-form button[type=submit]");
  await until(async () => (await rows()).length === 2, { what: "last month's two rows" });
  await expectText(driver, "#report-status", /Rapporterad/);
  const layout = await layoutReport(driver);
  assert.deepEqual(layout.wide, [], "nothing reaches past the screen");
  assert.ok(layout.scrollWidth <= layout.clientWidth, "no sideways scrolling");
  await screenshot(driver, "report-phone");
  await driver.executeScript(`document.querySelector("#report-rows").scrollIntoView()`);
  await screenshot(driver, "report-phone-rows");
});

test("NAV needs the form's due date: refused in words, nothing saved", async () => {
  await resize(driver, DESKTOP);
  await driver.executeScript(`location.hash = "#/settings"`);
  await waitFor(driver, "#reporting-settings");
  await driver.executeScript(`const s = document.querySelector("#report-authority-setting"); s.value = "nav"; s.dispatchEvent(new Event("change"))`);
  assert.equal(await driver.executeScript(`return document.querySelector("#report-nav-due-field").hidden`), false);
  await click(driver, "#report-settings-save");
  await expectText(driver, "#reporting-settings .form-errors", /\S/);
  assert.equal((await call(driver, "get_reporting")).settings.authority, "arbetsformedlingen", "unchanged");
});
