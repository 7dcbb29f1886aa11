// On the way in, at phone size: tick items, quit, relaunch — still ticked; edit the list; reach
// "ready"; and the screen in each language. Screenshots go to target/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startDriver, launch, skipWelcome, waitFor, click, text, expectText, type, screenshot, invoke, By, PHONE } from "./helpers.mjs";

let driver;
let service;
let id;

before(async () => {
  service = await startDriver();
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
});

async function checkedKeys() {
  return driver.executeScript(
    "return [...document.querySelectorAll('.check-row')].filter(r => r.querySelector('input').checked).map(r => r.dataset.key)");
}

async function tick(key) {
  await click(driver, `.check-row[data-key="${key}"] label`);
  await driver.wait(async () => (await checkedKeys()).includes(key), 5000);
}

test("tick items on the way in; they stay ticked after a relaunch", async () => {
  driver = await launch(PHONE);
  await skipWelcome(driver);
  // The interview itself is made through the form in app.test.mjs; here it is only the setting.
  id = (await invoke(driver, "create_interview", {
    company: "Posten Bring", role: "Logistics planner", startLocal: "2030-03-05T09:00", timeZone: "Europe/Oslo" })).id;
  await driver.executeScript(`location.hash = "#/i/${id}"`);
  await click(driver, "#open-checklist");
  await expectText(driver, "h1", "On the way in");
  const total = (await driver.findElements(By.css(".check-row"))).length;
  assert.ok(total >= 15, `the built-in list has its items (${total})`);
  await expectText(driver, "#checklist-progress", `0 of ${total} done`);

  for (const key of ["dress.clean", "dress.no-gum", "first.smile"]) await tick(key);
  await expectText(driver, "#checklist-progress", `3 of ${total} done`);
  await screenshot(driver, "checklist-phone-en");

  await driver.quit();
  driver = await launch(PHONE);
  await driver.executeScript(`location.hash = "#/i/${id}/checklist"`);
  await waitFor(driver, ".check-row");
  assert.deepEqual((await checkedKeys()).sort(), ["dress.clean", "dress.no-gum", "first.smile"]);
  await expectText(driver, "#checklist-progress", `3 of ${total} done`);
});

test("edit the list: hide an item here, add one of my own, and tick through to ready", async () => {
  await click(driver, "#checklist-edit");
  await click(driver, '.check-row[data-key="dress.scent"] .row-actions button');
  await driver.wait(async () => (await driver.findElements(By.css('.hidden-list [data-key="dress.scent"]'))).length === 1, 5000);
  await type(driver, "#own-text", "Bring two printed copies of the CV");
  await click(driver, "#own-add");
  await waitFor(driver, '.check-row[data-key^="own."]');
  assert.match(await text(driver, '.check-row[data-key^="own."]'), /Bring two printed copies of the CV/);
  await screenshot(driver, "checklist-edit-phone-en");
  await click(driver, "#checklist-edit");

  const keys = await driver.executeScript("return [...document.querySelectorAll('.check-row')].map(r => r.dataset.key)");
  for (const key of keys) if (!(await checkedKeys()).includes(key)) await tick(key);
  await expectText(driver, "#checklist-ready h2", "You're ready");
  await driver.executeScript("window.scrollTo(0, 0)");
  await screenshot(driver, "checklist-ready-phone-en");
});

for (const [language, title] of [["nb", "På vei inn"], ["sv", "På väg in"]]) {
  test(`the way-in screen in ${language}`, async () => {
    await driver.executeScript("location.hash = '#/settings'");
    const select = await waitFor(driver, "#language");
    await select.findElement(By.css(`option[value="${language}"]`)).click();
    await driver.wait(async () => (await driver.executeScript("return document.documentElement.lang")) === language, 5000);
    await driver.executeScript(`location.hash = "#/i/${id}/checklist"`);
    await driver.wait(async () => (await text(driver, "h1")) === title, 5000);
    await click(driver, "#checklist-edit");
    await click(driver, "#checklist-reset");
    await click(driver, "#dialog-confirm");
    await driver.wait(async () => (await checkedKeys()).length === 0, 5000);
    await click(driver, "#checklist-edit");
    await tick("first.eye-contact");
    await driver.executeScript("window.scrollTo(0, 0)");
    await screenshot(driver, `checklist-phone-${language}`);
  });
}
