// Before the interview: write the sheet and quit mid-typing (after the autosave delay) — the text
// is there after a relaunch; practise three questions; plan round two and see round one beside it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startDriver, launch, skipWelcome, resize, waitFor, click, text, expectText, type, setValue, screenshot, invoke, until, By, PHONE, DESKTOP } from "./helpers.mjs";

let driver;
let service;
let first;

before(async () => {
  service = await startDriver();
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
});

const value = (css) => driver.executeScript(`return document.querySelector(arguments[0]).value`, css);
const savedStatus = () => driver.wait(async () => (await text(driver, "#save-status")) === "All changes saved", 5000);

test("the sheet autosaves: quit mid-typing, relaunch, the text is intact", async () => {
  driver = await launch(DESKTOP);
  await skipWelcome(driver);
  first = (await invoke(driver, "create_interview", {
    company: "Telenor", role: "Product owner", startLocal: "2030-02-11T10:00", timeZone: "Europe/Oslo" })).id;
  await driver.executeScript(`location.hash = "#/i/${first}"`);
  await click(driver, "#open-prepare");
  await expectText(driver, "h1", "Preparation");
  await type(driver, "#prep-research", "Telenor: 200 million customers, Nordic focus.");
  await type(driver, "#prep-strengths", "Calm under pressure; roadmaps");
  await savedStatus();
  // Typing continues; the app is closed once the autosave delay has passed after the last key
  // (the text is in the database, read back through the command), with no blur or button.
  const whyJob = "I want to build products people use every day";
  await (await waitFor(driver, "#prep-whyJob")).sendKeys(whyJob);
  await until(async () => (await invoke(driver, "get_preparation", { interviewId: first })).sheet.whyJob === whyJob,
    { timeout: 5000, what: "the autosave of the last field" });
  assert.equal(await driver.executeScript("return document.activeElement.id"), "prep-whyJob", "still typing: no blur");
  await driver.quit();

  driver = await launch(DESKTOP);
  await driver.executeScript(`location.hash = "#/i/${first}/prepare"`);
  await waitFor(driver, "#prep-research");
  assert.equal(await value("#prep-research"), "Telenor: 200 million customers, Nordic focus.");
  assert.equal(await value("#prep-strengths"), "Calm under pressure; roadmaps");
  assert.equal(await value("#prep-whyJob"), whyJob);
});

test("questions to ask keep their order; practise three expected questions", async () => {
  for (const q of ["How do you measure success here?", "What would my first month look like?"]) {
    await type(driver, "#list-ask-new", q);
    await click(driver, "#list-ask-add");
    await driver.wait(async () => (await driver.findElements(By.css("#list-ask li"))).length > 0 && (await text(driver, "#list-ask")).includes(q), 5000);
  }
  await click(driver, "#list-ask li:first-child .move-down");
  await driver.wait(async () => (await text(driver, "#list-ask li:first-child")).includes("first month"), 5000);

  const expected = [
    ["Tell us about yourself", "Ten years in telecom, the last four owning a product."],
    ["What is your biggest weakness?", "I say yes too often; now I plan capacity each week."],
    ["Why Telenor?", "Scale, and products that millions rely on."],
  ];
  for (const [question, answer] of expected) {
    await type(driver, "#new-question", question);
    await type(driver, "#new-answer", answer);
    await click(driver, "#add-question");
    await driver.wait(async () => (await text(driver, "#prep-questions .question-list")).includes(question), 5000);
  }
  await screenshot(driver, "prepare-desktop-en");
  await resize(driver, PHONE);
  await screenshot(driver, "prepare-phone-en");

  await click(driver, "#practise");
  await expectText(driver, "#practice-count", "Question 1 of 3");
  for (const rating of ["good", "poor", "okay"]) {
    await click(driver, "#reveal");
    await waitFor(driver, `[data-rating="${rating}"]`);
    if (rating === "poor") await screenshot(driver, "practice-phone-en");
    await click(driver, `[data-rating="${rating}"]`);
  }
  await expectText(driver, "#practice-done", "Well done");
  await expectText(driver, ".practice", /1 went well, 1 so-so, 1 need more work/);
  // The next session starts with the one that needs work.
  await click(driver, "#practice-again");
  await driver.wait(async () => (await text(driver, "#practice-question")) === "What is your biggest weakness?", 5000);
  await resize(driver, DESKTOP);
});

test("plan round two: it starts from round one, which stands beside the new sheet", async () => {
  await driver.executeScript(`location.hash = "#/i/${first}"`);
  await click(driver, "#next-round");
  await expectText(driver, "h1", "The next round");
  assert.equal(await value("#f-company"), "Telenor");
  assert.equal(await value("#f-round"), "second");
  assert.equal(await value("#f-previous"), String(first));
  await setValue(driver, "#f-date", "2030-02-25");
  await setValue(driver, "#f-time", "13:00");
  await click(driver, "#save-interview");
  await waitFor(driver, "#detail-title");
  await click(driver, "#open-prepare");
  await waitFor(driver, "#earlier-round");
  if (!(await driver.executeScript("return document.querySelector('#earlier-round details').open"))) {
    await click(driver, "#earlier-title");
  }
  await expectText(driver, "#earlier-round", /Calm under pressure/);
  assert.equal(await value("#prep-strengths"), "Calm under pressure; roadmaps", "round two starts from round one");

  for (const c of ["Stakeholder management", "Data-driven roadmaps", "Telecom know-how"]) {
    await type(driver, "#list-competency-new", c);
    await click(driver, "#list-competency-add");
    await driver.wait(async () => (await text(driver, "#list-competency")).includes(c), 5000);
  }
  // Keyboard: Alt+↑ on the last competency moves it to the middle.
  const last = await waitFor(driver, "#list-competency li:last-child");
  await driver.executeScript("arguments[0].focus()", last);
  await driver.actions().keyDown("\uE00A").sendKeys("\uE013").keyUp("\uE00A").perform();
  await driver.wait(async () => (await text(driver, "#list-competency li:nth-child(2)")).includes("Telecom"), 5000);
  await screenshot(driver, "prepare-round2-desktop-en");
  await resize(driver, PHONE);
  await screenshot(driver, "prepare-round2-phone-en");
  await resize(driver, DESKTOP);
});
