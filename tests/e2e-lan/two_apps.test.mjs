// Two real Intervju windows on one machine, as a phone and a computer on one home network: each
// app has its own data folder, its own D-Bus session (the app is a single instance per session)
// and its own WebDriver. `make e2e-lan` runs this file inside a network namespace of its own
// whose only interface is loopback, with multicast on, so mDNS and QUIC stay there.
//
// The code is read off one window and typed into the other; after that nobody touches a sync
// button: a reflection saved on the phone shows up in the computer's review by itself.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import {
  startDriver, launch, skipWelcome, click, type, expectText, until, invoke, SHOTS, painted,
} from "../e2e/helpers.mjs";

const services = [];
const drivers = [];
after(async () => {
  for (const driver of drivers) await driver.quit().catch(() => {});
  for (const service of services) await service.stop();
});

/** One app: its own folder, session and driver ports, the local network on, at `x` on screen. */
async function app(port, x, size) {
  const service = await startDriver({
    dataDir: mkdtempSync(join(tmpdir(), "intervju-lan-e2e-")),
    port, ownSession: true, env: { INTERVJU_LAN: "" },
  });
  services.push(service);
  const driver = await launch(size, { port });
  drivers.push(driver);
  await driver.manage().window().setRect({ ...size, x, y: 0 });
  await skipWelcome(driver);
  return driver;
}

const peerMet = (driver) => until(async () => driver.executeScript(`
  const fact = document.querySelector("#peers [data-peer] [data-fact=network] .on-network");
  return fact ? fact.textContent : null`), { timeout: 60_000, what: "the other device listed as met on this network" });

test("paired by a typed code, the two sync by themselves: a reflection written on the phone is in the computer's review", async () => {
  const computer = await app(4444, 0, { width: 900, height: 1000 });
  const phone = await app(4446, 900, { width: 390, height: 844 });

  // The computer shows a code.
  await computer.executeScript("location.hash = '#/devices'");
  await click(computer, "#start-pairing");
  const code = await until(async () => computer.executeScript(
    "const w = [...document.querySelectorAll('#pairing-code .code-word')].map((e) => e.textContent); return w.length === 6 ? w.join(' ') : null"),
  { what: "the pairing code" });

  // The phone types it; the two find each other on the network and meet.
  await phone.executeScript("location.hash = '#/devices'");
  await type(phone, "#pairing-code-input", code);
  await click(phone, "#enter-pairing-code");
  await expectText(phone, "#peers [data-peer] [data-fact=network]", /Syncs by itself/, { timeout: 60_000 });
  await peerMet(computer);
  // The first meeting's outcome is said on both Devices screens.
  await expectText(computer, "#peers-status", /Synced with/, { timeout: 30_000 });
  await painted(phone);
  execFileSync("import", ["-window", "root", "-crop", "1290x1000+0+0", "+repage", join(SHOTS, "lan-paired-two-apps.png")]);

  // The computer sits on its review; the phone writes down an interview and its reflection.
  await computer.executeScript("location.hash = '#/review'");
  await until(async () => (await computer.executeScript("return document.body.dataset.screen")) === "review", { what: "the review" });
  const interview = await invoke(phone, "create_interview", {
    company: "Nordlys Energi", role: "Analyst", round: "first", status: "done",
    startLocal: "2026-11-30T10:00", timeZone: "Europe/Oslo", durationMinutes: 60,
  });
  // The reflection, tapped in on the phone's reflection screen as a user does.
  await phone.executeScript(`location.hash = '#/i/${interview.id}/reflect'`);
  await until(async () => (await phone.executeScript("return document.body.dataset.screen")) === "reflect", { what: "the reflection screen" });
  await click(phone, '[data-answer="feeling"] [data-value="4"]');
  await click(phone, '[data-answer="firstRating"] [data-value="5"]');

  // Nobody touches the computer: the sync after the save brings it, and its review redraws.
  await expectText(computer, "main", /Nordlys Energi/, { timeout: 60_000 });
  const shown = await computer.executeScript("return document.body.innerText");
  assert.match(shown, /Nordlys Energi/);
  await painted(computer);
  execFileSync("import", ["-window", "root", "-crop", "1290x1000+0+0", "+repage", join(SHOTS, "lan-review-synced-two-apps.png")]);

  // Both hold the same interview and the same answers now.
  const there = await invoke(computer, "list_interviews", {});
  const synced = there.items.find((i) => i.company === "Nordlys Energi");
  assert.equal(synced?.role, "Analyst");
  await until(async () => {
    const reflection = await invoke(computer, "get_reflection", { interviewId: synced.id });
    return reflection.answers?.feeling === 4 && reflection.answers?.firstRating === 5;
  }, { timeout: 30_000, what: "both answers on the computer" });
});
