// The accessibility and layout tour: every screen in Norwegian bokmål, Swedish and English, at
// 360 × 640, 390 × 844 and 1280 × 860, on realistic data made through the app's own commands.
// Each visit is photographed (target/screenshots/a11y-<screen>-<lang>-<width>.png) and fails the
// test on any of these, named and counted per kind:
//   axe       an axe-core violation of impact serious or critical (axe injected over WebDriver;
//             the tour fails if axe is missing or did not run);
//   overflow  the page scrolls sideways, or something reaches past the window (helpers'
//             layoutReport), or the phone's tab bar covers the end of the page (tabBarOverlap);
//   tap       a visible thing to tap smaller than 44 × 44 px, at every size, desktop too;
//   clipped   text cut by its box: overflow hidden/clip with more inside than shown, an
//             ellipsis that truncates (a select's chosen option measured against its box), an
//             input's placeholder wider than its box, or a word of the UI's own text broken
//             across two lines;
//   glyph     a character the fonts cannot draw (see `GLYPHS` below for the method);
//   raw       a raw Fluent id, an unformatted placeable ("{ $"), or a list shown as JSON;
//   english   English left in the Norwegian or Swedish screen (see `englishLeft` below);
//   js        an uncaught error or unhandled rejection in the page, or a console.error that is
//             not one of the app's expected, handled failures.
// Each detector is first shown a planted defect of its kind and must find it, so none of them
// can pass by finding nothing. Then the date fields: in each language the date and time the
// user picked read in that language's format, and times on the 24-hour clock.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  startDriver, launch, resize, until, painted, skipWelcome, screenshot, invoke as call,
  layoutReport, tabBarOverlap, PHONE, SMALL_PHONE, DESKTOP,
} from "./helpers.mjs";

const SIZES = [SMALL_PHONE, PHONE, DESKTOP];
const LANGUAGES = ["en", "nb", "sv"];
const AXE = readFileSync(resolve("node_modules/axe-core/axe.min.js"), "utf8");
let driver;
let service;
const ids = {};
/** Every string the seed gave the app: the user's own words, which no language translates. */
const userData = new Set();
/** Every defect found, by kind, so one run reports them all. */
const defects = [];
/** The visible texts of each screen in each language (at desktop size), for the English check. */
const texts = new Map();

before(async () => {
  service = await startDriver();
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
});

/** A command as the UI calls it; every string sent is noted as user data. */
const invoke = (command, request) => {
  const note = (value) => {
    if (typeof value === "string" && value.trim()) userData.add(value.trim());
    else if (Array.isArray(value)) value.forEach(note);
    else if (value && typeof value === "object") Object.values(value).forEach(note);
  };
  note(request);
  return call(driver, command, request);
};

/** A job seeker's history: interviews in every state, a rejection with the employer's feedback,
 * a reflection and a second look, a second round with its preparation sheet and questions, a
 * question bank with tags (one the search finds), and a practice session. */
