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
import { startDueBanner } from "./reminders.js";
import { startOpenedTaps } from "./phone.js";
import { followSyncs } from "./synced.js";
import { followHandedInvitations } from "./handed.js";

// Each screen's module is fetched when it is first drawn, and the others once the first screen
// is up: the first screen waits only for its own modules (each one a request to the app and a
// compile; all of them at once took about a tenth of a second before the page was ready).
const screens = {
  list: () => import("./screens/list.js"),
  detail: () => import("./screens/detail.js"),
  form: () => import("./screens/form.js"),
  settings: () => import("./screens/settings.js"),
  welcome: () => import("./screens/welcome.js"),
  checklist: () => import("./screens/checklist.js"),
  prepare: () => import("./screens/prepare.js"),
  practice: () => import("./screens/practice.js"),
  questions: () => import("./screens/questions.js"),
  reflect: () => import("./screens/reflect.js"),
  later: () => import("./screens/later.js"),
  review: () => import("./screens/review.js"),
  devices: () => import("./screens/devices.js"),
  permission: () => import("./screens/permission.js"),
  invitation: () => import("./screens/invitation.js"),
  report: () => import("./screens/report.js"),
};

const toInterview = (id) => `#/i/${id}`;

// `nav` is the tab a screen belongs to; `parent` the screen the back button goes up to.
const routes = [
  { pattern: /^#\/?$/, screen: screens.list, nav: "list" },
  { pattern: /^#\/new$/, screen: screens.form, nav: "list", parent: () => "#/" },
  { pattern: /^#\/invitation$/, screen: screens.invitation, nav: "list", parent: () => "#/" },
  { pattern: /^#\/new\/after\/(\d+)$/, screen: screens.form, nav: "list", param: "after", parent: toInterview },
  { pattern: /^#\/i\/(\d+)$/, screen: screens.detail, nav: "list", parent: () => "#/" },
  { pattern: /^#\/i\/(\d+)\/edit$/, screen: screens.form, nav: "list", parent: toInterview },
  { pattern: /^#\/i\/(\d+)\/checklist$/, screen: screens.checklist, nav: "list", parent: toInterview },
  { pattern: /^#\/i\/(\d+)\/prepare$/, screen: screens.prepare, nav: "list", parent: toInterview },
  { pattern: /^#\/i\/(\d+)\/practice$/, screen: screens.practice, nav: "list", parent: (id) => `#/i/${id}/prepare` },
  { pattern: /^#\/i\/(\d+)\/reflect$/, screen: screens.reflect, nav: "list", parent: toInterview },
  { pattern: /^#\/i\/(\d+)\/later$/, screen: screens.later, nav: "list", parent: toInterview },
  { pattern: /^#\/practice$/, screen: screens.practice, nav: "questions", parent: () => "#/questions" },
  { pattern: /^#\/questions$/, screen: screens.questions, nav: "questions" },
  { pattern: /^#\/review$/, screen: screens.review, nav: "review" },
  { pattern: /^#\/report$/, screen: screens.report, nav: "review", parent: () => "#/review" },
  { pattern: /^#\/settings$/, screen: screens.settings, nav: "settings" },
  { pattern: /^#\/devices$/, screen: screens.devices, nav: "settings", parent: () => "#/settings" },
  { pattern: /^#\/welcome$/, screen: screens.welcome, nav: null },
  { pattern: /^#\/notifications$/, screen: screens.permission, nav: null, parent: () => "#/" },
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
  // The other screens, ready before they are asked for (a failure shows when that screen is).
  setTimeout(() => {
    for (const load of Object.values(screens)) load().catch((error) => console.error("a screen could not be loaded", error));
  }, 0);
  // A reporting reminder came due: the list's banner and the report say so at once.
  window.__TAURI__?.event?.listen("report-due", () => {
    if (["list", "report"].includes(document.body.dataset.screen)) rerender();
  });
  // An invitation this start was asked to open comes after the first screen, so reading it never
  // holds that up; the ones handed over later arrive the same way.
  await followHandedInvitations();
}

start();
