// Start-up and routing. The hash names the screen: #/ list, #/new, #/i/7, #/i/7/edit,
// #/new/after/7 (the next round), #/i/7/checklist, #/i/7/prepare, #/i/7/practice, #/i/7/reflect,
// #/i/7/later, #/practice,
// #/questions, #/review, #/settings, #/devices, #/welcome. Each screen is its own module with a `render` function.
import { showNotices } from "./notices.js";
import { api, ApiError } from "./api.js";
import { loadTexts, t } from "./i18n.js";
import { h, show } from "./dom.js";
import * as list from "./screens/list.js";
import * as detail from "./screens/detail.js";
import * as form from "./screens/form.js";
import * as settings from "./screens/settings.js";
import * as welcome from "./screens/welcome.js";
import * as checklist from "./screens/checklist.js";
import * as prepare from "./screens/prepare.js";
import * as practice from "./screens/practice.js";
import * as questions from "./screens/questions.js";
import * as reflect from "./screens/reflect.js";
import * as later from "./screens/later.js";
import * as review from "./screens/review.js";
import * as devices from "./screens/devices.js";
import { startDueBanner } from "./reminders.js";

const routes = [
  { pattern: /^#\/?$/, screen: list, nav: "list" },
  { pattern: /^#\/new$/, screen: form, nav: "list" },
  { pattern: /^#\/new\/after\/(\d+)$/, screen: form, nav: "list", param: "after" },
  { pattern: /^#\/i\/(\d+)$/, screen: detail, nav: "list" },
  { pattern: /^#\/i\/(\d+)\/edit$/, screen: form, nav: "list" },
  { pattern: /^#\/i\/(\d+)\/checklist$/, screen: checklist, nav: "list" },
  { pattern: /^#\/i\/(\d+)\/prepare$/, screen: prepare, nav: "list" },
  { pattern: /^#\/i\/(\d+)\/practice$/, screen: practice, nav: "list" },
  { pattern: /^#\/i\/(\d+)\/reflect$/, screen: reflect, nav: "list" },
  { pattern: /^#\/i\/(\d+)\/later$/, screen: later, nav: "list" },
  { pattern: /^#\/practice$/, screen: practice, nav: "questions" },
  { pattern: /^#\/questions$/, screen: questions, nav: "questions" },
  { pattern: /^#\/review$/, screen: review, nav: "review" },
  { pattern: /^#\/settings$/, screen: settings, nav: "settings" },
  { pattern: /^#\/devices$/, screen: devices, nav: "settings" },
  { pattern: /^#\/welcome$/, screen: welcome, nav: null },
];

let renderCount = 0;

async function route() {
  const hash = location.hash || "#/";
  const match = routes.find((r) => r.pattern.test(hash)) ?? routes[0];
  const number = Number(hash.match(match.pattern)?.[1]) || null;
  for (const link of document.querySelectorAll("#nav a")) {
    if (link.dataset.route === match.nav) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const token = ++renderCount;
  try {
    const context = { id: null, after: null, isCurrent: () => token === renderCount };
    context[match.param ?? "id"] = number;
    await match.screen.render(context);
  } catch (error) {
    showError(error);
  }
  // The end-to-end tests wait for this mark; the start-up benchmark hears the event.
  document.body.dataset.screen = match.screen.name ?? "";
  if (document.body.dataset.ready !== "true") window.__TAURI__?.event?.emit("intervju://first-screen");
  document.body.dataset.ready = "true";
}

export function showError(error) {
  const message = error instanceof ApiError && error.code !== "unexpected" ? error.message : t("error-unexpected");
  show(h("section", { class: "fatal card", role: "alert" },
    h("h1", {}, t("app-name")),
    h("p", {}, message)));
}

/** A damaged database was set aside: restore the newest backup, or start empty, then reload. */
async function offerRecovery() {
  const { backupAvailable } = await api.recoveryOptions();
  const recover = async (restoreBackup) => {
    try {
      await api.recoverDatabase(restoreBackup);
      location.hash = "#/";
      location.reload();
    } catch (failure) {
      showError(failure);
    }
  };
  document.querySelector(".fatal").append(h("div", { class: "actions" },
    backupAvailable ? h("button", { class: "button primary", id: "recover-backup", onClick: () => recover(true) }, t("recover-backup")) : null,
    h("button", { class: "button", id: "recover-empty", onClick: () => recover(false) }, t("recover-empty"))));
}

/** Draws the current screen again from fresh data. */
export function rerender() {
  return route();
}

/** Re-reads the texts (after a language change) and draws the current screen again. */
export async function refresh() {
  await loadTexts();
  await route();
}

async function start() {
  let current;
  try {
    current = await api.settings();
    await loadTexts();
  } catch (error) {
    // The database could not be opened: the core's message, already translated, says why. The
    // texts still load (in the system's language), so the way out can be read.
    document.getElementById("nav").hidden = true;
    await loadTexts().catch((textsError) => console.error("the texts could not be loaded", textsError));
    showError(error);
    if (error.code === "corrupt_database") await offerRecovery();
    document.body.dataset.ready = "true";
    return;
  }
  if (!current.welcomeSeen && (location.hash === "" || location.hash === "#/")) {
    location.replace("#/welcome");
  }
  window.addEventListener("hashchange", route);
  // What came due while the app was closed is shown first, above whatever screen opens.
  await startDueBanner();
  await showNotices();
  await route();
}

start();