async function seed() {
  const upcoming = await invoke("create_interview", {
    company: "Sykehuspartner", role: "Senior løsningsarkitekt", round: "first",
    startLocal: "2031-03-04T09:30", timeZone: "Europe/Oslo", durationMinutes: 90,
    location: "Nydalsveien 28, 0484 Oslo",
    interviewers: [{ name: "Ingrid Haugland", role: "Avdelingsleder" }, { name: "Mohammed Rahimi", role: "Arkitekt" }],
    contactName: "Ingrid Haugland", contactInfo: "ingrid.haugland@sykehuspartner.example",
    jobAdUrl: "https://www.finn.no/job/fulltime/ad.html?finnkode=1234567890",
    notes: "Spør om skymigreringen og lønn.",
  });
  const past = await invoke("create_interview", {
    company: "Equinor", role: "Dataingeniør", round: "first", startLocal: "2025-11-12T10:00", timeZone: "Europe/Oslo",
    location: "Forusbeen 50, Stavanger", interviewers: [{ name: "Kari Nordmann", role: "Teamleder" }],
  });
  await invoke("update_reflection", { interviewId: past.id, changes: {
    feeling: 4, friendly: "yes", saidEverything: "partly", forgot: "Masteroppgaven om sensordata", enoughTime: "yes",
    presentedStrengths: "partly", strengthsPresented: "Python, datapipeliner", positive: "Et vennlig panel", firstRating: 3,
    moodChanged: "no", wasMyself: "yes", knowMore: "partly", learned: "De bygger en ny plattform",
  } });
  await invoke("complete_reflection", { interviewId: past.id, part: "after" });
  await invoke("update_reflection", { interviewId: past.id, changes: {
    laterRating: 4, wantJob: "yes", knowEnough: "partly", doDifferently: "Ta med plakaten fra masteroppgaven",
  } });
  await invoke("set_outcome", { interviewId: past.id, status: "done" });
  await invoke("set_outcome", { interviewId: past.id, status: "next_round" });
  const second = await invoke("create_interview", {
    company: "Equinor", role: "Dataingeniør", round: "second", previousRoundId: past.id,
    startLocal: "2031-01-20T13:00", timeZone: "Europe/Oslo", location: "Teams",
  });
  await invoke("update_preparation", { interviewId: second.id, changes: {
    research: "Hydrogenlagring; en ny dataplattform.", strengths: "Strømbehandling, god dokumentasjon",
    weaknesses: "Lite erfaring offshore", whyJob: "Energiomstillingen trenger gode data",
    employerGaps: "Få som kan Kafka", nextStep: "Spør om neste steg",
  } });
  for (const [list, text] of [["ask", "Hvordan er vaktordningen?"], ["ask", "Hva kjennetegner et godt første år?"],
    ["gap", "Les om IEC 61850"], ["competency", "Datamodellering"], ["competency", "Kafka"]]) {
    await invoke("add_preparation_item", { interviewId: second.id, list, text });
  }
  for (const [text, answer, tags, interviewId] of [
    ["Fortell om en pipeline du er stolt av", "Sensorinnsamlingen på laben: 40 000 hendelser i sekundet.", ["historie"], second.id],
    ["Hvorfor vil du jobbe her?", "Energiomstillingen, og et team som dokumenterer godt.", ["motivasjon"], second.id],
    ["Hva er lønnsforventningene dine?", "Jeg sikter mot markedslønn.", ["lønn"], undefined],
    ["Hva er din største svakhet?", "", [], undefined],
  ]) {
    await invoke("create_question", { text, answer, tags, ...(interviewId ? { interviewId } : {}) });
  }
  await invoke("add_practice_session", { interviewId: second.id, practisedOn: "2031-01-15", partner: "Ola", notes: "For lange svar" });
  const rejected = await invoke("create_interview", {
    company: "Vipps MobilePay", role: "Androidutvikler", startLocal: "2025-10-02T14:00", timeZone: "Europe/Oslo",
    interviewers: [{ name: "Nora Berg", role: "Rekrutterer" }],
  });
  await invoke("set_outcome", { interviewId: rejected.id, status: "done" });
  await invoke("set_outcome", { interviewId: rejected.id, status: "rejected" });
  await invoke("update_feedback", { interviewId: rejected.id, asked: true });
  await invoke("update_feedback", { interviewId: rejected.id, feedback: "Sterk teknisk, men svarene om lønn var uklare." });
  const offer = await invoke("create_interview", {
    company: "Kolonial", role: "Backendutvikler", startLocal: "2025-09-10T09:00", timeZone: "Europe/Oslo",
  });
  for (const status of ["done", "awaiting", "offer"]) await invoke("set_outcome", { interviewId: offer.id, status });
  const withdrawn = await invoke("create_interview", {
    company: "Telenor", role: "Plattformingeniør", startLocal: "2025-08-01T10:00", timeZone: "Europe/Oslo",
  });
  await invoke("set_outcome", { interviewId: withdrawn.id, status: "withdrawn" });
  Object.assign(ids, { upcoming: upcoming.id, past: past.id, second: second.id, rejected: rejected.id });
}

/** Every screen: [name, hash, the screen's module name, what to do once it is drawn]. */
const screens = () => [
  ["list", "#/", "list"],
  ["new", "#/new", "form"],
  ["edit", `#/i/${ids.upcoming}/edit`, "form"],
  ["detail", `#/i/${ids.upcoming}`, "detail"],
  ["detail-rejected", `#/i/${ids.rejected}`, "detail"],
  ["checklist", `#/i/${ids.upcoming}/checklist`, "checklist"],
  ["prepare", `#/i/${ids.second}/prepare`, "prepare"],
  ["practice", `#/i/${ids.second}/practice`, "practice", revealAnswer],
  ["reflect", `#/i/${ids.past}/reflect`, "reflect"],
  ["later", `#/i/${ids.past}/later`, "later"],
  ["next-round", `#/new/after/${ids.past}`, "form"],
  ["questions", "#/questions", "questions", openQuestions],
  ["review", "#/review", "review", clearSearch],
  // The same screen with a search that finds something (the screen stays; only the search runs).
  ["search", null, "review", searchReview],
  ["settings", "#/settings", "settings"],
  ["devices", "#/devices", "devices"],
  ["welcome", "#/welcome", "welcome"],
  ["notifications", "#/notifications", "permission"],
];

