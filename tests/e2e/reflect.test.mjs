// After the interview, at phone size: reflect, quit halfway, relaunch, finish; the second look;
// mark the interview rejected and see the feedback prompt; the lesson appears on the next
// interview's sheet and checklist. Screenshots go to target/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startDriver, launch, skipWelcome, waitFor, click, text, expectText, type, screenshot, invoke, until, PHONE } from "./helpers.mjs";

let driver;
let service;
let past;
let next;

before(async () => {
  service = await startDriver();
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
});

const create = async (company, startLocal) => (await invoke(driver, "create_interview", {
  company, role: "Nurse", startLocal, timeZone: "Europe/Oslo" })).id;
/** Waits until the autosave has stored `value` as the answer `name`, read back through the command. */
const answerSaved = (name, value) => until(
  async () => (await invoke(driver, "get_reflection", { interviewId: past })).answers[name] === value,
  { timeout: 5000, what: `the autosave of ${name}` });
const checked = (name) => driver.executeScript(
  `return document.querySelector('[data-answer="${name}"] [aria-checked="true"]')?.dataset.value ?? null`);

test("reflect right after, quit halfway, relaunch and finish", async () => {
  driver = await launch(PHONE);
  await skipWelcome(driver);
  past = await create("Ullevål", "2026-11-20T09:00");
  next = await create("Ahus", "2031-01-08T09:00");
  await driver.executeScript(`location.hash = "#/i/${past}"`);
  await click(driver, "#open-reflect");
  await expectText(driver, "h1", "Right after");
  await click(driver, '[data-answer="feeling"] [data-value="4"]');
  await click(driver, '[data-answer="saidEverything"] [data-value="partly"]');
  await type(driver, "#a-forgot", "My night-shift experience");
  await driver.wait(async () => (await text(driver, "#reflect-progress")) === "3 of 16 answered", 5000);
  await screenshot(driver, "reflect-phone-en");
  await answerSaved("forgot", "My night-shift experience");
  await driver.quit();

  driver = await launch(PHONE);
  await driver.executeScript(`location.hash = "#/i/${past}/reflect"`);
  await waitFor(driver, "#reflect-progress");
  assert.equal(await checked("feeling"), "4");
  assert.equal(await checked("saidEverything"), "partly");
  assert.equal(await driver.executeScript("return document.querySelector('#a-forgot').value"), "My night-shift experience");
  await click(driver, '[data-answer="wasMyself"] [data-value="yes"]');
  await click(driver, '[data-answer="firstRating"] [data-value="2"]');
  await click(driver, "#reflect-done");
  await waitFor(driver, "#after-card");
});

test("the second look: rate again beside the first, and what to do differently", async () => {
  await click(driver, "#open-later");
  await expectText(driver, "#first-rating .big-number", "2 of 5");
  await click(driver, '[data-answer="laterRating"] [data-value="4"]');
  await click(driver, '[data-answer="wantJob"] [data-value="yes"]');
  await type(driver, "#a-doDifferently", "Give a concrete example for every strength");
  await answerSaved("doDifferently", "Give a concrete example for every strength");
  await screenshot(driver, "later-phone-en");
  await click(driver, "#later-done");
  await waitFor(driver, "#after-card");
});

test("rejected: the feedback prompt with a drafted message, and the feedback kept", async () => {
  await click(driver, '[data-status="done"]');
  await click(driver, '[data-status="rejected"]');
  await waitFor(driver, "#feedback-panel");
  const draft = await driver.executeScript("return document.querySelector('#feedback-draft').value");
  assert.match(draft, /Nurse position at Ullevål/);
  await click(driver, "#feedback-asked");
  await type(driver, "#feedback-text", "They wanted more ICU experience");
  await until(async () => (await invoke(driver, "get_feedback", { interviewId: past })).feedback === "They wanted more ICU experience",
    { timeout: 5000, what: "the autosave of the feedback" });
  await driver.executeScript("document.querySelector('#feedback-panel').scrollIntoView()");
  await screenshot(driver, "feedback-phone-en");
  await driver.executeScript("location.hash = '#/'");
  await driver.executeScript(`location.hash = "#/i/${past}"`);
  await waitFor(driver, "#feedback-text");
  assert.equal(await driver.executeScript("return document.querySelector('#feedback-text').value"), "They wanted more ICU experience");
  assert.equal(await driver.executeScript("return document.querySelector('#feedback-asked').checked"), true);
});

test("the lessons appear on the next interview's sheet and on the way in", async () => {
  await driver.executeScript(`location.hash = "#/i/${next}/prepare"`);
  await waitFor(driver, "#prep-lessons");
  const lessons = await text(driver, "#prep-lessons");
  assert.match(lessons, /Give a concrete example for every strength/);
  assert.match(lessons, /Remember to mention: My night-shift experience/);
  await screenshot(driver, "lessons-prepare-phone-en");
  await driver.executeScript(`location.hash = "#/i/${next}/checklist"`);
  await waitFor(driver, "#checklist-lessons");
  await click(driver, "#checklist-lessons li:first-child button");
  await driver.wait(async () => (await driver.executeScript("return document.querySelectorAll('#checklist-lessons li').length")) === 1, 5000);
  await screenshot(driver, "lessons-checklist-phone-en");
});

test("a later round's sheet shows the earlier round's reflection beside it", async () => {
  const round2 = (await invoke(driver, "create_interview", {
    company: "Ullevål", role: "Nurse", round: "second", previousRoundId: past,
    startLocal: "2031-02-01T09:00", timeZone: "Europe/Oslo" })).id;
  await driver.executeScript(`location.hash = "#/i/${round2}/prepare"`);
  await waitFor(driver, "#earlier-round");
  if (!(await driver.executeScript("return document.querySelector('#earlier-round details').open"))) {
    await click(driver, "#earlier-title");
  }
  const reflection = await text(driver, "#earlier-reflection");
  assert.match(reflection, /2 of 5 right after, 4 of 5 later/);
  assert.match(reflection, /Give a concrete example for every strength/);
  await driver.executeScript("document.querySelector('#earlier-round').scrollIntoView()");
  await screenshot(driver, "prepare-earlier-reflection-phone-en");
});
