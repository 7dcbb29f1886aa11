// Start-up: the settings and texts, the way out of a damaged database, then the first screen.
// The hash names the screen: #/ list, #/new, #/i/7, #/i/7/edit, #/new/after/7 (the next round),
// #/i/7/checklist, #/i/7/prepare, #/i/7/practice, #/i/7/reflect, #/i/7/later, #/practice,
// #/questions, #/review, #/report (activity reporting), #/settings, #/devices, #/welcome, #/notifications (why the app asks to
// show notifications). Each screen is its own module with a
// `render` function; nav.js draws them. Nothing imports this module.
import { showNotices } from "./notices.js";
import { api, onDamaged } from "./api.js";
import { loadTexts, t } from "./i18n.js";
import { h } from "./dom.js";
import { showError } from "./feedback.js";
import { startRouter, firstScreenShown, rerender } from "./nav.js";
import { watchLayout } from "./layout.js";
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
import * as permission from "./screens/permission.js";
import * as invitation from "./screens/invitation.js";
import * as report from "./screens/report.js";
import { startDueBanner } from "./reminders.js";
import { startOpenedTaps } from "./phone.js";
import { followSyncs } from "./synced.js";
import { followHandedInvitations } from "./handed.js";

const toInterview = (id) => `#/i/${id}`;

// `nav` is the tab a screen belongs to; `parent` the screen the back button goes up to.
const routes = [
  { pattern: /^#\/?$/, screen: list, nav: "list" },
  { pattern: /^#\/new$/, screen: form, nav: "list", parent: () => "#/" },
  { pattern: /^#\/invitation$/, screen: invitation, nav: "list", parent: () => "#/" },
  { pattern: /^#\/new\/after\/(\d+)$/, screen: form, nav: "list", param: "after", parent: toInterview },
  { pattern: /^#\/i\/(\d+)$/, screen: detail, nav: "list", parent: () => "#/" },
  { pattern: /^#\/i\/(\d+)\/edit$/, screen: form, nav: "list", parent: toInterview },
  { pattern: /^#\/i\/(\d+)\/checklist$/, screen: checklist, nav: "list", parent: toInterview },
  { pattern: /^#\/i\/(\d+)\/prepare$/, screen: prepare, nav: "list", parent: toInterview },
  { pattern: /^#\/i\/(\d+)\/practice$/, screen: practice, nav: "list", parent: (id) => `#/i/${id}/prepare` },
  { pattern: /^#\/i\/(\d+)\/reflect$/, screen: reflect, nav: "list", parent: toInterview },
  { pattern: /^#\/i\/(\d+)\/later$/, screen: later, nav: "list", parent: toInterview },
  { pattern: /^#\/practice$/, screen: practice, nav: "questions", parent: () => "#/questions" },
  { pattern: /^#\/questions$/, screen: questions, nav: "questions" },
  { pattern: /^#\/review$/, screen: review, nav: "review" },
  { pattern: /^#\/report$/, screen: report, nav: "review", parent: () => "#/review" },
  { pattern: /^#\/settings$/, screen: settings, nav: "settings" },
  { pattern: /^#\/devices$/, screen: devices, nav: "settings", parent: () => "#/settings" },
  { pattern: /^#\/welcome$/, screen: welcome, nav: null },
  { pattern: /^#\/notifications$/, screen: permission, nav: null, parent: () => "#/" },
];

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

async function start() {
  watchLayout();
  // The whole data file is checked after the first screen; if it is damaged, start again into
  // the recovery screen (the start below then meets `corrupt_database`).
  const listening = onDamaged(() => location.reload());
  let current;
  try {
    // Independent of each other: asked at once (each answer is a round trip to the core).
    [current] = await Promise.all([api.settings(), loadTexts(), listening]);
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
  // The parts of the first screen, each in its own place on the page, asked for at once: what
  // came due while the app was closed (above whatever screen opens), notices, what a paired
  // device's changes bring over the local network, and the screen — after a tap on a
  // notification (on a phone) has chosen it, also the tap that started the app.
  await Promise.all([
    startDueBanner(),
    showNotices(),
    followSyncs(),
    startOpenedTaps().then(() => startRouter(routes)),
  ]);
  firstScreenShown();
  // A reporting reminder came due: the list's banner and the report say so at once.
  window.__TAURI__?.event?.listen("report-due", () => {
    if (["list", "report"].includes(document.body.dataset.screen)) rerender();
  });
  // An invitation this start was asked to open comes after the first screen, so reading it never
  // holds that up; the ones handed over later arrive the same way.
  await followHandedInvitations();
}

start();