/** Practice: the answer shown, with the buttons that rate it. */
async function revealAnswer() {
  await driver.executeScript(`document.getElementById("reveal")?.click()`);
  await until(() => driver.executeScript(`return !!document.querySelector(".practice-answer:not([hidden]) [data-rating]")`),
    { what: "the practice answer shown" });
}

/** The bank: every question opened, so its answer, tags and buttons are on the screen. */
async function openQuestions() {
  await driver.executeScript(`for (const d of document.querySelectorAll(".question-list details")) d.open = true;`);
}

/** The review with its search field empty (its placeholder shown). */
async function clearSearch() {
  await driver.executeScript(`
    const input = document.getElementById("review-search");
    if (input.value) { input.value = ""; input.dispatchEvent(new Event("input")); }`);
  await until(() => driver.executeScript(`return document.querySelectorAll("#search-results *").length === 0`),
    { what: "the search emptied" });
}

/** The review: a search that finds a note, the feedback and a question of the bank by its tag. */
async function searchReview() {
  await driver.executeScript(`
    const input = document.getElementById("review-search");
    if (input.value !== "lønn") { input.value = "lønn"; input.dispatchEvent(new Event("input")); }`);
  await until(() => driver.executeScript(`return document.querySelectorAll("#search-results .hits li").length >= 3`),
    { what: "three search hits for lønn" });
}

/** Opens `hash` and waits until its screen has drawn (the mark is cleared first, so a screen of
 * the same kind that was already showing cannot pass for it). */
async function open(hash, screen) {
  if (hash === null) return;
  // The same hash again draws the screen again (as the app itself does after an import).
  await driver.executeScript(`
    document.body.dataset.screen = "";
    if (location.hash === arguments[0]) window.dispatchEvent(new HashChangeEvent("hashchange"));
    else location.hash = arguments[0];`, hash);
  await until(async () => (await driver.executeScript("return document.body.dataset.screen")) === screen,
    { what: `the ${screen} screen at ${hash}` });
  await driver.executeScript("window.scrollTo(0, 0)");
}

/** The language, changed as the settings screen changes it (update_settings, then the texts
 * read again); waits until the page speaks it. */
async function switchLanguage(lang) {
  await open("#/settings", "settings");
  await driver.executeScript(`
    const select = document.getElementById("language");
    select.value = arguments[0];
    select.dispatchEvent(new Event("change"));`, lang);
  await until(async () => (await driver.executeScript("return document.documentElement.lang")) === lang,
    { what: `the page in ${lang}` });
  await until(async () => (await driver.executeScript("return document.activeElement?.id")) === "language",
    { what: "the settings drawn again" });
}

/** Records uncaught errors, unhandled rejections and console.error calls from now on. Installed
 * right after launch; the page is never reloaded during the tour, so it stays for all of it
 * (a failure while starting shows as the error screen, which the launch would not pass). */
async function installHooks() {
  await driver.executeScript(`
    if (window.__tour) return;
    window.__tour = { errors: [] };
    const note = (kind, what) => window.__tour.errors.push(kind + ": " + String(what).slice(0, 300));
    // WebKit's stacks do not repeat the message: both are kept.
    const said = (error) => error instanceof Error ? error.message + " | " + error.stack : error;
    window.addEventListener("error", (e) => note("error", said(e.error ?? e.message) + " at " + e.filename + ":" + e.lineno));
    window.addEventListener("unhandledrejection", (e) => note("unhandled rejection", said(e.reason)));
    const original = console.error.bind(console);
    console.error = (...args) => { note("console.error", args.map((a) => a?.stack ?? a?.message ?? a).join(" ")); original(...args); };`);
}

/** Puts axe-core into the page (as the test's own script, not the app's: the CSP governs what the
 * page loads, not what WebDriver runs) and checks that it is there and works. */
async function injectAxe() {
  const ready = await driver.executeScript(`
    if (!window.axe) {
      ${AXE}
    }
    return typeof window.axe?.run === "function" ? window.axe.version : null;`);
  assert.ok(ready, "axe-core is in the page");
  return ready;
}

