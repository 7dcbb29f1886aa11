// The app as a person uses it: first run, adding an interview (with a mistake first), seeing it
// listed, quitting, and finding it again after a relaunch on the same data; then the three
// languages and deleting. Screenshots at phone and desktop size go to target/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startDriver, launch, resize, waitFor, click, text, expectText, type, setValue, screenshot, appPid, windowsShown, By, PHONE, DESKTOP } from "./helpers.mjs";

const HTML_PAYLOAD = `<img src=x onerror="document.body.dataset.hacked=1">`;
let driver;
let service;

before(async () => {
  service = await startDriver();
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
});

test("first run: welcome, then add an interview after fixing a mistake", async () => {
  driver = await launch(DESKTOP);
  // The window is created hidden and shown by its page's load (src-tauri/reveal.rs), not by the
  // fallback five seconds later: it is on the screen by the time the first screen is drawn.
  assert.ok(windowsShown(appPid(service)).length > 0, "the window is on the screen with its first screen");
  await expectText(driver, "h1", "Welcome to Intervju");
  await screenshot(driver, "welcome-desktop-en");
  await resize(driver, PHONE);
  await screenshot(driver, "welcome-phone-en");

  await click(driver, "#welcome-start");
  await expectText(driver, "h1", "New interview");
  await screenshot(driver, "form-phone-en");

  // Saving with nothing filled in: each missing field says so, nothing is stored.
  await click(driver, "#save-interview");
  await expectText(driver, "#err-company", "This field is required.");
  await expectText(driver, "#err-role", "This field is required.");
  await expectText(driver, "#err-startLocal", "This field is required.");
  assert.equal(await (await driver.findElement(By.css("#f-company"))).getAttribute("aria-invalid"), "true");
  await screenshot(driver, "form-errors-phone-en");

  await type(driver, "#f-company", "Equinor");
  await type(driver, "#f-role", "Data engineer");
  await setValue(driver, "#f-date", "2030-01-14");
  await setValue(driver, "#f-time", "10:30");
  await type(driver, "#f-location", "Forusbeen 50, Stavanger");
  await click(driver, "#add-person");
  await type(driver, "#f-person-0-name", "Kari Nordmann");
  await type(driver, "#f-person-0-role", "Team lead");
  await type(driver, "#f-notes", HTML_PAYLOAD);
  await click(driver, "#save-interview");

  await expectText(driver, "#detail-title", /Equinor/);
  await expectText(driver, "#detail-when", /14 January 2030/);
  const notes = await driver.executeScript("return [...document.querySelectorAll('dd')].map(d => d.textContent).join('|')");
  assert.ok(notes.includes(HTML_PAYLOAD), "the HTML a user typed is shown as text");
  assert.equal(await driver.executeScript("return document.body.dataset.hacked ?? null"), null, "and never runs");
  await screenshot(driver, "detail-phone-en");

  await driver.executeScript("location.hash = '#/'");
  await expectText(driver, "#upcoming-list", /Equinor · Data engineer/);
  await screenshot(driver, "list-phone-en");
  await resize(driver, DESKTOP);
  await screenshot(driver, "list-desktop-en");
});

test("quit and relaunch on the same data: the interview is still there", async () => {
  await driver.quit();
  driver = await launch(DESKTOP);
  // The welcome was dismissed for good, so the list comes first.
  await expectText(driver, "h1", "Interviews");
  await expectText(driver, "#upcoming-list", /Equinor · Data engineer/);
  await expectText(driver, "#list-summary", /One interview, one coming up/);
});

for (const [language, heading, upcoming] of [["nb", "Intervjuer", "KOMMENDE"], ["sv", "Intervjuer", "KOMMANDE"], ["en", "Interviews", "UPCOMING"]]) {
  test(`switch the language to ${language}`, async () => {
    await driver.executeScript("location.hash = '#/settings'");
    const select = await waitFor(driver, "#language");
    await select.findElement(By.css(`option[value="${language}"]`)).click();
    await driver.wait(async () => (await driver.executeScript("return document.documentElement.lang")) === language, 5000);
    await screenshot(driver, `settings-desktop-${language}`);
    await driver.executeScript("location.hash = '#/'");
    await expectText(driver, "h1", heading);
    assert.equal((await text(driver, "#upcoming-title")).toUpperCase(), upcoming);
    await screenshot(driver, `list-desktop-${language}`);
    await resize(driver, PHONE);
    await screenshot(driver, `list-phone-${language}`);
    await click(driver, "#upcoming-list a");
    await waitFor(driver, "#detail-title");
    await screenshot(driver, `detail-phone-${language}`);
    await resize(driver, DESKTOP);
  });
}

test("delete asks first, then removes the interview for good", async () => {
  await driver.executeScript("location.hash = '#/'");
  await click(driver, "#upcoming-list a");
  await click(driver, "#delete-interview");
  await waitFor(driver, "dialog[open] #dialog-confirm");
  await screenshot(driver, "delete-confirm-desktop-en");
  await click(driver, "#dialog-confirm");
  await expectText(driver, ".empty h2", "No interviews yet");
  await driver.quit();
  driver = await launch(DESKTOP);
  await expectText(driver, ".empty h2", "No interviews yet");
});

test("a new user's language follows the system: Swedish", async () => {
  await driver.quit();
  driver = null;
  await service.stop();
  service = await startDriver({ locale: "sv_SE.UTF-8" });
  driver = await launch(PHONE);
  await expectText(driver, "h1", "Välkommen till Intervju");
  await screenshot(driver, "welcome-phone-sv");
});
