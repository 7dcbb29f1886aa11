// One meeting's invitations at phone size, each read through the real GTK open dialog: the
// invitation is saved from the filled-in form, its update moves that interview, its cancellation
// marks it cancelled — and the list shows one interview throughout. Then an invitation whose
// start the clocks skip: the form warns at once, and again as soon as such a time is typed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { startDriver, launch, skipWelcome, waitFor, click, expectText, screenshot, answerDialog, typeInto, setValue, until, invoke as call, PHONE } from "./helpers.mjs";

let driver;
let service;

before(async () => {
  service = await startDriver();
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
});

const fixture = (name) => resolve("src-tauri/core/tests/fixtures/ics", name);
const value = (css) => driver.executeScript("return document.querySelector(arguments[0]).value", css);
const hash = () => driver.executeScript("return location.hash");

/** Imports a file from the list's button through the system's open dialog. */
async function importFromList(name) {
  await driver.executeScript(`location.hash = "#/"`);
  await until(async () => (await driver.executeScript("return document.body.dataset.screen")) === "list", { what: "the list" });
  await click(driver, "#list-import");
  await answerDialog("Choose a file to import");
  await typeInto(fixture(name), { open: true });
}

/** The list as drawn: one entry per interview, with its status chip. */
async function listed() {
  await driver.executeScript(`location.hash = "#/"`);
  await until(async () => (await driver.executeScript("return document.body.dataset.screen")) === "list", { what: "the list" });
  await waitFor(driver, ".interview-item");
  return driver.executeScript(`return [...document.querySelectorAll(".interview-item")].map((li) => ({
    title: li.querySelector(".item-title").textContent,
    status: [...li.querySelectorAll(".chip")].map((c) => c.className).find((c) => c.includes("status-")),
  }))`);
}

let id;

test("a new invitation opens the form filled in, and is saved with its meeting", async () => {
  driver = await launch(PHONE);
  await skipWelcome(driver);
  await importFromList("13-exchange-request-nb.ics");
  await waitFor(driver, "#imported-notice");
  await expectText(driver, "h1", "Check the invitation");
  assert.equal(await value("#f-company"), "Equinor");
  assert.equal(await value("#f-role"), "Dataingeniør");
  assert.equal(await value("#f-round"), "first");
  assert.equal(await value("#f-zone"), "Europe/Berlin");
  assert.match(await value("#f-location"), /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  assert.equal(await value("#f-contact-name"), "Hanne Berg");
  assert.equal(await value("#f-person-0-name"), "Per Aas");
  assert.doesNotMatch(await value("#f-notes"), /Møte-ID|Passord|____/);
  await screenshot(driver, "invitation-new-phone");
  await click(driver, "#save-interview");
  await until(async () => /^#\/i\/\d+$/.test(await hash()), { what: "the saved interview's page" });
  id = Number((await hash()).split("/").pop());
  assert.deepEqual(await listed(), [{ title: "Equinor · Dataingeniør", status: "chip status-planned" }]);
});

test("its update offers to move that interview, and moving keeps it one", async () => {
  await importFromList("14-exchange-update-nb.ics");
  await waitFor(driver, "#invitation-move");
  await expectText(driver, "#invitation-title", "The invitation has a new time");
  await expectText(driver, "#invitation-now", /10 February 2027/);
  await expectText(driver, "#invitation-new", /11 February 2027.*13:00/s);
  await screenshot(driver, "invitation-update-phone");
  await click(driver, "#invitation-move");
  await until(async () => (await hash()) === `#/i/${id}`, { what: "the moved interview's page" });
  const moved = await call(driver, "get_interview", { id });
  assert.equal(moved.startLocal, "2027-02-11T13:00");
  assert.equal(moved.durationMinutes, 90);
  assert.equal(moved.status, "planned");
  await screenshot(driver, "invitation-moved-phone");
  assert.deepEqual(await listed(), [{ title: "Equinor · Dataingeniør", status: "chip status-planned" }]);
  // The same update again: nothing new, and nothing changes.
  await importFromList("14-exchange-update-nb.ics");
  await expectText(driver, "#invitation-title", "Nothing new");
  assert.equal(await driver.executeScript("return document.querySelector('#invitation-move')"), null);
});

test("its cancellation offers to mark that interview cancelled", async () => {
  await importFromList("15-exchange-cancel-nb.ics");
  await waitFor(driver, "#invitation-cancel");
  await expectText(driver, "#invitation-title", "The interview is cancelled");
  await screenshot(driver, "invitation-cancellation-phone");
  await click(driver, "#invitation-cancel");
  await until(async () => (await hash()) === `#/i/${id}`, { what: "the cancelled interview's page" });
  await expectText(driver, ".page-head .chip.status-cancelled", "Cancelled");
  const cancelled = await call(driver, "get_interview", { id });
  assert.equal(cancelled.status, "cancelled");
  assert.equal(cancelled.startLocal, "2027-02-11T13:00");
  const reminders = await call(driver, "list_reminders", { interviewId: id });
  assert.ok(reminders.every((r) => r.state !== "pending"), JSON.stringify(reminders));
  assert.deepEqual(await listed(), [{ title: "Equinor · Dataingeniør", status: "chip status-cancelled" }]);
  await screenshot(driver, "invitation-cancelled-list-phone");
});

test("a start the clocks skip is warned of at once, and as soon as one is typed", async () => {
  await importFromList("19-apple-dst-gap-sv.ics");
  await waitFor(driver, "#imported-notice");
  // At the top of the form, where it is seen at once, and beside the start.
  await expectText(driver, "#imported-gap", /02:30 does not exist on that day in Europe\/Stockholm/);
  await expectText(driver, "#start-gap", /02:30 does not exist on that day in Europe\/Stockholm/);
  await screenshot(driver, "invitation-gap-phone");
  await setValue(driver, "#f-time", "10:00");
  await until(async () => (await driver.executeScript("return document.querySelector('#start-gap').textContent")) === "",
    { what: "the warning gone for a time that exists" });
  await setValue(driver, "#f-zone", "Europe/Oslo");
  await setValue(driver, "#f-time", "02:15");
  await expectText(driver, "#start-gap", /02:15 does not exist on that day in Europe\/Oslo/);
  // Nothing was saved: still one interview.
  assert.equal((await call(driver, "list_interviews", {})).total, 1);
});