// The app's own console.error calls for failures it handles and explains (a permission the OS
// cannot report, progress events the bridge cannot deliver, a reminder already gone): expected,
// not defects. Every other console.error (Fluent syntax errors, a chart that failed) counts.
const EXPECTED_CONSOLE = [
  /the notification permission could not be read/,
  /the sync progress cannot be followed/,
  /a tapped reminder could not be marked as seen/,
];

/**
 * The checks that run inside the page, all in one script per visit. Returns
 * { axe: {ran, violations}, clipped, glyphs, raw, texts, errors }.
 *
 * GLYPHS — whether the fonts can draw a character. The UI uses the system's fonts, so there is
 * no font file to read; instead each distinct character of the screen's text is drawn on a
 * canvas in the body's font stack and compared, pixel for pixel, with what the engine draws for
 * code points that are certainly unassigned (U+0378 and U+0379): when no font has a glyph, the
 * engine draws the same "missing" box for every such character, so a character whose pixels
 * equal that box has no glyph. The method is checked before it is trusted: the two unassigned
 * code points must draw identically and visibly, and known characters must differ from them
 * (`selfTest`). Some ranges are refused outright whatever a font may do: fullwidth forms
 * (U+FF00–FFEF, drawn by few Latin system fonts), private use (the app's search marks must never
 * reach the screen), the replacement character and control characters. Results are cached per
 * character for the run.
 */
