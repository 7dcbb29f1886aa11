// The phone: every screen at 360 × 640 and 390 × 844, in light, in dark and with text at 200 %,
// on realistic data made through the app's own commands. Each screen is photographed into
// target/screenshots/phone-<screen>-<width>-<mode>.png and must hold three invariants: the page
// never scrolls sideways (nothing reaches past the window unless a box of its own scrolls it),
// every visible thing to tap is at least 44 × 44 px, and the bottom tab bar never covers the end
// of the page. Then the way back: the Android back gesture (the web view's history.back()) and
// the top bar's back button walk the screens back in order and stop at the first screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startDriver, launch, resize, until, painted, skipWelcome, click, waitFor, screenshot, invoke as call,
  layoutReport, tabBarOverlap, PHONE, SMALL_PHONE,
} from "./helpers.mjs";

const SIZES = [SMALL_PHONE, PHONE];
let driver;
let service;
let dataDir;
const ids = {};
/** Every problem found on every screen, so one run reports them all. */
const problems = [];
const smallestSeen = [];

before(async () => {
  service = await startDriver();
  dataDir = service.dataDir;
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
});

const invoke = (command, request) => call(driver, command, request);

/** A job seeker's data: an interview coming up (two interviewers, a long role name and a link
 * that cannot wrap at a space), a first round done and reflected on, its second round with a
 * preparation sheet, questions with answers, a practice session, and one rejection. */
async function seed() {
  const upcoming = await invoke("create_interview", {
    company: "Sykehuspartner", role: "Senior løsningsarkitekt for pasientjournalsystemer", round: "first",
    startLocal: "2031-03-04T09:30", timeZone: "Europe/Oslo", durationMinutes: 90,
    location: "Nydalsveien 28, 0484 Oslo (3. etasje, spør i resepsjonen)",
    interviewers: [{ name: "Ingrid Haugland", role: "Avdelingsleder" }, { name: "Mohammed Rahimi", role: "Arkitekt" }],
    contactName: "Ingrid Haugland", contactInfo: "ingrid.haugland@sykehuspartner.example",
    jobAdUrl: "https://www.finn.no/job/fulltime/ad.html?finnkode=123456789012345678901234567890",
    notes: "Ask about the cloud migration and whether the team works with FHIR.",
  });
  const past = await invoke("create_interview", {
    company: "Equinor", role: "Data engineer", round: "first", startLocal: "2025-11-12T10:00", timeZone: "Europe/Oslo",
    location: "Forusbeen 50, Stavanger", interviewers: [{ name: "Kari Nordmann", role: "Team lead" }],
  });
  await invoke("update_reflection", { interviewId: past.id, changes: {
    feeling: 4, friendly: "yes", saidEverything: "partly", forgot: "My thesis on sensor data", enoughTime: "yes",
    presentedStrengths: "partly", strengthsPresented: "Python, pipelines", positive: "A friendly panel", firstRating: 3,
  } });
  await invoke("complete_reflection", { interviewId: past.id, part: "after" });
  await invoke("update_reflection", { interviewId: past.id, changes: { laterRating: 4, wantJob: "yes", doDifferently: "Bring the thesis poster" } });
  await invoke("set_outcome", { interviewId: past.id, status: "done" });
  await invoke("set_outcome", { interviewId: past.id, status: "next_round" });
  const second = await invoke("create_interview", {
    company: "Equinor", role: "Data engineer", round: "second", previousRoundId: past.id,
    startLocal: "2031-01-20T13:00", timeZone: "Europe/Oslo", location: "Teams",
  });
  await invoke("update_preparation", { interviewId: second.id, changes: {
    research: "Hydrogen storage pilots; a new data platform on Azure.", strengths: "Stream processing, clear documentation",
    weaknesses: "Little offshore experience — I learn fast and ask early", whyJob: "The energy transition needs good data",
  } });
  for (const [list, text] of [["ask", "How is on-call organised?"], ["ask", "What does a good first year look like?"],
    ["gap", "Read up on IEC 61850"], ["competency", "Data modelling"], ["competency", "Kafka"]]) {
    await invoke("add_preparation_item", { interviewId: second.id, list, text });
  }
  for (const [text, answer, tags] of [
    ["Tell us about a pipeline you are proud of", "The sensor ingestion at my thesis lab: 40k events a second.", ["story"]],
    ["Why do you want to work here?", "The energy transition, and a team that documents well.", ["motivation"]],
    ["What is your biggest weakness?", "", []],
  ]) {
    await invoke("create_question", { text, answer, tags, interviewId: second.id });
  }
  await invoke("add_practice_session", { interviewId: second.id, practisedOn: "2031-01-15", partner: "Ola", notes: "Too long answers" });
  const rejected = await invoke("create_interview", {
    company: "Vipps MobilePay", role: "Android developer", startLocal: "2025-10-02T14:00", timeZone: "Europe/Oslo",
  });
  await invoke("set_outcome", { interviewId: rejected.id, status: "done" });
  await invoke("set_outcome", { interviewId: rejected.id, status: "rejected" });
  Object.assign(ids, { upcoming: upcoming.id, past: past.id, second: second.id, rejected: rejected.id });
}

