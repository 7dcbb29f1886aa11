// Faults as a user meets them: a damaged database file is detected, kept aside, and the user is
// offered a way out in their language — at once when the damage is in the file's header, after
// the first screen when it lies deeper (the whole file is checked in the background); a second
// start of the app does not make a second writer.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDriver, launch, waitFor, click, text, expectText, screenshot, APP, PHONE } from "./helpers.mjs";

let driver;
let service;

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
});

test("a damaged database is kept aside and the user can start again", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "intervju-corrupt-"));
  const garbage = Buffer.alloc(64 * 1024, 0x42);
  writeFileSync(join(dataDir, "intervju.sqlite3"), garbage);
  service = await startDriver({ dataDir, locale: "nb_NO.UTF-8" });
  driver = await launch(PHONE);
  await expectText(driver, ".fatal", /Datafilen din er skadet/);
  await expectText(driver, ".fatal h1", "Intervju");
  await waitFor(driver, "#recover-empty");
  await screenshot(driver, "corrupt-phone-nb");
  assert.deepEqual(readFileSync(join(dataDir, "intervju.sqlite3.corrupt-1")), garbage, "kept aside byte for byte");

  await click(driver, "#recover-empty");
  await driver.wait(async () => (await driver.executeScript("return document.body.dataset.screen")) === "welcome", 10_000);
  await expectText(driver, "h1", "Velkommen til Intervju");
  assert.ok(existsSync(join(dataDir, "intervju.sqlite3")));
});

test("a second start only brings the running app forward", async () => {
  // The same data folder and session: the second process hands over to the first and leaves.
  const second = spawn(APP, [], { env: { ...process.env, INTERVJU_DATA_DIR: service.dataDir }, stdio: "ignore" });
  const code = await new Promise((done, fail) => {
    const timer = setTimeout(() => { second.kill("SIGKILL"); fail(new Error("the second instance kept running")); }, 15_000);
    second.once("exit", (c) => { clearTimeout(timer); done(c); });
  });
  assert.equal(code, 0);
  // The first one still answers.
  assert.equal(await driver.executeScript("return document.body.dataset.ready"), "true");
  await expectText(driver, "h1", "Velkommen til Intervju");
});

test("damage deep inside the file is found after the first screen and leads to the way out", async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
  const dataDir = mkdtempSync(join(tmpdir(), "intervju-deep-damage-"));
  execFileSync("cargo", ["run", "--quiet", "-p", "intervju-core", "--example", "seed", "--", dataDir, "3000"], { stdio: ["ignore", "ignore", "inherit"] });
  const file = join(dataDir, "intervju.sqlite3");
  const damaged = readFileSync(file);
  // The middle third: interviews and their index, far from the header, schema and settings that
  // the quick check at start-up reads.
  damaged.fill(0x5a, Math.floor(damaged.length / 3) & ~4095, Math.floor((2 * damaged.length) / 3) & ~4095);
  writeFileSync(file, damaged);
  service = await startDriver({ dataDir, locale: "nb_NO.UTF-8" });
  driver = await launch(PHONE);
  await expectText(driver, ".fatal", /Datafilen din er skadet/);
  await waitFor(driver, "#recover-empty");
  await screenshot(driver, "deep-damage-phone-nb");
  assert.deepEqual(readFileSync(join(dataDir, "intervju.sqlite3.corrupt-1")), damaged, "kept aside byte for byte");
});