const PAGE_CHECKS = `
  const done = arguments[arguments.length - 1];
  const [runAxe, checkWords] = [arguments[0], arguments[1]];
  const out = { clipped: [], glyphs: [], raw: [], texts: [], errors: [], axe: { ran: false, violations: [] } };
  const classOf = (el) => (el.getAttribute("class") ?? "").trim().split(/\\s+/).filter(Boolean).map((c) => "." + c).join("");
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + classOf(el)
    + (el.textContent?.trim() ? ' "' + el.textContent.trim().replace(/\\s+/g, " ").slice(0, 50) + '"' : "");
  const shown = (el) => {
    for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === "none" || s.visibility === "hidden" || e.hidden) return false;
    }
    return el.getClientRects().length > 0;
  };
  // Visually hidden for screen readers (1 px boxes): their words are read, not drawn.
  const srOnly = (el) => { for (let e = el; e && e !== document.body; e = e.parentElement) { const r = e.getBoundingClientRect(); if (r.width <= 1 && r.height <= 1) return true; } return false; };

  // Every text on the screen: text nodes that are drawn (or read by a screen reader), the
  // choices of each select, and the texts in attributes a person sees or hears.
  const strings = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const textNodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!n.nodeValue.trim() || !parent || ["SCRIPT", "STYLE", "OPTION", "TEXTAREA"].includes(parent.tagName)) continue;
    if (!shown(parent)) continue;
    textNodes.push(n);
    strings.push({ text: n.nodeValue, el: parent, drawn: !srOnly(parent) });
  }
  for (const select of document.querySelectorAll("select")) {
    if (!shown(select)) continue;
    for (const option of select.options) strings.push({ text: option.text, el: select, drawn: true });
  }
  for (const el of document.body.querySelectorAll("[placeholder], [aria-label], [title], img[alt], [data-label]")) {
    if (!shown(el) && !(el.tagName === "CANVAS")) continue;
    for (const name of ["placeholder", "aria-label", "title", "alt", "data-label"]) {
      const value = el.getAttribute(name);
      if (value?.trim()) strings.push({ text: value, el, drawn: name === "placeholder" || name === "data-label" });
    }
  }
  for (const el of document.body.querySelectorAll("textarea")) {
    if (shown(el) && el.readOnly && el.value.trim()) strings.push({ text: el.value, el, drawn: true });
  }
  out.texts = [...new Set(strings.map((s) => s.text.replace(/\\s+/g, " ").trim()))];

  // Raw texts: an id Fluent did not find (t() returns the id itself), a placeable left
  // unformatted, a list shown as JSON.
  for (const { text, el } of strings) {
    const s = text.trim();
    if (/^[a-z]+(-[a-z0-9_]+)+$/.test(s) || s.includes("{ $") || s.includes("{$") || /\\[\\s*"|"\\s*\\]/.test(s)) out.raw.push(describe(el) + ": " + JSON.stringify(s));
  }

  // Glyphs (see GLYPHS in the test file for the method).
  const cache = (window.__tourGlyphs ??= new Map());
  const canvas = (window.__tourCanvas ??= Object.assign(document.createElement("canvas"), { width: 64, height: 64 }));
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  const family = getComputedStyle(document.body).fontFamily;
  const pixels = (ch) => {
    ctx.clearRect(0, 0, 64, 64);
    ctx.font = "40px " + family;
    ctx.textBaseline = "middle";
    ctx.fillStyle = "#000";
    ctx.fillText(ch, 8, 32);
    return { data: ctx.getImageData(0, 0, 64, 64).data, width: ctx.measureText(ch).width };
  };
  const same = (a, b) => { if (Math.abs(a.width - b.width) > 0.01) return false; for (let i = 3; i < a.data.length; i += 4) if (a.data[i] !== b.data[i]) return false; return true; };
  const tofu = (window.__tourTofu ??= pixels("\\u0378"));
  const refused = /[\\uFF00-\\uFFEF\\uE000-\\uF8FF\\uFFFD\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F]|[\\uDB80-\\uDBFF][\\uDC00-\\uDFFF]/;
  const glyphless = (ch) => {
    if (!cache.has(ch)) cache.set(ch, refused.test(ch) || (/\\S/.test(ch) && ch.codePointAt(0) > 0x7e && same(pixels(ch), tofu)));
    return cache.get(ch);
  };
  const badChars = new Map();
  for (const { text, el, drawn } of strings) {
    if (!drawn) continue;
    for (const ch of text) if (glyphless(ch) && !badChars.has(ch)) badChars.set(ch, describe(el));
  }
  for (const [ch, where] of badChars) out.glyphs.push("U+" + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0") + " in " + where);

  // Clipped text.
  const measure = (text, style) => {
    ctx.font = [style.fontStyle, style.fontVariant, style.fontWeight, style.fontSize, style.fontFamily].join(" ");
    return ctx.measureText(text).width;
  };
  const px = (v) => parseFloat(v) || 0;
  for (const el of document.body.querySelectorAll("*")) {
    if (!el.textContent.trim() || el.tagName === "SELECT" || !shown(el) || srOnly(el)) continue;
    const s = getComputedStyle(el);
    const clipX = ["hidden", "clip"].includes(s.overflowX);
    const clipY = ["hidden", "clip"].includes(s.overflowY);
    if (clipX && el.scrollWidth > el.clientWidth + 1) out.clipped.push(describe(el) + ": " + el.scrollWidth + " px of content in " + el.clientWidth);
    else if (clipY && el.scrollHeight > el.clientHeight + 1) out.clipped.push(describe(el) + ": " + el.scrollHeight + " px of content in " + el.clientHeight + " (height)");
    else if (s.textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth + 1) out.clipped.push(describe(el) + ": cut with an ellipsis");
  }
  // A select's chosen option, against the room its box leaves beside the arrow.
  for (const select of document.querySelectorAll("select")) {
    if (!shown(select) || select.selectedIndex < 0) continue;
    const s = getComputedStyle(select);
    const room = select.clientWidth - px(s.paddingLeft) - px(s.paddingRight) - 20;
    const need = measure(select.options[select.selectedIndex].text, s);
    if (need > room + 1) out.clipped.push(describe(select) + ': its choice "' + select.options[select.selectedIndex].text + '" needs ' + Math.round(need) + " px in " + Math.round(room));
  }
  // A placeholder wider than its input.
  for (const input of document.querySelectorAll("input[placeholder]")) {
    if (!shown(input) || input.value || !input.placeholder) continue;
    const s = getComputedStyle(input);
    const room = input.clientWidth - px(s.paddingLeft) - px(s.paddingRight) - (input.type === "search" ? 18 : 0);
    const need = measure(input.placeholder, s);
    if (need > room + 1) out.clipped.push(describe(input) + ': its placeholder "' + input.placeholder + '" needs ' + Math.round(need) + " px in " + Math.round(room));
  }
  // A word of the UI's own text (not the user's) broken over two lines.
  if (checkWords) {
    const userData = arguments[2];
    for (const node of textNodes) {
      const parent = node.parentElement;
      if (srOnly(parent)) continue;
      const value = node.nodeValue;
      if (userData.some((d) => value.includes(d) || d.includes(value.trim()))) continue;
      for (const m of value.matchAll(/[\\p{L}\\p{N}]{2,}/gu)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) out.clipped.push(describe(parent) + ': the word "' + m[0] + '" is broken over ' + tops.size + " lines");
      }
    }
  }

  out.errors = window.__tour ? window.__tour.errors.splice(0) : ["the error hook is missing"];

  if (!runAxe) return done(out);
  if (typeof window.axe?.run !== "function") { out.axe.missing = true; return done(out); }
  window.axe.run(document, { resultTypes: ["violations"] }).then((result) => {
    out.axe.ran = result.passes !== undefined && result.testEngine?.name === "axe-core";
    out.axe.violations = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + (n.failureSummary ? " — " + n.failureSummary.replace(/\\s+/g, " ").slice(0, 200) : "")),
    }));
    done(out);
  }, (error) => { out.axe.error = String(error?.stack ?? error); done(out); });`;