/** Every screen: [name, hash, the screen's module name]. */
const screens = () => [
  ["welcome", "#/welcome", "welcome"],
  ["list", "#/", "list"],
  ["new", "#/new", "form"],
  ["edit", `#/i/${ids.upcoming}/edit`, "form"],
  ["detail", `#/i/${ids.upcoming}`, "detail"],
  ["detail-after", `#/i/${ids.rejected}`, "detail"],
  ["checklist", `#/i/${ids.upcoming}/checklist`, "checklist"],
  ["prepare", `#/i/${ids.second}/prepare`, "prepare"],
  ["practice", `#/i/${ids.second}/practice`, "practice"],
  ["reflect", `#/i/${ids.past}/reflect`, "reflect"],
  ["later", `#/i/${ids.past}/later`, "later"],
  ["next-round", `#/new/after/${ids.past}`, "form"],
  ["questions", "#/questions", "questions"],
  ["review", "#/review", "review"],
  ["settings", "#/settings", "settings"],
  ["devices", "#/devices", "devices"],
  ["notifications", "#/notifications", "permission"],
];

/** Opens `hash` and waits until its screen has drawn (the mark is cleared first, so a screen of
 * the same kind that was already showing cannot pass for it). */
async function open(hash, screen) {
  await driver.executeScript(`document.body.dataset.screen = ""; location.hash = arguments[0];`, hash);
  await until(async () => (await driver.executeScript("return document.body.dataset.screen")) === screen,
    { what: `the ${screen} screen at ${hash}` });
  await driver.executeScript("window.scrollTo(0, 0)");
  await painted(driver);
}

/** Visits every screen at both sizes in `mode`, photographs it and notes what breaks. */
async function visitAll(mode) {
  for (const size of SIZES) {
    await resize(driver, size);
    for (const [name, hash, screen] of screens()) {
      await open(hash, screen);
      const where = `${name} at ${size.width} px (${mode})`;
      await screenshot(driver, `phone-${name}-${size.width}-${mode}`);
      const report = await layoutReport(driver);
      if (report.scrollWidth > report.clientWidth) problems.push(`${where}: the page scrolls sideways (${report.scrollWidth} px in ${report.clientWidth})`);
      for (const wide of report.wide) problems.push(`${where}: wider than the window: ${wide}`);
      for (const small of report.small) problems.push(`${where}: a tap target of ${small.width}×${small.height} px: ${small.what}`);
      if (report.smallest) smallestSeen.push({ where, ...report.smallest });
      const overlap = await tabBarOverlap(driver);
      if (overlap > 0) problems.push(`${where}: the tab bar covers the end of the page by ${overlap} px`);
      if (name === "checklist" || name === "edit") await screenshot(driver, `phone-${name}-bottom-${size.width}-${mode}`);
    }
  }
}

