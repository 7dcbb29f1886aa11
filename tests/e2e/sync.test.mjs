// Two devices, each with its own data folder, run one after the other (the single-instance plugin
// lets one app run at a time): A shows a pairing code (in Norwegian, at desktop and phone size);
// B, a phone in dark mode, types it, writes an interview and a reflection, names itself and
// sends its changes into a file through the real save dialog; A takes the file in through the
// real open dialog, follows the progress, finds B's reflection through the review's search, and
// lists B by its name with when they last exchanged and what the file brought. The file dialogs
// are real GTK windows on the test's X display, answered with xdotool as in review.test.mjs.
// At 360 px nothing on the screen may be wider than the window.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { tmpdir } from "node:os";
import {
  startDriver, launch, skipWelcome, waitFor, click, type, setValue, text, expectText, screenshot, resize,
  answerDialog, typeInto, invoke, until, appPid, alive, DESKTOP, SHOTS,
} from "./helpers.mjs";

/** The narrowest phone we design for. */
const SMALL_PHONE = { width: 360, height: 780 };
const folderA = mkdtempSync(join(tmpdir(), "intervju-sync-a-"));
const folderB = mkdtempSync(join(tmpdir(), "intervju-sync-b-"));
const out = mkdtempSync(join(tmpdir(), "intervju-sync-files-"));
const bundle = join(out, "from-phone.intervjusync");
const LEARNED = "Whiteboard sketches beat long explanations";

let driver;
let service;
let code;
let phoneId;

after(async () => {
  if (driver) await close();
  else await service?.stop();
});

/** Starts a device: a driver whose app uses `dataDir` (and `env`), and the app. */
async function open(dataDir, size, env = {}) {
  service = await startDriver({ dataDir, env });
  driver = await launch(size);
}

/** Quits the app and its driver and waits until the app's process is gone: a second app started
 * before that would hand over to this one and exit (single instance). */
async function close() {
  const pid = appPid(service);
  try {
    await driver.quit();
    driver = null;
    await until(() => !alive(pid), { timeout: 10_000, what: "the app quitting" });
  } finally {
    // An app left running would keep the test runner's output open and the next device from
    // starting: this test's own app, by its pid, is ended whatever happened.
    if (alive(pid)) {
      console.error(`the app (pid ${pid}) did not quit with its driver; ending it`);
      process.kill(pid, "SIGKILL");
    }
    driver = null;
    await service.stop();
    service = null;
  }
}

/** Reloads the page at the list and waits for the new page's first screen (as review.test.mjs). */
async function reload() {
  await driver.executeScript(`history.replaceState(null, "", "#/"); document.body.dataset.ready = "reloading"; location.reload()`);
  await driver.wait(async () => (await driver.executeScript("return document.body.dataset.ready")) === "true", 10_000);
}

/** Settings → Devices, as a person gets there. */
async function openDevices() {
  await driver.executeScript(`location.hash = "#/settings"`);
  await click(driver, "#open-devices");
  await until(async () => (await driver.executeScript("return document.body.dataset.screen")) === "devices",
    { what: "the Devices screen" });
}

/** Invariant: nothing on the page is wider than the window (no sideways scrolling on a phone). */
async function assertNoOverflow(what) {
  const [scroll, inner, wide] = await driver.executeScript(`return [document.documentElement.scrollWidth, window.innerWidth,
    [...document.querySelectorAll("main *")].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => el.tagName + (el.id ? "#" + el.id : "") + "." + el.className).slice(0, 5)]`);
  assert.ok(scroll <= inner && wide.length === 0, `${what}: the page is ${scroll} px wide in a ${inner} px window (${wide.join(", ")})`);
}

/** Receive changes → the open dialog → the file's path typed in. */
async function receive(path) {
  await click(driver, "#receive-changes");
  await answerDialog("Choose a file of changes from your other device");
  try {
    await typeInto(path, { open: true });
  } catch (error) {
    // What the dialog showed when it did not take the path, for whoever reads the failure.
    execFileSync("import", ["-window", "root", join(SHOTS, "sync-dialog-failed.png")]);
    throw error;
  }
}

const peers = () => driver.executeScript("return document.querySelectorAll('#peers [data-peer]').length");