async function pageChecks({ runAxe = true, checkWords = true } = {}) {
  return driver.executeAsyncScript(PAGE_CHECKS, runAxe, checkWords, [...userData]);
}

/** Whether a text shown in nb or sv, identical to a text of the same screen in English, is
 * English left untranslated. The user's own words are taken out first (every string the seed
 * sent, longest first); what is left counts as English if it is at least two words and either
 * holds an English function word that Norwegian and Swedish do not use, or is three words or
 * more. Names, numbers, dates and the brand are one word or none once the data is out. */
const ENGLISH_WORDS = new Set(["the", "and", "of", "you", "your", "is", "are", "with", "this", "what", "how", "will", "be",
  "it", "was", "from", "when", "at", "to", "has", "have", "not", "an", "or", "that", "there", "here", "all", "no", "yes", "my"]);
function englishLeft(text) {
  let rest = ` ${text} `;
  for (const data of [...userData].sort((a, b) => b.length - a.length)) rest = rest.split(data).join(" ");
  // What is left in pieces (a search hit's snippet is cut from the data at any word, between its
  // highlights): a piece that is part of some data is data too.
  const pieces = rest.split(/\s*·\s*|\n/).map((p) => p.trim()).filter((p) => p && ![...userData].some((d) => d.includes(p)));
  const words = pieces.join(" ").match(/\p{L}{2,}/gu) ?? [];
  if (words.length < 2) return false;
  return words.length >= 3 || words.some((w) => ENGLISH_WORDS.has(w.toLowerCase()));
}

function record(kind, where, what) {
  defects.push({ kind, where, what });
}

/** One visit: the screen photographed and every check run; what is wrong goes to `defects`. */
async function visit(name, hash, screen, prepare, lang, size) {
  await open(hash, screen);
  if (prepare) await prepare();
  await painted(driver);
  const where = `${name} (${lang}, ${size.width} px)`;
  await screenshot(driver, `a11y-${name}-${lang}-${size.width}`);
  const layout = await layoutReport(driver, { minTap: 44 });
  if (layout.scrollWidth > layout.clientWidth) record("overflow", where, `the page scrolls sideways (${layout.scrollWidth} px in ${layout.clientWidth})`);
  for (const wide of layout.wide) record("overflow", where, `wider than the window: ${wide}`);
  for (const small of layout.small) record("tap", where, `${small.width}×${small.height} px: ${small.what}`);
  const report = await pageChecks({ runAxe: true, checkWords: true });
  if (report.axe.missing || report.axe.error || !report.axe.ran) record("axe", where, `axe did not run: ${report.axe.error ?? "missing"}`);
  for (const v of report.axe.violations) record("axe", where, `${v.id} (${v.impact}): ${v.help} — ${v.nodes.join("; ")}`);
  for (const c of report.clipped) record("clipped", where, c);
  for (const g of report.glyphs) record("glyph", where, g);
  for (const r of report.raw) record("raw", where, r);
  for (const e of report.errors) if (!EXPECTED_CONSOLE.some((x) => x.test(e))) record("js", where, e);
  if (size === DESKTOP) texts.set(`${name}/${lang}`, report.texts);
  if (size.width <= 600) {
    const overlap = await tabBarOverlap(driver);
    if (overlap > 0) record("overflow", where, `the tab bar covers the end of the page by ${overlap} px`);
  }
}

function summary(list) {
  const counts = {};
  for (const d of list) counts[d.kind] = (counts[d.kind] ?? 0) + 1;
  return counts;
}