function verdict(mode) {
  const rank = (s) => Math.min(s.width, s.height) * 1e6 + s.width * s.height;
  const smallest = smallestSeen.reduce((a, b) => (rank(b) < rank(a) ? b : a), smallestSeen[0]);
  console.log(`[${mode}] smallest tap target: ${smallest.width}×${smallest.height} px (${smallest.what}, ${smallest.where})`);
  const found = problems.splice(0);
  smallestSeen.splice(0);
  assert.deepEqual(found, [], `${found.length} problems on the phone screens (${mode})`);
}

test("seeded through the app's own commands", async () => {
  driver = await launch(SMALL_PHONE);
  await skipWelcome(driver);
  await seed();
  const { total } = await invoke("list_interviews", { limit: 10 });
  assert.equal(total, 4);
});

test("every screen in light at 360 and 390 px: no sideways scrolling, taps of 44 px, the tab bar clear", async () => {
  assert.equal(await driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"), false);
  await visitAll("light");
  verdict("light");
});

test("every screen with the text at 200 %", async () => {
  await driver.executeScript(`document.documentElement.style.fontSize = "200%"`);
  assert.equal(await driver.executeScript("return getComputedStyle(document.documentElement).fontSize"), "32px");
  await visitAll("text200");
  await driver.executeScript(`document.documentElement.style.fontSize = ""`);
  verdict("text200");
});

test("the field being typed in stays above the keyboard and the tab bar", async () => {
  await resize(driver, PHONE);
  await open(`#/i/${ids.upcoming}/edit`, "form");
  // The keyboard opens: the page gets shorter by about the keyboard's height.
  await driver.executeScript(`document.getElementById("f-ad-text").focus()`);
  await resize(driver, { width: PHONE.width, height: 540 });
  const placed = async () => driver.executeScript(`
    const field = document.getElementById("f-ad-text").getBoundingClientRect();
    const bar = document.getElementById("nav").getBoundingClientRect();
    const top = document.querySelector(".topbar").getBoundingClientRect().bottom;
    return field.top >= top - 0.5 && field.bottom <= Math.min(bar.top, window.visualViewport.height) + 0.5;`);
  await until(placed, { timeout: 3000, what: "the focused field clear of the keyboard and the bars" });
  await screenshot(driver, "phone-keyboard-390-light");
  await driver.executeScript("document.activeElement.blur()");
});

test("every screen in dark mode (GTK's dark theme, as the page's prefers-color-scheme)", async () => {
  await driver.quit();
  driver = null;
  await service.stop();
  service = await startDriver({ dataDir, env: { GTK_THEME: "Adwaita:dark" } });
  driver = await launch(SMALL_PHONE);
  assert.equal(await driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"), true,
    "the dark theme reached the page");
  await visitAll("dark");
  verdict("dark");
});

test("the notifications screen: Allow asks the OS, then goes on to where the user was headed", async () => {
  await resize(driver, SMALL_PHONE);
  // From elsewhere: the tours above end on this very screen, and the same hash draws nothing.
  await open("#/", "list");
  const headed = `#/i/${ids.upcoming}`;
  await driver.executeScript(`sessionStorage.setItem("intervju.permission.next", arguments[0])`, headed);
  await open("#/notifications", "permission");
  const text = await driver.executeScript(`return document.querySelector("main").innerText`);
  assert.match(text, /permission to show notifications/);
  await driver.executeScript(`document.getElementById("permission-allow").click()`);
  // On the desktop the plugin answers "granted" without asking.
  await until(async () => (await driver.executeScript("return location.hash")) === headed, { what: `back on ${headed}` });
  assert.equal(await driver.executeScript(`return document.getElementById("toast").textContent`), "Notifications are on.");
  assert.equal(await driver.executeScript(`return sessionStorage.getItem("intervju.permission.next")`), null);

  // "Not now" goes on too, and the app does not ask again until it starts again.
  await driver.executeScript(`sessionStorage.setItem("intervju.permission.next", "#/settings")`);
  await open("#/notifications", "permission");
  await driver.executeScript(`document.getElementById("permission-later").click()`);
  await until(async () => (await driver.executeScript("return location.hash")) === "#/settings", { what: "on to the settings" });
  assert.equal(await driver.executeScript(`return sessionStorage.getItem("intervju.permission.later")`), "true");
});

/** The route and the app's own depth in the history at this moment. */
const where = () => driver.executeScript("return [location.hash || '#/', history.state?.depth ?? null, document.body.dataset.screen]");

async function waitWhere(hash, screen) {
  await until(async () => { const [h, , s] = await where(); return h === hash && s === screen; },
    { what: `${screen} at ${hash}` });
  return (await where())[1];
}

test("back: the Android back gesture and the top bar's back walk the screens back in order", async () => {
  // A fresh window: its history starts at the list, as the app does when opened.
  await driver.quit();
  driver = await launch(SMALL_PHONE);
  assert.equal(await waitWhere("#/", "list"), 0, "the list is the first entry");
  await click(driver, `#upcoming-list a[href="#/i/${ids.upcoming}"]`);
  assert.equal(await waitWhere(`#/i/${ids.upcoming}`, "detail"), 1);
  await click(driver, "#open-checklist");
  assert.equal(await waitWhere(`#/i/${ids.upcoming}/checklist`, "checklist"), 2);

  // Android's back calls the web view's goBack(), which is history.back() for the page.
  await driver.executeScript("history.back()");
  assert.equal(await waitWhere(`#/i/${ids.upcoming}`, "detail"), 1, "back from the checklist: the interview");
  await driver.executeScript("history.back()");
  assert.equal(await waitWhere("#/", "list"), 0, "back again: the list, the first screen");
  assert.equal(await driver.executeScript("return document.body.dataset.ready"), "true", "still the app");

  // The visible back button in the top bar, on each sub-screen, goes to its parent.
  await click(driver, `#upcoming-list a[href="#/i/${ids.upcoming}"]`);
  await waitWhere(`#/i/${ids.upcoming}`, "detail");
  await click(driver, "#open-checklist");
  await waitWhere(`#/i/${ids.upcoming}/checklist`, "checklist");
  assert.equal(await driver.executeScript("return getComputedStyle(document.getElementById('back')).display !== 'none'"), true,
    "the back button shows on a phone");
  await screenshot(driver, "phone-back-checklist-360-light");
  await click(driver, "#back");
  assert.equal(await waitWhere(`#/i/${ids.upcoming}`, "detail"), 1, "the top bar's back: the interview, by going back");
  await click(driver, "#back");
  assert.equal(await waitWhere("#/", "list"), 0, "and the list: no entries piled up");
  assert.equal(await driver.executeScript("return document.getElementById('back').hidden"), true, "no back on the first screen");

  // Opened from elsewhere (as a reminder's "open" does from the list), the checklist still goes
  // up to its interview, and the gesture after that returns to the list.
  await driver.executeScript(`location.hash = "#/i/${ids.upcoming}/checklist"`);
  await waitWhere(`#/i/${ids.upcoming}/checklist`, "checklist");
  await click(driver, "#back");
  assert.equal(await waitWhere(`#/i/${ids.upcoming}`, "detail"), 1, "up to the interview, in place of the checklist");
  await driver.executeScript("history.back()");
  assert.equal(await waitWhere("#/", "list"), 0, "back: the list");

  // Every sub-screen has the way back, going to its parent.
  for (const [hash, screen, parent] of [
    [`#/i/${ids.upcoming}/edit`, "form", `#/i/${ids.upcoming}`],
    [`#/new/after/${ids.past}`, "form", `#/i/${ids.past}`],
    [`#/i/${ids.second}/prepare`, "prepare", `#/i/${ids.second}`],
    [`#/i/${ids.second}/practice`, "practice", `#/i/${ids.second}/prepare`],
    [`#/i/${ids.past}/reflect`, "reflect", `#/i/${ids.past}`],
    [`#/i/${ids.past}/later`, "later", `#/i/${ids.past}`],
    ["#/devices", "devices", "#/settings"],
    ["#/new", "form", "#/"],
  ]) {
    await open(hash, screen);
    assert.equal(await driver.executeScript("const b = document.getElementById('back'); return b.hidden ? null : b.getAttribute('href')"), parent,
      `the back button of ${hash}`);
  }
  await waitFor(driver, "#back");
});
