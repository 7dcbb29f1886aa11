// What the app recovers from on its own, and what it must never lose, as a user meets it:
// unreadable reminder settings planted in the database are kept aside, a notice says so in the
// user's language, and the log says why; and editing an interview whose earlier round lies
// beyond the first 500 of the list keeps the link to it.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDriver, launch, click, expectText, invoke, screenshot, until, PHONE, DESKTOP } from "./helpers.mjs";

let driver;
let service;

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
});

/** Runs SQL on the closed app's database with Python's sqlite3 (an independent writer). */
function sql(dataDir, statement) {
  execFileSync("python3", ["-c", `import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); db.execute(sys.argv[2]); db.commit(); db.close()`,
  join(dataDir, "intervju.sqlite3"), statement]);
}

test("unreadable reminder settings are kept aside, told once, and logged", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "intervju-recovery-"));
  service = await startDriver({ dataDir, locale: "nb_NO.UTF-8" });
  driver = await launch(PHONE);
  await invoke(driver, "update_settings", { welcomeSeen: true });
  await driver.quit();
  sql(dataDir, "INSERT OR REPLACE INTO setting (key, value) VALUES ('reminders', '{\"kinds\": 42')");

  driver = await launch(PHONE);
  await expectText(driver, "#notices [data-notice='reminder_settings_reset'] p", /Innstillingene for påminnelser kunne ikke leses/);
  await screenshot(driver, "notice-settings-reset-phone-nb");
  const settings = await invoke(driver, "get_reminder_settings");
  assert.equal(settings.quietHours.start, 22 * 60, "the defaults apply");
  const log = join(dataDir, "logs", "intervju.log");
  await until(() => existsSync(log) && readFileSync(log, "utf8").includes("unreadable reminder settings"),
    { what: "the log line about the unreadable settings" });
  assert.ok(!readFileSync(log, "utf8").includes("\"kinds\": 42"), "the stored value is not copied into the log");
  await click(driver, "#notices [data-notice] button");
  await until(async () => driver.executeScript("return document.getElementById('notices').hidden"), { what: "the notice closed" });

  // Settings → About says where the log is, for whoever helps the user.
  await driver.executeScript("location.hash = '#/settings'");
  await expectText(driver, "#log-file", log);
  await driver.executeScript("document.getElementById('log-file').scrollIntoView({ block: 'center' })");
  await screenshot(driver, "settings-about-phone-nb");

  // Told once: the next start shows no notice, and the old value is still kept aside.
  await driver.quit();
  driver = await launch(PHONE);
  assert.equal(await driver.executeScript("return document.getElementById('notices').hidden"), true);
  assert.deepEqual(await invoke(driver, "take_notices"), []);
  await driver.quit();
  driver = undefined;
  const kept = execFileSync("python3", ["-c", `import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT value FROM setting WHERE key LIKE 'reminders.unreadable.%'").fetchone()[0])`,
  join(dataDir, "intervju.sqlite3")]).toString().trim();
  assert.equal(kept, '{"kinds": 42', "kept aside byte for byte");
  await service.stop();
  service = undefined;
});

test("editing a round whose earlier round is beyond the first 500 keeps the link", async () => {
  service = await startDriver();
  driver = await launch(DESKTOP);
  await invoke(driver, "update_settings", { welcomeSeen: true });
  // The earlier round long ago (listed last), then 501 upcoming interviews listed before it.
  const earlier = await invoke(driver, "create_interview", { company: "Equinor", role: "Analytiker", startLocal: "2020-03-02T10:00" });
  for (let i = 0; i < 501; i++) {
    await invoke(driver, "create_interview", { company: `Firma ${i}`, role: "Rolle", startLocal: "2031-01-01T10:00" });
  }
  const later = await invoke(driver, "create_interview", {
    company: "Equinor", role: "Analytiker", round: "second", previousRoundId: earlier.id, startLocal: "2030-06-01T10:00",
  });
  const page = await invoke(driver, "list_interviews", { limit: 500 });
  assert.ok(!page.items.some((item) => item.id === earlier.id), "the earlier round is not among the first 500");

  await driver.executeScript(`location.hash = "#/i/${later.id}/edit"`);
  await until(async () => driver.executeScript("return document.getElementById('f-previous')?.value"),
    { what: "the earlier round selected in the form" });
  assert.equal(await driver.executeScript("return document.getElementById('f-previous').value"), String(earlier.id));
  await click(driver, "#save-interview");
  await until(async () => (await driver.getCurrentUrl()).endsWith(`#/i/${later.id}`), { what: "the saved interview shown" });
  const saved = await invoke(driver, "get_interview", { id: later.id });
  assert.equal(saved.previousRoundId, earlier.id, "the link survived the edit");
});