test("seeded through the app's own commands", async () => {
  driver = await launch(DESKTOP);
  await driver.manage().setTimeouts({ script: 60_000 });
  await installHooks();
  await skipWelcome(driver);
  await seed();
  // Where the data and the log live is the machine's, not a text of the app.
  const info = await invoke("app_info", {});
  for (const path of [info.dataDir, info.logFile]) if (path) userData.add(path);
  const { total } = await invoke("list_interviews", { limit: 10 });
  assert.equal(total, 6);
});

test("each detector finds a planted defect of its kind", async () => {
  const version = await injectAxe();
  console.log(`axe-core ${version} in the page`);
  await open("#/questions", "questions");
  // The glyph method holds here: two unassigned code points draw the same visible box, and
  // characters the UI uses draw something else.
  const glyphs = await driver.executeScript(`
    const c = document.createElement("canvas"); c.width = 64; c.height = 64;
    const ctx = c.getContext("2d", { willReadFrequently: true });
    const family = getComputedStyle(document.body).fontFamily;
    const draw = (ch) => { ctx.clearRect(0, 0, 64, 64); ctx.font = "40px " + family; ctx.textBaseline = "middle"; ctx.fillText(ch, 8, 32);
      return [...ctx.getImageData(0, 0, 64, 64).data].filter((_, i) => i % 4 === 3).join(",") + "|" + ctx.measureText(ch).width; };
    const box = draw("\\u0378");
    return { inked: /[1-9]/.test(box.split("|")[0]), sameBox: draw("\\u0379") === box,
      known: ["a", "ø", "å", "ä", "✕", "→", "·", "…", "–", "▲"].filter((ch) => draw(ch) === box),
      missing: ["\\u{E0100}", "\\u2FFF", "\\u0BFF"].map((ch) => draw(ch) === box) };`);
  assert.ok(glyphs.inked, "the missing-glyph box is drawn");
  assert.ok(glyphs.sameBox, "every missing glyph draws the same box");
  assert.deepEqual(glyphs.known, [], "characters the fonts have are told apart from the box");

  // One planted defect of each kind, in the live page; each must be reported.
  await driver.executeScript(`
    const main = document.getElementById("main");
    const plant = document.createElement("div");
    plant.id = "planted";
    // Styles through the CSSOM: the CSP refuses style attributes in markup.
    plant.innerHTML = '<p>prep-title-missing</p><p>Hello { $name }</p><p>["lønn"]</p>'
      + '<div class="p-clip">Tekst som ikke får plass</div>'
      + '<input class="p-placeholder" placeholder="En altfor lang plassholder som ikke får plass i feltet">'
      + '<p class="p-word">Avslappet</p>'
      + '<p>Full\uFF0Bwidth and \u0378 nothing</p><button class="p-small">x</button>'
      + '<img src="icon.svg"><input type="text">';
    Object.assign(plant.querySelector(".p-clip").style, { width: "40px", overflow: "hidden", whiteSpace: "nowrap" });
    Object.assign(plant.querySelector(".p-placeholder").style, { width: "80px" });
    Object.assign(plant.querySelector(".p-word").style, { width: "30px", overflowWrap: "anywhere" });
    Object.assign(plant.querySelector(".p-small").style, { width: "20px", height: "20px", minHeight: "0", padding: "0" });
    main.prepend(plant);
    setTimeout(() => { throw new Error("planted uncaught error"); });
    Promise.reject(new Error("planted rejection"));`);
  await until(() => driver.executeScript(`return window.__tour.errors.length >= 2`), { what: "the planted errors heard" });
  const planted = await pageChecks();
  const layout = await layoutReport(driver, { minTap: 44 });
  await driver.executeScript(`document.getElementById("planted").remove(); window.__tourGlyphs?.clear();`);
  assert.ok(planted.axe.ran, `axe ran: ${JSON.stringify(planted.axe)}`);
  const rules = planted.axe.violations.map((v) => v.id);
  assert.ok(rules.includes("image-alt") && rules.includes("label"), `axe reports the planted image and input: ${rules}`);
  assert.ok(planted.raw.some((r) => r.includes("prep-title-missing")), "a raw id");
  assert.ok(planted.raw.some((r) => r.includes("{ $name }")), "a raw placeable");
  assert.ok(planted.raw.some((r) => r.includes("lønn")), "a JSON list");
  assert.ok(planted.clipped.some((c) => c.includes("Tekst som ikke")), `clipped text: ${planted.clipped}`);
  assert.ok(planted.clipped.some((c) => c.includes("placeholder")), "a placeholder cut off");
  assert.ok(planted.clipped.some((c) => c.includes('"Avslappet" is broken')), "a broken word");
  assert.ok(planted.glyphs.some((g) => g.startsWith("U+FF0B")), `a fullwidth plus: ${planted.glyphs}`);
  assert.ok(planted.glyphs.some((g) => g.startsWith("U+0378")), "a character with no glyph");
  assert.ok(planted.errors.some((e) => e.includes("planted uncaught error")), `an uncaught error: ${planted.errors}`);
  assert.ok(planted.errors.some((e) => e.includes("planted rejection")), "an unhandled rejection");
  assert.ok(layout.small.some((s) => s.width === 20), "a small tap target");
  assert.ok(englishLeft("Save the changes") && !englishLeft("Equinor · Dataingeniør") && !englishLeft("Intervju")
    && !englishLeft("Sterk teknisk, men svarene om"), "English text");
});