test("device A shows a pairing code: six words and a QR code, in Norwegian, at desktop and phone size", async () => {
  await open(folderA, DESKTOP);
  await skipWelcome(driver);
  await invoke(driver, "update_settings", { language: "nb" });
  await reload();
  await openDevices();
  await expectText(driver, "h1", "Enheter");
  await waitFor(driver, "#peers-empty");
  // The device has no name yet: the field shows what it stands for instead.
  assert.equal(await driver.executeScript("return document.querySelector('#device-name').placeholder"), "Denne enheten");
  const { device } = await invoke(driver, "sync_status");
  await expectText(driver, "#device-id", device.id.slice(0, 8));

  await click(driver, "#start-pairing");
  await until(async () => (await driver.executeScript("return document.querySelectorAll('#pairing-code li').length")) === 6,
    { what: "six words of a pairing code" });
  code = await driver.executeScript("return [...document.querySelectorAll('#pairing-code .code-word')].map((w) => w.textContent).join(' ')");
  assert.match(code, /^[a-z]+( [a-z]+){5}$/, "six lowercase words");
  // The QR code: a square of modules with a quiet margin, drawn as one path.
  const [viewBox, modules] = await driver.executeScript(`const svg = document.querySelector("#pairing-qr");
    return [svg.getAttribute("viewBox"), (svg.querySelector("path").getAttribute("d").match(/M/g) ?? []).length]`);
  const side = Number(viewBox.split(" ")[2]);
  assert.ok(side >= 21 + 8, `a QR code of at least 21 modules and its margin (${viewBox})`);
  assert.ok(modules > 100, `the QR code has dark modules (${modules})`);
  await expectText(driver, ".pair-steps", /Innstillinger → Enheter/);
  // The code's key waits as a peer until the other device's first file comes.
  await until(async () => (await peers()) === 1, { what: "the waiting peer listed" });
  await expectText(driver, "#peers [data-peer] .peer-label", "Venter på første utveksling");
  await expectText(driver, "#peers [data-peer] [data-fact=network]", /Ikke møtt på et nettverk ennå/);
  // These tests run with the local network off (INTERVJU_LAN=off): "Sync now" says so in words.
  await click(driver, "#sync-now");
  await expectText(driver, "#peers-status [role=alert]", /lokale nettverket kan ikke brukes/);
  await driver.executeScript("window.scrollTo(0, 0)");
  await screenshot(driver, "devices-pairing-desktop-nb");

  await resize(driver, SMALL_PHONE);
  await assertNoOverflow("the Devices screen at 360 px");
  await driver.executeScript("document.getElementById('pairing-code-label').scrollIntoView({ block: 'start' }); window.scrollBy(0, -72)");
  await screenshot(driver, "devices-pairing-phone-nb");
  await driver.executeScript("window.scrollTo(0, 0)");
  await screenshot(driver, "devices-top-phone-nb");
  await close();
});