test("every screen in three languages at three sizes: no defect of any kind", async () => {
  const started = Date.now();
  let visits = 0;
  for (const lang of LANGUAGES) {
    await resize(driver, DESKTOP);
    await switchLanguage(lang);
    for (const size of SIZES) {
      await resize(driver, size);
      for (const [name, hash, screen, prepare] of screens()) {
        await visit(name, hash, screen, prepare, lang, size);
        visits += 1;
      }
    }
  }
  // English left in the other two languages, screen by screen.
  for (const [key, shownTexts] of texts) {
    const [name, lang] = key.split("/");
    if (lang === "en") continue;
    const english = new Set(texts.get(`${name}/en`));
    for (const text of shownTexts) {
      if (english.has(text) && englishLeft(text)) record("english", `${name} (${lang})`, JSON.stringify(text));
    }
  }
  await resize(driver, DESKTOP);
  await switchLanguage("en");
  const counts = summary(defects);
  console.log(`${visits} visits in ${Math.round((Date.now() - started) / 1000)} s; defects by kind: ${JSON.stringify(counts)}`);
  for (const d of defects) console.log(`  [${d.kind}] ${d.where}: ${d.what}`);
  assert.equal(visits, LANGUAGES.length * SIZES.length * screens().length);
  assert.deepEqual(counts, {}, `${defects.length} defects`);
});

test("date fields show and read dates the way the UI's language writes them", async () => {
  // What the field shows is its own text (the app draws it, see ui/js/datefield.js), so reading
  // its value reads what the user sees.
  const shown = { en: "04/03/2031", nb: "04.03.2031", sv: "2031-03-04" };
  const typed = { en: "1/1/2031", nb: "1.1.2031", sv: "2031-01-01" };
  for (const lang of LANGUAGES) {
    await switchLanguage(lang);
    await open(`#/i/${ids.upcoming}/edit`, "form");
    const field = await driver.executeScript(`const f = document.getElementById("f-date"); return [f.type, f.value, f.placeholder];`);
    assert.equal(field[0], "text", "the app's own date field");
    assert.equal(field[1], shown[lang], `the interview's date in ${lang}`);
    // The time on the 24-hour clock of all three languages, never "09:30 AM".
    assert.deepEqual(await driver.executeScript(`const f = document.getElementById("f-time"); return [f.type, f.value];`), ["text", "09:30"]);
    // The review's filter takes a date typed in the language's order: from 1 January 2031 only
    // the two interviews of 2031 are left.
    await open("#/review", "review");
    await driver.executeScript(`
      const from = document.getElementById("filter-from");
      from.value = arguments[0];
      from.dispatchEvent(new Event("change"));`, typed[lang]);
    await until(async () => (await driver.executeScript(`return document.querySelectorAll("#review-table tbody tr").length`)) === 2,
      { what: `two interviews from ${typed[lang]} (${lang})` });
    assert.equal(await driver.executeScript(`return document.getElementById("filter-from").value`), showLike(lang, "2031-01-01"),
      "the typed date redrawn in the language's order");
    await driver.executeScript(`document.getElementById("filter-clear").click()`);
    await until(async () => (await driver.executeScript(`return document.querySelectorAll("#review-table tbody tr").length`)) === 6,
      { what: "every interview again" });
  }
  await switchLanguage("en");
});

function showLike(lang, iso) {
  const [y, m, d] = iso.split("-");
  return { en: `${d}/${m}/${y}`, nb: `${d}.${m}.${y}`, sv: iso }[lang];
}