test("device B (a phone, in dark mode) types the code, writes a reflection, names itself and sends its changes through the save dialog", async () => {
  // A phone at night: B runs in GTK's dark theme, which the page sees as prefers-color-scheme.
  await open(folderB, SMALL_PHONE, { GTK_THEME: "Adwaita:dark" });
  assert.equal(await driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"), true);
  await skipWelcome(driver);
  await driver.executeScript(`location.hash = "#/new"`);
  await type(driver, "#f-company", "Fjordkraft");
  await type(driver, "#f-role", "Customer adviser");
  await setValue(driver, "#f-date", "2026-11-20");
  await setValue(driver, "#f-time", "09:00");
  await click(driver, "#save-interview");
  const hash = await until(async () => (await driver.executeScript("return location.hash")).match(/^#\/i\/(\d+)$/),
    { what: "the saved interview" });
  const interviewId = Number(hash[1]);
  await driver.executeScript(`location.hash = "#/i/${interviewId}/reflect"`);
  await type(driver, "#a-learned", LEARNED);
  await until(async () => (await invoke(driver, "get_reflection", { interviewId })).answers.learned === LEARNED,
    { timeout: 5000, what: "the reflection saved" });

  await openDevices();
  await expectText(driver, "h1", "Devices");
  // A name is required; the refusal is shown beside the field.
  await click(driver, "#save-device-name");
  await expectText(driver, "#err-name", "This field is required.");
  assert.equal(await driver.executeScript("return document.querySelector('#device-name').getAttribute('aria-invalid')"), "true");
  await type(driver, "#device-name", "Telefon");
  await click(driver, "#save-device-name");
  await until(async () => (await invoke(driver, "sync_status")).device.name === "Telefon", { what: "the new name saved" });
  assert.equal(await driver.executeScript("return document.querySelector('#err-name').textContent"), "");
  phoneId = (await invoke(driver, "sync_status")).device.id;

  // A code that is not six words of the list is refused beside the field, and pairs nothing.
  await type(driver, "#pairing-code-input", "these are not six words");
  await click(driver, "#enter-pairing-code");
  await expectText(driver, "#err-code", /six words/);
  assert.equal(await peers(), 0);
  await type(driver, "#pairing-code-input", code.toUpperCase().replaceAll(" ", "-"));
  await click(driver, "#enter-pairing-code");
  await until(async () => (await peers()) === 1, { what: "the peer listed" });
  await expectText(driver, "#peers [data-peer] .peer-label", "Waiting for the first exchange");
  await expectText(driver, '#peers [data-peer] [data-fact="last"] dd', "Not yet");

  await click(driver, '#peers [data-peer] [data-action="send"]');
  await answerDialog("Save the changes for your other device");
  await typeInto(bundle);
  await expectText(driver, "#peers-status", new RegExp(`Saved to ${bundle.replaceAll(".", "\\.")}`), { timeout: 10_000 });
  assert.ok(existsSync(bundle) && statSync(bundle).size > 0, "the file was written where the dialog said");
  await expectText(driver, '#peers [data-peer] [data-fact="last"] dd', /\d{2}:\d{2}/);
  await assertNoOverflow("the Devices screen after sending, at 360 px");
  await screenshot(driver, "devices-sent-phone-dark-en");
  await close();
});

test("device A receives the file through the open dialog: a wrong file is refused in words, then B's reflection arrives", async () => {
  await open(folderA, DESKTOP);
  await invoke(driver, "update_settings", { language: "en" });
  await reload();
  await openDevices();

  // A file that is not a bundle: refused in words, nothing taken in.
  const junk = join(out, "notes.intervjusync");
  writeFileSync(junk, "not a bundle at all");
  await receive(junk);
  await expectText(driver, "#receive-status .form-error", "This file is not a bundle of changes from Intervju. Nothing was changed.", { timeout: 10_000 });

  await receive(bundle);
  await expectText(driver, "#receive-status", /^From Telefon: 1 interview(,| and) 1 reflection\b/, { timeout: 15_000 });
  // The bar followed the core's progress events to the end.
  const [value, max, label] = await until(async () => {
    const seen = await driver.executeScript(`const bar = document.querySelector("#receive-progress");
      return document.querySelector("#receive-meter").hidden ? null : [bar.value, bar.max, document.querySelector("#receive-progress-label").textContent]`);
    return seen && seen[0] === seen[1] ? seen : null;
  }, { what: "the progress bar at its end" });
  assert.ok(max >= 2 && value === max, `the bar counted the records (${value} of ${max})`);
  assert.equal(label, `Changes taken in: ${max} of ${max}`);

  // B is listed by its own name and id, with when they last exchanged and what it brought.
  await until(async () => (await peers()) === 1, { what: "one peer" });
  await expectText(driver, "#peers [data-peer] .peer-label", "Telefon");
  await expectText(driver, "#peers [data-peer] .device-chip", phoneId.slice(0, 8));
  await expectText(driver, '#peers [data-peer] [data-fact="last"] dd', /\d{2}:\d{2}/);
  await expectText(driver, '#peers [data-peer] [data-fact="brought"] dd', /^1 interview(,| and) 1 reflection\b/);
  await screenshot(driver, "devices-received-desktop-en");
  await resize(driver, SMALL_PHONE);
  await assertNoOverflow("the Devices screen with a peer, at 360 px");
  await driver.executeScript("document.getElementById('peers-title').scrollIntoView({ block: 'start' }); window.scrollBy(0, -72)");
  await screenshot(driver, "devices-received-phone-en");
  await resize(driver, DESKTOP);

  // B's reflection is found by the review's search, and opens as B wrote it.
  await driver.executeScript(`location.hash = "#/review"`);
  await type(driver, "#review-search", "whiteboard");
  await until(async () => (await driver.executeScript("return [...document.querySelectorAll('#search-results mark')].map((m) => m.textContent).join()")) === "Whiteboard",
    { what: "the reflection found by the search" });
  await expectText(driver, "#search-results .hit .item-title", "Fjordkraft · Customer adviser");
  await click(driver, "#search-results .hit");
  await until(async () => (await driver.executeScript("return document.querySelector('#a-learned')?.value")) === LEARNED,
    { what: "the reflection opened on A" });
});

test("the same file again brings nothing new; an unused code is unpaired after a confirmation", async () => {
  await openDevices();
  await receive(bundle);
  await expectText(driver, "#receive-status", "From Telefon: Nothing new.", { timeout: 15_000 });

  await click(driver, "#start-pairing");
  await until(async () => (await peers()) === 2, { what: "a second, waiting peer" });
  const waiting = '#peers [data-peer]:last-child [data-action="unpair"]';
  await click(driver, waiting);
  await waitFor(driver, "dialog #dialog-confirm");
  await expectText(driver, "dialog h2", "Unpair this device?");
  await click(driver, "dialog button:not(#dialog-confirm)");
  assert.equal(await peers(), 2, "cancelled: nothing unpaired");
  await click(driver, waiting);
  await click(driver, "dialog #dialog-confirm");
  await until(async () => (await peers()) === 1, { what: "the waiting peer unpaired" });
  await expectText(driver, "#peers [data-peer] .peer-label", "Telefon");
  assert.equal((await invoke(driver, "sync_status")).peers.length, 1);

  await invoke(driver, "update_settings", { language: "sv" });
  await reload();
  await resize(driver, SMALL_PHONE);
  await openDevices();
  await expectText(driver, "h1", "Enheter");
  await expectText(driver, '#peers [data-peer] [data-fact="brought"] dd', "Inget nytt");
  await assertNoOverflow("the Devices screen in Swedish at 360 px");
  await driver.executeScript("document.getElementById('peers-title').scrollIntoView({ block: 'start' }); window.scrollBy(0, -72)");
  await screenshot(driver, "devices-phone-sv");
});
